"""The only place where the platform assembles xAPI statements, one module per kind of
activity they speak of (see ``docs/xapi-profile.md``). Callers use ``from tracking import
builders`` and the names below."""

from lrs.identity import actor_key, agent_object_key, derived_statement_id, platform_authority
from tracking.builders.briefings import briefing_acknowledged
from tracking.builders.certificates import certificate_earned, certificate_revoked
from tracking.builders.cmi5 import (
    Cmi5SessionRef,
    cmi5_abandoned,
    cmi5_launch_data,
    cmi5_launched,
    cmi5_satisfied,
    cmi5_waived,
)
from tracking.builders.common import ActivityRef, actor_for, duration_iso
from tracking.builders.courses import course_completed
from tracking.builders.interactions import InteractionRef, interaction_answered
from tracking.builders.lessons import (
    LessonEvent,
    lesson_completed,
    lesson_experienced,
    lesson_progressed,
)
from tracking.builders.packages import (
    PackageRunRef,
    PackageScoRef,
    package_completed,
    package_interaction_answered,
    package_sco_completed,
    package_sco_outcome,
    package_score,
)
from tracking.builders.quizzes import (
    QuizAttemptRef,
    quiz_attempted,
    quiz_completed,
    quiz_passed_or_failed,
    quiz_question_answered,
    quiz_scored,
)
from tracking.builders.workshops import workshop_attended

__all__ = [
    "workshop_attended",
    "briefing_acknowledged",
    "ActivityRef",
    "Cmi5SessionRef",
    "InteractionRef",
    "LessonEvent",
    "PackageRunRef",
    "PackageScoRef",
    "QuizAttemptRef",
    "actor_for",
    "actor_key",
    "agent_object_key",
    "certificate_earned",
    "certificate_revoked",
    "cmi5_abandoned",
    "cmi5_launch_data",
    "cmi5_launched",
    "cmi5_satisfied",
    "cmi5_waived",
    "course_completed",
    "derived_statement_id",
    "duration_iso",
    "interaction_answered",
    "lesson_completed",
    "lesson_experienced",
    "lesson_progressed",
    "package_completed",
    "package_interaction_answered",
    "package_sco_completed",
    "package_sco_outcome",
    "package_score",
    "platform_authority",
    "quiz_attempted",
    "quiz_completed",
    "quiz_passed_or_failed",
    "quiz_question_answered",
    "quiz_scored",
]
