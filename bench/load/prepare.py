"""Load-test accounts and the plan the simulated people follow (run by ``bench_load.py``
in a process of its own, on the load-test database, after ``migrate`` and ``load_demo``).

Makes, idempotently:

* ``--learners`` learners ``loadtest-<batch>-0001``... at Vancouver International Airport,
  border services officers, so that the demo's requirement assigns them the border
  services course (their assignments are materialised here). Each run of the load test
  names a batch of its own: its learners start the course from the beginning, while
  those of earlier runs stay in the database as finished or half-way learners;
* ``--managers`` managers ``loadtest-manager-01``... whose scope is the whole Canada
  Border Services Agency (the demo's learners and the load-test ones);
* an LRS client ``loadtest-lrs`` for the xAPI batches;

all with the password ``PASSWORD`` (hashed once and given to every account: hashing it
per account would take longer than the test). Writes the plan as JSON to ``--plan``: the
accounts, the course's address, its lessons in order and its final assessment.
"""

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "load-test-password"
LRS_KEY = "loadtest-lrs"
LRS_SECRET = "loadtest-lrs-secret"
COURSE_SLUG = "human-trafficking-border-services"
UNIT = "cbsa-yvr"
SCOPE = "cbsa"
AUDIENCE = "border-services-officer"


def learner_name(batch: str, number: int) -> str:
    return f"loadtest-{batch}-{number:04d}"


def manager_name(number: int) -> str:
    return f"loadtest-manager-{number:02d}"


def accounts(*, batch: str, learners: int, managers: int) -> None:
    from django.contrib.auth.hashers import make_password
    from django.db import transaction

    from lrs.models import LRSClient
    from lrs.services import lrs_client_create
    from organisations.models import Audience, LearnerProfile, ManagerScope, OrgUnit, User
    from training.services import assignments_materialise

    password = make_password(PASSWORD)
    unit = OrgUnit.objects.get(code=UNIT)
    scope = OrgUnit.objects.get(code=SCOPE)
    audience = Audience.objects.get(code=AUDIENCE)
    names = [learner_name(batch, number) for number in range(1, learners + 1)]
    with transaction.atomic():
        existing = set(User.objects.filter(username__in=names).values_list("username", flat=True))
        new = [
            User(
                username=name,
                first_name="Load",
                last_name=f"Test {number}",
                email=f"{name}@example.gc.ca",
                password=password,
            )
            for number, name in enumerate(names, start=1)
            if name not in existing
        ]
        User.objects.bulk_create(new)
        learner_users = list(User.objects.filter(username__in=names).order_by("username"))
        for user in learner_users:
            profile, created = LearnerProfile.objects.get_or_create(
                user=user,
                defaults={
                    "org_unit": unit,
                    "employee_number": user.username[len("loadtest-") :],
                    "preferred_language": "en",
                },
            )
            if created:
                profile.audiences.add(audience)
        for number in range(1, managers + 1):
            manager, created = User.objects.get_or_create(
                username=manager_name(number),
                defaults={
                    "first_name": "Load",
                    "last_name": f"Manager {number}",
                    "email": f"{manager_name(number)}@example.gc.ca",
                    "password": password,
                },
            )
            ManagerScope.objects.get_or_create(manager=manager, org_unit=scope)
        if not LRSClient.objects.filter(key=LRS_KEY).exists():
            lrs_client_create(name="Load test", key=LRS_KEY, secret=LRS_SECRET, scopes=["all"])
    assignments_materialise(user_ids=[user.pk for user in learner_users])


def course_plan() -> dict:
    from wagtail.models import Locale

    from courses.models import CoursePage, LessonPage

    english = Locale.objects.get(language_code="en")
    course = CoursePage.objects.live().get(slug=COURSE_SLUG, locale=english)
    lessons = [
        page.get_url() for page in LessonPage.objects.live().descendant_of(course).order_by("path")
    ]
    assessment = course.assessments().first()
    return {
        "course": course.get_url(),
        "course_key": str(course.translation_key),
        "lessons": lessons,
        "quiz_page": assessment.get_url() if assessment else None,
        "quiz_key": str(assessment.specific.quiz.translation_key) if assessment else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", required=True, help="the run's own part of the names")
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--managers", type=int, default=20)
    parser.add_argument("--plan", required=True)
    arguments = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings.dev")
    import django

    django.setup()
    accounts(batch=arguments.batch, learners=arguments.learners, managers=arguments.managers)
    plan = {
        **course_plan(),
        "password": PASSWORD,
        "learners": [learner_name(arguments.batch, n) for n in range(1, arguments.learners + 1)],
        "managers": [manager_name(n) for n in range(1, arguments.managers + 1)],
        "lrs": {"key": LRS_KEY, "secret": LRS_SECRET},
    }
    Path(arguments.plan).write_text(json.dumps(plan, indent=2))


if __name__ == "__main__":
    main()
