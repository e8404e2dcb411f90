"""People who left are anonymised after their organisation's retention period, by an
administrator in the admin or by ``manage.py anonymise_departed``: nothing that names
them stays (account, profile, certificate), every count stays right, and nobody else
may do it or do it early."""

import datetime
import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from certificates.models import Certificate
from courses.models import CourseCompletion
from organisations.models import AuditEvent, LearnerProfile, User
from organisations.retention import person_anonymise
from tests import factories
from tests.certificates.conftest import certified_make, template_create

pytestmark = pytest.mark.django_db

URL = "/admin/organisation/departed/"


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_PATH = tmp_path / "keys" / "signing-key.pem"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 1000
    cache.clear()


@pytest.fixture
def departed(units, course):
    """Alex finished the course, got a certificate and left 40 days ago; the agency keeps
    the records of people who left for 30 days."""
    template_create()
    user, certificate = certified_make(units, course)
    profile = LearnerProfile.objects.get(user=user)
    LearnerProfile.objects.filter(pk=profile.pk).update(employee_number="1001")
    user.email = "alex.martin@example.gc.ca"
    user.is_active = False
    user.save()
    profile.refresh_from_db()
    assert profile.left_on == timezone.localdate()  # set by the deactivation itself
    LearnerProfile.objects.filter(pk=profile.pk).update(
        left_on=timezone.localdate() - datetime.timedelta(days=40)
    )
    units["agency"].retention_days = 30
    units["agency"].save()
    return user, certificate


def test_an_administrator_anonymises_a_person_past_the_retention_period(
    admin_client, departed, units
):
    user, certificate = departed
    assert certificate.pdf
    pdf_name = certificate.pdf.name
    page = admin_client.get(URL).content.decode()
    assert "Martin" in page and "Anonymise Alex Martin" in page

    response = admin_client.post(URL, {"profile": user.learner_profile.pk}, follow=True)
    assert "The person is anonymised." in response.content.decode()

    user.refresh_from_db()
    profile = LearnerProfile.objects.get(user=user)
    assert (user.first_name, user.last_name, user.email) == ("", "", "")
    assert user.username.startswith("anonymised-") and not user.has_usable_password()
    assert profile.employee_number == "" and profile.anonymised_at is not None
    certificate.refresh_from_db()
    assert certificate.learner_name == user.username and not certificate.pdf
    assert not certificate.pdf.storage.exists(pdf_name)
    # Counts stay: the person, their unit, their completion and their certificate.
    assert profile.org_unit == units["yvr"]
    assert CourseCompletion.objects.filter(user=user).count() == 1
    assert Certificate.objects.filter(user=user).count() == 1
    event = AuditEvent.objects.get(action=AuditEvent.Action.PERSON_ANONYMISED)
    assert event.target_name == user.username and "Martin" not in str(event.detail)
    # The public verify page no longer names them.
    verify = admin_client.get(certificate.get_absolute_url()).content.decode()
    assert "Martin" not in verify
    assert "Martin" not in admin_client.get(URL).content.decode()


def test_too_early_still_active_or_no_period_is_refused_and_changes_nothing(
    admin_client, departed, units
):
    user, _certificate = departed
    profile = user.learner_profile
    LearnerProfile.objects.filter(pk=profile.pk).update(
        left_on=timezone.localdate() - datetime.timedelta(days=10)
    )
    response = admin_client.post(URL, {"profile": profile.pk}, follow=True)
    due = (timezone.localdate() + datetime.timedelta(days=20)).isoformat()
    assert f"Their retention period ends on {due}." in response.content.decode()

    units["agency"].retention_days = None
    units["agency"].save()
    response = admin_client.post(URL, {"profile": profile.pk}, follow=True)
    assert "sets no retention period" in response.content.decode()

    active = factories.learner(units["yvr"], last_name="Present")
    response = admin_client.post(URL, {"profile": active.learner_profile.pk}, follow=True)
    assert "Only people who left can be anonymised." in response.content.decode()
    response = admin_client.post(URL, {"profile": "nobody"}, follow=True)
    assert "No such person" in response.content.decode()

    user.refresh_from_db()
    assert user.last_name == "Martin" and user.email == "alex.martin@example.gc.ca"
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PERSON_ANONYMISED).exists()


def test_nobody_but_an_administrator_reaches_the_screen(client, departed, units):
    user, _certificate = departed
    manager = factories.manager(units["agency"])
    trainer = factories.trainer()
    for person in (manager, trainer):
        client.force_login(person)
        assert client.get(URL).status_code in (302, 403)
        response = client.post(URL, {"profile": user.learner_profile.pk})
        assert response.status_code in (302, 403)
    client.logout()
    assert client.post(URL, {"all": "due"}).status_code == 302
    user.refresh_from_db()
    assert user.last_name == "Martin"


def test_the_scheduled_run_anonymises_only_whom_is_due(departed, units):
    user, _certificate = departed
    recent = factories.learner(units["douglas"], last_name="Recent")
    recent.is_active = False
    recent.save()
    out = io.StringIO()
    call_command("anonymise_departed", "--dry-run", stdout=out)
    assert "1 to anonymise" in out.getvalue() and user.username in out.getvalue()
    assert User.objects.get(pk=user.pk).last_name == "Martin"

    call_command("anonymise_departed", stdout=io.StringIO())
    assert User.objects.get(pk=user.pk).last_name == ""
    assert User.objects.get(pk=recent.pk).last_name == "Recent"
    # Its own period (a unit lower in the tree) wins over the agency's.
    units["douglas"].retention_days = 0
    units["douglas"].save()
    call_command("anonymise_departed", stdout=io.StringIO())
    assert User.objects.get(pk=recent.pk).last_name == ""


def test_coming_back_clears_the_departure(departed):
    user, _certificate = departed
    user.is_active = True
    user.save()
    assert LearnerProfile.objects.get(user=user).left_on is None


def test_what_the_directory_said_of_them_goes_too(departed):
    from provisioning.models import DirectoryUser

    user, _certificate = departed
    DirectoryUser.objects.create(
        scim_id="5c3f", user=user, scim_external_id="a1b2", attributes={"userName": "amartin"}
    )
    person_anonymise(profile=user.learner_profile)
    account = DirectoryUser.objects.get(user=user)
    assert (account.scim_external_id, account.attributes) == ("", {})
    assert account.removed_at is not None


def test_their_sign_in_links_and_partner_registration_go_too(departed, units):
    from identity.models import ExternalIdentity
    from partners.models import Registration

    user, _certificate = departed
    ExternalIdentity.objects.create(provider_key="oidc:cbsa", subject="a-1", user=user)
    Registration.objects.create(
        email="alex.martin@example.gc.ca",
        first_name="Alex",
        last_name="Martin",
        password="pbkdf2_sha256$hash",
        org_unit=units["yvr"],
        status=Registration.Status.APPROVED,
        user=user,
    )
    person_anonymise(profile=user.learner_profile)
    assert not ExternalIdentity.objects.filter(user=user).exists()
    registration = Registration.objects.get(user=user)
    assert (registration.email, registration.last_name, registration.password) == ("", "", "!")
    assert registration.status == Registration.Status.APPROVED
