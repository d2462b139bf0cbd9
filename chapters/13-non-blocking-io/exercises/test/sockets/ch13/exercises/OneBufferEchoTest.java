package sockets.ch13.exercises;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class OneBufferEchoTest {

    /**
     * The event loop your class plugs into: one thread, one selector, non-blocking channels on
     * 127.0.0.1, a {@code OneBufferEcho} of 4 KiB attached to each client's key. After each
     * call it looks at the interest set you left.
     */
    static final class Loop implements AutoCloseable {
        final ServerSocketChannel listener = ServerSocketChannel.open();
        final Selector selector = Selector.open();
        final AtomicReference<SelectionKey> client = new AtomicReference<>();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final CountDownLatch askedForWrite = new CountDownLatch(1);
        final AtomicBoolean readWhileWriting = new AtomicBoolean();
        private volatile boolean running = true;
        private final Thread thread;

        Loop() throws IOException {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
            thread = Thread.ofPlatform().daemon().name("event-loop").start(this::run);
        }

        int port() throws IOException {
            return ((InetSocketAddress) listener.getLocalAddress()).getPort();
        }

        private void run() {
            try {
                while (running) {
                    selector.select(1000);
                    for (var key : new ArrayList<>(selector.selectedKeys())) {
                        selector.selectedKeys().remove(key);
                        if (key.isAcceptable()) {
                            var channel = listener.accept();
                            if (channel != null) {
                                channel.configureBlocking(false);
                                client.set(channel.register(selector, SelectionKey.OP_READ, new OneBufferEcho(4096)));
                            }
                            continue;
                        }
                        var echo = (OneBufferEcho) key.attachment();
                        if (key.isReadable()) {
                            echo.onReadable(key);
                        }
                        if (key.isValid() && key.isWritable()) {
                            echo.onWritable(key);
                        }
                        if (key.isValid() && (key.interestOps() & SelectionKey.OP_WRITE) != 0) {
                            readWhileWriting.compareAndSet(false, (key.interestOps() & SelectionKey.OP_READ) != 0);
                            askedForWrite.countDown();
                        }
                    }
                }
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                for (var key : selector.keys()) {
                    closeQuietly(key.channel());
                }
                closeQuietly(selector);
            }
        }

        /** Fails the test with what your code threw on the loop's thread, if it threw. */
        void rethrow() {
            if (failure.get() != null) {
                throw new AssertionError("your OneBufferEcho threw " + failure.get(), failure.get());
            }
        }

        /** Waits until a call of yours leaves OP_WRITE on: a write could not take every byte. */
        void awaitWriteInterest() throws InterruptedException {
            boolean asked = askedForWrite.await(3, TimeUnit.SECONDS);
            rethrow();
            assertTrue(asked, "the client has not read for a while, so the kernel took only part of a write:"
                    + " ask the selector to say when the socket is writable again (OP_WRITE)");
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            selector.wakeup();
            thread.join(5000);
        }

        private static void closeQuietly(AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // the test is over
            }
        }
    }

    private static Socket connect(Loop loop) throws IOException {
        var socket = new Socket();
        // A small receive buffer, set before connect: echoes the client does not read soon fill it.
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), loop.port()), 5000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static String echoOf(Loop loop, Socket client, String text) throws IOException {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        client.getOutputStream().write(bytes);
        var echo = client.getInputStream().readNBytes(bytes.length);
        loop.rethrow();
        return new String(echo, StandardCharsets.UTF_8);
    }

    /** 16 MiB of numbered lines: more than the kernel's buffers of a connection hold. */
    private static byte[] flood() {
        var bytes = new byte[16 << 20];
        for (int i = 0; i < bytes.length / 1024; i++) {
            var number = "%07d".formatted(i).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(number, 0, bytes, i * 1024, number.length);
            Arrays.fill(bytes, i * 1024 + number.length, (i + 1) * 1024 - 1, (byte) 'x');
            bytes[(i + 1) * 1024 - 1] = '\n';
        }
        return bytes;
    }

    /** Sends on a thread of its own, as a client that does not read yet would. */
    private static Thread send(Socket client, byte[] bytes) {
        return Thread.ofPlatform().daemon().start(() -> {
            try {
                client.getOutputStream().write(bytes);
            } catch (IOException closedByTheTest) {
                // the test is over
            }
        });
    }

    @Test
    void every_byte_comes_back() throws Exception {
        try (var loop = new Loop(); var client = connect(loop)) {
            assertEquals("hello\n", echoOf(loop, client, "hello\n"));
            assertEquals("world\n", echoOf(loop, client, "world\n"), "the next bytes, after the first echo");
        }
    }

    @Test
    void with_nothing_to_write_the_key_asks_only_for_reading() throws Exception {
        try (var loop = new Loop(); var client = connect(loop)) {
            echoOf(loop, client, "one\n");
            // After this echo, the call that sent the first one is over.
            echoOf(loop, client, "two\n");
            assertEquals(SelectionKey.OP_READ, loop.client.get().interestOps(),
                    "everything written: a socket with room to write is always writable, so OP_WRITE"
                            + " now would wake the loop on every turn for nothing");
        }
    }

    @Test
    void while_bytes_wait_to_be_written_the_connection_is_not_read() throws Exception {
        try (var loop = new Loop(); var client = connect(loop)) {
            send(client, flood());
            loop.awaitWriteInterest();
            assertFalse(loop.readWhileWriting.get(), "a key asked for OP_READ and OP_WRITE at once: while"
                    + " echoes wait, reading more would have nowhere to go; let the client wait (backpressure)");
        }
    }

    @Test
    void a_client_that_reads_late_gets_every_byte_back_in_order() throws Exception {
        try (var loop = new Loop(); var client = connect(loop)) {
            var bytes = flood();
            var sender = send(client, bytes);
            loop.awaitWriteInterest();
            var echoes = client.getInputStream().readNBytes(bytes.length);
            loop.rethrow();
            assertEquals(bytes.length, echoes.length, "bytes echoed");
            assertArrayEquals(bytes, echoes, "16 MiB of numbered lines, each back once and in order");
            sender.join(5000);
            assertFalse(sender.isAlive(), "the client could send all its bytes once it read its echoes");
        }
    }

    @Test
    void once_everything_is_out_the_connection_is_read_again() throws Exception {
        try (var loop = new Loop(); var client = connect(loop)) {
            var bytes = flood();
            send(client, bytes);
            loop.awaitWriteInterest();
            client.getInputStream().readNBytes(bytes.length);
            assertEquals("after the flood\n", echoOf(loop, client, "after the flood\n"),
                    "bytes sent once the client has taken every echo: read again, and echo them");
        }
    }

    @Test
    void at_end_of_stream_the_client_gets_its_echoes_then_the_servers_fin() throws Exception {
        try (var loop = new Loop(); var client = connect(loop)) {
            client.getOutputStream().write("bye\n".getBytes(StandardCharsets.UTF_8));
            client.shutdownOutput();
            client.setSoTimeout(3_000);
            var all = new byte[0];
            try {
                all = client.getInputStream().readAllBytes();
            } catch (SocketTimeoutException e) {
                loop.rethrow();
                fail("3 s after the client's FIN, no FIN back: read returns -1 once the client's FIN is here (0 only"
                        + " means nothing now); close the channel then, and the client reads end of stream");
            }
            loop.rethrow();
            assertEquals("bye\n", new String(all, StandardCharsets.UTF_8),
                    "read returns -1 once the client's FIN is here: close the channel, and the client reads end of stream");
        }
    }
}
