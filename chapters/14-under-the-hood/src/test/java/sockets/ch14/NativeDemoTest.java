package sockets.ch14;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sockets.testkit.Transcript;

class NativeDemoTest {

    @BeforeAll
    static void onLinuxOnly() {
        LinuxLibc.require();
    }

    @Test
    void the_demo_prints_what_the_book_shows_and_stops_by_itself() {
        var result = Transcript.load("demo.txt").verify();
        assertEquals(0, result.exitCode(), result::toString);
    }
}
