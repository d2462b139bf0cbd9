package sockets.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The captures of {@link WireScenarios}, made once for every test class that reads them: one
 * JVM in one private namespace runs all the scenarios, which is a second or two instead of a
 * JVM per test. Where the kernel refuses the namespace, every test that asks is skipped with
 * the sentence that says why.
 */
final class Captures {

    private static Path folder;

    /** A scenario's capture: its packets and what its programs saw. */
    record Scenario(String name, List<Packet> packets, Properties facts, Path pcap) {
        int port(String fact) {
            return Integer.parseInt(facts.getProperty(fact));
        }
    }

    private Captures() {
    }

    static Scenario of(String name) {
        var pcap = made().resolve(name + ".pcap");
        try {
            return new Scenario(name, PcapReader.packets(pcap), facts(name), pcap);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a scenario's programs saw, for a scenario with no capture file of its own. */
    static Properties facts(String name) {
        var facts = new Properties();
        try (var reader = Files.newBufferedReader(made().resolve(name + ".properties"))) {
            facts.load(reader);
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll(Path folder) {
        try (var files = Files.list(folder)) {
            for (var file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // the JVM is ending; a file left in the temporary folder harms nothing
        }
    }

    private static synchronized Path made() {
        if (folder != null) {
            return folder;
        }
        Namespace.refusal().ifPresent(why -> abort(why));
        try {
            var made = Files.createTempDirectory("wire-captures");
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> deleteAll(made)));
            var command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                    WireScenarios.class.getName(), made.toString()));
            var process = new ProcessBuilder(Namespace.command(command)).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the scenarios finished");
            assertEquals(0, process.exitValue(), "the scenarios ran; they printed:\n" + output);
            folder = made;
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
