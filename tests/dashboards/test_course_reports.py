"""Course reports: a trainer reads every learner's figures for a course (started,
completed, passed, median time to complete, drop-off by step); a manager reads the same
figures over their own units only; nobody else reads them at all."""

import csv
import io
import re
import uuid
from datetime import date, timedelta

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from courses.models import CourseCompletion, CoursePage, CourseRegistration
from courses.services import lesson_complete, registration_current
from dashboards import projections
from dashboards.access import scope_for
from dashboards.courses import (
    course_report_for,
    course_steps_table,
    duration_display,
    median_seconds_to_complete,
)
from dashboards.models import CourseRecord
from quizzes.selectors import attempt_document
from quizzes.services import attempt_start, attempt_submit
from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import quiz_page
from tests.training.helpers import at

pytestmark = pytest.mark.django_db

DAY = date(2026, 3, 2)
TWO_HOURS_FIVE = 2 * 3600 + 5 * 60


def pass_assessment(learner, course, quiz):
    attempt = attempt_start(
        user=learner,
        quiz=quiz,
        language="en",
        registration=registration_current(user=learner, course=course),
        course_key=course.translation_key,
    )
    (question,) = attempt_document(attempt=attempt)["questions"]
    right = next(choice["id"] for choice in question["choices"] if choice["text"] == "Yes")
    return attempt_submit(attempt=attempt, answers={"1": right}, submission_key="k")


def finish(learner, course, lessons, quiz, *, seconds: int):
    """Every lesson, then the assessment passed, then the completion moved so that it
    took ``seconds`` from the start."""
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson, language="en")
    assert pass_assessment(learner, course, quiz).passed
    registration = CourseRegistration.objects.get(user=learner, course_key=course.translation_key)
    CourseRegistration.objects.filter(pk=registration.pk).update(started_at=at(DAY, 9))
    completion = CourseCompletion.objects.get(user=learner, course_key=course.translation_key)
    CourseCompletion.objects.filter(pk=completion.pk).update(
        completed_at=at(DAY, 9) + timedelta(seconds=seconds)
    )
    projections.records_refresh(user_ids=[learner.pk])


@pytest.fixture
def assessed(units):
    """A course of two lessons and a final check. In Pacific, one learner finished and
    passed in 2 h 5 min and one stopped after the first lesson; in the police, one learner
    finished in 10 min."""
    course, lessons = factories.course(
        "Border basics", lessons=2, completion_rule=CoursePage.COMPLETION_LESSONS_AND_ASSESSMENT
    )
    question = quiz_factories.question(choices=[("Yes", True), ("No", False)])
    quiz = quiz_factories.quiz("Border quiz", questions=[question])
    quiz_page(course, quiz, title="Final check")
    done = factories.learner(units["yvr"])
    stopped = factories.learner(units["douglas"])
    outsider = factories.learner(units["police"])
    finish(done, course, lessons, quiz, seconds=TWO_HOURS_FIVE)
    lesson_complete(user=stopped, lesson=lessons[0], language="en")
    finish(outsider, course, lessons, quiz, seconds=600)
    return course, quiz


def report_url(course, suffix="/"):
    key = course.translation_key if hasattr(course, "translation_key") else course
    return f"/en/dashboard/courses/{key}{suffix}"


# --- figures -------------------------------------------------------------------------------


def test_a_manager_reads_the_figures_of_their_units_only(units, assessed):
    course, _quiz = assessed
    manager = factories.manager(units["region"])

    report = course_report_for(scope=scope_for(manager), course=course)

    assert (report.figures.started, report.figures.completed, report.figures.passed) == (2, 1, 1)
    assert report.figures.completion_percent == 50
    assert report.median_seconds == TWO_HOURS_FIVE
    assert report.median_display == "2 h 5 min"
    steps = [(step.title, step.kind, step.completed, step.share) for step in report.steps]
    assert steps == [
        ("Lesson 1", "lesson", 2, 100),
        ("Lesson 2", "lesson", 1, 50),
        ("Final check", "assessment", 1, 50),
    ]
    drop = report.biggest_drop
    assert (drop.before, drop.after, drop.learners, drop.share) == ("Lesson 1", "Lesson 2", 1, 50)


def test_a_trainer_reads_the_figures_of_every_learner(assessed):
    course, _quiz = assessed
    trainer = factories.trainer()

    report = course_report_for(scope=scope_for(trainer), course=course)

    assert (report.figures.started, report.figures.completed, report.figures.passed) == (3, 2, 2)
    # 600 s and 7,500 s: the median of two is their mean.
    assert report.median_seconds == (600 + TWO_HOURS_FIVE) // 2
    assert [step.completed for step in report.steps] == [3, 2, 2]


