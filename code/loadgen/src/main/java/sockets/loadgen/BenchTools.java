package sockets.loadgen;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the benches need around the servers they start ({@link RedisBench}, {@link HttpBench}):
 * a program to run, a free port, readiness, CPU time.
 */
final class BenchTools {

    /**
     * Folders a user's PATH may leave out that hold servers: Debian puts nginx in /usr/sbin, which
     * only root's PATH has; nginx built from its source goes to /usr/local/nginx/sbin.
     */
    static final List<String> SERVER_FOLDERS = List.of("/usr/sbin", "/sbin", "/usr/local/sbin",
            "/usr/local/nginx/sbin");

    private BenchTools() {
    }

    /**
     * CPU time the process has used, in ticks (USER_HZ, 100 a second), from /proc (Linux):
     * {user, system}, or {-1, -1}.
     */
    static long[] cpuTicks(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // After the command name in parentheses: field 14 is utime, 15 stime.
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12])};
        } catch (IOException | RuntimeException noProc) {
            return new long[] {-1, -1};
        }
    }

    static int freePort() throws IOException {
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    static void awaitConnect(int port, Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            try (var probe = new Socket()) {
                probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > end) {
                    throw new IOException("the server did not listen on port " + port + " within " + limit);
                }
                Thread.sleep(50);
            }
        }
    }

    static boolean onPath(String tool) {
        return find(tool, System.getenv().getOrDefault("PATH", ""), List.of()).isPresent();
    }

    /** The program {@code tool} in the first folder of {@code path} (':'-separated), then of {@code more}, that has it. */
    static Optional<Path> find(String tool, String path, List<String> more) {
        return Stream.concat(Stream.of(path.split(File.pathSeparator)), more.stream())
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, tool))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
