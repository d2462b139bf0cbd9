package sockets.ch12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.JavaProgram;
import sockets.testkit.Platform;
import sockets.testkit.Programs;
import sockets.testkit.Transcript;

/** The chapter's programs in child JVMs, as a student runs them, against the book's transcripts. */
@Timeout(40)
class ProgramsTest {

    /**
     * What honestly differs between runs and machines: the temporary directory (/tmp on Linux,
     * /var/folders/... on macOS, %TEMP% on Windows), the user, and what only Linux shows: the
     * kernel's table /proc/net/tcp6 (elsewhere the demo says it is not there) and SO_PEERCRED.
     */
    private static Transcript load(String name) {
        var transcript = Transcript.load(name)
                .normalising("\\S*[/\\\\]ch12-\\d+[/\\\\]", "/tmp/ch12-N/")
                .normalising("user \\S+, group \\S+|its user unknown \\(no SO_PEERCRED here\\)", "user U, group G");
        return Platform.isLinux() ? transcript
                : transcript.normalising("(?m)^  in /proc/net/tcp6: .*$", "  in /proc/net/tcp6: (Linux only)");
    }

    @TempDir
    Path directory;

    @Test
    void the_demo_prints_what_the_book_shows_and_stops_by_itself() {
        assumeTrue(Loopback.hasIpv6(), "this machine has no ::1");
        var result = load("demo.txt").verify();
        assertEquals(0, result.exitCode(), result::toString);
    }

    @Test
    void the_demo_leaves_no_socket_file_behind() {
        var result = JavaProgram.run(LocalSocketsDemo.class);
        var listening = result.stdoutLines().stream().filter(l -> l.startsWith("listening on /")).findFirst();
        assumeTrue(listening.isPresent(), "the demo needs ::1 to get that far\n" + result);
        var socket = Path.of(listening.get().substring("listening on ".length()));
        assertFalse(Files.exists(socket), "the socket file is gone");
        assertFalse(Files.exists(socket.getParent()), "and so is the directory made for it");
    }

