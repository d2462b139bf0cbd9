package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A console transcript shown in the book under "Run it". The file's first line is the command
 * as the reader types it ({@code $ ./workbook run 04 server --port 0}); the rest is what the
 * program prints, except lines starting with {@code "> "}: what the reader types into the
 * running program, where it happens ({@code > hi there}, or a key: {@code > [Enter]},
 * {@code > [Ctrl-D]}). The book shows those in bold after a prompt; the comparison leaves them
 * out, as the terminal, not the program, prints them. {@link #verify()} runs that very command
 * and compares, so the book can never show output the program does not print. Ephemeral ports
 * differ from run to run, so numbers that stand for them are normalised on both sides.
 * <p>
 * A transcript of the workbook's own tools ({@code $ ./workbook sockets ...},
 * {@code $ ./workbook capture NN ...}) is loaded the same way; the test runs the tool itself,
 * around a scenario of its own, and compares with {@link #assertMatches(String)}.
 */
public final class Transcript {

    private static final Pattern PROMPT = Pattern.compile("^\\$ \\./workbook run (\\d\\d)(.*)$");
    private static final Pattern TOOL_PROMPT = Pattern.compile("^\\$ \\./workbook (?:sockets|capture \\d\\d)\\b.*$");
    /** A line the reader types into the running program, which the program does not print. */
    private static final String TYPED = "> ";

    private final Path file;
    private final boolean ofATool;
    private final List<String> commandWords;
    private final String expected;
    private final List<Rule> rules = new ArrayList<>(List.of(
            // host:port with an ephemeral or chosen port: 127.0.0.1:45123, [::1]:45123
            new Rule(Pattern.compile("(?<=[\\w\\]]:)\\d{2,5}\\b"), "PORT"),
            new Rule(Pattern.compile("\\b(port) \\d{4,5}\\b"), "$1 PORT")));

    private record Rule(Pattern pattern, String replacement) {
    }

    private Transcript(Path file, boolean ofATool, List<String> commandWords, String expected) {
        this.file = file;
        this.ofATool = ofATool;
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
            var output = String.join("\n", lines.subList(1, lines.size()).stream()
                    .filter(line -> !line.startsWith(TYPED)).toList()) + "\n";
            if (TOOL_PROMPT.matcher(lines.getFirst()).matches()) {
                return new Transcript(file, true, List.of(), output);
            }
            if (!prompt.matches()) {
                throw new IllegalArgumentException(file + " must start with '$ ./workbook run NN ...'"
                        + " (or '$ ./workbook sockets ...', '$ ./workbook capture NN ...')");
            }
            var words = shellWords(prompt.group(2));
            return new Transcript(file, false, words, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read transcript " + file, e);
        }
    }

    /**
     * Splits a command line as a POSIX shell would for the simple forms a transcript uses:
     * words apart by blanks, and quotes, single or double, kept out of the word
     * ({@code '[::1]:9000'} must be quoted for the reader's shell, yet reach the program bare).
     */
    static List<String> shellWords(String line) {
        var words = new ArrayList<String>();
        var word = new StringBuilder();
        var inWord = false;
        char quote = 0;
        for (var c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unbalanced quote in: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return List.copyOf(words);
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

    /**
     * The arguments with the value of {@code --port} replaced by a port of this run: for a
     * transcript of a client whose server the test started, or of a port in use.
     */
    public String[] argumentsWithPort(int port) {
        var args = new ArrayList<>(arguments(Programs.ofThisChapter()));
        var flag = args.indexOf("--port");
        if (flag < 0 || flag + 1 >= args.size()) {
            throw new IllegalStateException(file + " has no --port PORT to replace");
        }
        args.set(flag + 1, String.valueOf(port));
        return args.toArray(String[]::new);
    }

    public String expectedOutput() {
        return expected;
    }

    /** Runs the transcript's command (stderr merged, as a terminal shows it) and compares. */
    public ProgramResult verify() {
        if (ofATool) {
            throw new IllegalStateException(file + " shows a workbook tool, not a program: run the tool"
                    + " around the test's own scenario and call assertMatches");
        }
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

    /**
     * Compares the normalised lines as sets: the same lines, in any order, each shown any number
     * of times. For a table whose number of rows honestly varies (the connections a browser
     * opens): the test asserts itself the counts that matter.
     */
    public void assertMatchesAsSetOfLines(String actualOutput) {
        assertEquals(setOfLines(expected), setOfLines(actualOutput),
                "the book's transcript " + file + " shows other lines than the program prints");
    }

    private String setOfLines(String text) {
        return String.join("\n", new TreeSet<>(normalise(text).lines().toList()));
    }

    private String normalise(String text) {
        var result = text.strip();
        for (var rule : rules) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result;
    }
}
