"""The quiz page on a phone and the review of an attempt, in a real browser.

- On a 390 px phone, the past attempts table stacks each attempt into a block whose
  cells are named by their column, so every cell (the result included) is on the screen.
- In the review, a partly correct answer has a look of its own (the warning amber),
  not the red of a wrong answer; each verdict has a bar and a marker of its colour.

Both pages pass the accessibility check."""

import re

import pytest

from quizzes.models import Question, QuizAttempt
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learner_flow_edges import NARROW, WIDE, EdgesBrowserTestCase
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import quiz_page
from tests.quizzes.test_passed_quiz_page import take

# Every cell of the past attempts table that reaches out of the screen, and how wide the
# page is compared with the screen.
CELLS_OUT_OF_VIEW = """() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  document.querySelectorAll('.quiz-attempts-table th, .quiz-attempts-table td').forEach((cell) => {
    const box = cell.getBoundingClientRect();
    if (box.width && (box.left < 0 || box.right > width + 0.5)) {
      out.push(`${cell.textContent.trim()}: ${box.left}-${box.right} of ${width}`);
    }
  });
  return {out, scrollWidth: document.documentElement.scrollWidth, width};
}"""


def documents_question():
    return quiz_factories.question(
        Question.Kind.MULTIPLE_RESPONSE,
        stem="<p>Which documents prove identity?</p>",
        choices=[("Passport", True), ("Visa", True), ("Permit", True), ("Library card", False)],
        partial_credit="proportional",
    )


@pytest.mark.e2e
@requires_chromium
class PastAttemptsOnAPhone(EdgesBrowserTestCase):
    def setUp(self):
        super().setUp()
        questions = [documents_question(), quiz_factories.question(stem="<p>Ask more?</p>")]
        quiz = quiz_factories.quiz(title="Final check", questions=questions, attempts_allowed=3)
        self.page = quiz_page(self.course, quiz, title="Final check")
        take(self.learner, self.course, quiz, right_positions={1, 2}, key="one")
        late = take(self.learner, self.course, quiz, right_positions=set(), key="two")
        QuizAttempt.objects.filter(pk=late.pk).update(
            status=QuizAttempt.Status.LATE, late_reason=QuizAttempt.LateReason.WINDOW
        )

    def test_every_cell_of_the_past_attempts_is_on_the_screen(self):
        from playwright.sync_api import expect

        self.start_browser()
        page = self.sign_in_at(self.learner, NARROW)
        page.goto(self.live_server_url + self.page.url)
        table = page.locator(".quiz-attempts-table")
        expect(table.locator("tbody tr")).to_have_count(2)
        layout = page.evaluate(CELLS_OUT_OF_VIEW)
        assert layout["out"] == [], layout
        assert layout["scrollWidth"] <= layout["width"], layout
        # Each cell is named by its column, since the column headings are not shown.
        result = table.locator("tbody tr").nth(1).locator("td").last
        expect(result).to_contain_text("submitted late")
        label = result.evaluate("(cell) => getComputedStyle(cell, '::before').content")
        assert label == '"Result"'
        heading = table.locator("tbody th").first
        label = heading.evaluate("(cell) => getComputedStyle(cell, '::before').content")
        assert label.startswith('"Attempt')
        self.check_accessibility(page)
        assert self.violations == [], "\n".join(self.violations)


@pytest.mark.e2e
@requires_chromium
class PartlyCorrectInTheReview(EdgesBrowserTestCase):
    def setUp(self):
        super().setUp()
        questions = [
            documents_question(),
            quiz_factories.question(
                stem="<p>Ask more?</p>", choices=[("Yes", True), ("No", False)]
            ),
        ]
        quiz = quiz_factories.quiz(title="Final check", questions=questions, pass_mark="0.10")
        self.page = quiz_page(self.course, quiz, title="Final check")

    def test_a_partly_correct_answer_is_not_marked_as_wrong(self):
        from playwright.sync_api import expect

        self.start_browser()
        page = self.sign_in_at(self.learner, WIDE)
        page.goto(self.live_server_url + self.page.url)
        page.get_by_role("button", name="Start the quiz").click()
        runner = page.locator("[data-quiz-runner]")
        questions = runner.locator(".quiz-question")
        questions.nth(0).get_by_role("checkbox", name="Passport").check()
        questions.nth(1).get_by_role("radio", name="No").check()
        runner.locator("button[type=submit]").click()

        verdicts = page.locator(".quiz-result .quiz-verdict")
        expect(verdicts).to_have_count(2)
        partial, wrong = verdicts.nth(0), verdicts.nth(1)
        expect(partial).to_have_text(re.compile(r"^Partly correct\."))
        expect(partial).to_have_class(re.compile(r"\bis-partial\b"))
        expect(partial).not_to_have_class(re.compile(r"\bis-incorrect\b"))
        expect(wrong).to_have_text(re.compile(r"^Incorrect\."))
        expect(wrong).to_have_class(re.compile(r"\bis-incorrect\b"))
        # Amber text with its own marker, not the red of a wrong answer.
        expect(partial).to_have_css("color", "rgb(122, 59, 0)")
        expect(wrong).to_have_css("color", "rgb(139, 15, 4)")
        marker = partial.evaluate("(verdict) => getComputedStyle(verdict, '::before').content")
        assert marker not in ("none", "normal", "")
        # A wrong answer is marked the same way in its own red: a bar and a marker of its
        # own, so the partly correct one does not stand out more than a wrong one.
        expect(partial).to_have_css("border-left-color", "rgb(179, 89, 10)")
        expect(wrong).to_have_css("border-left-color", "rgb(139, 15, 4)")
        expect(wrong).to_have_css("border-left-width", "4px")
        cross = wrong.evaluate("(verdict) => getComputedStyle(verdict, '::before').content")
        assert cross not in ("none", "normal", "", marker)
        self.check_accessibility(page)
        assert self.violations == [], "\n".join(self.violations)
