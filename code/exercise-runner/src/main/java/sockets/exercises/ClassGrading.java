package sockets.exercises;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Grades a class, {@code jobs} students side by side. Each student's grade is saved in
 * {@code saved/NAME.json} the moment it is done; a student already saved is read back, not
 * graded again, unless {@code again}: a run that was stopped resumes.
 *
 * <p>Grading side by side is safe: a {@link Grader} holds no state, each exercise runs in a
 * child JVM of its own, and every file a grade writes is a temp file or folder of its own.
 */
public record ClassGrading(Grader grader, Assignment assignment, int jobs, Path saved, boolean again) {

    /** The students, in the order given; {@code progress} hears of each as it is done. */
    public List<ClassReport.Student> grade(List<Path> copies, Consumer<String> progress) {
        try (var pool = Executors.newFixedThreadPool(jobs)) {
            var futures = new ArrayList<Future<ClassReport.Student>>();
            for (var copy : copies) {
                futures.add(pool.submit(() -> student(copy, progress)));
            }
            var students = new ArrayList<ClassReport.Student>();
            for (var future : futures) {
                students.add(future.get());
            }
            return students;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grading the class", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private ClassReport.Student student(Path copy, Consumer<String> progress) {
        var name = copy.getFileName().toString();
        var file = new SavedGrade(saved.resolve(name + ".json"));
        if (file.exists() && !again) {
            progress.accept(name + ": graded before (" + file.file().getFileName() + "), not again");
            return new ClassReport.Student(name, file.read());
        }
        var laidOut = SubmissionLayout.of(grader.root(), copy);
        Grader.Result result;
        try {
            result = assignment.grade(grader, laidOut);
        } finally {
            SubmissionLayout.discard(laidOut, copy);
        }
        file.write(result);
        progress.accept(name + ": " + result.score() + " of " + result.maxScore());
        return new ClassReport.Student(name, result);
    }
}
