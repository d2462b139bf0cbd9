package sockets.ch17;

import sockets.exercises.ExercisesContract;

/** The chapter's exercises: starters compile, solutions pass, starters fail, tasks have hints. */
class ExercisesTest extends ExercisesContract {
}
