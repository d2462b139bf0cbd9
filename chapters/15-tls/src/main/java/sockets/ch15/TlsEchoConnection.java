package sockets.ch15;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * One client's conversation with the echo server: the handshake, then lines back until the
 * client closes. Any socket will do: over a plain one it is chapter 06's echo, which is how
 * the cost program compares the two.
 */
final class TlsEchoConnection {

    /** The longest line the server takes, in bytes, without its newline. */
    static final int MAX_LINE = 1024;

    /** Closes a connection whose handshake or write is late: SO_TIMEOUT limits one read only. */
    private static final ScheduledExecutorService ALARM = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("tls-echo-write-alarm").factory());

    private TlsEchoConnection() {
    }

    // tag::converse[]
    /** Echoes until the client's end of stream; tells {@code onHandshake} what was agreed. */
    static String converse(Socket connection, Duration patience, Consumer<String> onHandshake) {
        int lines = 0;
        var handshaken = !(connection instanceof SSLSocket);
        try {
            if (connection instanceof SSLSocket tls) {
                // The first read would start the handshake anyway; starting it here lets the
                // server say what the two sides agreed, before any data flows. JSSE reads a
                // ClientHello in many reads, each under SO_TIMEOUT, so a client that sends it a
                // byte at a time would never time out: the handshake has a deadline of its own.
                within(connection, patience, "not finished within", tls::startHandshake);
                var session = tls.getSession();
                onHandshake.accept(session.getProtocol() + ", " + session.getCipherSuite());
                handshaken = true;
            }
            var in = new BufferedInputStream(connection.getInputStream());
            for (byte[] line; (line = readLine(in)) != null; lines++) {
                write(connection, line, patience);
            }
            // -1: a close_notify came, or (the JDK does not tell them apart by default) the
            // TCP connection ended without one. Our close() answers with our close_notify.
            return "closed after " + count(lines);
        } catch (SSLException e) {
            return (handshaken ? "dropped after " + count(lines) + ": " : "handshake failed: ")
                    + HandshakeFailure.explainToServer(e);
        } catch (SocketTimeoutException e) {
            // In the handshake, a read that waited the whole patience is past the deadline too.
            return (handshaken ? "dropped after " + count(lines) + ": nothing came for "
                    : "handshake failed: not finished within ") + patience.toSeconds() + " s";
        } catch (IOException e) {
            // A reset, a line too long, or the alarm below, under a late handshake or write.
            return handshaken ? "dropped after " + count(lines) + ": " + Options.lower(e)
                    : "handshake failed: " + HandshakeFailure.explainToServer(e);
        }
    }
    // end::converse[]

    /** One line without its newline, null at end of stream; at most MAX_LINE bytes. */
    static byte[] readLine(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; line.write(b)) {
            if (b == -1) {
                return line.size() == 0 ? null : line.toByteArray();
            }
            if (line.size() == MAX_LINE) {
                throw new IOException("a line may have at most " + MAX_LINE + " bytes");
            }
        }
        return line.toByteArray();
    }

    /** Writes one line and its newline, or closes the connection when that takes too long. */
    private static void write(Socket connection, byte[] line, Duration limit) throws IOException {
        var bytes = new byte[line.length + 1];
        System.arraycopy(line, 0, bytes, 0, line.length);
        bytes[line.length] = '\n';
        within(connection, limit, "it did not read its echoes for", () -> {
            // One write: on an SSLSocket, one TLS record (up to 16 KiB), sealed and sent.
            connection.getOutputStream().write(bytes);
            connection.getOutputStream().flush();
        });
    }

    private interface Step {
        void run() throws IOException;
    }

    // tag::within[]
    /** Runs {@code step}, or closes the connection under it once {@code limit} has passed. */
    private static void within(Socket connection, Duration limit, String late, Step step)
            throws IOException {
        var fired = new AtomicBoolean();
        var alarm = ALARM.schedule(() -> {
            fired.set(true);
            try {
                // close() on an SSLSocket first sends its alerts (under TLS 1.3
                // user_canceled, then close_notify), which wait for a writer stuck
                // below, forever; with SO_LINGER set they wait that long at most (0 s
                // here), and close() closes the TCP connection under the stuck read(2) or
                // write(2), which then throws.
                connection.setSoLinger(true, 0);
                connection.close();
            } catch (IOException e) {
                // closing is all we wanted
            }
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            step.run();
        } catch (IOException e) {
            throw fired.get() ? new IOException(late + " " + limit.toSeconds() + " s", e) : e;
        } finally {
            alarm.cancel(false);
        }
    }
    // end::within[]

    private static String count(int lines) {
        return lines == 1 ? "1 line" : lines + " lines";
    }
}
