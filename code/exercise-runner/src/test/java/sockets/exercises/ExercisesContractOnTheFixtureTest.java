package sockets.exercises;

import java.nio.file.Path;

/** The contract every chapter's build runs, applied to the fixture chapter: it must hold. */
class ExercisesContractOnTheFixtureTest extends ExercisesContract {

    @Override
    protected Path chapterDirectory() {
        return FixtureChapter.chapter();
    }
}
