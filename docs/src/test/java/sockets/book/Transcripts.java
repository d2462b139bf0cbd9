package sockets.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that the console output a chapter shows is real: every {@code [source,console]}
 * listing only includes transcripts/NAME.txt files, and a test of the chapter loads each one
 * with {@code Transcript.load("NAME.txt")} (or a wrapper of it that names the file), which
 * compares it with what the program prints.
 */
final class Transcripts {

    private static final Pattern CONSOLE_STYLE =
            Pattern.compile("^\\[(?:source)?\\s*,\\s*console\\b[^\\]]*\\]\\s*$");
    private static final Pattern BLOCK_METADATA =
            Pattern.compile("^(?:\\.[^.\\s].*|\\[.*\\]|//.*)$");
    private static final Pattern LISTING_DELIMITER = Pattern.compile("^-{4,}\\s*$");
    private static final Pattern TRANSCRIPT_INCLUDE =
            Pattern.compile("^include::transcripts/([^\\[/]+\\.txt)\\[[^\\]]*\\]\\s*$");

    private Transcripts() {
    }

    /** What is wrong with the console listings of one chapter.adoc: one line per problem. */
    static List<String> problemsIn(Path chapterFile) {
        var chapter = chapterFile.toAbsolutePath().getParent();
        var tests = testSources(chapter.resolve("src/test/java"));
        var problems = new ArrayList<String>();
        for (var body : consoleListingBodies(BookSources.read(chapterFile))) {
            for (var line : body) {
                var include = TRANSCRIPT_INCLUDE.matcher(line);
                if (!include.matches()) {
                    problems.add("typed into a console listing, not a transcript: " + line);
                    continue;
                }
                var name = include.group(1);
                if (!Files.isRegularFile(chapter.resolve("transcripts").resolve(name))) {
                    problems.add("no file transcripts/" + name);
                } else if (!loadedByAContract(tests, name)
                        && (!tests.contains("Transcript") || !tests.contains("\"" + name + "\""))) {
                    // A test names the file and the chapter's tests use Transcript: a wrapper
                    // such as load("demo.txt") around Transcript.load counts too.
                    problems.add("no test loads transcripts/" + name + " (Transcript.load(\"" + name
                            + "\").verify())");
                }
            }
        }
        return problems;
    }

    /** Whether a testkit contract that loads this transcript by its fixed name is called. */
    private static boolean loadedByAContract(String tests, String name) {
        // PortInUse loads the chapter's port-in-use.txt itself.
        return name.equals("port-in-use.txt") && tests.contains("PortInUse.assertReportedAsTheBookShows(");
    }

    /** The non-blank lines of every [source,console] listing, one list per listing. */
    static List<List<String>> consoleListingBodies(String asciidoc) {
        var lines = asciidoc.lines().toList();
        var bodies = new ArrayList<List<String>>();
        for (int i = 0; i < lines.size(); i++) {
            if (!CONSOLE_STYLE.matcher(lines.get(i)).matches()) {
                continue;
            }
            int start = i + 1;
            while (start < lines.size() && BLOCK_METADATA.matcher(lines.get(start)).matches()) {
                start++;
            }
            if (start >= lines.size()) {
                break;
            }
            var opening = lines.get(start);
            boolean delimited = LISTING_DELIMITER.matcher(opening).matches();
            var body = new ArrayList<String>();
            int line = delimited ? start + 1 : start;
            for (; line < lines.size(); line++) {
                var text = lines.get(line);
                if (delimited ? text.strip().equals(opening.strip()) : text.isBlank()) {
                    break;
                }
                if (!text.isBlank()) {
                    body.add(text);
                }
            }
            bodies.add(body);
            i = line;
        }
        return bodies;
    }

    private static String testSources(Path root) {
        if (!Files.isDirectory(root)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(root)) {
            var all = new StringBuilder();
            files.filter(file -> file.toString().endsWith(".java"))
                    .forEach(file -> all.append(BookSources.read(file)).append('\n'));
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
