package sockets.ch03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.Peer;
import sockets.testkit.Platform;

/** The server in its own JVM, driven through its standard input as a person at the keyboard. */
@Timeout(30)
class AcceptOnEnterServerTest {

    @Test
    void each_enter_accepts_the_oldest_queued_connection() {
        try (var server = JavaProgram.start(AcceptOnEnterServer.class, "--backlog", "2");
             var first = Peer.connect(server.awaitListening());
             var second = Peer.connect(server.awaitListening())) {
            first.sendLine("first");
            second.sendLine("second");
            server.writeLine("");
            assertEquals("accepted 127.0.0.1:" + first.socket().getLocalPort() + ", which sent \"first\"",
                    server.awaitLine("accepted"));
            server.writeLine("");
            server.awaitLine("which sent \"second\"");
        }
    }

    @Test
    void the_server_listens_with_the_backlog_it_is_given() throws IOException {
        Platform.requireLinux(BacklogDemoTest.LINUX_BACKLOG);
        try (var server = JavaProgram.start(AcceptOnEnterServer.class, "--backlog", "1");
             var first = Peer.connect(server.awaitListening());
             var second = Peer.connect(server.awaitListening());
             var third = new Socket()) {
            assertThrows(SocketTimeoutException.class, () -> third.connect(server.awaitListening(), 500),
                    "backlog 1 queues two connections; the third connect stalls");
        }
    }

    @Test
    void a_client_that_reset_while_queued_does_not_stop_the_server() {
        try (var server = JavaProgram.start(AcceptOnEnterServer.class)) {
            var address = server.awaitListening();
            Peer.connect(address).reset();
            server.writeLine("");
            server.awaitLine(line -> line.startsWith("accepted ") && line.contains("which failed: Connection reset"),
                    Duration.ofSeconds(10));
            try (var next = Peer.connect(address)) {
                next.sendLine("still served");
                server.writeLine("");
                server.awaitLine("which sent \"still served\"");
            }
        }
    }

    @Test
    void a_silent_client_is_given_up_after_two_seconds_and_the_next_is_served() {
        try (var server = JavaProgram.start(AcceptOnEnterServer.class);
             var silent = Peer.connect(server.awaitListening());
             var next = Peer.connect(server.awaitListening())) {
            next.sendLine("after the silent one");
            server.writeLine("");
            server.writeLine("");
            server.awaitLine("which sent nothing within 2 s");
            server.awaitLine("which sent \"after the silent one\"");
            assertEquals(null, silent.readLine(), "the server closed the silent client's connection");
        }
    }

    @Test
    void end_of_input_closes_the_listener_and_resets_the_queued_connections() {
        try (var server = JavaProgram.start(AcceptOnEnterServer.class);
             var queued = Peer.connect(server.awaitListening())) {
            server.closeStdin();
            var result = server.awaitExit(Duration.ofSeconds(10));
            assertEquals(0, result.exitCode(), result::toString);
            var reset = assertThrows(UncheckedIOException.class, queued::readLine,
                    "the kernel aborts a queued connection when its listener closes");
            assertEquals("Connection reset", reset.getCause().getMessage());
        }
    }
}
