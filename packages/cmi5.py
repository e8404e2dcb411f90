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
    """What the rules need to know of a session and of the AU in its registration.
    ``outcomes`` are the completed/passed/failed verbs already accepted in this session."""

    registration: str
    session_id: str
    launch_mode: str
    mastery_score: Decimal | None = None
    initialized: bool = False
    terminated: bool = False
    preferences_read: bool = False
    outcomes: set[str] = field(default_factory=set)
    au: AuState = field(default_factory=AuState)


def _is_utc(timestamp: str) -> bool:
    return timestamp.endswith(("Z", "z", "+00:00", "+0000", "+00"))


def _categories(context: dict) -> set[str]:
    return {
        item.get("id")
        for item in (context.get("contextActivities") or {}).get("category") or []
        if isinstance(item, dict)
    }


def _check_envelope(statement: dict, state: SessionState, *, actor: dict | None) -> None:
    """What every statement of an AU must carry (cmi5 sections 9.1, 9.2, 9.6, 9.7)."""
    if "id" not in statement:
        raise Cmi5Forbidden("cmi5.statement_id", "id: the AU must give every statement its id")
    timestamp = statement.get("timestamp")
    if not isinstance(timestamp, str):
        raise Cmi5Forbidden("cmi5.timestamp", "timestamp: is required")
    if not _is_utc(timestamp):
        raise Cmi5Forbidden("cmi5.timestamp", "timestamp: must be in UTC")
    given = statement.get("actor") or {}
    if given.get("objectType", "Agent") != "Agent" or not isinstance(given.get("account"), dict):
        raise Cmi5Forbidden(
            "cmi5.actor", "actor: must be an Agent identified by the account of the launch"
        )
    if actor is not None and given.get("account") != actor.get("account"):
        raise Cmi5Forbidden("cmi5.actor", "actor: must be the actor of the launch")
    context = statement.get("context") or {}
    if str(context.get("registration", "")).lower() != state.registration:
        raise Cmi5Forbidden(
            "cmi5.registration", "context.registration must be the launch's registration"
        )
    extensions = context.get("extensions") or {}
    if str(extensions.get(v.CMI5_EXTENSION_SESSION, "")) != state.session_id:
        raise Cmi5Forbidden(
            "cmi5.session_id", "context.extensions must carry the session id of the launch"
        )
    score = (statement.get("result") or {}).get("score") or {}
    if "raw" in score and ("min" not in score or "max" not in score):
        raise Cmi5Forbidden("cmi5.score", "result.score: raw needs min and max")


def _check_result(verb: str, result: dict, context: dict, *, defined: bool) -> None:
    """The result and the moveOn category a statement may carry (9.5, 9.6.2.2): only a
    cmi5 defined statement with success or completion carries the moveOn category, and
    must; of the cmi5 defined verbs only completed, passed and failed carry an outcome."""
    outcome = "success" in result or "completion" in result
    moveon = v.CMI5_MOVEON_CATEGORY in _categories(context)
    if defined and outcome and not moveon:
        raise Cmi5Forbidden(
            "cmi5.moveon_category",
            "context.contextActivities.category: a result with success or completion needs "
            "the moveon category",
        )
    if moveon and not (defined and outcome):
        raise Cmi5Forbidden(
            "cmi5.moveon_category",
            "context.contextActivities.category: only completed, passed and failed may "
            "carry the moveon category",
        )
    if defined and verb not in MOVE_ON_VERBS and (outcome or "score" in result):
        raise Cmi5Forbidden(
            "cmi5.result", "result: success, completion and score belong to outcome verbs"
        )


