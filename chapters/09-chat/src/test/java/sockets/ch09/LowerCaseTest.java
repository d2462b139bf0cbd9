package sockets.ch09;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** The sentences the programs build from an exception's message. */
class LowerCaseTest {

    @Test
    void an_exception_without_a_message_gives_its_class_name_not_a_crash() {
        assertEquals("IOException", Options.lower(new IOException()));
    }

    @Test
    @ResourceLock(Resources.LOCALE)
    void a_message_is_lowered_the_same_in_every_default_locale() {
        var saved = Locale.getDefault();
        try {
            // In Turkish, the lower case of I is a dotless ı: "ınvalıd ınput" in a sentence.
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("invalid input", Options.lower(new IOException("INVALID INPUT")));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
