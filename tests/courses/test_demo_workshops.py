"""The demo workshops and the officers abroad: each demo course has a bilingual workshop
(so it is blended), with sessions held (attendance taken through the platform's
service, so some learners' courses completed at the session) and upcoming ones in
several cities and time zones and online, some full with a waiting list, one workshop
needing the manager's approval with a request the demo manager can approve; and an
immigration department with missions abroad whose officers work in their posts' time
zones and must take the awareness course. A second load changes nothing.

The demo is loaded for the module with the two courses the demo's required training is
built on (the border officers' and the police cadets'); the other two are loaded, and
their workshops made, by the same steps (``test_demo_data`` checks all four as
loaded)."""

import zoneinfo
from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import Translation

from courses.demo.content import DemoContentError, course_read
from courses.models import CourseCompletion, CoursePage, LessonProgress
from elearning.management.commands import load_demo
from lrs.models import Statement
from organisations.models import Audience, LearnerProfile, OrgUnit, User
from organisations.selectors import learner_time_zone_for
from quizzes.demo.content import bank_read
from tests import factories
from tracking import vocabulary as v
from training.models import Assignment, Requirement
from workshops import demo as workshops_demo
from workshops.demo import demo_workshops
from workshops.models import Booking, WorkshopPage, WorkshopSession

FOLDERS = ["border-services", "police-cadets"]
MISSIONS = ["ircc-new-delhi", "ircc-manila", "ircc-mexico-city", "ircc-beijing", "ircc-dubai"]


def _load():
    with (
        override_settings(DEBUG=True),
        mock.patch.object(load_demo, "demo_courses", lambda: [course_read(f) for f in FOLDERS]),
        mock.patch.object(load_demo, "demo_banks", lambda: [bank_read(f) for f in FOLDERS]),
        # The open course has no workshop (tests/courses/test_demo_know_your_rights.py).
        mock.patch.object(load_demo, "demo_open_courses", lambda: {"courses": [], "site": None}),
    ):
        call_command("load_demo", stdout=mock.MagicMock())


