"""How the admin screen "Import people and units" reads: today's date filled in, in any
language, and checking the files as its main action until they are checked."""

import re

import pytest
from django.utils import timezone
from wagtail.users.models import UserProfile

from organisations.models import Audience
from tests import factories
from tests.organisations.test_people_import import PEOPLE, UNITS, URL, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def administrator():
    Audience.objects.create(code="bso", name_en="Border services officer", name_fr="Agent")
    Audience.objects.create(code="cadet", name_en="Police cadet", name_fr="Cadet")
    return factories.UserFactory(is_staff=True, is_superuser=True)


def check_button(html: str) -> str:
    return re.search(r"<button[^>]*data-check-files[^>]*>", html).group(0)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_date_the_changes_take_effect_is_today_in_either_language(
    client, administrator, language
):
    """The browser's date field reads only an ISO date: a French date left it blank."""
    profile = UserProfile.get_for_user(administrator)
    profile.preferred_language = language
    profile.save()
    client.force_login(administrator)
    html = client.get(URL).content.decode()
    today = timezone.localdate().isoformat()
    assert re.search(rf'<input type="date" name="as_of" value="{today}"', html), html


def test_checking_the_files_is_the_main_action_until_they_are_checked(client, administrator):
    client.force_login(administrator)
    button = check_button(client.get(URL).content.decode())
    assert re.search(r'class="button"', button), button

    checked = client.post(
        URL,
        {
            "units": upload("units.csv", UNITS),
            "people": upload("people.csv", PEOPLE),
            "as_of": "2026-12-01",
        },
    ).content.decode()
    # Then importing what was checked is; checking again is the second choice.
    assert "Import these changes" in checked
    assert "button-secondary" in check_button(checked)
