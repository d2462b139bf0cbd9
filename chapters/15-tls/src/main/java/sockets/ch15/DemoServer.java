package sockets.ch15;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLServerSocket;

/**
 * The demo's TLS echo server: {@link TlsEchoServer#serve} on a daemon thread, its log lines
 * (without the client's address) in a queue the demo reads as the server writes them.
 */
record DemoServer(ServerSocket listener, BlockingQueue<String> log) implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    static DemoServer tls(Keys.Identity identity, InetSocketAddress where, boolean announce)
            throws IOException {
        var context = Keys.serverContext(identity);
        SSLServerSocket listener;
        if (announce) {
            listener = TlsEchoServer.listen(context, where, List.of("TLSv1.3"));
        } else {
            listener = (SSLServerSocket) context.getServerSocketFactory()
                    .createServerSocket(0, 50, where.getAddress());
            listener.setEnabledProtocols(new String[] {"TLSv1.3"});
        }
        var log = new LinkedBlockingQueue<String>();
        var printer = new PrintStream(new ByteArrayOutputStream() {
            @Override
            public synchronized void flush() {
                toString(StandardCharsets.UTF_8).lines().forEach(line -> log.add(line.replaceFirst("^\\S+: ", "")));
                reset();
            }
        }, true, StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().start(() -> {
            try {
                TlsEchoServer.serve(listener, PATIENCE, printer);
            } catch (IOException closedByTheDemo) {
                // close() below ends the loop
            }
        });
        return new DemoServer(listener, log);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    String nextLine() throws IOException {
        try {
            var line = log.poll(10, TimeUnit.SECONDS);
            if (line == null) {
                throw new IOException("the server said nothing for 10 s");
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
