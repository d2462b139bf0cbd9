package sockets.ch03;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads the first line an accepted client sent, within bounds, and says what it was. No client
 * can hold the reader for longer than {@link #PATIENCE}, however it paces its bytes, or make it
 * hold more than {@link #MAX_BYTES} bytes, whatever it sends.
 */
final class FirstLine {

    static final int MAX_BYTES = 200;
    /** The whole line must arrive within this time: a deadline, not a timeout per read. */
    static final Duration PATIENCE = Duration.ofSeconds(2);

    private FirstLine() {
    }

    /** {@code "the line"} in quotes, or why there is none; an IOException if the client reset. */
    static String describe(Socket client) throws IOException {
        return describe(client, PATIENCE);
    }

    // tag::deadline[]
    static String describe(Socket client, Duration patience) throws IOException {
        var deadline = System.nanoTime() + patience.toNanos();
        var in = new BufferedInputStream(client.getInputStream(), MAX_BYTES);
        var line = new ByteArrayOutputStream();
        try {
            while (line.size() < MAX_BYTES) {
                // setSoTimeout bounds one read, not the line: a byte every 1.9 s passes a
                // 2 s timeout every time. So each read may wait only for what is left until
                // the deadline (in poll(2), once a read(2) has found nothing).
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new SocketTimeoutException("deadline passed");
                }
                // In whole milliseconds, rounded up: never 0, which would mean "wait for ever".
                client.setSoTimeout((int) Math.ceilDiv(left, 1_000_000));
                int b = in.read();
                if (b == '\n') {
                    return quoted(line);
                }
                if (b == -1) {
                    return line.size() == 0 ? "nothing: it closed the connection"
                            : quoted(line) + ", then closed without a newline";
                }
                line.write(b);
            }
            return quoted(line) + ", cut at " + MAX_BYTES + " bytes: no newline came";
        } catch (SocketTimeoutException late) {
            return line.size() == 0 ? "nothing within " + shown(patience)
                    : quoted(line) + ", but no newline within " + shown(patience);
        }
    }
    // end::deadline[]

    private static String shown(Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }

    // Bytes that are not printable text are shown as '?', so garbage cannot upset the terminal.
    private static String quoted(ByteArrayOutputStream line) {
        var text = line.toString(StandardCharsets.UTF_8).strip();
        var shown = new StringBuilder("\"");
        text.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) || c == 0xFFFD ? '?' : c));
        return shown.append('"').toString();
    }
}
