package sockets.wire;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code ./workbook sockets}: the kernel's TCP sockets, as {@code ss -tan} shows them, from
 * {@code /proc/net/tcp} and {@code /proc/net/tcp6}, with the process that holds each one.
 */
public final class Sockets {

    public static final String USAGE = """
            usage: ./workbook sockets [--pid PID | --port PORT]
              Prints the TCP sockets of this machine as the kernel lists them in
              /proc/net/tcp and /proc/net/tcp6: state, Recv-Q and Send-Q, both addresses
              and the process that holds the socket, as ss -tan does.
              --pid PID    only the sockets process PID holds (TIME_WAIT has no holder)
              --port PORT  only the sockets with PORT at either end
            """;

    /** What to show: every socket, one process's, or those with a port at either end. */
    record Filter(long pid, int port) {
        static final Filter ALL = new Filter(-1, -1);
    }

    private Sockets() {
    }

    public static void main(String[] args) {
        int status = run(List.of(args), System.out, System.err);
        System.out.flush();
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * The command, its arguments as typed after {@code sockets}, printing on {@code out} and
     * {@code err}: returns the exit status, 0 shown, 1 not readable here, 2 a usage error.
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.print(USAGE);
            return 0;
        }
        Filter filter;
        try {
            filter = parse(args.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (!TcpTable.isReadable()) {
            err.println("./workbook sockets reads Linux's /proc/net/tcp, which this system does not have.");
            return 1;
        }
        try {
            out.print(report(filter));
            return 0;
        } catch (IOException e) {
            err.println("could not read /proc/net/tcp: " + e.getMessage() + ".");
            return 1;
        }
    }

    static Filter parse(String[] args) {
        if (args.length == 0) {
            return Filter.ALL;
        }
        if (args.length != 2 || !(args[0].equals("--pid") || args[0].equals("--port"))) {
            throw new IllegalArgumentException(
                    "./workbook sockets takes --pid PID or --port PORT, or nothing; --help says more.");
        }
        long value;
        try {
            value = Long.parseLong(args[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(args[0] + " takes a number, not '" + args[1] + "'.");
        }
        if (args[0].equals("--port")) {
            if (value < 1 || value > 65535) {
                throw new IllegalArgumentException("a port is a number from 1 to 65535, not " + value + ".");
            }
            return new Filter(-1, (int) value);
        }
        if (value < 1) {
            throw new IllegalArgumentException("a process id is a positive number, not " + value + ".");
        }
        return new Filter(value, -1);
    }

    /** The table for a filter, with a note on what a listener's queue means if one is shown. */
    public static String report(Filter filter) throws IOException {
        return report(filter, row -> true);
    }

    private static String report(Filter filter, Predicate<TcpSocket> keep) throws IOException {
        var held = filter.pid() > 0 ? SocketOwners.of(filter.pid()) : Map.<Long, SocketOwners.Owner>of();
        var rows = TcpTable.read().stream()
                .filter(row -> filter.port() < 0 || row.hasPort(filter.port()))
                .filter(row -> filter.pid() < 0 || held.containsKey(row.inode()))
                .filter(keep)
                .toList();
        var owners = filter.pid() > 0 ? held : SocketOwners.of(rows.stream()
                .map(TcpSocket::inode).filter(inode -> inode != 0).collect(Collectors.toSet()));
        if (rows.isEmpty()) {
            return filter.pid() > 0 ? "process " + filter.pid() + " holds no TCP socket.\n"
                    : filter.port() > 0 ? "no TCP socket has port " + filter.port() + " at either end.\n"
                    : "no TCP sockets.\n";
        }
        var table = SocketTable.format(rows, owners, filter.port());
        if (rows.stream().anyMatch(row -> row.state() == TcpState.LISTEN)) {
            table += "A listener's Recv-Q is its accept queue: connections the kernel has completed\n"
                    + "and no accept() has taken yet. Its limit is the backlog given to listen(),\n"
                    + "at most net.core.somaxconn (" + somaxconn() + " here); /proc/net/tcp does not show it.\n";
        }
        return table;
    }

    /** Convenience for tests and chapters: the report for one port. */
    public static String reportForPort(int port) throws IOException {
        return report(new Filter(-1, port));
    }

    /**
     * The report for one port, keeping only the rows {@code keep} accepts: a test's own
     * connections, when tests running beside it may hold a socket with the same port at its
     * other end (an ephemeral client port is only unique per address pair).
     */
    public static String reportForPort(int port, Predicate<TcpSocket> keep) throws IOException {
        return report(new Filter(-1, port), keep);
    }

    private static String somaxconn() {
        try {
            // Read as lines: Files.readString trusts the size a /proc file reports, and got "4".
            return Files.readAllLines(Path.of("/proc/sys/net/core/somaxconn")).getFirst().strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
