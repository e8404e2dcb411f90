"""Questions frozen into plain JSON, and the questions of one attempt.

- ``question_snapshot`` freezes a question as it stands into the snapshot dict of the quiz
  contract; grading (``quizzes.grading``) reads only snapshots, so later edits never
  change past results. Ids in a snapshot are the keys of the question's child rows
  ("c1", "p2", "i3"; "true"/"false"), the same in English and French.
- ``public_question`` is what a learner's browser may receive for a graded quiz: the
  snapshot without anything that gives the answer away; ``response_from_public`` turns
  the browser's answer back into the snapshot's ids.
- ``snapshot_read_in`` shows a served question in another language without changing
  what was served.
- ``quiz_question_pool`` picks the questions of one attempt: the quiz's fixed questions,
  then its random draws, shuffled when the quiz says so.
"""

from __future__ import annotations

import random
from decimal import Decimal

from wagtail.models import Locale
from wagtail.rich_text import expand_db_html

from .models import Question, Quiz

KINDS_WITH_CHOICES = {"single_choice", "multiple_response", "true_false"}


def _number(value: Decimal | int | float) -> int | float:
    """A JSON number: whole numbers stay integers (1, not 1.0)."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _html(value: str) -> str:
    """Rich text as the front end shows it (internal links and images resolved)."""
    return expand_db_html(value or "")


def _language(question: Question) -> str:
    locale = question.locale if question.locale_id else Locale.get_default()
    return locale.language_code


def question_snapshot(question: Question, *, revision: int | None = None) -> dict:
    """The contract's snapshot of ``question`` as this instance has it (the live object,
    or a revision's object). ``revision`` is the version number recorded; by default
    the question's live revision (0 for a question saved without revisions)."""
    question.prepare_children()
    kind = question.kind
    if revision is None:
        revision = question.live_revision_id or question.latest_revision_id or 0
    choices = (
        [
            {
                "id": choice.key,
                "text": choice.text,
                "correct": bool(choice.correct),
                "feedback": choice.feedback,
            }
            for choice in question.choices.all()
        ]
        if kind in KINDS_WITH_CHOICES
        else []
    )
    pairs = (
        [{"id": pair.key, "left": pair.left, "right": pair.right} for pair in question.pairs.all()]
        if kind == Question.Kind.MATCHING
        else []
    )
    items = (
        [{"id": item.key, "text": item.text} for item in question.items.all()]
        if kind == Question.Kind.ORDERING
        else []
    )
    accepted = (
        [answer.text for answer in question.accepted_answers.all() if answer.text.strip()]
        if kind == Question.Kind.SHORT_TEXT
        else []
    )
    numeric = None
    if kind == Question.Kind.NUMERIC and question.numeric_value is not None:
        numeric = {
            "value": _number(question.numeric_value),
            "tolerance": _number(question.numeric_tolerance or 0),
        }
    scenario = None
    if question.scenario_id:
        scenario = {
            "key": str(question.scenario.translation_key),
            "situation": _html(question.scenario.situation),
        }
    return {
        "question_key": str(question.translation_key),
        "revision": int(revision),
        "kind": kind,
        "language": _language(question),
        "stem": _html(question.stem),
        "points": _number(question.points),
        "choices": choices,
        "partial_credit": question.partial_credit,
        "pairs": pairs,
        "items": items,
        "accepted": accepted,
        "case_sensitive": bool(question.case_sensitive),
        "numeric": numeric,
        "feedback_correct": question.feedback_correct,
        "feedback_incorrect": question.feedback_incorrect,
        "explanation": _html(question.explanation),
        "tags": sorted(tag.code for tag in question.tags.all()),
        "difficulty": question.difficulty,
        "scenario": scenario,
    }


def _same_question(snapshot: dict, other: dict) -> bool:
    """Whether two snapshots ask the same thing: the same kind, the same choices (and
    right ones), pairs and items under the same ids in the same order."""

    def shape(entry: dict) -> tuple:
        return (
            entry["kind"],
            [(choice["id"], bool(choice["correct"])) for choice in entry["choices"]],
            [pair["id"] for pair in entry["pairs"]],
            [item["id"] for item in entry["items"]],
        )

    return shape(snapshot) == shape(other)


