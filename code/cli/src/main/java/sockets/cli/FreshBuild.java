package sockets.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The build the command line runs on is never older than a source: when a .java, pom.xml or
 * .properties under pom.xml, code/ or chapters/ is newer than target/workbook.stamp (leaving out
 * target/ and exercises/, which the build and the student's work fill), it builds through the
 * Maven wrapper and asks the launcher to start it again, so no stale class is ever mixed with a
 * new one. The launchers start again once on {@link #START_AGAIN}, with {@link #JUST_BUILT} set,
 * and only when {@link #START_AGAIN_FILE} is there too: a chapter's program that ends with status
 * 75 under {@code run} is not started twice.
 */
public record FreshBuild(WorkbookRoot root) {

    /** The exit status that asks the launcher to start the command line again (EX_TEMPFAIL). */
    public static final int START_AGAIN = 75;
    /** Written just before {@link #START_AGAIN} is returned; the launcher deletes it as it starts again. */
    public static final String START_AGAIN_FILE = "target/workbook.start-again";
    /** Set by a launcher that has just built: the classes are fresh, nothing to check. */
    public static final String JUST_BUILT = "WORKBOOK_JUST_BUILT";

    /** What the command line does next: run the command, start again, or stop. */
    public enum Next { RUN, START_AGAIN, BUILD_FAILED }

    public Next ensure(PrintStream err) {
        if (System.getenv(JUST_BUILT) != null) {
            stamp().write(Stamp.now());
            return Next.RUN;
        }
        if (newerSource().isEmpty()) {
            return Next.RUN;
        }
        // The time the build began: a file saved while it runs is newer, and is built next time.
        var began = Stamp.now();
        err.println("building the workbook (only when sources have changed)...");
        if (!new MavenWrapper(root).run(err, "-q", "-DskipTests", "-pl", "!docs,!docs/print", "process-classes")) {
            err.println("The build failed; the messages above say where.");
            return Next.BUILD_FAILED;
        }
        stamp().write(began);
        new Stamp(root.resolve(START_AGAIN_FILE)).write(began);
        return Next.START_AGAIN;
    }

    Stamp stamp() {
        return new Stamp(root.resolve("target/workbook.stamp"));
    }

    /** A source newer than the stamp, or the stamp itself when there is none yet. */
    Optional<Path> newerSource() {
        return stamp().newerSource(List.of(root.resolve("pom.xml"), root.resolve("code"), root.resolve("chapters")),
                file -> Stamp.name(file).endsWith(".java") || Stamp.name(file).equals("pom.xml")
                        || Stamp.name(file).endsWith(".properties"),
                dir -> Stamp.name(dir).equals("target") || Stamp.name(dir).equals("exercises"));
    }
}
