package sockets.ch08;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client's conversation, run on that client's own thread: read a line, write it back,
 * until the client half-closes. What the thread owns is in the record: its socket. What it
 * shares is the count of connected clients, an atomic, and the log, whose println is
 * synchronized. Its buffers it makes itself, on its own stack and heap.
 */
// tag::session[]
record EchoSession(Socket connection, Duration patience, AtomicInteger connected,
        PrintStream log) implements Runnable {

    @Override
    public void run() {
        var client = Options.hostAndPort(connection.getRemoteSocketAddress());
        // The thread closes its own socket, however the conversation ends.
        try (connection) {
            try {
                say("serving " + client + " (" + connected.get() + " connected)");
                say(client + " " + converse());
            } finally {
                // The place is free before close(2) sends our FIN: a client that
                // sees the FIN and comes back finds room.
                connected.decrementAndGet();
            }
        } catch (IOException closeFailed) {
            // close(2) gives the descriptor back even when it reports an error
        }
        // run() returns: the thread ends, and the kernel frees its stack.
    }
    // end::session[]

    // tag::converse[]
    /** Echoes until the client's end of stream; returns how the conversation ended. */
    private String converse() {
        int lines = 0;
        try {
            // A read waits at most this long (poll(2) with a timeout underneath).
            connection.setSoTimeout((int) patience.toMillis());
            // This thread's own buffers: 8 KiB each way, plus a line of at most 1 KiB.
            var in = new BufferedInputStream(connection.getInputStream());
            var out = new BufferedOutputStream(connection.getOutputStream());
            for (byte[] line; (line = LineFraming.read(in)) != null; lines++) {
                LineFraming.write(out, line);
                flushWithin(out, patience);
            }
            return "closed after " + count(lines);
        } catch (LineFraming.TooLong | SocketTimeoutException e) {
            var why = e instanceof LineFraming.TooLong ? e.getMessage()
                    : "nothing came for " + shown(patience);
            sayGoodbye("error: " + why);
            return "dropped after " + count(lines) + ": " + why;
        } catch (IOException e) {
            // A reset, or the alarm below closed the socket under a stuck write.
            var why = connection.isClosed()
                    ? "it did not read its echoes for " + shown(patience) : e.getMessage();
            return "dropped after " + count(lines) + ": " + why;
        }
    }
    // end::converse[]

    /** Closes a connection whose write(2) is stuck: a socket has no write timeout. */
    private static final ScheduledExecutorService ALARM = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("write-alarm").factory());

    private void flushWithin(OutputStream out, Duration limit) throws IOException {
        // write(2) blocks while the client's receive buffer and our send buffer are
        // full, that is while the client does not read. Only its own thread waits, but
        // it would wait forever and keep its place: so the alarm closes the socket.
        var alarm = ALARM.schedule(this::closeQuietly, limit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            out.flush();
        } finally {
            alarm.cancel(false);
        }
    }

    /** After an error line, how long the goodbye may take in all: a deadline. */
    static final Duration LINGER = Duration.ofSeconds(1);

    /** Tells the client why, then reads what it still sends so that close sends no RST. */
    private void sayGoodbye(String why) {
        // One deadline for all of it: the error line, our FIN, what the client still sends.
        var deadline = System.nanoTime() + LINGER.toNanos();
        try {
            var out = new BufferedOutputStream(connection.getOutputStream());
            out.write((why + "\n").getBytes(StandardCharsets.UTF_8));
            // Under the alarm too: a client that does not read may have filled the buffers.
            flushWithin(out, LINGER);
            // shutdown(SHUT_WR): our FIN goes after the error line.
            connection.shutdownOutput();
            // close(2) with unread bytes would send RST, which may destroy the error
            // line at the client: so discard up to 64 KiB, until the deadline.
            var in = connection.getInputStream();
            var sink = new byte[8192];
            for (int total = 0, n = 0; total < 65_536 && n != -1; total += n) {
                // What is left of the deadline, recomputed before every read: the same
                // timeout for each read would let a client that sends one byte just
                // before each timeout keep this thread for as long as it liked.
                long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
                if (left <= 0) {
                    return;
                }
                connection.setSoTimeout((int) left);
                n = in.read(sink);
            }
        } catch (IOException e) {
            // the client is gone or still silent: close() ends it anyway
        }
    }

    private void say(String what) {
        log.println(Thread.currentThread().getName() + ": " + what);
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }

    private static String count(int lines) {
        return lines == 1 ? "1 line" : lines + " lines";
    }

    private static String shown(Duration time) {
        return time.toMillis() % 1000 == 0 ? time.toSeconds() + " s" : time.toMillis() + " ms";
    }
}
