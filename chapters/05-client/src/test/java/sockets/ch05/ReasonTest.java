package sockets.ch05;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/** How an exception's message becomes the end of one of our sentences. */
class ReasonTest {

    @Test
    void the_first_letter_is_lowered_and_the_rest_kept() {
        assertEquals("connection refused", Options.reason(new SocketException("Connection refused")));
        assertEquals("address in use (EADDRINUSE)", Options.reason(new IOException("Address in use (EADDRINUSE)")));
    }

    @Test
    void an_exception_without_a_message_gives_an_empty_reason_not_a_crash() {
        assertEquals("", Options.reason(new IOException()));
        assertEquals("", Options.reason(new IOException("")));
    }
}