def check_au_statement(
    statement: dict, state: SessionState, *, au_iri: str, actor: dict | None = None
) -> None:
    """Raise :class:`Cmi5Forbidden` for a statement the cmi5 specification forbids an
    AU to send in this session; otherwise advance ``state`` as if it were stored.
    ``actor`` is the launch's actor (the statement's must be the same)."""
    verb = (statement.get("verb") or {}).get("id")
    context = statement.get("context") or {}
    result = statement.get("result") or {}
    if verb in LMS_ONLY_VERBS:
        raise Cmi5Forbidden("cmi5.lms_only_verb", f"only the LMS may record {verb}")
    if verb == v.VERB_VOIDED:
        raise Cmi5Forbidden("cmi5.voiding", "an AU may not void statements")
    if state.terminated:
        raise Cmi5Forbidden("cmi5.after_terminated", "the session is terminated")
    _check_envelope(statement, state, actor=actor)
    about_au = (statement.get("object") or {}).get("id") == au_iri
    if verb == v.VERB_INITIALIZED:
        if state.initialized:
            raise Cmi5Forbidden("cmi5.initialized_twice", "the session is already initialized")
        if not state.preferences_read:
            raise Cmi5Forbidden(
                "cmi5.learner_preferences",
                "the AU must read the learner preferences before initialized",
            )
        _check_result(verb, result, context, defined=True)
        state.initialized = True
        return
    if not state.initialized:
        raise Cmi5Forbidden(
            "cmi5.before_initialized", "the first statement of a session must be initialized"
        )
    if verb not in MOVE_ON_VERBS or not about_au:
        _check_result(verb or "", result, context, defined=verb == v.VERB_TERMINATED)
        if verb == v.VERB_TERMINATED:
            if "duration" not in result:
                raise Cmi5Forbidden("cmi5.duration", "result.duration: terminated needs it")
            state.terminated = True
        return
    if state.launch_mode != "Normal":
        raise Cmi5Forbidden(
            "cmi5.not_normal_mode",
            f"completed, passed and failed are not allowed in {state.launch_mode} mode",
        )
    _check_result(verb, result, context, defined=True)
    if "duration" not in result:
        raise Cmi5Forbidden("cmi5.duration", "result.duration: completed, passed, failed need it")
    if verb in state.outcomes:
        raise Cmi5Forbidden("cmi5.verb_twice", "the verb was already sent in this session")
    if verb == v.VERB_COMPLETED:
        if state.au.completed:
            raise Cmi5Forbidden("cmi5.completed_twice", "the AU is already completed")
        if result.get("completion") is not True:
            raise Cmi5Forbidden("cmi5.result", "completed needs result.completion true")
        if "success" in result or "score" in result:
            raise Cmi5Forbidden("cmi5.result", "completed takes no result.success nor score")
        state.au.completed = True
        state.outcomes.add(verb)
        return
    passed = verb == v.VERB_PASSED
    if state.au.passed:
        raise Cmi5Forbidden("cmi5.after_passed", "the AU is already passed in this registration")
    if state.outcomes & {v.VERB_PASSED, v.VERB_FAILED}:
        raise Cmi5Forbidden(
            "cmi5.passed_and_failed", "a session may have only one of passed and failed"
        )
    if result.get("success") is not passed:
        raise Cmi5Forbidden(
            "cmi5.result", f"{'passed' if passed else 'failed'} needs result.success {passed}"
        )
    if "completion" in result:
        raise Cmi5Forbidden("cmi5.result", "passed and failed take no result.completion")
    if state.mastery_score is not None:
        given = (context.get("extensions") or {}).get(v.CMI5_EXTENSION_MASTERY_SCORE)
        try:
            same = given is not None and Decimal(str(given)) == state.mastery_score
        except ArithmeticError:
            same = False
        if not same:
            raise Cmi5Forbidden(
                "cmi5.mastery_score",
                "context.extensions: must carry the masteryScore of the launch data",
            )
        scaled = (result.get("score") or {}).get("scaled")
        if scaled is not None:
            # The score is optional (9.3.4.0-2, 9.3.5.0-2); when given, it must agree.
            reached = Decimal(str(scaled)) >= state.mastery_score
            if passed and not reached:
                raise Cmi5Forbidden(
                    "cmi5.mastery_score", "passed needs a score at the masteryScore"
                )
            if not passed and reached:
                raise Cmi5Forbidden(
                    "cmi5.mastery_score", "failed needs a score below the masteryScore"
                )
    state.outcomes.add(verb)
    if passed:
        state.au.passed = True
    else:
        state.au.failed = True
