package sockets.ch04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.Transcript;

/** The default program, {@code ./workbook run 04}: server and clients in one process. */
@Timeout(30)
class AcceptDemoTest {

    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern CLIENT = Pattern.compile(
            "client \\d +local 127\\.0\\.0\\.1:(\\d+) remote 127\\.0\\.0\\.1:(\\d+): read \"hello 127\\.0\\.0\\.1:(\\d+)\"");
    private static final Pattern ACCEPTED = Pattern.compile(
            "accepted +local 127\\.0\\.0\\.1:(\\d+) remote 127\\.0\\.0\\.1:(\\d+)");

    @Test
    void the_demo_prints_what_the_book_shows_and_stops_by_itself() {
        var result = Transcript.load("demo.txt").verify();
        assertEquals(0, result.exitCode(), result::toString);
    }

    @Test
    void each_client_reads_its_own_local_port_and_the_server_saw_it_on_the_listeners_port() {
        var lines = JavaProgram.run(AcceptDemo.class).stdoutLines();
        var listening = LISTENING.matcher(lines.getFirst());
        assertTrue(listening.matches(), lines::toString);
        var listenerPort = listening.group(1);
        int clients = 0;
        for (int i = 0; i < lines.size(); i++) {
            var client = CLIENT.matcher(lines.get(i));
            if (!client.matches()) {
                continue;
            }
            clients++;
            assertEquals(client.group(1), client.group(3), "the greeting names the client's local port");
            assertEquals(listenerPort, client.group(2), "the client is connected to the listener's port");
            var accepted = ACCEPTED.matcher(lines.get(i - 1));
            assertTrue(accepted.matches(), "the server's line comes before the client's: " + lines);
            assertEquals(listenerPort, accepted.group(1), "the accepted socket's local port is the listener's");
            assertEquals(client.group(1), accepted.group(2), "the accepted socket's remote end is the client");
        }
        assertEquals(AcceptDemo.CLIENTS, clients, lines::toString);
    }
}
