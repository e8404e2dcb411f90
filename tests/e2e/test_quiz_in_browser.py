"""A learner takes a course's quiz in a real browser with the keyboard alone: starts it,
answers one question of each kind (radios, checkboxes, selects, Move up / Move down
buttons, text and number fields), hears the time announcements, loses the network on
saving and on submitting without losing an answer, submits and sees the pass result. The
quiz page passes the accessibility check before, during and after, in English and in
French."""

import re

import pytest

from courses.demo.loader import translate_instance
from quizzes.models import Question, QuizAttempt
from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import ORDER, quiz_page

MAX_PRESSES = 80
STEM = "Should the officer ask more questions?"
FRENCH_STEM = "L'agent doit-il poser d'autres questions?"


def is_focused(page, locator) -> bool:
    return page.evaluate("(el) => document.activeElement === el", locator.element_handle())


def focus_by_keyboard(page, locator):
    """Press Tab (or Shift+Tab, when ``locator`` comes before the focus) until
    ``locator`` has the focus, as a keyboard user would."""
    target = locator.element_handle()
    forward = page.evaluate(
        """(el) => {
            const active = document.activeElement;
            if (!active || active === document.body) return true;
            return Boolean(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        }""",
        target,
    )
    for _ in range(MAX_PRESSES):
        if page.evaluate("(el) => document.activeElement === el", target):
            return
        page.keyboard.press("Tab" if forward else "Shift+Tab")
    raise AssertionError(f"could not reach {locator} with the keyboard")


def seconds_left(page) -> int:
    minutes, seconds = page.locator(".quiz-clock").text_content().split(":")
    return int(minutes) * 60 + int(seconds)


def choose_radio(page, question, label):
    """Tab into the radio group, then Space or the arrow keys to choose ``label``."""
    focus_by_keyboard(page, question.get_by_role("radio").first)
    target = question.get_by_role("radio", name=label, exact=True)
    for _ in range(10):
        if target.is_checked():
            return
        page.keyboard.press("Space" if is_focused(page, target) else "ArrowDown")
    raise AssertionError(f"could not choose {label} with the keyboard")


def choose_option(page, select, text):
    """Focus the select, then the arrow keys until ``text`` is selected."""
    focus_by_keyboard(page, select)
    for _ in range(10):
        if select.evaluate("(s) => s.options[s.selectedIndex].text") == text:
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"could not choose {text} with the keyboard")


def put_in_order(page, question, live, order):
    """Move each item up with its Move up button (Enter), until the list reads ``order``."""
    items = question.locator("[data-item] .quiz-ordering-text")
    for target_index, text in enumerate(order):
        current = items.all_text_contents().index(text)
        if current == target_index:
            continue
        focus_by_keyboard(page, question.get_by_role("button", name=f"Move up: {text}"))
        for _ in range(current - target_index):
            page.keyboard.press("Enter")
        from playwright.sync_api import expect

        expect(live).to_have_text(f"{text} is now in position {target_index + 1} of {len(order)}.")
        assert is_focused(page, question.get_by_role("button", name=f"Move up: {text}"))
    assert items.all_text_contents() == list(order)


