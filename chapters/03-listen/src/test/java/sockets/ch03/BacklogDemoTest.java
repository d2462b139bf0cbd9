package sockets.ch03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import org.junit.jupiter.api.Test;
import sockets.testkit.JavaProgram;
import sockets.testkit.Platform;
import sockets.testkit.Transcript;

class BacklogDemoTest {

    /** Why a count of queued connections is checked on Linux only. */
    static final String LINUX_BACKLOG = "counts backlog + 1 queued connections, which is Linux's rule (macOS"
            + " queues the backlog itself; Windows answers a full queue with a reset)";

    @Test
    void the_demo_prints_what_the_book_shows() {
        Platform.requireLinux("compares the book's figures, Linux's backlog + 1 queued connections");
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
        Platform.requireLinux(LINUX_BACKLOG);
        var result = JavaProgram.run(BacklogDemo.class, "--backlog", "4");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.stdout().contains("client 6 did not connect: Connect timed out"), result::toString);
        assertTrue(result.stdout().contains("the accept queue held 5 connections"), result::toString);
    }

    @Test
    void the_count_is_told_against_the_backlog_whichever_way_the_kernel_counts() {
        assertEquals("the backlog, 2, plus one", BacklogDemo.comparedWithTheBacklog(3, 2), "Linux");
        assertEquals("the backlog, 2", BacklogDemo.comparedWithTheBacklog(2, 2), "macOS");
        assertEquals("with a backlog of 2", BacklogDemo.comparedWithTheBacklog(5, 2), "a count of its own");
    }

    @Test
    void the_demo_works_over_ipv6_loopback() throws Exception {
        Platform.requireLinux(LINUX_BACKLOG);
        assumeTrue(hasIpv6Loopback(), "this machine has no ::1");
        var result = JavaProgram.run(BacklogDemo.class, "--host", "::1", "--backlog", "1");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.stdout().contains("accept() 2: [0:0:0:0:0:0:0:1]:"), result::toString);
    }


    static boolean hasIpv6Loopback() throws Exception {
        var ipv6Loopback = InetAddress.getByName("::1");
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .anyMatch(ipv6Loopback::equals);
    }
}
