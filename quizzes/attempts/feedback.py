"""What the learner is told about a question: the right answer in the ids they were shown,
the answer key of a practice quiz, and the feedback on a graded question."""

from __future__ import annotations

from .questions import public_ids, served_question


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
