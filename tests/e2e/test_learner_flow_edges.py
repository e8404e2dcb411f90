"""The learner's path around a course's final assessment, in a real browser, in English and
in French: the assessment of a course taken in order stays closed until the lessons are
done; after the last lesson the course page's button leads to it; the result gives the
attempt counts after the attempt and partial points rounded as the language writes them;
once passed, the quiz page says so first and retaking is a secondary action. The timer of a
timed quiz has a row of its own that never shows content around it, at 1280 and 390 px
wide. Every page passes the accessibility check."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from courses.demo.loader import translate_instance
from courses.models import CoursePage
from quizzes.models import Question, QuizAttempt
from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import quiz_page

WIDE = {"width": 1280, "height": 800}
NARROW = {"width": 390, "height": 844}


def in_french(page, questions, quiz, title: str):
    """The French version of a quiz page, with its French quiz and questions."""
    french = factories.locales()[1]
    for question in questions:
        quiz_factories.translate(question.bank)
        quiz_factories.translate(question)
    quiz_factories.translate(quiz)
    return translate_instance(page, {"title": title, "slug": f"{page.slug}-fr"}, french)


class EdgesBrowserTestCase(BrowserTestCase):
    def sign_in_at(self, user, viewport, locale="en-CA"):
        context = self.browser.new_context(locale=locale, viewport=viewport)
        page = context.new_page()
        page.set_default_timeout(15000)
        page.goto(f"{self.live_server_url}/en/accounts/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", factories.PASSWORD)
        page.locator("main button[type=submit]").click()
        # Signed in (on a narrow screen the account bar sits in a closed menu).
        page.locator(".account-bar").wait_for(state="attached")
        return page


@pytest.mark.e2e
@requires_chromium
class FinalAssessmentInBrowser(EdgesBrowserTestCase):
    def setUp(self):
        super().setUp()
        self.ordered, self.ordered_lessons = factories.course(
            title="Indicators in order",
            lessons=2,
            navigation=CoursePage.NAVIGATION_SEQUENTIAL,
            completion_rule=CoursePage.COMPLETION_LESSONS_AND_ASSESSMENT,
        )
        bank = quiz_factories.bank()
        self.questions = [
            quiz_factories.question(
                Question.Kind.MULTIPLE_RESPONSE,
                bank=bank,
                stem="<p>Which documents prove identity?</p>",
                choices=[
                    ("Passport", True),
                    ("Visa", True),
                    ("Permit", True),
                    ("Library card", False),
                ],
                partial_credit="proportional",
            ),
            quiz_factories.question(bank=bank, stem="<p>Ask more questions?</p>"),
        ]
        self.quiz = quiz_factories.quiz(
            title="Final check", questions=self.questions, pass_mark="0.50", attempts_allowed=3
        )
        self.assessment = quiz_page(self.ordered, self.quiz, title="Final check")
        self.french_assessment = in_french(
            self.assessment, self.questions, self.quiz, "Vérification finale"
        )

    def answer_partly(self, page):
        """One of the three right documents (a third of the points), and the right "Yes"."""
        runner = page.locator("[data-quiz-runner]")
        questions = runner.locator(".quiz-question")
        questions.nth(0).get_by_role("checkbox").first.check()
        questions.nth(1).get_by_role("radio").first.check()
        runner.locator("button[type=submit]").click()
        return page.locator(".quiz-result")

    def test_learner_goes_from_the_closed_assessment_to_the_pass(self):
        from playwright.sync_api import expect

        url = self.live_server_url
        self.start_browser()
        page = self.sign_in_at(self.learner, WIDE)

        # Closed before the lessons: the page says why and leads to the first lesson.
        page.goto(url + self.assessment.url)
        expect(page.locator("main")).to_contain_text("This assessment is not open yet.")
        expect(page.locator("[data-quiz-start]")).to_have_count(0)
        go = page.get_by_role("link", name="Go to: Lesson 1")
        expect(go).to_have_attribute("href", self.ordered_lessons[0].url)
        self.check_accessibility(page)
        with translation.override("en"):
            start_url = reverse(
                "quizzes:attempt_start", kwargs={"quiz_key": self.quiz.translation_key}
            )
        start = page.request.post(
            url + start_url,
            data={"course": str(self.ordered.translation_key)},
            headers={"X-CSRFToken": page.evaluate("document.cookie.match(/csrftoken=([^;]+)/)[1]")},
        )
        assert start.status == 403
        assert start.json()["reason"] == "sequence"

        # The lessons, then the course page leads to the assessment.
        go.click()
        for number in (1, 2):
            expect(page.locator("h1")).to_have_text(f"Lesson {number}")
            page.get_by_role("button", name="Complete the lesson and continue").click()
            page.wait_for_load_state()
        expect(page.locator("h1")).to_have_text("Indicators in order")
        main = page.locator("main")
        expect(main).not_to_contain_text("About 0 minutes left")
        take = page.get_by_role("link", name="Take the final assessment")
        expect(take).to_be_visible()
        expect(take).to_have_class(re.compile(r"\bbutton\b"))
        self.check_accessibility(page)
        take.click()

        # The result: counts after this attempt, points rounded.
        expect(page.locator("h1")).to_have_text("Final check")
        expect(page.locator("[data-attempts-left]")).to_have_text("3")
        page.get_by_role("button", name="Start the quiz").click()
        result = self.answer_partly(page)
        expect(result.locator(".quiz-score")).to_contain_text("Passed")
        expect(result.locator(".quiz-verdict").first).to_have_text(
            re.compile(r"^Partly correct\. Points: 0\.33 / 1$")
        )
        expect(result).to_contain_text("Attempts left: 2")
        expect(page.locator("[data-attempts-used]")).to_have_text("1")
        expect(page.locator("[data-attempts-left]")).to_have_text("2")
        expect(page.locator(".quiz-attempts-table tbody tr")).to_have_count(1)
        self.check_accessibility(page)

        # Back on the quiz page: the pass comes first; retaking is secondary.
        result.get_by_role("link", name="Back to the quiz page").click()
        passed = page.locator(".quiz-passed")
        expect(passed).to_contain_text(re.compile(r"You passed on \w+ \d+, \d{4} with 66\.6%\."))
        retake = page.get_by_role("button", name="Retake the quiz")
        expect(retake).to_be_visible()
        expect(retake).to_have_class(re.compile(r"button-secondary"))
        expect(page.get_by_role("button", name="Start the quiz")).to_have_count(0)
        expect(page.locator("main")).to_contain_text("your best result counts")
        self.check_accessibility(page)

        # The course is complete: its page says so and links the certificate.
        passed.get_by_role("link", name="Back to the course").click()
        expect(page.locator("main")).to_contain_text("You have completed this course")
        certificate = page.get_by_role("link", name="View certificate")
        expect(certificate).to_be_visible()
        self.check_accessibility(page)

        # In French: the pass, then a retake with French numbers.
        page.goto(url + self.french_assessment.url)
        expect(page.locator("html")).to_have_attribute("lang", "fr")
        expect(page.locator(".quiz-passed")).to_contain_text("avec un résultat de 66,6\u00a0%.")
        self.check_accessibility(page)
        page.get_by_role("button", name="Repasser le questionnaire").click()
        result = self.answer_partly(page)
        expect(result.locator(".quiz-verdict").first).to_have_text(
            re.compile(r"partiellement correcte\. Points\s:\s0,33 / 1$")
        )
        expect(page.locator("[data-attempts-used]")).to_have_text("2")
        expect(page.locator("[data-attempts-left]")).to_have_text("1")
        expect(page.locator(".quiz-attempts-table tbody tr")).to_have_count(2)
        self.check_accessibility(page)
        assert QuizAttempt.objects.filter(passed=True).count() == 2

        assert self.violations == [], "\n".join(self.violations)


# Where the timer row sits, whether it spans the questions' column, and what is seen at
# points across it (each must be the row itself, not content showing around the badge).
TIMER_LAYOUT = """() => {
  const bar = document.querySelector('.quiz-timer-bar');
  const row = bar.getBoundingClientRect();
  const column = document.querySelector('.quiz-questions').getBoundingClientRect();
  const xs = [0.02, 0.25, 0.5, 0.75, 0.98].map((share) => column.left + share * column.width);
  const ys = [row.top + 2, row.top + row.height / 2, row.bottom - 2];
  const shown = [];
  xs.forEach((x) => ys.forEach((y) => {
    const hit = document.elementFromPoint(x, y);
    if (!bar.contains(hit)) shown.push(`${x},${y}: ${hit && hit.className}`);
  }));
  const next = bar.nextElementSibling.getBoundingClientRect();
  const heading = document.getElementById('quiz-runner-heading').getBoundingClientRect();
  return {
    top: row.top, bottom: row.bottom, left: row.left, right: row.right,
    columnLeft: column.left, columnRight: column.right,
    nextTop: next.top, headingBottom: heading.bottom, shown,
    background: getComputedStyle(bar).backgroundColor,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  };
}"""


@pytest.mark.e2e
@requires_chromium
class QuizTimerRowInBrowser(EdgesBrowserTestCase):
    def setUp(self):
        super().setUp()
        bank = quiz_factories.bank()
        questions = [
            quiz_factories.question(
                bank=bank,
                stem=f"<p>Question {number}: should the officer ask the traveller more "
                "questions about the purpose of the trip and who paid for it?</p>",
            )
            for number in range(1, 9)
        ]
        self.quiz = quiz_factories.quiz(title="Timed check", questions=questions, time_limit=20)
        self.timed = quiz_page(self.course, self.quiz, title="Timed check")

    def check_timer_row(self, page):
        from playwright.sync_api import expect

        page.goto(self.live_server_url + self.timed.url)
        page.get_by_role("button", name=re.compile("Start the quiz|Resume the quiz")).click()
        bar = page.locator(".quiz-timer-bar")
        expect(bar).to_be_visible()
        expect(page.locator(".quiz-clock")).to_have_text(re.compile(r"^\d+:\d\d$"))

        # In its place, the row takes its own room: nothing sits under it.
        page.evaluate("window.scrollTo(0, 0)")
        layout = page.evaluate(TIMER_LAYOUT)
        assert layout["top"] >= layout["headingBottom"] - 1, layout
        assert layout["bottom"] <= layout["nextTop"] + 1, layout
        assert layout["overflow"] <= 0, layout

        # Scrolled into the questions, the row stays at the top of the window, opaque and
        # as wide as the questions: what scrolls under it is hidden by the whole row.
        for question in (4, 6):
            page.locator(".quiz-question").nth(question - 1).evaluate(
                "(element) => window.scrollTo(0, window.scrollY"
                " + element.getBoundingClientRect().top - 20)"
            )
            layout = page.evaluate(TIMER_LAYOUT)
            assert abs(layout["top"]) <= 1, layout
            assert layout["left"] <= layout["columnLeft"] + 1, layout
            assert layout["right"] >= layout["columnRight"] - 1, layout
            assert layout["background"] in ("rgb(255, 255, 255)", "rgba(255, 255, 255, 1)")
            assert layout["shown"] == [], layout
            assert layout["overflow"] <= 0, layout

        # A field reached with the keyboard is never under the row.
        page.locator(".quiz-question").nth(7).get_by_role("radio").first.focus()
        for _ in range(6):
            page.keyboard.press("Shift+Tab")
            box = page.evaluate(
                "() => { const r = document.activeElement.getBoundingClientRect();"
                " return {top: r.top, row: document.querySelector('.quiz-timer-bar')"
                ".getBoundingClientRect().bottom}; }"
            )
            assert box["top"] >= box["row"] - 1, box
        self.check_accessibility(page)

    def test_the_timer_row_never_covers_the_questions_wide_or_narrow(self):
        self.start_browser()
        for viewport in (WIDE, NARROW):
            page = self.sign_in_at(self.learner, viewport)
            self.check_timer_row(page)
            page.context.close()
        assert self.violations == [], "\n".join(self.violations)
