package sockets.ch04;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sockets.testkit.Transcript;
import sockets.wire.CaptureCommand;
import sockets.wire.Namespace;

/**
 * The book's capture of the greeting server and its client: {@code ./workbook capture 04 server}
 * run for real, in a private network namespace, and compared with transcripts/capture.txt.
 */
@Timeout(60)
class CaptureTest {

    @Test
    void the_book_shows_the_packets_of_one_greeting_as_the_capture_prints_them(@TempDir Path folder) throws Exception {
        Namespace.refusal().ifPresent(why -> abort(why));
        var transcript = Transcript.load("capture.txt")
                // the time of each packet, counted from the first
                .normalising("(?m)^\\d+\\.\\d{6} ", "T ")
                // ports as tcpdump writes them, after the address and a dot
                .normalising("(\\d+\\.\\d+\\.\\d+\\.\\d+)\\.\\d{2,5}\\b", "$1.PORT")
                // window sizes depend on the kernel's buffer settings
                .normalising("win \\d+", "win N")
                // the test writes its pcap file to a folder of its own
                .normalising("target/capture/04-server\\.pcap|\\S+/04-server\\.pcap", "FILE")
                // server and client print at the same time, in two processes: either comes first
                .normalising("(client\\| [^\\n]*)\\n(server\\| accepted[^\\n]*)", "$2\n$1")
                // the server's kernel may acknowledge the client's FIN with its own FIN, in one
                // packet, when the server closes at once: 8 packets instead of 9, as correct
                .normalising("(?m)^T IP [^\\n]*Flags \\[\\.\\], seq (\\d+), ack (\\d+), win N, length 0\\n"
                        + "(T IP [^\\n]*Flags \\[F\\.\\], seq \\1, ack \\2,)", "$3")
                .normalising("the wire \\(lo\\), \\d+ packets", "the wire (lo), N packets")
                // what the kernel gave the packet socket: net.core.rmem_max caps it
                .normalising("receive buffer: \\d+ bytes", "receive buffer: N bytes");
        var command = CaptureCommand.command(Path.of("../.."),
                List.of("04", "--write", folder.resolve("04-server.pcap").toString(), "server"));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the capture ended by itself");
        assertEquals(0, process.exitValue(), output);
        transcript.assertMatches(output);
    }
}
