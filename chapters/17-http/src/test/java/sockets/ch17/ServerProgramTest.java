package sockets.ch17;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.ProcessUsage;
import sockets.testkit.Transcript;

/** The server as a student runs it, in a JVM of its own. */
@Timeout(40)
class ServerProgramTest {

    @Test
    void the_server_prints_what_the_book_shows() {
        var transcript = Transcript.load("server.txt");
        try (var server = JavaProgram.start(HttpServer.class, transcript.argumentsWithPort(0))) {
            server.awaitListening();
            transcript.assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }

    @Test
    void no_socket_is_left_after_a_hundred_hostile_clients() throws IOException {
        try (var server = JavaProgram.start(HttpServer.class, "--header-timeout", "300", "--idle-timeout", "300")) {
            var address = server.awaitListening();
            ProcessUsage.of(server.pid());                    // Linux only, with the rule's sentence
            probe(address);
            long before = sockets(server.pid());
            for (int i = 0; i < 100; i++) {
                try (var client = RawClient.connect(address)) {
                    switch (i % 4) {
                        case 0 -> client.send("\u0000garbage\r\n");
                        case 1 -> client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ");   // then gone
                        case 2 -> client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\nhalf");
                        default -> client.socket().setSoLinger(true, 0);                  // a reset
                    }
                }
            }
            // Each probe is accepted after the hundred were: their threads are under way, and
            // on a busy machine some are still closing. Probe until they have, for at most 20 s.
            long after = sockets(server.pid());
            long end = System.nanoTime() + 20_000_000_000L;
            while (after != before && System.nanoTime() - end < 0) {
                probe(address);
                after = sockets(server.pid());
            }
            assertEquals(before, after, "sockets of the server before and after a hundred hostile clients");
        }
    }

    /**
     * The descriptors of the process that are sockets: the JVM opens others once, when it first
     * needs them (the epoll descriptors of the pollers its virtual threads wait on).
     */
    private static long sockets(long pid) throws IOException {
        try (var fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException closedMeanwhile) {
                    return false;
                }
            }).count();
        }
    }

    /** One request and its response on a connection of its own, closed by the client. */
    private static void probe(InetSocketAddress address) throws IOException {
        try (var client = RawClient.connect(address)) {
            assertEquals(200, client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").read().status());
        }
    }
}
