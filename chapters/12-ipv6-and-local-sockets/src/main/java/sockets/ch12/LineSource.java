package sockets.ch12;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a client sends: its MESSAGE arguments, or with none the lines typed on stdin. They are
 * sent on a thread of their own while the caller reads the echoes, so that a long input can
 * never fill both ends' buffers and leave each side blocked writing to the other.
 */
final class LineSource {

    /**
     * A half-close, shutdown(SHUT_WR): shutdownOutput of a Socket or of a SocketChannel, which
     * share no type that has it. The clients and the servers' echo half-close through this.
     */
    interface HalfClose {
        void shutdownOutput() throws IOException;
    }

    private final Iterator<String> lines;
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private Thread sender;

    LineSource(List<String> messages) {
        this.lines = messages.isEmpty()
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                        .lines().iterator()
                : messages.iterator();
    }

    /** Starts sending every line, then half-closes: the server reads its end of stream. */
    void sendAll(OutputStream out, HalfClose halfClose) {
        sender = Thread.ofVirtual().name("sender").start(() -> {
            try {
                while (lines.hasNext()) {
                    // One write(2) per line: the text and its \n together.
                    out.write((lines.next() + "\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                // shutdown(SHUT_WR): the server's read returns -1 after our last line,
                // while our reading half stays open for the echoes still to come.
                halfClose.shutdownOutput();
            } catch (IOException e) {
                failure.set(e);
            }
        });
    }

    /** After the server's end of stream: fails if it came before every line was sent. */
    void awaitSent() throws IOException {
        try {
            // The server's end of stream normally follows our own: the sender is done.
            sender.join(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (sender.isAlive() || failure.get() != null) {
            throw new IOException("the server closed the connection before it had every line");
        }
    }
}
