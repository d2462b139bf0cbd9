package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class StrerrorTest {

    @Test
    void windows_names_the_call_after_the_error_and_that_part_is_left_out() {
        assertEquals("Address already in use", Strerror.of(new BindException("Address already in use: bind")));
        assertEquals("Connection refused", Strerror.of(new ConnectException("Connection refused: connect")));
    }

    @Test
    void a_connect_with_a_timeout_is_refused_on_windows_in_other_words_which_are_left_out_too() {
        // Net.pollConnect in the JDK's windows/native/libnio/ch/Net.c
        assertEquals("Connection refused",
                Strerror.of(new ConnectException("Connection refused: getsockopt issue with option value")));
    }

    @Test
    void linux_and_macos_messages_are_kept_as_they_are() {
        assertEquals("Connection refused", Strerror.of(new ConnectException("Connection refused")));
        assertEquals("nosuch.example: Name or service not known",
                Strerror.of(new UnknownHostException("nosuch.example: Name or service not known")));
    }

    @Test
    void macos_words_for_an_address_not_on_the_machine_are_read_as_linux_words() {
        assertEquals("Cannot assign requested address",
                Strerror.of(new BindException("Can't assign requested address")));
    }
}