def snapshot_read_in(snapshot: dict, translation: dict) -> dict:
    """``snapshot`` with the texts a learner reads while answering (the stem, choices,
    pairs, items and situation) taken from ``translation``, the snapshot of the same
    question in another language, when both ask the same thing; else ``snapshot`` as it
    is. Ids, order, answer key and feedback stay ``snapshot``'s: what the browser was
    shown and how the answers are graded do not change."""
    if not _same_question(snapshot, translation):
        return snapshot

    def texts(rows: list, field: str) -> dict:
        return {row["id"]: row[field] for row in rows}

    choices = texts(translation["choices"], "text")
    left, right = texts(translation["pairs"], "left"), texts(translation["pairs"], "right")
    items = texts(translation["items"], "text")
    scenario = snapshot["scenario"]
    other = translation["scenario"]
    if scenario and other and scenario["key"] == other["key"]:
        scenario = {**scenario, "situation": other["situation"]}
    return {
        **snapshot,
        "language": translation["language"],
        "stem": translation["stem"],
        "choices": [{**choice, "text": choices[choice["id"]]} for choice in snapshot["choices"]],
        "pairs": [
            {**pair, "left": left[pair["id"]], "right": right[pair["id"]]}
            for pair in snapshot["pairs"]
        ],
        "items": [{**item, "text": items[item["id"]]} for item in snapshot["items"]],
        "scenario": scenario,
    }


def _shuffled(entries: list, rng: random.Random) -> list:
    """``entries`` in a random order. Any order may come out, the right one included:
    never showing the right order would itself give the answer away (with two items,
    the shown order would always be the wrong one)."""
    result = list(entries)
    rng.shuffle(result)
    return result


def _shuffles_choices(snapshot: dict, shuffle_choices: bool) -> bool:
    # True and False keep their order.
    return shuffle_choices and snapshot["kind"] != "true_false" and len(snapshot["choices"]) > 1


def _public(snapshot: dict, rng: random.Random, shuffle_choices: bool) -> tuple[dict, dict]:
    """The public question, and the ids it shows in place of the snapshot's (shuffled
    choices, right-hand items, ordering items) as {public id: snapshot id}."""
    choices = [{"id": choice["id"], "text": choice["text"]} for choice in snapshot["choices"]]
    choice_ids = {}
    if _shuffles_choices(snapshot, shuffle_choices):
        # Shuffled choices go out under their place on the screen too: their own ids
        # would tell the order the author wrote them in.
        shown = _shuffled(choices, rng)
        choice_ids = {f"s{n}": choice["id"] for n, choice in enumerate(shown, start=1)}
        choices = [
            {"id": public_id, "text": choice["text"]}
            for public_id, choice in zip(choice_ids, shown, strict=True)
        ]
    pairs = snapshot["pairs"]
    left = [{"id": pair["id"], "text": pair["left"]} for pair in pairs]
    # Right-hand items and ordering items go out under ids that are their place on the
    # screen: under the snapshot's ids, right "p2" would plainly match left "p2", and items
    # numbered as they were written would sort into the right order.
    right_pairs = _shuffled(pairs, rng)
    right_ids = {f"r{n}": pair["id"] for n, pair in enumerate(right_pairs, start=1)}
    right = [
        {"id": public_id, "text": pair["right"]}
        for public_id, pair in zip(right_ids, right_pairs, strict=True)
    ]
    shown_items = _shuffled(snapshot["items"], rng)
    item_ids = {f"o{n}": item["id"] for n, item in enumerate(shown_items, start=1)}
    items = [
        {"id": public_id, "text": item["text"]}
        for public_id, item in zip(item_ids, shown_items, strict=True)
    ]
    public = {
        "question_key": snapshot["question_key"],
        "revision": snapshot["revision"],
        "kind": snapshot["kind"],
        "language": snapshot["language"],
        "stem": snapshot["stem"],
        "points": snapshot["points"],
        "choices": choices,
        "left": left,
        "right": right,
        "items": items,
        "scenario": snapshot["scenario"],
    }
    return public, {**choice_ids, **right_ids, **item_ids}


