package sockets.ch15;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import sockets.testkit.ExternalClient;
import sockets.testkit.JavaProgram;

/**
 * TLS programs nobody here wrote, Debian's openssl: its s_client gets its lines echoed by our
 * server, and our client talks to its s_server. Without openssl these tests skip, except
 * under CI=true (or WORKBOOK_REQUIRE_OPENSSL=1), where .ci/install-test-tools installs it.
 */
@Timeout(60)
class ForeignTlsTest {

    private static String openssl() {
        ExternalClient.require("openssl", "openssl", "WORKBOOK_REQUIRE_OPENSSL");
        return "openssl";
    }

    @Test
    void openssl_s_client_gets_its_lines_echoed_by_our_server() throws Exception {
        var openssl = openssl();
        var keys = KeyMaker.made();
        try (var server = TlsServers.start(Keys.Identity.LOCALHOST)) {
            // -verify_return_error and -verify_hostname: openssl checks what our client checks.
            var process = new ProcessBuilder(openssl, "s_client", "-quiet", "-no_ign_eof",
                    "-connect", "127.0.0.1:" + server.address().getPort(), "-servername", "localhost",
                    "-CAfile", keys.resolve("ca.pem").toString(), "-verify_return_error",
                    "-verify_hostname", "localhost")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                process.getOutputStream().write("from openssl\n".getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().flush();
                var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                assertEquals("from openssl", out.readLine(), "the echo, decrypted by openssl");
                // End of its input: s_client sends close_notify and exits.
                process.getOutputStream().close();
                assertTrue(process.waitFor(20, TimeUnit.SECONDS), "s_client exits at the end of its input");
                server.awaitLine("closed after 1 line");
            } finally {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void our_client_talks_to_openssl_s_server() throws Exception {
        var openssl = openssl();
        var keys = KeyMaker.made();
        // -rev: s_server's own echo, which sends each line back reversed; -naccept 1: one
        // client, then it exits.
        var process = new ProcessBuilder(openssl, "s_server", "-accept", "127.0.0.1:0", "-naccept", "1",
                "-rev", "-tls1_3", "-cert", keys.resolve("localhost.pem").toString())
                .redirectErrorStream(true).start();
        try {
            var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            int port = -1;
            for (String line; port < 0 && (line = out.readLine()) != null; ) {
                if (line.startsWith("ACCEPT ")) {
                    port = Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
                }
            }
            assertTrue(port > 0, "s_server printed the port it accepts on");
            var result = JavaProgram.run(TlsEchoClient.class, "--port", String.valueOf(port), "hello", "world");
            assertEquals(0, result.exitCode(), result::toString);
            assertEquals(List.of("olleh", "dlrow"), result.stdoutLines().subList(1, 3), result::toString);
            assertTrue(result.stdoutLines().getFirst().startsWith("TLSv1.3, "), result::toString);
        } finally {
            process.destroyForcibly();
        }
    }
}
