package sockets.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.BackgroundServer;

/** The generator against small echo servers in this JVM: what it counts is what happened. */
@Timeout(30)
class LoadGeneratorTest {

    /** A correct line echo server: a virtual thread per client, bytes back as they came. */
    private static void echo(ServerSocket listener) throws IOException {
        while (true) {
            var client = listener.accept();
            Thread.ofVirtual().start(() -> {
                try (client) {
                    client.getInputStream().transferTo(client.getOutputStream());
                } catch (IOException gone) {
                    // the generator closed or reset the connection
                }
            });
        }
    }

    /** A wrong one: it answers every line with the same word. */
    private static void answerWrongly(ServerSocket listener) throws IOException {
        while (true) {
            var client = listener.accept();
            Thread.ofVirtual().start(() -> {
                try (client) {
                    var in = client.getInputStream();
                    for (int b; (b = in.read()) != -1; ) {
                        if (b == '\n') {
                            client.getOutputStream().write("nope\n".getBytes());
                        }
                    }
                } catch (IOException gone) {
                    // the generator gave up on us
                }
            });
        }
    }

    /** A server that takes every line and answers none. */
    private static void answerNoOne(ServerSocket listener) throws IOException {
        while (true) {
            var client = listener.accept();
            Thread.ofVirtual().start(() -> {
                try (client) {
                    client.getInputStream().transferTo(OutputStream.nullOutputStream());
                } catch (IOException gone) {
                    // the generator closed or reset the connection
                }
            });
        }
    }

    /** A correct echo server that keeps each first line a while before it answers it. */
    private static BackgroundServer.Loop lateEcho(Duration late) {
        return listener -> {
            while (true) {
                var client = listener.accept();
                Thread.ofVirtual().start(() -> {
                    try (client) {
                        var in = client.getInputStream();
                        var first = new ByteArrayOutputStream();
                        for (int b; (b = in.read()) != -1 && b != '\n'; ) {
                            first.write(b);
                        }
                        first.write('\n');
                        // A slow server: the echo comes after the generator's time is up.
                        long until = System.nanoTime() + late.toNanos();
                        for (long left; (left = until - System.nanoTime()) > 0; ) {
                            LockSupport.parkNanos(left);
                        }
                        client.getOutputStream().write(first.toByteArray());
                        in.transferTo(client.getOutputStream());
                    } catch (IOException gone) {
                        // the generator closed the connection
                    }
                });
            }
        };
    }

    private static LoadOptions options(BackgroundServer server, int connections, LoadOptions.Mode mode,
                                       int messageSize) {
        return new LoadOptions(server.address(), connections, Duration.ofSeconds(2), messageSize, mode,
                Duration.ofMillis(500));
    }

    @Test
    void pingpong_counts_round_trips_and_their_latency() throws IOException {
        try (var server = BackgroundServer.start(LoadGeneratorTest::echo)) {
            var report = LoadGenerator.run(options(server, 10, LoadOptions.Mode.PINGPONG, 64), () -> { });
            assertEquals(10, report.held(), report.describe());
            assertEquals(0, report.echoErrors() + report.failedConnects() + report.lost(), report.describe());
            assertTrue(report.roundTrips() > 100, report.describe());
            assertTrue(report.p50Micros() >= 0 && report.p50Micros() <= report.p99Micros(), report.describe());
        }
    }

    @Test
    void hold_keeps_every_connection_open_after_one_echo() throws IOException {
        // A long accept queue: connects in flight never overflow it (SYNs are not dropped).
        try (var server = BackgroundServer.start(1024, LoadGeneratorTest::echo)) {
            var report = LoadGenerator.run(options(server, 300, LoadOptions.Mode.HOLD, 64), () -> { });
            assertEquals(300, report.held(), report.describe());
            assertEquals(0, report.failedConnects() + report.echoErrors() + report.lost(), report.describe());
        }
    }

    @Test
    void hold_waits_past_its_duration_for_a_first_echo_that_comes_late() throws IOException {
        // Each echo comes 500 ms after its connection was accepted, so after the 200 ms run.
        try (var server = BackgroundServer.start(lateEcho(Duration.ofMillis(500)))) {
            var options = new LoadOptions(server.address(), 4, Duration.ofMillis(200), 64, LoadOptions.Mode.HOLD,
                    Duration.ZERO);
            var report = LoadGenerator.run(options, () -> { });
            assertEquals(4, report.held(), "connections whose echo came after the run's time: " + report.describe());
            assertEquals(0, report.failedConnects() + report.echoErrors() + report.lost(), report.describe());
        }
    }

    @Test
    void hold_ends_soon_after_its_duration_when_the_server_answers_no_one() throws IOException {
        try (var server = BackgroundServer.start(LoadGeneratorTest::answerNoOne)) {
            var options = new LoadOptions(server.address(), 4, Duration.ofMillis(200), 64, LoadOptions.Mode.HOLD,
                    Duration.ZERO);
            long started = System.nanoTime();
            var report = LoadGenerator.run(options, () -> { });
            var took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(0, report.held(), report.describe());
            assertTrue(took.compareTo(LoadGenerator.HOLD_GRACE) < 0,
                    "no progress for " + LoadGenerator.HOLD_STALL + " ends the wait, not the full grace: " + took);
        }
    }

    @Test
    void the_callback_runs_while_the_connections_are_still_open() throws IOException {
        try (var server = BackgroundServer.start(LoadGeneratorTest::echo)) {
            int[] seen = {0};
            LoadGenerator.run(options(server, 5, LoadOptions.Mode.HOLD, 64), () -> seen[0]++);
            assertEquals(1, seen[0]);
        }
    }

    @Test
    void a_wrong_echo_is_counted_as_an_echo_error() throws IOException {
        try (var server = BackgroundServer.start(LoadGeneratorTest::answerWrongly)) {
            var report = LoadGenerator.run(options(server, 3, LoadOptions.Mode.PINGPONG, 5), () -> { });
            assertEquals(3, report.echoErrors(), report.describe());
            assertEquals(0, report.held(), report.describe());
        }
    }

    @Test
    void connects_to_a_closed_port_are_counted_as_failed() throws IOException {
        int closedPort;
        try (var probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            closedPort = probe.getLocalPort();
        }
        var options = new LoadOptions(new InetSocketAddress(InetAddress.getLoopbackAddress(), closedPort), 4,
                Duration.ofSeconds(1), 64, LoadOptions.Mode.PINGPONG, Duration.ZERO);
        var report = LoadGenerator.run(options, () -> { });
        assertEquals(4, report.failedConnects(), report.describe());
    }

    @Test
    void a_server_that_hangs_up_is_counted_as_lost() throws IOException {
        try (var server = BackgroundServer.start(listener -> {
            while (true) {
                try (Socket client = listener.accept()) {
                    client.getOutputStream().flush();
                }
            }
        })) {
            var report = LoadGenerator.run(options(server, 3, LoadOptions.Mode.PINGPONG, 64), () -> { });
            assertEquals(3, report.lost() + report.echoErrors(), report.describe());
            assertEquals(0, report.held(), report.describe());
        }
    }
}
