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


_CARRIED_ON_RESUME = ("cmi.interactions.", "cmi.objectives.", "cmi.comments_from_learner.")


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


# Session time and total time, by standard (1.2: CMITimespan ``HHHH:MM:SS.SS``; 2004: an
# ISO 8601 duration). The run-time keeps the total of the sessions before the current one
# and the current session's own time apart, under names no commit can use (commits only
# hold ``cmi.`` and ``adl.`` elements), so that a session committing the same growing
# session time many times is counted once.
TIME_ELEMENTS = {
    SCORM12: ("cmi.core.session_time", "cmi.core.total_time"),
    SCORM2004: ("cmi.session_time", "cmi.total_time"),
}
TOTAL_BEFORE = "x.total_before"
SESSION_TIME = "x.session_time"
SESSION_KEY = "x.session_key"
# A session that was followed by a newer one, and how much of its time is counted in the
# earlier sessions' total: its commits that arrive late add only what was not counted.
FOLDED_KEY = "x.folded_key"
FOLDED_TIME = "x.folded_time"
_HIDDEN = (TOTAL_BEFORE, SESSION_TIME, SESSION_KEY, FOLDED_KEY, FOLDED_TIME)
_MAX_CENTISECONDS_12 = (9999 * 3600 + 59 * 60 + 59) * 100 + 99
_TIMESPAN_ANY = re.compile(r"^(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")
_NUMBER = r"(\d+(?:[.,]\d+)?)"
_DURATION_ANY = re.compile(
    rf"^P(?:{_NUMBER}Y)?(?:{_NUMBER}M)?(?:{_NUMBER}W)?(?:{_NUMBER}D)?"
    rf"(?:T(?:{_NUMBER}H)?(?:{_NUMBER}M)?(?:{_NUMBER}S)?)?$"
)
# Years and months have no fixed length; a session is never that long, so a year counts
# 365 days and a month 30.
_DURATION_SECONDS = (365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1)
# How far apart (in hundredths of a second) two times may be and still be the same:
# run-times may write a total they were given back in another form.
_TIME_TOLERANCE = 100


def time_centiseconds(kind: str, value: str | None) -> int | None:
    """A session or total time in hundredths of a second, or ``None`` when ``value`` is
    empty or not a time of the standard."""
    if not value:
        return None
    try:
        if kind == SCORM12:
            match = _TIMESPAN_ANY.match(value.strip())
            if match is None:
                return None
            hours, minutes, seconds = match.groups()
            total = Decimal(hours) * 3600 + Decimal(minutes) * 60 + Decimal(seconds)
        else:
            match = _DURATION_ANY.match(value.strip())
            if match is None or value.strip() in ("P", "PT") or value.strip().endswith("T"):
                return None
            total = sum(
                (
                    Decimal(part.replace(",", ".")) * unit
                    for part, unit in zip(match.groups(), _DURATION_SECONDS, strict=True)
                    if part
                ),
                Decimal(0),
            )
    except InvalidOperation:
        return None
    # Times beyond the largest a run-time reports (9999 hours) count as that: a number
    # of thousands of digits would be no time and could not even be written out.
    if total * 100 > _MAX_CENTISECONDS_12:
        return _MAX_CENTISECONDS_12
    return int((total * 100).to_integral_value())


def format_time(kind: str, centiseconds: int) -> str:
    """A time in the standard's form: ``HHHH:MM:SS.SS`` for 1.2 (at most 9999 hours), an
    ISO 8601 duration such as ``PT1H30M`` for 2004."""
    centiseconds = max(0, centiseconds)
    if kind == SCORM12:
        centiseconds = min(centiseconds, _MAX_CENTISECONDS_12)
        hours, rest = divmod(centiseconds, 360000)
        minutes, rest = divmod(rest, 6000)
        seconds, hundredths = divmod(rest, 100)
        return f"{hours:04d}:{minutes:02d}:{seconds:02d}.{hundredths:02d}"
    hours, rest = divmod(centiseconds, 360000)
    minutes, rest = divmod(rest, 6000)
    seconds, hundredths = divmod(rest, 100)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if seconds or hundredths or text == "PT":
        text += f"{seconds}.{hundredths:02d}".rstrip("0").rstrip(".") + "S"
    return text


def recorded_times(kind: str, stored: dict[str, str]) -> tuple[int, int]:
    """``(earlier sessions, current session)`` in hundredths of a second, from a stored
    run-time. Data stored before the two were kept apart has only the last session
    time, which stands for the current session."""
    before = time_centiseconds(kind, stored.get(TOTAL_BEFORE)) or 0
    if SESSION_TIME in stored:
        session = time_centiseconds(kind, stored.get(SESSION_TIME)) or 0
    else:
        session = time_centiseconds(kind, stored.get(TIME_ELEMENTS[kind][0])) or 0
    return before, session


