"""Workshop sessions in a real browser: a trainer moves a session in the admin (a wrong
capacity first, named on its field), sees who booked it; a manager approves a request
from the dashboard's link, in English and in French. Every page passes axe."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests import factories
from tests.e2e.browser import requires_chromium, serious_violations
from tests.e2e.test_learning_path import BrowserTestCase
from workshops.models import Booking, WorkshopPage, WorkshopSession
from workshops.services import booking_request

URL = "/admin/workshops/sessions/"


@pytest.mark.e2e
@requires_chromium
class WorkshopSessionsAdminInBrowser(BrowserTestCase):
    def test_a_trainer_moves_a_session_and_a_manager_approves_a_request(self):
        from playwright.sync_api import expect

        workshop = self.course.add_child(
            instance=WorkshopPage(
                title="Trauma-informed interviews", slug="workshop", needs_manager_approval=True
            )
        )
        workshop.save_revision().publish()
        start = timezone.now() + timedelta(days=10)
        session = WorkshopSession.objects.create(
            workshop_key=workshop.translation_key,
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            time_zone="America/Vancouver",
            place="Training room 2, 333 Seymour St, Vancouver",
            capacity=4,
        )
        booking_request(user=self.learner, session=session, workshop=workshop)
        trainer = factories.trainer()
        self.start_browser()

        page = self.sign_in(trainer)
        page.goto(f"{self.live_server_url}{URL}")
        expect(page.get_by_role("link", name="Trauma-informed interviews")).to_be_visible()
        self.violations += serious_violations(page)

        page.get_by_role("link", name="Trauma-informed interviews").click()
        page.locator("#id_capacity").fill("0")
        page.get_by_role("button", name="Save").click()
        expect(page.get_by_text("A session has at least one seat.")).to_be_visible()
        self.violations += serious_violations(page)

        page.locator("#id_capacity").fill("6")
        page.locator("#id_place").fill("Training room 3, 333 Seymour St, Vancouver")
        page.get_by_role("button", name="Save").click()
        expect(page.get_by_text("0 / 6")).to_be_visible()
        session.refresh_from_db()
        assert session.place.startswith("Training room 3")
        assert session.sequence == 1

        page.goto(f"{self.live_server_url}{URL}inspect/{session.pk}/")
        expect(page.get_by_role("cell", name="Awaiting approval")).to_be_visible()
        self.violations += serious_violations(page)

        manager = self.sign_in(self.manager)
        manager.goto(f"{self.live_server_url}/en/dashboard/")
        manager.get_by_role("link", name="Workshop requests awaiting your approval").click()
        expect(manager.locator("h1")).to_have_text("Workshop requests")
        self.check_accessibility(manager)
        manager.goto(f"{self.live_server_url}/fr/ateliers/approbations/")
        expect(manager.locator("h1")).to_have_text("Demandes d’atelier")
        self.check_accessibility(manager)
        manager.get_by_role("button", name="Approuver").click()
        expect(manager.get_by_text("a une place")).to_be_visible()
        self.check_accessibility(manager)
        assert Booking.objects.get(user=self.learner).status == Booking.Status.BOOKED

        assert self.violations == [], "\n".join(self.violations)
