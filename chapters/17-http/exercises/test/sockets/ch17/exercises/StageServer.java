package sockets.ch17.exercises;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The student's {@link MiniHttp#serve} on a loopback port, serving a folder, and clients that
 * talk to it over real sockets, as a black box: the grader knows nothing of the code, only the
 * bytes.
 */
final class StageServer implements AutoCloseable {

    private final ServerSocket listener;
    private final CompletableFuture<Void> loop = new CompletableFuture<>();

    StageServer(Path folder) throws IOException {
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        Thread.ofPlatform().daemon().name("MiniHttp.serve").start(() -> {
            try {
                MiniHttp.serve(listener, folder);
                loop.complete(null);
            } catch (Throwable t) {
                loop.completeExceptionally(t);
            }
        });
    }

    /**
     * How long the test waits for a response that must not come yet: five times what a whole
     * request took just now on a connection of its own (at least 200 ms, at most 2 s), so that a
     * server slowed by a loaded machine is not taken for one that waits as it should. Call it
     * before the client under test connects: a server that serves one connection at a time
     * would keep this one waiting.
     */
    long quietMillis() throws IOException {
        long start = System.nanoTime();
        try (var warmUp = connect()) {
            warmUp.send(get("/", "Connection: close")).response();
        }
        long took = (System.nanoTime() - start) / 1_000_000;
        return Math.clamp(5 * took, 200, 2000);
    }

