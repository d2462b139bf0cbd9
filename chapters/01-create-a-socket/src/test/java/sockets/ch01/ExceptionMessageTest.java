package sockets.ch01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
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

    @Test
    void the_call_windows_names_after_the_error_is_left_out_so_the_sentence_is_the_same_everywhere() {
        // The JDK's messages on Windows (NET_ThrowNew, and Net.pollConnect after a connect
        // with a timeout); Linux and macOS give "Connection refused" alone.
        assertEquals("connection refused", Options.lower(new ConnectException("Connection refused: connect")));
        assertEquals("connection refused",
                Options.lower(new ConnectException("Connection refused: getsockopt issue with option value")));
        assertEquals("address already in use", Options.lower(new BindException("Address already in use: bind")));
    }

    @Test
    void a_colon_inside_a_linux_message_is_kept() {
        assertEquals("nosuch.example: name or service not known",
                Options.lower(new UnknownHostException("nosuch.example: Name or service not known")));
    }
}
