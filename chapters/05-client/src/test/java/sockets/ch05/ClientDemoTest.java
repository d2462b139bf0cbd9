package sockets.ch05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.Platform;
import sockets.testkit.Transcript;

/** The default program, {@code ./workbook run 05}: a good exchange and four failures, then it stops. */
@Timeout(30)
class ClientDemoTest {

    private static final Pattern CONNECTED = Pattern.compile("connected +local 127\\.0\\.0\\.1:(\\d+) remote .*");
    private static final Pattern RECEIVED = Pattern.compile("received +hello 127\\.0\\.0\\.1:(\\d+), you said \"hello\"");

    @Test
    void the_demo_prints_what_the_book_shows_and_stops_by_itself() {
        Platform.requirePosix(TroubleServers.FullQueue.WINDOWS_REFUSES);
        var result = Transcript.load("demo.txt").verify();
        assertEquals(0, result.exitCode(), result::toString);
    }

    @Test
    void the_reply_names_the_local_port_the_client_reports() {
        var lines = JavaProgram.run(ClientDemo.class).stdoutLines();
        var connected = lines.stream().map(CONNECTED::matcher).filter(m -> m.matches()).findFirst();
        var received = lines.stream().map(RECEIVED::matcher).filter(m -> m.matches()).findFirst();
        assertTrue(connected.isPresent() && received.isPresent(), lines::toString);
        assertEquals(connected.get().group(1), received.get().group(1),
                "the server's getpeername() is the client's getsockname()");
    }
}
