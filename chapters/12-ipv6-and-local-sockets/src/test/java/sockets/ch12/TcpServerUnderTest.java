package sockets.ch12;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

/** The dual-stack echo's loop on a thread of the test, on a loopback address and port 0. */
final class TcpServerUnderTest implements AutoCloseable {

    private final ServerSocket listener;
    private final Thread thread;
    private final ServerLog log = new ServerLog();

    TcpServerUnderTest(InetAddress host, LineEcho.Limits limits) {
        try {
            listener = new ServerSocket();
            listener.bind(new InetSocketAddress(host, 0));
        } catch (IOException e) {
            throw new UncheckedIOException("could not bind " + host, e);
        }
        thread = Thread.ofPlatform().daemon().name("tcp-server-under-test").start(() -> {
            try {
                DualStackEchoServer.serve(listener, limits, log.stream);
            } catch (IOException closedByTest) {
                // close() closed the listener under accept()
            }
        });
    }

    TcpServerUnderTest(InetAddress host) {
        this(host, new LineEcho.Limits(64, Duration.ofSeconds(10)));
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    String log() {
        return log.toString();
    }

    /** Waits for a log line that contains the text, and returns it. */
    String awaitLog(String containing) {
        return log.awaitLine(line -> line.contains(containing));
    }

    /** Waits for the line that says how this client's conversation ended. */
    String awaitEnding(String client) {
        return log.awaitLine(line -> line.startsWith(client + ": ") && line.contains(" after "));
    }

    @Override
    public void close() throws InterruptedException, IOException {
        listener.close();
        thread.join(Duration.ofSeconds(5));
    }
}
