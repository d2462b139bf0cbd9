package sockets.exercises;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

@Timeout(240)
class GradeCommandTest {

    /** Gradescope's documented values of a test's visibility. */
    private static final Set<String> VISIBILITIES = Set.of("hidden", "after_due_date", "after_published", "visible");

    /** A workbook of the fixture chapter, handed out (a manifest of its tests), with a student's work in it. */
    private static Path handedOutWithWork(Path root, String variant) throws Exception {
        var chapters = FixtureChapter.copyOfChaptersInto(root.resolve("chapters"));
        TestFileChecksums.write(root);
        FixtureChapter.copyTree(FixtureChapter.variant(variant), chapters.resolve("01-fixture/exercises/work"));
        return root;
    }

    private static final Grader.Result SOME_RESULT = new Grader.Result(List.of(
            new Grader.Graded("01", "LoopbackListener", Grader.Status.PASSED, 1, 1, "PASS LoopbackListener"),
            new Grader.Graded("01", "LineEcho", Grader.Status.FAILED, 0, 3, "FAIL LineEcho\n    echoes one line back: <&> \"quoted\""),
            new Grader.Graded("02", "FreePort", Grader.Status.NOT_ATTEMPTED, 0, 1, "not attempted")),
            List.of("chapters/01-fixture/exercises/test/sockets/fixture/exercises/LineEchoTest.java"));

    @Test
    void writes_gradescope_results_json_with_its_documented_fields_and_names_an_edited_test(@TempDir Path root)
            throws Exception {
        handedOutWithWork(root, "half-done");
        var edited = root.resolve("chapters/01-fixture/exercises/test/sockets/fixture/exercises/LoopbackListenerTest.java");
        Files.writeString(edited, Files.readString(edited).replace("a bound listener's port", "anything"));

        var run = RunnerInvocation.run(root, "grade", "--format", "gradescope");

        var results = assertInstanceOf(Map.class, Json.parse(run.out()), run.out() + run.err());
        var tests = assertInstanceOf(List.class, results.get("tests"));
        assertAll(
                () -> assertEquals(1.0, results.get("score"), "LoopbackListener's 1 point; LineEcho not attempted"),
                () -> assertTrue(String.valueOf(results.get("output")).contains("LoopbackListenerTest.java"),
                        "the edited test is named: " + results.get("output")),
                () -> assertEquals(2, tests.size()));
        for (var test : tests) {
            var fields = assertInstanceOf(Map.class, test);
            assertAll(
                    () -> assertInstanceOf(String.class, fields.get("name")),
                    () -> assertInstanceOf(Double.class, fields.get("score")),
                    () -> assertInstanceOf(Double.class, fields.get("max_score")),
                    () -> assertInstanceOf(String.class, fields.get("output")),
                    () -> assertTrue(VISIBILITIES.contains(fields.get("visibility")), String.valueOf(fields.get("visibility"))));
        }
        var lineEcho = (Map<?, ?>) tests.get(1);
        assertAll(
                () -> assertEquals("01 LineEcho", lineEcho.get("name")),
                () -> assertEquals(3.0, lineEcho.get("max_score"), "the points beside its hints"),
                () -> assertEquals(1, run.status(), "not everything passes"));
    }

    @Test
    void grades_an_assignments_hidden_tests_on_a_line_of_their_own_hidden_on_gradescope(@TempDir Path root) throws Exception {
        handedOutWithWork(root, "half-done");
        Files.writeString(Files.createDirectories(root.resolve("assignments")).resolve("w.properties"),
                "exercises=01/LoopbackListener\nhidden.01/LoopbackListener=2\n");
        var hidden = root.resolve("assignments/w.hidden/01-fixture/sockets/fixture/exercises");
        Files.createDirectories(hidden);
        Files.copy(FixtureChapter.chapter().resolve("exercises/test/sockets/fixture/exercises/LoopbackListenerTest.java"),
                hidden.resolve("LoopbackListenerTest.java"));

        var run = RunnerInvocation.run(root, "grade", "--assignment", "w", "--format", "gradescope");

        var results = assertInstanceOf(Map.class, Json.parse(run.out()), run.out() + run.err());
        var tests = (List<?>) results.get("tests");
        assertAll(
                () -> assertEquals(3.0, results.get("score"), "its point and the hidden tests' two"),
                () -> assertEquals(2, tests.size()),
                () -> assertEquals("visible", ((Map<?, ?>) tests.get(0)).get("visibility")),
                () -> assertEquals("01 LoopbackListener (hidden tests)", ((Map<?, ?>) tests.get(1)).get("name")),
                () -> assertEquals("hidden", ((Map<?, ?>) tests.get(1)).get("visibility")));
    }

    @Test
    void scores_a_share_of_the_points_for_the_tests_that_pass_where_an_exercise_says_per_test(@TempDir Path root)
            throws Exception {
        var chapters = FixtureChapter.copyOfChaptersInto(root.resolve("chapters"));
        var document = chapters.resolve("01-fixture/exercises/exercises.adoc");
        Files.writeString(document, Files.readString(document) + "\n// points::LoopbackListener[2] per-test\n");
        // bound to every address, not loopback's: one of its two tests passes
        Files.writeString(Files.createDirectories(chapters.resolve("01-fixture/exercises/work/sockets/fixture/exercises"))
                .resolve("LoopbackListener.java"), """
                package sockets.fixture.exercises;

                public final class LoopbackListener {
                    public static java.net.ServerSocket open() throws java.io.IOException {
                        return new java.net.ServerSocket(0);
                    }
                }
                """);

        var run = RunnerInvocation.run(root, "grade", "--format", "text");

        assertTrue(run.out().startsWith("01 LoopbackListener  1/2  failed\n"), run.out() + run.err());
    }

    @Test
    void writes_junit_xml_a_parser_reads_back() throws Exception {
        var xml = GradeReport.format(SOME_RESULT, "junit");

        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var suite = (Element) document.getElementsByTagName("testsuite").item(0);
        var cases = document.getElementsByTagName("testcase");
        assertAll(
                () -> assertEquals("3", suite.getAttribute("tests")),
                () -> assertEquals("1", suite.getAttribute("failures")),
                () -> assertEquals("1", suite.getAttribute("skipped")),
                () -> assertEquals(4, cases.getLength(), "three exercises and the edited test"),
                () -> assertEquals("LineEcho", ((Element) cases.item(1)).getAttribute("name")),
                () -> assertEquals("FAIL LineEcho\n    echoes one line back: <&> \"quoted\"",
                        ((Element) cases.item(1)).getElementsByTagName("failure").item(0).getTextContent()),
                () -> assertEquals(1, ((Element) cases.item(2)).getElementsByTagName("skipped").getLength()),
                () -> assertEquals("test files unchanged", ((Element) cases.item(3)).getAttribute("name")));
    }

    @Test
    void writes_json_and_text_with_points_per_exercise() {
        var json = assertInstanceOf(Map.class, Json.parse(GradeReport.format(SOME_RESULT, "json")));
        var text = GradeReport.format(SOME_RESULT, "text");

        assertAll(
                () -> assertEquals(1.0, json.get("score")),
                () -> assertEquals(5.0, json.get("max_score")),
                () -> assertEquals(3, ((List<?>) json.get("exercises")).size()),
                () -> assertTrue(text.startsWith("""
                        01 LoopbackListener  1/1  passed
                        01 LineEcho          0/3  failed
                        02 FreePort          0/1  not attempted
                        score: 1 of 5
                        test files that differ from the grader's: chapters/01-fixture/"""), text));
    }
}
