package sockets.ch16;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.ByteBuffer;

/**
 * One client of the virtual-thread design: read what has come, run every whole command in it,
 * send all their replies in one write, read again. Pipelining costs nothing extra: fifty
 * commands in one read are fifty replies in one write(2).
 */
final class BlockingConnection {

    private final Socket socket;
    private final Commands commands;
    private final Limits limits;
    private final PrintStream log;
    // The deadlines the watchdog checks (System.nanoTime values; 0 while not waiting).
    private volatile long lastCommand = System.nanoTime();
    private volatile long readingSince;
    private volatile long writingSince;
    private volatile String expired;

    BlockingConnection(Socket socket, Commands commands, Limits limits, PrintStream log) {
        this.socket = socket;
        this.commands = commands;
        this.limits = limits;
        this.log = log;
    }

    // tag::serve[]
    void serve() {
        var peer = Options.hostAndPort(socket.getRemoteSocketAddress());
        var parser = new CommandParser(limits);
        var replies = new Replies(limits.maxReplies());
        var input = ByteBuffer.allocate(limits.inputBuffer());
        try (socket) {
            var in = socket.getInputStream();
            var out = socket.getOutputStream();
            while (true) {
                // read(2): from part of one command to many; the watchdog ends a long wait.
                readingSince = System.nanoTime();
                int n = in.read(input.array(), input.position(), input.remaining());
                readingSince = 0;
                if (n == -1) {
                    if (expired != null) {
                        // No error line: Redis closes an idle client without a word to it.
                        log.println(peer + ": " + expired);
                        goodbye(out, replies, null);
                    }
                    return;
                }
                input.position(input.position() + n).flip();
                try {
                    for (var command = parser.next(input); command != null;
                            command = parser.next(input)) {
                        lastCommand = System.nanoTime();
                        if (commands.execute(command, replies) == Commands.Then.CLOSE) {
                            if (replies.overflowed()) {
                                log.println(peer + ": " + replies.overflow());
                            }
                            goodbye(out, replies, null);
                            return;
                        }
                        if (replies.unsent() >= limits.maxUnsent()) {
                            send(out, replies);    // a long pipeline: bounded, not buffered whole
                        }
                    }
                } catch (CommandParser.ProtocolError e) {
                    log.println(peer + ": " + e.getMessage());
                    goodbye(out, replies, "ERR " + e.getMessage());
                    return;
                }
                input.compact();
                send(out, replies);
            }
        } catch (IOException e) {
            // a reset, or closed by the watchdog or at shutdown: this client only
            if (expired != null && !expired.startsWith("idle")) {
                log.println(peer + ": " + expired);
            }
        }
    }
    // end::serve[]

    private void send(OutputStream out, Replies replies) throws IOException {
        if (replies.isEmpty()) {
            return;
        }
        // write(2): blocks while the client's receive window is full; the watchdog times it.
        writingSince = System.nanoTime();
        out.write(replies.array(), replies.start(), replies.unsent());
        writingSince = 0;
        replies.sent(replies.unsent());
    }

    /** The last replies (and {@code error}, if any), then a FIN and a wait for the client's. */
    private void goodbye(OutputStream out, Replies replies, String error) throws IOException {
        if (error != null) {
            replies.error(error);
        }
        send(out, replies);
        Linger.untilFin(socket, Linger.LIMIT);
    }

    // tag::deadline[]
    /**
     * From the watchdog: a client silent past the idle limit, or not reading its replies. Both
     * are closed without an error line, as Redis's clientsCronHandleTimeout frees an idle client.
     */
    void checkDeadline(long now) {
        // Each volatile read once: the worker may clear it between two reads.
        long reading = readingSince;
        long writing = writingSince;
        long idle = limits.idle().toNanos();
        if (reading != 0 && now - lastCommand > idle && expired == null) {
            expired = "idle for more than " + limits.idle().toMillis()
                    + " ms: closing the connection";
            try {
                // shutdown(SHUT_RD): the blocked read(2) returns end of stream; output stays open
                socket.shutdownInput();
            } catch (IOException gone) {
                // the read ends either way
            }
        } else if (writing != 0 && now - writing > idle) {
            expired = "did not read its replies for " + limits.idle().toMillis() + " ms";
            close();
        }
    }
    // end::deadline[]

    /** close(2) from another thread: a read or write blocked in this client's thread throws. */
    void close() {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // closing was all we wanted
        }
    }
}
