"""The required-training pages in a real browser pass axe-core in both languages."""

import pytest

from tests import factories
from tests.e2e.browser import requires_chromium, serious_violations
from tests.e2e.test_learning_path import BrowserTestCase
from tests.training.helpers import requirement
from training.services import assignments_materialise


@pytest.mark.e2e
@requires_chromium
class RequiredTrainingInBrowser(BrowserTestCase):
    def test_required_training_pages_are_accessible_in_both_languages(self):
        from organisations.models import Audience

        requirement(
            courses=[self.course],
            audiences=[Audience.objects.get(code="border-services-officer")],
            due_days=10,
        )
        assignments_materialise()
        self.start_browser()
        page = self.sign_in(self.learner)
        for path in ("/en/my-learning/required/", "/fr/formation-obligatoire/", "/en/my-learning/"):
            page.goto(f"{self.live_server_url}{path}")
            assert "Trafficking awareness" in page.content()
            self.check_accessibility(page)
        page.goto(f"{self.live_server_url}/en/my-learning/required/")
        page.locator("#optional-email-off").check()
        page.get_by_role("button", name="Save my choice").click()
        page.locator(".messages").wait_for()
        assert "only mandatory" in page.content()
        self.check_accessibility(page)
        assert self.violations == []
        self.learner.learner_profile.refresh_from_db()
        assert self.learner.learner_profile.optional_email_opt_out


@pytest.mark.e2e
@requires_chromium
class RequirementPreviewInBrowser(BrowserTestCase):
    def test_an_administrator_previews_who_a_requirement_covers_before_saving(self):
        from organisations.models import Audience
        from training.models import Requirement

        bso = Audience.objects.get(code="border-services-officer")
        admin = factories.UserFactory(is_superuser=True, is_staff=True)
        self.start_browser()
        page = self.sign_in(admin)
        page.goto(f"{self.live_server_url}/admin/training/requirements/new/")
        page.locator(f'input[name="audiences"][value="{bso.pk}"]').check()
        with page.context.expect_page() as opened:
            page.get_by_role("button", name="Preview who it applies to").click()
        preview = opened.value
        preview.wait_for_load_state()
        assert "1 learner is covered." in preview.content()
        assert "Martin" in preview.content()
        self.violations += serious_violations(preview)
        assert self.violations == []
        assert not Requirement.objects.exists()
