package sockets.ch02;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * What Linux shows of its network settings and sockets under /proc: plain text files the
 * kernel writes on every read. On another system the files are missing and each answer is empty.
 */
final class LinuxProc {

    // The first port an ordinary user may bind; below it bind(2) needs CAP_NET_BIND_SERVICE.
    private static final Path UNPRIVILEGED_PORT_START = Path.of("/proc/sys/net/ipv4/ip_unprivileged_port_start");
    // Where bind(2) with port 0 (and connect(2) without bind) takes its ports from.
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    // One line per TCP socket; java.net's sockets are AF_INET6, so most are in tcp6.
    private static final List<Path> TCP_TABLES = List.of(Path.of("/proc/net/tcp6"), Path.of("/proc/net/tcp"));
    // The states in the tables' "st" column, numbered as in the kernel's include/net/tcp_states.h.
    private static final List<String> TCP_STATES = List.of("", "ESTABLISHED", "SYN_SENT", "SYN_RECV",
            "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING");
    private static final int CAP_NET_BIND_SERVICE = 10;

    private LinuxProc() {
    }

    /** Whether this system has Linux's /proc/net at all (macOS and Windows do not). */
    static boolean exists() {
        return Files.isDirectory(Path.of("/proc/net"));
    }

    static OptionalInt unprivilegedPortStart() {
        return read(UNPRIVILEGED_PORT_START).map(text -> OptionalInt.of(Integer.parseInt(text.strip())))
                .orElse(OptionalInt.empty());
    }

    /** The ephemeral port range as "low-high", for example "32768-60999". */
    static Optional<String> ephemeralRange() {
        return read(EPHEMERAL_RANGE).map(text -> text.strip().replaceAll("\\s+", "-"));
    }

    /** Whether this process may bind ports below the start: root has the capability. */
    static boolean mayBindPrivilegedPorts() {
        return statusField("CapEff:")
                .map(hex -> Long.parseUnsignedLong(hex, 16))
                .map(capabilities -> (capabilities & (1L << CAP_NET_BIND_SERVICE)) != 0)
                .orElse(false);
    }

    static boolean runsAsRoot() {
        // "Uid:" lists the real, effective, saved and file-system user ids.
        return statusField("Uid:").map(uids -> uids.split("\\s+")[1].equals("0")).orElse(false);
    }

    /** The state of the TCP socket from localPort to remotePort, as the kernel lists it. */
    static Optional<String> tcpState(int localPort, int remotePort) {
        var local = String.format(":%04X", localPort);
        var remote = String.format(":%04X", remotePort);
        for (var table : TCP_TABLES) {
            var lines = read(table).map(String::lines).orElseGet(Stream::empty).toList();
            for (var line : lines) {
                // sl  local_address  rem_address  st  ...  (addresses and ports in hex)
                var fields = line.strip().split("\\s+");
                if (fields.length > 3 && fields[1].endsWith(local) && fields[2].endsWith(remote)) {
                    return Optional.of(TCP_STATES.get(Integer.parseInt(fields[3], 16)));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> statusField(String name) {
        return read(Path.of("/proc/self/status")).flatMap(status -> status.lines()
                .filter(line -> line.startsWith(name))
                .map(line -> line.substring(name.length()).strip())
                .findFirst());
    }

    private static Optional<String> read(Path file) {
        try {
            // Line by line: /proc files report size 0, and a read sized by it can come up short.
            return Optional.of(String.join("\n", Files.readAllLines(file)));
        } catch (IOException | UnsupportedOperationException notLinux) {
            return Optional.empty();
        }
    }
}
