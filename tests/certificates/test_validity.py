"""How long a certificate counts reads the same everywhere: its own expiry as "Valid until",
the renewal its holder's required training asks as "Renew by", "No expiry date" when
neither, on the learner's pages, the public verification page and its JSON, the PDF and
the manager's pages, in English and French."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags

from certificates.models import Certificate
from certificates.pdf import certificate_html
from certificates.selectors import certificates_with_renewal
from certificates.validity import validity_facts
from common.dates import date_format
from organisations.models import Audience
from tests import factories
from tests.certificates.conftest import complete_course
from tests.training.helpers import requirement
from training.models import Assignment
from training.services import assignments_materialise, exemption_grant

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(timezone.datetime(2026, 6, 1, 12))


def _texts(**kwargs) -> list[str]:
    return [fact.text for fact in validity_facts(now=NOW, **kwargs)]


def test_a_certificate_without_expiry_or_renewal_has_no_expiry_date():
    assert _texts(expires_at=None, renew_by=None) == ["No expiry date"]


def test_a_certificate_that_never_expires_shows_the_renewal_its_training_asks():
    assert _texts(expires_at=None, renew_by=date(2028, 12, 5)) == ["Renew by December 5, 2028"]


def test_its_own_expiry_reads_valid_until_then_expired_on():
    soon, gone = NOW + timedelta(days=30), NOW - timedelta(days=1)
    assert _texts(expires_at=soon, renew_by=None) == ["Valid until July 1, 2026"]
    assert _texts(expires_at=gone, renew_by=None) == ["Expired on May 31, 2026"]


def test_both_dates_are_shown_each_with_its_own_words():
    assert _texts(expires_at=NOW + timedelta(days=30), renew_by=date(2026, 6, 20)) == [
        "Valid until July 1, 2026",
        "Renew by June 20, 2026",
    ]


def test_a_renewal_date_gone_by_says_it_was_due():
    assert _texts(expires_at=None, renew_by=date(2026, 5, 1)) == ["Renewal was due on May 1, 2026"]


def test_a_revoked_certificate_says_only_when_it_was_revoked():
    assert _texts(
        expires_at=NOW + timedelta(days=30), renew_by=date(2027, 1, 1), revoked_at=NOW
    ) == ["Revoked on June 1, 2026"]


def test_the_wording_is_french_in_french():
    with translation.override("fr"):
        assert _texts(expires_at=None, renew_by=date(2028, 12, 5)) == [
            "À renouveler d’ici le 5 décembre 2028"
        ]
        assert _texts(expires_at=None, renew_by=None) == ["Aucune date d’expiration"]
        assert _texts(expires_at=NOW + timedelta(days=30), renew_by=None) == [
            "Valide jusqu’au 1er juillet 2026"
        ]


@pytest.fixture
def recurring(units, course, template):
    """A learner certified for a course (its certificate never expires) that a
    requirement asks again every 24 months: (learner, certificate, renewal date)."""
    page, lessons = course
    requirement(
        courses=[page],
        audiences=[Audience.objects.get_or_create(code="border-services-officer")[0]],
        recurrence="months_after_completion",
        recurrence_months=24,
    )
    user = factories.learner(units["yvr"], first_name="Alex", last_name="Martin")
    assignments_materialise()
    complete_course(user, lessons)
    certificate = Certificate.objects.get(user=user)
    renew_by = Assignment.objects.get(user=user, closed_at__isnull=True).expires_on
    assert certificate.expires_at is None and renew_by is not None
    return user, certificate, renew_by


def _page_text(client, name, language="en", **kwargs) -> str:
    with translation.override(language):
        url = reverse(name, kwargs=kwargs or None)
    response = client.get(url)
    assert response.status_code == 200, url
    return " ".join(strip_tags(response.content.decode()).split())


def test_every_page_gives_the_same_renewal_date_in_the_same_words(client, recurring, units):
    user, certificate, renew_by = recurring
    for language, words in (("en", "Renew by"), ("fr", "À renouveler d’ici le")):
        with translation.override(language):
            expected = f"{words} {date_format(renew_by, 'DATE_FORMAT')}"
        client.force_login(user)
        pages = {
            "required training": _page_text(client, "training:mine", language),
            "my certificates": _page_text(client, "certificates:mine", language),
        }
        client.logout()
        pages["verify"] = _page_text(client, "certificates:verify", language, code=certificate.code)
        client.force_login(factories.manager(units["region"]))
        pages["learner detail"] = _page_text(
            client, "dashboards:learner", language, user_uuid=user.uuid
        )
        pages["unit certificates"] = _page_text(client, "certificates:unit", language)
        client.logout()
        with translation.override(language):
            pdf = " ".join(strip_tags(certificate_html(certificate=certificate)).split())
        pages["pdf"] = pdf
        for name, text in pages.items():
            assert expected in text, f"{name} ({language})"
            for contradiction in ("Never", "Jamais", "Expires on", "Valid until", "Valide jusqu"):
                assert contradiction not in text, f"{name} ({language}): {contradiction}"


def test_the_json_of_the_verification_page_gives_the_renewal_date(client, recurring):
    _user, certificate, renew_by = recurring
    data = client.get(
        reverse("certificates:verify", kwargs={"code": certificate.code}), {"format": "json"}
    ).json()
    assert data["expires"] is None
    assert data["renew_by"] == renew_by.isoformat()


def test_only_the_latest_unrevoked_certificate_of_a_course_carries_the_renewal(recurring):
    user, certificate, renew_by = recurring
    assert certificates_with_renewal([certificate])[0].renew_by == renew_by
    later = Certificate.objects.create(
        code="CERT-LATE-R000-0001",
        user=user,
        learner_name=certificate.learner_name,
        course_key=certificate.course_key,
        course_title_en="x",
        course_title_fr="x",
        cycle=2,
        issued_at=timezone.now(),
        completion_statement_id="00000000-0000-0000-0000-000000000002",
    )
    earlier, latest = certificates_with_renewal([certificate, later])
    assert earlier.renew_by is None and latest.renew_by == renew_by
    later.revoked_at = timezone.now()
    assert certificates_with_renewal([later])[0].renew_by is None


def test_an_exempt_learner_is_asked_no_renewal(recurring):
    user, certificate, _renew_by = recurring
    item = Assignment.objects.get(user=user, closed_at__isnull=True).requirement
    exemption_grant(requirement=item, user=user, reason="Seconded abroad")
    assert certificates_with_renewal([certificate])[0].renew_by is None


def test_the_pdf_is_rendered_again_when_the_renewal_date_changes(recurring):
    from certificates.pdf import PDFUnavailable
    from certificates.services import certificate_pdf_ensure

    user, certificate, renew_by = recurring
    try:
        first = certificate_pdf_ensure(certificate=Certificate.objects.get(pk=certificate.pk))
    except PDFUnavailable as error:
        pytest.skip(f"WeasyPrint cannot run here: {error}")
    assert renew_by.isoformat() in first.pdf.name
    Assignment.objects.filter(user=user, closed_at__isnull=True).update(
        expires_on=renew_by + timedelta(days=30)
    )
    again = certificate_pdf_ensure(certificate=Certificate.objects.get(pk=certificate.pk))
    assert again.pdf.name != first.pdf.name
    assert (renew_by + timedelta(days=30)).isoformat() in again.pdf.name
    assert not first.pdf.storage.exists(first.pdf.name)
