package sockets.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What {@link WrkReport} reads in wrk's report (wrk 4.1, as Debian packages it). */
class WrkReportTest {

    private static final String CLEAN = """
            Running 1s test @ http://127.0.0.1:18089/index.html
              1 threads and 2 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency   182.29us  471.92us   5.28ms   92.78%
                Req/Sec    32.79k     6.23k   39.73k    54.55%
              35933 requests in 1.10s, 8.22MB read
            Requests/sec:  32594.86
            Transfer/sec:      7.46MB
            """;

    @Test
    void reads_the_requests_and_the_rate_of_a_clean_run() throws IOException {
        assertEquals(new WrkReport(35933, 32594.86, 0, 0), WrkReport.parse(CLEAN));
    }

    @Test
    void counts_socket_errors_and_answers_that_are_not_2xx_or_3xx_as_errors() throws IOException {
        var report = WrkReport.parse(CLEAN.replace("Requests/sec", """
                  Socket errors: connect 1, read 2, write 3, timeout 4
                  Non-2xx or 3xx responses: 27880
                Requests/sec"""));

        assertEquals(10, report.socketErrors());
        assertEquals(27880, report.badStatuses());
        assertEquals(27890, report.errors());
    }

    @Test
    void output_without_a_report_is_an_error_that_quotes_it() {
        var e = assertThrows(IOException.class, () -> WrkReport.parse("unable to connect to 127.0.0.1:1 Connection refused\n"));

        assertEquals("wrk printed no report: unable to connect to 127.0.0.1:1 Connection refused", e.getMessage());
    }
}
