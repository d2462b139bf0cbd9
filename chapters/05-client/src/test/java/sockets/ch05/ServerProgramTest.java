package sockets.ch05;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.Transcript;

/** The real {@code server} program in a child JVM, with the two clients the book runs against it. */
@Timeout(30)
class ServerProgramTest {

    @Test
    void the_server_prints_what_the_book_shows_for_the_books_two_clients() {
        assumeTrue(LineClientProgramTest.canBind("127.0.0.2"), "only Linux routes all of 127/8 to lo");
        try (var server = JavaProgram.start(ReplyServer.class)) {
            var port = String.valueOf(server.awaitListening().getPort());
            var first = JavaProgram.run(LineClient.class, "--port", port, "--message", "hello");
            assertEquals(0, first.exitCode(), first::toString);
            var second = JavaProgram.run(LineClient.class, "--port", port, "--bind", "127.0.0.2");
            assertEquals(0, second.exitCode(), second::toString);
            server.awaitLine("remote 127.0.0.2:");
            Transcript.load("server.txt").assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }
}
