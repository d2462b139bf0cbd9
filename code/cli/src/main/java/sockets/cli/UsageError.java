package sockets.cli;

/**
 * A command asked for something that does not exist or is not allowed (a chapter, a program, an
 * option's value): the command line prints the one sentence and exits with status 2.
 */
public final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageError(String sentence) {
        super(sentence);
    }
}
