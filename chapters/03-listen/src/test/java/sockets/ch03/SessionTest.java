package sockets.ch03;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.Platform;
import sockets.testkit.ProgramResult;
import sockets.testkit.RunningProgram;
import sockets.testkit.Transcript;

/**
 * The session the book shows in four terminals: a server with backlog 1, two clients that
 * connect and wait, a third whose connect times out, one Enter, then Ctrl-D. Each program's
 * output is compared with its transcript.
 */
@Timeout(40)
class SessionTest {

    private static final Duration EXIT_LIMIT = Duration.ofSeconds(15);

    @Test
    void the_server_and_its_clients_print_what_the_book_shows() {
        Platform.requireLinux("expects the third connect to time out, as it does where the queue holds backlog + 1");
        try (var server = JavaProgram.start(AcceptOnEnterServer.class, "--backlog", "1")) {
            var port = String.valueOf(server.awaitListening().getPort());
            try (var first = JavaProgram.start(HelloClient.class, "--port", port);
                 var second = startAndAwaitConnect(port, first)) {
                var third = JavaProgram.start(HelloClient.class, "--port", port).awaitExit(EXIT_LIMIT);
                Transcript.load("client-queue-full.txt").assertMatches(terminal(third));
                assertEquals(1, third.exitCode(), third::toString);

                server.writeLine("");
                var accepted = first.awaitExit(EXIT_LIMIT);
                Transcript.load("client.txt").assertMatches(terminal(accepted));
                assertEquals(0, accepted.exitCode(), accepted::toString);

                server.closeStdin();
                Transcript.load("server.txt").assertMatches(terminal(server.awaitExit(EXIT_LIMIT)));
                var reset = second.awaitExit(EXIT_LIMIT);
                Transcript.load("client-reset.txt").assertMatches(terminal(reset));
                assertEquals(1, reset.exitCode(), reset::toString);
            }
        }
    }

    // The second client starts once the first is queued, so that the queue order is fixed.
    private static RunningProgram startAndAwaitConnect(String port, RunningProgram first) {
        first.awaitLine("waiting to be accepted");
        var second = JavaProgram.start(HelloClient.class, "--port", port);
        second.awaitLine("waiting to be accepted");
        return second;
    }

    // A terminal shows stdout and stderr together; each program here writes stderr last.
    private static String terminal(ProgramResult result) {
        return result.stdout() + result.stderr();
    }
}
