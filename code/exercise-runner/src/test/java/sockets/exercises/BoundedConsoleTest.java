package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A grading child's console: read to its end, kept up to a limit. */
@Timeout(30)
class BoundedConsoleTest {

    /** Output of {@code size} bytes ending in a line of its own, which counts down when read to the end. */
    private static InputStream output(int size, String lastLine, CountDownLatch ended) {
        var filler = new ByteArrayInputStream(new byte[size]);
        var last = new ByteArrayInputStream(("\n" + lastLine + "\n").getBytes(StandardCharsets.UTF_8)) {
            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = super.read(buffer, offset, length);
                if (n < 0) {
                    ended.countDown();
                }
                return n;
            }
        };
        return new SequenceInputStream(filler, last);
    }

    @Test
    void keeps_the_first_bytes_of_endless_output_and_drops_the_rest() throws InterruptedException {
        var ended = new CountDownLatch(1);
        var console = BoundedConsole.reading(output(10 * BoundedConsole.KEPT_BYTES, "the end", ended));

        assertTrue(ended.await(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS), "read to the end");
        assertEquals(9 * BoundedConsole.KEPT_BYTES + "\nthe end\n".length(), console.dropped());
    }

    @Test
    void names_the_last_line_it_kept() throws InterruptedException {
        var ended = new CountDownLatch(1);
        var console = BoundedConsole.reading(output(0, "Error: could not find the main class", ended));

        assertAll(
                () -> assertTrue(ended.await(10, TimeUnit.SECONDS)),
                () -> assertEquals("Error: could not find the main class", console.lastLine()));
    }
}
