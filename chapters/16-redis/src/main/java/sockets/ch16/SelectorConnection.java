package sockets.ch16;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One client of the selector design. Nothing here waits: read what has come, run its whole commands,
 * write what the kernel takes, tell the selector what comes next (past maxUnsent unread, no reading).
 */
final class SelectorConnection {

    private final SocketChannel channel;
    private final SelectionKey key;
    private final Commands commands;
    private final Limits limits;
    private final PrintStream log;
    private final Runnable onClose;
    private final String peer;
    private final CommandParser parser;
    private final ByteBuffer input;
    private final Replies replies;
    private long lastCommand = System.nanoTime(), lastWrite = lastCommand;
    private long closingBy;     // set once the last reply is queued (QUIT, an error): our FIN, theirs
    private boolean clientDone;

    SelectorConnection(SocketChannel channel, SelectionKey key, Commands commands, Limits limits,
                       PrintStream log, Runnable onClose) {
        this.channel = channel;
        this.key = key;
        this.commands = commands;
        this.limits = limits;
        this.log = log;
        this.onClose = onClose;
        this.peer = Options.hostAndPort(channel.socket().getRemoteSocketAddress());
        this.parser = new CommandParser(limits);
        this.input = ByteBuffer.allocate(limits.inputBuffer());
        this.replies = new Replies(limits.maxReplies());
    }

    // tag::ready[]
    void onReady() {
        try {
            // read(2), non-blocking: what has come, 0 if nothing, -1 after the client's FIN
            if (key.isReadable() && channel.read(input) == -1) {
                clientDone = true;
            }
            if (closingBy != 0) {
                input.clear();                          // after our last reply: read and drop
            }
            boolean more = true;
            while (more) {
                more = closingBy == 0 && runCommands();
                if (!replies.isEmpty()) {
                    // write(2), non-blocking: takes what fits in the send buffer, maybe not all
                    lastWrite = System.nanoTime();
                    replies.sent(channel.write(replies.unsentBytes()));
                }
                more &= replies.isEmpty();              // all sent: the waiting commands may run
            }
            if (replies.isEmpty() && closingBy != 0 && !channel.socket().isOutputShutdown()) {
                channel.shutdownOutput();               // shutdown(SHUT_WR): our FIN
            }
            if (replies.isEmpty() && clientDone) {
                close(null);
                return;
            }
            var reading = !clientDone && (closingBy != 0 || replies.unsent() < limits.maxUnsent());
            int ops = (reading ? SelectionKey.OP_READ : 0)
                    | (replies.isEmpty() ? 0 : SelectionKey.OP_WRITE);  // only while replies wait
            if (ops != key.interestOps()) {
                key.interestOps(ops);                   // epoll_ctl(EPOLL_CTL_MOD), on a change
            }
        } catch (IOException e) {
            close(Options.lower(e));                    // a reset: this client only
        }
    }
    // end::ready[]

    // tag::commands[]
    /** Runs the whole commands that have come; true if it stopped with replies piling up. */
    private boolean runCommands() {
        input.flip();
        try {
            while (closingBy == 0) {
                if (replies.unsent() >= limits.maxUnsent()) {
                    return true;
                }
                var command = parser.next(input);
                if (command == null) {
                    return false;
                }
                lastCommand = System.nanoTime();
                if (commands.execute(command, replies) == Commands.Then.CLOSE) {
                    fail(replies.overflow());           // QUIT: null; past maxReplies: why we close
                }
            }
            return false;
        } catch (CommandParser.ProtocolError e) {
            fail("ERR " + e.getMessage());
            return false;
        } finally {
            if (closingBy != 0) {
                input.clear();                          // nothing after the last reply runs
            } else {
                input.compact();
            }
        }
    }
    // end::commands[]

    /** The error is the last reply; after our FIN, a second at most for theirs (Linger.LIMIT). */
    private void fail(String error) {
        if (error != null) {
            log.println(peer + ": " + error);
            replies.error(error);                       // dropped if the replies overflowed
        }
        closingBy = System.nanoTime() + Linger.LIMIT.toNanos();
    }

    /** From the loop's sweep: the idle limit, a client not reading, a goodbye taking too long. */
    void checkDeadline(long now) {
        long idle = limits.idle().toNanos();
        if (!channel.isOpen() || closingBy != 0 && now - closingBy > 0) {
            close(null);                                // closed already, maybe in this turn; or goodbye over
        } else if (closingBy == 0 && !replies.isEmpty() && now - lastWrite > idle) {
            close("did not read its replies for " + limits.idle().toMillis() + " ms");
        } else if (closingBy == 0 && now - lastCommand > idle) {
            log.println(peer + ": idle for more than " + limits.idle().toMillis() + " ms: closing the connection");
            fail(null);                                 // no error line: Redis frees it without a word
            onReady();
        }
    }

    void close(String why) {
        if (!channel.isOpen()) {
            return;
        }
        try {
            channel.close();                            // close(2); its key is cancelled with it
        } catch (IOException releasedEvenSo) {
        }
        onClose.run();
        if (why != null) {
            log.println(peer + ": " + why);
        }
    }
}
