"""Quiz attempts: the rules and shapes that need no database.

An attempt freezes the questions it serves into a list of *entries*, one per position
(1, 2...)::

    {"position": 1, "seed": 1234567, "shuffle_choices": false, "snapshot": {...}}

``snapshot`` is the question as served (``quizzes.snapshots.question_snapshot``); ``seed``
seeds the ``random.Random`` that shuffled what the browser was shown, so the same public
question (``public_question``) comes out on every resume, and the browser's responses, in
the ids it was shown, turn back into the snapshot's ids (``response_from_public``) for
grading. Responses are stored as the browser sent them.

Time limits: the deadline is the start plus the quiz's time limit. A save or a submission
that reaches the server up to :data:`GRACE` after the deadline still counts (the learner
pressed the button in time; the network was slow). Later than that, the attempt is closed
as *expired* and graded on the answers saved before, whatever the submission carries: the
server's clock decides, because a browser's clock can be set to anything.

An attempt prepared for a device (``prepared_offline``) has no server deadline while the
device holds it: the device keeps the time limit from the moment the learner starts it
there, and the submission may reach the server days later. What the server knows for
sure is when it prepared the attempt and when the submission arrived; what the device
reports (when the learner started and finished) is a claim. :func:`device_verdict`
accepts the claim only when it fits those two facts; a submission that cannot be shown
to be on time is *late* (see ``quizzes.services``)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from .grading.responses import ResponseInvalid, validate_response
from .snapshots import public_question, response_from_public

# How late after the deadline a save or submission still counts (network delay).
GRACE = timedelta(seconds=30)
# How far the browser's clock may be from the server's for its timestamps to be believed.
CLOCK_TOLERANCE = timedelta(minutes=5)
SUBMISSION_KEY_MAX_LENGTH = 100
CLIENT_TIMESTAMP_KEYS = ("started_at", "submitted_at")


class AttemptError(Exception):
    """A request about an attempt that the rules refuse; ``message`` is for the learner."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class AttemptRefused(AttemptError):
    """A new attempt may not start now. ``reason`` names the rule: ``"attempts"`` (all
    the attempts allowed are used), ``"wait"`` (the waiting time since the last attempt
    is not over: ``available_at`` says until when) or ``"questions"`` (the quiz has no
    question to serve)."""

    def __init__(self, reason: str, message: str, *, available_at: datetime | None = None):
        super().__init__(message)
        self.reason = reason
        self.available_at = available_at


class AttemptClosed(AttemptError):
    """The attempt takes no more answers. ``reason``: ``"submitted"`` (already submitted
    under another submission key, or expired) or ``"deadline"`` (its time is over)."""

    def __init__(self, message: str, *, reason: str = "submitted"):
        super().__init__(message)
        self.reason = reason


class AttemptInvalid(AttemptError):
    """Part of a request does not fit the attempt; ``field`` names it, e.g.
    ``answers[3].response``, ``submission_key`` or ``client_timestamps.started_at``."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


# -- time ---------------------------------------------------------------------------------


def deadline_for(started_at: datetime, time_limit_minutes: int | None) -> datetime | None:
    """When an attempt started at ``started_at`` must end (``None``: no time limit)."""
    if not time_limit_minutes:
        return None
    return started_at + timedelta(minutes=time_limit_minutes)


def is_overdue(deadline: datetime | None, now: datetime) -> bool:
    """Whether a save or submission arriving at ``now`` is too late to count."""
    return deadline is not None and now > deadline + GRACE


def _timestamp(value, field: str) -> datetime:
    moment = parse_datetime(value) if isinstance(value, str) else None
    if moment is None or moment.tzinfo is None:
        raise AttemptInvalid(
            field, _("expected an ISO 8601 date and time with its offset from UTC")
        )
    return moment


def client_timestamps_parse(value) -> dict[str, str]:
    """The browser's timestamps of a submission, checked: ``{"started_at": ISO 8601,
    "submitted_at": ISO 8601}``, both optional; other keys are left out. Raises
    :class:`AttemptInvalid` naming the field at fault."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise AttemptInvalid("client_timestamps", _("expected an object"))
    timestamps = {}
    for key in CLIENT_TIMESTAMP_KEYS:
        if value.get(key) is not None:
            _timestamp(value[key], f"client_timestamps.{key}")
            timestamps[key] = value[key]
    return timestamps


