package sockets.ch11;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Transcript;

/** The default program, {@code ./workbook run 11}: the echo server and the clients of the demo. */
@Timeout(30)
class DatagramDemoTest {

    @Test
    void the_demo_prints_what_the_book_shows_and_stops_by_itself() {
        var result = Transcript.load("demo.txt").verify();
        assertEquals(0, result.exitCode(), result::toString);
    }
}
