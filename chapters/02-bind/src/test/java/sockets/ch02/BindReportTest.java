package sockets.ch02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.ByteOrder;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import sockets.testkit.JavaProgram;
import sockets.testkit.Platform;
import sockets.testkit.Transcript;

class BindReportTest {

    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern BYTES = Pattern.compile("port (\\d+) in (network byte order|this CPU's order)"
            + ".*: ([0-9a-f]{2}) ([0-9a-f]{2})");

    @Test
    void the_report_prints_what_the_book_shows() {
        Transcript.load("bind.txt")
                // What honestly differs between machines: the kernel's settings, who runs the
                // program (privileged ports are proven by their own test below), byte values.
                .normalising("(?m)range (\\d+-\\d+|\\(not shown: Linux only.*\\))$", "range LOW-HIGH")
                .normalising("(?m)^3\\. a port below .*$", "3. a port below the privileged limit")
                .normalising("(?m)^(   bind\\(127\\.0\\.0\\.1:\\w+\\)) (not tried: .*|-> BindException: "
                        + "Permission denied \\(EACCES\\))$", "$1 ALLOWED OR REFUSED")
                .normalising("(htons|ENDIAN)\\): [0-9a-f]{2} [0-9a-f]{2}", "$1): XX XX")
                .normalising("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.1:0", "TEST-NET:0")
                .verify();
    }

    @Test
    void a_bad_port_is_reported_as_the_book_shows() {
        var result = Transcript.load("bad-port.txt").verify();
        assertEquals(2, result.exitCode(), "an argument mistake exits with 2");
    }

    @Test
    void an_address_that_is_not_on_this_machine_is_reported_as_the_book_shows() throws Exception {
        assumeTrue(NetworkInterface.getByInetAddress(InetAddress.getByName("192.0.2.1")) == null,
                "192.0.2.1 is an address of this machine");
        var result = Transcript.load("not-local.txt").verify();
        assertEquals(1, result.exitCode(), "a refused bind exits with 1");
    }

    @Test
    void port_zero_gets_a_port_from_the_ephemeral_range() {
        Platform.requireLinux("reads /proc/sys/net/ipv4/ip_local_port_range, which only Linux has");
        var range = LinuxProc.ephemeralRange();
        var bounds = range.get().split("-");
        var matcher = LISTENING.matcher(JavaProgram.run(BindReport.class).stdout());
        assertTrue(matcher.find(), "the report says where it listens");
        int port = Integer.parseInt(matcher.group(1));
        assertTrue(port >= Integer.parseInt(bounds[0]) && port <= Integer.parseInt(bounds[1]),
                "port " + port + " is in the ephemeral range " + range.get());
    }

    @Test
    void the_port_bytes_are_high_byte_first_in_network_order() {
        var lines = JavaProgram.run(BindReport.class).stdoutLines();
        var network = bytesLine(lines, "network byte order");
        int port = Integer.parseInt(network.group(1));
        assertEquals(port >> 8, Integer.parseInt(network.group(3), 16), "first byte: the high byte");
        assertEquals(port & 0xFF, Integer.parseInt(network.group(4), 16), "second byte: the low byte");
        var cpu = bytesLine(lines, "this CPU's order");
        var firstInMemory = ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN ? port >> 8 : port & 0xFF;
        assertEquals(firstInMemory, Integer.parseInt(cpu.group(3), 16), "the CPU's own order comes first in memory");
    }

    @Test
    void a_port_below_the_unprivileged_start_is_refused_unless_the_process_may_bind_it() {
        Platform.requireLinux("reads /proc/sys/net/ipv4/ip_unprivileged_port_start, which only Linux has");
        var start = LinuxProc.unprivilegedPortStart();
        assumeTrue(start.getAsInt() > 0, "every port is unprivileged on this machine");
        var lines = JavaProgram.run(BindReport.class).stdoutLines();
        var outcome = lines.get(lines.indexOf("3. a port below net.ipv4.ip_unprivileged_port_start = "
                + start.getAsInt()) + 1);
        var call = "   bind(127.0.0.1:" + (start.getAsInt() - 1) + ")";
        if (LinuxProc.mayBindPrivilegedPorts()) {
            assertTrue(outcome.startsWith(call + " not tried: this process"), outcome);
        } else {
            assertEquals(call + " -> BindException: Permission denied (EACCES)", outcome);
        }
    }

    @Test
    void the_report_works_over_ipv6_loopback() throws Exception {
        var ipv6Loopback = InetAddress.getByName("::1");
        assumeTrue(NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .anyMatch(ipv6Loopback::equals), "this machine has no ::1");
        var result = JavaProgram.run(BindReport.class, "--host", "::1");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.stdout().contains("listening on [0:0:0:0:0:0:0:1]:"), result::toString);
        assertTrue(result.stdout().contains("loopback: only programs on this machine can connect"),
                result::toString);
    }

    private static java.util.regex.Matcher bytesLine(List<String> lines, String which) {
        for (var line : lines) {
            var matcher = BYTES.matcher(line);
            if (matcher.find() && matcher.group(2).equals(which)) {
                return matcher;
            }
        }
        throw new AssertionError("no line with the port in " + which + ": " + lines);
    }
}
