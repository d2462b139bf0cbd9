package sockets.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HttpBenchOptionsTest {

    @Test
    void without_options_wrk_keeps_50_connections_on_2_threads_for_5_rounds_of_5_seconds() {
        assertEquals(new HttpBenchOptions(50, 2, 5, 5, 5, "/index.html", Path.of("chapters/17-http/site"), null),
                HttpBenchOptions.parse());
    }

    @Test
    void every_option_sets_its_value() {
        assertEquals(new HttpBenchOptions(8, 1, 2, 3, 0, "/style.css", Path.of("site"), Path.of("/opt/nginx")),
                HttpBenchOptions.parse("--connections", "8", "--threads", "1", "--seconds", "2", "--rounds", "3",
                        "--warmup", "0", "--small", "/style.css", "--root", "site", "--nginx", "/opt/nginx"));
    }

    @Test
    void a_number_below_its_least_is_refused_in_one_sentence() {
        assertEquals("--rounds needs a whole number of at least 1, not '0' (try --help).", refusal("--rounds", "0"));
    }

    @Test
    void a_word_where_a_number_goes_is_refused_in_one_sentence() {
        assertEquals("--seconds needs a whole number of at least 1, not 'ten' (try --help).", refusal("--seconds", "ten"));
    }

    @Test
    void more_threads_than_connections_is_refused_as_wrk_would() {
        assertEquals("wrk needs a connection a thread at least: --threads 4 is more than --connections 2.",
                refusal("--connections", "2", "--threads", "4"));
    }

    @Test
    void a_small_file_outside_the_folder_is_refused() {
        assertEquals("--small needs a path in the folder served, such as /index.html, not '/../secret'"
                + " (try --help).", refusal("--small", "/../secret"));
    }

    @Test
    void an_unknown_option_and_a_missing_value_are_refused() {
        assertEquals("unknown argument '--duration' (try --help).", refusal("--duration", "5"));
        assertEquals("--rounds needs a value (try --help).", refusal("--rounds"));
    }

    private static String refusal(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> HttpBenchOptions.parse(args)).getMessage();
    }
}
