package sockets.ch16;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import sockets.testkit.Transcript;

class RedisDemoTest {

    @Test
    void the_demo_prints_what_the_book_shows_and_stops_by_itself() {
        var result = Transcript.load("demo.txt").verify();
        assertEquals(0, result.exitCode(), result::toString);
    }
}