@dataclass(frozen=True)
class Timing:
    """When a submission happened and how long the attempt took (whole seconds)."""

    at: datetime
    seconds: int


def submission_timing(
    *, started_at: datetime, now: datetime, client_timestamps: dict[str, str]
) -> Timing:
    """The browser's account of the attempt when it is plausible, else the server's.

    Plausible: both timestamps given, in order, the submission no later than the server's
    clock (give or take :data:`CLOCK_TOLERANCE`) and no earlier than the attempt's start,
    and a duration no longer than the time since the server started the attempt. The
    browser's timing matters for offline submissions, which reach the server long after
    the learner pressed the button."""
    server = Timing(at=now, seconds=max(0, int((now - started_at).total_seconds())))
    if not all(client_timestamps.get(key) for key in CLIENT_TIMESTAMP_KEYS):
        return server
    begun = parse_datetime(client_timestamps["started_at"])
    ended = parse_datetime(client_timestamps["submitted_at"])
    if begun is None or ended is None or begun.tzinfo is None or ended.tzinfo is None:
        return server
    taken = ended - begun
    if (
        taken < timedelta(0)
        or ended > now + CLOCK_TOLERANCE
        or ended < started_at - CLOCK_TOLERANCE
        or taken > (now - started_at) + CLOCK_TOLERANCE
    ):
        return server
    return Timing(at=min(ended, now), seconds=int(taken.total_seconds()))


@dataclass(frozen=True)
class DeviceVerdict:
    """Whether a submission made on a device is on time. ``late_reason``: ``""`` (on
    time), ``"window"`` (it reached the server after the offline submission window),
    ``"clock"`` (the device's times are missing or contradict the server's) or
    ``"duration"`` (the device's own times exceed the time limit). ``started_at`` is the
    start the attempt's deadline is counted from: the device's when it is believable, else
    the moment the server prepared the attempt (the earliest it can have started)."""

    late_reason: str
    started_at: datetime

    @property
    def on_time(self) -> bool:
        return not self.late_reason


def _moment(value) -> datetime | None:
    moment = parse_datetime(value) if isinstance(value, str) else None
    return moment if moment is not None and moment.tzinfo is not None else None


def device_verdict(
    *,
    prepared_at: datetime,
    arrived_at: datetime,
    time_limit_minutes: int | None,
    client_timestamps: dict[str, str],
    window: timedelta,
) -> DeviceVerdict:
    """Judge a timed attempt answered on a device, from what the server can check.

    The server knows ``prepared_at`` (it made the attempt for the device) and
    ``arrived_at`` (the submission reached it); the device reports ``started_at`` and
    ``submitted_at`` by its own clock. On time when the submission arrives within
    ``window`` of the preparation and either the whole span from preparation to arrival
    fits the time limit (and :data:`GRACE`), which needs no trust in the device, or the
    device's start is not before the preparation, its finish not after the arrival and
    not before its start (each give or take :data:`CLOCK_TOLERANCE`, for a device clock a
    little off), and the time between them fits the limit and :data:`GRACE`. A device
    clock moved during the attempt can still shorten the claimed time within those
    bounds; nothing the server receives can tell."""
    begun = _moment(client_timestamps.get("started_at"))
    ended = _moment(client_timestamps.get("submitted_at"))
    believable_start = (
        begun is not None and prepared_at - CLOCK_TOLERANCE <= begun <= arrived_at + CLOCK_TOLERANCE
    )
    started = max(begun, prepared_at) if believable_start else prepared_at
    if not time_limit_minutes:
        return DeviceVerdict(late_reason="", started_at=started)
    allowed = timedelta(minutes=time_limit_minutes) + GRACE
    if arrived_at - prepared_at > window:
        return DeviceVerdict(late_reason="window", started_at=started)
    if arrived_at - prepared_at <= allowed:
        return DeviceVerdict(late_reason="", started_at=started)
    if (
        not believable_start
        or ended is None
        or ended < begun
        or ended > arrived_at + CLOCK_TOLERANCE
    ):
        return DeviceVerdict(late_reason="clock", started_at=started)
    if ended - begun > allowed:
        return DeviceVerdict(late_reason="duration", started_at=started)
    return DeviceVerdict(late_reason="", started_at=started)


