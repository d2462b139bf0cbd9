package sockets.ch10;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A client of the pool demo: its name and its socket; it prints what it does and sees. */
record DemoClient(String name, Socket socket) implements AutoCloseable {

    DemoClient(String name, InetSocketAddress address) throws IOException {
        var socket = new Socket();
        try {
            // connect(2): the handshake; the kernel completes it, whoever accepts
            socket.connect(address, 5_000);
            socket.setSoTimeout(5_000);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        this(name, socket);
    }

    void send(String line) throws IOException {
        socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        System.out.println(name + ": sent    '" + line + "'");
    }

    void exchange(String line) throws IOException {
        send(line);
        expectLine(null);
    }

    void expectLine(String why) throws IOException {
        var line = readLine();
        System.out.println(name + ": got     " + (line == null ? "end of stream" : "'" + line + "'")
                + (why == null ? "" : "  (" + why + ")"));
    }

    void expectSilence(String why) throws IOException {
        socket.setSoTimeout(300);
        try {
            System.out.println(name + ": got     '" + readLine() + "' (unexpected)");
        } catch (SocketTimeoutException silence) {
            System.out.println(name + ": nothing in 300 ms  (" + why + ")");
        }
        socket.setSoTimeout(5_000);
    }

    private String readLine() throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b; (b = socket.getInputStream().read()) != '\n'; ) {
            if (b == -1) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        hangUp();
    }

    void hangUp() throws IOException {
        if (!socket.isClosed()) {
            socket.close();
            System.out.println(name + ": closed");
        }
    }
}
