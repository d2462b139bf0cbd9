package sockets.ch13;

/**
 * Where one conversation of the event loop stands. A blocking server knows this from where
 * its thread is in the code; an event loop returns from every handler, so each connection
 * writes its phase down, and each event moves it on:
 *
 * <pre>
 * Echoing --client's FIN--> Finishing --last echoes sent--> closed
 *    |                          |
 *  error (line too long, idle)  error (echoes not read)
 *    v                          v
 * Failing --client's FIN--> Failed --error line sent, or linger over--> closed
 * </pre>
 */
// tag::phases[]
sealed interface Phase {

    /** Lines come in, echoes go out. */
    record Echoing() implements Phase {
    }

    /** The client's FIN came (read(2) returned -1): send the echoes still queued, close. */
    record Finishing() implements Phase {
    }

    /** The server gave up, for {@code why}: its error line is queued, its FIN after it. */
    sealed interface Failure extends Phase {
        String why();

        /** When to close even so, if the client lingers (a System.nanoTime value). */
        long endBy();
    }

    /** What the client still sends is read and thrown away, until its FIN. */
    record Failing(String why, long endBy) implements Failure {
    }

    /** The client's FIN came too: close once the error line is out. */
    record Failed(String why, long endBy) implements Failure {
    }

    // end::phases[]

    /** The next phase once read(2) has returned -1. */
    default Phase clientFinished() {
        return switch (this) {
            case Echoing _ -> new Finishing();
            case Failing(var why, var endBy) -> new Failed(why, endBy);
            case Finishing _, Failed _ -> this;
        };
    }

    /** The next phase once the server gives up on the client, for {@code why}. */
    default Phase failed(String why, long endBy) {
        return clientSentFin() ? new Failed(why, endBy) : new Failing(why, endBy);
    }

    /** Whether to read from the client now; {@code room}: its echoes may grow. */
    default boolean reads(boolean room) {
        return switch (this) {
            case Echoing _ -> room;
            // After our error, read on only to throw away what comes, until the FIN.
            case Failing _ -> true;
            // After the FIN, read(2) would return -1 on every turn: stop asking.
            case Finishing _, Failed _ -> false;
        };
    }

    /** True once read(2) has returned -1: there is nothing left to read. */
    default boolean clientSentFin() {
        return this instanceof Finishing || this instanceof Failed;
    }
}
