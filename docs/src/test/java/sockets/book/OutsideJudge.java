package sockets.book;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * A checker nobody here wrote, installed from npm by .ci/install-test-tools into one folder
 * (~/.cache/workbook/npm, or WORKBOOK_NPM_TOOLS): axe-core for the browser test, the Nu Html
 * Checker (vnu-jar) for the pages. Where one is missing its test says so in one sentence and
 * skips; where its WORKBOOK_REQUIRE_... variable is 1 (as .ci/run sets it, like
 * WORKBOOK_REQUIRE_BROWSER) it fails instead, so that no test passes in CI by being skipped.
 */
record OutsideJudge(String npmPackage, String file, String requiredBy) {

    static final OutsideJudge AXE = new OutsideJudge("axe-core@4", "axe-core/axe.min.js", "WORKBOOK_REQUIRE_AXE");
    static final OutsideJudge NU_CHECKER = new OutsideJudge("vnu-jar", "vnu-jar/build/dist/vnu.jar", "WORKBOOK_REQUIRE_VNU");

    static Path npmTools() {
        var folder = System.getenv("WORKBOOK_NPM_TOOLS");
        return folder != null && !folder.isBlank() ? Path.of(folder)
                : Path.of(System.getProperty("user.home"), ".cache", "workbook", "npm");
    }

    /** Where the judge's file is. */
    Path path() {
        return npmTools().resolve("node_modules").resolve(file);
    }

    boolean isHere() {
        return Files.isRegularFile(path());
    }

    /** The judge's file, or the test skips (fails where the judge is required). */
    Path require() {
        if (isHere()) {
            return path();
        }
        var sentence = npmPackage + " is not installed at " + path() + " (npm install --prefix " + npmTools() + " "
                + npmPackage + ", or .ci/install-test-tools), so this test is skipped.";
        if ("1".equals(System.getenv(requiredBy))) {
            fail(sentence + " " + requiredBy + "=1 requires it.");
        }
        Assumptions.abort(sentence);
        return null;
    }
}
