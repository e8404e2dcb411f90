"""Offline learning in a real browser: a learner makes a course available offline, takes
all of it with the network off (lessons in sequential order, then the final assessment),
closes the browser, reopens it with the same profile, and once back online everything
reaches the server once: statements, progress, the graded attempt, the completion and
the certificate. Also: a sync cut in the middle loses and duplicates nothing; two
learners on one device never send each other's records."""

import tempfile

import pytest

from certificates.models import Certificate
from courses.models import CourseCompletion, LessonProgress
from lrs.models import Statement
from quizzes.models import QuizAttempt
from tests import factories
from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS, requires_chromium, serious_violations
from tests.e2e.test_learning_path import BrowserTestCase
from tests.quizzes import factories as quiz_factories
from tests.quizzes.attempt_helpers import quiz_page

TIMEOUT = 20000


class OfflineBrowserTestCase(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.offline_course, self.offline_lessons = factories.course(
            title="Forced labour signs",
            lessons=2,
            navigation="sequential",
            completion_rule="all_lessons_and_assessment",
        )
        question = quiz_factories.question(choices=[("Yes", True), ("No", False)])
        self.quiz = quiz_factories.quiz(
            "Final check", questions=[question], time_limit=10, pass_mark="0.8"
        )
        self.quiz_page = quiz_page(self.offline_course, self.quiz, title="Final check")
        self.profiles = []
        self.contexts = []

    def tearDown(self):
        for context in list(self.contexts):
            context.close()
        for profile in self.profiles:
            profile.cleanup()
        super().tearDown()

    def open_profile(self, directory=None, *, offline: bool = False):
        """A browser with a profile kept on disk (service worker, caches, IndexedDB).
        ``offline``: the pages have no network from the first moment, so a page the
        browser restores from the profile cannot send anything before the test says so."""
        from playwright.sync_api import sync_playwright

        if self.playwright is None:
            self.playwright = sync_playwright().start()
            self.browser = self.playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS
            )
        if directory is None:
            profile = tempfile.TemporaryDirectory()
            self.profiles.append(profile)
            directory = profile.name
        # Playwright's offline mode cuts the pages' network, not the service worker's:
        # a Background Sync event would let the worker send the outbox "offline". The
        # tests drive the pages' own sync (on load, on the online event, on demand).
        context = self.playwright.chromium.launch_persistent_context(
            directory,
            executable_path=CHROMIUM,
            args=[*CHROMIUM_ARGS, "--disable-features=BackgroundSync"],
            locale="en-CA",
            offline=offline,
        )
        context.set_default_timeout(TIMEOUT)
        # Closed at tear-down if the test did not (closing one twice would wait forever).
        self.contexts.append(context)
        context.on("close", lambda closed: self.contexts.remove(closed))
        page = context.pages[0] if context.pages else context.new_page()
        return directory, context, page

    @staticmethod
    def network_off(context):
        """Playwright's offline mode, and the service worker's network cut too: the
        emulation leaves the worker online, and its Background Sync would send the outbox
        while the pages are "offline"."""
        context.set_offline(True)
        context.route("**/*", lambda route: route.abort("internetdisconnected"))

    @staticmethod
    def network_on(context):
        context.unroute("**/*")
        context.set_offline(False)

    def sign_in_on(self, page, user):
        page.goto(f"{self.live_server_url}/en/accounts/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", factories.PASSWORD)
        page.locator("main button[type=submit]").click()
        page.locator(".account-bar").wait_for()

    def url(self, path):
        return f"{self.live_server_url}{path}"

    def make_available_offline(self, page):
        from playwright.sync_api import expect

        page.goto(self.url(self.offline_course.url))
        # The service worker installs (caching the app shell) on the first visit; the
        # page it controls is the one the learner downloads from.
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        if not page.evaluate("Boolean(navigator.serviceWorker.controller)"):
            page.reload()
        page.wait_for_function(
            "() => Boolean(navigator.serviceWorker.controller)", timeout=3 * TIMEOUT
        )
        panel = page.locator("[data-offline-course]")
        panel.get_by_role("button", name="Make available offline").click()
        expect(panel.locator("[data-offline-course-status]")).to_contain_text("needs about")
        panel.get_by_role("button", name="Download").click()
        expect(panel.locator("[data-offline-course-status]")).to_contain_text("available offline")
        expect(panel.locator("[data-offline-course-state]")).to_contain_text(
            "Available offline on this device"
        )
        self.violations += serious_violations(page)

    def waiting_text(self, page):
        return page.locator("[data-offline-status]")

    def take_course_offline(self, page):
        """Both lessons and the quiz, with the network off."""
        from playwright.sync_api import expect

        first, second = self.offline_lessons
        page.goto(self.url(second.url))
        expect(page.locator("[data-offline-lock]")).to_contain_text("Lesson 1")
        expect(page.locator(".lesson-body")).to_be_hidden()
        self.violations += serious_violations(page)

        for lesson in (first, second):
            page.goto(self.url(lesson.url))
            expect(page.locator("h1")).to_have_text(lesson.title)
            page.get_by_role("button", name="Complete the lesson and continue").click()
            expect(page.locator("#lesson-status")).to_contain_text("Completed on this device")
        expect(self.waiting_text(page)).to_contain_text("You are offline")
        expect(self.waiting_text(page)).to_contain_text("records are waiting to be sent")
        self.violations += serious_violations(page)

        page.goto(self.url(self.quiz_page.url))
        page.locator("[data-quiz-start]").click()
        question = page.locator(".quiz-question").first
        question.get_by_role("radio", name="Yes").check()
        expect(page.locator(".quiz-save-status")).to_contain_text("kept on this device")
        page.get_by_role("button", name="Submit my answers").click()
        expect(page.locator("#quiz-result-heading")).to_have_text(
            "Answers kept until you are back online"
        )
        self.violations += serious_violations(page)


