"""A trainer who may publish sends a briefing from the Wagtail admin, with the form's
errors first; the learner then finds it at the top of My learning, in English and in
French. Every page passes axe."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from tests import factories
from tests.e2e.browser import requires_chromium, serious_violations
from tests.e2e.test_learning_path import BrowserTestCase


@pytest.mark.e2e
@requires_chromium
class BriefingSendingInBrowser(BrowserTestCase):
    def test_a_trainer_sends_a_briefing_and_the_learner_sees_it_on_my_learning(self):
        from playwright.sync_api import expect

        briefing = factories.briefing(title="New indicators at the port")
        trainer = factories.trainer()
        trainer.groups.add(Group.objects.get(name="Moderators"))
        self.learner.email = "alex@example.gc.ca"
        self.learner.save()
        self.start_browser()

        page = self.sign_in(trainer)
        page.goto(f"{self.live_server_url}/admin/pages/{briefing.pk}/edit/")
        send = page.get_by_role("link", name="Send this briefing")
        if not send.is_visible():  # kept in the header's "more" menu
            page.get_by_role("button", name="Actions").first.click()
        send.click()
        expect(page.locator("h1")).to_contain_text("Send this briefing")
        self.violations += serious_violations(page)

        # Nothing chosen: each field at fault is named.
        page.get_by_role("button", name="Send the briefing").click()
        alert = page.get_by_role("alert").filter(has_text="The briefing was not sent")
        expect(alert).to_contain_text("Acknowledge by:")
        expect(alert).to_contain_text("Enter the date by which learners must acknowledge")
        self.violations += serious_violations(page)

        by = timezone.localdate() + timedelta(days=7)
        page.get_by_label("Border services officer").check()
        page.get_by_label("Acknowledge by").fill(by.isoformat())
        # The date picker opens 100 ms after the field takes focus; a click made
        # before that leaves it open over the button, so wait for it, then leave
        # the field as a keyboard user would.
        picker = page.locator(".xdsoft_datetimepicker:visible")
        expect(picker).to_have_count(1)
        page.get_by_label("Acknowledge by").press("Tab")
        expect(picker).to_have_count(0)
        page.get_by_role("button", name="Send the briefing").click()
        expect(page.get_by_text("Briefing sent: 1 learner must acknowledge it")).to_be_visible()
        row = page.locator("table.listing tbody tr")
        expect(row).to_have_count(1)
        expect(row).to_contain_text("Briefing: New indicators at the port")
        self.violations += serious_violations(page)

        learner = self.sign_in(self.learner)
        learner.goto(f"{self.live_server_url}/en/my-learning/")
        section = learner.get_by_role("region", name="Briefings to acknowledge")
        expect(section.get_by_role("link", name="New indicators at the port")).to_be_visible()
        self.check_accessibility(learner)

        learner.goto(f"{self.live_server_url}/fr/mon-apprentissage/")
        section = learner.get_by_role("region", name="Breffages à confirmer")
        expect(section.get_by_role("link", name="New indicators at the port (FR)")).to_be_visible()
        self.check_accessibility(learner)

        assert self.violations == [], "\n".join(self.violations)
