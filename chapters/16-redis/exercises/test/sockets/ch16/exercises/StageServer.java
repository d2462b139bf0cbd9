package sockets.ch16.exercises;

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
import java.util.concurrent.CompletableFuture;

/**
 * The student's {@link MiniRedis#serve} on a loopback port, and clients that talk to it over
 * real sockets, as a black box: the grader knows nothing of the code, only the bytes.
 */
final class StageServer implements AutoCloseable {

    private final ServerSocket listener;
    private final CompletableFuture<Void> loop = new CompletableFuture<>();

    StageServer() throws IOException {
        listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        Thread.ofPlatform().daemon().start(() -> {
            try {
                MiniRedis.serve(listener);
                loop.complete(null);
            } catch (Throwable t) {
                loop.completeExceptionally(t);
            }
        });
    }

    Client connect() throws IOException {
        var socket = new Socket();
        socket.connect(listener.getLocalSocketAddress(), 5000);
        // Short reads, so that a serve() that threw is noticed at once, not after a timeout.
        socket.setSoTimeout(20);
        return new Client(socket);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    /** One client: raw bytes out, one RESP reply in, exactly as it came. */
    final class Client implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        /** How long a reply may take to begin, in seconds. */
        private int patience = 5;

        Client(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
        }

        void send(String raw) {
            try {
                socket.getOutputStream().write(raw.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("could not send " + shown(raw), e);
            }
        }

        /** Sends one byte at a time, each in its own write: the worst TCP may do to a command. */
        void sendOneByteAtATime(String raw) {
            for (var c : raw.toCharArray()) {
                send(String.valueOf(c));
            }
        }

        /**
         * Sends the first half of the command alone (TCP_NODELAY: it leaves at once), makes sure
         * no byte answers it within 200 ms, then sends the rest.
         */
        void sendInTwoHalves(String raw, String meaning) {
            try {
                socket.setTcpNoDelay(true);
                send(raw.substring(0, raw.length() / 2));
                long deadline = System.nanoTime() + 200_000_000L;
                while (System.nanoTime() - deadline < 0) {
                    try {
                        int b = in.read();
                        fail((b == -1 ? "the server closed the connection" : "a reply began, " + shown(String.valueOf((char) b)))
                                + ", after half a command, " + shown(raw.substring(0, raw.length() / 2)) + ": " + meaning);
                    } catch (SocketTimeoutException nothingYet) {
                        // as it should be: the command is not whole
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the connection failed", e);
            }
            send(raw.substring(raw.length() / 2));
        }

        /** The next reply: a line such as {@code +PONG\r\n}, or a bulk string with its data. */
        String reply() {
            var line = line();
            if (line.startsWith("$") && !line.startsWith("$-")) {
                int length = Integer.parseInt(line.substring(1, line.length() - 2));
                var data = new StringBuilder();
                for (int i = 0; i < length + 2; i++) {
                    data.append((char) readByte());
                }
                return line + data;
            }
            return line;
        }

        /** Waits only this long for a reply from now on: where one must come at once, a failure comes sooner. */
        Client patience(int seconds) {
            patience = seconds;
            return this;
        }

        /** The next reply; when none comes, a failure that also says what that means at this stage. */
        String reply(String meaning) {
            try {
                return reply();
            } catch (AssertionError noReply) {
                return fail(noReply.getMessage() + "\n" + meaning, noReply);
            }
        }

        /** Waits (its patience, 5 s unless told) for the server's FIN: end of stream, with no byte before it. */
        void expectClose() {
            int b = readByteOrEnd();
            if (b != -1) {
                fail("the server sent " + shown(String.valueOf((char) b)) + "... where it should have closed");
            }
        }

        private String line() {
            var bytes = new ByteArrayOutputStream();
            while (!bytes.toString(StandardCharsets.UTF_8).endsWith("\r\n")) {
                bytes.write(readByte());
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }

        private int readByte() {
            int b = readByteOrEnd();
            if (b == -1) {
                fail("the server closed the connection instead of replying");
            }
            return b;
        }

        private int readByteOrEnd() {
            long deadline = System.nanoTime() + patience * 1_000_000_000L;
            while (true) {
                try {
                    return in.read();
                } catch (SocketTimeoutException notYet) {
                    if (loop.isCompletedExceptionally()) {
                        fail("MiniRedis.serve threw " + loop.exceptionNow(), loop.exceptionNow());
                    }
                    if (System.nanoTime() - deadline > 0) {
                        fail("no reply within " + patience + " s: is the server still reading, or did it not flush?");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("the connection failed", e);
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** {@code +PONG\r\n} as a person reads it in a failure message. */
    static String shown(String raw) {
        return raw.replace("\r", "\\r").replace("\n", "\\n");
    }

    static String command(String... words) {
        var text = new StringBuilder("*" + words.length + "\r\n");
        for (var word : words) {
            text.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n")
                    .append(word).append("\r\n");
        }
        return text.toString();
    }
}
