package sockets.ch09;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One connected client as the room sees it: a name (its address and port), a bounded outbox
 * of lines, and a writer thread that moves the outbox to the socket. Only the writer thread
 * ever blocks on this client's socket; everyone else just offers lines to the outbox.
 */
final class ChatMember implements ChatRoom.Member {

    /** Bytes the kernel may hold for one client (Linux doubles it for its bookkeeping). */
    static final int SEND_BUFFER = 64 * 1024;

    private final Socket socket;
    private final String name;
    private final BlockingQueue<String> outbox;
    private final Thread writer;

    // tag::member[]
    ChatMember(Socket socket, int outboxLines) {
        this.socket = socket;
        try {
            // setsockopt(SO_SNDBUF): a fixed send buffer. Left alone, Linux grows it up to
            // tcp_wmem's maximum (4 MiB) for a client that does not read, before our
            // outbox even starts to fill.
            socket.setOption(StandardSocketOptions.SO_SNDBUF, SEND_BUFFER);
        } catch (IOException e) {
            // the kernel's default then; the outbox still bounds what we hold
        }
        this.name = Options.hostAndPort(socket.getRemoteSocketAddress());
        // A fixed capacity: a client that stops reading costs at most this many lines.
        this.outbox = new ArrayBlockingQueue<>(outboxLines);
        this.writer = Thread.ofPlatform().name("chat-writer " + name)
                .unstarted(this::drain);
    }

    @Override
    public boolean offer(String line) {
        // Never waits: false at once when the outbox is full.
        return outbox.offer(line);
    }

    private void drain() {
        try {
            var out = new BufferedOutputStream(socket.getOutputStream());
            while (true) {
                var line = outbox.take();
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                // write(2) once the outbox is empty, with every line queued so far: it
                // blocks while the client's receive window and our send buffer are full.
                if (outbox.isEmpty()) {
                    out.flush();
                }
            }
        } catch (InterruptedException | IOException e) {
            // close() interrupted take(), or closed the socket under write(2), or the
            // client reset the connection: its reader thread sees the socket closed.
            close();
        }
    }
    // end::member[]

    void start() {
        writer.start();
    }

    @Override
    public String name() {
        return name;
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
        writer.interrupt();
    }
    // end::close[]
}
