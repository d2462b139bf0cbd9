package sockets.ch03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import sockets.testkit.JavaProgram;
import sockets.testkit.Transcript;

class BacklogDemoTest {

    @Test
    void the_demo_prints_what_the_book_shows() {
        assumeTrue(isLinux(), "the book's figures are Linux's: backlog + 1 queued connections");
        var result = Transcript.load("backlog.txt").verify();
        assertEquals(0, result.exitCode(), result::toString);
    }

    @Test
    void a_backlog_out_of_range_is_reported_as_the_book_shows() {
        var result = Transcript.load("bad-backlog.txt").verify();
        assertEquals(2, result.exitCode());
    }

    @Test
    void the_queue_holds_one_connection_more_than_the_backlog() {
        assumeTrue(isLinux(), "Linux queues backlog + 1; other kernels count differently");
        var result = JavaProgram.run(BacklogDemo.class, "--backlog", "4");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.stdout().contains("client 6 did not connect: Connect timed out"), result::toString);
        assertTrue(result.stdout().contains("the accept queue held 5 connections"), result::toString);
    }

    @Test
    void the_demo_works_over_ipv6_loopback() throws Exception {
        assumeTrue(isLinux() && hasIpv6Loopback(), "needs Linux and ::1");
        var result = JavaProgram.run(BacklogDemo.class, "--host", "::1", "--backlog", "1");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.stdout().contains("accept() 2: [0:0:0:0:0:0:0:1]:"), result::toString);
    }

    static boolean isLinux() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
    }

    static boolean hasIpv6Loopback() throws Exception {
        var ipv6Loopback = InetAddress.getByName("::1");
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .anyMatch(ipv6Loopback::equals);
    }
}
