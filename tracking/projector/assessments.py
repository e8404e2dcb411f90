"""A graded attempt the platform recorded as passed."""

from . import reading
from .courses import course_completion_state
from .ports import progress_keeper


def assessment_passed(statement: dict, *, user, quiz_key: str) -> None:
    outcome = progress_keeper().assessment_passed(
        user=user,
        quiz_key=quiz_key,
        course_key=reading.course_key(statement),
        registration=reading.registration(statement),
    )
    course_completion_state(statement, outcome, reading.timestamp(statement))