@pytest.mark.e2e
@requires_chromium
class CourseTakenOffline(OfflineBrowserTestCase):
    def test_whole_course_offline_then_everything_counts_once_back_online(self):
        from playwright.sync_api import expect

        directory, context, page = self.open_profile()
        self.sign_in_on(page, self.learner)
        self.make_available_offline(page)
        attempt = QuizAttempt.objects.get(user=self.learner)
        assert attempt.prepared_offline and attempt.deadline is None

        self.network_off(context)
        self.take_course_offline(page)
        assert not LessonProgress.objects.filter(user=self.learner).exists()
        assert QuizAttempt.objects.get(pk=attempt.pk).status == "in_progress"
        context.close()

        # The same profile, reopened: still offline, the records are still there.
        directory, context, page = self.open_profile(directory, offline=True)
        self.network_off(context)
        page.goto(self.url(self.offline_course.url))
        expect(self.waiting_text(page)).to_contain_text("5 records are waiting to be sent")
        assert not LessonProgress.objects.filter(user=self.learner).exists()

        self.network_on(context)
        expect(self.waiting_text(page)).to_be_hidden(timeout=3 * TIMEOUT)
        context.close()

        lessons = LessonProgress.objects.filter(user=self.learner)
        assert lessons.count() == 2
        attempt.refresh_from_db()
        assert (attempt.status, attempt.passed) == ("submitted", True)
        completion = CourseCompletion.objects.get(
            user=self.learner, course_key=self.offline_course.translation_key
        )
        assert completion.completed_at is not None
        assert (
            Certificate.objects.filter(
                user=self.learner, course_key=self.offline_course.translation_key
            ).count()
            == 1
        )
        completed = Statement.objects.filter(verb_iri__endswith="/completed")
        assert completed.filter(object_iri__contains="/lesson/").count() == 2
        assert self.violations == [], "\n".join(self.violations)


