package sockets.ch10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import sockets.testkit.JavaProgram;
import sockets.testkit.Peer;
import sockets.testkit.ProcessUsage;

/**
 * The server with an open-file limit of 64 and 100 clients: accept(2) fails with EMFILE
 * while the accept queue still holds clients, so the listener stays ready.
 */
@Timeout(90)
@EnabledOnOs(OS.LINUX)
class OutOfDescriptorsTest {

    private static final int DESCRIPTORS = 64;
    private static final int CLIENTS = 100;
    private static final Duration MEASURED = Duration.ofSeconds(2);
    /** USER_HZ: /proc counts CPU time in hundredths of a second. */
    private static final long TICKS_PER_SECOND = 100;

    @Test
    void out_of_descriptors_it_says_so_once_stays_idle_and_serves_again_once_clients_leave()
            throws Exception {
        try (var server = JavaProgram.startWithOpenFileLimit(DESCRIPTORS, EchoServer.class,
                "--idle-timeout", "600000")) {
            var address = server.awaitListening();
            var usage = ProcessUsage.of(server.pid());
            var held = new ArrayList<Peer>();
            try {
                // Each connect completes in the kernel (the accept queue is long); the
                // server accepts until its descriptors run out.
                for (int i = 0; i < CLIENTS; i++) {
                    held.add(Peer.connect(address));
                }
                var outOfDescriptors = server.awaitLine(line -> line.contains("too many open files"),
                        Duration.ofSeconds(30));
                long before = usage.cpuTicks();
                assertTrue(server.isStillRunningAfter(MEASURED), "the server died out of descriptors");
                long used = usage.cpuTicks() - before;
                long budget = MEASURED.toSeconds() * TICKS_PER_SECOND / 10;
                assertTrue(used <= budget, "out of descriptors the server used " + used
                        + " ticks of CPU in " + MEASURED.toSeconds() + " s: it spins");
                var said = server.stdoutSoFar().stream().filter(line -> line.contains("too many open files")).toList();
                assertEquals(List.of(outOfDescriptors), said, "the server says once that it is out of descriptors");
                assertTrue(outOfDescriptors.startsWith("out of file descriptors"), "the line says what is wrong");
            } finally {
                held.forEach(Peer::close);
            }
            // The clients that left give their descriptors back: a new client is served.
            try (var newcomer = Peer.connect(address)) {
                newcomer.sendLine("served again");
                assertEquals("served again", newcomer.readLine());
            }
            server.awaitLine(line -> line.startsWith("accepting again"), Duration.ofSeconds(10));
        }
    }
}
