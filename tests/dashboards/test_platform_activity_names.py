"""A manager reads the platform's own activities (courses, lessons, quizzes, questions) by
the names the platform's content gives them in the page's language, even when the learner
did them only in another language and the LRS knows no name in the page's language."""

import html
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.blocks import StreamValue

from courses.models import CoursePage, LessonPage
from courses.services import registration_current
from dashboards.activity_names import platform_activity_names
from lrs.definitions import activity_names
from quizzes.selectors import attempt_document
from quizzes.services import attempt_start, attempt_submit
from tests import factories
from tests.courses.test_blocks import KNOWLEDGE_CHECK, SCENARIO
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import quiz_page
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db

STEM = "Must a traveller declare goods bought abroad?"
FRENCH_STEM = "Un voyageur doit-il déclarer les biens achetés à l'étranger?"
FRENCH_CHECK = {
    **KNOWLEDGE_CHECK,
    "question": "Une victime de la traite doit-elle avoir franchi une frontière?",
}


def statement_activities(client, manager, learner, language="en") -> list[str]:
    client.force_login(manager)
    with translation.override(language):
        address = reverse("dashboards:learner", kwargs={"user_uuid": learner.uuid})
    page = client.get(address).content.decode()
    table = re.search(r'<table[^>]*id="learner-statements".*?</table>', page, re.S).group(0)
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)[2] for row in rows]
    return [" ".join(html.unescape(re.sub(r"<[^>]+>", " ", cell)).split()) for cell in cells]


@pytest.fixture
def quiz_in_french(units):
    """A course with a one-question quiz, in English and French; a learner who took the
    quiz only in French."""
    course, _ = factories.course(
        "Border basics", lessons=0, completion_rule=CoursePage.COMPLETION_LESSONS_AND_ASSESSMENT
    )
    question = quiz_factories.question(
        stem=f"<p>{STEM}</p>", choices=[("Yes", True), ("No", False)]
    )
    quiz = quiz_factories.quiz("Border quiz", questions=[question])
    quiz_page(course, quiz, title="Final check")
    quiz_factories.translate(question.bank)
    quiz_factories.translate(question, {STEM: FRENCH_STEM, "Yes": "Oui", "No": "Non"})
    french_quiz = quiz_factories.translate(quiz, {"Border quiz": "Questionnaire frontalier"})
    learner = factories.learner(units["yvr"], first_name="Alex", last_name="Martin")
    attempt = attempt_start(
        user=learner,
        quiz=french_quiz,
        language="fr",
        registration=registration_current(user=learner, course=course),
        course_key=course.translation_key,
    )
    (served,) = attempt_document(attempt=attempt)["questions"]
    right = next(choice["id"] for choice in served["choices"] if choice["text"] == "Oui")
    assert attempt_submit(attempt=attempt, answers={"1": right}, submission_key="k").passed
    return {"learner": learner, "question": question, "quiz": quiz, "course": course}


def test_a_question_answered_only_in_french_is_named_in_english_on_the_english_page(
    client, units, quiz_in_french
):
    question_iri = v.quiz_question_iri(
        v.activity_iri("quiz", str(quiz_in_french["quiz"].translation_key)),
        str(quiz_in_french["question"].translation_key),
    )
    # The LRS itself only knows the French wording.
    assert activity_names(iris=[question_iri])[question_iri] == {"fr-CA": FRENCH_STEM}

    manager = factories.manager(units["region"])
    english = statement_activities(client, manager, quiz_in_french["learner"])
    assert STEM in english
    assert FRENCH_STEM not in english
    assert "Border quiz" in english
    assert not [name for name in english if name.startswith("http")]

    french = statement_activities(client, manager, quiz_in_french["learner"], language="fr")
    assert FRENCH_STEM in french
    assert "Questionnaire frontalier" in french


def test_a_lesson_question_answered_in_french_is_named_in_english(client, units):
    course, _ = factories.course(lessons=0)
    lesson = factories._publish(
        course.add_child(
            instance=LessonPage(
                title="Signs",
                slug="signs",
                body=[("knowledge_check", KNOWLEDGE_CHECK), ("scenario", SCENARIO)],
            )
        )
    )
    french = factories.translate(lesson, title="Signes", slug="signes")
    french.body = StreamValue(
        french.body.stream_block,
        [
            (
                child.block_type,
                FRENCH_CHECK if child.block_type == "knowledge_check" else child.value,
                child.id,
            )
            for child in french.body
        ],
    )
    french = factories._publish(french)
    check_id = next(child.id for child in lesson.body if child.block_type == "knowledge_check")
    learner = factories.learner(units["yvr"])
    client.force_login(learner)
    reply = client.post(
        f"{french.url}interaction/",
        data=json.dumps({"block_id": check_id, "kind": "knowledge_check", "response": [1]}),
        content_type="application/json",
    )
    assert reply.status_code == 200, reply.content

    english = statement_activities(client, factories.manager(units["region"]), learner)
    assert KNOWLEDGE_CHECK["question"] in english
    assert FRENCH_CHECK["question"] not in english


def test_platform_names_cover_courses_lessons_quizzes_and_questions(quiz_in_french):
    course = quiz_in_french["course"]
    quiz, question = quiz_in_french["quiz"], quiz_in_french["question"]
    course_iri = v.activity_iri("course", str(course.translation_key))
    quiz_iri = v.activity_iri("quiz", str(quiz.translation_key))
    question_iri = v.quiz_question_iri(quiz_iri, str(question.translation_key))
    package_iri = v.activity_iri("package", "abc") + "/sco/one"
    names = platform_activity_names(
        iris=[course_iri, quiz_iri, question_iri, package_iri, "https://example.ca/other"]
    )
    assert names[course_iri] == {"en-CA": "Border basics", "fr-CA": "Border basics (FR)"}
    assert names[quiz_iri] == {"en-CA": "Border quiz", "fr-CA": "Questionnaire frontalier"}
    assert names[question_iri] == {"en-CA": STEM, "fr-CA": FRENCH_STEM}
    assert package_iri not in names and "https://example.ca/other" not in names
