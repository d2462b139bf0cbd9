package sockets.ch04;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/** How an exception's message becomes the end of one of our sentences. */
class LowerTest {

    @Test
    void a_message_is_lowered_for_the_sentence() {
        assertEquals("connection reset", Options.lower(new SocketException("Connection reset")));
    }

    @Test
    void an_exception_without_a_message_gives_its_class_name_not_a_crash() {
        assertEquals("IOException", Options.lower(new IOException()));
    }
}
