package sockets.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The test's end of a TCP connection. It records every byte both ways (see {@link WireLog}),
 * never blocks forever (connect and read timeouts), and can break the byte stream on purpose:
 * one byte per write, several messages in one write, a pause, a half-close, a reset. A server
 * whose framing survives a Peer's faults has read loops that are proven, not assumed.
 */
public final class Peer implements AutoCloseable {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final WireLog wire;

    private Peer(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
        // Each write becomes its own segment, so "one byte per write" really reaches the
        // other side as separate reads instead of being coalesced by Nagle's algorithm.
        socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.wire = new WireLog(socket.getLocalPort() + " -> " + socket.getPort());
    }

    /** Connects to a port on 127.0.0.1. */
    public static Peer connect(int port) {
        return connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    public static Peer connect(SocketAddress address) {
        var socket = new Socket();
        try {
            socket.connect(address, (int) CONNECT_TIMEOUT.toMillis());
            return new Peer(socket);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new UncheckedIOException("could not connect to " + address, e);
        }
    }

    /** Wraps a socket the test accepted itself (when the code under test is the client). */
    public static Peer of(Socket accepted) {
        try {
            return new Peer(accepted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Socket socket() {
        return socket;
    }

    public WireLog wire() {
        return wire;
    }

    public void send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            wire.record(WireLog.Direction.SENT_BY_TEST, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("could not send " + bytes.length + " bytes", e);
        }
    }

    public void send(String text) {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    public void sendLine(String line) {
        send(line + "\n");
    }

    /** One write per byte: the receiver's reads see the message in pieces. */
    public void sendOneByteAtATime(String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            send(new byte[] {b});
        }
    }

    /** Each piece written separately, with a pause between them. */
    public void sendWithPauses(Duration pause, String... pieces) {
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                LockSupport.parkNanos(pause.toNanos());
            }
            send(pieces[i]);
        }
    }

    /** Several messages in one write: the receiver may get them in a single read. */
    public void sendMerged(String... messages) {
        send(String.join("", messages));
    }

    /** Reads one line (without its newline), or null at end of stream. */
    public String readLine() {
        var line = new ByteArrayOutputStream();
        while (true) {
            int b = readByte();
            if (b == -1) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (b == '\n') {
                var text = line.toString(StandardCharsets.UTF_8);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
    }

    /** Reads exactly n bytes; fails if the stream ends first. */
    public byte[] readExactly(int n) {
        try {
            var bytes = in.readNBytes(n);
            wire.record(WireLog.Direction.RECEIVED_BY_TEST, bytes, 0, bytes.length);
            if (bytes.length < n) {
                throw new IOException("stream ended after " + bytes.length + " of " + n + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads until the other side closes and returns all of it as text. */
    public String readToEnd() {
        try {
            var bytes = in.readAllBytes();
            wire.record(WireLog.Direction.RECEIVED_BY_TEST, bytes, 0, bytes.length);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the other side has closed its sending half (read returns -1). */
    public boolean isAtEndOfStream() {
        return readByte() == -1;
    }

    private int readByte() {
        try {
            int b = in.read();
            if (b != -1) {
                wire.record(WireLog.Direction.RECEIVED_BY_TEST, new byte[] {(byte) b}, 0, 1);
            }
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Half-close: sends FIN (shutdown(SHUT_WR)); the test can still read the reply. */
    public void shutdownOutput() {
        try {
            socket.shutdownOutput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Aborts the connection: SO_LINGER 0 makes close() send RST instead of FIN. */
    public void reset() {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException ignored) {
            // already closed: nothing to reset
        }
        close();
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is best effort in a test's cleanup
        }
    }
}
