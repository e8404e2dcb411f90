"""Workshop attendance: in a blended course, attending its workshops is part of what
finishes the course, as passing its assessment is."""

from . import reading
from .courses import course_completion_state
from .ports import progress_keeper


def workshop_attended(statement: dict, *, user, workshop_key: str) -> None:
    outcome = progress_keeper().workshop_attended(
        user=user,
        workshop_key=workshop_key,
        course_key=reading.course_key(statement),
        registration=reading.registration(statement),
    )
    course_completion_state(statement, outcome, reading.arrival_bounded(statement))
