package sockets.exercises;

import java.net.BindException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.opentest4j.AssertionFailedError;
import sockets.testkit.Peer;

/**
 * A failed test told in socket terms: the expectation that failed, where the student's code
 * threw, and for a timeout where it was stuck. The test's own message wins where it has one;
 * the exception types a socket exercise typically dies of become a sentence about the socket;
 * anything else is its name and message on one line.
 *
 * @param expectation what the test expected, led by its display name
 * @param thrownAt    the line of the student's code that threw, {@code at Netstrings.java:31}
 * @param stuck       where the thread the test gave up on was blocked when it ran out of time
 * @param yourThreads where the student's own threads were blocked then, when that thread was
 *                    the test's (waiting on them in a join or a future)
 */
public record FailureExplanation(String expectation, Optional<String> thrownAt, Optional<StuckThreadDiagnosis> stuck,
                                 List<StuckThreadDiagnosis> yourThreads) {

    /** What assertTimeoutPreemptively appends to the test's message. */
    private static final Pattern PREEMPTED = Pattern.compile("(?s)^(.*?)\\s*(?:==> )?execution timed out after (\\d+) ms\\s*$");

    public FailureExplanation {
        yourThreads = List.copyOf(yourThreads);
    }

    public static FailureExplanation of(TestOutcome outcome) {
        var failure = outcome.failure();
        var exercisePackage = outcome.exercisePackage();
        var what = failure == null ? "failed without saying why" : sentence(failure, exercisePackage);
        var stuck = outcome.stuckStack() == null ? Optional.<StuckThreadDiagnosis>empty()
                : Optional.of(StuckThreadDiagnosis.of(outcome.stuckStack(), exercisePackage));
        var yours = outcome.studentThreads().stream()
                .map(stack -> StuckThreadDiagnosis.of(stack, exercisePackage)).toList();
        return new FailureExplanation(outcome.displayName() + ": " + what,
                failure == null ? Optional.empty() : thrownByStudent(failure, exercisePackage), stuck, yours);
    }

    /** Every line under the expectation: where the code threw, where it was stuck. */
    public List<String> details() {
        var lines = new java.util.ArrayList<String>();
        thrownAt.ifPresent(where -> lines.add("thrown by your code " + where));
        // A test thread that only waited for the student's threads (a join, a future) says
        // less than they do: where it waited, in a few words, then where they were blocked.
        stuck.ifPresent(diagnosis -> lines.add(diagnosis.inSocketCall() || yourThreads.isEmpty()
                ? diagnosis.describe()
                : "the test was waiting for your code" + diagnosis.location().map(at -> " " + at).orElse("")));
        yourThreads.stream().map(thread -> "your code's thread: " + thread.describe()).distinct().forEach(lines::add);
        return lines;
    }

    static String sentence(Throwable failure, String exercisePackage) {
        if (failure instanceof TimeoutException timeout) {
            return timedOut(timeout);
        }
        var unwritten = chain(failure).stream()
                .filter(cause -> cause instanceof UnsupportedOperationException && thrownIn(cause, exercisePackage))
                .findFirst();
        if (unwritten.isPresent()) {
            return "not written yet: " + thrower(unwritten.get()) + " still throws UnsupportedOperationException";
        }
        if (failure instanceof AssertionError && failure.getMessage() != null && !failure.getMessage().isBlank()) {
            var message = failure.getMessage().strip();
            var preempted = PREEMPTED.matcher(message);
            if (preempted.matches()) {
                var gaveUp = "the test gave up after " + seconds(Long.parseLong(preempted.group(2)));
                return preempted.group(1).isBlank() ? "did not finish: " + gaveUp : preempted.group(1) + " (" + gaveUp + ")";
            }
            // The test's own words, unless it only wraps what went wrong elsewhere (a server loop
            // that failed): then that, said in socket terms.
            if (failure instanceof AssertionFailedError || failure.getCause() == null) {
                return message;
            }
            return message + ": " + sentence(failure.getCause(), exercisePackage);
        }
        for (var cause : chain(failure)) {
            var known = knownSocketProblem(cause, exercisePackage);
            if (known.isPresent()) {
                return known.get();
            }
        }
        return oneLine(failure);
    }

    private static Optional<String> knownSocketProblem(Throwable t, String exercisePackage) {
        return Optional.ofNullable(switch (t) {
            case SocketTimeoutException slow when String.valueOf(slow.getMessage()).toLowerCase(Locale.ROOT).contains("connect") ->
                    "nothing accepted the connection in time: is your server listening on the port it reported?";
            case SocketTimeoutException slow when String.valueOf(slow.getMessage()).toLowerCase(Locale.ROOT).contains("accept") ->
                    "accept() timed out: no connection was waiting in the listener's queue";
            // The same exception means opposite things: a reset your code received, or one it caused.
            case SocketException reset when String.valueOf(reset.getMessage()).contains("Connection reset")
                    && StuckThreadDiagnosis.hasStudentFrame(reset.getStackTrace(), exercisePackage) ->
                    "the other end reset the connection (a RST: ECONNRESET) while your code used it;"
                            + " a reset ends that connection, not the program";
            case SocketException closed when ("Socket closed".equals(closed.getMessage()) || "Socket is closed".equals(closed.getMessage()))
                    && StuckThreadDiagnosis.hasStudentFrame(closed.getStackTrace(), exercisePackage) ->
                    "your code used a socket that was already closed (\"Socket closed\"): closing a socket's"
                            + " input or output stream closes the whole socket; shutdownOutput() ends only the"
                            + " sending half and keeps the socket open for reading";
            // A datagram is not flushed, and the test's own receive timeout is not the Peer's.
            case SocketTimeoutException slow when Arrays.stream(slow.getStackTrace())
                    .anyMatch(frame -> frame.getMethodName().equals("receive")) ->
                    "no datagram came before the test's receive timed out: did your code send it, to the address"
                            + " and port the request came from?";
            case SocketTimeoutException slow -> "the test waited " + Peer.READ_TIMEOUT.toSeconds() + " s " + waitedFor(slow);
            case ConnectException refused ->
                    "nothing accepted the connection: is your server bound and listening on the port it reported?";
            case BindException inUse when StuckThreadDiagnosis.hasStudentFrame(inUse.getStackTrace(), exercisePackage) ->
                    "your code's bind() was refused: the address is already in use (EADDRINUSE), another socket holds"
                            + " that port; a port in use is an answer to handle, not the end of the program";
            case BindException inUse -> "the address is already in use: another listener holds that port"
                    + " (an earlier run still alive?); bind to port 0 or close the old listener first";
            case SocketException reset when String.valueOf(reset.getMessage()).contains("Connection reset") ->
                    "your code reset the connection (closed it with unread data or SO_LINGER 0)";
            case SocketException pipe when String.valueOf(pipe.getMessage()).contains("Broken pipe") ->
                    "the connection was already closed by the other side when the bytes were written";
            default -> null;
        });
    }

    /** What a read that timed out was waiting for, told by the reader on its stack. */
    private static String waitedFor(SocketTimeoutException slow) {
        for (var frame : slow.getStackTrace()) {
            switch (frame.getMethodName()) {
                case "isAtEndOfStream", "readToEnd", "readAllBytes", "transferTo" -> {
                    return "for end of stream, a FIN your code never sent: close the socket (or shutdownOutput())"
                            + " once the reply is written";
                }
                case "readLine" -> {
                    return "for a whole line from your code: did it write the reply, end it with a newline, flush?";
                }
                default -> {
                }
            }
        }
        return "for bytes your code never sent: did it write the reply and flush it?";
    }

    /**
     * The student's line, when the failure (or what it wraps) is an exception their code threw:
     * its first frame outside the JDK is in an exercise class, not in a test.
     */
    private static Optional<String> thrownByStudent(Throwable failure, String exercisePackage) {
        for (var cause : chain(failure)) {
            if (cause instanceof AssertionError || cause instanceof UnsupportedOperationException) {
                continue;
            }
            for (var frame : cause.getStackTrace()) {
                if (frame.getClassName().startsWith("java.") || frame.getClassName().startsWith("jdk.")
                        || frame.getClassName().startsWith("sun.")) {
                    continue;
                }
                if (!exercisePackage.isEmpty() && frame.getClassName().startsWith(exercisePackage + ".")
                        && !StuckThreadDiagnosis.isTestClass(frame.getClassName())) {
                    return Optional.of(StuckThreadDiagnosis.location(frame));
                }
                break;
            }
        }
        return Optional.empty();
    }

    private static List<Throwable> chain(Throwable failure) {
        var chain = new java.util.ArrayList<Throwable>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause) && chain.size() < 20; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static String timedOut(TimeoutException timeout) {
        var message = String.valueOf(timeout.getMessage());
        var after = message.indexOf("timed out after ");
        return after >= 0
                ? "did not finish: the test gave up after " + message.substring(after + "timed out after ".length())
                : "did not finish in time";
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
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
