package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A console transcript shown in the book under "Run it". The file's first line is the command
 * as the reader types it ({@code $ ./workbook run 04 server --port 0}); the rest is what the
 * program prints. {@link #verify()} runs that very command and compares, so the book can never
 * show output the program does not print. Ephemeral ports differ from run to run, so numbers
 * that stand for them are normalised on both sides.
 */
public final class Transcript {

    private static final Pattern PROMPT = Pattern.compile("^\\$ \\./workbook run (\\d\\d)(.*)$");

    private final Path file;
    private final List<String> commandWords;
    private final String expected;
    private final List<Rule> rules = new ArrayList<>(List.of(
            // host:port with an ephemeral or chosen port: 127.0.0.1:45123, [::1]:45123
            new Rule(Pattern.compile("(?<=[\\w\\]]:)\\d{2,5}\\b"), "PORT"),
            new Rule(Pattern.compile("\\b(port) \\d{4,5}\\b"), "$1 PORT")));

    private record Rule(Pattern pattern, String replacement) {
    }

    private Transcript(Path file, List<String> commandWords, String expected) {
        this.file = file;
        this.commandWords = commandWords;
        this.expected = expected;
    }

    /** Loads {@code transcripts/NAME} of the chapter under test. */
    public static Transcript load(String name) {
        return load(Path.of("transcripts", name));
    }

    public static Transcript load(Path file) {
        try {
            var lines = Files.readAllLines(file);
            var prompt = PROMPT.matcher(lines.getFirst());
            if (!prompt.matches()) {
                throw new IllegalArgumentException(file + " must start with '$ ./workbook run NN ...'");
            }
            var words = Arrays.stream(prompt.group(2).strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
            var output = String.join("\n", lines.subList(1, lines.size())) + "\n";
            return new Transcript(file, words, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read transcript " + file, e);
        }
    }

    /** Adds a normalisation for output that honestly varies (a count, a time). */
    public Transcript normalising(String regex, String replacement) {
        rules.add(new Rule(Pattern.compile(regex), replacement));
        return this;
    }

    /** The program name the command names, or the chapter's default program. */
    public String program(Programs programs) {
        return !commandWords.isEmpty() && programs.has(commandWords.getFirst())
                ? commandWords.getFirst() : programs.defaultProgram().name();
    }

    /** The arguments after the program name. */
    public List<String> arguments(Programs programs) {
        return !commandWords.isEmpty() && programs.has(commandWords.getFirst())
                ? commandWords.subList(1, commandWords.size()) : commandWords;
    }

    public String expectedOutput() {
        return expected;
    }

    /** Runs the transcript's command (stderr merged, as a terminal shows it) and compares. */
    public ProgramResult verify() {
        var programs = Programs.ofThisChapter();
        var result = JavaProgram.runMerged(programs.mainClass(program(programs)),
                arguments(programs).toArray(String[]::new));
        assertMatches(result.stdout());
        return result;
    }

    /** Compares output the test obtained itself with the transcript's. */
    public void assertMatches(String actualOutput) {
        assertEquals(normalise(expected), normalise(actualOutput),
                "the book's transcript " + file + " no longer matches what the program prints");
    }

    private String normalise(String text) {
        var result = text.strip();
        for (var rule : rules) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result;
    }
}
