package sockets.testkit;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Arrays;

/**
 * Runs a program's {@code main} with a line back to the test that started it
 * ({@link JavaProgram#startStoppable}): when the test closes the line
 * ({@link RunningProgram#interrupt()}), the program exits as Ctrl-C or SIGTERM would make it,
 * its shutdown hooks first. Windows has no SIGTERM ({@code Process.destroy()} is
 * TerminateProcess there, which runs no hook), so this is how a test stops a program
 * gracefully on every OS; the program itself is not changed. Arguments: the main class, then
 * the program's own.
 */
public final class StopLine {

    /** The system property that carries the port the test listens on for the line. */
    static final String PORT = "sockets.testkit.stopLine";

    /** What a process ended by SIGTERM reports: 128 + 15. */
    static final int STATUS = 143;

    private StopLine() {
    }

    public static void main(String[] args) throws Throwable {
        var line = new Socket(InetAddress.getLoopbackAddress(), Integer.getInteger(PORT));
        Thread.ofPlatform().daemon().name("testkit-stop-line").start(() -> {
            try (line) {
                // Nothing is ever sent: the test closes the line, and read returns end of stream.
                line.getInputStream().read();
            } catch (IOException closed) {
                // the test's JVM is gone: stop too
            }
            System.exit(STATUS);
        });
        var main = Class.forName(args[0]).getDeclaredMethod("main", String[].class);
        main.setAccessible(true);
        try {
            main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
