"""Briefings: one the learner acknowledged on the platform's page is done, which the apps
that follow completions (training's assignments) hear like a course completion."""

from . import reading
from .courses import completion_announce
from .ports import progress_keeper


def briefing_acknowledged(statement: dict, *, user, briefing_key: str) -> None:
    completed_at = reading.arrival_bounded(statement)
    completion = progress_keeper().briefing_acknowledged(
        user=user,
        briefing_key=briefing_key,
        completed_at=completed_at,
        statement_id=statement["id"],
    )
    if completion is None:
        return
    completion_announce(
        statement, completion, user=user, registration=None, at=completed_at, kind="briefing"
    )