def submission_key_check(value) -> str:
    if not isinstance(value, str) or not 1 <= len(value.strip()) <= SUBMISSION_KEY_MAX_LENGTH:
        raise AttemptInvalid(
            "submission_key",
            _("expected a text of 1 to %(max)s characters") % {"max": SUBMISSION_KEY_MAX_LENGTH},
        )
    return value.strip()


# -- the questions of an attempt ----------------------------------------------------------


def entries_build(snapshots: list[dict], *, rng: random.Random, shuffle_choices: bool) -> list:
    """The frozen entries of an attempt serving ``snapshots`` in this order."""
    return [
        {
            "position": position,
            "seed": rng.getrandbits(32),
            "shuffle_choices": bool(shuffle_choices),
            "snapshot": snapshot,
        }
        for position, snapshot in enumerate(snapshots, start=1)
    ]


def _rng(entry: dict) -> random.Random:
    return random.Random(entry["seed"])


def served_question(entry: dict) -> dict:
    """The public question at ``entry``'s position, the same on every call: no answer key,
    no feedback (``quizzes.snapshots.public_question``)."""
    public = public_question(
        entry["snapshot"], rng=_rng(entry), shuffle_choices=entry["shuffle_choices"]
    )
    return {"position": entry["position"], **public}


def snapshot_response(entry: dict, response):
    """A response in the ids the browser was shown, in the snapshot's ids."""
    return response_from_public(
        entry["snapshot"], response, rng=_rng(entry), shuffle_choices=entry["shuffle_choices"]
    )


def public_ids(entry: dict) -> dict[str, str]:
    """``{snapshot id: public id}`` for the ids the browser sees under another name
    (shuffled choices, right-hand items, ordering items)."""
    snapshot = entry["snapshot"]
    public = served_question(entry)
    kind = snapshot["kind"]
    mapping: dict[str, str] = {}
    if kind == "single_choice":
        for choice in public["choices"]:
            mapping[snapshot_response(entry, choice["id"])] = choice["id"]
    elif kind == "multiple_response":
        for choice in public["choices"]:
            mapping[snapshot_response(entry, [choice["id"]])[0]] = choice["id"]
    elif kind == "matching" and snapshot["pairs"]:
        left = snapshot["pairs"][0]["id"]
        for right in public["right"]:
            mapping[snapshot_response(entry, {left: right["id"]})[left]] = right["id"]
    elif kind == "ordering":
        for item in public["items"]:
            mapping[snapshot_response(entry, [item["id"]])[0]] = item["id"]
    return {snapshot_id: shown for snapshot_id, shown in mapping.items() if snapshot_id != shown}


_ID_IN_MESSAGE = re.compile(r"(unknown:)?\b([A-Za-z]+\d+)\b")


def _public_message(message: str, ids: dict[str, str]) -> str:
    """A validation message about a translated response, in the ids the browser sent:
    never a snapshot id the browser was not shown."""

    def shown(match: re.Match) -> str:
        if match.group(1):  # an id the browser sent that the question does not have
            return match.group(2)
        return ids.get(match.group(2), match.group(2))

    return _ID_IN_MESSAGE.sub(shown, message).replace("unknown:", "")


def response_check(entry: dict, response) -> None:
    """Raise :class:`AttemptInvalid` (field ``answers[<position>].response``) unless
    ``response``, in the ids the browser was shown, fits the question."""
    try:
        validate_response(entry["snapshot"], snapshot_response(entry, response))
    except ResponseInvalid as error:
        message = error.message.removeprefix("response:").strip()
        raise AttemptInvalid(
            f"answers[{entry['position']}].response",
            _public_message(message, public_ids(entry)),
        ) from None


# More digits than any quiz has questions; int() refuses a few thousand, so a request
# could otherwise turn a position into a server error.
_POSITION_DIGITS = 6


def position_key(value) -> str | None:
    """A question position as answers are keyed ("1", "2"...), from what a request sent
    (``1``, ``" 01 "``), or ``None`` when it cannot be a position."""
    text = str(value).strip()
    if not text.isdecimal() or len(text) > _POSITION_DIGITS:
        return None
    return str(int(text))


