package sockets.loadgen;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The bench's yardstick for Java, not a design of the book: the least a selector echo server
 * does with the JDK's NIO. Bytes go back as they came, with no lines, no limits, no log and
 * no sweep for idle clients, nothing a chapter's server owes its clients. Chapter 13's server
 * against it is what the chapter's lines, limits and clarity cost; it against the C epoll
 * server is what the JDK's selector and channels cost. Usage: NioByteEcho PORT (0 lets the
 * kernel pick); it listens on 127.0.0.1 and prints "listening on 127.0.0.1:PORT".
 */
final class NioByteEcho {

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        try (var selector = Selector.open(); var listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
            var address = (InetSocketAddress) listener.getLocalAddress();
            System.out.println("listening on " + address.getAddress().getHostAddress() + ":" + address.getPort());
            while (true) {
                selector.select(key -> handle(selector, key));
            }
        }
    }

    private static void handle(Selector selector, SelectionKey key) {
        try {
            if (key.isAcceptable()) {
                SocketChannel client;
                while ((client = ((ServerSocketChannel) key.channel()).accept()) != null) {
                    client.configureBlocking(false);
                    client.register(selector, SelectionKey.OP_READ, ByteBuffer.allocateDirect(4096));
                }
                return;
            }
            var channel = (SocketChannel) key.channel();
            var buffer = (ByteBuffer) key.attachment();
            if (key.isReadable() && channel.read(buffer) < 0) {
                channel.close();
                return;
            }
            channel.write(buffer.flip());
            buffer.compact();
            // Bytes the kernel did not take: stop reading until it has taken them.
            key.interestOps(buffer.position() > 0 ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        } catch (IOException e) {
            try (var channel = key.channel()) {
                key.cancel();
            } catch (IOException ignored) {
                // the descriptor is released even so
            }
        }
    }
}