@pytest.mark.e2e
@requires_chromium
class QuizByKeyboard(BrowserTestCase):
    def setUp(self):
        super().setUp()
        french = factories.locales()[1]
        bank = quiz_factories.bank()
        scenario = quiz_factories.scenario(
            title="At the booth", situation="<p>A traveller declares nothing.</p>"
        )
        questions = [
            quiz_factories.question(
                bank=bank,
                scenario=scenario,
                stem=f"<p>{STEM}</p>",
                choices=[("Yes", True), ("No", False)],
            ),
            quiz_factories.question(Question.Kind.MULTIPLE_RESPONSE, bank=bank),
            quiz_factories.question(Question.Kind.TRUE_FALSE, bank=bank),
            quiz_factories.question(Question.Kind.MATCHING, bank=bank),
            quiz_factories.question(Question.Kind.ORDERING, bank=bank, items=ORDER),
            quiz_factories.question(Question.Kind.SHORT_TEXT, bank=bank, accepted=["Ottawa"]),
            quiz_factories.question(Question.Kind.NUMERIC, bank=bank),
        ]
        self.quiz = quiz_factories.quiz(title="Final check", questions=questions, time_limit=10)
        quiz_factories.translate(bank)
        quiz_factories.translate(scenario)
        for question in questions:
            quiz_factories.translate(question, {STEM: FRENCH_STEM})
        quiz_factories.translate(self.quiz, {"Final check": "Vérification finale"})
        self.page = quiz_page(self.course, self.quiz, title="Final check")
        self.french_page = translate_instance(
            self.page, {"title": "Vérification finale", "slug": "verification-finale"}, french
        )

    def test_learner_takes_the_quiz_by_keyboard_and_passes(self):
        from playwright.sync_api import expect

        self.start_browser()
        page = self.sign_in(self.learner)
        page.clock.install()
        page.goto(f"{self.live_server_url}{self.page.url}")
        expect(page.locator("h1")).to_have_text("Final check")
        expect(page.locator("[data-quiz-needs-js]")).to_be_hidden()
        self.check_accessibility(page)  # before the start

        live = page.locator("[data-quiz-live]")
        focus_by_keyboard(page, page.get_by_role("button", name="Start the quiz"))
        page.keyboard.press("Enter")
        runner = page.locator("[data-quiz-runner]")
        expect(page.locator("#quiz-runner-heading")).to_be_focused()
        expect(live).to_contain_text("The quiz has started: 7 questions.")
        expect(page.locator(".quiz-timer")).to_be_visible()
        expect(page.locator(".quiz-clock")).to_have_text(re.compile(r"^(9|10):\d\d$"))
        attempt = QuizAttempt.objects.get()
        assert attempt.registration is not None
        assert attempt.course_key == self.course.translation_key

        def question(kind):
            return runner.locator(f'.quiz-question[data-kind="{kind}"]')

        # The situation is read before the question it belongs to.
        first = question("single_choice")
        expect(first.locator(".quiz-scenario")).to_contain_text("A traveller declares nothing.")
        expect(first.locator("legend")).to_have_text(STEM)

        # The network fails while saving: the answer stays, and saving again works.
        page.route("**/answers/", lambda route: route.abort())
        choose_radio(page, first, "Yes")
        save_error = runner.locator(".quiz-alert").first
        expect(save_error).to_contain_text("could not be saved")
        expect(live).to_contain_text("could not be saved")
        page.unroute("**/answers/")
        focus_by_keyboard(page, page.get_by_role("button", name="Try saving again"))
        page.keyboard.press("Enter")
        expect(page.locator(".quiz-save-status")).to_contain_text("Answers saved at")
        expect(save_error).to_be_hidden()
        assert first.get_by_role("radio", name="Yes").is_checked()

        multiple = question("multiple_response")
        for label in ("Passport", "Visa"):
            focus_by_keyboard(page, multiple.get_by_role("checkbox", name=label))
            page.keyboard.press("Space")
        choose_radio(page, question("true_false"), "True")
        matching = question("matching")
        choose_option(page, matching.get_by_label("Dog"), "Bark")
        choose_option(page, matching.get_by_label("Cat"), "Meow")
        put_in_order(page, question("ordering"), live, ORDER)
        focus_by_keyboard(page, question("short_text").get_by_label("Your answer"))
        page.keyboard.type("Ottawa")
        numeric = question("numeric").get_by_label("Your answer (a number)")
        expect(numeric).to_have_attribute("inputmode", "decimal")
        focus_by_keyboard(page, numeric)
        page.keyboard.type("42,0")
        expect(runner.locator(".quiz-progress")).to_have_text("Questions answered: 7 of 7.")
        expect(page.locator(".quiz-save-status")).to_contain_text("Answers saved at")
        self.check_accessibility(page)  # during the attempt

        # The countdown speaks at 5 minutes and at 1 minute left, not every second.
        page.clock.fast_forward((seconds_left(page) - 298) * 1000)
        expect(live).to_have_text("5 minutes left.")
        page.clock.fast_forward(2 * 60 * 1000)
        expect(live).to_have_text("5 minutes left.")  # nothing said in between
        page.clock.fast_forward(2 * 60 * 1000)
        expect(live).to_have_text("1 minute left.")

        # The network fails on submitting: the submission waits in the device's outbox,
        # nothing is lost, and it is sent once (then graded) when the learner sends it.
        # (The context's route cuts the service worker's requests too.)
        page.context.route("**/submit/", lambda route: route.abort())
        focus_by_keyboard(page, page.get_by_role("button", name="Submit my answers"))
        page.keyboard.press("Enter")
        expect(page.locator("#quiz-result-heading")).to_have_text(
            "Answers kept until you are back online"
        )
        assert QuizAttempt.objects.get().status == "in_progress"
        page.context.unroute("**/submit/")
        focus_by_keyboard(page, page.get_by_role("button", name="Send them now"))
        page.keyboard.press("Enter")

        result = page.locator(".quiz-result")
        expect(page.locator("#quiz-result-heading")).to_be_focused()
        expect(result.locator(".quiz-score")).to_contain_text("Score: 100%")
        expect(result.locator(".quiz-score")).to_contain_text("Passed")
        expect(result.locator(".quiz-feedback")).to_have_count(7)
        expect(result.locator(".quiz-verdict").first).to_contain_text("Correct.")
        expect(page.locator(".quiz-timer")).to_have_count(0)
        attempt = QuizAttempt.objects.get()
        assert (attempt.status, attempt.passed, attempt.scaled) == ("submitted", True, 1.0)
        self.check_accessibility(page)  # after: the result

        # Back on the quiz page, the attempt is in the table.
        focus_by_keyboard(page, result.get_by_role("link", name="Back to the quiz page"))
        page.keyboard.press("Enter")
        expect(page.locator(".quiz-attempts-table tbody tr")).to_have_count(1)
        expect(page.locator(".quiz-best")).to_contain_text("100%")
        self.check_accessibility(page)

        # In French: the page, then the quiz started, then its result, each checked.
        page.goto(f"{self.live_server_url}{self.french_page.url}")
        expect(page.locator("html")).to_have_attribute("lang", "fr")
        expect(page.locator("h1")).to_have_text("Vérification finale")
        self.check_accessibility(page)
        focus_by_keyboard(page, page.locator("[data-quiz-start]"))
        page.keyboard.press("Enter")
        expect(page.locator("#quiz-runner-heading")).to_be_focused()
        expect(runner.locator("legend").first).to_have_text(FRENCH_STEM)
        self.check_accessibility(page)

        # Leaving and coming back resumes the attempt with its saved answers.
        first = runner.locator(".quiz-question").first
        choose_radio(page, first, "[fr] Yes")
        expect(page.locator(".quiz-save-status")).to_contain_text(re.compile(r"\d"))
        page.reload()
        focus_by_keyboard(page, page.locator("[data-quiz-start]"))
        page.keyboard.press("Enter")
        expect(page.locator("#quiz-runner-heading")).to_be_focused()
        expect(first.get_by_role("radio", name="[fr] Yes")).to_be_checked()
        assert QuizAttempt.objects.filter(number=2).count() == 1
        # Submitting with unanswered questions asks first; the time running out does not.
        focus_by_keyboard(page, runner.locator("button[type=submit]"))
        page.keyboard.press("Enter")
        confirm = runner.locator(".quiz-alert").filter(has=page.locator("p[tabindex]"))
        expect(confirm).to_be_visible()
        expect(confirm.locator("p[tabindex]")).to_be_focused()
        assert QuizAttempt.objects.get(number=2).status == "in_progress"
        page.clock.fast_forward((seconds_left(page) + 2) * 1000)
        expect(page.locator("#quiz-result-heading")).to_be_focused()
        self.check_accessibility(page)
        french_attempt = QuizAttempt.objects.get(number=2)
        assert (french_attempt.language, french_attempt.status) == ("fr", "submitted")
        assert french_attempt.passed is False

        assert self.violations == [], "\n".join(self.violations)


