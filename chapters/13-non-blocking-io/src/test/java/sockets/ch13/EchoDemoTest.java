package sockets.ch13;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Transcript;

/** The default program, {@code ./workbook run 13}: the selector server and its clients. */
@Timeout(30)
class EchoDemoTest {

    @Test
    void the_demo_prints_what_the_book_shows_and_stops_by_itself() {
        // How often the kernel took part of a write depends on timing; that it did, does not.
        var result = Transcript.load("demo.txt")
                .normalising("part of their bytes: [1-9]\\d*", "part of their bytes: N")
                .normalising("stopped reading a client: [1-9]\\d*", "stopped reading a client: N")
                .verify();
        assertEquals(0, result.exitCode(), result::toString);
    }
}
