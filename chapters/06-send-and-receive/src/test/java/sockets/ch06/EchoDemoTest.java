package sockets.ch06;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Transcript;

/** The default program, {@code ./workbook run 06}: the echo server and five clients. */
@Timeout(30)
class EchoDemoTest {

    @Test
    void the_demo_prints_what_the_book_shows_and_stops_by_itself() {
        var result = Transcript.load("demo.txt").verify();
        assertEquals(0, result.exitCode(), result::toString);
    }
}
