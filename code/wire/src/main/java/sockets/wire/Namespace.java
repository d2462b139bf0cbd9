package sockets.wire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private user and network namespace, {@code unshare -rn}: the command runs as "root" of a new
 * user namespace (mapped to the caller, no real privilege) in a new network namespace whose
 * only interface is a loopback of its own, down until someone brings it up. There the capture
 * may open a packet socket (CAP_NET_RAW over that namespace) and sees only its own programs'
 * packets. Nothing needs root: the kernel allows it where unprivileged user namespaces are on.
 */
public final class Namespace {

    private static volatile Optional<String> refusal;

    private Namespace() {
    }

    // tag::command[]
    /** The command line that runs {@code inside} in a new user and network namespace. */
    public static List<String> command(List<String> inside) {
        var command = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--net"));
        command.addAll(inside);
        return command;
    }

    /** Inside the namespace: {@code ip link set lo up}, without which 127.0.0.1 is unreachable. */
    public static void bringUpLoopback() throws IOException, InterruptedException {
        var ip = ip().orElseThrow(() -> new IOException("iproute2's ip command is missing"));
        var process = new ProcessBuilder(ip.toString(), "link", "set", "lo", "up")
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .strip();
        if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("ip link set lo up failed: " + output);
        }
    }
    // end::command[]

    /**
     * Why a capture cannot run here, in one sentence, or empty when it can: the kernel must
     * allow an unprivileged namespace, and iproute2's {@code ip} must be installed. Asked once.
     */
    public static Optional<String> refusal() {
        var known = refusal;
        if (known == null) {
            known = check();
            refusal = known;
        }
        return known;
    }

    private static Optional<String> check() {
        if (!System.getProperty("os.name").equals("Linux")) {
            return Optional.of("a capture needs Linux's network namespaces and packet sockets, which "
                    + System.getProperty("os.name") + " does not have.");
        }
        if (ip().isEmpty()) {
            return Optional.of("a capture needs iproute2's ip command to bring up the namespace's loopback; "
                    + "install iproute2.");
        }
        try {
            var process = new ProcessBuilder(command(List.of("true"))).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of("unshare did not finish within 10 s, so no namespace for a capture.");
            }
            if (process.exitValue() != 0) {
                return Optional.of("the kernel refuses an unprivileged user and network namespace here"
                        + " (unshare -rn: " + output.lines().findFirst().orElse("exit " + process.exitValue())
                        + "), so nothing can be captured.");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("a capture needs util-linux's unshare command, which is not installed.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while asking for a namespace.");
        }
    }

    /** iproute2's ip: on the PATH, or in /usr/sbin or /sbin, which a user's PATH may lack. */
    public static Optional<Path> ip() {
        var path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.concat(Stream.of(path.split(":")), Stream.of("/usr/sbin", "/sbin", "/usr/bin", "/bin"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "ip"))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
