"""Serving the questions of an attempt: its frozen entries, the public question at each
position, and the browser's answers checked and turned back into the snapshot's ids."""

from __future__ import annotations

import random
import re

from django.utils.translation import gettext as _

from ..grading.responses import ResponseInvalid, validate_response
from ..snapshots import public_question, response_from_public
from .errors import AttemptInvalid


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
