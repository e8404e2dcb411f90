"""SCORM run-time data: checking what a SCO commits, the data it starts with, and what
changed. Pure functions over flattened ``cmi`` dictionaries (``{"cmi.core.lesson_status":
"completed", ...}``); no ORM.
"""

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from .manifests import SCORM12, SCORM2004

MAX_ELEMENTS = 5000
MAX_VALUE_LENGTH = 64000
_ELEMENT = re.compile(r"^(cmi|adl)(\.[A-Za-z0-9_]+)+$")
# Collections whose next name part is an index (cmi.interactions.0.id) or a keyword
# (cmi.interactions._count). The index is bounded like the number of elements, so that
# no commit names an interaction a few billion places down.
_COLLECTIONS = {
    "interactions",
    "objectives",
    "correct_responses",
    "comments_from_learner",
    "comments_from_lms",
}
_INDEX = re.compile(r"^(0|[1-9][0-9]{0,3})$")
_TIMESPAN_12 = re.compile(r"^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$")
_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$")

LESSON_STATUS_12 = ("passed", "completed", "failed", "incomplete", "browsed", "not attempted")
EXIT_12 = ("time-out", "suspend", "logout", "")
COMPLETION_2004 = ("completed", "incomplete", "not attempted", "unknown")
SUCCESS_2004 = ("passed", "failed", "unknown")
EXIT_2004 = ("time-out", "suspend", "logout", "normal", "")
INTERACTION_TYPES = (
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
)
INTERACTION_TYPES_12 = (
    "true-false",
    "choice",
    "fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
)

# Elements the learner's run keeps from one session to the next (the rest the LMS
# sets at each launch, or belongs to one session only).
PERSISTENT = {
    SCORM12: (
        "cmi.core.lesson_status",
        "cmi.core.lesson_location",
        "cmi.core.score.raw",
        "cmi.core.score.min",
        "cmi.core.score.max",
        "cmi.core.exit",
        "cmi.suspend_data",
    ),
    SCORM2004: (
        "cmi.completion_status",
        "cmi.success_status",
        "cmi.location",
        "cmi.progress_measure",
        "cmi.score.scaled",
        "cmi.score.raw",
        "cmi.score.min",
        "cmi.score.max",
        "cmi.exit",
        "cmi.suspend_data",
    ),
}


class RuntimeInvalid(Exception):
    """A commit that does not fit the data model; ``field`` names the element."""

    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def _decimal(value: str, name: str, low=None, high=None) -> None:
    if value == "":
        return
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise RuntimeInvalid(name, _("must be a number")) from None
    if not number.is_finite():
        raise RuntimeInvalid(name, _("must be a number"))
    if math.isinf(float(number)):
        # Scores become xAPI numbers, which JSON readers hold as doubles.
        raise RuntimeInvalid(name, _("is too large a number"))
    if low is not None and number < low:
        raise RuntimeInvalid(name, _("must not be below %(low)s") % {"low": low})
    if high is not None and number > high:
        raise RuntimeInvalid(name, _("must not be above %(high)s") % {"high": high})


def _one_of(value: str, name: str, allowed) -> None:
    if value not in allowed:
        raise RuntimeInvalid(
            name,
            _("must be one of %(allowed)s") % {"allowed": ", ".join(f"“{a}”" for a in allowed)},
        )


def _max_length(value: str, name: str, limit: int) -> None:
    if len(value) > limit:
        raise RuntimeInvalid(
            name, _("must be at most %(limit)s characters long") % {"limit": limit}
        )