def answers_parse(entries: list[dict], answers) -> dict[str, object]:
    """The ``answers`` of a request, ``{position: response}``, checked against the
    attempt's questions and keyed by the position as text ("1", "2"...). Raises
    :class:`AttemptInvalid` at the first position that does not exist or the first
    response that does not fit; ``None`` is a valid response (unanswered)."""
    if not isinstance(answers, dict):
        raise AttemptInvalid("answers", _("expected an object of answers by question position"))
    by_position = {str(entry["position"]): entry for entry in entries}
    parsed: dict[str, object] = {}
    for key, response in answers.items():
        position = position_key(key) or str(key).strip()
        entry = by_position.get(position)
        if entry is None:
            raise AttemptInvalid(f"answers[{key}]", _("there is no question at this position"))
        response_check(entry, response)
        parsed[position] = response
    return parsed


# -- what the learner is told -------------------------------------------------------------


def correct_response(entry: dict):
    """The right answer in the ids the browser was shown, shaped like a response:
    a choice id (single choice, true or false), a list of choice ids (multiple response),
    ``{left id: right id}`` (matching), the item ids in order (ordering), the first
    accepted answer (short text), the expected number (numeric)."""
    snapshot = entry["snapshot"]
    kind = snapshot["kind"]
    ids = public_ids(entry)
    if kind in ("single_choice", "true_false"):
        right = [c["id"] for c in snapshot["choices"] if c["correct"]]
        return ids.get(right[0], right[0]) if right else None
    if kind == "multiple_response":
        shown = [choice["id"] for choice in served_question(entry)["choices"]]
        right = {ids.get(c["id"], c["id"]) for c in snapshot["choices"] if c["correct"]}
        return [choice for choice in shown if choice in right]
    if kind == "matching":
        return {pair["id"]: ids.get(pair["id"], pair["id"]) for pair in snapshot["pairs"]}
    if kind == "ordering":
        return [ids.get(item["id"], item["id"]) for item in snapshot["items"]]
    if kind == "short_text":
        return snapshot["accepted"][0] if snapshot["accepted"] else None
    return (snapshot["numeric"] or {}).get("value")


def answer_key(entry: dict) -> dict:
    """Everything needed to mark the question in the browser (practice quizzes only):
    the right answer, the accepted answers or the tolerance, and all the feedback."""
    snapshot = entry["snapshot"]
    ids = public_ids(entry)
    key = {
        "correct_response": correct_response(entry),
        "feedback_correct": snapshot["feedback_correct"],
        "feedback_incorrect": snapshot["feedback_incorrect"],
        "explanation": snapshot["explanation"],
        "choice_feedback": {
            ids.get(c["id"], c["id"]): c["feedback"] for c in snapshot["choices"] if c["feedback"]
        },
    }
    if snapshot["kind"] == "short_text":
        key["accepted_answers"] = list(snapshot["accepted"])
        key["case_sensitive"] = snapshot["case_sensitive"]
    if snapshot["kind"] == "numeric":
        key["tolerance"] = (snapshot["numeric"] or {}).get("tolerance", 0)
    return key


def _chosen_ids(response) -> list[str]:
    if isinstance(response, bool):  # true or false, sent as a JSON boolean
        return ["true" if response else "false"]
    if isinstance(response, str):
        return [response]
    if isinstance(response, list):
        return [entry for entry in response if isinstance(entry, str)]
    return []


def question_feedback(entry: dict, *, response, result: dict, show_answers: bool) -> dict:
    """What the learner is told about one graded question: the score, whether it is
    right, the feedback on the answer and on the choices picked; with ``show_answers``,
    also the right answer and the explanation."""
    snapshot = entry["snapshot"]
    correct = bool(result.get("correct"))
    feedback = snapshot["feedback_correct"] if correct else snapshot["feedback_incorrect"]
    ids = public_ids(entry)
    picked = set(_chosen_ids(response))
    shown = {
        "position": entry["position"],
        "score": result.get("score"),
        "max_score": result.get("max_score"),
        "correct": correct,
        "answered": response is not None,
        "feedback": feedback,
        "choice_feedback": {
            ids.get(c["id"], c["id"]): c["feedback"]
            for c in snapshot["choices"]
            if c["feedback"] and ids.get(c["id"], c["id"]) in picked
        },
    }
    if show_answers:
        shown["correct_response"] = correct_response(entry)
        shown["explanation"] = snapshot["explanation"]
        if snapshot["kind"] == "short_text":
            shown["accepted_answers"] = list(snapshot["accepted"])
    return shown
