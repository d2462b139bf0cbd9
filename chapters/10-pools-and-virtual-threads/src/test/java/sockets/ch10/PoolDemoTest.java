package sockets.ch10;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import sockets.testkit.Transcript;

class PoolDemoTest {

    @Test
    void the_demo_prints_what_the_book_shows() {
        var result = Transcript.load("demo.txt").verify();
        assertEquals(0, result.exitCode());
    }
}
