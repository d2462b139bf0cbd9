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

    /** After an error, how long the server still writes the why, then reads and discards. */
    static final Duration LINGER = Duration.ofSeconds(1);

    /** Closes a connection whose write(2) is stuck: a socket has no write timeout. */
    private static final ScheduledExecutorService ALARM = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("echo-write-alarm").factory());

    private EchoConnection() {
    }

    // tag::echo[]
    /** Echoes until the client's end of stream; returns how the connection ended. */
    static String echo(Socket connection, Framing framing, Duration patience, Duration linger) {
        int messages = 0;
        try {
            var in = new BufferedInputStream(connection.getInputStream());
            var out = new BufferedOutputStream(connection.getOutputStream());
            for (byte[] message; (message = framing.read(in)) != null; messages++) {
                writeWithin(connection, framing, out, message, patience);
            }
            // read() returned -1: the client half-closed. Our FIN follows on close().
            return "closed after " + count(messages);
        } catch (Framing.TooLarge | SocketTimeoutException e) {
            var why = e instanceof Framing.TooLarge ? e.getMessage()
                    : "nothing came for " + patience.toSeconds() + " s";
            sayGoodbye(connection, framing, "error: " + why, linger);
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

    // tag::write[]
    /** Writes one message and flushes it, or closes the connection when that takes too long. */
    private static void writeWithin(Socket connection, Framing framing, OutputStream out,
            byte[] message, Duration limit) throws IOException {
        // write(2) blocks while the client's receive buffer and our send buffer are full,
        // that is while the client does not read. SO_TIMEOUT covers reads only, so an
        // alarm closes the socket under a write that waited too long. It covers the whole
        // message, not only flush(): BufferedOutputStream hands a message of 8 KiB or more
        // straight to write(2), inside framing.write.
        var alarm = ALARM.schedule(() -> closeQuietly(connection),
                limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            framing.write(out, message);
            out.flush();
        } finally {
            alarm.cancel(false);
        }
    }
    // end::write[]

    // tag::goodbye[]
    /** Tells the client why, then closes without a reset that could destroy the why. */
    private static void sayGoodbye(Socket connection, Framing framing, String why,
            Duration linger) {
        // One deadline for all that follows: time left is recomputed before each call.
        var deadline = System.nanoTime() + linger.toNanos();
        try {
            var out = new BufferedOutputStream(connection.getOutputStream());
            writeWithin(connection, framing, out, why.getBytes(StandardCharsets.UTF_8), linger);
            // shutdown(SHUT_WR): our FIN goes right after the error message, so the client
            // reads its end of stream now, not when we close.
            connection.shutdownOutput();
            // close(2) with unread bytes in the receive buffer sends RST, and drops what is
            // still unsent. So read and discard what the client still sends, until its
            // FIN, but at most MOST_BYTES_DISCARDED bytes and until the deadline.
            var in = connection.getInputStream();
            var sink = new byte[8192];
            for (int n = 0, total = 0; n != -1 && total < MOST_BYTES_DISCARDED; total += n) {
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (left <= 0) {
                    return;
                }
                // A read waits at most the time left: a deadline, not a timeout per read.
                connection.setSoTimeout((int) left);
                n = in.read(sink);
            }
        } catch (IOException e) {
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
