package sockets.ch12;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The test's end of a Unix domain socket connection: Peer's Unix cousin, lines only. */
final class UnixPeer implements AutoCloseable {

    private final SocketChannel channel;
    private final InputStream in;
    private final OutputStream out;

    private UnixPeer(SocketChannel channel) {
        this.channel = channel;
        this.in = Channels.newInputStream(channel);
        this.out = Channels.newOutputStream(channel);
    }

    static UnixPeer connect(Path path) {
        try {
            var channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(path));
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return new UnixPeer(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("could not connect to " + path, e);
        }
    }

    SocketChannel channel() {
        return channel;
    }

    void send(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void sendLine(String line) {
        send(line + "\n");
    }

    /** One line without its \n, or null at end of stream. */
    String readLine() {
        try {
            var line = LineReader.readLine(in);
            return line == null ? null : new String(line, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAtEndOfStream() {
        try {
            return in.read() == -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void shutdownOutput() {
        try {
            channel.shutdownOutput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing is best effort in a test's cleanup
        }
    }
}
