package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StuckThreadDiagnosisTest {

    private static final String PACKAGE = "sockets.ch04.exercises";

    private static StackTraceElement frame(String className, String method, String file, int line) {
        return new StackTraceElement(className, method, file, line);
    }

    private static StackTraceElement[] stuckIn(StackTraceElement... jdkFrames) {
        var stack = new StackTraceElement[jdkFrames.length + 2];
        System.arraycopy(jdkFrames, 0, stack, 0, jdkFrames.length);
        stack[jdkFrames.length] = frame(PACKAGE + ".EchoServer", "serve", "EchoServer.java", 42);
        stack[jdkFrames.length + 1] = frame(PACKAGE + ".EchoServerTest", "echoes", "EchoServerTest.java", 17);
        return stack;
    }

    @Test
    void recognises_a_thread_waiting_in_accept() {
        var diagnosis = StuckThreadDiagnosis.of(stuckIn(
                frame("sun.nio.ch.Net", "accept", "Net.java", 0),
                frame("sun.nio.ch.NioSocketImpl", "accept", "NioSocketImpl.java", 760),
                frame("java.net.ServerSocket", "implAccept", "ServerSocket.java", 698)), PACKAGE);

        assertEquals("blocked in accept(): waiting for a client that never connected", diagnosis.blockedIn());
    }

    @Test
    void recognises_a_thread_waiting_in_connect() {
        var diagnosis = StuckThreadDiagnosis.of(stuckIn(
                frame("sun.nio.ch.Net", "poll", "Net.java", 0),
                frame("sun.nio.ch.NioSocketImpl", "park", "NioSocketImpl.java", 191),
                frame("sun.nio.ch.NioSocketImpl", "timedFinishConnect", "NioSocketImpl.java", 542),
                frame("java.net.Socket", "connect", "Socket.java", 751)), PACKAGE);

        assertEquals("blocked in connect(): nothing answered the connection attempt", diagnosis.blockedIn());
    }

    @Test
    void recognises_a_thread_waiting_in_a_socket_read_under_a_reader() {
        var diagnosis = StuckThreadDiagnosis.of(stuckIn(
                frame("sun.nio.ch.SocketDispatcher", "read0", "SocketDispatcher.java", 0),
                frame("sun.nio.ch.NioSocketImpl", "implRead", "NioSocketImpl.java", 336),
                frame("java.net.Socket$SocketInputStream", "implRead", "Socket.java", 1110),
                frame("sun.nio.cs.StreamDecoder", "readBytes", "StreamDecoder.java", 350),
                frame("java.io.BufferedReader", "readLine", "BufferedReader.java", 396)), PACKAGE);

        assertEquals("blocked in a read: waiting for the rest of a line; did the other end flush, did it send the newline?",
                diagnosis.blockedIn());
    }

    @Test
    void says_a_read_until_end_of_stream_waits_for_a_fin_not_a_newline() {
        var diagnosis = StuckThreadDiagnosis.of(stuckIn(
                frame("sun.nio.ch.Net", "poll", "Net.java", 0),
                frame("sun.nio.ch.NioSocketImpl", "implRead", "NioSocketImpl.java", 307),
                frame("java.net.Socket$SocketInputStream", "read", "Socket.java", 964),
                frame("java.io.InputStream", "readAllBytes", "InputStream.java", 389)), PACKAGE);

        assertEquals("blocked in a read, waiting for end of stream: a FIN that never came; the other end must close"
                + " the socket (or shutdownOutput()) once it is done", diagnosis.blockedIn());
    }

    @Test
    void says_a_plain_read_waits_for_bytes() {
        var diagnosis = StuckThreadDiagnosis.of(stuckIn(
                frame("sun.nio.ch.Net", "poll", "Net.java", 0),
                frame("java.net.Socket$SocketInputStream", "read", "Socket.java", 964)), PACKAGE);

        assertEquals("blocked in a read: waiting for bytes the other end never sent; did it write and flush them?",
                diagnosis.blockedIn());
    }

    @Test
    void recognises_a_thread_waiting_in_a_write() {
        var diagnosis = StuckThreadDiagnosis.of(stuckIn(
                frame("sun.nio.ch.SocketDispatcher", "write0", "SocketDispatcher.java", 0),
                frame("sun.nio.ch.NioSocketImpl", "implWrite", "NioSocketImpl.java", 413),
                frame("java.net.Socket$SocketOutputStream", "write", "Socket.java", 1190)), PACKAGE);

        assertEquals("blocked in a write: the peer is not reading and the send buffer is full", diagnosis.blockedIn());
    }

    @Test
    void names_the_students_frame_rather_than_the_tests() {
        var diagnosis = StuckThreadDiagnosis.of(stuckIn(frame("sun.nio.ch.Net", "accept", "Net.java", 0)), PACKAGE);

        assertEquals(Optional.of("at EchoServer.java:42"), diagnosis.location());
    }

    @Test
    void names_the_tests_frame_when_the_student_has_none_on_the_stack() {
        var stack = new StackTraceElement[] {
                frame("sun.nio.ch.Net", "accept", "Net.java", 0),
                frame(PACKAGE + ".EchoServerTest", "echoes", "EchoServerTest.java", 17)};

        assertEquals(Optional.of("at EchoServerTest.java:17"), StuckThreadDiagnosis.of(stack, PACKAGE).location());
    }

    @Test
    void calls_a_busy_student_frame_on_top_a_loop_rather_than_a_wait() {
        var diagnosis = StuckThreadDiagnosis.of(stuckIn(), PACKAGE);

        assertEquals("still running, not waiting for the network: a loop that never ends?", diagnosis.blockedIn());
    }

    @Test
    void names_any_other_jdk_call_it_waits_in() {
        var diagnosis = StuckThreadDiagnosis.of(stuckIn(
                frame("java.lang.Thread", "sleep0", "Thread.java", 0),
                frame("java.lang.Thread", "sleep", "Thread.java", 509)), PACKAGE);

        assertEquals("blocked in Thread.sleep0()", diagnosis.blockedIn());
    }
}
