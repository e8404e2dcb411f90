"""Workshops in a real browser. A learner books the last seat of a session, another joins
the waiting list, and when the first cancels, the second gets the seat (and the e-mail
saying so) with nobody doing anything more; the workshop page passes axe in English and
French before and after. A trainer, on a phone-sized screen, keeps the attendance sheet
on the device, takes attendance while the platform is out of reach, and once it is back
the sheet reaches it by itself: the learner marked present, who had finished the
course's lessons, completes the blended course, counted from when the sheet was saved."""

import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import override_settings
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CourseCompletion
from courses.services import lesson_complete
from lrs.models import Statement
from tests import factories
from tests.e2e.browser import CHROMIUM, CHROMIUM_ARGS, requires_chromium, serious_violations
from tests.e2e.cuts import ServerCuts
from tests.e2e.test_learning_path import BrowserTestCase
from tests.e2e.test_offline_in_browser import TIMEOUT, OfflineBrowserTestCase
from tests.e2e.test_offline_real_cuts import DELIVERED_WITHIN, SLOW
from tracking import vocabulary as v
from workshops.models import Booking, WorkshopPage, WorkshopSession
from workshops.services import booking_request

EMAILS = tempfile.mkdtemp(prefix="e2e-workshop-mail-")
PHONE = {"width": 390, "height": 844}
KEPT = "Attendance saved on this device. It will be sent when you are back online."
RECORDED = "Attendance recorded."


def blended_course():
    """A course of one lesson and a workshop (blended), in English and French."""
    course, (lesson,) = factories.course("Responding to victims", lessons=1)
    workshop = course.add_child(
        instance=WorkshopPage(
            title="Trauma-informed interviews",
            slug="workshop",
            summary="Practise interviews with actors.",
        )
    )
    workshop.save_revision().publish()
    workshop.refresh_from_db()
    factories.translate(workshop, title="Entrevues tenant compte des traumatismes", slug="atelier")
    return course, lesson, workshop


def session_of(workshop, *, capacity: int, trainer=None) -> WorkshopSession:
    """A session in three days (seats can be booked until it starts)."""
    start = timezone.now() + timedelta(days=3)
    session = WorkshopSession.objects.create(
        workshop_key=workshop.translation_key,
        starts_at=start,
        ends_at=start + timedelta(hours=3),
        time_zone="America/Regina",
        place="Depot Division, Regina",
        capacity=capacity,
    )
    if trainer is not None:
        session.trainers.add(trainer)
    return session


def attended(user):
    return Statement.objects.filter(actor_key__contains=str(user.uuid), verb_iri=v.VERB_ATTENDED)


