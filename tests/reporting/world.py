"""A small world for the report's tests, built the way learners and trainers make it:
every completion, acknowledgement and attendance goes through the platform's services,
so the LRS holds the statements the figures must agree with.

In the reporting year (``YEAR``), in the border agency: six learners complete the course
tagged with 3.11, one starts it without finishing, five acknowledge the tagged briefing
and five attend a session of the tagged workshop; the year before, five others completed
the course. In the police: two learners complete the course in the year. A target of
the tagged requirement (half of the agency) falls due in the year."""

import copy
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from courses.models import CourseRegistration
from courses.services import briefing_acknowledge, lesson_complete
from dashboards.projections import records_refresh
from reporting.models import Commitment, CommitmentItem
from tests import factories
from tests.training.helpers import requirement as make_requirement
from training.models import Target
from training.services import assignments_materialise
from workshops.models import WorkshopPage, WorkshopSession
from workshops.services import attendance_record, booking_request

#: Last year: a whole year in the past, whenever the tests run.
YEAR = timezone.localdate().year - 1


def at(day: date, hour: int = 12) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


@dataclass
class World:
    units: dict
    course: object
    lessons: list
    briefing: object
    workshop: object
    session: object
    requirement: object
    target: object
    commitment: object
    agency_learners: list
    police_learners: list


def _finish(user, lessons, when):
    """``user`` finishes ``lessons`` at ``when``, having started the course then."""
    for lesson in lessons:
        lesson_complete(user=user, lesson=lesson, language="en", at=when)
    CourseRegistration.objects.filter(user=user).update(started_at=when)


def build_world() -> World:
    units = factories.org_tree()
    course, lessons = factories.course("Trafficking indicators at the border", lessons=2)
    briefing = factories.briefing("New indicators at the port")
    other_course, _ = factories.course("Trauma-informed interviews", lessons=1)
    workshop = other_course.add_child(
        instance=WorkshopPage(title="Interviewing victims", slug="workshop")
    )
    workshop.save_revision().publish()
    workshop.refresh_from_db()
    item = make_requirement(courses=[course], units=[units["agency"]], due_days=60)
    target = Target.objects.create(
        requirement=item, org_unit=units["agency"], percentage=50, deadline=date(YEAR, 12, 31)
    )
    commitment = Commitment.objects.get(code="3.11")
    for kind, key in (
        (CommitmentItem.Kind.COURSE, course.translation_key),
        (CommitmentItem.Kind.BRIEFING, briefing.translation_key),
        (CommitmentItem.Kind.WORKSHOP, workshop.translation_key),
        (CommitmentItem.Kind.REQUIREMENT, item.uuid),
    ):
        CommitmentItem.objects.create(commitment=commitment, kind=kind, item_key=key)

    yvr, douglas, police = units["yvr"], units["douglas"], units["police"]
    this_year = [factories.learner(yvr) for _ in range(4)] + [
        factories.learner(douglas) for _ in range(2)
    ]
    last_year = [factories.learner(yvr) for _ in range(5)]
    starter = factories.learner(douglas)
    police_learners = [factories.learner(police) for _ in range(2)]
    assignments_materialise(requirement=item)
    for number, user in enumerate(this_year):
        _finish(user, lessons, at(date(YEAR, 2, 1) + timedelta(days=number)))
    for user in last_year:
        _finish(user, lessons, at(date(YEAR - 1, 6, 1)))
    _finish(starter, lessons[:1], at(date(YEAR, 3, 1)))
    for user in police_learners:
        _finish(user, lessons, at(date(YEAR, 4, 1)))
    for user in this_year[:5]:
        briefing_acknowledge(user=user, briefing=briefing, language="en", at=at(date(YEAR, 5, 2)))

    trainer = factories.trainer()
    session = WorkshopSession.objects.create(
        workshop_key=workshop.translation_key,
        starts_at=timezone.now() + timedelta(days=2),
        ends_at=timezone.now() + timedelta(days=2, hours=3),
        time_zone="America/Vancouver",
        place="YVR training room",
        capacity=10,
    )
    session.trainers.add(trainer)
    for user in this_year[:5]:
        booking_request(user=user, session=session, workshop=workshop)
    held = at(date(YEAR, 3, 15), 9)
    WorkshopSession.objects.filter(pk=session.pk).update(
        starts_at=held, ends_at=held + timedelta(hours=3)
    )
    session.refresh_from_db()
    attendance_record(
        session=session,
        workshop=workshop,
        trainer=trainer,
        marks={str(user.uuid): True for user in this_year[:5]},
        at=held + timedelta(hours=1),
    )
    assignments_materialise(requirement=item)
    records_refresh()
    return World(
        units=units,
        course=course,
        lessons=lessons,
        briefing=briefing,
        workshop=workshop,
        session=session,
        requirement=item,
        target=target,
        commitment=commitment,
        agency_learners=this_year + last_year + [starter],
        police_learners=police_learners,
    )


def world_copy(built: World) -> World:
    return copy.deepcopy(built)
