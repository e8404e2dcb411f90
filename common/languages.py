"""The two official languages and the five learner languages.

English and French are the languages of the admin, of every staff page (dashboards,
approvals, attendance sheets, the public report) and of the platform's e-mails. Learners'
pages (navigation, courses, lessons and their blocks, the quiz runner, the offline
messages, My learning, certificates) also come in the learner languages of
``settings.LEARNER_LANGUAGES``; a staff page asked for in one of those is served in
English instead (``elearning.middleware.OfficialLanguagesOnlyMiddleware``).

``LEARNER_SOURCES`` lists the code whose strings a learner reads: ``checktranslations``
requires each of those strings to be translated into every learner language. Addresses
(``urls.py``) are not among them: in the learner languages they keep their English words.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import get_language

LEARNER_SOURCES = (
    "elearning/templates/base.html",
    "elearning/templates/403.html",
    "elearning/templates/404.html",
    "elearning/templates/500.html",
    "elearning/templates/registration/",
    "elearning/templatetags/",
    "courses/templates/blocks/",
    "courses/templates/courses/briefing_index_page.html",
    "courses/templates/courses/briefing_page.html",
    "courses/templates/courses/course_index_page.html",
    "courses/templates/courses/course_page.html",
    "courses/templates/courses/home_page.html",
    "courses/templates/courses/includes/",
    "courses/templates/courses/lesson_locked.html",
    "courses/templates/courses/lesson_page.html",
    "courses/templates/courses/my_learning.html",
    "courses/templatetags/",
    "courses/interactions.py",
    "courses/services.py",
    "courses/views.py",
    "quizzes/templates/quizzes/includes/",
    "quizzes/templates/quizzes/quiz_locked.html",
    "quizzes/templates/quizzes/quiz_page.html",
    "quizzes/api.py",
    "quizzes/attempts/",
    "quizzes/grading/",
    "quizzes/services.py",
    "offline/templates/",
    "offline/templatetags/",
    "offline/views.py",
    "certificates/templates/certificates/credential_verify.html",
    "certificates/templates/certificates/includes/",
    "certificates/templates/certificates/my_certificates.html",
    "certificates/templates/certificates/too_many.html",
    "certificates/templates/certificates/verify.html",
    "certificates/templates/certificates/verify_lookup.html",
    "certificates/templates/certificates/verify_unknown.html",
    "certificates/templates/certificates/pdf/",
    "certificates/rendering.py",
    "certificates/validity.py",
    "certificates/views.py",
    "training/templates/training/includes/",
    "training/templates/training/my_required_training.html",
    "training/views.py",
    "workshops/services.py",
    "workshops/templates/workshops/workshop_page.html",
    "packages/templates/packages/includes/",
    "packages/templates/packages/package_lesson_page.html",
    "packages/templates/packages/player.html",
    "packages/templates/packages/runner.html",
)


def official_codes() -> list[str]:
    return [code for code, _name in settings.OFFICIAL_LANGUAGES]


def learner_codes() -> list[str]:
    return [code for code, _name in settings.LEARNER_LANGUAGES]


def is_official(language: str | None = None) -> bool:
    """Whether ``language`` (the active one when not given) is English or French."""
    return (language or get_language() or settings.LANGUAGE_CODE) in official_codes()


def official_language(language: str | None = None) -> str:
    """The official language to use for ``language``: itself when it is one, else English."""
    language = language or get_language() or settings.LANGUAGE_CODE
    return language if language in official_codes() else settings.LANGUAGE_CODE


def is_learner_source(path: str) -> bool:
    return path.startswith(LEARNER_SOURCES)