@pytest.mark.e2e
@requires_chromium
@override_settings(
    EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend", EMAIL_FILE_PATH=EMAILS
)
class WaitingListPromotion(BrowserTestCase):
    """The live server's e-mails go to files the test reads."""

    def setUp(self):
        super().setUp()
        for old in Path(EMAILS).iterdir():
            old.unlink()
        self.blended, _lesson, self.workshop = blended_course()
        self.french = self.workshop.get_translation(factories.locales()[1])
        self.session = session_of(self.workshop, capacity=1)
        self.second = factories.learner(
            self.units["yvr"], first_name="Sam", last_name="Roy", email="sam.roy@example.org"
        )

    def emails_to(self, address):
        return [
            text
            for text in (path.read_text() for path in sorted(Path(EMAILS).iterdir()))
            if f"To: {address}" in text
        ]

    def status(self, page):
        return page.locator(f'[data-session="{self.session.uuid}"] .session-status')

    def open(self, page, workshop, *, status, button):
        """The workshop page, the session's seat status and button as given; axe."""
        from playwright.sync_api import expect

        page.goto(f"{self.live_server_url}{workshop.url}")
        expect(page.locator("h1")).to_have_text(workshop.title)
        expect(self.status(page)).to_contain_text(status)
        expect(page.locator("form button").filter(has_text=button)).to_be_visible()
        self.check_accessibility(page)

    def test_a_freed_seat_goes_to_the_first_on_the_waiting_list(self):
        from playwright.sync_api import expect

        self.start_browser()
        first = self.sign_in(self.learner)
        first.goto(f"{self.live_server_url}{self.workshop.url}")
        session = first.locator(f'[data-session="{self.session.uuid}"]')
        expect(session).to_contain_text("1 seat left")
        expect(session).to_contain_text("Depot Division, Regina")
        self.check_accessibility(first)
        session.get_by_role("button", name="Book a seat").click()
        expect(self.status(first)).to_contain_text("Booked")
        expect(session).to_contain_text("Full; 0 people on the waiting list")
        expect(session.get_by_role("link", name="Add to my calendar (.ics)")).to_be_visible()

        second = self.sign_in(self.second)
        second.goto(f"{self.live_server_url}{self.workshop.url}")
        other = second.locator(f'[data-session="{self.session.uuid}"]')
        expect(other).to_contain_text("Full; 0 people on the waiting list")
        other.get_by_role("button", name="Join the waiting list").click()
        expect(self.status(second)).to_contain_text("On the waiting list: number 1")
        expect(other).to_contain_text("Full; 1 person on the waiting list")

        # Both states, both languages.
        self.open(first, self.workshop, status="Booked", button="Cancel my seat")
        self.open(first, self.french, status="Place réservée", button="Annuler ma place")
        self.open(
            second,
            self.workshop,
            status="On the waiting list: number 1",
            button="Leave the waiting list",
        )
        self.open(
            second,
            self.french,
            status="Sur la liste d’attente\u202f: numéro 1",
            button="Quitter la liste d’attente",
        )
        assert not any("A seat is yours" in text for text in self.emails_to(self.second.email))

        # The first learner cancels, in the browser, while the second's page is open.
        second.goto(f"{self.live_server_url}{self.workshop.url}")
        expect(self.status(second)).to_contain_text("On the waiting list: number 1")
        first.goto(f"{self.live_server_url}{self.workshop.url}")
        first.get_by_role("button", name="Cancel my seat").click()
        expect(self.status(first)).to_contain_text("You cancelled")
        # The seat went at once: the session is full again.
        expect(session).to_contain_text("Full; 0 people on the waiting list")
        expect(session.get_by_role("button", name="Join the waiting list")).to_be_visible()
        self.check_accessibility(first)

        # The second learner's page, reloaded: the seat is theirs.
        second.reload()
        expect(self.status(second)).to_contain_text("Booked")
        expect(self.status(second)).not_to_contain_text("waiting list")
        expect(other.get_by_role("button", name="Cancel my seat")).to_be_visible()
        expect(other.get_by_role("link", name="Add to my calendar (.ics)")).to_be_visible()
        self.check_accessibility(second)
        self.open(second, self.french, status="Place réservée", button="Annuler ma place")
        self.open(first, self.french, status="Vous avez annulé", button="M’inscrire")

        promoted = [text for text in self.emails_to(self.second.email) if "A seat is yours" in text]
        assert len(promoted) == 1, self.emails_to(self.second.email)
        assert "Trauma-informed interviews" in promoted[0]
        assert "invitation.ics" in promoted[0]
        statuses = dict(
            Booking.objects.filter(session=self.session).values_list("user_id", "status")
        )
        assert statuses == {self.learner.pk: "cancelled", self.second.pk: "booked"}
        assert self.violations == [], "\n".join(self.violations)


