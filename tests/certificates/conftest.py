"""Fixtures shared by the certificate tests: a throw-away signing key and media folder,
a fresh rate-limit cache, and a learner with a certificate."""

import pytest
from django.core.cache import cache
from django.test import TestCase

from certificates.models import Certificate, CertificateTemplate
from courses.services import lesson_complete
from tests import factories


@pytest.fixture(autouse=True)
def certificate_settings(settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_PATH = tmp_path / "keys" / "signing-key.pem"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.CERTIFICATE_VERIFY_RATE_LIMIT = 1000
    settings.CERTIFICATE_SHOW_INITIALS = False
    cache.clear()
    yield settings
    cache.clear()


def complete_course(user, lessons, language="en"):
    for lesson in lessons:
        lesson_complete(user=user, lesson=lesson, language=language)


@pytest.fixture
def template(db):
    return template_create()


def template_create() -> CertificateTemplate:
    """A default certificate template in English, with its French translation."""
    english, french = factories.locales()
    template = CertificateTemplate.objects.create(
        locale=english,
        name="Standard",
        title="Certificate of completion",
        body="This certifies that {learner} completed {course} ({hours} h) on {date}.",
        signatory_name="Jordan Lee",
        signatory_title="Director General, Training",
        is_default=True,
    )
    copy = template.copy_for_translation(french)
    copy.title = "Certificat de réussite"
    copy.body = "Nous certifions que {learner} a terminé {course} ({hours} h) le {date}."
    copy.signatory_title = "Directeur général, Formation"
    copy.save()
    return template


@pytest.fixture
def certified(units, course, template):
    return certified_make(units, course)


def certified_make(units, course):
    """A learner who finished the two-lesson course: (learner, certificate). The PDF task
    enqueued on commit runs (the immediate backend)."""
    user = factories.learner(units["yvr"], first_name="Alex", last_name="Martin")
    with TestCase.captureOnCommitCallbacks(execute=True):
        complete_course(user, course[1])
    return user, Certificate.objects.get(user=user)


@pytest.fixture
def certificate(certified):
    return certified[1]
