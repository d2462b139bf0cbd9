package sockets.ch13;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * One client of the event loop. Nothing here ever waits: each method does what the kernel
 * allows now, and tells the selector, through the key, what it needs next.
 */
final class Connection {

    /** What a connection needs from the loop that serves it, and nothing more. */
    record Context(SelectorServer.Limits limits, PrintStream log, LoopCounts counts) { }

    private final SocketChannel channel;
    private final SelectionKey key;
    private final Context context;
    private final String peer;
    // tag::state[]
    // This client's own buffers: the bytes since its last newline, and the echoes the
    // kernel has not taken yet. They wait here while the thread serves other clients.
    private final LineBuffer input;
    private final Outbox output = new Outbox();
    private long lastProgress = System.nanoTime();
    // Where the conversation stands: where a blocking server's thread is in its code.
    private Phase phase = new Phase.Echoing();
    // end::state[]

    Connection(SocketChannel channel, SelectionKey key, Context context) throws IOException {
        this.channel = channel;
        this.key = key;
        this.context = context;
        this.peer = Options.hostAndPort(channel.getRemoteAddress());
        this.input = new LineBuffer(context.limits().maxLine());
        context.log().println(peer + ": accepted");
    }

    // tag::read[]
    void onReadable() throws IOException {
        // read(2) on a non-blocking socket: what has arrived, up to the room left; 0 bytes
        // if nothing has, -1 once the client's FIN is here.
        int n = channel.read(input.buffer());
        if (n == -1) {
            if (phase instanceof Phase.Echoing) {
                // The last line had no newline: echo it anyway, as chapter 06 does.
                input.takeLastLine(output);
                failIfTooLong();
            }
            phase = phase.clientFinished();
        } else if (n > 0) {
            lastProgress = System.nanoTime();
            if (phase instanceof Phase.Echoing) {
                input.takeEchoes(output);
                failIfTooLong();
            } else {
                // After our error: read and throw away (for Limits.linger at most), so that
                // close(2) finds no unread bytes and sends FIN, not an RST that eats the error.
                input.clear();
            }
        }
        onWritable();
    }
    // end::read[]

    private void failIfTooLong() {
        if (input.tooLong()) {
            fail("a line may have at most " + context.limits().maxLine() + " bytes");
        }
    }

    /** Tells the client why in one line, then ends the conversation. */
    private void fail(String why) {
        phase = phase.failed(why, System.nanoTime() + context.limits().linger().toNanos());
        input.clear();
        output.add(("error: " + why + "\n").getBytes(StandardCharsets.UTF_8));
    }

    // tag::write[]
    void onWritable() throws IOException {
        if (output.writeTo(channel) > 0) {
            lastProgress = System.nanoTime();
        }
        if (!output.isEmpty()) {
            context.counts().partialWrites.incrementAndGet();
        } else if (phase.clientSentFin()) {
            close(phase instanceof Phase.Failure failure ? failure.why() : null);
            return;
        } else if (phase instanceof Phase.Failing && !channel.socket().isOutputShutdown()) {
            // shutdown(SHUT_WR): our FIN follows the error line; we read on until theirs.
            channel.shutdownOutput();
        }
        // tag::interest[]
        boolean wasReading = (key.interestOps() & SelectionKey.OP_READ) != 0;
        // Backpressure: past maxUnsent bytes of echoes, stop reading this client until it
        // has taken them all. What it sends meanwhile waits in the kernels' buffers.
        boolean reading = phase.reads(wasReading
                ? output.unsent() <= context.limits().maxUnsent() : output.isEmpty());
        if (wasReading != reading && !phase.clientSentFin()) {
            context.counts().readingStopped.addAndGet(reading ? 0 : 1);
            context.log().println(peer + (reading ? ": reading again"
                    : ": stopped reading, " + output.unsent() + " bytes of echoes unsent"));
        }
        // OP_WRITE only while there is something to write: a socket with room in its send
        // buffer is always writable, so the loop would wake for it again and again.
        int ops = (reading ? SelectionKey.OP_READ : 0)
                | (output.isEmpty() ? 0 : SelectionKey.OP_WRITE);
        if (ops != key.interestOps()) {
            // epoll_ctl(EPOLL_CTL_MOD): a system call, so only when something changed
            key.interestOps(ops);
        }
        // end::interest[]
    }
    // end::write[]

    /** Drops a connection that made no progress for too long, or lingers past its end. */
    void checkTime(long now) throws IOException {
        var idle = context.limits().idle();
        if (phase instanceof Phase.Failure failure && now - failure.endBy() >= 0) {
            close(failure.why());
        } else if (!(phase instanceof Phase.Failure) && now - lastProgress >= idle.toNanos()) {
            if (output.isEmpty()) {
                fail("nothing came for " + idle.toSeconds() + " s");
                onWritable();
            } else {
                close("it did not read its echoes for " + idle.toSeconds() + " s");
            }
        }
    }

    /** Closes the channel; {@code why} is null for a conversation that ended well. */
    void close(String why) {
        if (!channel.isOpen()) {
            return;
        }
        // The key first: close(2) alone would leave it in the selector until its next turn.
        key.cancel();
        try {
            channel.close();
        } catch (IOException e) {
            // the descriptor is released even so
        }
        context.counts().open.decrementAndGet();
        var lines = input.lines() == 1 ? "1 line" : input.lines() + " lines";
        context.log().println(peer + ": " + (why == null ? "closed after " + lines
                : "dropped after " + lines + ": " + why));
    }
}
