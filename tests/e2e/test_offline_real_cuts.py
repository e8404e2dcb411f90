"""Offline when the network lies: the learner's device stays on its network (the browser
says it is online) while the platform is out of reach, three ways, each a real peer on the
platform's address (``tests/e2e/cuts.py``): the server stopped (connections refused), the
server hanging (a socket that accepts and never answers), and a captive portal answering
every request with its own page. Under each, the learner takes a kept course to its end,
final assessment included; nothing is lost, and once the server is back, without a reload
or a click, everything reaches it exactly once."""

import pytest
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CourseCompletion, LessonProgress
from lrs.models import Statement
from quizzes.models import QuizAttempt
from tests.e2e.browser import requires_chromium, serious_violations
from tests.e2e.cuts import ServerCuts
from tests.e2e.test_offline_in_browser import OfflineBrowserTestCase, user_statement_filter

# Long enough for a delivery retried with backoff after a cut of a minute or two.
DELIVERED_WITHIN = 120_000
SLOW = 60_000


class RealCutTestCase(ServerCuts, OfflineBrowserTestCase):
    def banner(self, page):
        return page.locator("[data-offline-status]")

    def take_course_during_cut(self, page):
        """Both lessons and the final quiz from the kept copy, the platform out of reach."""
        from playwright.sync_api import expect

        first, second = self.offline_lessons
        page.goto(self.url(second.url))
        expect(page.locator("[data-offline-lock]")).to_contain_text("Lesson 1", timeout=SLOW)
        for lesson in (first, second):
            page.goto(self.url(lesson.url))
            expect(page.locator("h1")).to_have_text(lesson.title, timeout=SLOW)
            page.get_by_role("button", name="Complete the lesson and continue").click()
            expect(page.locator("#lesson-status")).to_contain_text(
                "Completed on this device", timeout=SLOW
            )
        expect(self.banner(page)).to_contain_text(
            "The platform cannot be reached from this device right now", timeout=SLOW
        )
        expect(self.banner(page)).to_contain_text("records are waiting to be sent")
        self.violations += serious_violations(page)

        page.goto(self.url(self.quiz_page.url))
        expect(page.locator("h1")).to_have_text("Final check", timeout=SLOW)
        page.locator("[data-quiz-start]").click()
        question = page.locator(".quiz-question").first
        question.get_by_role("radio", name="Yes").check(timeout=SLOW)
        page.get_by_role("button", name="Submit my answers").click()
        expect(page.locator("#quiz-result-heading")).to_have_text(
            "Answers kept until you are back online", timeout=SLOW
        )
        expect(self.banner(page)).to_contain_text("5 records are waiting to be sent")
        self.violations += serious_violations(page)

    def statements_before_the_cut(self):
        self.before_the_cut = set(
            Statement.objects.filter(user_statement_filter(self.learner)).values_list(
                "id", flat=True
            )
        )

    def nothing_reached_the_server(self, attempt):
        assert not LessonProgress.objects.filter(user=self.learner).exists()
        assert QuizAttempt.objects.get(pk=attempt.pk).status == "in_progress"
        now = set(
            Statement.objects.filter(user_statement_filter(self.learner)).values_list(
                "id", flat=True
            )
        )
        assert now == self.before_the_cut

    def everything_reached_the_server_once(self, attempt, *, cut_from, cut_to):
        lessons = LessonProgress.objects.filter(user=self.learner)
        assert sorted(p.lesson_key for p in lessons) == sorted(
            lesson.translation_key for lesson in self.offline_lessons
        )
        attempt.refresh_from_db()
        assert (attempt.status, attempt.passed) == ("submitted", True)
        assert QuizAttempt.objects.filter(user=self.learner).count() == 1
        assert CourseCompletion.objects.filter(
            user=self.learner, course_key=self.offline_course.translation_key
        ).exists()
        assert (
            Certificate.objects.filter(
                user=self.learner, course_key=self.offline_course.translation_key
            ).count()
            == 1
        )
        mine = Statement.objects.filter(user_statement_filter(self.learner))
        for lesson in self.offline_lessons:
            about = mine.filter(object_iri__contains=str(lesson.translation_key))
            assert about.filter(verb_iri__endswith="/completed").count() == 1
            opened = about.filter(verb_iri__endswith="/experienced")
            # Opened during the cut: recorded on the device, with the time it was opened.
            assert opened.count() == 1
            assert cut_from <= opened.get().timestamp <= cut_to

    def back_and_delivered(self, context, page, attempt, cut_from):
        """Nothing reached the server during the cut; once it is back, everything does,
        once, with no reload, navigation or click."""
        self.nothing_reached_the_server(attempt)
        cut_to = timezone.now()
        self.server_back()
        self.wait_for_delivery(page)
        context.close()
        self.everything_reached_the_server_once(attempt, cut_from=cut_from, cut_to=cut_to)
        assert self.violations == [], "\n".join(self.violations)

    def kept_then_cut(self, cut):
        """The learner keeps the course on the device; then ``cut`` happens."""
        directory, context, page = self.open_profile()
        self.sign_in_on(page, self.learner)
        self.make_available_offline(page)
        attempt = QuizAttempt.objects.get(user=self.learner)
        self.statements_before_the_cut()
        cut_from = timezone.now()
        cut()
        return directory, context, page, attempt, cut_from

    def whole_course_through(self, cut, *, first=None):
        """The learner keeps the course, ``cut`` happens, ``first(page)`` if given, the
        learner takes the whole course from the kept copy; the server comes back."""
        directory, context, page, attempt, cut_from = self.kept_then_cut(cut)
        if first is not None:
            first(page)
        page.goto(self.url(self.offline_course.url))
        self.take_course_during_cut(page)
        self.back_and_delivered(context, page, attempt, cut_from)

    def wait_for_delivery(self, page):
        """No reload, no navigation, no click: the page sends on its own."""
        from playwright.sync_api import expect

        expect(self.banner(page)).to_be_hidden(timeout=DELIVERED_WITHIN)


