package sockets.loadgen;

import java.nio.file.Path;

/**
 * What {@code ./workbook bench http} was asked to do. The same for both servers: wrk's
 * connections and threads, the seconds of each run, the rounds, the warm-up.
 *
 * @param nginx the nginx program named with --nginx, or null to look for it
 */
record HttpBenchOptions(int connections, int threads, int seconds, int rounds, int warmUp, String small,
                        Path root, Path nginx) {

    static final HttpBenchOptions DEFAULTS = new HttpBenchOptions(50, 2, 5, 5, 5, "/index.html",
            Path.of("chapters/17-http/site"), null);

    /** Reads the options; a wrong one is an IllegalArgumentException with one sentence. */
    static HttpBenchOptions parse(String... args) {
        var d = DEFAULTS;
        int connections = d.connections;
        int threads = d.threads;
        int seconds = d.seconds;
        int rounds = d.rounds;
        int warmUp = d.warmUp;
        var small = d.small;
        var root = d.root;
        Path nginx = null;
        for (int i = 0; i < args.length; i += 2) {
            var name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value (try --help).");
            }
            var value = args[i + 1];
            switch (name) {
                case "--connections" -> connections = number(name, value, 1);
                case "--threads" -> threads = number(name, value, 1);
                case "--seconds" -> seconds = number(name, value, 1);
                case "--rounds" -> rounds = number(name, value, 1);
                case "--warmup" -> warmUp = number(name, value, 0);
                case "--small" -> small = path(value);
                case "--root" -> root = Path.of(value);
                case "--nginx" -> nginx = Path.of(value);
                default -> throw new IllegalArgumentException("unknown argument '" + name + "' (try --help).");
            }
        }
        if (threads > connections) {
            throw new IllegalArgumentException("wrk needs a connection a thread at least: --threads "
                    + threads + " is more than --connections " + connections + ".");
        }
        return new HttpBenchOptions(connections, threads, seconds, rounds, warmUp, small, root, nginx);
    }

    private static int number(String name, String value, int least) {
        try {
            int number = Integer.parseInt(value);
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException(name + " needs a whole number of at least " + least + ", not '"
                + value + "' (try --help).");
    }

    private static String path(String value) {
        if (!value.startsWith("/") || value.contains("..")) {
            throw new IllegalArgumentException("--small needs a path in the folder served, such as"
                    + " /index.html, not '" + value + "' (try --help).");
        }
        return value;
    }
}
