package sockets.exercises;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the stack of a test thread that ran out of time and says, in socket terms, what it was
 * waiting for and which line of the student's code made it wait.
 *
 * @param blockedIn a sentence: {@code blocked in accept(): ...}
 * @param location  the student's frame, {@code at SocketState.java:42}, if the stack has one
 */
public record StuckThreadDiagnosis(String blockedIn, Optional<String> location) {

    private static final String ACCEPT = "blocked in accept(): waiting for a client that never connected";
    private static final String CONNECT = "blocked in connect(): nothing answered the connection attempt";
    private static final String READ = "blocked in a read: waiting for bytes the other end never sent; did it write and flush them?";
    private static final String READ_LINE =
            "blocked in a read: waiting for the rest of a line; did the other end flush, did it send the newline?";
    private static final String READ_TO_END = "blocked in a read, waiting for end of stream: a FIN that never came;"
            + " the other end must close the socket (or shutdownOutput()) once it is done";
    private static final String WRITE = "blocked in a write: the peer is not reading and the send buffer is full";

    /** Packages whose frames are the JDK's, above the first frame of anyone's own code. */
    private static final String[] JDK = {"java.", "javax.", "jdk.", "sun.", "com.sun."};
    /** Packages where a blocking socket or stream call shows up. */
    private static final String[] IO = {"java.net.", "java.io.", "java.nio.channels.", "sun.nio.ch.", "sun.nio.cs."};

    public static StuckThreadDiagnosis of(StackTraceElement[] stack, String exercisePackage) {
        return new StuckThreadDiagnosis(blockedCall(stack), studentFrame(stack, exercisePackage));
    }

    /** Whether the thread waited in a socket call (accept, connect, read, write), not elsewhere. */
    public boolean inSocketCall() {
        return blockedIn.startsWith("blocked in accept()") || blockedIn.startsWith("blocked in connect()")
                || blockedIn.startsWith("blocked in a read") || blockedIn.startsWith("blocked in a write");
    }

    public String describe() {
        return location.map(where -> blockedIn + "\n  " + where).orElse(blockedIn);
    }

    private static String blockedCall(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return "the test did not finish, and its thread left no stack to say where it was";
        }
        for (var frame : stack) {
            if (!inAny(frame, JDK)) {
                break;
            }
            if (!inAny(frame, IO)) {
                continue;
            }
            // Net.poll and park() say only "waiting": the frames below them say for what.
            var method = frame.getMethodName().toLowerCase(Locale.ROOT);
            if (method.contains("accept")) {
                return ACCEPT;
            }
            if (method.contains("connect")) {
                return CONNECT;
            }
            if (method.contains("read")) {
                return readingFor(stack);
            }
            if (method.contains("write")) {
                return WRITE;
            }
        }
        var top = stack[0];
        return inAny(top, JDK)
                ? "blocked in " + simpleName(top.getClassName()) + "." + top.getMethodName() + "()"
                : "still running, not waiting for the network: a loop that never ends?";
    }

    /**
     * What a blocked read waits for, told by the reader further down the stack: a line (a
     * newline that did not come), end of stream (a FIN that did not come), or just bytes.
     */
    private static String readingFor(StackTraceElement[] stack) {
        for (var frame : stack) {
            var method = frame.getMethodName();
            if (method.equals("readAllBytes") || method.equals("transferTo") || method.equals("readToEnd")
                    || method.equals("isAtEndOfStream")) {
                return READ_TO_END;
            }
            if (method.equals("readLine")) {
                return READ_LINE;
            }
        }
        return READ;
    }

    /** Whether the stack holds a frame of the student's own code (an exercise class, not its test). */
    static boolean hasStudentFrame(StackTraceElement[] stack, String exercisePackage) {
        var prefix = exercisePackage.isEmpty() ? "" : exercisePackage + ".";
        return Arrays.stream(stack).anyMatch(frame -> !prefix.isEmpty() && frame.getClassName().startsWith(prefix)
                && !isTestClass(frame.getClassName()));
    }

    private static Optional<String> studentFrame(StackTraceElement[] stack, String exercisePackage) {
        var prefix = exercisePackage.isEmpty() ? "" : exercisePackage + ".";
        var inExercise = Arrays.stream(stack)
                .filter(frame -> frame.getClassName().startsWith(prefix) && !inAny(frame, JDK))
                .toList();
        // The student's class, not the test that called it; the test's line if nothing else.
        return inExercise.stream().filter(frame -> !isTestClass(frame.getClassName())).findFirst()
                .or(() -> inExercise.stream().findFirst())
                .map(StuckThreadDiagnosis::location);
    }

    static boolean isTestClass(String className) {
        var topLevel = simpleName(className);
        var dollar = topLevel.indexOf('$');
        return (dollar < 0 ? topLevel : topLevel.substring(0, dollar)).endsWith("Test");
    }

    static String location(StackTraceElement frame) {
        var file = frame.getFileName() != null ? frame.getFileName() : simpleName(frame.getClassName()) + ".java";
        return frame.getLineNumber() > 0 ? "at " + file + ":" + frame.getLineNumber() : "at " + file;
    }

    private static boolean inAny(StackTraceElement frame, String[] packages) {
        for (var prefix : packages) {
            if (frame.getClassName().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