def _check_12(name: str, value: str) -> None:
    if name == "cmi.core.lesson_status":
        _one_of(value, name, LESSON_STATUS_12)
    elif name == "cmi.core.exit":
        _one_of(value, name, EXIT_12)
    elif name in ("cmi.core.score.raw", "cmi.core.score.min", "cmi.core.score.max"):
        _decimal(value, name, 0, 100)
    elif name == "cmi.core.lesson_location":
        _max_length(value, name, 255)
    elif name == "cmi.suspend_data":
        _max_length(value, name, 4096)
    elif name == "cmi.core.session_time" and value and not _TIMESPAN_12.match(value):
        raise RuntimeInvalid(name, _("must be a time span such as 0001:30:00"))
    elif name.startswith("cmi.interactions.") and name.endswith(".type") and value:
        _one_of(value, name, INTERACTION_TYPES_12)


def _check_2004(name: str, value: str) -> None:
    if name == "cmi.completion_status":
        _one_of(value, name, COMPLETION_2004)
    elif name == "cmi.success_status":
        _one_of(value, name, SUCCESS_2004)
    elif name == "cmi.exit":
        _one_of(value, name, EXIT_2004)
    elif name == "cmi.score.scaled":
        _decimal(value, name, -1, 1)
    elif name in ("cmi.score.raw", "cmi.score.min", "cmi.score.max"):
        _decimal(value, name)
    elif name == "cmi.progress_measure":
        _decimal(value, name, 0, 1)
    elif name == "cmi.location":
        _max_length(value, name, 1000)
    elif name == "cmi.suspend_data":
        _max_length(value, name, 64000)
    elif name == "cmi.session_time" and value and not _DURATION.match(value):
        raise RuntimeInvalid(name, _("must be an ISO 8601 duration such as PT1H30M"))
    elif name.startswith("cmi.interactions.") and name.endswith(".type") and value:
        _one_of(value, name, INTERACTION_TYPES)


def _index_is_valid(name: str) -> bool:
    """Whether each collection index in an element's name is a whole number below
    :data:`MAX_ELEMENTS` (written without leading zeros)."""
    parts = name.split(".")
    for collection, part in zip(parts, parts[1:], strict=False):
        if collection in _COLLECTIONS and not part.startswith("_"):
            if not _INDEX.match(part) or int(part) >= MAX_ELEMENTS:
                return False
    return True


def validate_commit(*, kind: str, cmi) -> dict[str, str]:
    """The committed elements as strings, or :class:`RuntimeInvalid` naming the first
    element that does not fit SCORM's data model. Empty containers (``{}``) that the
    run-time lists for unused collections are dropped."""
    if not isinstance(cmi, dict):
        raise RuntimeInvalid("cmi", _("must be an object of data model elements"))
    if len(cmi) > MAX_ELEMENTS:
        raise RuntimeInvalid("cmi", _("has too many elements"))
    check = _check_12 if kind == SCORM12 else _check_2004
    clean: dict[str, str] = {}
    for name, value in cmi.items():
        if not isinstance(name, str) or not _ELEMENT.match(name):
            raise RuntimeInvalid(str(name)[:200], _("is not a data model element"))
        if not _index_is_valid(name):
            raise RuntimeInvalid(
                name[:200],
                _("has an index that is not a whole number from 0 to %(last)s")
                % {"last": MAX_ELEMENTS - 1},
            )
        if isinstance(value, dict | list) and not value:
            continue
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise RuntimeInvalid(name, _("must be a string or a number"))
        text = str(value)
        _max_length(text, name, MAX_VALUE_LENGTH)
        check(name, text)
        clean[name] = text
    return clean


