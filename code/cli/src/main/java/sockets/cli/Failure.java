package sockets.cli;

/**
 * Something the command tried failed (a build, a render, a file it could not write): the command
 * line prints the one sentence and exits with status 1.
 */
public final class Failure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Failure(String sentence) {
        super(sentence);
    }

    public Failure(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
