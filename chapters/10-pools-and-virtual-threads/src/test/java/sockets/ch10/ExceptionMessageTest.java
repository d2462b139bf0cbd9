package sockets.ch10;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;

/** An exception's message inside a sentence: lowered the same way everywhere, never a crash. */
class ExceptionMessageTest {

    @Test
    void a_message_is_lowered_by_the_root_locale() {
        // In Turkish, "I".toLowerCase() is a dotless ı; Locale.ROOT gives "i" everywhere.
        assertEquals("invalid argument", Options.lower(new SocketException("Invalid argument")));
    }

    @Test
    void an_exception_without_a_message_gives_its_class_name_not_a_crash() {
        assertEquals("IOException", Options.lower(new IOException()));
    }
}
