package sockets.loadgen;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * One of the generator's connections: a non-blocking channel that connects, sends its line,
 * reads the echo until the whole line is back, checks it, and (in pingpong) sends it again.
 * Every call returns at once; the selector says when one can make progress.
 */
final class Connection {

    enum State { CONNECTING, AWAITING_ECHO, HOLDING, CLOSED }

    private final SocketChannel channel;
    private final Tally tally;
    private final boolean pingPong;
    /** The line this connection sends, never moved: the echo is compared with it. */
    private final ByteBuffer line;
    private final ByteBuffer outgoing;
    private final ByteBuffer reply;
    private final long openedAt;
    private SelectionKey key;
    private State state = State.CONNECTING;
    private long sentAt;
    private boolean held;

    Connection(int id, int messageSize, boolean pingPong, Tally tally) throws IOException {
        this.channel = SocketChannel.open();
        this.tally = tally;
        this.pingPong = pingPong;
        var text = new StringBuilder("ping ").append(id).append(' ');
        while (text.length() < messageSize - 1) {
            text.append('.');
        }
        text.setLength(messageSize - 1);
        this.line = ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.US_ASCII)).asReadOnlyBuffer();
        this.outgoing = line.duplicate();
        this.reply = ByteBuffer.allocate(messageSize);
        this.openedAt = System.nanoTime();
    }

    State state() {
        return state;
    }

    long openedAt() {
        return openedAt;
    }

    /** connect(2) on a non-blocking socket: EINPROGRESS, then the selector says OP_CONNECT. */
    void connect(InetSocketAddress server, Selector selector) throws IOException {
        channel.configureBlocking(false);
        // Each 64-byte line is sent at once, not held back waiting for the last echo's ACK.
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        key = channel.register(selector, SelectionKey.OP_CONNECT, this);
        if (channel.connect(server)) {
            connected();
        }
    }

    void ready(SelectionKey readyKey) {
        try {
            if (readyKey.isConnectable() && channel.finishConnect()) {
                connected();
            } else if (readyKey.isWritable()) {
                writeSome();
            } else if (readyKey.isReadable()) {
                readSome();
            }
        } catch (IOException e) {
            fail(state == State.CONNECTING ? Tally.Failure.CONNECT : Tally.Failure.LOST);
        }
    }

    private void connected() throws IOException {
        tally.connecting--;
        send();
    }

    private void send() throws IOException {
        state = State.AWAITING_ECHO;
        outgoing.rewind();
        sentAt = System.nanoTime();
        writeSome();
    }

    private void writeSome() throws IOException {
        channel.write(outgoing);
        // A full send buffer takes part of the line: wait for OP_WRITE to send the rest.
        key.interestOps(outgoing.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    private void readSome() throws IOException {
        if (channel.read(reply) == -1) {
            fail(state == State.AWAITING_ECHO && reply.position() > 0 ? Tally.Failure.ECHO : Tally.Failure.LOST);
            return;
        }
        if (state == State.HOLDING) {
            // A held connection was promised nothing: any byte is a protocol error.
            fail(Tally.Failure.ECHO);
        } else if (!reply.hasRemaining()) {
            reply.flip();
            if (reply.mismatch(line) != -1) {
                fail(Tally.Failure.ECHO);
                return;
            }
            reply.clear();
            tally.roundTrip(System.nanoTime() - sentAt);
            if (!held) {
                held = true;
                tally.held++;
            }
            if (pingPong) {
                send();
            } else {
                state = State.HOLDING;
            }
        }
    }

    /** Ends this connection and counts why. */
    void fail(Tally.Failure why) {
        if (state == State.CLOSED) {
            return;
        }
        if (state == State.CONNECTING) {
            tally.connecting--;
        }
        if (held) {
            tally.held--;
        }
        tally.count(why);
        close();
    }

    void close() {
        state = State.CLOSED;
        try {
            channel.close();
        } catch (IOException alreadyGone) {
            // nothing left to release
        }
    }
}