@pytest.mark.e2e
@requires_chromium
class QuizSentFromAnotherTab(QuizByKeyboard):
    """A submission kept on the device is sent by another tab's delivery: the quiz's tab
    shows the result, rather than promising for ever to send answers already graded."""

    test_learner_takes_the_quiz_by_keyboard_and_passes = None

    def test_the_kept_submission_sent_by_another_tab_shows_its_result(self):
        from playwright.sync_api import expect

        self.start_browser()
        # Without the service worker, as in a browser without Background Sync (Firefox,
        # Safari): only the other tab can send the submission.
        page = self.sign_in(self.learner, service_workers="block")
        page.goto(f"{self.live_server_url}{self.page.url}")
        page.get_by_role("button", name="Start the quiz").click()
        runner = page.locator("[data-quiz-runner]")
        runner.locator('.quiz-question[data-kind="single_choice"]').get_by_role(
            "radio", name="Yes"
        ).check()
        expect(page.locator(".quiz-save-status")).to_contain_text("Answers saved at")

        # This tab cannot reach the platform to submit, now or on its later tries.
        page.route("**/submit/", lambda route: route.abort())
        page.get_by_role("button", name="Submit my answers").click()
        page.get_by_role("button", name="Submit anyway").click()
        heading = page.locator("#quiz-result-heading")
        expect(heading).to_have_text("Answers kept until you are back online")

        # Another tab of the same browser can: the page it opens delivers the outbox.
        other = page.context.new_page()
        other.goto(f"{self.live_server_url}/en/my-learning/")
        expect(other.locator("h1")).to_be_visible()

        expect(heading).to_have_text("Your result")
        expect(page.locator(".quiz-result .quiz-score")).to_contain_text("Score:")
        attempt = QuizAttempt.objects.get()
        assert attempt.status == "submitted"