@pytest.mark.e2e
@requires_chromium
class AttendanceTakenOfflineOnPhone(ServerCuts, OfflineBrowserTestCase):
    def setUp(self):
        super().setUp()
        self.blended, lesson, self.workshop = blended_course()
        self.trainer = factories.trainer(first_name="Dana", last_name="Lee")
        self.session = session_of(self.workshop, capacity=10, trainer=self.trainer)
        booking_request(user=self.learner, session=self.session, workshop=self.workshop)
        # The session has begun since the learner booked.
        start = timezone.now() - timedelta(hours=1)
        WorkshopSession.objects.filter(pk=self.session.pk).update(
            starts_at=start, ends_at=start + timedelta(hours=3)
        )
        # The e-learning part is done already.
        lesson_complete(user=self.learner, lesson=lesson, language="en")
        self.sheet_url = self.workshop.url + f"sessions/{self.session.uuid}/attendance/"

    def open_phone(self):
        """A phone's browser (390 × 844, touch) with a profile kept on disk, as
        ``open_profile`` makes them."""
        from playwright.sync_api import sync_playwright

        if self.playwright is None:
            self.playwright = sync_playwright().start()
            self.browser = self.playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS
            )
        profile = tempfile.TemporaryDirectory()
        self.profiles.append(profile)
        context = self.playwright.chromium.launch_persistent_context(
            profile.name,
            executable_path=CHROMIUM,
            args=[*CHROMIUM_ARGS, "--disable-features=BackgroundSync"],
            locale="en-CA",
            viewport=PHONE,
            is_mobile=True,
            has_touch=True,
        )
        context.set_default_timeout(TIMEOUT)
        self.contexts.append(context)
        context.on("close", lambda closed: self.contexts.remove(closed))
        page = context.pages[0] if context.pages else context.new_page()
        return context, page

    def banner(self, page):
        return page.locator("[data-offline-status]")

    def axe(self, page):
        page.wait_for_function("() => customElements.get('gcds-header') !== undefined")
        self.violations += serious_violations(page)

    def fits_the_screen(self, page):
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], f"the sheet scrolls sideways: {width}"

    def completions(self):
        return CourseCompletion.objects.filter(
            user=self.learner, course_key=self.blended.translation_key
        )

    def test_attendance_taken_during_a_cut_completes_the_blended_course_once_back(self):
        from playwright.sync_api import expect

        assert not self.completions().exists(), "the lessons alone do not finish it"
        context, page = self.open_phone()
        page.goto(self.url("/en/accounts/login/?next=" + self.sheet_url))
        page.fill("#id_username", self.trainer.username)
        page.fill("#id_password", factories.PASSWORD)
        page.locator("main button[type=submit]").click()
        page.wait_for_url(self.url(self.sheet_url))
        expect(page.locator("h1")).to_have_text("Trauma-informed interviews")
        learner = page.locator(f'fieldset[data-learner="{self.learner.uuid}"]')
        expect(learner.locator("legend")).to_contain_text("Alex Martin")
        expect(learner.locator("legend")).to_contain_text("YVR")
        self.fits_the_screen(page)
        self.axe(page)

        # Kept on the device, from the page the service worker controls.
        page.evaluate("navigator.serviceWorker.ready.then(() => true)")
        if not page.evaluate("Boolean(navigator.serviceWorker.controller)"):
            page.reload()
        page.wait_for_function(
            "() => Boolean(navigator.serviceWorker.controller)", timeout=3 * TIMEOUT
        )
        panel = page.locator("[data-offline-course]")
        expect(panel.locator("#offline-course-heading")).to_have_text(
            "Use this attendance sheet offline"
        )
        panel.get_by_role("button", name="Make available offline").tap()
        expect(panel.locator("[data-offline-course-status]")).to_contain_text("needs about")
        panel.get_by_role("button", name="Download").tap()
        expect(panel.locator("[data-offline-course-status]")).to_contain_text("available offline")
        expect(panel.locator("[data-offline-course-state]")).to_contain_text(
            "Available offline on this device"
        )

        # The platform is really gone: its port refuses connections.
        cut_from = timezone.now()
        self.server_stop()
        page.reload()
        expect(page.locator("h1")).to_have_text("Trauma-informed interviews", timeout=SLOW)
        page.wait_for_function("() => window.platformOffline !== undefined")
        assert page.evaluate("window.platformOffline.copy") is True
        page.evaluate("window.platformOffline.ready.then(() => true)")
        self.fits_the_screen(page)

        save = page.get_by_role("button", name="Save attendance")
        save.tap()
        status = page.locator("[data-attendance-status]")
        expect(status).to_have_text("Mark every learner present or absent first.")
        learner.get_by_role("radio", name="Present").tap()
        expect(learner.get_by_role("radio", name="Present")).to_be_checked()
        # The browser's clock keeps milliseconds.
        saved_from = timezone.now() - timedelta(milliseconds=1)
        save.tap()
        expect(status).to_have_text(KEPT, timeout=SLOW)
        saved_to = timezone.now()
        expect(save).to_be_disabled()
        expect(self.banner(page)).to_contain_text("1 record is waiting to be sent", timeout=SLOW)
        self.axe(page)

        # Opened again from the device: the marks are still there, not to be sent twice.
        page.reload()
        expect(status).to_have_text(KEPT, timeout=SLOW)
        expect(learner.get_by_role("radio", name="Present")).to_be_checked()
        expect(save).to_be_disabled()
        self.axe(page)

        # Nothing reached the platform during the cut.
        assert not attended(self.learner).exists()
        assert not self.completions().exists()
        assert Booking.objects.get(user=self.learner).attendance == ""

        # The platform is back: the outbox is sent with no reload or tap.
        synced_from = timezone.now()
        self.server_back()
        expect(self.banner(page)).to_be_hidden(timeout=DELIVERED_WITHIN)
        expect(status).to_have_text(RECORDED)

        statement = attended(self.learner).get()
        assert cut_from <= saved_from <= statement.timestamp <= saved_to < synced_from
        completion = self.completions().get()
        assert completion.completed_at <= saved_to
        assert Certificate.objects.filter(
            user=self.learner, course_key=self.blended.translation_key
        ).exists()
        booking = Booking.objects.get(user=self.learner)
        assert (booking.attendance, booking.attendance_recorded_by) == ("attended", self.trainer)

        # Online, the platform's sheet shows the mark taken.
        page.goto(self.url(self.sheet_url))
        assert page.evaluate("window.platformOffline.copy") is False
        expect(learner).to_contain_text("Attended")
        expect(learner.get_by_role("radio")).to_have_count(0)
        expect(status).to_have_text(RECORDED)
        self.axe(page)
        context.close()

        assert attended(self.learner).count() == 1
        assert self.completions().count() == 1
        assert self.violations == [], "\n".join(self.violations)
