package sockets.ch12;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The echo both servers speak, over TCP and over a Unix domain socket alike: a line comes in,
 * the same line goes back, until the client half-closes. Above the socket the two are the
 * same byte stream; only the address differs. The limits are the same too.
 */
final class LineEcho {

    /** How many clients a server serves at once, and how long one may keep it waiting. */
    record Limits(int maxClients, Duration patience) {
        static final Limits DEFAULT = new Limits(64, Duration.ofSeconds(30));
    }

    private static final ScheduledExecutorService ALARM =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());

    private LineEcho() {
    }

    // tag::converse[]
    /** Echoes lines until the client's end of stream; returns how the conversation ended. */
    static String converse(Closeable connection, LineSource.HalfClose halfClose, InputStream rawIn,
            OutputStream rawOut, Duration patience) {
        var in = new BufferedInputStream(rawIn);
        var out = new BufferedOutputStream(rawOut);
        var timedOut = new AtomicBoolean();
        int lines = 0;
        try {
            while (true) {
                // A Unix channel has no SO_TIMEOUT, and no socket has a write timeout:
                // so an alarm closes the connection under a read or write that waits
                // longer than the server's patience, and the blocked call throws. The
                // flag is set first: the throw may be seen before close() returns.
                var alarm = ALARM.schedule(() -> closeQuietly(connection, timedOut),
                        patience.toMillis(), TimeUnit.MILLISECONDS);
                try {
                    var line = LineReader.readLine(in);
                    if (line == null) {
                        return "closed after " + count(lines);
                    }
                    out.write(line);
                    out.write('\n');
                    out.flush();
                    lines++;
                } finally {
                    alarm.cancel(false);
                }
            }
        } catch (LineReader.LineTooLong e) {
            sayGoodbye(connection, halfClose, out, in, "error: " + e.getMessage());
            return "dropped after " + count(lines) + ": " + e.getMessage();
        } catch (IOException e) {
            var why = timedOut.get() ? "it kept the server waiting " + shown(patience)
                    : Options.lower(e);
            return "dropped after " + count(lines) + ": " + why;
        }
    }
    // end::converse[]

    /** Tells the client why, half-closes, and reads what it still sends (at most 64 KiB, 1 s). */
    private static void sayGoodbye(Closeable connection, LineSource.HalfClose halfClose, OutputStream out,
            InputStream in, String why) {
        var alarm = ALARM.schedule(() -> closeQuietly(connection), 1, TimeUnit.SECONDS);
        try {
            out.write((why + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            // shutdown(SHUT_WR): our FIN, or the Unix socket's end of stream, after the
            // line. Closing with unread bytes would send a TCP reset that can destroy it.
            halfClose.shutdownOutput();
            for (int total = 0, n = 0; n != -1 && total < 65_536; total += n) {
                n = in.read(new byte[8192]);
            }
        } catch (IOException e) {
            // the client is gone, or the alarm closed it: the caller's close() ends it
        } finally {
            alarm.cancel(false);
        }
    }

    private static void closeQuietly(Closeable connection, AtomicBoolean timedOut) {
        timedOut.set(true);
        closeQuietly(connection);
    }

    private static void closeQuietly(Closeable connection) {
        try {
            connection.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }

    private static String shown(Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }

    private static String count(int lines) {
        return lines == 1 ? "1 line" : lines + " lines";
    }
}
