package sockets.ch08;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.Transcript;

/** The default program, {@code ./workbook run 08}: the server and five clients in one process. */
@Timeout(30)
class ThreadPerClientDemoTest {

    private static final Pattern SERVING = Pattern.compile(
            "(client-\\d): serving 127\\.0\\.0\\.1:(\\d+) \\((\\d) connected\\)");
    private static final Pattern CLOSED = Pattern.compile(
            "(client-\\d): 127\\.0\\.0\\.1:(\\d+) closed after 2 lines");

    @Test
    void the_demo_prints_what_the_book_shows_and_stops_by_itself() {
        var result = Transcript.load("demo.txt").verify();
        assertEquals(0, result.exitCode(), result::toString);
    }

    @Test
    void each_client_is_served_and_closed_by_the_same_thread_and_no_thread_serves_two() {
        var lines = JavaProgram.run(ThreadPerClientDemo.class).stdoutLines();
        var threadOfPort = new java.util.HashMap<String, String>();
        int closed = 0;
        for (var line : lines) {
            var serving = SERVING.matcher(line);
            if (serving.matches()) {
                assertEquals(null, threadOfPort.put(serving.group(2), serving.group(1)), line);
            }
            var closing = CLOSED.matcher(line);
            if (closing.matches()) {
                closed++;
                assertEquals(threadOfPort.get(closing.group(2)), closing.group(1),
                        "the thread that served a client closes it: " + lines);
            }
        }
        assertEquals(ThreadPerClientDemo.CLIENTS, threadOfPort.size(), lines::toString);
        assertEquals(ThreadPerClientDemo.CLIENTS, new java.util.HashSet<>(threadOfPort.values()).size(),
                "five clients, five different threads: " + lines);
        assertEquals(ThreadPerClientDemo.CLIENTS, closed, lines::toString);
    }
}
