package sockets.ch16;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.Transcript;

/**
 * The real {@code redis-cli}, a client nobody here wrote, against the server: the book's session
 * command by command, against the server program as the book runs it and against the selector
 * design, and the server's own output beside it.
 */
@Timeout(60)
class RedisCliTest {

    private static final Path SESSION = Path.of("transcripts", "redis-cli.txt");

    /** Runs every {@code $ ...} line of the session against {@code port}; returns the output as the book shows it. */
    static String replay(int port) throws IOException {
        var shown = new StringBuilder();
        for (var line : Files.readAllLines(SESSION)) {
            if (line.startsWith("$ ")) {
                shown.append(line).append('\n');
                var output = RedisTools.shell(line.substring(2).replace("-p 6380", "-p " + port),
                        Duration.ofSeconds(20));
                // What honestly varies: on a loaded machine seconds pass between two commands,
                // so TTL may answer 99 or less where the book shows 100.
                if (line.contains(" TTL ") && output.matches("(9\\d|100)\n")) {
                    output = "100\n";
                }
                shown.append(output);
            }
        }
        return shown.toString();
    }

    private static String expected() throws IOException {
        return Files.readString(SESSION);
    }

    @Test
    void the_book_session_with_redis_cli_prints_what_the_book_shows() throws Exception {
        RedisTools.require("redis-cli");
        var server = Transcript.load("server.txt");
        try (var program = JavaProgram.start(RedisServer.class, server.argumentsWithPort(0))) {
            var port = program.awaitListening().getPort();
            assertEquals(expected(), replay(port), "the book's transcripts/redis-cli.txt");
            server.assertMatches(String.join("\n", program.stdoutSoFar()));
        }
    }

    @Test
    void the_selector_design_gives_redis_cli_the_same_session() throws Exception {
        RedisTools.require("redis-cli");
        try (var server = RunningServer.start(Options.Design.SELECTOR)) {
            assertEquals(expected(), replay(server.port()));
        }
    }
}