@pytest.mark.e2e
@requires_chromium
class SyncCutInTheMiddle(OfflineBrowserTestCase):
    def test_a_sync_cut_halfway_loses_and_duplicates_nothing(self):
        from playwright.sync_api import expect

        directory, context, page = self.open_profile()
        self.sign_in_on(page, self.learner)
        self.make_available_offline(page)
        context.set_offline(True)
        first, second = self.offline_lessons
        for lesson in (first, second):
            page.goto(self.url(lesson.url))
            page.get_by_role("button", name="Complete the lesson and continue").click()
            expect(page.locator("#lesson-status")).to_contain_text("Completed on this device")

        # Back online, the connection drops after the first statement is stored.
        sent = []

        def flaky(route):
            if sent:
                route.abort()
                return
            sent.append(route.request.url)
            route.continue_()

        context.route("**/xapi/statements**", flaky)
        context.set_offline(False)
        page.goto(self.url(self.offline_course.url))
        expect(self.waiting_text(page)).to_contain_text("waiting to be sent")
        stored_once = Statement.objects.filter(user_statement_filter(self.learner)).count()
        assert stored_once >= 1

        context.unroute("**/xapi/statements**")
        page.get_by_role("button", name="Send them now").click()
        # It says what happened (sent now, or already sent by the automatic retry), then
        # the banner goes.
        expect(self.waiting_text(page)).to_contain_text("sent")
        expect(self.waiting_text(page)).to_be_hidden(timeout=3 * TIMEOUT)
        assert LessonProgress.objects.filter(user=self.learner).count() == 2
        ids = list(
            Statement.objects.filter(user_statement_filter(self.learner)).values_list(
                "id", flat=True
            )
        )
        assert len(ids) == len(set(ids))
        context.close()


def user_statement_filter(user):
    from django.db.models import Q

    return Q(actor_key__contains=str(user.uuid))


@pytest.mark.e2e
@requires_chromium
class TwoLearnersOneDevice(OfflineBrowserTestCase):
    def test_each_learner_sends_only_their_own_records(self):
        from playwright.sync_api import expect

        other = factories.learner(self.units["yvr"], first_name="Sam", last_name="Roy")
        directory, context, page = self.open_profile()
        self.sign_in_on(page, self.learner)
        self.make_available_offline(page)

        # Offline, the first learner completes a lesson; their session then ends.
        context.set_offline(True)
        first = self.offline_lessons[0]
        page.goto(self.url(first.url))
        page.get_by_role("button", name="Complete the lesson and continue").click()
        expect(page.locator("#lesson-status")).to_contain_text("Completed on this device")
        context.clear_cookies()

        # Online again, the second learner signs in on the same device.
        context.set_offline(False)
        self.sign_in_on(page, other)
        page.goto(self.url(self.offline_course.url))
        page.wait_for_function("() => window.platformOffline !== undefined")
        page.evaluate("window.platformOffline.syncNow()")
        assert not LessonProgress.objects.exists()
        assert (
            not Statement.objects.filter(user_statement_filter(self.learner))
            .filter(verb_iri__endswith="/completed")
            .exists()
        )
        # Their cached copy of the course is not served to the other learner offline.
        context.set_offline(True)
        page.goto(self.url(first.url))
        expect(page.locator("h1")).to_have_text("This page is not on this device")
        context.set_offline(False)

        # The first learner signs in again: their record goes, once.
        page.goto(self.url("/en/"))
        with page.expect_navigation():
            page.locator("form.inline-form button").click()
        expect(page.locator(".account-bar")).to_have_count(0)
        self.sign_in_on(page, self.learner)
        page.goto(self.url(self.offline_course.url))
        page.wait_for_function("() => window.platformOffline !== undefined")
        outcome = page.evaluate("window.platformOffline.syncNow()")
        assert outcome is None or outcome.get("stopped") is None, outcome
        expect(self.waiting_text(page)).to_be_hidden(timeout=3 * TIMEOUT)
        progress = LessonProgress.objects.get()
        assert progress.user == self.learner
        context.close()