@dataclass(frozen=True)
class Status:
    """Where a SCO stands, in SCORM 2004 terms (1.2's ``lesson_status`` is mapped)."""

    completion: str = "not attempted"
    success: str = "unknown"
    scaled: float | None = None
    raw: float | None = None
    min: float | None = None
    max: float | None = None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def status_of(*, kind: str, cmi: dict[str, str]) -> Status:
    if kind == SCORM12:
        lesson = cmi.get("cmi.core.lesson_status", "not attempted")
        completion = {
            "passed": "completed",
            "completed": "completed",
            "failed": "completed",
            "incomplete": "incomplete",
            "browsed": "incomplete",
        }.get(lesson, "not attempted")
        success = lesson if lesson in ("passed", "failed") else "unknown"
        raw = _float(cmi.get("cmi.core.score.raw"))
        low = _float(cmi.get("cmi.core.score.min"))
        high = _float(cmi.get("cmi.core.score.max"))
        scaled = None
        if raw is not None:
            span = (high if high is not None else 100) - (low or 0)
            scaled = round((raw - (low or 0)) / span, 4) if span > 0 else None
        return Status(completion, success, scaled, raw, low, high)
    return Status(
        cmi.get("cmi.completion_status", "unknown") or "unknown",
        cmi.get("cmi.success_status", "unknown") or "unknown",
        _float(cmi.get("cmi.score.scaled")),
        _float(cmi.get("cmi.score.raw")),
        _float(cmi.get("cmi.score.min")),
        _float(cmi.get("cmi.score.max")),
    )


@dataclass
class Interaction:
    index: int
    identifier: str
    type: str
    response: str
    result: str
    description: str = ""
    correct: list[str] = field(default_factory=list)


def interactions_of(*, kind: str, cmi: dict[str, str]) -> list[Interaction]:
    """The interactions a commit carries, in index order, each with its identifier."""
    response_key = "student_response" if kind == SCORM12 else "learner_response"
    found: list[Interaction] = []
    index = 0
    while f"cmi.interactions.{index}.id" in cmi:
        prefix = f"cmi.interactions.{index}."
        correct = []
        n = 0
        while f"{prefix}correct_responses.{n}.pattern" in cmi:
            correct.append(cmi[f"{prefix}correct_responses.{n}.pattern"])
            n += 1
        found.append(
            Interaction(
                index=index,
                identifier=cmi[f"{prefix}id"],
                type=cmi.get(f"{prefix}type", "") or "other",
                response=cmi.get(prefix + response_key, ""),
                result=cmi.get(f"{prefix}result", ""),
                description=cmi.get(f"{prefix}description", ""),
                correct=correct,
            )
        )
        index += 1
    return found


def launch_cmi(
    *,
    kind: str,
    stored: dict[str, str],
    learner_id: str,
    learner_name: str,
    item: dict,
) -> dict[str, str]:
    """The data a SCO starts a session with: what persists from the last session, the
    entry mode (``resume`` after a suspend, ``ab-initio`` the first time), and what the
    LMS says about the learner and the item."""
    persistent = {name: stored[name] for name in PERSISTENT[kind] if name in stored}
    previous_exit = persistent.pop("cmi.core.exit" if kind == SCORM12 else "cmi.exit", "")
    entry = "resume" if previous_exit == "suspend" else ("" if stored else "ab-initio")
    if kind == SCORM12:
        if not persistent.get("cmi.core.lesson_status"):
            persistent["cmi.core.lesson_status"] = "not attempted"
        if previous_exit != "suspend":
            persistent.pop("cmi.suspend_data", None)
        data = {
            "cmi.core.student_id": learner_id,
            "cmi.core.student_name": learner_name,
            "cmi.core.credit": "credit",
            "cmi.core.lesson_mode": "normal",
            "cmi.core.entry": entry,
            "cmi.launch_data": item.get("launch_data", ""),
        }
        if item.get("mastery_score"):
            data["cmi.student_data.mastery_score"] = item["mastery_score"]
    else:
        if previous_exit != "suspend":
            persistent.pop("cmi.suspend_data", None)
            persistent.pop("cmi.location", None)
        data = {
            "cmi.learner_id": learner_id,
            "cmi.learner_name": learner_name,
            "cmi.credit": "credit",
            "cmi.mode": "normal",
            "cmi.entry": entry,
            "cmi.launch_data": item.get("launch_data", ""),
        }
        if item.get("completion_threshold"):
            data["cmi.completion_threshold"] = item["completion_threshold"]
    return {**data, **persistent}
