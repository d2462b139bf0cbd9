package sockets.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import sockets.testkit.ExternalClient;

/**
 * The pcap file is checked by a program nobody here wrote: Wireshark's tshark reads it and must
 * find the same packets, with the same ports, flags and lengths, as our own decoder. Without
 * tshark the test says so and skips; in CI ({@code CI=true}, or {@code WORKBOOK_REQUIRE_TSHARK=1})
 * it must run, and .ci/install-test-tools installs it.
 */
class TsharkReadsTheCaptureTest {

    @Test
    void tshark_reads_our_pcap_file_and_finds_the_same_packets() throws Exception {
        var scenario = Captures.of("conversation");
        var fields = tshark("-r", scenario.pcap().toString(), "-T", "fields", "-E", "separator=,",
                "-e", "tcp.srcport", "-e", "tcp.dstport", "-e", "tcp.flags", "-e", "tcp.len");
        var ours = new ArrayList<String>();
        for (var packet : scenario.packets()) {
            var tcp = packet.tcp().orElseThrow();
            ours.add(tcp.sourcePort() + "/" + tcp.destinationPort() + "/" + TcpdumpLine.flags(tcp) + "/" + tcp.payloadLength());
        }
        var theirs = fields.lines().filter(line -> !line.isBlank()).map(TsharkReadsTheCaptureTest::tcpdumpFlags).toList();
        assertEquals(ours, theirs, "tshark and our decoder disagree about " + scenario.pcap());
    }

    /** tshark's line "41187,46472,0x0012,0" in our form: ports, tcpdump's flag letters, length. */
    private static String tcpdumpFlags(String line) {
        var parts = line.split(",");
        int flags = Integer.decode(parts[2]);
        var tcp = new Packet.Tcp(0, 0, 0, 0, flags, 0, 0);
        return parts[0] + "/" + parts[1] + "/" + TcpdumpLine.flags(tcp) + "/" + parts[3];
    }

    private static String tshark(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        command.add("tshark");
        command.addAll(java.util.List.of(args));
        ExternalClient.require("tshark", "tshark", "WORKBOOK_REQUIRE_TSHARK");
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("tshark did not finish within 20 s");
        }
        assertEquals(0, process.exitValue(), "tshark read the file");
        return output;
    }
}
