"""Every IRI the platform emits: verbs, activity types, extensions. Nowhere else mints them."""

from django.conf import settings

# ADL verbs (https://adlnet.gov/expapi/verbs/...) and the others XAPI.md names.
ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
VERB_LAUNCHED = ADL_VERBS + "launched"
VERB_INITIALIZED = ADL_VERBS + "initialized"
VERB_EXPERIENCED = ADL_VERBS + "experienced"
VERB_PROGRESSED = ADL_VERBS + "progressed"
VERB_COMPLETED = ADL_VERBS + "completed"
VERB_ATTEMPTED = ADL_VERBS + "attempted"
VERB_ANSWERED = ADL_VERBS + "answered"
VERB_PASSED = ADL_VERBS + "passed"
VERB_FAILED = ADL_VERBS + "failed"
VERB_VOIDED = ADL_VERBS + "voided"
VERB_EARNED = "http://id.tincanapi.com/verb/earned"

VERB_DISPLAY = {
    VERB_LAUNCHED: {"en-CA": "launched", "fr-CA": "a lancé"},
    VERB_INITIALIZED: {"en-CA": "initialized", "fr-CA": "a initialisé"},
    VERB_EXPERIENCED: {"en-CA": "experienced", "fr-CA": "a consulté"},
    VERB_PROGRESSED: {"en-CA": "progressed", "fr-CA": "a progressé"},
    VERB_COMPLETED: {"en-CA": "completed", "fr-CA": "a terminé"},
    VERB_ATTEMPTED: {"en-CA": "attempted", "fr-CA": "a tenté"},
    VERB_ANSWERED: {"en-CA": "answered", "fr-CA": "a répondu"},
    VERB_PASSED: {"en-CA": "passed", "fr-CA": "a réussi"},
    VERB_FAILED: {"en-CA": "failed", "fr-CA": "a échoué"},
    VERB_VOIDED: {"en-CA": "voided", "fr-CA": "a annulé"},
    VERB_EARNED: {"en-CA": "earned", "fr-CA": "a obtenu"},
}

ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"
TYPE_COURSE = ADL_ACTIVITIES + "course"
TYPE_MODULE = ADL_ACTIVITIES + "module"
TYPE_LESSON = ADL_ACTIVITIES + "lesson"
TYPE_ASSESSMENT = ADL_ACTIVITIES + "assessment"
TYPE_INTERACTION = ADL_ACTIVITIES + "cmi.interaction"
TYPE_CERTIFICATE = "http://id.tincanapi.com/activitytype/certificate"

CMI5_PROGRESS_EXTENSION = "https://w3id.org/xapi/cmi5/result/extensions/progress"

# xAPI language tags for the site's languages.
#: The RFC 5646 tag statements give each content language (``context.language`` and the
#: keys of language maps): Canada's official languages as spoken here, and the learner
#: languages (common/languages.py) by language and, for Chinese, script.
XAPI_LANGUAGE = {
    "en": "en-CA",
    "fr": "fr-CA",
    "es": "es",
    "tl": "tl",
    "zh-hans": "zh-Hans",
    "pa": "pa",
    "ar": "ar",
}


def platform_iri(suffix: str) -> str:
    """An IRI in the platform's own namespace (``XAPI_PLATFORM_IRI``)."""
    return f"{settings.XAPI_PLATFORM_IRI}/{suffix.lstrip('/')}"


def profile_iri() -> str:
    return platform_iri("profile")


def activity_iri(kind: str, key: str) -> str:
    """The one IRI of a course, lesson, quiz... built from its language-independent key."""
    return platform_iri(f"activities/{kind}/{key}")


def parse_activity_iri(iri: str) -> tuple[str, str] | None:
    """``(kind, key)`` for an IRI minted by :func:`activity_iri`, else ``None``."""
    prefix = platform_iri("activities/")
    if not iri.startswith(prefix):
        return None
    kind, _, key = iri[len(prefix) :].partition("/")
    if not kind or not key or "/" in key:
        return None
    return kind, key


EXTENSION_COURSE_VERSION = "extensions/course-version"
EXTENSION_SESSION = "extensions/session-id"
EXTENSION_OFFLINE = "extensions/recorded-offline"
EXTENSION_CERTIFICATE_CODE = "extensions/certificate-code"


def extension_iri(name: str) -> str:
    return platform_iri(name)


# Questions inside a lesson body (knowledge checks, scenario steps, indicator checklists).
INTERACTION_CHOICE = "choice"
# How a ``choice`` response or correct-response pattern lists several choice ids.
RESPONSE_SEPARATOR = "[,]"


def lesson_block_iri(lesson_iri: str, block_id: str, step_key: str | None = None) -> str:
    """The activity of a question in a lesson body: a child of the lesson's IRI, named by the
    block's stream id (and, for a scenario, the step's key)."""
    iri = f"{lesson_iri}/block/{block_id}"
    return f"{iri}/step/{step_key}" if step_key else iri


# Quizzes: attempts graded on the server (see docs/xapi-profile.md, "Quiz attempts").
VERB_SCORED = ADL_VERBS + "scored"
VERB_DISPLAY[VERB_SCORED] = {"en-CA": "scored", "fr-CA": "a obtenu un score"}

EXTENSION_QUIZ_ATTEMPT = "extensions/quiz-attempt"
EXTENSION_QUIZ_ATTEMPT_NUMBER = "extensions/quiz-attempt-number"


def quiz_question_iri(quiz_iri: str, question_key: str) -> str:
    """The activity of a question as one quiz asks it: a child of the quiz's IRI, named by
    the question's language-independent key."""
    return f"{quiz_iri}/question/{question_key}"


