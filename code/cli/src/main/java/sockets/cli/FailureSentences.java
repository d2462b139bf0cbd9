package sockets.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command throws, told as the exit status says: a {@link UsageError} (or a tool's
 * IllegalArgumentException, which says what was asked wrongly) is status 2; a {@link Failure} or
 * a file that cannot be read or written is status 1, in one sentence; anything else is a bug,
 * shown with its stack trace.
 */
record FailureSentences(PrintStream err) implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        return switch (e) {
            case UsageError usage -> UsageErrors.print(err, usage.getMessage());
            case IllegalArgumentException usage -> UsageErrors.print(err, usage.getMessage());
            case Failure failure -> {
                err.println(failure.getMessage());
                yield Workbook.FAILED;
            }
            case UncheckedIOException io -> {
                err.println(io.getMessage() + ": " + io.getCause().getMessage());
                yield Workbook.FAILED;
            }
            default -> {
                e.printStackTrace(err);
                yield Workbook.FAILED;
            }
        };
    }
}
