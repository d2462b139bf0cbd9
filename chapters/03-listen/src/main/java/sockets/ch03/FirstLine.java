package sockets.ch03;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the first line an accepted client sent, within bounds, and says what it was. No client
 * can stall the reader for longer than {@link #READ_TIMEOUT_MILLIS} or make it hold more than
 * {@link #MAX_BYTES} bytes, whatever it sends.
 */
final class FirstLine {

    static final int MAX_BYTES = 200;
    static final int READ_TIMEOUT_MILLIS = 2_000;

    private FirstLine() {
    }

    /** {@code "the line"} in quotes, or why there is none; an IOException if the client reset. */
    static String describe(Socket client) throws IOException {
        // With a timeout, a read(2) that finds nothing makes Java wait in poll(2) for the rest.
        client.setSoTimeout(READ_TIMEOUT_MILLIS);
        var in = new BufferedInputStream(client.getInputStream(), MAX_BYTES);
        var line = new ByteArrayOutputStream();
        try {
            while (line.size() < MAX_BYTES) {
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
        } catch (SocketTimeoutException stalled) {
            return line.size() == 0 ? "nothing within " + READ_TIMEOUT_MILLIS / 1000 + " s"
                    : quoted(line) + ", then nothing within " + READ_TIMEOUT_MILLIS / 1000 + " s";
        }
    }

    // Bytes that are not printable text are shown as '?', so garbage cannot upset the terminal.
    private static String quoted(ByteArrayOutputStream line) {
        var text = line.toString(StandardCharsets.UTF_8).strip();
        var shown = new StringBuilder("\"");
        text.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) || c == 0xFFFD ? '?' : c));
        return shown.append('"').toString();
    }
}