def parse_quiz_question_iri(iri: str) -> tuple[str, str] | None:
    """``(quiz key, question key)`` for an IRI minted by :func:`quiz_question_iri`."""
    prefix = platform_iri("activities/quiz/")
    if not iri.startswith(prefix):
        return None
    quiz_key, separator, question_key = iri[len(prefix) :].partition("/question/")
    if not separator or not quiz_key or not question_key or "/" in quiz_key + question_key:
        return None
    return quiz_key, question_key


def parse_lesson_block_iri(iri: str) -> tuple[str, str, str | None] | None:
    """``(lesson key, block id, step key or None)`` for an IRI minted by
    :func:`lesson_block_iri`."""
    prefix = platform_iri("activities/lesson/")
    if not iri.startswith(prefix):
        return None
    lesson_key, separator, rest = iri[len(prefix) :].partition("/block/")
    block_id, _, step_key = rest.partition("/step/")
    if not separator or not lesson_key or not block_id or "/" in lesson_key + block_id:
        return None
    if "/step/" in rest and (not step_key or "/" in step_key):
        return None
    return lesson_key, block_id, step_key or None


# A certificate withdrawn by an administrator: no public vocabulary has this verb, so it
# lives in the platform namespace (see docs/xapi-profile.md, "Certificate revoked").
VERB_CERTIFICATE_REVOKED = "verbs/certificate-revoked"
VERB_CERTIFICATE_REVOKED_DISPLAY = {"en-CA": "revoked certificate", "fr-CA": "a révoqué"}
EXTENSION_REVOCATION_REASON = "extensions/revocation-reason"


# Content packages (SCORM 1.2/2004 run-times): see docs/xapi-profile.md, "Content packages".
TYPE_PACKAGE = TYPE_LESSON
TYPE_PACKAGE_SCO = TYPE_MODULE
EXTENSION_PACKAGE_VERSION = "extensions/package-version"
# SCORM interaction types, which are also xAPI's.
PACKAGE_INTERACTION_TYPES = (
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


def package_sco_iri(package_iri: str, sco_identifier: str) -> str:
    """A SCO of a package: a child of the package's IRI, named by its manifest identifier."""
    from urllib.parse import quote

    return f"{package_iri}/sco/{quote(sco_identifier, safe='')}"


def package_interaction_iri(sco_iri: str, interaction_id: str) -> str:
    """A question inside a SCO: a child of the SCO's IRI, named by its ``cmi`` id."""
    from urllib.parse import quote

    return f"{sco_iri}/interaction/{quote(interaction_id, safe='')}"


# cmi5, LMS side (see docs/xapi-profile.md, "cmi5"). The verbs the LMS itself records,
# and the categories, activity types and extensions the cmi5 specification defines.
CMI5_VERBS = "https://w3id.org/xapi/adl/verbs/"
VERB_SATISFIED = CMI5_VERBS + "satisfied"
VERB_WAIVED = CMI5_VERBS + "waived"
VERB_ABANDONED = CMI5_VERBS + "abandoned"
VERB_TERMINATED = ADL_VERBS + "terminated"
VERB_DISPLAY[VERB_SATISFIED] = {"en-CA": "satisfied", "fr-CA": "a satisfait"}
VERB_DISPLAY[VERB_WAIVED] = {"en-CA": "waived", "fr-CA": "a été dispensé de"}
VERB_DISPLAY[VERB_ABANDONED] = {"en-CA": "abandoned", "fr-CA": "a abandonné"}
CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5"
CMI5_MOVEON_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/moveon"
TYPE_CMI5_BLOCK = "https://w3id.org/xapi/cmi5/activitytype/block"
TYPE_CMI5_COURSE = "https://w3id.org/xapi/cmi5/activitytype/course"
CMI5_EXTENSION_SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid"
CMI5_EXTENSION_LAUNCH_MODE = "https://w3id.org/xapi/cmi5/context/extensions/launchmode"
CMI5_EXTENSION_LAUNCH_URL = "https://w3id.org/xapi/cmi5/context/extensions/launchurl"
CMI5_EXTENSION_MOVE_ON = "https://w3id.org/xapi/cmi5/context/extensions/moveon"
CMI5_EXTENSION_LAUNCH_PARAMETERS = "https://w3id.org/xapi/cmi5/context/extensions/launchparameters"
CMI5_EXTENSION_MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore"
CMI5_EXTENSION_REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason"
CMI5_LAUNCH_DATA = "LMS.LaunchData"


# Briefings (see docs/xapi-profile.md, "Briefings"): a learner confirms "I have read this
# briefing" on the platform's page. No public vocabulary has that verb, so it lives in the
# platform namespace, like the activity type of a briefing.
VERB_ACKNOWLEDGED = "verbs/acknowledged"
VERB_ACKNOWLEDGED_DISPLAY = {"en-CA": "acknowledged", "fr-CA": "a pris connaissance de"}
TYPE_BRIEFING = "activity-types/briefing"


def verb_platform_suffix(verb_iri: str) -> str | None:
    """``verbs/...`` for a verb in the platform namespace, else ``None``."""
    prefix = platform_iri("")
    if verb_iri.startswith(prefix):
        return verb_iri[len(prefix) :]
    return None


# Workshops (see docs/xapi-profile.md, "Workshops"): a trainer took attendance at a
# session. ADL's own verb and activity type; the session is a platform extension.
VERB_ATTENDED = ADL_VERBS + "attended"
VERB_DISPLAY[VERB_ATTENDED] = {"en-CA": "attended", "fr-CA": "a assisté à"}
TYPE_MEETING = ADL_ACTIVITIES + "meeting"
EXTENSION_WORKSHOP_SESSION = "extensions/workshop-session"
