package sockets.ch16;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The same commands to a real redis-server (Debian's, 7.0 on Debian 12) and to this server,
 * reply for reply: what RedisSevenOptionsTest holds as Redis's answers, asked of Redis itself.
 * Skips with one sentence where redis-server is not installed.
 */
@Timeout(60)
class SameAsRedisTest {

    private static final List<String[]> SESSION = List.of(
            new String[] {"SET", "k", "v", "EX", "100"}, new String[] {"SET", "k", "v2", "KEEPTTL"},
            new String[] {"TTL", "k"}, new String[] {"SET", "k", "v3", "KEEPTTL", "EX", "5"},
            new String[] {"SET", "k", "v4", "GET"}, new String[] {"SET", "none", "v", "GET"},
            new String[] {"SET", "k", "v5", "NX", "GET"}, new String[] {"SET", "k2", "v", "NX", "GET"},
            new String[] {"SET", "k", "v", "XX", "GET", "NX"}, new String[] {"SET", "p", "v", "EXAT", "1"},
            new String[] {"GET", "p"}, new String[] {"SET", "k", "v", "EXAT", "0"},
            new String[] {"SET", "k", "v", "PXAT", "-1"}, new String[] {"SET", "k", "v", "EX", "1", "EXAT", "5"},
            new String[] {"SET", "k", "v", "EXAT", "abc"}, new String[] {"SET", "k", "v", "GET", "EX", "0"},
            new String[] {"SET", "k", "v", "PXAT", "9223372036854775807"}, new String[] {"SET", "k", "v", "GET", "GET"},
            new String[] {"SET", "a", "1"}, new String[] {"EXPIRE", "a", "100", "XX"},
            new String[] {"EXPIRE", "a", "100", "GT"}, new String[] {"EXPIRE", "a", "100", "NX"},
            new String[] {"EXPIRE", "a", "200", "nx"}, new String[] {"EXPIRE", "a", "50", "GT"},
            new String[] {"EXPIRE", "a", "300", "GT"}, new String[] {"EXPIRE", "a", "400", "LT"},
            new String[] {"EXPIRE", "a", "350", "XX", "LT"}, new String[] {"TTL", "a"},
            new String[] {"EXPIRE", "a", "1", "NX", "XX"}, new String[] {"EXPIRE", "a", "1", "GT", "LT"},
            new String[] {"EXPIRE", "a", "abc", "foo"}, new String[] {"EXPIRE", "a", "abc", "NX"},
            new String[] {"EXPIRE", "a", "-5", "GT"}, new String[] {"EXPIRE", "a", "-5", "LT"},
            new String[] {"EXISTS", "a"}, new String[] {"EXPIRE", "missing", "10", "NX"},
            new String[] {"SETEX", "s", "100", "v"}, new String[] {"TTL", "s"}, new String[] {"SETEX", "s", "0", "v"},
            new String[] {"SETEX", "s", "abc", "v"}, new String[] {"PSETEX", "s", "-1", "v"},
            new String[] {"SETEX", "s", "9223372036854775807", "v"}, new String[] {"SETEX", "s", "10"});

    @Test
    void redis_7_options_get_the_replies_a_real_redis_server_gives() throws Exception {
        RedisTools.require("redis-server");
        int port;
        try (var free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();                 // free now; redis-server binds it next
        }
        var redis = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true).start();
        try (var server = RunningServer.start(Options.Design.VIRTUAL)) {
            awaitReady(redis);
            try (var real = new RespClient(new Socket(InetAddress.getLoopbackAddress(), port));
                    var ours = server.client()) {
                assertEquals(replies(real), replies(ours));
            }
        } finally {
            redis.destroy();
            redis.waitFor();
        }
    }

    private static List<String> replies(RespClient client) throws IOException {
        var replies = new ArrayList<String>();
        for (var command : SESSION) {
            replies.add(String.join(" ", command) + " -> " + client.call(command));
        }
        return replies;
    }

    /** Waits for redis-server's own word that it accepts connections (its log, on stdout). */
    private static void awaitReady(Process redis) throws IOException {
        var log = new BufferedReader(new InputStreamReader(redis.getInputStream(), StandardCharsets.UTF_8));
        var seen = new StringBuilder();
        for (var line = log.readLine(); line != null; line = log.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("Ready to accept connections")) {
                Thread.ofVirtual().start(() -> drain(log));   // keep its pipe from filling
                return;
            }
        }
        throw new AssertionError("redis-server ended before it was ready:\n" + seen);
    }

    private static void drain(BufferedReader log) {
        try {
            while (log.readLine() != null) {
                // redis-server's log after start: not needed
            }
        } catch (IOException ended) {
            // the process was stopped
        }
    }
}
