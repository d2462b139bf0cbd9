package sockets.wire;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which process holds which socket: every {@code /proc/PID/fd/N} is a link, and a socket's
 * reads {@code socket:[INODE]}, the inode {@code /proc/net/tcp} prints. A process of another
 * user hides its descriptors; its sockets show no owner, as in {@code ss -p} run unprivileged.
 */
public final class SocketOwners {

    /** The process that holds a socket, and the descriptor it holds it by. */
    public record Owner(long pid, String command, int fd) {
        @Override
        public String toString() {
            return command + " pid " + pid;
        }
    }

    private static final Path PROC = Path.of("/proc");
    private static final Pattern SOCKET_LINK = Pattern.compile("socket:\\[(\\d+)]");

    private SocketOwners() {
    }

    /**
     * The owners of the sockets with these inodes, by inode. Only a walk through every
     * process's descriptors can tell, so it starts with the newest processes (the highest
     * ids, where a student's programs usually are) and stops once it has found them all.
     */
    public static Map<Long, Owner> of(Set<Long> inodes) {
        var owners = new HashMap<Long, Owner>();
        try (var processes = Files.list(PROC)) {
            var pids = processes.map(process -> process.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong)
                    .sorted(Comparator.reverseOrder())
                    .toList();
            for (var pid : pids) {
                if (owners.keySet().containsAll(inodes)) {
                    break;
                }
                of(pid).forEach((inode, owner) -> {
                    if (inodes.contains(inode)) {
                        owners.put(inode, owner);
                    }
                });
            }
        } catch (IOException | RuntimeException unreadable) {
            // /proc is gone or unreadable: no owners, the table still shows every socket.
        }
        return owners;
    }

    /** The sockets of one process, by inode; empty if it does not exist or is not ours. */
    public static Map<Long, Owner> of(long pid) {
        var owners = new HashMap<Long, Owner>();
        var process = PROC.resolve(Long.toString(pid));
        var command = command(process);
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(process.resolve("fd"))) {
            for (var descriptor : descriptors) {
                try {
                    var link = SOCKET_LINK.matcher(Files.readSymbolicLink(descriptor).toString());
                    if (link.matches()) {
                        owners.put(Long.parseLong(link.group(1)), new Owner(pid, command,
                                Integer.parseInt(descriptor.getFileName().toString())));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor was closed between listing and reading: not a socket now
                }
            }
        } catch (IOException | RuntimeException notOurs) {
            // the process ended, or belongs to another user
        }
        return owners;
    }

    private static String command(Path process) {
        try {
            return Files.readAllLines(process.resolve("comm")).getFirst().strip();
        } catch (IOException gone) {
            return "?";
        }
    }
}
