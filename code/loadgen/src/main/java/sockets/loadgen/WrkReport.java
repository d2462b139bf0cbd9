package sockets.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One run of wrk, the HTTP load generator (github.com/wg/wrk), as its report says it went:
 * {@code 35933 requests in 1.10s}, {@code Requests/sec: 32594.86}, and the lines it prints only
 * when something went wrong, {@code Socket errors: connect 0, read 3, write 0, timeout 0} and
 * {@code Non-2xx or 3xx responses: 5}. A server that answers 404 fast must not look fast.
 */
record WrkReport(long requests, double perSecond, long socketErrors, long badStatuses) {

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ");
    private static final Pattern PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern BAD_STATUSES = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    /** Requests that failed or were not answered with a 2xx or 3xx status. */
    long errors() {
        return socketErrors + badStatuses;
    }

    static WrkReport parse(String output) throws IOException {
        var requests = REQUESTS.matcher(output);
        var perSecond = PER_SECOND.matcher(output);
        if (!requests.find() || !perSecond.find()) {
            throw new IOException("wrk printed no report: " + output.strip());
        }
        long socketErrors = 0;
        var sockets = SOCKET_ERRORS.matcher(output);
        if (sockets.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(sockets.group(group));
            }
        }
        var statuses = BAD_STATUSES.matcher(output);
        return new WrkReport(Long.parseLong(requests.group(1)), Double.parseDouble(perSecond.group(1)),
                socketErrors, statuses.find() ? Long.parseLong(statuses.group(1)) : 0);
    }

    /**
     * Runs {@code wrk -t THREADS -c CONNECTIONS -d SECONDS} on {@code url}: every connection
     * sends a request, waits for the whole response and sends the next on the same connection
     * (HTTP/1.1 keep-alive), for the whole run.
     */
    static WrkReport run(Path wrk, String url, int threads, int connections, int seconds)
            throws IOException, InterruptedException {
        var process = new ProcessBuilder(wrk.toString(), "-t", String.valueOf(threads),
                "-c", String.valueOf(connections), "-d", seconds + "s", "--timeout", "5s", url)
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("wrk did not finish its " + seconds + " s run");
        }
        if (process.exitValue() != 0) {
            throw new IOException("wrk failed: " + output.strip());
        }
        return parse(output);
    }
}
