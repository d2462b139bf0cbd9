package sockets.ch17;

/**
 * A request the server refuses, and the status that says why: 400 for what is not HTTP,
 * 413, 414 and 431 for what is over a limit, 501 and 505 for what this server does not do.
 * After one the server closes the connection, as it can no longer trust where the next
 * request starts.
 */
final class HttpError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    HttpError(int status, String why) {
        super(why, null, false, false);        // no stack trace: it is an answer, not a bug
        this.status = status;
    }

    int status() {
        return status;
    }
}
