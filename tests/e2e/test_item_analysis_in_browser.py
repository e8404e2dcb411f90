"""A trainer reads a quiz's item analysis in the Wagtail admin: from the Quizzes menu to
the figures per question, in English and in French, with the accessibility check."""

import re

import pytest

from tests import factories
from tests.e2e.browser import requires_chromium, serious_violations
from tests.e2e.test_learning_path import BrowserTestCase
from tests.quizzes.test_item_analysis import Q1_R, known_quiz_build


@pytest.mark.e2e
@requires_chromium
class ItemAnalysisInBrowser(BrowserTestCase):
    def test_trainer_opens_the_item_analysis_from_the_admin_menu(self):
        from django.contrib.auth.models import Group, Permission
        from playwright.sync_api import expect

        # A live-server test starts from an emptied database: the groups the migrations
        # made (trainers are Wagtail's Editors) are made again here.
        editors, _ = Group.objects.get_or_create(name="Editors")
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label__in=("quizzes", "wagtailadmin"),
                codename__in=("access_admin", "view_item_analysis", "change_quiz", "view_quiz"),
            )
        )
        quiz, _questions = known_quiz_build()
        trainer = factories.trainer()
        self.start_browser()
        page = self.sign_in(trainer)

        page.goto(f"{self.live_server_url}/admin/")
        page.get_by_role("button", name="Quizzes").click()
        page.get_by_role("link", name="Item analysis").click()
        expect(page.get_by_role("link", name="Known quiz")).to_be_visible()
        self.violations += serious_violations(page)

        page.get_by_role("link", name="Known quiz").click()
        expect(page.locator("h1")).to_contain_text("Item analysis")
        table = page.get_by_role("table", name="Figures per question")
        expect(table.locator("tbody tr")).to_have_count(3)
        expect(table.locator("tbody tr").first).to_contain_text(f"{Q1_R:.2f}")
        choices = page.get_by_role("table", name="Choices picked in question 1")
        expect(choices.locator("tbody tr").nth(2)).to_contain_text("C")
        self.violations += serious_violations(page)

        # Hardest first, then back to the quiz's order, from the form.
        page.get_by_label("Order", exact=True).select_option("facility")
        page.get_by_role("button", name="Show").click()
        expect(page).to_have_url(re.compile(r"sort=facility"))
        expect(table.locator("tbody tr").last).to_contain_text("0.60")

        # The admin in French.
        from wagtail.users.models import UserProfile

        profile = UserProfile.get_for_user(trainer)
        profile.preferred_language = "fr"
        profile.save()
        page.reload()
        expect(page.locator("h1")).to_contain_text("Analyse des questions")
        self.violations += serious_violations(page)

        assert self.violations == [], "\n".join(self.violations)
