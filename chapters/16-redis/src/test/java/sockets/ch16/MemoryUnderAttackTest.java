package sockets.ch16;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import sockets.testkit.JavaProgram;
import sockets.testkit.Peer;
import sockets.testkit.RunningProgram;

/**
 * The server program in its own JVM with a small heap, which dies at the first
 * OutOfMemoryError: clients that cost the server memory they have not paid for in bytes
 * sent would kill it. Each test then checks that a well-behaved client is still served.
 */
@Timeout(120)
class MemoryUnderAttackTest {

    private static final List<String> SMALL_HEAP = List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError");

    private static RunningProgram start(Options.Design design) {
        return JavaProgram.startWithJvmOptions(SMALL_HEAP, RedisServer.class,
                "--port", "0", "--design", design.name().toLowerCase(Locale.ROOT));
    }

    private static RespClient client(InetSocketAddress address) throws Exception {
        var socket = new Socket();
        socket.connect(address, 5000);
        socket.setSoTimeout(10_000);
        return new RespClient(socket);
    }

    private static void assertServed(RunningProgram server, InetSocketAddress address) throws Exception {
        try (var client = client(address)) {
            assertEquals("OK", client.call("SET", "greeting", "hello"));
            assertEquals("\"hello\"", client.call("GET", "greeting"), "a well-behaved client is served");
        }
        assertTrue(server.isStillRunningAfter(Duration.ZERO), "the server is alive");
        assertTrue(server.stderrSoFar().stream().noneMatch(line -> line.contains("OutOfMemoryError")),
                String.join("\n", server.stderrSoFar()));
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void clients_that_announce_large_bulks_and_send_nothing_more_cost_what_they_sent(Options.Design design)
            throws Exception {
        // 150 clients, 16 bytes each, announce 512 KiB each: 75 MiB if the server believed them.
        try (var server = start(design)) {
            var address = server.awaitListening();
            var announcers = new ArrayList<Peer>();
            try {
                for (int i = 0; i < 150; i++) {
                    var peer = Peer.connect(address);
                    announcers.add(peer);
                    peer.send("*2\r\n$4\r\nECHO\r\n$524288\r\nx");
                }
                for (int i = 0; i < 3; i++) {
                    assertServed(server, address);
                }
            } finally {
                announcers.forEach(Peer::close);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Options.Design.class)
    void clients_that_send_keys_and_never_read_are_closed_and_memory_stays_flat(Options.Design design)
            throws Exception {
        // 100 keys of 100 KB: a KEYS * reply of 10 MB; eight clients that never read it would
        // hold 80 MB of replies in a 64 MB heap. Redis's answer, client-output-buffer-limit: close them.
        try (var server = start(design)) {
            var address = server.awaitListening();
            try (var setter = client(address)) {
                for (int i = 0; i < 100; i++) {
                    assertEquals("OK", setter.call("SET", String.format("%03d", i) + "k".repeat(100_000), "v"));
                }
            }
            var greedy = new ArrayList<Peer>();
            try {
                for (int i = 0; i < 8; i++) {
                    var peer = Peer.connect(address);
                    greedy.add(peer);
                    peer.send("*2\r\n$4\r\nKEYS\r\n$1\r\n*\r\n");
                }
                for (var peer : greedy) {
                    var port = ":" + peer.socket().getLocalPort() + ": ";
                    server.awaitLine(line -> line.contains(port) && line.contains("client-output-buffer-limit"),
                            Duration.ofSeconds(20));
                }
                assertServed(server, address);
                long most = Limits.DEFAULT.maxReplies();
                for (var peer : greedy) {
                    assertTrue(peer.readToEnd().length() <= most, "no more than the limit, then a close");
                }
            } finally {
                greedy.forEach(Peer::close);
            }
        }
    }
}
