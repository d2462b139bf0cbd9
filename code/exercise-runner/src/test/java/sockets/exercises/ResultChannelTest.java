package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The grader's end of the result channel: it keeps what the key signed, in order, and nothing else. */
@Timeout(30)
class ResultChannelTest {

    private static final String KEY = ResultRecords.newKey();

    /** Sends the lines as the child would, then closes the connection. */
    private static ResultChannel.Received sent(Path folder, String... lines) throws IOException {
        try (var channel = ResultChannel.listen(folder.resolve("results.sock"), ResultRecords.withKey(KEY))) {
            try (var child = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                child.connect(UnixDomainSocketAddress.of(channel.socket()));
                child.write(ByteBuffer.wrap(String.join("", lines).getBytes(StandardCharsets.UTF_8)));
            }
            return channel.received(Duration.ofSeconds(10));
        }
    }

    @Test
    void records_signed_with_the_key_arrive_in_order_up_to_the_end(@TempDir Path folder) throws IOException {
        var signer = ResultRecords.withKey(KEY);

        var received = sent(folder, signer.sign(0, ResultRecords.TEST, "LineEcho", "echoes", "PASSED"),
                signer.sign(1, ResultRecords.END, "1"));

        assertAll(
                () -> assertNull(received.problem()),
                () -> assertTrue(received.complete()),
                () -> assertEquals(new ResultRecords.Record(ResultRecords.TEST, List.of("LineEcho", "echoes", "PASSED")),
                        received.records().getFirst()));
    }

    @Test
    void a_record_signed_with_another_key_makes_the_run_untrusted(@TempDir Path folder) throws IOException {
        var forger = ResultRecords.withKey(ResultRecords.newKey());

        var received = sent(folder, forger.sign(0, ResultRecords.EXERCISE, "LineEcho", "PASSED", "PASS"),
                forger.sign(1, ResultRecords.END, "1"));

        assertAll(
                () -> assertFalse(received.complete()),
                () -> assertTrue(received.problem().contains("not signed by the grader"), received.problem()));
    }

    @Test
    void a_signed_record_out_of_its_place_makes_the_run_untrusted(@TempDir Path folder) throws IOException {
        var signer = ResultRecords.withKey(KEY);
        var end = signer.sign(1, ResultRecords.END, "1");

        var received = sent(folder, end, end);

        assertTrue(received.problem().contains("out of order"), received.problem());
    }

    @Test
    void anything_after_the_end_makes_the_run_untrusted(@TempDir Path folder) throws IOException {
        var signer = ResultRecords.withKey(KEY);

        var received = sent(folder, signer.sign(0, ResultRecords.END, "0"), "exercise\tLineEcho\tPASSED\n");

        assertTrue(received.problem().contains("after"), received.problem());
    }
}
