package sockets.ch09;

import java.io.IOException;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import jdk.net.ExtendedSocketOptions;

/**
 * One connected client as the room sees it: a name (its address and port), an outbox of
 * lines, and a writer thread that moves the outbox to the socket. Only the writer thread
 * ever blocks on this client's socket; everyone else hands lines to the outbox.
 */
final class ChatMember implements ChatRoom.Member {

    /** Bytes the kernel may hold for one client, each way (Linux doubles it for its bookkeeping). */
    static final int SEND_BUFFER = 64 * 1024;
    static final int RECEIVE_BUFFER = 64 * 1024;
    /** Keepalive: the first probe after 60 s of silence, then every 10 s; 3 unanswered end it. */
    static final Duration KEEPALIVE_IDLE = Duration.ofSeconds(60);
    static final Duration KEEPALIVE_INTERVAL = Duration.ofSeconds(10);
    static final int KEEPALIVE_PROBES = 3;

    private final Socket socket;
    private final String name;
    private final Outbox outbox;
    private final Thread writer;
    private final CountDownLatch admitted = new CountDownLatch(1);

    // tag::member[]
    ChatMember(Socket socket, ChatServer.Limits limits, ThreadFactory threads) {
        this.socket = socket;
        try {
            // setsockopt(SO_SNDBUF): a fixed send buffer. Left alone, Linux grows it up to
            // tcp_wmem's maximum (4 MiB) for a client that does not read, before our
            // outbox even starts to fill.
            socket.setOption(StandardSocketOptions.SO_SNDBUF, SEND_BUFFER);
            // setsockopt(SO_RCVBUF): the same for what a client sends faster than the room
            // reads. Autotuning would grow it towards tcp_rmem's maximum while we read fast;
            // fixed, a flooding client's excess waits in its own kernel, not ours.
            socket.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
        } catch (IOException e) {
            // the kernel's default then; the outbox still bounds what we hold
        }
        keepAlive(socket);
        this.name = Options.hostAndPort(socket.getRemoteSocketAddress());
        this.outbox = new Outbox(limits.outboxLines(), limits.stall());
        this.writer = threads.newThread(this::write);
        writer.setName("chat-writer " + name);
    }

    private void write() {
        try {
            // Nothing is sent before the room has let this member in (ChatRoom.join).
            admitted.await();
            outbox.drainTo(socket.getOutputStream());
        } catch (InterruptedException | IOException e) {
            // close() interrupted take(), or closed the socket under write(2), or the
            // client reset the connection: its reader thread sees the socket closed.
            close();
        }
    }
    // end::member[]

    // tag::keepalive[]
    /**
     * setsockopt(SO_KEEPALIVE), TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT: after 60 s without a
     * segment, the kernel sends an empty probe every 10 s; a live peer's kernel answers with
     * an ACK. Three probes unanswered, and the next read(2) fails with ETIMEDOUT: a machine
     * that vanished is noticed in about 90 s instead of at the idle limit.
     */
    private static void keepAlive(Socket socket) {
        try {
            socket.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
            // jdk.net's options are Linux's, macOS's and Windows' knobs; skip them elsewhere.
            if (socket.supportedOptions().contains(ExtendedSocketOptions.TCP_KEEPIDLE)) {
                socket.setOption(ExtendedSocketOptions.TCP_KEEPIDLE,
                        (int) KEEPALIVE_IDLE.toSeconds());
                socket.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL,
                        (int) KEEPALIVE_INTERVAL.toSeconds());
                socket.setOption(ExtendedSocketOptions.TCP_KEEPCOUNT, KEEPALIVE_PROBES);
            }
        } catch (IOException e) {
            // the idle limit still ends a silent connection
        }
    }
    // end::keepalive[]

    void start() {
        writer.start();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean offer(String line) {
        return outbox.offer(line);
    }

    @Override
    public void admit() {
        admitted.countDown();
    }

    @Override
    public int queued() {
        return outbox.size();
    }

    // tag::close[]
    @Override
    public void close() {
        try {
            // close(2): a read(2) or write(2) blocked on this socket in another thread
            // fails at once, so both of this client's threads end.
            socket.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
        outbox.close();
        writer.interrupt();
    }
    // end::close[]
}