def test_the_report_page_shows_figures_drop_off_and_its_sentence(client, units, assessed):
    course, _quiz = assessed
    client.force_login(factories.manager(units["region"]))

    response = client.get(report_url(course))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Course report: Border basics" in html
    assert 'data-figure="started">2<' in html
    assert 'data-figure="completed">1<' in html
    assert 'data-figure="passed">1<' in html
    assert 'data-figure="rate">50%<' in html
    assert 'data-figure="median">2 h 5 min<' in html
    assert (
        "The biggest drop-off is between “Lesson 1” and “Lesson 2”: 1 learner did not go on "
        "(50% of those who started)." in html
    )
    assert "Of 2 learners who started, 1 completed the course." in html
    assert 'id="course-drop-off-chart"' in html
    assert html.count("data-live-region") >= 2
    assert "Figures count only the learners in your units." in html


def test_a_learner_outside_the_managers_units_does_not_change_their_figures(
    client, units, assessed
):
    course, quiz = assessed
    manager = factories.manager(units["region"])
    before = course_report_for(scope=scope_for(manager), course=course)
    newcomer = factories.learner(units["police"])
    lesson_complete(user=newcomer, lesson=course.lessons().first(), language="en")

    after = course_report_for(scope=scope_for(manager), course=course)

    assert after.figures == before.figures
    assert after.steps == before.steps
    assert after.median_seconds == before.median_seconds


def test_the_course_list_counts_each_course_in_scope_and_links_to_its_report(
    client, units, assessed
):
    course, _quiz = assessed
    factories.course("Unstarted course", lessons=1)
    client.force_login(factories.manager(units["region"]))

    html = client.get("/en/dashboard/courses/").content.decode()

    assert f'<a href="{report_url(course)}">Border basics</a>' in html
    row = html.split("Border basics</a>", 1)[1].split("</tr>", 1)[0]
    cells = re.findall(r'<td class="number"[^>]*>(.*?)</td>', row)
    assert cells == ["2", "1", "1", "50%"]
    unstarted = html.split("Unstarted course</a>", 1)[1].split("</tr>", 1)[0]
    assert "No learner yet" in unstarted


def test_on_a_phone_each_figure_of_the_course_list_is_named_by_its_column(client, assessed):
    course, _quiz = assessed
    client.force_login(factories.trainer())

    french = client.get("/fr/tableau-de-bord/cours/").content.decode()

    # Stacked on a phone, a row's figures lose their column headings: each names its own.
    assert 'class="data-table stacked-table" id="course-list-table"' in french
    row = french.split("Border basics (FR)</a>", 1)[1].split("</tr>", 1)[0]
    labels = re.findall(r'<td class="number" data-label="([^"]+)">', row)
    assert labels == ["Commencé", "Terminé", "Réussi", "Terminé parmi ceux qui ont commencé"]


def test_the_course_list_shows_each_course_once_in_the_request_language(client, assessed):
    course, _quiz = assessed
    client.force_login(factories.trainer())

    french = client.get("/fr/tableau-de-bord/cours/").content.decode()

    assert "Border basics (FR)" in french
    assert ">Border basics<" not in french
    assert french.count(str(course.translation_key)) == 1


