"""Demo mandatory training for ``manage.py load_demo`` (idempotent): the two commitments
for border services officers, a recurring requirement for police cadets, the awareness
course for migration integrity officers at missions abroad, targets, one exemption, and
the demo briefings sent to front-line staff.

The demo tells a story that holds together in time: its requirements came into force
``HISTORY_DAYS`` before the load, each learner joined their audience and was assigned
their training on the first day of their history (that day, or their start date when
they started later), and their course activity (``load_demo``) comes after it. A briefing
is sent on the day it was published, to be acknowledged by a date, to the staff in post
that day: they are assigned it that day, and acknowledge it afterwards (``load_demo``)."""

import uuid
from collections import defaultdict
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from organisations.models import AudienceMembership, LearnerProfile, User

from .models import Assignment, Exemption, Requirement, RequirementCourse, Target
from .services import assignments_materialise

NAMESPACE = uuid.UUID("6f1e0d62-5d0c-4d0e-9a4f-3f3a1c2b7d10")

#: How long before the load the demo's history begins: the day its requirements came
#: into force and its serving learners were assigned their training.
HISTORY_DAYS = 100


def history_start(*, start_date: date | None, today: date) -> date:
    """The first day of a demo learner's history: the day the requirements came into
    force, or the learner's start date when they started later."""
    first = today - timedelta(days=HISTORY_DAYS)
    return max(first, start_date) if start_date else first


def _next(month: int, day: int, today: date) -> date:
    """The next ``month``/``day`` at least a month away."""
    candidate = date(today.year, month, day)
    while candidate < today + timedelta(days=30):
        candidate = date(candidate.year + 1, month, day)
    return candidate


def _requirement(key: str, *, course, audiences, org_units=(), **fields) -> Requirement:
    stable = uuid.uuid5(NAMESPACE, key)
    existing = Requirement.objects.filter(uuid=stable).first()
    if existing is not None:
        return existing
    requirement = Requirement(uuid=stable, **fields)
    requirement.courses = [
        RequirementCourse(course=course, course_key=course.translation_key, sort_order=0)
    ]
    requirement.audiences = list(audiences)
    requirement.org_units = list(org_units)
    requirement.save()
    return requirement


def training_demo_load(
    *, units: dict, audiences: dict, courses: list, briefings: list = ()
) -> None:
    """Requirements, targets and an exemption over the demo organisation, the demo
    ``briefings`` sent (``(briefing page, how it is sent)`` pairs, see
    ``courses.demo.content.demo_briefings``), then the assignments they call for."""
    today = timezone.localdate()
    _courses_require(units=units, audiences=audiences, courses=courses, today=today)
    _assign_on_history_start(today=today)
    _briefings_send(briefings=briefings, units=units, audiences=audiences)
    assignments_materialise()


