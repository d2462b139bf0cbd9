package sockets.ch11;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The UDP echo server's loop in the test's JVM, on 127.0.0.1 port 0. Closing it closes the
 * channel under the blocked receive, which ends the loop; anything else it died of is rethrown.
 */
final class ServerUnderTest implements AutoCloseable {

    private final DatagramChannel channel;
    private final Thread thread;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    ServerUnderTest(int dropEvery) {
        try {
            channel = UdpEchoServer.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Every write wakes a test waiting in awaitLog: the server logs after it echoes.
        var notifying = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (log) {
                    log.write(b);
                    log.notifyAll();
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                synchronized (log) {
                    log.write(bytes, offset, length);
                    log.notifyAll();
                }
            }
        };
        var printer = new PrintStream(notifying, true, StandardCharsets.UTF_8);
        thread = Thread.ofPlatform().daemon().name("udp-server-under-test").start(() -> {
            try {
                UdpEchoServer.serve(channel, dropEvery, printer);
            } catch (ClosedChannelException closedByTheTest) {
                // the normal way to stop
            } catch (Throwable t) {
                failure.set(t);
            }
        });
    }

    ServerUnderTest() {
        this(0);
    }

    InetSocketAddress address() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isRunning() {
        return thread.isAlive();
    }

    /** Waits until the server's log contains the text, and returns the log; fails after 5 s. */
    String awaitLog(String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        synchronized (log) {
            while (!log.toString(StandardCharsets.UTF_8).contains(text)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the server never logged '" + text + "':\n" + log());
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(log, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for the server's log", e);
                }
            }
            return log.toString(StandardCharsets.UTF_8);
        }
    }

    String log() {
        synchronized (log) {
            return log.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
            thread.join(Duration.ofSeconds(10));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not stop the server under test", e);
        }
        if (failure.get() != null) {
            throw new AssertionError("the server loop failed", failure.get());
        }
    }
}
