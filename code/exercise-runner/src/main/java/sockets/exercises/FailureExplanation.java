package sockets.exercises;

import java.net.BindException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import sockets.testkit.Peer;

/**
 * A failed test told in socket terms: the expectation that failed, and for a timeout where the
 * student's code was stuck. The exception types a socket exercise typically dies of become a
 * sentence about the socket; anything else is its name and message on one line.
 *
 * @param expectation what the test expected, led by its display name
 * @param stuck       where the test thread was blocked when it ran out of time
 */
public record FailureExplanation(String expectation, Optional<StuckThreadDiagnosis> stuck) {

    public static FailureExplanation of(TestOutcome outcome) {
        var failure = outcome.failure();
        var what = failure == null ? "failed without saying why" : sentence(failure, outcome.exercisePackage());
        var stuck = failure instanceof TimeoutException && outcome.stuckStack() != null
                ? Optional.of(StuckThreadDiagnosis.of(outcome.stuckStack(), outcome.exercisePackage()))
                : Optional.<StuckThreadDiagnosis>empty();
        return new FailureExplanation(outcome.displayName() + ": " + what, stuck);
    }

    static String sentence(Throwable failure, String exercisePackage) {
        if (failure instanceof TimeoutException timeout) {
            return timedOut(timeout);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            var known = knownSocketProblem(cause, exercisePackage);
            if (known.isPresent()) {
                return known.get();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        if (failure instanceof AssertionError && failure.getMessage() != null && !failure.getMessage().isBlank()) {
            return failure.getMessage().strip();
        }
        return oneLine(failure);
    }

    private static Optional<String> knownSocketProblem(Throwable t, String exercisePackage) {
        return Optional.ofNullable(switch (t) {
            case UnsupportedOperationException unwritten when thrownIn(unwritten, exercisePackage) ->
                    "not written yet: " + thrower(unwritten) + " still throws UnsupportedOperationException";
            case SocketTimeoutException slow when String.valueOf(slow.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("connect") ->
                    "nothing accepted the connection in time: is your server listening on the port it reported?";
            case SocketTimeoutException slow -> "the test waited " + Peer.READ_TIMEOUT.toSeconds()
                    + " s for bytes your code never sent: did it write the reply, end it with a newline, flush?";
            case ConnectException refused ->
                    "nothing accepted the connection: is your server bound and listening on the port it reported?";
            case BindException inUse -> "the address is already in use: another listener holds that port"
                    + " (an earlier run still alive?); bind to port 0 or close the old listener first";
            case SocketException reset when String.valueOf(reset.getMessage()).contains("Connection reset") ->
                    "your code reset the connection (closed it with unread data or SO_LINGER 0)";
            case SocketException pipe when String.valueOf(pipe.getMessage()).contains("Broken pipe") ->
                    "the connection was already closed by the other side when the bytes were written";
            default -> null;
        });
    }

    private static String timedOut(TimeoutException timeout) {
        var message = String.valueOf(timeout.getMessage());
        var after = message.indexOf("timed out after ");
        return after >= 0
                ? "did not finish: the test gave up after " + message.substring(after + "timed out after ".length())
                : "did not finish in time";
    }

    private static boolean thrownIn(Throwable t, String exercisePackage) {
        var stack = t.getStackTrace();
        return stack.length > 0 && !exercisePackage.isEmpty() && stack[0].getClassName().startsWith(exercisePackage + ".");
    }

    private static String thrower(Throwable t) {
        var top = t.getStackTrace()[0];
        return StuckThreadDiagnosis.simpleName(top.getClassName()) + "." + top.getMethodName();
    }

    private static String oneLine(Throwable t) {
        var message = t.getMessage() != null ? t.getMessage()
                : t.getCause() != null ? oneLine(t.getCause()) : null;
        var name = t.getClass().getSimpleName();
        return message == null ? name : name + ": " + message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
