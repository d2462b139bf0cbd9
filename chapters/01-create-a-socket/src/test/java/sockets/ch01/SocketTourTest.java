package sockets.ch01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import sockets.testkit.JavaProgram;
import sockets.testkit.Platform;
import sockets.testkit.Transcript;

class SocketTourTest {

    private static final Pattern DESCRIPTORS =
            Pattern.compile("file descriptors opened: (\\d+) with the sockets open, (\\d+) after closing them");

    @Test
    void the_tour_prints_what_the_book_shows() {
        // Buffer sizes are the kernel's defaults: they honestly differ between machines. The
        // descriptor counts are Linux's (/proc/self/fd), checked by the test below; on Windows
        // the JDK binds exclusively and reports the SO_REUSEADDR it emulates, false.
        Transcript.load("tour.txt").normalising("(SO_RCVBUF|SO_SNDBUF)=\\d+", "$1=N")
                .normalising("(?m)^file descriptors.*$", "file descriptors: COUNTED ON LINUX")
                .normalising("SO_REUSEADDR=(true|false)", "SO_REUSEADDR=ON OR OFF")
                .verify();
    }

    @Test
    void a_bad_port_is_reported_as_the_book_shows() {
        var result = Transcript.load("bad-port.txt").verify();
        assertEquals(2, result.exitCode());
    }

    @Test
    void each_socket_is_a_file_descriptor_and_closing_gives_it_back() {
        Platform.requireLinux("counts descriptors in /proc/self/fd, which only Linux has");
        var matcher = DESCRIPTORS.matcher(JavaProgram.run(SocketTour.class).stdout());
        assertTrue(matcher.find(), "the tour reports its descriptors");
        // Four sockets, plus the socket pair end the JDK opens once and keeps for closing safely.
        assertEquals(5, Integer.parseInt(matcher.group(1)), "descriptors while the four sockets are open");
        assertEquals(1, Integer.parseInt(matcher.group(2)), "descriptors left after try-with-resources");
    }

    @Test
    void the_walk_ends_closed_and_a_closed_socket_refuses_to_be_used() {
        var lines = JavaProgram.run(SocketTour.class).stdoutLines();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("close()") && l.contains("isClosed=true")), lines::toString);
        assertTrue(lines.contains("using it after close: SocketException: Socket is closed"), lines::toString);
    }

    @Test
    void the_walk_works_over_ipv6_loopback() throws Exception {
        assumeTrue(hasIpv6Loopback(), "this machine has no ::1");
        var result = JavaProgram.run(SocketTour.class, "--host", "::1");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.stdout().contains("SocketChannel.open(INET6)"), result::toString);
        assertTrue(result.stdout().contains("local [0:0:0:0:0:0:0:1]:"), result::toString);
    }

    private static boolean hasIpv6Loopback() throws Exception {
        var ipv6Loopback = InetAddress.getByName("::1");
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .anyMatch(ipv6Loopback::equals);
    }
}
