package sockets.ch12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.net.BindException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.BackgroundServer.Wake;
import sockets.testkit.BackgroundServer;
import sockets.testkit.ServerLog;

/** The Unix domain socket echo's loop in the test's JVM, at a path in a fresh directory. */
@Timeout(20)
class UnixEchoServerTest {

    /** How long a test waits for the server to log a line. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final ServerLog serverLog = new ServerLog();

    /** Waits for the line that says how this client's conversation ended. */
    private String awaitEnding(String client) {
        return serverLog.awaitLine(line -> line.startsWith(client + ": ") && line.contains(" after "), PATIENCE);
    }

    /**
     * The Unix domain socket echo's loop on a thread of the test, at a path in a test's
     * directory; closing it closes the listener, then removes the socket file.
     */
    static BackgroundServer server(Path path, LineEcho.Limits limits, PrintStream log) throws Exception {
        var file = SocketFile.at(path);
        var listener = UnixEchoServer.listen(file, log);
        AutoCloseable closeThenRemove = () -> {
            try {
                listener.close();
            } finally {
                file.remove();
            }
        };
        return BackgroundServer.serve(closeThenRemove, listener.getLocalAddress(), Wake.CLOSING_IS_ENOUGH,
                closing -> UnixEchoServer.serve(listener, limits, log));
    }

    private BackgroundServer server(Path path, LineEcho.Limits limits) throws Exception {
        return server(path, limits, serverLog.stream());
    }

    private BackgroundServer server(Path path) throws Exception {
        return server(path, new LineEcho.Limits(64, Duration.ofSeconds(10)));
    }

    @TempDir
    Path directory;

    private Path socket() {
        return directory.resolve("echo.sock");
    }

    private static void assertEchoes(UnixPeer client, String line) {
        client.sendLine(line);
        assertEquals(line, client.readLine(), "the server sends the line back as it came");
    }

    @Test
    void it_echoes_lines_over_a_unix_domain_socket_until_the_client_half_closes() throws Exception {
        try (var server = server(socket()); var client = UnixPeer.connect(socket())) {
            assertEchoes(client, "hello, Unix");
            assertEchoes(client, "and again");
            client.shutdownOutput();
            assertTrue(client.isAtEndOfStream(), "after our end of stream the server closes its end");
            assertTrue(awaitEnding("client 1").endsWith("closed after 2 lines"), serverLog.toString());
        }
    }

    @Test
    void the_address_is_a_socket_file_and_a_client_has_no_name() throws Exception {
        try (var server = server(socket()); var client = UnixPeer.connect(socket())) {
            assertTrue(Files.exists(socket()), "bind(2) created the file");
            assertFalse(Files.isRegularFile(socket()), "it is a socket, not a regular file");
            assertEquals(UnixDomainSocketAddress.of(socket()), client.channel().getRemoteAddress());
            assertEquals("(unnamed)", AddressText.hostAndPort(client.channel().getLocalAddress()),
                    "a client socket is not bound to any path");
        }
    }

    @Test
    void the_server_learns_the_clients_user_from_the_kernel() throws Exception {
        try (var server = server(socket()); var client = UnixPeer.connect(socket())) {
            assertEchoes(client, "who am I?");
            var accepted = serverLog.awaitLine(line -> line.contains("client 1: accepted"), PATIENCE);
            assertTrue(accepted.contains("user " + System.getProperty("user.name")) || accepted.contains("unknown"),
                    "SO_PEERCRED names the user this test runs as: " + accepted);
        }
    }

    @Test
    void a_stale_socket_file_is_removed_before_bind() throws Exception {
        try (var crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            crashed.bind(UnixDomainSocketAddress.of(socket()));
        }
        assertTrue(Files.exists(socket()), "close(2) leaves the socket file behind");
        try (var server = server(socket()); var client = UnixPeer.connect(socket())) {
            assertTrue(serverLog.toString().startsWith("removed " + socket() + ", a stale socket file"), serverLog.toString());
            assertEchoes(client, "a fresh start");
        }
    }

    @Test
    void a_path_where_a_server_listens_is_in_use_and_left_alone() throws Exception {
        try (var server = server(socket())) {
            var quiet = new PrintStream(PrintStream.nullOutputStream());
            var inUse = assertThrows(BindException.class, () -> UnixEchoServer.listen(SocketFile.at(socket()), quiet));
            assertTrue(inUse.getMessage().contains("address already in use"), inUse.getMessage());
            try (var client = UnixPeer.connect(socket())) {
                assertEchoes(client, "the first server still serves");
            }
        }
    }

    @Test
    void a_path_that_is_not_a_socket_is_refused_and_left_alone() throws Exception {
        Files.writeString(socket(), "precious");
        var quiet = new PrintStream(PrintStream.nullOutputStream());
        var refused = assertThrows(Options.BadArgument.class, () -> UnixEchoServer.listen(SocketFile.at(socket()), quiet));
        assertEquals(socket() + " exists and is not a socket.", refused.getMessage());
        assertEquals("precious", Files.readString(socket()));
    }

    @Test
    void a_fifo_at_the_path_is_refused_and_left_alone() throws Exception {
        // connect(2) to a FIFO fails with ECONNREFUSED, as to a stale socket: only its type tells.
        var fifo = Fifo.make(socket());
        var quiet = new PrintStream(PrintStream.nullOutputStream());
        var refused = assertThrows(Options.BadArgument.class, () -> UnixEchoServer.listen(SocketFile.at(fifo), quiet));
        assertEquals(fifo + " exists and is not a socket.", refused.getMessage());
        assertTrue(Fifo.isFifo(fifo), "the FIFO is still there");
    }

    @Test
    void a_line_too_long_is_answered_with_an_error_and_the_connection_closed() throws Exception {
        try (var server = server(socket()); var client = UnixPeer.connect(socket())) {
            client.sendLine("x".repeat(LineReader.MAX_LINE + 1));
            assertEquals("error: a line may have at most 1024 bytes", client.readLine());
            assertTrue(client.isAtEndOfStream(), "the server closed the connection after the error");
        }
    }

    @Test
    void a_silent_client_is_dropped_after_the_servers_patience() throws Exception {
        var limits = new LineEcho.Limits(4, Duration.ofMillis(300));
        try (var server = server(socket(), limits); var silent = UnixPeer.connect(socket())) {
            assertTrue(silent.isAtEndOfStream(), "the server closes a client that sends nothing");
            assertTrue(awaitEnding("client 1").endsWith("it kept the server waiting 300 ms"), serverLog.toString());
        }
    }

    @Test
    void clients_that_leave_mid_line_or_send_garbage_do_not_stop_the_server() throws Exception {
        try (var server = server(socket(), new LineEcho.Limits(2, Duration.ofSeconds(5)))) {
            for (int n = 1; n <= 60; n += 2) {
                try (var rude = UnixPeer.connect(socket())) {
                    switch (n % 3) {
                        case 0 -> rude.send("half a li");
                        case 1 -> rude.send("\u0000\u00ff garbage\n".repeat(200));
                        default -> rude.send("z".repeat(5000));
                    }
                }
                // Its session ends and frees its place: the next client is served.
                awaitEnding("client " + n);
                try (var polite = UnixPeer.connect(socket())) {
                    assertEchoes(polite, "still here " + n);
                }
                awaitEnding("client " + (n + 1));
            }
        }
    }
}
