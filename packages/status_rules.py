"""What the LMS decides about a SCO's status, as each SCORM standard says, and what the
package's run comes to. Pure functions over flattened ``cmi`` dictionaries; no ORM.

SCORM 1.2 (RTE 3.4.4): the LMS sets ``cmi.core.lesson_status`` to ``completed`` when a SCO
ends its session (``LMSFinish``) without having set a status, and to ``passed`` or
``failed`` from the raw score when the manifest gives a mastery score. ``failed`` is a
finished attempt that did not pass.

SCORM 2004 (RTE 4.2.4, 4.2.22; SN 3.13): a completion threshold with a known progress
measure decides ``cmi.completion_status``, a scaled passing score with a known scaled
score decides ``cmi.success_status``; a SCO that ends its attempt (``Terminate`` without
``suspend``) with an unknown completion counts as completed, its content not being the
one to set it (``completionSetByContent`` false, the default).
"""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .manifests import SCORM12
from .runtime import Status, status_of

_DONE_12 = ("passed", "completed", "failed")


def _number(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def lms_decided(*, kind: str, cmi: dict[str, str], item: dict, terminated: bool) -> dict[str, str]:
    """``cmi`` with the values the LMS sets itself from the committed data and the
    manifest (``item``), for a commit that ends the session when ``terminated``."""
    decided = dict(cmi)
    if kind == SCORM12:
        status = decided.get("cmi.core.lesson_status", "") or "not attempted"
        if terminated and status == "not attempted":
            status = "completed"
        mastery = _number(item.get("mastery_score"))
        raw = _number(decided.get("cmi.core.score.raw"))
        if mastery is not None and raw is not None and status in _DONE_12:
            status = "passed" if raw >= mastery else "failed"
        if status != "not attempted" or "cmi.core.lesson_status" in decided:
            decided["cmi.core.lesson_status"] = status
        return decided
    threshold = _number(item.get("completion_threshold"))
    progress = _number(decided.get("cmi.progress_measure"))
    if threshold is not None and progress is not None:
        decided["cmi.completion_status"] = "completed" if progress >= threshold else "incomplete"
    passing = _number(item.get("scaled_passing_score"))
    scaled = _number(decided.get("cmi.score.scaled"))
    if passing is not None and scaled is not None:
        decided["cmi.success_status"] = "passed" if scaled >= passing else "failed"
    return decided


def sco_status(*, kind: str, cmi: dict[str, str], terminated: bool) -> Status:
    """Where the SCO stands once the LMS has decided: as :func:`status_of`, except that
    a SCORM 2004 attempt ended without ``suspend`` and with no completion known counts
    as completed."""
    status = status_of(kind=kind, cmi=cmi)
    if (
        kind != SCORM12
        and terminated
        and cmi.get("cmi.exit", "") != "suspend"
        and status.completion in ("unknown", "not attempted")
    ):
        return Status(
            "completed", status.success, status.scaled, status.raw, status.min, status.max
        )
    return status


@dataclass(frozen=True)
class RunOutcome:
    """What a run through a package comes to: ``completed`` when every SCO is completed
    and none failed; ``failed`` when every SCO is completed and one failed (the learner
    may try again); ``passed`` when it is completed and a SCO passed."""

    completed: bool
    failed: bool
    passed: bool


def run_outcome(statuses: list[tuple[str, str]]) -> RunOutcome:
    """From each SCO's ``(completion, success)``; a package without SCOs is never done."""
    if not statuses:
        return RunOutcome(False, False, False)
    finished = all(completion == "completed" for completion, _success in statuses)
    failed = any(success == "failed" for _completion, success in statuses)
    passed = any(success == "passed" for _completion, success in statuses)
    return RunOutcome(
        finished and not failed, finished and failed, finished and not failed and passed
    )


def root_outcome(*, completion: str, success: str) -> RunOutcome:
    """A sequenced run, from the rollup of its root activity: completed when the root is
    satisfied (passed), or completed and not failed; failed while the root is failed and
    not still being worked through (``incomplete`` or ``not attempted``), as a run of
    SCOs fails only once they are completed: content that reports "failed" from its
    first page until its quiz is passed (iSpring's does) has not failed the learner who
    has only opened it."""
    return RunOutcome(
        completed=success == "passed" or (completion == "completed" and success != "failed"),
        failed=success == "failed" and completion not in ("incomplete", "not attempted"),
        passed=success == "passed",
    )
