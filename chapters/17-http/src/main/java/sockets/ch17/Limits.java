package sockets.ch17;

import java.time.Duration;

// tag::limits[]
/**
 * What one request, and one connection, may cost the server. nginx has the same knobs under
 * other names (in brackets); a server that states its limits can promise that nothing a client
 * sends crashes it or grows its memory without bound.
 *
 * @param requestLine    the longest request line, in bytes, 414 past it; a header line too,
 *                       431 past it (large_client_header_buffers)
 * @param headerSection  the most bytes of header lines after it; more is 431
 * @param headerCount    the most header fields; more is 431
 * @param maxBody        the largest request body, after chunked decoding; larger is 413
 *                       (client_max_body_size)
 * @param headerDeadline the time from a request's first byte to its blank line; past it, 408
 *                       (client_header_timeout): a deadline, not a timeout per read
 * @param bodyDeadline   the time to send the body once the headers are in; past it, 408
 *                       (client_body_timeout)
 * @param sendDeadline   the time a response may take to leave; past it the connection is
 *                       closed: a client that reads nothing holds nothing (send_timeout)
 * @param idle           a kept-alive connection that starts no request for this long is
 *                       closed without a word (keepalive_timeout)
 * @param requests       requests on one connection before the server closes it
 *                       (keepalive_requests)
 * @param connections    connections open at once; one more gets 503 and a close: each holds
 *                       up to 32 KiB of buffers and a body (worker_connections)
 */
record Limits(int requestLine, int headerSection, int headerCount, long maxBody,
              Duration headerDeadline, Duration bodyDeadline, Duration sendDeadline,
              Duration idle, int requests, int connections) {

    static final Limits DEFAULT = new Limits(8 * 1024, 32 * 1024, 100, 1024 * 1024,
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30),
            Duration.ofSeconds(5), 1000, 1000);
    // end::limits[]

    Limits withIdle(Duration d) {
        return new Limits(requestLine, headerSection, headerCount, maxBody, headerDeadline, bodyDeadline,
                sendDeadline, d, requests, connections);
    }

    Limits withHeaderDeadline(Duration d) {
        return new Limits(requestLine, headerSection, headerCount, maxBody, d, bodyDeadline, sendDeadline,
                idle, requests, connections);
    }

    Limits withBodyDeadline(Duration d) {
        return new Limits(requestLine, headerSection, headerCount, maxBody, headerDeadline, d, sendDeadline,
                idle, requests, connections);
    }

    Limits withSendDeadline(Duration d) {
        return new Limits(requestLine, headerSection, headerCount, maxBody, headerDeadline, bodyDeadline, d,
                idle, requests, connections);
    }

    Limits withMaxBody(long bytes) {
        return new Limits(requestLine, headerSection, headerCount, bytes, headerDeadline, bodyDeadline,
                sendDeadline, idle, requests, connections);
    }

    Limits withRequests(int n) {
        return new Limits(requestLine, headerSection, headerCount, maxBody, headerDeadline, bodyDeadline,
                sendDeadline, idle, n, connections);
    }

    Limits withConnections(int n) {
        return new Limits(requestLine, headerSection, headerCount, maxBody, headerDeadline, bodyDeadline,
                sendDeadline, idle, requests, n);
    }

    /** Two lines for the server's log: what this server promises. */
    String describe() {
        return "limits: request line " + requestLine / 1024 + " KiB; headers " + headerSection / 1024 + " KiB, "
                + headerCount + " fields, " + seconds(headerDeadline) + "; body " + maxBody / 1024 + " KiB, "
                + seconds(bodyDeadline) + "\n" + connections + " connections, each idle " + seconds(idle)
                + " at most, " + requests + " requests; a response leaves within " + seconds(sendDeadline);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