    Client connect() throws IOException {
        var socket = new Socket();
        socket.connect(listener.getLocalSocketAddress(), 5000);
        // Short reads, so that a serve() that threw or returned is noticed at once, not after a timeout.
        socket.setSoTimeout(20);
        socket.setTcpNoDelay(true);
        return new Client(socket);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    /** A response as it came: the status line, the fields, the body's bytes. */
    record Response(String statusLine, List<String> fields, byte[] body) {

        int status() {
            var parts = statusLine.split(" ", 3);
            try {
                return Integer.parseInt(parts[1]);
            } catch (RuntimeException e) {
                return fail("the status line " + shown(statusLine) + " is not HTTP-version SP status-code SP reason");
            }
        }

        /** The value of the first field of that name, the name in any case, spaces around it stripped. */
        Optional<String> field(String name) {
            return fields.stream().filter(f -> f.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
                    .map(f -> f.substring(name.length() + 1).strip()).findFirst();
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** One client: raw bytes out, responses in, exactly as they came. */
    final class Client implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        /** How long a response may take, in seconds. */
        private int patience = 3;

        Client(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
        }

        Client send(String raw) {
            return send(raw.getBytes(StandardCharsets.UTF_8));
        }

        Client send(byte[] raw) {
            try {
                socket.getOutputStream().write(raw);
            } catch (IOException e) {
                throw new UncheckedIOException("could not send " + shown(new String(raw, StandardCharsets.ISO_8859_1))
                        + ": the server closed the connection", e);
            }
            return this;
        }

        /** Makes sure no byte of a response comes for a while ({@link #quietMillis}): the request is not whole yet. */
        void expectNothingYet(long quietMillis, String meaning) {
            long deadline = System.nanoTime() + quietMillis * 1_000_000L;
            while (System.nanoTime() - deadline < 0) {
                try {
                    int b = in.read();
                    fail((b == -1 ? "the server closed the connection" : "a response began")
                            + " before the request was whole: " + meaning);
                } catch (SocketTimeoutException nothingYet) {
                    // as it should be
                } catch (IOException e) {
                    fail("the server reset the connection before the request was whole: " + meaning, e);
                }
            }
        }

        Client patience(int seconds) {
            patience = seconds;
            return this;
        }

        /** The next response; when none comes whole, a failure that also says what that means here. */
        Response response(String meaning) {
            try {
                return response(false);
            } catch (AssertionError noResponse) {
                return fail(noResponse.getMessage() + "\n" + meaning, noResponse);
            }
        }

        /** The next response, framed by its Content-Length, its chunks, or else by the close. */
        Response response() {
            return response(false);
        }

        /** The next response, which must say where it ends: the connection goes on after it. */
        Response keptAliveResponse() {
            return response(true);
        }

        private Response response(boolean mustHaveLength) {
            var statusLine = line("the status line");
            var fields = new ArrayList<String>();
            for (var field = line("a header field"); !field.isEmpty(); field = line("a header field")) {
                fields.add(field);
            }
            var response = new Response(statusLine, fields, new byte[0]);
            var length = response.field("Content-Length");
            if (length.isPresent()) {
                int n;
                try {
                    n = Integer.parseInt(length.get());
                } catch (NumberFormatException e) {
                    return fail("Content-Length: " + length.get() + " is not a number of bytes");
                }
                return new Response(statusLine, fields, bytes(n));
            }
            if (response.field("Transfer-Encoding").filter(te -> te.equalsIgnoreCase("chunked")).isPresent()) {
                return new Response(statusLine, fields, chunks());
            }
            if (mustHaveLength) {
                fail("the response " + shown(statusLine) + " has no Content-Length: on a connection that stays open,"
                        + " the client cannot tell where its body ends and the next response begins");
            }
            var body = new ByteArrayOutputStream();
            for (int b = readOrEnd("the body, up to the close"); b != -1; b = readOrEnd("the body, up to the close")) {
                body.write(b);
            }
            return new Response(statusLine, fields, body.toByteArray());
        }

        /** Waits (its patience) for the server's FIN: end of stream, with no byte before it. */
        void expectClose(String meaning) {
            int b;
            try {
                b = readOrEnd("the close");
            } catch (AssertionError stillOpen) {
                fail("the connection stayed open after the response: " + meaning, stillOpen);
                return;
            }
            if (b != -1) {
                fail("the server sent more bytes where it should have closed: " + meaning);
            }
        }

        private byte[] chunks() {
            var body = new ByteArrayOutputStream();
            while (true) {
                var size = line("a chunk size").split(";")[0].strip();
                int n = Integer.parseInt(size, 16);
                if (n == 0) {
                    while (!line("a trailer").isEmpty()) {
                        // trailers: not used
                    }
                    return body.toByteArray();
                }
                body.writeBytes(bytes(n));
                line("the end of a chunk");
            }
        }

        private byte[] bytes(int n) {
            var body = new byte[n];
            for (int i = 0; i < n; i++) {
                int b = readOrEnd("the body's " + n + " bytes (its Content-Length)");
                if (b == -1) {
                    fail("the connection closed after " + i + " of the body's " + n + " bytes: does Content-Length"
                            + " count the bytes that were sent?");
                }
                body[i] = (byte) b;
            }
            return body;
        }

        /** A line up to CRLF, without it; a bare LF is a failure: HTTP's lines end in CRLF. */
        private String line(String what) {
            var bytes = new ByteArrayOutputStream();
            while (true) {
                int b = readOrEnd(what);
                if (b == -1) {
                    fail(bytes.size() == 0 && what.equals("the status line")
                            ? "the server closed the connection without a response: did it write one, and flush it?"
                            : "the connection closed in the middle of " + what + ": "
                                    + shown(bytes.toString(StandardCharsets.ISO_8859_1)));
                }
                if (b == '\n') {
                    var text = bytes.toString(StandardCharsets.ISO_8859_1);
                    if (!text.endsWith("\r")) {
                        fail("a line of the response ended in LF alone, " + shown(text + "\n")
                                + ": every line of HTTP ends in CRLF, \\r\\n, the blank line too");
                    }
                    return text.substring(0, text.length() - 1);
                }
                bytes.write(b);
                if (bytes.size() > 64 * 1024) {
                    fail(what + " is over 64 KiB without its CRLF");
                }
            }
        }

        private int readOrEnd(String what) {
            long deadline = System.nanoTime() + patience * 1_000_000_000L;
            while (true) {
                try {
                    return in.read();
                } catch (SocketTimeoutException notYet) {
                    if (loop.isCompletedExceptionally()) {
                        fail("MiniHttp.serve threw " + loop.exceptionNow(), loop.exceptionNow());
                    }
                    if (loop.isDone()) {
                        fail("MiniHttp.serve returned while a client waited: a server's life is a loop around accept");
                    }
                    if (System.nanoTime() - deadline > 0) {
                        fail("nothing came within " + patience + " s while the test waited for " + what
                                + ": is the server still reading? A request ends at its blank line, and the client"
                                + " keeps its side open for the response; and did the server flush?");
                    }
                } catch (IOException e) {
                    return fail("the server reset the connection while the test waited for " + what, e);
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** A request line or header as a person reads it in a failure message. */
    static String shown(String raw) {
        return raw.replace("\r", "\\r").replace("\n", "\\n");
    }

    /** A GET with a Host field, as every HTTP/1.1 client sends it, and any more fields. */
    static String get(String target, String... fields) {
        var request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        for (var field : fields) {
            request.append(field).append("\r\n");
        }
        return request.append("\r\n").toString();
    }
}