@pytest.mark.e2e
@requires_chromium
class ServerStopped(RealCutTestCase):
    def test_the_whole_course_survives_a_stopped_server_and_a_browser_restart(self):
        from playwright.sync_api import expect

        directory, context, page, attempt, cut_from = self.kept_then_cut(self.server_stop)
        assert page.evaluate("navigator.onLine") is True

        # A page not kept on the device (My learning is, with the course): the offline
        # page knows the learner and what is kept, built on the device.
        page.goto(self.url("/en/certificates/"))
        expect(page.locator("h1")).to_have_text("This page is not on this device")
        expect(page.locator("[data-offline-who]")).to_contain_text("Alex Martin")
        expect(page.locator("[data-offline-sign-in]")).to_be_hidden()
        downloads = page.locator("[data-offline-downloads-list]")
        expect(downloads).to_contain_text("Forced labour signs")
        expect(page.locator("[data-offline-downloads-empty]")).to_be_hidden()
        self.violations += serious_violations(page)

        # The kept course is still there after that page.
        downloads.get_by_role("link", name="Forced labour signs").click()
        expect(page.locator("h1")).to_have_text("Forced labour signs")
        self.take_course_during_cut(page)
        self.nothing_reached_the_server(attempt)

        # "Send them now" says what happened.
        page.get_by_role("button", name="Send them now").click()
        expect(self.banner(page)).to_contain_text("Nothing could be sent")
        expect(self.banner(page)).to_contain_text("Next try in")
        context.close()

        # The browser is closed and opened again, the server still down: the kept course
        # opens, and the records are still there.
        directory, context, page = self.open_profile(directory)
        page.goto(self.url(self.offline_course.url))
        expect(page.locator("h1")).to_have_text("Forced labour signs")
        expect(self.banner(page)).to_contain_text("5 records are waiting to be sent")
        expect(self.banner(page)).to_contain_text("cannot be reached")
        self.back_and_delivered(context, page, attempt, cut_from)


@pytest.mark.e2e
@requires_chromium
class ServerHanging(RealCutTestCase):
    def test_the_whole_course_survives_a_server_that_never_answers(self):
        self.whole_course_through(self.server_hang)


@pytest.mark.e2e
@requires_chromium
class CaptivePortal(RealCutTestCase):
    def test_the_whole_course_survives_a_captive_portal(self):
        from playwright.sync_api import expect

        def first(page):
            # A kept page (My learning, kept with the course): the kept copy, never the
            # portal's answer. A page not kept: the portal's own page, which the learner
            # may need to get online.
            page.goto(self.url("/en/my-learning/"))
            expect(page.locator("h1")).to_have_text("My learning")
            page.goto(self.url("/en/certificates/"))
            expect(page.locator("h1")).to_have_text("Welcome to the terminal Wi-Fi")

        self.whole_course_through(self.captive_portal, first=first)