@pytest.mark.e2e
@requires_chromium
class DemoCourseOffline(OfflineBrowserTestCase):
    """The border services demo course, as a learner gets it: every lesson (with its
    images, scenarios and checks) and the final assessment, network off, to the
    certificate once back online."""

    def setUp(self):
        super().setUp()
        from courses.demo.content import course_read
        from courses.demo.loader import catalogue_get_or_create, course_load, topics_get_or_create
        from organisations.models import Audience
        from quizzes.demo.content import bank_read
        from quizzes.demo.loader import assessment_page_load, bank_load

        home, _ = factories.site_home()
        topics = topics_get_or_create()
        bank = bank_read("border-services")
        content = course_read("border-services")
        for code in content.get("audiences", []):
            Audience.objects.get_or_create(code=code, defaults={"name_en": code, "name_fr": code})
        quiz = bank_load(bank, topics=topics)
        self.demo_course, self.demo_lessons = course_load(
            content,
            index=catalogue_get_or_create(home),
            audiences={a.code: a for a in Audience.objects.all()},
            topics=topics,
            assessed=True,
        )
        assessment_page_load(self.demo_course, quiz=quiz)

    def test_demo_course_from_start_to_certificate_with_the_network_off(self):
        from playwright.sync_api import expect

        from quizzes.demo.answers import demo_answers

        self.offline_course = self.demo_course
        directory, context, page = self.open_profile()
        self.sign_in_on(page, self.learner)
        self.make_available_offline(page)
        attempt = QuizAttempt.objects.get(user=self.learner)
        right = demo_answers(attempt, right_positions={e["position"] for e in attempt.questions})

        context.set_offline(True)
        for lesson in self.demo_lessons:
            page.goto(self.url(lesson.url))
            expect(page.locator("h1")).to_have_text(lesson.title)
            page.get_by_role("button", name="Complete the lesson and continue").click()
            expect(page.locator("#lesson-status")).to_contain_text("Completed on this device")
        self.violations += serious_violations(page)

        quiz = self.demo_course.assessments().first()
        page.goto(self.url(quiz.url))
        # The learner's answers, as the runner keeps them on the device while answering.
        page.evaluate(
            "([key, value]) => localStorage.setItem(key, JSON.stringify(value))",
            [f"quizzes.attempt.{attempt.pk}", {"pending": right}],
        )
        page.locator("[data-quiz-start]").click()
        expect(page.locator(".quiz-question")).to_have_count(len(attempt.questions))
        page.get_by_role("button", name="Submit my answers").click()
        expect(page.locator("#quiz-result-heading")).to_have_text(
            "Answers kept until you are back online"
        )
        assert not LessonProgress.objects.filter(user=self.learner).exists()

        context.set_offline(False)
        page.goto(self.url(self.demo_course.url))
        page.wait_for_function("() => window.platformOffline !== undefined")
        page.evaluate("window.platformOffline.syncNow()")
        expect(self.waiting_text(page)).to_be_hidden(timeout=3 * TIMEOUT)
        context.close()

        assert LessonProgress.objects.filter(user=self.learner).count() == len(self.demo_lessons)
        attempt.refresh_from_db()
        assert (attempt.status, attempt.passed) == ("submitted", True)
        assert Certificate.objects.filter(
            user=self.learner, course_key=self.demo_course.translation_key
        ).exists()
        assert self.violations == [], "\n".join(self.violations)


@pytest.mark.e2e
@requires_chromium
class DownloadedCourseUpdated(OfflineBrowserTestCase):
    def test_a_republished_course_is_refreshed_at_the_next_connection(self):
        from playwright.sync_api import expect

        directory, context, page = self.open_profile()
        self.sign_in_on(page, self.learner)
        self.make_available_offline(page)
        old_version = self.offline_course.version
        names = page.evaluate("caches.keys()")
        assert any(name.endswith(f"|{old_version}") for name in names)

        lesson = self.offline_lessons[0]
        lesson.title = "Lesson 1, revised"
        lesson.save_revision().publish()
        course = type(self.offline_course).objects.get(pk=self.offline_course.pk)
        course.save_revision().publish()
        course.refresh_from_db()
        assert course.version != old_version

        page.goto(self.url("/en/my-learning/"))
        for _ in range(60):  # refreshed in the background after the page loads
            names = page.evaluate("caches.keys()")
            if any(name.endswith(f"|{course.version}") for name in names):
                if not any(name.endswith(f"|{old_version}") for name in names):
                    break
            page.wait_for_timeout(500)
        assert any(name.endswith(f"|{course.version}") for name in names), names
        assert not any(name.endswith(f"|{old_version}") for name in names), names
        context.set_offline(True)
        page.goto(self.url(lesson.url))
        expect(page.locator("h1")).to_have_text("Lesson 1, revised")
        context.close()