def _courses_require(*, units: dict, audiences: dict, courses: list, today: date) -> None:
    """The demo's course requirements, targets and exemption (none without the border
    services officers' and the police cadets' courses)."""
    by_slug = {course.slug: course for course, _lessons in courses}
    border = by_slug.get("human-trafficking-border-services")
    police = by_slug.get("trafficking-in-persons-police-cadets")
    if border is None or police is None:
        return
    with transaction.atomic():
        cutoff = today - timedelta(days=180)
        # A few officers are new: they started recently.
        for number, username in enumerate(["learner", "learner03", "learner10", "learner16"]):
            LearnerProfile.objects.filter(user__username=username, start_date__isnull=True).update(
                start_date=today - timedelta(days=20 + 25 * number)
            )
        new_officers = _requirement(
            "bso-new",
            course=border,
            audiences=[audiences["border-services-officer"]],
            name_en="Trafficking awareness for new border services officers",
            name_fr="Sensibilisation à la traite pour les nouveaux agents des services frontaliers",
            description="Every new border services officer completes the awareness training "
            "within 90 days of starting.",
            started_from=cutoff,
            due_rule=Requirement.DueRule.DAYS_AFTER_START_DATE,
            due_days=90,
            recurrence=Requirement.Recurrence.MONTHS_AFTER_COMPLETION,
            recurrence_months=24,
            window_days=60,
        )
        existing_officers = _requirement(
            "bso-existing",
            course=border,
            audiences=[audiences["border-services-officer"]],
            org_units=[units["cbsa"]],
            name_en="Trafficking awareness for serving border services officers",
            name_fr="Sensibilisation à la traite pour les agents des services frontaliers en poste",
            description="Serving officers who have not completed the training yet do so by "
            "31 March; it is renewed every two years.",
            started_before=cutoff,
            due_rule=Requirement.DueRule.FIXED_DATE,
            due_date=_next(3, 31, today),
            recurrence=Requirement.Recurrence.MONTHS_AFTER_COMPLETION,
            recurrence_months=24,
            window_days=60,
            grace_days=14,
        )
        _requirement(
            "police-cadets",
            course=police,
            audiences=[audiences["police-cadet"]],
            name_en="Trafficking in persons for police cadets",
            name_fr="La traite de personnes pour les cadets de police",
            due_rule=Requirement.DueRule.DAYS_AFTER_AUDIENCE_JOINED,
            due_days=30,
            recurrence=Requirement.Recurrence.FIXED_ANNIVERSARY,
            recurrence_months=12,
            anniversary=_next(4, 1, today),
            window_days=30,
        )
        if "migration-integrity-officer" in audiences:
            _requirement(
                "migration-integrity-officers",
                course=border,
                audiences=[audiences["migration-integrity-officer"]],
                name_en="Trafficking awareness for migration integrity officers abroad",
                name_fr="Sensibilisation à la traite pour les agents d’intégrité des mouvements "
                "migratoires à l’étranger",
                description="Officers at missions abroad take the awareness course, offline if "
                "need be, within 120 days of joining the network; it is renewed every two years.",
                due_rule=Requirement.DueRule.DAYS_AFTER_AUDIENCE_JOINED,
                due_days=120,
                recurrence=Requirement.Recurrence.MONTHS_AFTER_COMPLETION,
                recurrence_months=24,
                window_days=60,
            )
        deadline = _next(3, 31, today)
        Target.objects.get_or_create(
            requirement=new_officers,
            org_unit=units["cbsa-pacific"],
            defaults={"percentage": 100, "deadline": deadline},
        )
        Target.objects.get_or_create(
            requirement=existing_officers,
            org_unit=units["cbsa"],
            defaults={"percentage": 90, "deadline": deadline},
        )
        on_leave = User.objects.filter(username="learner05").first()
        if on_leave is not None and not Exemption.objects.filter(user=on_leave).exists():
            Exemption.objects.create(
                requirement=existing_officers,
                user=on_leave,
                reason="On extended leave until the summer.",
                granted_by=User.objects.filter(username="admin").first(),
                expires_on=today + timedelta(days=120),
            )


def _briefings_send(*, briefings, units: dict, audiences: dict) -> None:
    """Send each demo briefing the way a trainer does: a requirement asking for it, due on
    the date to acknowledge it by, once, to the staff of its audiences and units in post
    the day it was sent (who started before), each assigned it that day. A briefing
    already sent is left as it is."""
    french = Locale.objects.get(language_code="fr")
    for briefing, sent in briefings:
        sent_on = timezone.localdate(briefing.first_published_at)
        title_fr = briefing.get_translation(french).title
        requirement = _requirement(
            f"briefing:{briefing.slug}",
            course=briefing,
            audiences=[audiences[code] for code in sent["audiences"]],
            org_units=[units[code] for code in sent["org_units"]],
            name_en=f"Briefing: {briefing.title}",
            name_fr=f"Breffage\u00a0: {title_fr}",
            description="Sent to front-line staff, to be read and acknowledged by the date due.",
            due_rule=Requirement.DueRule.FIXED_DATE,
            started_before=sent_on,
            due_date=sent_on + timedelta(days=sent["acknowledge_within_days"]),
            recurrence=Requirement.Recurrence.ONCE,
        )
        if not requirement.assignments.exists():
            assignments_materialise(requirement=requirement, today=sent_on)


def _assign_on_history_start(*, today: date) -> None:
    """Assign the learners who have no assignment yet (all of them on a first load) on
    the first day of their history rather than on the day of the load, having them join
    their audiences that day: a rule counted from joining an audience then falls due
    after it, and the activity the demo adds afterwards follows the assignment."""
    assigned = Assignment.objects.values("user_id")
    profiles = LearnerProfile.objects.exclude(user_id__in=assigned).values_list(
        "pk", "user_id", "start_date"
    )
    by_day: dict[date, list[int]] = defaultdict(list)
    for profile_id, user_id, start_date in profiles:
        day = history_start(start_date=start_date, today=today)
        AudienceMembership.objects.filter(
            profile_id=profile_id, left_on__isnull=True, joined_on__gt=day
        ).update(joined_on=day)
        by_day[day].append(user_id)
    for day, user_ids in sorted(by_day.items()):
        assignments_materialise(user_ids=user_ids, today=day)