@pytest.mark.e2e
@requires_chromium
class PracticeQuizWithImmediateFeedback(BrowserTestCase):
    """A practice quiz that gives its feedback after each question: the learner checks an
    answer with the keyboard, hears whether it is right, reads the feedback, and finds the
    question locked, also after leaving and coming back."""

    def setUp(self):
        super().setUp()
        questions = [
            quiz_factories.question(
                stem=f"<p>{STEM}</p>",
                choices=[("Yes", True, "Indeed: ask more."), ("No", False, "Not so.")],
                explanation="<p>Indicators call for more questions.</p>",
            ),
            quiz_factories.question(Question.Kind.SHORT_TEXT, accepted=["Ottawa"]),
        ]
        self.quiz = quiz_factories.quiz(
            title="Practice", questions=questions, graded=False, feedback_mode="immediate"
        )
        self.page = quiz_page(self.course, self.quiz, title="Practice")

    def test_learner_checks_an_answer_and_it_is_locked(self):
        from playwright.sync_api import expect

        self.start_browser()
        page = self.sign_in(self.learner)
        page.goto(f"{self.live_server_url}{self.page.url}")
        focus_by_keyboard(page, page.get_by_role("button", name="Start the quiz"))
        page.keyboard.press("Enter")
        runner = page.locator("[data-quiz-runner]")
        first = runner.locator('.quiz-question[data-kind="single_choice"]')
        live = page.locator("[data-quiz-live]")

        # Checking before answering asks for an answer first.
        focus_by_keyboard(page, first.get_by_role("button", name="Check my answer"))
        page.keyboard.press("Enter")
        expect(first.locator(".quiz-check-feedback")).to_contain_text("Answer the question")

        choose_radio(page, first, "No")
        focus_by_keyboard(page, first.get_by_role("button", name="Check my answer"))
        page.keyboard.press("Enter")
        feedback = first.get_by_role("region", name="Feedback on question 1")
        expect(feedback).to_be_focused()
        expect(feedback).to_contain_text("Incorrect.")
        expect(feedback).to_contain_text("No: Not so.")
        expect(feedback).to_contain_text("Correct answer:")
        expect(feedback).to_contain_text("Indicators call for more questions.")
        expect(live).to_contain_text("Incorrect.")
        expect(first.get_by_role("radio", name="Yes")).to_be_disabled()
        expect(first.get_by_role("button", name="Check my answer")).to_have_count(0)
        self.check_accessibility(page)
        attempt = QuizAttempt.objects.get()
        assert attempt.checked == [first.get_attribute("data-position")]

        # Coming back: the feedback is shown again and the answer stays locked.
        page.reload()
        focus_by_keyboard(page, page.locator("[data-quiz-start]"))
        page.keyboard.press("Enter")
        first = runner.locator('.quiz-question[data-kind="single_choice"]')
        expect(first.locator(".quiz-check-feedback")).to_contain_text("Incorrect.")
        expect(first.get_by_role("radio", name="No")).to_be_checked()
        expect(first.get_by_role("radio", name="Yes")).to_be_disabled()
        self.check_accessibility(page)
        assert self.violations == [], "\n".join(self.violations)
