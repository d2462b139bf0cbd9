package sockets.ch14;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import sockets.testkit.Transcript;

class NativeDemoTest {

    @Test
    void the_demo_prints_what_the_book_shows_and_stops_by_itself() {
        assumeTrue(NativeGreetingServer.isLinux(), "the demo calls the Linux C library");
        var result = Transcript.load("demo.txt").verify();
        assertEquals(0, result.exitCode(), result::toString);
    }
}
