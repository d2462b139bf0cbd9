package sockets.ch09;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Chapter 09's demo: the chat server on a thread and three scripted clients, A, B and C, in
 * one process. They join, talk and leave (one by resetting the connection mid-line), and after
 * each step every client that should hear something reads it and says what it read.
 */
public final class ChatDemo {

    static final String USAGE = """
            usage: ./workbook run 09 [--host ADDRESS] [--port PORT]
              Runs the chat server on a thread and three scripted clients that join, talk
              and leave, then stops. To chat yourself: ./workbook run 09 server, then
              ./workbook run 09 client --port PORT in other terminals.
              --host ADDRESS  where the server listens (default 127.0.0.1)
              --port PORT     its port; 0, the default, lets the kernel pick a free one
            """;

    private ChatDemo() {
    }

    /** One scripted client: its label, its socket, and its socket's input read as lines. */
    private record Client(String label, Socket socket, BufferedReader in) implements AutoCloseable {

        static Client connect(String label, SocketAddress server) throws IOException {
            var socket = new Socket();
            socket.connect(server, 5_000);
            // Each read waits at most 10 s: a demo that goes wrong ends instead of hanging.
            socket.setSoTimeout(10_000);
            var in = new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8);
            System.out.println(label + " connects from "
                    + Options.hostAndPort(socket.getLocalSocketAddress()));
            return new Client(label, socket, new BufferedReader(in));
        }

        void say(String line) throws IOException {
            System.out.println(label + " says: " + line);
            send(line + "\n");
        }

        void send(String text) throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }

        void reads() throws IOException {
            System.out.println("  " + label + " reads: " + in.readLine());
        }

        @Override
        public void close() throws IOException {
            // close(2): FIN, or RST when SO_LINGER is on with a time of 0
            socket.close();
        }
    }

    public static void main(String[] args) {
        if (Options.wantHelp(args)) {
            System.out.print(USAGE);
            return;
        }
        try (var listener = ChatServer.listen(Options.parse(args).address())) {
            demonstrate(listener);
        } catch (Options.BadArgument | BindException e) {
            System.err.println(e.getMessage());
            System.exit(e instanceof BindException ? 1 : 2);
        } catch (IOException e) {
            System.err.println("the demo failed: " + Options.lower(e) + ".");
            System.exit(1);
        } catch (InterruptedException e) {
            System.err.println("the demo was interrupted.");
            System.exit(1);
        }
    }

    static void demonstrate(ServerSocket listener) throws IOException, InterruptedException {
        var quiet = new PrintStream(OutputStream.nullOutputStream());
        var server = Thread.ofPlatform().name("chat-server").start(() -> {
            try {
                ChatServer.serve(listener, ChatServer.Limits.DEFAULT, quiet);
            } catch (IOException closedByTheDemo) {
                // accept(2) failed because the demo closed the listener: the end
            }
        });
        var address = listener.getLocalSocketAddress();
        // tag::demo[]
        try (var a = Client.connect("A", address)) {
            a.reads();
            try (var b = Client.connect("B", address)) {
                a.reads();
                b.reads();
                try (var c = Client.connect("C", address)) {
                    a.reads();
                    b.reads();
                    c.reads();
                    a.say("hello, everyone");
                    b.reads();
                    c.reads();
                    b.say("hi A");
                    a.reads();
                    c.reads();
                    System.out.println("C sends half a line, then resets the connection");
                    c.send("I was about to s");
                    // SO_LINGER 0: close(2) sends a reset (RST) instead of FIN.
                    c.socket().setSoLinger(true, 0);
                }
                a.reads();
                b.reads();
                System.out.println("B hangs up");
            }
            a.reads();
            System.out.println("A hangs up");
        }
        // end::demo[]
        // close(2) on the listener: accept() fails, serve() closes what is left and ends.
        listener.close();
        server.join();
        System.out.println("the demo closed the listener, so the server stopped.");
    }
}
