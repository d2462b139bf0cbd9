package sockets.exercises;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./workbook watch NN}: checks the chapter's exercises again each time a file of the
 * student's work copy is saved, and shows the first failing exercise with its explanation and
 * how to ask for its next hint. File events come from the JDK's {@link WatchService} (inotify
 * on Linux); where they do not arrive (some network and WSL file systems), a look at the files'
 * times every {@link #POLL} notices the change, and from then on that look is all it uses,
 * saying so once. It runs until interrupted: Ctrl-C ends the JVM.
 */
public final class WatchCommand {

    static final Duration POLL = Duration.ofSeconds(1);
    /** An editor's save is several events (write, rename, attributes): one check after they settle. */
    private static final Duration SETTLE = Duration.ofMillis(300);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ChapterExercises chapter;
    private final ExerciseCheck check;
    private final PrintStream out;
    private final boolean pollOnly;
    private boolean polling;

    /**
     * @param pollOnly look at the files' times only, as where file events never arrive; the
     *                 system property {@code workbook.watch.poll=true} asks for it too
     */
    public WatchCommand(ChapterExercises chapter, ExerciseCheck check, PrintStream out, boolean pollOnly) {
        this.chapter = chapter;
        this.check = check;
        this.out = out;
        this.pollOnly = pollOnly;
    }

    /** Checks now, then after every change, until the thread is interrupted. */
    public void run() throws InterruptedException {
        var work = chapter.work();
        out.println("watching " + ExerciseCompiler.shown(work) + ": each save checks chapter " + chapter.number()
                + " again. Ctrl-C ends it.");
        // What the files are before the first check: a save during it is seen after it.
        var seen = fingerprint(work);
        try (var events = pollOnly ? null : FileSystems.getDefault().newWatchService()) {
            if (events != null) {
                register(events, work);
            }
            polling = events == null;
            checkAndShow("first check");
            while (!Thread.currentThread().isInterrupted()) {
                boolean signalled = false;
                if (!polling) {
                    var key = events.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                    if (key != null) {
                        signalled = true;
                        key.pollEvents();
                        key.reset();
                        // settle: drain what the same save still sends
                        for (var more = events.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS); more != null;
                             more = events.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS)) {
                            more.pollEvents();
                            more.reset();
                        }
                        register(events, work);  // a directory made since is watched too
                    }
                } else {
                    Thread.sleep(POLL);  // polling is waiting for time to pass: nothing else to wait on
                }
                var now = fingerprint(work);
                if (now.equals(seen)) {
                    continue;
                }
                var changed = changedFile(seen, now);
                seen = now;
                if (!signalled && !polling && !eventArrives(events)) {
                    polling = true;
                    out.println("(no file events arrive from this file system, as on some network and WSL ones:"
                            + " looking at the files every " + POLL.toSeconds() + " s instead)");
                }
                checkAndShow(changed + " changed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + work, e);
        } catch (ClosedWatchServiceException closed) {
            // ended while waiting
        }
    }

    /** Whether the change seen by looking still brings its event (it may have come just now). */
    private boolean eventArrives(WatchService events) throws InterruptedException {
        var key = events.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
        if (key == null) {
            return false;
        }
        key.pollEvents();
        key.reset();
        return true;
    }

    private void checkAndShow(String why) {
        out.println();
        out.println("--- " + LocalTime.now().format(CLOCK) + " " + why + ": checking...");
        var result = check.check(chapter, chapter.work());
        out.print(StudentReport.firstFailing(result, ExercisesDocument.load(chapter.document()), chapter.number(),
                ShownHints.load(chapter.hintsShown())));
        out.flush();
    }

    private static void register(WatchService events, Path root) throws IOException {
        try (Stream<Path> directories = Files.walk(root)) {
            for (var directory : directories.filter(Files::isDirectory).toList()) {
                directory.register(events, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Every .java file of the work copy with its size and time: what a save changes. */
    private static Map<Path, String> fingerprint(Path root) {
        var files = new TreeMap<Path, String>();
        for (var file : ChapterExercises.javaFiles(root)) {
            try {
                var attributes = Files.readAttributes(file, BasicFileAttributes.class);
                files.put(root.relativize(file), attributes.size() + "@" + attributes.lastModifiedTime().toMillis());
            } catch (IOException vanished) {
                // deleted between the listing and now: the next look sees it gone
            }
        }
        return files;
    }

    private static String changedFile(Map<Path, String> before, Map<Path, String> after) {
        for (var entry : after.entrySet()) {
            if (!entry.getValue().equals(before.get(entry.getKey()))) {
                return entry.getKey().getFileName().toString();
            }
        }
        return before.keySet().stream().filter(file -> !after.containsKey(file)).findFirst()
                .map(file -> file.getFileName().toString()).orElse("a file");
    }
}
