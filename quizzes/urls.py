"""The quiz attempts API (``quizzes.api``). Mounted under ``quizzes/`` in the
language-prefixed URLs, so ``/fr/quizzes/<key>/definition/`` serves the French quiz."""

from django.urls import path

from . import api

app_name = "quizzes"

urlpatterns = [
    path("attempts/<str:attempt_id>/", api.attempt_detail, name="attempt"),
    path("attempts/<str:attempt_id>/answers/", api.attempt_answers, name="attempt_answers"),
    path("attempts/<str:attempt_id>/check/", api.attempt_check, name="attempt_check"),
    path("attempts/<str:attempt_id>/submit/", api.attempt_submit, name="attempt_submit"),
    path("<str:quiz_key>/attempts/", api.quiz_attempt_start, name="attempt_start"),
    path("<str:quiz_key>/definition/", api.quiz_definition, name="definition"),
]
