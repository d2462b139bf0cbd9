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

    private static SocketTimeoutException readTimeoutUnder(String readerMethod) {
        var timeout = new SocketTimeoutException("Read timed out");
        timeout.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("sun.nio.ch.NioSocketImpl", "timedRead", "NioSocketImpl.java", 288),
                new StackTraceElement("sockets.testkit.Peer", readerMethod, "Peer.java", 160),
                new StackTraceElement(PACKAGE + ".SocketStateTest", "reports", "SocketStateTest.java", 30)});
        return timeout;
    }

    @Test
    void explains_a_read_timeout_of_the_tests_peer() {
        assertEquals("reports its state: the test waited 10 s for bytes your code never sent:"
                        + " did it write the reply and flush it?",
                explain(new UncheckedIOException(new SocketTimeoutException("Read timed out"))));
    }

    @Test
    void says_a_receive_that_timed_out_waited_for_a_datagram_not_a_flush() {
        var timeout = new SocketTimeoutException("Receive timed out");
        timeout.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("java.net.DatagramSocket", "receive", "DatagramSocket.java", 700),
                new StackTraceElement(PACKAGE + ".SocketStateTest", "reports", "SocketStateTest.java", 30)});
        assertEquals("reports its state: no datagram came before the test's receive timed out: did your code send it,"
                        + " to the address and port the request came from?",
                explain(new UncheckedIOException(timeout)));
    }

    @Test
    void says_a_peer_waiting_for_a_line_waits_for_the_newline() {
        assertEquals("reports its state: the test waited 10 s for a whole line from your code:"
                        + " did it write the reply, end it with a newline, flush?",
                explain(new UncheckedIOException(readTimeoutUnder("readLine"))));
    }

    @Test
    void says_a_peer_waiting_for_end_of_stream_waits_for_a_fin_not_a_newline() {
        assertEquals("reports its state: the test waited 10 s for end of stream, a FIN your code never sent:"
                        + " close the socket (or shutdownOutput()) once the reply is written",
                explain(new UncheckedIOException(readTimeoutUnder("isAtEndOfStream"))));
    }

    @Test
    void keeps_the_tests_own_message_when_assert_timeout_preemptively_gives_up() {
        assertEquals("reports its state: no end of stream: call shutdownOutput() (the test gave up after 5 s)",
                explain(new AssertionFailedError("no end of stream: call shutdownOutput() ==> execution timed out after 5000 ms")));
    }

    @Test
    void names_the_line_of_the_students_code_that_threw() {
        var thrown = new java.net.ProtocolException("no comma");
        thrown.setStackTrace(new StackTraceElement[] {
                new StackTraceElement(PACKAGE + ".SocketState", "parse", "SocketState.java", 31),
                new StackTraceElement(PACKAGE + ".SocketStateTest", "reports", "SocketStateTest.java", 30)});
        var explanation = FailureExplanation.of(new TestOutcome("SocketState", PACKAGE + ".SocketStateTest",
                "reports its state", TestOutcome.Status.FAILED, thrown, null, null));

        assertEquals(java.util.List.of("thrown by your code at SocketState.java:31"), explanation.details());
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

    private static <T extends Throwable> T thrownInStudentCode(T thrown) {
        thrown.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("sun.nio.ch.NioSocketImpl", "implRead", "NioSocketImpl.java", 320),
                new StackTraceElement(PACKAGE + ".SocketState", "readAll", "SocketState.java", 40),
                new StackTraceElement(PACKAGE + ".SocketStateTest", "reports", "SocketStateTest.java", 30)});
        return thrown;
    }

    @Test
    void tells_a_reset_the_students_code_received_from_one_it_caused() {
        assertEquals("reports its state: the other end reset the connection (a RST: ECONNRESET) while your code"
                        + " used it; a reset ends that connection, not the program",
                explain(thrownInStudentCode(new SocketException("Connection reset"))));
    }

    @Test
    void says_a_stream_closed_closes_its_socket() {
        assertEquals(true, explain(thrownInStudentCode(new SocketException("Socket closed")))
                .contains("closing a socket's input or output stream closes the whole socket"));
    }

    @Test
    void says_a_bind_the_students_code_made_was_refused() {
        assertEquals(true, explain(thrownInStudentCode(new BindException("Address already in use")))
                .startsWith("reports its state: your code's bind() was refused: the address is already in use (EADDRINUSE)"));
    }

    @Test
    void explains_an_accept_that_timed_out() {
        assertEquals("reports its state: accept() timed out: no connection was waiting in the listener's queue",
                explain(new SocketTimeoutException("Accept timed out")));
    }

    @Test
    void names_an_unknown_exception_and_its_message_on_one_line() {
        assertEquals("reports its state: IllegalStateException: no port yet, bind first",
                explain(new IllegalStateException("no port yet,\n   bind first")));
    }
}
