package sockets.ch10;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.Transcript;

/**
 * What JFR's jdk.VirtualThreadPinned events say of three virtual threads that each park 50 ms
 * in a socket read. In this JVM, not a child's: JFR's start alone takes most of a second.
 */
@Timeout(10)
class PinningTest {

    private static Map<String, String> verdicts;
    private static int port;

    /** Once for the class: the class initialiser's wait can only happen once in a JVM. */
    @BeforeAll
    static void watchTheThreeWaits() throws Exception {
        try (var listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             var client = new Socket(listener.getInetAddress(), listener.getLocalPort());
             var silent = listener.accept()) {
            port = listener.getLocalPort();
            verdicts = PinningDemo.watch(silent);
        }
    }

    @Test
    void a_virtual_thread_that_parks_inside_synchronized_leaves_its_carrier() {
        assertEquals("not pinned", verdicts.get("in synchronized"),
                "since JDK 24 (JEP 491) a monitor no longer pins a virtual thread");
    }

    @Test
    void one_that_parks_in_java_called_back_from_c_is_pinned() {
        assertEquals("pinned\n  Native or VM frame on stack", verdicts.get("under a C frame"));
    }

    @Test
    void one_that_parks_in_a_class_initialiser_is_pinned() {
        assertEquals("pinned\n  VM call to sockets.ch10.PinningDemo$SlowToInitialise.<clinit> on stack",
                verdicts.get("in a class initialiser"));
    }

    /** The demo prints its listening line, then these verdicts as main does. */
    @Test
    void the_book_shows_what_the_demo_prints() {
        var output = new StringBuilder("listening on 127.0.0.1:" + port + "\n");
        verdicts.forEach((place, verdict) -> output.append(place).append(": ").append(verdict)
                .append('\n'));
        Transcript.load("pinning.txt").assertMatches(output.toString());
    }
}
