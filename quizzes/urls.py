"""The quiz attempts API (``quizzes.api``). Mounted under ``quizzes/`` in the
language-prefixed URLs (``questionnaires/`` in French), so
``/fr/questionnaires/<key>/definition/`` serves the French quiz."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import api

app_name = "quizzes"

urlpatterns = [
    path(_("attempts/<str:attempt_id>/"), api.attempt_detail, name="attempt"),
    path(_("attempts/<str:attempt_id>/answers/"), api.attempt_answers, name="attempt_answers"),
    path(_("attempts/<str:attempt_id>/check/"), api.attempt_check, name="attempt_check"),
    path(_("attempts/<str:attempt_id>/submit/"), api.attempt_submit, name="attempt_submit"),
    path(_("<str:quiz_key>/attempts/"), api.quiz_attempt_start, name="attempt_start"),
    path("<str:quiz_key>/definition/", api.quiz_definition, name="definition"),
]
