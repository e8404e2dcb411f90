"""A learner downloads their own records: a zip of JSON files and a transcript PDF in
English and French, with nobody else's data and no answer key."""

import io
import json
import random
import re
import zipfile
from datetime import UTC, date, datetime

import pytest
from django.core.cache import cache
from django.test import TestCase

from certificates.models import Certificate
from courses.models import CourseCompletion
from lrs.models import Statement
from organisations.models import LearnerProfile, UnitMembership
from quizzes.services import attempt_start, attempt_submit
from tests import factories
from tests.certificates.conftest import complete_course, template_create
from tests.quizzes import factories as quiz_factories
from tests.training.helpers import requirement
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db

FILES = {
    "profile.json",
    "assignments.json",
    "courses.json",
    "attempts.json",
    "certificates.json",
    "statements.json",
    "transcript.pdf",
}
# 03:00 UTC on July 2 is still July 1 in Vancouver.
COMPLETED_AT = datetime(2026, 7, 2, 3, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_KEY_PATH = tmp_path / "keys" / "signing-key.pem"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    cache.clear()
    yield
    cache.clear()


def _weasyprint_or_skip():
    try:
        import weasyprint  # noqa: F401
    except OSError as error:
        pytest.skip(f"WeasyPrint cannot load the pango libraries here: {error}")


def _learner_with_history(unit, quiz, course, **names):
    """A learner who finished the course (certificate), took the quiz once and has the
    course's required training."""
    user = factories.learner(unit, **names)
    with TestCase.captureOnCommitCallbacks(execute=True):
        complete_course(user, course[1])
    attempt = attempt_start(user=user, quiz=quiz, language="en", rng=random.Random(7))
    attempt_submit(attempt=attempt, answers={}, submission_key="k1")
    return user


@pytest.fixture
def people(units, course):
    template_create()
    quiz = quiz_factories.quiz(
        title="Customs quiz",
        questions=[quiz_factories.question(choices=[("Declare it", True), ("Hide it", False)])],
    )
    alex = _learner_with_history(
        units["yvr"], quiz, course, first_name="Alex", last_name="Martin", email="alex@example.ca"
    )
    other = _learner_with_history(
        units["douglas"], quiz, course, first_name="Robin", last_name="Other"
    )
    profile = LearnerProfile.objects.get(user=alex)
    profile.time_zone = "America/Vancouver"
    profile.employee_number = "E-1001"
    profile.save()
    # The record of the unit the learner is in was opened as they were placed there.
    UnitMembership.objects.filter(profile=profile, ended_on__isnull=True).update(
        started_on=date(2025, 6, 1)
    )
    UnitMembership.objects.create(
        profile=profile,
        org_unit=units["douglas"],
        started_on=date(2024, 1, 1),
        ended_on=date(2025, 5, 31),
    )
    CourseCompletion.objects.filter(user=alex).update(completed_at=COMPLETED_AT)
    page, _lessons = course
    requirement(
        courses=[page],
        audiences=list(profile.audiences.all()),
        due_days=10,
        name="Trafficking awareness",
    )
    assignments_materialise()
    return alex, other


@pytest.fixture
def download(client, people):
    _weasyprint_or_skip()
    alex, _other = people
    client.force_login(alex)
    response = client.get("/en/my-records/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    return response


def _files(response) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_zip_holds_the_json_files_and_the_transcript(download):
    assert re.fullmatch(
        r'attachment; filename="my-records-\d{4}-\d{2}-\d{2}\.zip"',
        download["Content-Disposition"],
    )
    assert download["Cache-Control"] == "private, no-store"
    assert set(_files(download)) == FILES


def test_the_profile_has_the_account_the_unit_with_its_path_and_the_unit_history(download, people):
    alex, _other = people
    profile = json.loads(_files(download)["profile.json"])
    assert profile["account"]["username"] == alex.username
    assert profile["account"]["first_name"] == "Alex"
    assert profile["account"]["email"] == "alex@example.ca"
    assert profile["account"]["uuid"] == str(alex.uuid)
    assert profile["account"]["joined"]
    assert profile["profile"]["unit"]["path"] == {
        "en": "Border agency › Pacific › YVR",
        "fr": "Border agency (fr) › Pacific (fr) › YVR (fr)",
    }
    assert profile["profile"]["audiences"][0]["code"] == "border-services-officer"
    assert profile["profile"]["employee_number"] == "E-1001"
    assert profile["profile"]["time_zone"] == "America/Vancouver"
    history = profile["unit_history"]
    assert [row["unit"]["name"]["en"] for row in history] == ["Douglas", "YVR"]
    assert history[0]["from"] == "2024-01-01" and history[0]["until"] == "2025-05-31"
    assert history[1]["until"] is None


def test_assignments_courses_attempts_and_certificates_are_the_learners_own(download, people):
    alex, other = people
    files = _files(download)

    assignments = json.loads(files["assignments.json"])
    assert len(assignments) == 1
    assert assignments[0]["requirement"]["name"] == {
        "en": "Trafficking awareness",
        "fr": "Trafficking awareness (FR)",
    }
    assert assignments[0]["due_on"]
    assert assignments[0]["status"] == "completed"
    assert assignments[0]["status_label"] == {"en": "Completed", "fr": "Terminé"}
    assert assignments[0]["closed_at"] is None

    courses = json.loads(files["courses.json"])
    [completed] = courses["courses_completed"]
    assert completed["course"]["title"] == {
        "en": "Trafficking awareness",
        "fr": "Trafficking awareness (FR)",
    }
    assert completed["completed_at"].startswith("2026-07-02T03:00")
    assert [row["lesson"]["title"]["fr"] for row in courses["lessons_completed"]] == [
        "Leçon 1",
        "Leçon 2",
    ]

    [attempt] = json.loads(files["attempts.json"])
    assert attempt["quiz"]["title"]["en"] == "Customs quiz"
    assert attempt["number"] == 1
    assert attempt["status"] == "submitted"
    assert attempt["passed"] is False and attempt["score"] == 0.0
    assert not {"questions", "answers", "results"} & set(attempt)

    [certificate] = json.loads(files["certificates.json"])
    mine = Certificate.objects.get(user=alex)
    assert certificate["code"] == mine.code
    assert certificate["course"]["title"]["fr"] == "Trafficking awareness (FR)"
    assert certificate["issued_at"] and certificate["revoked_at"] is None
    assert certificate["verify_url"]["en"].endswith(f"/en/certificates/verify/{mine.code}/")
    assert mine.code in certificate["verify_url"]["fr"]

    everything = b"".join(content for name, content in files.items() if name.endswith(".json"))
    assert Certificate.objects.get(user=other).code.encode() not in everything
    assert str(other.uuid).encode() not in everything
    assert b"Robin" not in everything


def test_statements_are_the_learners_own_without_any_answer_key(download, people):
    alex, other = people
    stored = [row.data for row in Statement.objects.all()]
    assert "correctResponsesPattern" in json.dumps(stored)  # the LRS holds answer keys
    files = _files(download)
    statements = json.loads(files["statements.json"])
    assert statements
    assert {statement["actor"]["account"]["name"] for statement in statements} == {str(alex.uuid)}
    assert len(statements) == sum(
        1 for data in stored if data["actor"].get("account", {}).get("name") == str(alex.uuid)
    )
    for content in files.values():
        assert b"correctResponsesPattern" not in content


def test_the_transcript_is_in_english_then_french_with_dates_in_the_learners_time_zone(
    download,
):
    from pypdf import PdfReader

    content = _files(download)["transcript.pdf"]
    assert content.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Transcript" in text and "Relevé de formation" in text
    assert text.index("Transcript") < text.index("Relevé de formation")
    assert "Alex Martin" in text
    assert "Border agency › Pacific › YVR" in text
    assert "Border agency (fr) › Pacific (fr) › YVR (fr)" in text
    assert "Courses completed" in text and "Cours terminés" in text
    assert "Trafficking awareness (FR)" in text
    assert "July 1, 2026" in text and "1er juillet 2026" in text
    assert "Required training" in text and "Formation obligatoire" in text
    assert "Completed" in text and "Terminé" in text
    assert Certificate.objects.get(user=download.wsgi_request.user).code in text
    assert "Robin" not in text


def test_the_french_address_gives_the_same_download(client, people):
    _weasyprint_or_skip()
    alex, _other = people
    client.force_login(alex)
    response = client.get("/fr/mes-dossiers/")
    assert response.status_code == 200
    assert set(_files(response)) == FILES


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get("/en/my-records/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_my_learning_links_to_the_download_with_what_it_holds(client, units, home):
    client.force_login(factories.learner(units["yvr"]))
    english = client.get("/en/my-learning/").content.decode()
    assert 'href="/en/my-records/"' in english
    assert "Download my records" in english
    assert "a transcript in English and French (PDF)" in english
    french = client.get("/fr/mon-apprentissage/").content.decode()
    assert 'href="/fr/mes-dossiers/"' in french
    assert "Télécharger mes dossiers" in french
    assert "un relevé de formation en anglais et en français (PDF)" in french


def test_the_number_of_queries_does_not_grow_with_the_records(client, people, units):
    import uuid

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _weasyprint_or_skip()
    alex, _other = people
    client.force_login(alex)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/my-records/").status_code == 200
        return len(captured.captured_queries)

    before = queries()
    profile = LearnerProfile.objects.get(user=alex)
    for year, unit in ((2020, "agency"), (2021, "region"), (2022, "police")):
        UnitMembership.objects.create(
            profile=profile,
            org_unit=units[unit],
            started_on=date(year, 1, 1),
            ended_on=date(year, 12, 31),
        )
    for _ in range(3):
        CourseCompletion.objects.create(
            user=alex,
            course_key=uuid.uuid4(),
            registration=uuid.uuid4(),
            completed_at=COMPLETED_AT,
            statement_id=uuid.uuid4(),
        )
    assert queries() == before