def public_question(
    snapshot: dict, *, rng: random.Random | None = None, shuffle_choices: bool = False
) -> dict:
    """What the learner's browser gets for a question of a graded quiz: the snapshot
    without the answer key, the feedback or the explanation.

    - ``choices``: ``[{"id", "text"}]`` under the snapshot's ids in the snapshot's order,
      or, with ``shuffle_choices``, shuffled under ids "s1", "s2"... that are their place
      on the screen (True and False keep their order and ids);
    - matching: ``left`` is ``[{"id", "text"}]`` under the pairs' ids, in the snapshot's
      order; ``right`` is ``[{"id", "text"}]`` shuffled, under ids "r1", "r2"... that are
      their place on the screen;
    - ordering: ``items`` ``[{"id", "text"}]`` shuffled, under ids "o1", "o2"... that are
      their place on the screen.

    The browser answers in these ids; ``response_from_public`` turns its response into
    the snapshot's ids for grading, given an ``rng`` in the same state (e.g. both
    ``random.Random(seed)`` with a seed kept with the attempt)."""
    return _public(snapshot, rng or random.Random(), shuffle_choices)[0]


def response_from_public(
    snapshot: dict, response, *, rng: random.Random, shuffle_choices: bool = False
):
    """A response to ``public_question(snapshot, rng=..., shuffle_choices=...)`` in the
    snapshot's ids, ready for ``grading.validate_response`` and ``grading.grade``.

    Ids the public question did not show (the snapshot's own pair or item ids among
    them) come out as ids no question has, so validation refuses them."""
    _, ids = _public(snapshot, rng, shuffle_choices)

    def snapshot_id(public_id):
        if isinstance(public_id, str) and public_id in ids:
            return ids[public_id]
        return f"unknown:{public_id}"

    kind = snapshot["kind"]
    if _shuffles_choices(snapshot, shuffle_choices):
        if kind == "single_choice" and isinstance(response, str):
            return snapshot_id(response)
        if kind == "multiple_response" and isinstance(response, list):
            return [snapshot_id(choice) for choice in response]
    if kind == "matching" and isinstance(response, dict):
        return {left: snapshot_id(right) for left, right in response.items()}
    if kind == "ordering" and isinstance(response, list):
        return [snapshot_id(item) for item in response]
    return response


def quiz_question_pool(quiz: Quiz, *, rng: random.Random) -> list[Question]:
    """The questions of one attempt of ``quiz``: its fixed questions in the quiz's order,
    then for each draw ``count`` published questions picked at random from the draw's bank
    (with its tag, when it has one), never a question already picked; then the whole list
    shuffled when the quiz shuffles its questions. Unpublished questions are left out.
    The same ``rng`` state gives the same questions in the same order."""
    pool: list[Question] = []
    taken: set[int] = set()
    for link in quiz.quiz_questions.all():
        question = link.question
        if question.live and question.pk not in taken:
            pool.append(question)
            taken.add(question.pk)
    for draw in quiz.draws.all():
        candidates = list(draw.candidates().exclude(pk__in=taken))
        picked = rng.sample(candidates, min(draw.count, len(candidates)))
        pool.extend(picked)
        taken.update(question.pk for question in picked)
    if quiz.shuffle_questions:
        rng.shuffle(pool)
    return pool


def correct_response(snapshot: dict):
    """The right answer to a snapshot, in the snapshot's own ids (for a short-text
    question, its first accepted answer)."""
    kind = snapshot["kind"]
    if kind in ("single_choice", "true_false"):
        return next(choice["id"] for choice in snapshot["choices"] if choice["correct"])
    if kind == "multiple_response":
        return [choice["id"] for choice in snapshot["choices"] if choice["correct"]]
    if kind == "matching":
        return {pair["id"]: pair["id"] for pair in snapshot["pairs"]}
    if kind == "ordering":
        return [item["id"] for item in snapshot["items"]]
    if kind == "short_text":
        return snapshot["accepted"][0]
    return snapshot["numeric"]["value"]


def response_to_public(
    snapshot: dict, response, *, rng: random.Random, shuffle_choices: bool = False
):
    """The inverse of :func:`response_from_public`: a response in the snapshot's ids as
    the browser would send it (used to answer an attempt on a learner's behalf in demo
    data and tests)."""
    _, ids = _public(snapshot, rng, shuffle_choices)
    public = {snapshot_id: public_id for public_id, snapshot_id in ids.items()}

    def shown(snapshot_id):
        return public.get(snapshot_id, snapshot_id)

    if isinstance(response, list):
        return [shown(item) for item in response]
    if isinstance(response, dict):
        return {left: shown(right) for left, right in response.items()}
    if isinstance(response, str):
        return shown(response)
    return response
