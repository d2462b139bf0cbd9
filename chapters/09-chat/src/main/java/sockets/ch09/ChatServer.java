package sockets.ch09;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;

/**
 * Chapter 09: a chat server. Every line a client sends goes to every other client, with the
 * sender's address in front; the room hears who joins and who leaves. Each client has two
 * platform threads, a reader and a writer, and a bounded outbox between the room and it.
 */
public final class ChatServer {

    static final String USAGE = """
            usage: ./workbook run 09 server [--host ADDRESS] [--port PORT]
              A chat room: every line a client sends goes to every other client, until
              you stop the server with Ctrl-C. Connect with ./workbook run 09 client.
              --host ADDRESS  where to listen (default 127.0.0.1: this machine only)
              --port PORT     the port; 0, the default, lets the kernel pick a free one
            """;

    // tag::limits[]
    /** What one client may cost the server, at most. */
    record Limits(int maxMembers, int maxLine, int outboxLines, Duration stall, Duration idle) {
        static final Limits DEFAULT = new Limits(100, 1024, 100, Duration.ofSeconds(5),
                Duration.ofMinutes(10));
    }
    // end::limits[]

    private ChatServer() {
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try (var listener = listen(Options.parse(args).address())) {
            serve(listener);
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the server stopped: " + Options.lower(e) + ".");
            System.exit(1);
        }
    }

    /** Binds and listens, then prints the readiness line that tests and students wait for. */
    static ServerSocket listen(InetSocketAddress wanted) throws IOException {
        var listener = new ServerSocket();
        try {
            // bind(2) and listen(2). A room for a hundred members takes them in bursts (a
            // class joining at once): a long accept queue, as in chapters 08 and 10, so no
            // SYN is dropped and retried a second later (chapter 03). Linux caps it at
            // net.core.somaxconn.
            listener.bind(wanted, 1024);
        } catch (IOException e) {
            listener.close();
            throw new BindException("cannot listen on " + Options.hostAndPort(wanted) + ": "
                    + Options.lower(e) + ".");
        }
        System.out.println("listening on " + Options.hostAndPort(listener.getLocalSocketAddress()));
        System.out.flush();
        return listener;
    }

    /** The program's loop, as {@code BackgroundServer} runs it. */
    static void serve(ServerSocket listener) throws IOException {
        serve(listener, Limits.DEFAULT, System.out);
    }

    static void serve(ServerSocket listener, Limits limits, PrintStream log) throws IOException {
        serve(listener, limits, new ChatRoom(log), Thread.ofPlatform().factory());
    }

    // tag::serve[]
    static void serve(ServerSocket listener, Limits limits, ChatRoom room, ThreadFactory threads)
            throws IOException {
        // One seat per member: taken here, given back when the member's reader thread ends.
        var seats = new Semaphore(limits.maxMembers());
        try {
            while (true) {
                // accept(2): a new descriptor for each client; this thread only accepts.
                var socket = listener.accept();
                if (!seats.tryAcquire()) {
                    var full = "the room is full (" + limits.maxMembers() + " members)";
                    turnAway(socket, full, room);
                    continue;
                }
                var member = new ChatMember(socket, limits, threads);
                var reader = threads.newThread(() -> {
                    try {
                        ChatSession.run(socket, member, room, limits);
                    } finally {
                        seats.release();
                    }
                });
                reader.setName("chat-reader " + member.name());
                try {
                    member.start();
                    reader.start();
                } catch (OutOfMemoryError noThread) {
                    // pthread_create(3) failed (EAGAIN: out of memory or of the process's
                    // thread limit). Nothing joined yet: the reader thread joins the room.
                    turnAway(socket, "the server cannot take you now", room);
                    member.close();
                    seats.release();
                }
            }
        } finally {
            // The listener is closed: the server stops, and so does every conversation.
            room.closeAll();
        }
    }
    // end::serve[]

    /** One line for a client the server has no place for, then close(2). */
    private static void turnAway(Socket socket, String why, ChatRoom room) {
        room.log(Options.hostAndPort(socket.getRemoteSocketAddress()) + " turned away: " + why);
        try (socket) {
            // A few bytes into an empty send buffer: this write(2) does not block.
            socket.getOutputStream().write(("* " + why + "; try again later\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // it left already; nothing to undo
        }
    }
}
