"""cmi5 rules, LMS side, as pure functions: moveOn evaluation for AUs, blocks and the
course, and the rules an AU's statements must follow within a session (cmi5
specification, sections 9 and 10). No ORM here."""

from dataclasses import dataclass, field
from decimal import Decimal

from tracking import vocabulary as v

LAUNCH_MODES = ("Normal", "Browse", "Review")
WAIVE_REASONS = ("Tested Out", "Equivalent AU", "Equivalent Outside Activity", "Administrative")
LMS_ONLY_VERBS = {v.VERB_LAUNCHED, v.VERB_SATISFIED, v.VERB_WAIVED, v.VERB_ABANDONED}
MOVE_ON_VERBS = {v.VERB_COMPLETED, v.VERB_PASSED, v.VERB_FAILED}


@dataclass
class AuState:
    completed: bool = False
    passed: bool = False
    failed: bool = False
    waived: bool = False


def au_satisfied(move_on: str, state: AuState) -> bool:
    """Whether an AU's moveOn criterion is met (a waived AU always is)."""
    if state.waived or move_on == "NotApplicable":
        return True
    if move_on == "Completed":
        return state.completed
    if move_on == "Passed":
        return state.passed
    if move_on == "CompletedAndPassed":
        return state.completed and state.passed
    if move_on == "CompletedOrPassed":
        return state.completed or state.passed
    return False


def satisfied_nodes(tree: list[dict], satisfied_aus: set[str]) -> set[str]:
    """The blocks (by publisher id) whose every child is satisfied, given the satisfied
    AUs; a block is satisfied when all its AUs and blocks are."""
    found: set[str] = set()

    def visit(node: dict) -> bool:
        if node["type"] == "au":
            return node["id"] in satisfied_aus
        results = [visit(child) for child in node.get("children", [])]
        done = bool(results) and all(results)
        if done:
            found.add(node["id"])
        return done

    for node in tree:
        visit(node)
    return found


def course_satisfied(tree: list[dict], satisfied_aus: set[str]) -> bool:
    blocks = satisfied_nodes(tree, satisfied_aus)
    return bool(tree) and all(
        (node["id"] in satisfied_aus) if node["type"] == "au" else (node["id"] in blocks)
        for node in tree
    )


class Cmi5Forbidden(Exception):
    """A statement an AU may not send; ``rule`` names the cmi5 rule it breaks."""

    def __init__(self, rule: str, message: str):
        self.rule = rule
        self.message = message
        super().__init__(f"{rule}: {message}")


@dataclass
class SessionState:
    """What the rules need to know of a session and of the AU in its registration."""

    registration: str
    session_id: str
    launch_mode: str
    mastery_score: Decimal | None = None
    initialized: bool = False
    terminated: bool = False
    au: AuState = field(default_factory=AuState)


def check_au_statement(statement: dict, state: SessionState, *, au_iri: str) -> None:
    """Raise :class:`Cmi5Forbidden` for a statement the cmi5 specification forbids an
    AU to send in this session; otherwise advance ``state`` as if it were stored."""
    verb = (statement.get("verb") or {}).get("id")
    context = statement.get("context") or {}
    result = statement.get("result") or {}
    if verb in LMS_ONLY_VERBS:
        raise Cmi5Forbidden("cmi5.lms_only_verb", f"only the LMS may record {verb}")
    if str(context.get("registration", "")).lower() != state.registration:
        raise Cmi5Forbidden(
            "cmi5.registration", "context.registration must be the launch's registration"
        )
    extensions = context.get("extensions") or {}
    if str(extensions.get(v.CMI5_EXTENSION_SESSION, "")) != state.session_id:
        raise Cmi5Forbidden(
            "cmi5.session_id", "context.extensions must carry the session id of the launch"
        )
    if state.terminated:
        raise Cmi5Forbidden("cmi5.after_terminated", "the session is terminated")
    about_au = (statement.get("object") or {}).get("id") == au_iri
    if verb == v.VERB_INITIALIZED:
        if state.initialized:
            raise Cmi5Forbidden("cmi5.initialized_twice", "the session is already initialized")
        state.initialized = True
        return
    if not state.initialized:
        raise Cmi5Forbidden(
            "cmi5.before_initialized", "the first statement of a session must be initialized"
        )
    if verb == v.VERB_TERMINATED:
        state.terminated = True
        return
    if verb not in MOVE_ON_VERBS or not about_au:
        return
    if state.launch_mode != "Normal":
        raise Cmi5Forbidden(
            "cmi5.not_normal_mode",
            f"completed, passed and failed are not allowed in {state.launch_mode} mode",
        )
    if verb == v.VERB_COMPLETED:
        if state.au.completed:
            raise Cmi5Forbidden("cmi5.completed_twice", "the AU is already completed")
        if result.get("completion") is not True:
            raise Cmi5Forbidden("cmi5.result", "completed needs result.completion true")
        state.au.completed = True
        return
    passed = verb == v.VERB_PASSED
    if state.au.passed:
        raise Cmi5Forbidden("cmi5.after_passed", "the AU is already passed in this registration")
    if result.get("success") is not passed:
        raise Cmi5Forbidden(
            "cmi5.result", f"{'passed' if passed else 'failed'} needs result.success {passed}"
        )
    if state.mastery_score is not None:
        scaled = (result.get("score") or {}).get("scaled")
        if scaled is None:
            raise Cmi5Forbidden(
                "cmi5.mastery_score",
                "result.score.scaled is required when the AU has a masteryScore",
            )
        reached = Decimal(str(scaled)) >= state.mastery_score
        if passed and not reached:
            raise Cmi5Forbidden("cmi5.mastery_score", "passed needs a score at the masteryScore")
        if not passed and reached:
            raise Cmi5Forbidden("cmi5.mastery_score", "failed needs a score below the masteryScore")
    if passed:
        state.au.passed = True
    else:
        state.au.failed = True