    @Test
    void an_ipv6_server_and_client_and_a_refused_ipv4_client_print_what_the_book_shows() {
        assumeTrue(Loopback.hasIpv6(), "this machine has no ::1");
        var programs = Programs.ofThisChapter();
        try (var server = JavaProgram.start(DualStackEchoServer.class, "--host", "::1")) {
            var port = server.awaitListening().getPort();
            var client = load("client-ipv6.txt");
            var echoed = JavaProgram.runMerged(EchoClient.class, replacing(client.arguments(programs), "--port", port));
            assertEquals(0, echoed.exitCode(), echoed::toString);
            client.assertMatches(echoed.stdout());

            var refused = load("refused.txt");
            var result = JavaProgram.run(EchoClient.class, replacing(refused.arguments(programs), "--port", port));
            result.assertUserError();
            refused.assertMatches(result.stderr());

            server.awaitLine(line -> line.contains(" closed after "), Duration.ofSeconds(10));
            load("server-ipv6.txt").assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }

    @Test
    void a_unix_server_and_client_print_what_the_book_shows() {
        var programs = Programs.ofThisChapter();
        try (var server = JavaProgram.start(UnixEchoServer.class)) {
            var listening = server.awaitLine("listening on ");
            var path = listening.substring("listening on ".length());
            var client = load("unix-client.txt");
            var result = JavaProgram.runMerged(UnixEchoClient.class,
                    replacing(client.arguments(programs), "--path", path));
            assertEquals(0, result.exitCode(), result::toString);
            client.assertMatches(result.stdout());
            server.awaitLine(line -> line.contains(" closed after "), Duration.ofSeconds(10));
            load("unix-server.txt").assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }

    @Test
    void a_stale_socket_file_is_removed_as_the_book_shows() throws Exception {
        var socket = directory.resolve("echo.sock");
        try (var crashed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            crashed.bind(UnixDomainSocketAddress.of(socket));
        }
        try (var server = JavaProgram.start(UnixEchoServer.class, "--path", socket.toString())) {
            server.awaitLine("listening on ");
            var shown = String.join("\n", server.stdoutSoFar()).replace(socket.toString(), "/tmp/echo.sock");
            load("stale.txt").assertMatches(shown);
        }
    }

    @Test
    void the_socket_file_and_its_directory_are_removed_when_the_server_is_stopped() {
        Path socket;
        try (var server = JavaProgram.startStoppable(UnixEchoServer.class)) {
            socket = Path.of(server.awaitLine("listening on ").substring("listening on ".length()));
            assertTrue(Files.exists(socket), "bind(2) made the file");
            server.interrupt();
            server.awaitExit(Duration.ofSeconds(10));
        }
        assertFalse(Files.exists(socket), "the shutdown hook unlinks the socket file when the server is stopped");
        assertFalse(Files.exists(socket.getParent()), "and removes the directory it made");
    }

    @Test
    void a_path_longer_than_sun_path_is_one_sentence() {
        var tooLong = directory.resolve("s".repeat(120) + ".sock").toString();
        var result = JavaProgram.run(UnixEchoServer.class, "--path", tooLong);
        result.assertUserError();
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("at most") || result.stderr().contains("107"), result::toString);
    }

    @Test
    void a_path_in_a_directory_that_does_not_exist_is_one_sentence() {
        var nowhere = directory.resolve("missing").resolve("echo.sock");
        var result = JavaProgram.run(UnixEchoServer.class, "--path", nowhere.toString());
        result.assertUserError();
        assertEquals("the directory " + nowhere.getParent() + " does not exist.", result.stderr().strip());
    }

    @Test
    void a_fifo_at_the_path_is_one_sentence_and_survives() throws Exception {
        var fifo = Fifo.make(directory.resolve("echo.sock"));
        var result = JavaProgram.run(UnixEchoServer.class, "--path", fifo.toString());
        result.assertUserError();
        assertEquals(2, result.exitCode());
        assertEquals(fifo + " exists and is not a socket.", result.stderr().strip());
        assertTrue(Fifo.isFifo(fifo), "the FIFO is still there");
    }

    @Test
    void a_regular_file_at_the_path_is_one_sentence_and_survives() throws Exception {
        var file = Files.writeString(directory.resolve("echo.sock"), "precious");
        var result = JavaProgram.run(UnixEchoServer.class, "--path", file.toString());
        result.assertUserError();
        assertEquals(2, result.exitCode());
        assertEquals(file + " exists and is not a socket.", result.stderr().strip());
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void a_path_where_a_server_listens_is_one_sentence_and_the_server_keeps_its_file() throws Exception {
        var socket = directory.resolve("echo.sock");
        try (var first = UnixEchoServerTest.server(socket, new LineEcho.Limits(64, Duration.ofSeconds(10)),
                new PrintStream(PrintStream.nullOutputStream()))) {
            var result = JavaProgram.run(UnixEchoServer.class, "--path", socket.toString());
            result.assertUserError();
            assertTrue(result.stderr().contains("in use"), result::toString);
            try (var client = UnixPeer.connect(socket)) {
                client.sendLine("still mine");
                assertEquals("still mine", client.readLine());
            }
        }
    }

    @Test
    void a_unix_client_of_a_missing_socket_file_is_one_sentence() {
        var result = JavaProgram.run(UnixEchoClient.class, "--path", directory.resolve("none.sock").toString(), "hi");
        result.assertUserError();
        assertEquals(1, result.exitCode());
        assertTrue(result.stderr().contains("no such file"), result::toString);
    }

    /** The transcript's arguments with the value after the flag replaced by this run's. */
    private static String[] replacing(List<String> arguments, String flag, Object value) {
        var args = new ArrayList<>(arguments);
        args.set(args.indexOf(flag) + 1, String.valueOf(value));
        return args.toArray(String[]::new);
    }
}
