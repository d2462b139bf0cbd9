package sockets.loadgen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code ./workbook bench} measures and how its table reads; no server is started here. */
class BenchTest {

    @Test
    void the_bench_runs_chapter_13_and_the_c_epoll_server_on_100_and_1000_connections() {
        var names = Design.all(Path.of(".")).stream().map(Design::name).toList();
        assertTrue(names.contains("13 selector, one thread (Java)"), names::toString);
        assertTrue(names.contains(BenchTable.REFERENCE), names::toString);
        assertArrayEquals(new int[] {100, 1000}, Bench.DEFAULT_PING_PONG);
    }

    @Test
    void the_java_yardstick_is_measured_beside_the_books_designs_and_named_as_not_one_of_them() {
        var yardstick = Design.all(Path.of(".")).stream()
                .filter(design -> design.name().equals(Design.YARDSTICK)).findFirst().orElseThrow();
        assertTrue(yardstick.name().startsWith("yardstick:"), yardstick::name);
        assertTrue(yardstick.command().contains(NioByteEcho.class.getName()), yardstick.command()::toString);
    }

    @Test
    void every_rate_is_shown_as_a_share_of_the_c_epoll_servers_in_the_same_run() {
        var results = List.of(result("13 selector, one thread (Java)", 90_000, 45_000),
                result(BenchTable.REFERENCE, 100_000, 50_000));
        var table = new ByteArrayOutputStream();
        BenchTable.print(new PrintStream(table, true, StandardCharsets.UTF_8), results, List.of(), 0,
                new int[] {100, 1000}, 4);
        var text = table.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("| 100 connections") && text.contains("| 1000 connections"), text);
        var row = text.lines().filter(line -> line.startsWith("13 selector")).toList().getLast();
        assertTrue(row.matches(".*\\| +100 +90000 +0\\.90 .*\\| +1000 +45000 +0\\.90 .*"), row);
    }

    private static BenchTable.Result result(String name, long perSecondOn100, long perSecondOn1000) {
        return new BenchTable.Result(new Design(name, List.of(), Path.of(".")), null, -1, List.of(
                new BenchTable.PingPong(report(100, perSecondOn100), 10.0),
                new BenchTable.PingPong(report(1000, perSecondOn1000), 12.0)));
    }

    /** A report of one second's ping-pong with this many round trips. */
    private static LoadReport report(int connections, long roundTrips) {
        var options = new LoadOptions(new InetSocketAddress("127.0.0.1", 7), connections,
                Duration.ofSeconds(1), 64, LoadOptions.Mode.PINGPONG, Duration.ZERO);
        return new LoadReport(options, connections, 0, 0, 0, roundTrips, Duration.ofSeconds(1), 900, 2000);
    }
}
