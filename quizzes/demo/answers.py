"""Answers to an attempt on a learner's behalf, for the demo's progress."""

import random

from quizzes.snapshots import correct_response, response_to_public


def demo_answers(attempt, *, right_positions: set[int]) -> dict[str, object]:
    """The right answer at ``right_positions`` and no answer elsewhere, as the browser
    would send them (in the ids it was shown)."""
    answers: dict[str, object] = {}
    for entry in attempt.questions:
        position = entry["position"]
        if position not in right_positions:
            answers[str(position)] = None
            continue
        snapshot = entry["snapshot"]
        answers[str(position)] = response_to_public(
            snapshot,
            correct_response(snapshot),
            rng=random.Random(entry["seed"]),
            shuffle_choices=entry["shuffle_choices"],
        )
    return answers
