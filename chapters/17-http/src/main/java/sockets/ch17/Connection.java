package sockets.ch17;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Set;

/**
 * One client's connection, on its own virtual thread: requests read one after the other from
 * the same bytes, each answered before the next is read, so that pipelined requests are
 * answered in order. The connection stays open (HTTP/1.1's default) until the client says
 * Connection: close, stays idle too long, or sends something the server refuses.
 */
final class Connection {

    private static final Set<String> KNOWN = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS",
            "TRACE", "CONNECT", "PATCH");

    private final Socket socket;
    private final StaticFiles files;
    private final Limits limits;
    private final OpenConnections open;

    Connection(Socket socket, StaticFiles files, Limits limits, OpenConnections open) {
        this.socket = socket;
        this.files = files;
        this.limits = limits;
        this.open = open;
    }

    // tag::serve[]
    void serve() throws IOException {
        try (socket) {
            var in = new SocketInput(socket);
            var out = new ResponseWriter(new BufferedOutputStream(socket.getOutputStream(), 16384));
            var wait = Deadline.after(limits.headerDeadline());       // the first request's
            for (int served = 1; in.awaitRequest(wait); served++) {
                boolean close;
                try {
                    var headers = Deadline.after(limits.headerDeadline());
                    var request = RequestReader.read(in, limits, headers);
                    close = !request.keepAlive() || served == limits.requests();
                    out.answering(request);
                    var whole = withBody(request, in, out);
                    open.sending(socket, true);      // the watchdog times the response from here
                    respond(whole, out, close);
                } catch (HttpError refused) {
                    open.sending(socket, true);
                    out.error(refused.status(), refused.getMessage(), true, close = true);
                } catch (SocketTimeoutException late) {
                    open.sending(socket, true);
                    out.error(408, "the request took too long to arrive", true, close = true);
                }
                if (close) {
                    out.flush();
                    open.sending(socket, false);
                    linger(in);
                    return;
                }
                if (in.buffered() == 0) {
                    out.flush();                     // no pipelined request waiting: send now
                }
                open.sending(socket, false);
                wait = Deadline.after(limits.idle());
            }
        }
    }
    // end::serve[]

    // tag::linger[]
    /**
     * The last response is out: FIN after it (shutdown(2)), then what the client still sends,
     * the rest of a refused body say, is read and dropped for a moment. close(2) with unread
     * bytes makes the kernel send RST, and a client's kernel that meets RST throws away what
     * it had not yet handed to the client: our response with it.
     */
    private void linger(SocketInput in) throws IOException {
        socket.shutdownOutput();
        var enough = Deadline.after(Duration.ofSeconds(2));
        var dropped = new byte[8192];
        try {
            for (long total = 0; total < 1 << 20; ) {
                int n = in.read(dropped, 0, dropped.length, enough);
                if (n < 0) {
                    return;                          // the client closed too: a clean close
                }
                total += n;
            }
        } catch (SocketTimeoutException stillSending) {
            // two seconds are enough for any response to be read; close regardless
        }
    }
    // end::linger[]

    // tag::body[]
    /** The body the framing announces; 100 Continue first if the client waits for it. */
    private Request withBody(Request request, SocketInput in, ResponseWriter out)
            throws IOException, HttpError {
        long framing = BodyReader.framing(request);
        var expect = request.value("Expect");
        if (expect != null && !expect.equalsIgnoreCase("100-continue")) {
            throw new HttpError(417, "an expectation other than 100-continue");
        }
        if (framing == 0) {
            return request;
        }
        if (framing > limits.maxBody()) {
            throw new HttpError(413, "a body over " + limits.maxBody() + " bytes");
        }
        if (expect != null && request.version().equals("HTTP/1.1")) {
            out.interimContinue();
        }
        var body = BodyReader.read(framing, in, limits, Deadline.after(limits.bodyDeadline()));
        return request.withBody(body);
    }
    // end::body[]

    // tag::route[]
    /** /echo for GET, HEAD and POST; every other path is a file, for GET and HEAD. */
    private void respond(Request request, ResponseWriter out, boolean close)
            throws IOException, HttpError {
        var method = request.method();
        boolean echo = request.path().equals(EchoPage.PATH);
        if (!KNOWN.contains(method)) {
            throw new HttpError(501, "the method " + method + " is not known here");
        }
        if (!(method.equals("GET") || method.equals("HEAD") || (echo && method.equals("POST")))) {
            out.error(405, method + " is not allowed here", true, close,
                    "Allow: " + (echo ? "GET, HEAD, POST" : "GET, HEAD"));
        } else if (echo) {
            EchoPage.serve(request, out, close);
        } else {
            try {
                files.serve(request, out, close);
            } catch (HttpError notFound) {
                out.error(notFound.status(), notFound.getMessage(), !method.equals("HEAD"), close);
            }
        }
    }
    // end::route[]
}