def _rows() -> dict[str, int]:
    from django.apps import apps

    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded twice, with the row counts after each load; the database is left
    as it was."""
    with django_db_blocker.unblock(), transaction.atomic():
        factories.site_home()
        for name in ("Editors", "Moderators"):
            Group.objects.get_or_create(name=name)
        _load()
        first = _rows()
        _load()
        yield {"first": first, "second": _rows()}
        transaction.set_rollback(True)


pytestmark = pytest.mark.django_db


def _workshop(slug: str) -> WorkshopPage:
    return WorkshopPage.objects.get(slug=slug, locale__language_code="en")


def _client(username: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


BORDER = "interviewing-a-possible-victim-at-the-port-of-entry"
POLICE = "indicators-and-trauma-a-workshop-for-police"


def test_a_second_load_adds_and_changes_nothing(demo):
    assert demo["first"]["workshops.WorkshopSession"] > 0
    assert demo["first"]["workshops.Booking"] > 0
    assert demo["second"] == demo["first"]


def test_each_course_has_one_workshop_in_english_and_french(demo):
    english, french = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="fr")
    for course in CoursePage.objects.filter(locale=english):
        workshops = list(course.workshops())
        assert len(workshops) == 1, course.slug
        workshop = workshops[0].specific
        translated = workshop.get_translation(french)
        assert translated.live and translated.title != workshop.title
        assert translated.get_parent().specific == course.get_translation(french)
        # Made the way the demo makes its courses' French: a wagtail-localize translation.
        assert Translation.objects.filter(
            source__object_id=workshop.translation_key, target_locale=french
        ).exists()
    border = _workshop(BORDER)
    assert border.needs_manager_approval
    assert not _workshop(POLICE).needs_manager_approval
    page = Client().get(border.get_translation(french).url)
    assert page.status_code == 200
    assert "Mener l’entrevue d’une victime potentielle" in page.content.decode()


def test_past_sessions_had_their_attendance_taken_and_completed_blended_courses(demo):
    now = timezone.now()
    trainer = User.objects.get(username="trainer")
    held = WorkshopSession.objects.filter(ends_at__lt=now)
    attended = Booking.objects.filter(session__in=held, attendance=Booking.Attendance.ATTENDED)
    assert attended.count() >= 4
    assert Booking.objects.filter(session__in=held, attendance=Booking.Attendance.ABSENT).exists()
    for booking in attended.select_related("session", "user"):
        assert booking.attendance_recorded_by == trainer
        assert booking.requested_at < booking.session.starts_at
        # The platform recorded the attendance as a statement, on the trainer's word.
        assert Statement.objects.filter(
            verb_iri=v.VERB_ATTENDED, timestamp=booking.attendance_recorded_at
        ).exists()
    # Every completion of a blended course came at or after its learner attended.
    for course in CoursePage.objects.filter(locale__language_code="en"):
        workshop = course.workshops().first()
        completions = CourseCompletion.objects.filter(course_key=course.translation_key)
        for completion in completions:
            attendance = Booking.objects.get(
                user=completion.user,
                session__workshop_key=workshop.translation_key,
                attendance=Booking.Attendance.ATTENDED,
            )
            assert attendance.attendance_recorded_at <= completion.completed_at
            last_lesson = LessonProgress.objects.filter(
                user=completion.user, course_key=course.translation_key
            ).latest("completed_at")
            assert last_lesson.completed_at < attendance.session.starts_at
    assert CourseCompletion.objects.filter(
        course_key=_workshop(BORDER).get_parent().translation_key
    ).exists()


def test_upcoming_sessions_in_several_time_zones_one_online_some_full(demo):
    now = timezone.now()
    upcoming = WorkshopSession.objects.filter(starts_at__gt=now)
    zones = set(upcoming.values_list("time_zone", flat=True))
    assert {"America/Vancouver", "America/Toronto", "America/Halifax", "America/Regina"} <= zones
    assert upcoming.exclude(online_url="").exists()
    assert upcoming.filter(language="fr").exists()
    trainer = User.objects.get(username="trainer")
    assert all(session.trainers.filter(pk=trainer.pk).exists() for session in upcoming)
    full = [
        session
        for session in upcoming
        if session.bookings.filter(status=Booking.Status.BOOKED).count() == session.capacity
        and session.bookings.filter(status=Booking.Status.WAITLISTED).exists()
    ]
    assert len(full) >= 2
    # A session starts at its local hour: a Regina session at 8:30 in Regina.
    regina = upcoming.filter(time_zone="America/Regina").first()
    assert regina.starts_at.astimezone(zoneinfo.ZoneInfo("America/Regina")).hour == 8


def test_the_demo_manager_can_approve_a_pending_request(demo):
    border = _workshop(BORDER)
    pending = Booking.objects.filter(
        session__workshop_key=border.translation_key,
        status=Booking.Status.AWAITING_APPROVAL,
        user__learner_profile__org_unit__path__startswith=OrgUnit.objects.get(code="cbsa").path,
    ).first()
    assert pending is not None
    manager = _client("manager")
    page = manager.get("/en/workshops/approvals/")
    assert page.status_code == 200
    assert pending.user.get_full_name() in page.content.decode()
    response = manager.post(f"/en/workshops/approvals/{pending.pk}/", {"decision": "approve"})
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status in (Booking.Status.BOOKED, Booking.Status.WAITLISTED)


def test_officers_abroad_work_in_their_posts_time_zones(demo):
    network = OrgUnit.objects.get(code="ircc-international")
    assert network.get_parent().code == "ircc"
    assert set(network.get_children().values_list("code", flat=True)) == set(MISSIONS)
    audience = Audience.objects.get(code="migration-integrity-officer")
    assert audience.name_fr == "Agent d’intégrité des mouvements migratoires"
    officers = LearnerProfile.objects.filter(org_unit__code__in=MISSIONS)
    assert officers.count() == 10
    delhi = officers.filter(org_unit__code="ircc-new-delhi").first()
    assert learner_time_zone_for(user_id=delhi.user_id) == zoneinfo.ZoneInfo("Asia/Kolkata")
    for officer in officers:
        assert audience in officer.audiences.all()
        zone = learner_time_zone_for(user_id=officer.user_id)
        # Their lessons were taken during their working day, where they are posted.
        for lesson in LessonProgress.objects.filter(user=officer.user):
            assert 9 <= lesson.completed_at.astimezone(zone).hour <= 17, officer


def test_officers_abroad_must_take_the_awareness_course_and_some_did(demo):
    border_course = _workshop(BORDER).get_parent()
    requirement = Requirement.objects.get(audiences__code="migration-integrity-officer")
    assert [str(key) for key in requirement.courses.values_list("course_key", flat=True)] == [
        str(border_course.translation_key)
    ]
    officers = User.objects.filter(learner_profile__org_unit__code__in=MISSIONS)
    assigned = Assignment.objects.filter(requirement=requirement, user__in=officers)
    assert assigned.count() == officers.count()
    completions = CourseCompletion.objects.filter(
        user__in=officers, course_key=border_course.translation_key
    )
    assert completions.exists()
    for completion in completions:
        # They took an online session, during their working day.
        booking = Booking.objects.get(user=completion.user, attendance="attended")
        assert booking.session.online_url
        zone = learner_time_zone_for(user_id=completion.user_id)
        assert 8 <= booking.session.starts_at.astimezone(zone).hour < 19
        assert completion.completed_at - booking.session.ends_at < timedelta(minutes=1)


def test_a_session_with_an_unknown_time_zone_is_named(tmp_path, db):
    text = workshops_demo.WORKSHOPS_FILE.read_text(encoding="utf-8").replace(
        "time_zone: America/Halifax", "time_zone: America/Atlantis", 1
    )
    broken = tmp_path / "workshops.yaml"
    broken.write_text(text, encoding="utf-8")
    with (
        mock.patch.object(workshops_demo, "WORKSHOPS_FILE", broken),
        pytest.raises(DemoContentError) as error,
    ):
        demo_workshops()
    assert "workshops[0].sessions[" in str(error.value)
    assert "unknown time zone 'America/Atlantis'" in str(error.value)


def test_every_demo_course_has_a_workshop_in_the_data(db):
    from courses.demo.content import demo_courses

    assert sorted(workshop["course"] for workshop in demo_workshops()) == sorted(
        course["slug"] for course in demo_courses()
    )


def _document_of(lesson):
    blocks = [block for block in lesson.body if block.block_type == "document"]
    assert len(blocks) == 1
    return blocks[0].value["document"]


def test_each_course_offers_its_fact_sheet_as_a_tagged_pdf_in_each_language(demo):
    import io

    import pypdf

    from courses.models import LessonPage

    french = Locale.objects.get(language_code="fr")
    for course in CoursePage.objects.filter(locale__language_code="en"):
        lesson = LessonPage.objects.child_of(course).live().order_by("path").last()
        english, french_lesson = lesson, lesson.get_translation(french)
        documents = {"en": _document_of(english), "fr": _document_of(french_lesson)}
        assert documents["en"].title == f"Fact sheet: {course.title}"
        assert documents["fr"].title.startswith("Fiche d’information")
        for language, document in documents.items():
            with document.file.open("rb") as file:
                pdf = pypdf.PdfReader(io.BytesIO(file.read()))
            catalog = pdf.trailer["/Root"]
            assert catalog["/Lang"] == f"{language}-CA"
            assert catalog["/MarkInfo"]["/Marked"]
            assert "/StructTreeRoot" in catalog
            assert course.get_translation(french if language == "fr" else course.locale).title in (
                pdf.metadata.title
            )
            # On one page, the law with it.
            assert len(pdf.pages) == 1
            text = pdf.pages[0].extract_text()
            assert "279.01" in text and "118" in text
        page = Client().get(french_lesson.url).content.decode()
        assert documents["fr"].url in page and documents["en"].url not in page
        assert "L’essentiel de ce cours sur une page" in page
