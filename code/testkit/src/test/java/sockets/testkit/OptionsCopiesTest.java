package sockets.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every chapter keeps its own {@code Options} (a chapter's program needs nothing but the JDK),
 * and so every chapter has a copy of the same few methods. Each shared method sits between
 * {@code // tag::core-NAME[]} and {@code // end::core-NAME[]}; this test holds every copy to
 * chapter 01's, so a fix made in one chapter either reaches all of them or the build names the
 * chapter it missed. A copy may leave a method out (chapter 14 parses IPv4 literals itself and
 * has no {@code resolve}); if it declares one, it is the shared one.
 */
class OptionsCopiesTest {

    /** The repository root, seen from this module's directory (Surefire's working directory). */
    private static final Path ROOT = Path.of("..", "..");

    private static final Path REFERENCE =
            ROOT.resolve("chapters/01-create-a-socket/src/main/java/sockets/ch01/Options.java");

    /** The shared methods, by tag, with what their declaration says. */
    private static final Map<String, String> CORE = new LinkedHashMap<>();

    static {
        CORE.put("bad-argument", "class BadArgument ");
        CORE.put("want-help", "boolean wantHelp(");
        CORE.put("value-of", "String valueOf(String[] ");
        CORE.put("parse-port", "int parsePort(");
        CORE.put("resolve", "InetAddress resolve(");
        CORE.put("host-and-port", "String hostAndPort(");
        CORE.put("lower", "String lower(");
    }

    @Test
    void chapter_01_holds_every_shared_method() throws IOException {
        var reference = Files.readString(REFERENCE);
        for (var name : CORE.keySet()) {
            assertTrue(region(reference, name).isPresent(),
                    "chapter 01's Options has no // tag::core-" + name + "[] region");
        }
    }

    @TestFactory
    Stream<DynamicTest> every_copy_of_a_shared_method_matches_chapter_01s() throws IOException {
        var reference = Files.readString(REFERENCE);
        return copies().stream().map(copy -> DynamicTest.dynamicTest(chapterOf(copy), () -> {
            var text = Files.readString(copy);
            for (var core : CORE.entrySet()) {
                var name = core.getKey();
                var mine = region(text, name);
                if (mine.isEmpty()) {
                    assertFalse(declares(text, core.getValue()), chapterOf(copy) + " declares "
                            + core.getValue() + "...) outside // tag::core-" + name + "[]: put the shared"
                            + " method between the markers, as chapter 01 does");
                    continue;
                }
                assertTrue(declares(mine.get(), core.getValue()), chapterOf(copy) + "'s core-" + name
                        + " region does not declare " + core.getValue() + "...)");
                assertEquals(normalised(region(reference, name).orElseThrow()), normalised(mine.get()),
                        chapterOf(copy) + "'s core-" + name + " differs from chapter 01's: make the"
                                + " same change in every chapter's Options.java");
            }
        }));
    }

    @Test
    void there_is_a_copy_in_every_chapter() throws IOException {
        try (var chapters = Files.list(ROOT.resolve("chapters"))) {
            var withCode = chapters.filter(dir -> Files.isDirectory(dir.resolve("src/main/java"))).count();
            assertEquals(withCode, copies().size(), "a chapter with a program but no Options.java");
        }
    }

    private static List<Path> copies() throws IOException {
        try (var files = Files.walk(ROOT.resolve("chapters"), 7)) {
            return files.filter(file -> file.getFileName().toString().equals("Options.java"))
                    .filter(file -> file.toString().replace('\\', '/').contains("/src/main/java/sockets/ch"))
                    .sorted()
                    .toList();
        }
    }

    private static String chapterOf(Path copy) {
        return ROOT.resolve("chapters").relativize(copy).getName(0).toString();
    }

    private static boolean declares(String text, String declaration) {
        return text.lines().anyMatch(line -> line.contains(" static " + declaration)
                || line.contains("static final " + declaration));
    }

    /** The lines between the markers; fails if a region is opened and not closed. */
    private static Optional<String> region(String text, String name) {
        var open = "// tag::core-" + name + "[]";
        var close = "// end::core-" + name + "[]";
        int start = text.indexOf(open);
        if (start < 0) {
            return Optional.empty();
        }
        int end = text.indexOf(close, start);
        if (end < 0) {
            fail("// tag::core-" + name + "[] is never closed by " + close);
        }
        return Optional.of(text.substring(start + open.length(), end));
    }

    /**
     * Apart from the package, and whether the chapter's other classes may call the method:
     * chapter 05's ClientOptions calls valueOf and resolve, which other chapters keep private.
     */
    private static String normalised(String region) {
        return region.replaceAll("sockets\\.ch\\d\\d", "sockets.chNN")
                .replace("private static ", "static ")
                .strip();
    }
}
