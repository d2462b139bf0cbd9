package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class FailureExplanationTest {

    private static final String PACKAGE = "sockets.ch01.exercises";

    private static String explain(Throwable failure) {
        return FailureExplanation.of(new TestOutcome("SocketState", PACKAGE + ".SocketStateTest", "reports its state",
                TestOutcome.Status.FAILED, failure, null, null)).expectation();
    }

    private static UnsupportedOperationException thrownByStarter() {
        var unwritten = new UnsupportedOperationException("TODO");
        unwritten.setStackTrace(new StackTraceElement[] {
                new StackTraceElement(PACKAGE + ".SocketState", "describe", "SocketState.java", 12)});
        return unwritten;
    }

    @Test
    void leads_with_the_tests_display_name_and_the_assertions_message() {
        assertEquals("reports its state: bound ==> expected: <true> but was: <false>",
                explain(new AssertionFailedError("bound ==> expected: <true> but was: <false>")));
    }

    @Test
    void calls_an_unsupported_operation_from_a_starter_not_written_yet() {
        assertEquals("reports its state: not written yet: SocketState.describe still throws UnsupportedOperationException",
                explain(thrownByStarter()));
    }

    @Test
    void finds_the_unwritten_method_behind_a_wrapping_failure() {
        assertEquals("reports its state: not written yet: SocketState.describe still throws UnsupportedOperationException",
                explain(new AssertionError("the server loop failed", thrownByStarter())));
    }

    @Test
    void explains_a_read_timeout_of_the_tests_peer() {
        assertEquals("reports its state: the test waited 10 s for bytes your code never sent:"
                        + " did it write the reply, end it with a newline, flush?",
                explain(new UncheckedIOException(new SocketTimeoutException("Read timed out"))));
    }

    @Test
    void explains_a_refused_connection() {
        assertEquals("reports its state: nothing accepted the connection: is your server bound and listening"
                + " on the port it reported?", explain(new ConnectException("Connection refused")));
    }

    @Test
    void explains_an_address_in_use() {
        assertEquals(true, explain(new BindException("Address already in use"))
                .startsWith("reports its state: the address is already in use"));
    }

    @Test
    void explains_a_reset_connection() {
        assertEquals("reports its state: your code reset the connection (closed it with unread data or SO_LINGER 0)",
                explain(new SocketException("Connection reset")));
    }

    @Test
    void names_an_unknown_exception_and_its_message_on_one_line() {
        assertEquals("reports its state: IllegalStateException: no port yet, bind first",
                explain(new IllegalStateException("no port yet,\n   bind first")));
    }
}
