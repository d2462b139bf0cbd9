package sockets.ch14;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.Peer;

/**
 * The server under {@code strace -f}: each C call of the program is one system call, in the
 * order the chapter shows. Skipped where strace is missing or may not trace (no ptrace).
 */
@Timeout(40)
class StraceTest {

    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    @BeforeAll
    static void onLinuxOnly() {
        LinuxLibc.require();
    }

    @Test
    void socket_bind_listen_getsockname_accept_write_read_close_in_that_order(@TempDir Path dir)
            throws Exception {
        assumeTrue(straceCanTrace(), "strace is not installed or may not trace here");
        var log = dir.resolve("server.strace");
        var java = ProcessHandle.current().info().command().orElseThrow();
        var strace = new ProcessBuilder("strace", "-f", "-qq", "-o", log.toString(),
                "-e", "trace=socket,setsockopt,bind,listen,getsockname,accept,accept4,write,read,close,fcntl",
                java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
                "-cp", Path.of("target", "classes").toString(), NativeGreetingServer.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new BufferedReader(new InputStreamReader(strace.getInputStream(), StandardCharsets.UTF_8))) {
            var matcher = LISTENING.matcher(String.valueOf(out.readLine()));
            assertTrue(matcher.find(), "the server under strace printed its listening line");
            try (var client = Peer.connect(Integer.parseInt(matcher.group(1)))) {
                client.readLine();
                client.shutdownOutput();
                assertTrue(client.isAtEndOfStream(), "the server closed its end");
            }
        } finally {
            // Stop the JVM, not strace: strace would let go of it and leave it running.
            strace.descendants().forEach(ProcessHandle::destroy);
            strace.waitFor(20, TimeUnit.SECONDS);
        }
        // strace pads its lines before " = result": take the padding out.
        var calls = Files.readAllLines(log).stream().map(line -> line.replaceAll("\\s+= ", " = ")).toList();
        var socket = find(calls, "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = ", 0, true);
        var fd = calls.get(socket).replaceAll(".*= (\\d+)$", "$1");
        var reuse = find(calls, "setsockopt(" + fd + ", SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0", socket, false);
        var bind = find(calls, "bind(" + fd + ", {sa_family=AF_INET, sin_port=htons(0), "
                + "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0", reuse, false);
        var listen = find(calls, "listen(" + fd + ", 50) = 0", bind, false);
        var name = find(calls, "getsockname(" + fd + ", {sa_family=AF_INET", listen, false);
        // glibc may make accept(2) the accept4 system call, with flags 0.
        var accept = find(calls, "accept" + (has(calls, "accept4(" + fd + ", ") ? "4(" : "(") + fd + ", ",
                name, false);
        var greeting = find(calls, ", \"hello 127.0.0.1:", accept, false);
        var connection = calls.get(greeting).replaceAll("^\\d+ +write\\((\\d+),.*", "$1");
        var timeout = find(calls, "setsockopt(" + connection + ", SOL_SOCKET, SO_RCVTIMEO", greeting, false);
        var read = find(calls, "read(" + connection + ", ", timeout, false);
        var close = find(calls, "close(" + connection + ") = 0", read, false);
        assertEquals(List.of(), calls.subList(accept, close).stream()
                .filter(line -> line.contains("fcntl(" + connection + ", F_SETFL")).toList(),
                "a blocking read with SO_RCVTIMEO: no O_NONBLOCK and poll(2), as java.net does");
    }

    /** The index of the first (or last) line from {@code from} on that contains the text. */
    private static int find(List<String> calls, String text, int from, boolean last) {
        int found = -1;
        for (int i = from; i < calls.size(); i++) {
            if (calls.get(i).contains(text)) {
                found = i;
                if (!last) {
                    break;
                }
            }
        }
        assertTrue(found >= 0, "strace shows '" + text + "' after line " + from + ":\n" + String.join("\n", calls));
        return found;
    }

    private static boolean has(List<String> calls, String text) {
        return calls.stream().anyMatch(line -> line.contains(text));
    }

    private static boolean straceCanTrace() {
        try {
            var probe = new ProcessBuilder("strace", "-qq", "-e", "trace=none", "true")
                    .redirectErrorStream(true).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException notThere) {
            return false;
        }
    }
}
