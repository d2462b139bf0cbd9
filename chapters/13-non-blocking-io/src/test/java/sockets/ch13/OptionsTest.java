package sockets.ch13;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** The one way this chapter puts an exception's message in the middle of a sentence. */
class OptionsTest {

    @Test
    void a_message_is_lowered_for_the_middle_of_a_sentence() {
        assertEquals("connection refused", Options.lower(new ConnectException("Connection refused")));
    }

    @Test
    void an_exception_without_a_message_gives_its_class_name_not_a_crash() {
        assertEquals("IOException", Options.lower(new IOException()));
    }

    @Test
    void a_capital_i_becomes_a_dotted_i_whatever_the_default_locale() {
        // Locale.ROOT: "Invalid" in a Turkish default locale would otherwise begin with "ı".
        assertEquals("invalid argument", Options.lower(new IOException("Invalid argument")));
    }
}
