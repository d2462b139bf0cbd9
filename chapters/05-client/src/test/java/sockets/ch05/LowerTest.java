package sockets.ch05;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/** How an exception's message becomes the end of one of our sentences. */
class LowerTest {

    @Test
    void a_message_is_lowered_by_the_root_locale() {
        assertEquals("connection refused", Options.lower(new SocketException("Connection refused")));
    }

    @Test
    void an_exception_without_a_message_gives_its_class_name_not_a_crash() {
        assertEquals("IOException", Options.lower(new IOException()));
        assertEquals("IOException", Options.lower(new IOException("")));
    }
}
