package sockets.ch01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * An exception's message inside one of the chapter's sentences. Every chapter's Options.lower is
 * this one, held to it by the testkit's OptionsCopiesTest, so it is tested here once.
 */
@Isolated("changes the JVM's default locale")
class ExceptionMessageTest {

    @Test
    void a_message_is_lowered_the_same_in_a_turkish_locale() {
        var before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("invalid argument", Options.lower(new IOException("Invalid Argument")),
                    "String.toLowerCase() would give a dotless i here");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void an_exception_without_a_message_is_named_not_a_crash() {
        // ClosedChannelException is one the JDK throws with no message at all.
        assertEquals("ClosedChannelException", Options.lower(new ClosedChannelException()));
        assertEquals("IOException", Options.lower(new IOException(" ")), "a blank message is none either");
    }
}
