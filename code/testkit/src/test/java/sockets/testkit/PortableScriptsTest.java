package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every script of the repository runs on a student's Mac (bash 3.2, BSD tools) as on Linux: no
 * script uses a GNU-only tool or option, or a bash 4 feature. A script is workbook, mvnw, a
 * *.sh, *.cmd or *.bat file, or any file whose first line starts a shell (.ci's scripts, which
 * run on Linux CI only, may be bash but are held to the same tools).
 */
class PortableScriptsTest {

    /** The repository root, seen from this module's directory (Surefire's working directory). */
    private static final Path ROOT = Path.of("..", "..");

    record Rule(String name, Pattern pattern, String why) {
        Rule(String name, String regex, String why) {
            this(name, Pattern.compile(regex), why);
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("cp --parents", "\\bcp\\b.*\\s--parents\\b", "GNU cp only"),
            new Rule("cp -n", "\\bcp\\b(\\s+-[A-Za-z]+)*\\s+-[A-Za-z]*n", "BSD cp -n exits 1 when a file is already there"),
            new Rule("sed -i", "\\bsed\\b(\\s+-[A-Za-z]+)*\\s+-[A-Za-z]*i", "BSD sed -i wants a suffix argument (sed -i '' on macOS)"),
            new Rule("sha256sum", "\\bsha256sum\\b", "not on macOS, which has shasum -a 256"),
            new Rule("readlink -f", "\\breadlink\\s+-[A-Za-z]*f", "not in macOS before 12.3, and not POSIX"),
            new Rule("mapfile", "\\b(mapfile|readarray)\\b", "bash 4: macOS has bash 3.2"),
            new Rule("declare -A", "\\b(declare|typeset|local)\\s+-[A-Za-z]*A", "bash 4's associative arrays: macOS has bash 3.2"),
            // A find command often goes on over several lines: its -quit or -printf alone is enough.
            new Rule("find -quit/-printf", "(^|\\s)-(quit|printf)\\b", "-printf is GNU find's; -quit is not POSIX"));

    @Test
    void no_script_uses_a_gnu_only_tool_or_a_bash_4_feature() throws IOException {
        var scripts = scripts();
        assertTrue(scripts.contains(ROOT.resolve("mvnw")), "the scan finds the scripts: " + scripts);
        var found = new ArrayList<String>();
        for (var script : scripts) {
            var lines = Files.readAllLines(script);
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i).strip();
                for (var rule : RULES) {
                    if (!isComment(line) && rule.pattern().matcher(line).find() && !allowed(script, rule)) {
                        found.add(ROOT.relativize(script) + ":" + (i + 1) + ": " + rule.name() + " (" + rule.why() + "): " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "spell these the POSIX way, or do them in Java");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xargs -0 cp --parents -t \"$target\"", "cp -R -n a/. b/", "cp -n a b", "sed -E -i 's/a/b/' f",
            "sed -i '' 's/a/b/' f", "xargs -0 sha256sum", "home=$(readlink -f \"$x\")", "mapfile -t lines < f",
            "declare -A seen", "find . -name x -print -quit", "find . -type f -printf '%P\\0'",
            "-not -path '*/target/*' -print -quit"})
    void the_rules_catch_each_spelling(String line) {
        assertTrue(RULES.stream().anyMatch(rule -> rule.pattern().matcher(line).find()), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cp -R a/. b/", "sed -n 's/a/b/p' f", "shasum -a 256 f", "readlink \"$x\"",
            "find . -name x -print", "local name=$1", "cp -- \"$a\" \"$b\"", "JAVACMD=\"$JAVA_HOME/jre/sh/java\""})
    void the_rules_let_portable_lines_through(String line) {
        assertFalse(RULES.stream().anyMatch(rule -> rule.pattern().matcher(line).find()), line);
    }

    private static boolean allowed(Path script, Rule rule) {
        // The Maven Wrapper's own script uses sha256sum only where it is installed, else shasum.
        return script.equals(ROOT.resolve("mvnw")) && rule.name().equals("sha256sum");
    }

    private static boolean isComment(String line) {
        var lower = line.toLowerCase();
        return line.startsWith("#") || lower.startsWith("rem ") || lower.startsWith("@rem") || lower.startsWith("::");
    }

    /** The scripts, not looking into Git's folder, build output, node modules or students' exercise copies. */
    private static List<Path> scripts() throws IOException {
        var scripts = new ArrayList<Path>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                var name = String.valueOf(dir.getFileName());
                var skipped = Set.of(".git", "target", "node_modules").contains(name)
                        || name.equals("work") && String.valueOf(dir.getParent().getFileName()).equals("exercises");
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && isScript(file)) scripts.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        return scripts.stream().sorted().toList();
    }

    private static boolean isScript(Path file) {
        var name = file.getFileName().toString();
        if (name.endsWith(".sh") || name.endsWith(".cmd") || name.endsWith(".bat")) return true;
        try (var lines = Files.lines(file)) {
            var first = lines.findFirst().orElse("");
            return first.startsWith("#!") && first.matches("#!.*\\b(sh|bash|dash|zsh)\\b.*");
        } catch (IOException | UncheckedIOException notText) {
            return false;
        }
    }
}
