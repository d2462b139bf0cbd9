package sockets.exercises;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import sockets.wire.Namespace;

/**
 * Where one grading child runs: a fresh folder with a private home and temporary folder, and on
 * Linux, where the kernel allows unprivileged namespaces, a world of its own:
 * <ul>
 * <li>a user namespace ({@code unshare --user --map-root-user}): "root" there, nobody outside;</li>
 * <li>a network namespace ({@code --net}) whose only interface is its own loopback, brought up
 *     with {@code ip link set lo up} because tests listen on 127.0.0.1: no other host is reachable;</li>
 * <li>a PID namespace ({@code --pid --fork --mount-proc}) whose first process is the child JVM.
 *     When it ends, or when {@code unshare} is killed ({@code --kill-child}), the kernel kills
 *     every process left in the namespace, {@code setsid} ones included, which a parent's
 *     {@code descendants()} cannot see once they are re-parented;</li>
 * <li>a mount namespace in which every file system is remounted read-only except this folder and
 *     the working folder, which is seen through an overlay whose changes live in this folder:
 *     a test may write there (chapter 15 makes its keys under target/), and it is all gone with
 *     the run. Then a second user and mount namespace without a mapped root: the mounts are
 *     locked there, and the child has no capability to mount anything again.</li>
 * </ul>
 * A cap on processes ({@code prlimit --nproc}, counted per user namespace by Linux 5.14 and
 * later) and on file size ({@code --fsize}) is set by the shell that starts the JVM. Linux
 * does not apply the process cap to uid 0: a grader run as root (a container) relies on the
 * container for it. Elsewhere, or where namespaces are refused, grading runs without them,
 * with the private folders only, and says so once on standard error.
 */
final class GradingSandbox implements AutoCloseable {

    /** Processes and threads the child may have at once: a JVM running tests at most uses a few hundred. */
    static final int MOST_PROCESSES = 1024;
    /** The largest file the child may write. */
    static final long LARGEST_FILE = 256L * 1024 * 1024;

    /** Run by {@code sh} as the namespace's first process: $1 the sandbox, $2 ip, then the command. */
    private static final String INSIDE = """
            sandbox=$1 ip=$2; shift 2
            "$ip" link set lo up || { echo "grading sandbox: cannot bring up the loopback" >&2; exit 96; }
            here=$(pwd -P)
            if [ "$here" != / ]; then
              mkdir -p "$sandbox/overlay/upper" "$sandbox/overlay/work"
              mount -t overlay overlay -o "userxattr,lowerdir=$here,upperdir=$sandbox/overlay/upper,workdir=$sandbox/overlay/work" \
                "$here" && cd "$here" || echo "grading sandbox: the working folder stays read-only" >&2
            fi
            mount --bind "$sandbox" "$sandbox" || { echo "grading sandbox: cannot mount its folder" >&2; exit 96; }
            for m in $(cut -d' ' -f5 /proc/self/mountinfo); do
              case $m in "$sandbox"|"$here") ;; *) mount -o remount,bind,ro "$m" 2>/dev/null ;; esac
            done
            if command -v prlimit >/dev/null; then
              set -- prlimit --nproc=%1$d:%1$d --fsize=%2$d:%2$d -- "$@"
            fi
            exec unshare --user --mount -- "$@"
            """.formatted(MOST_PROCESSES, LARGEST_FILE);

    private static volatile Optional<String> refusal;
    private static final AtomicBoolean SAID = new AtomicBoolean();

    private final Path directory;

    private GradingSandbox(Path directory) {
        this.directory = directory;
    }

    /** A fresh folder, {@code home} and {@code tmp} in it. */
    static GradingSandbox create() throws IOException {
        var directory = Files.createTempDirectory("grading-").toRealPath();
        Files.createDirectories(directory.resolve("home"));
        Files.createDirectories(directory.resolve("tmp"));
        return new GradingSandbox(directory);
    }

    Path directory() {
        return directory;
    }

    /** The JVM options that keep the child's home and temporary files in the sandbox. */
    List<String> javaOptions() {
        return List.of("-Duser.home=" + directory.resolve("home"), "-Djava.io.tmpdir=" + directory.resolve("tmp"));
    }

    /**
     * Starts {@code command} in the sandbox, its output and errors together on its standard
     * output, in namespaces where the kernel allows them.
     */
    Process start(List<String> command) throws IOException {
        var contained = refusal().isEmpty();
        if (!contained && SAID.compareAndSet(false, true)) {
            System.err.println("grading without containment: " + refusal().get());
        }
        var builder = new ProcessBuilder(contained ? inNamespaces(directory, command) : command).redirectErrorStream(true);
        builder.environment().put("HOME", directory.resolve("home").toString());
        builder.environment().put("TMPDIR", directory.resolve("tmp").toString());
        return builder.start();
    }

    /** Whether the child runs in namespaces (else only in its folders). */
    static boolean contained() {
        return refusal().isEmpty();
    }

    /**
     * Kills what is left of a run: in namespaces, killing {@code unshare} kills the namespace's
     * first process and the kernel the rest; without, the descendants the JVM can still see.
     */
    static void killAll(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    private static List<String> inNamespaces(Path sandbox, List<String> command) {
        var wrapped = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--net", "--pid", "--fork",
                "--kill-child", "--mount-proc", "sh", "-c", INSIDE, "sh", sandbox.toString(),
                Namespace.ip().map(Path::toString).orElse("ip")));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Why grading runs without namespaces here, in one sentence, or empty when it runs in them. Asked once. */
    static Optional<String> refusal() {
        var known = refusal;
        if (known == null) {
            known = check();
            refusal = known;
        }
        return known;
    }

    private static Optional<String> check() {
        var os = System.getProperty("os.name");
        if (!os.startsWith("Linux")) {
            return Optional.of("namespaces are Linux's, and this is " + os + ": the student's code runs with the"
                    + " grader's rights, files and network.");
        }
        if (Namespace.ip().isEmpty()) {
            return Optional.of("iproute2's ip command is missing, so no network namespace with a loopback; install"
                    + " iproute2.");
        }
        try (var probe = create()) {
            var process = new ProcessBuilder(inNamespaces(probe.directory, List.of("true"))).redirectErrorStream(true)
                    .start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                killAll(process);
                return Optional.of("unshare did not finish within 10 s.");
            }
            return process.exitValue() == 0 ? Optional.empty()
                    : Optional.of("the kernel refuses an unprivileged user, network and PID namespace here (unshare: "
                            + output.lines().findFirst().orElse("exit " + process.exitValue()) + ").");
        } catch (IOException e) {
            return Optional.of("util-linux's unshare command is missing (" + e.getMessage() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while asking for a namespace.");
        }
    }

    /**
     * Removes the folder and everything the child left in it, folders it made unreadable too
     * (the overlay's work folder is mode 000, and so may be a student's).
     */
    @Override
    public void close() {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    var file = folder.toFile();
                    file.setReadable(true, true);
                    file.setWritable(true, true);
                    file.setExecutable(true, true);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                    Files.deleteIfExists(folder);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException leftBehind) {
            // a temporary folder the OS cleans up anyway
        }
    }
}
