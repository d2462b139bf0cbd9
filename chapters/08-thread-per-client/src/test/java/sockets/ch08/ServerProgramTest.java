package sockets.ch08;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.JavaProgram;
import sockets.testkit.Peer;
import sockets.testkit.PortInUse;
import sockets.testkit.ProcessUsage;
import sockets.testkit.Transcript;

/** The real {@code server} and {@code client} programs in child JVMs, as a student runs them. */
@Timeout(40)
class ServerProgramTest {

    private static void roundTrip(Peer client, String line) {
        client.sendLine(line);
        assertEquals(line, client.readLine());
    }

    /** Hangs up and waits for the server's FIN: its thread has logged by then. */
    private static void hangUp(Peer client) {
        client.shutdownOutput();
        client.isAtEndOfStream();
    }

    @Test
    void the_server_and_a_refused_client_print_what_the_book_shows() {
        try (var server = JavaProgram.start(ThreadedEchoServer.class, "--max-clients", "2")) {
            var port = server.awaitListening().getPort();
            // One client after the other, each echoed before the next comes, so that
            // the server's log comes in the order the book shows.
            try (var first = Peer.connect(port)) {
                roundTrip(first, "first");
                try (var second = Peer.connect(port)) {
                    roundTrip(second, "second");
                    var busy = Transcript.load("busy.txt");
                    var refused = JavaProgram.run(EchoClient.class,
                            busy.argumentsWithPort(port));
                    assertEquals(1, refused.exitCode(), refused::toString);
                    refused.assertUserError();
                    busy.assertMatches(refused.stderr());
                    hangUp(first);
                    hangUp(second);
                }
            }
            // The log reaches us through a pipe: wait for its last line.
            server.awaitLine(line -> line.startsWith("client-2: ") && line.contains(" closed "),
                    Duration.ofSeconds(10));
            Transcript.load("server.txt").assertMatches(String.join("\n", server.stdoutSoFar()));
        }
    }

    @Test
    void the_client_prints_each_echo_as_the_book_shows() {
        try (var server = JavaProgram.start(ThreadedEchoServer.class)) {
            var port = server.awaitListening().getPort();
            var transcript = Transcript.load("client.txt");
            var result = JavaProgram.runMerged(EchoClient.class,
                    transcript.argumentsWithPort(port));
            assertEquals(0, result.exitCode(), result::toString);
            transcript.assertMatches(result.stdout());
        }
    }

    @Test
    void no_descriptor_or_thread_is_left_after_a_hundred_clients_come_and_go() throws IOException {
        try (var server = JavaProgram.start(ThreadedEchoServer.class)) {
            var port = server.awaitListening().getPort();
            var proc = ProcessUsage.of(server.pid());
            // The first client makes what the JVM makes once (the write alarm's thread).
            try (var warmUp = Peer.connect(port)) {
                roundTrip(warmUp, "warm up");
                hangUp(warmUp);
            }
            // The warm-up's thread may still be on its way out when the first probe is
            // served: probe until only the probe's own thread is left (client-N counts up).
            var before = usage(proc, port);
            int firstOfTheHundred = 3;
            for (int probe = 0; probe < 20 && before.get(1) != 1; probe++) {
                before = usage(proc, port);
                firstOfTheHundred++;
            }
            for (int i = 0; i < 100; i++) {
                try (var client = Peer.connect(port)) {
                    switch (i % 3) {
                        case 0 -> roundTrip(client, "polite " + i);
                        case 1 -> client.send(new byte[] {0, (byte) 0xff, '\n', 7});
                        default -> client.send("z".repeat(3000));
                    }
                    if (i % 2 == 0) {
                        client.reset();
                    }
                }
            }
            // client-1 was the warm-up, then came the probes: wait for each of the hundred
            // to say how its conversation ended.
            for (int n = firstOfTheHundred; n < firstOfTheHundred + 100; n++) {
                var thread = "client-" + n + ": ";
                server.awaitLine(line -> line.startsWith(thread) && line.contains(" after "),
                        Duration.ofSeconds(20));
            }
            // Each thread logs just before it closes its socket and ends: the probes' round
            // trips give the last ones the moment they need, without sleeping.
            var after = usage(proc, port);
            for (int probe = 0; probe < 20 && !after.equals(before); probe++) {
                after = usage(proc, port);
            }
            assertEquals(before, after, "descriptors and client threads of the server process,"
                    + " measured while one client is served, before and after 100 clients");
        }
    }

    /** The server's open descriptors and client-N threads while one probe client is served. */
    private static List<Long> usage(ProcessUsage proc, int port) throws IOException {
        try (var probe = Peer.connect(port)) {
            roundTrip(probe, "probe");
            var counts = List.of(proc.descriptors(), proc.threadsNamed("client-"));
            hangUp(probe);
            return counts;
        }
    }

    @Test
    void a_port_in_use_is_reported_as_the_book_shows() {
        PortInUse.assertReportedAsTheBookShows(ThreadedEchoServer.class);
    }
}