def test_the_french_report_names_the_french_lessons(client, assessed):
    course, _quiz = assessed
    client.force_login(factories.trainer())

    response = client.get(f"/fr/tableau-de-bord/cours/{course.translation_key}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Border basics (FR)" in html and "Leçon 1" in html


def test_a_trainer_gets_a_link_to_the_item_analysis_and_a_manager_does_not(client, units, assessed):
    course, quiz = assessed
    link = reverse("quizzes_item_analysis:quiz", args=[quiz.translation_key])

    client.force_login(factories.trainer())
    assert f'href="{link}"' in client.get(report_url(course)).content.decode()

    client.force_login(factories.manager(units["region"]))
    assert f'href="{link}"' not in client.get(report_url(course)).content.decode()


def test_a_course_nobody_started_says_so(client):
    course, _lessons = factories.course("Quiet course", lessons=2)
    client.force_login(factories.trainer())

    html = client.get(report_url(course)).content.decode()

    assert 'data-figure="started">0<' in html
    assert "No learner has started this course yet." in html
    assert "No completion yet" in html


# --- export ------------------------------------------------------------------------------


def test_the_csv_export_is_the_drop_off_table_on_screen(client, units, assessed):
    course, _quiz = assessed
    manager = factories.manager(units["region"])
    client.force_login(manager)

    response = client.get(report_url(course, ".csv"))

    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    table = course_steps_table(report=course_report_for(scope=scope_for(manager), course=course))
    assert rows[0] == table.header()
    assert rows[1:] == [[str(value) for value in table.values(row)] for row in table.rows]
    assert rows[1:] == [
        ["1", "Lesson 1", "Lesson", "2", "100"],
        ["2", "Lesson 2", "Lesson", "1", "50"],
        ["3", "Final check", "Assessment", "1", "50"],
    ]
    html = client.get(report_url(course)).content.decode()
    for label in rows[0]:
        assert f'<th scope="col">{label}</th>' in html


def test_the_xlsx_export_holds_the_same_rows(client, units, assessed):
    course, _quiz = assessed
    client.force_login(factories.manager(units["region"]))

    response = client.get(report_url(course, ".xlsx"))

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == [
        "Step",
        "Title",
        "Kind",
        "Learners who completed it",
        "Share of learners who started",
    ]
    assert values[1:] == [
        [1, "Lesson 1", "Lesson", 2, 1],
        [2, "Lesson 2", "Lesson", 1, 0.5],
        [3, "Final check", "Assessment", 1, 0.5],
    ]


# --- who may read what ---------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["/", ".csv", ".xlsx"])
def test_a_learner_is_refused_a_course_report(client, units, assessed, suffix):
    course, _quiz = assessed
    client.force_login(factories.learner(units["yvr"]))
    assert client.get(report_url(course, suffix)).status_code == 403
    assert client.get("/en/dashboard/courses/").status_code == 403


@pytest.mark.parametrize("suffix", ["/", ".csv"])
def test_an_anonymous_visitor_is_sent_to_sign_in(client, assessed, suffix):
    course, _quiz = assessed
    for url in (report_url(course, suffix), "/en/dashboard/courses/"):
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("suffix", ["/", ".csv", ".xlsx"])
def test_an_unknown_or_forged_course_key_is_not_found(client, units, assessed, suffix):
    course, quiz = assessed
    client.force_login(factories.manager(units["region"]))
    lesson = course.lessons().first()
    for key in (uuid.uuid4(), lesson.translation_key, quiz.translation_key):
        assert client.get(report_url(key, suffix)).status_code == 404
    assert client.get(f"/en/dashboard/courses/not-a-key{suffix}").status_code == 404


def test_a_course_unpublished_in_every_language_is_not_found(client, assessed):
    course, _quiz = assessed
    for page in course.get_translations(inclusive=True):
        page.unpublish()
    client.force_login(factories.trainer())
    assert client.get(report_url(course)).status_code == 404


# --- plain calculations ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (20, "less than 1 min"),
        (35 * 60, "35 min"),
        (TWO_HOURS_FIVE, "2 h 5 min"),
        (3 * 3600, "3 h"),
        (28 * 3600 + 10 * 60, "1 d 4 h"),
        (None, ""),
    ],
)
def test_durations_are_shown_as_people_say_them(seconds, shown):
    assert duration_display(seconds) == shown


@pytest.mark.parametrize(
    ("durations", "median"),
    [([300, 60, 6000], 300), ([6000, 60, 600, 120], 360), ([], None)],
)
def test_median_is_read_from_the_middle_of_the_durations(units, durations, median):
    key = uuid.uuid4()
    for seconds in durations:
        CourseRecord.objects.create(
            user=factories.learner(units["yvr"]),
            org_unit=units["yvr"],
            course_key=key,
            seconds_to_complete=seconds,
        )
    CourseRecord.objects.create(
        user=factories.learner(units["yvr"]), org_unit=units["yvr"], course_key=key
    )
    assert median_seconds_to_complete(CourseRecord.objects.filter(course_key=key)) == median


# --- in a browser ----------------------------------------------------------------------


@pytest.mark.e2e
@requires_chromium
class CourseReportsInBrowser(BrowserTestCase):
    def test_a_manager_reads_prints_and_checks_the_course_reports_in_both_languages(self):
        from playwright.sync_api import expect

        first, second = self.lessons
        lesson_complete(user=self.learner, lesson=first, language="en")
        self.start_browser()
        page = self.sign_in(self.manager)

        for language in ("en", "fr"):
            page.goto(f"{self.live_server_url}/{language}/dashboard/courses/")
            self.check_accessibility(page)
        page.goto(f"{self.live_server_url}/en/dashboard/courses/")
        page.get_by_role("link", name="Trafficking awareness").click()
        expect(page.locator("h1")).to_have_text("Course report: Trafficking awareness")
        expect(page.locator('[data-figure="started"]')).to_have_text("1")
        table = page.get_by_role(
            "table", name="Learners who completed each step of Trafficking awareness"
        )
        expect(table.locator("tbody tr")).to_have_count(2)
        self.check_accessibility(page)
        page.goto(f"{self.live_server_url}/fr/tableau-de-bord/cours/{self.course.translation_key}/")
        self.check_accessibility(page)
        page.goto(f"{self.live_server_url}/en/dashboard/courses/{self.course.translation_key}/")

        # The button opens the print dialog (stubbed: a headless browser has none).
        page.evaluate("window.print = () => { window.printed = true; }")
        page.get_by_role("button", name="Print this report").click()
        assert page.evaluate("window.printed") is True

        # On paper: no navigation, buttons or exports; the chart's data table is shown.
        page.emulate_media(media="print")
        expect(page.get_by_role("button", name="Print this report")).to_be_hidden()
        expect(page.locator(".dashboard-nav")).to_be_hidden()
        expect(page.locator(".export-links")).to_be_hidden()
        expect(page.locator("#live-status")).to_be_hidden()
        expect(page.locator(".chart-data table")).to_be_visible()
        expect(table).to_be_visible()

        assert self.violations == []
