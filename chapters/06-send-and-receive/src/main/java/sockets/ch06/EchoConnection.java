package sockets.ch06;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One client's conversation with the echo server: read a message, write it back, until the
 * client half-closes. Every way it can end (a message too large, a silent client, a client
 * that does not read, a reset) ends this connection only, and says how.
 */
final class EchoConnection {

    /** After an error, how much the server still reads and discards before it closes. */
    static final int MOST_BYTES_DISCARDED = 1 << 20;

    /** After an error, how long the server still reads and discards before it closes. */
    static final Duration LINGER = Duration.ofSeconds(1);

    /** Closes a connection whose write(2) is stuck: a socket has no write timeout. */
    private static final ScheduledExecutorService ALARM = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("echo-write-alarm").factory());

    private EchoConnection() {
    }

    // tag::echo[]
    /** Echoes until the client's end of stream; returns how the connection ended. */
    static String echo(Socket connection, Framing framing, Duration patience) {
        int messages = 0;
        try {
            var in = new BufferedInputStream(connection.getInputStream());
            var out = new BufferedOutputStream(connection.getOutputStream());
            for (byte[] message; (message = framing.read(in)) != null; messages++) {
                framing.write(out, message);
                flushWithin(connection, out, patience);
            }
            // read() returned -1: the client half-closed. Our FIN follows on close().
            return "closed after " + count(messages);
        } catch (Framing.TooLarge | SocketTimeoutException e) {
            var why = e instanceof Framing.TooLarge ? e.getMessage()
                    : "nothing came for " + patience.toSeconds() + " s";
            sayGoodbye(connection, framing, "error: " + why);
            return "dropped after " + count(messages) + ": " + why;
        } catch (IOException e) {
            // A reset, a stream cut inside a message, or the alarm below closed the socket
            // under a write that waited too long: this client only.
            var why = connection.isClosed() ? "it did not read its echoes for "
                    + patience.toSeconds() + " s" : e.getMessage();
            return "dropped after " + count(messages) + ": " + why;
        }
    }
    // end::echo[]

    // tag::flush[]
    private static void flushWithin(Socket connection, OutputStream out, Duration patience)
            throws IOException {
        // write(2) blocks while the client's receive buffer and our send buffer are full,
        // that is while the client does not read. SO_TIMEOUT covers reads only, so an
        // alarm closes the socket under a write that waited too long.
        var alarm = ALARM.schedule(() -> closeQuietly(connection),
                patience.toMillis(), TimeUnit.MILLISECONDS);
        try {
            out.flush();
        } finally {
            alarm.cancel(false);
        }
    }
    // end::flush[]

    // tag::goodbye[]
    /** Tells the client why, then closes without a reset that could destroy the why. */
    private static void sayGoodbye(Socket connection, Framing framing, String why) {
        try {
            var out = new BufferedOutputStream(connection.getOutputStream());
            framing.write(out, why.getBytes(StandardCharsets.UTF_8));
            flushWithin(connection, out, LINGER);
            // shutdown(SHUT_WR): our FIN goes after the error message.
            connection.shutdownOutput();
            // close(2) with unread bytes in the receive buffer sends RST, not FIN, and
            // drops what is unsent. So read and discard what the client still sends,
            // until its FIN, but at most 1 MiB and for at most a second.
            var in = connection.getInputStream();
            var sink = new byte[8192];
            var deadline = System.nanoTime() + LINGER.toNanos();
            for (int n = 0, total = 0; n != -1 && total < MOST_BYTES_DISCARDED; total += n) {
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                connection.setSoTimeout((int) Math.max(1, left));
                n = in.read(sink);
            }
        } catch (IOException | IllegalArgumentException e) {
            // the client is gone or stuck: the caller's close() ends it anyway
        }
    }
    // end::goodbye[]

    private static String count(int messages) {
        return messages == 1 ? "1 message" : messages + " messages";
    }

    private static void closeQuietly(Socket connection) {
        try {
            connection.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }
}