def _starts_new_session(
    kind: str, before: int, session: int, committed: dict[str, str], committed_session
) -> bool:
    """Whether a commit comes from a session launched after the stored one.

    The total time is read-only for the SCO and each launch gives the sum of the stored
    sessions, so a commit carrying that sum (and not the total of the earlier sessions
    only) was launched after the stored session. A run-time that does not send the total
    back, or sends one from out-of-date data, is told apart by its session time: a
    session time smaller than the stored one is a new session's clock."""
    if session <= 0:
        return False  # nothing to fold either way
    launched = time_centiseconds(kind, committed.get(TIME_ELEMENTS[kind][1]))
    if launched is not None:
        after_fold = abs(launched - (before + session))
        same = abs(launched - before)
        if after_fold <= _TIME_TOLERANCE and after_fold < same:
            return True
        if same <= _TIME_TOLERANCE:
            return False
    return committed_session is not None and committed_session < session


def accumulate_time(
    kind: str,
    stored_before: dict[str, str],
    committed: dict[str, str],
    *,
    session_key: str = "",
) -> dict[str, str]:
    """The run-time data to store for a commit: ``committed`` with the total time of the
    earlier sessions and the current session's time kept apart.

    A SCO commits the same growing session time many times in one session; only the
    last value of each session counts. When the commit belongs to a session launched
    after the stored one, the stored session's time is added to the earlier sessions'
    total. The session is named by ``session_key`` (the player's key for one launch of
    the SCO, kept with the data) when there is one, else told from the commit itself.
    Zero times are left out. :func:`launch_cmi` gives each launch the sum of the two as
    its total time.
    """
    before, session = recorded_times(kind, stored_before)
    committed_session = time_centiseconds(kind, committed.get(TIME_ELEMENTS[kind][0]))
    if session_key:
        new_session = stored_before.get(SESSION_KEY) != session_key
    else:
        new_session = _starts_new_session(kind, before, session, committed, committed_session)
    result = {name: value for name, value in committed.items() if name not in _HIDDEN}
    folded = {
        name: stored_before[name] for name in (FOLDED_KEY, FOLDED_TIME) if name in stored_before
    }
    if new_session:
        if session_key and stored_before.get(SESSION_KEY):
            folded = {
                FOLDED_KEY: stored_before[SESSION_KEY],
                FOLDED_TIME: format_time(kind, session),
            }
        before, session = before + session, 0
    if committed_session is not None:
        session = committed_session
    result.update(folded)
    if session_key:
        result[SESSION_KEY] = session_key
    if before:
        result[TOTAL_BEFORE] = format_time(kind, before)
    if session:
        result[SESSION_TIME] = format_time(kind, session)
    return result


def accumulate_late_time(
    kind: str, stored: dict[str, str], committed: dict[str, str], *, session_key: str
) -> dict[str, str]:
    """The stored run-time data once a late commit of an older session (``session_key``,
    followed by the stored one) is counted: its session time, less what was counted of
    it when the newer session began, goes to the earlier sessions' total. The stored
    data is otherwise unchanged: the newer session's data stays the learner's."""
    committed_session = time_centiseconds(kind, committed.get(TIME_ELEMENTS[kind][0])) or 0
    counted = 0
    if stored.get(FOLDED_KEY) == session_key:
        counted = time_centiseconds(kind, stored.get(FOLDED_TIME)) or 0
    if committed_session <= counted:
        return stored
    before = time_centiseconds(kind, stored.get(TOTAL_BEFORE)) or 0
    return {
        **stored,
        TOTAL_BEFORE: format_time(kind, before + committed_session - counted),
        FOLDED_KEY: session_key,
        FOLDED_TIME: format_time(kind, committed_session),
    }


def launch_cmi(
    *,
    kind: str,
    stored: dict[str, str],
    learner_id: str,
    learner_name: str,
    item: dict,
) -> dict[str, str]:
    """The data a SCO starts a session with: what persists from the last session, the
    entry mode (``resume`` after a suspend, ``ab-initio`` the first time), the total time
    of the sessions recorded so far, and what the LMS says about the learner and the
    item."""
    persistent = {name: stored[name] for name in PERSISTENT[kind] if name in stored}
    previous_exit = persistent.pop("cmi.core.exit" if kind == SCORM12 else "cmi.exit", "")
    entry = "resume" if previous_exit == "suspend" else ("" if stored else "ab-initio")
    if previous_exit == "suspend":
        # A resumed attempt goes on with its interactions and objectives, so that the
        # SCO numbers its next answers after the ones it recorded.
        persistent.update(
            (name, value)
            for name, value in stored.items()
            if name.startswith(_CARRIED_ON_RESUME) and not name.endswith(("._count", "._children"))
        )
    total_time = format_time(kind, sum(recorded_times(kind, stored)))
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
            "cmi.core.total_time": total_time,
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
            "cmi.total_time": total_time,
            "cmi.launch_data": item.get("launch_data", ""),
        }
        if item.get("completion_threshold"):
            data["cmi.completion_threshold"] = item["completion_threshold"]
        if item.get("scaled_passing_score"):
            data["cmi.scaled_passing_score"] = item["scaled_passing_score"]
    return {**data, **persistent}
