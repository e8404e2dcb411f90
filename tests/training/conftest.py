import pytest

from organisations.models import Audience


@pytest.fixture
def bso(db):
    audience, _ = Audience.objects.get_or_create(
        code="border-services-officer",
        defaults={
            "name_en": "Border services officer",
            "name_fr": "Agent des services frontaliers",
        },
    )
    return audience


@pytest.fixture
def cadet(db):
    return Audience.objects.create(code="police-cadet", name_en="Police cadet", name_fr="Cadet")
