package sockets.ch16;

import sockets.exercises.ExercisesContract;

/** The chapter's exercises: starters compile, solutions pass, starters fail, tasks have hints. */
class ExercisesTest extends ExercisesContract {
}
