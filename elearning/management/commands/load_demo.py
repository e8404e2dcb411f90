"""Demo data for people trying the platform: ``manage.py load_demo``.

Idempotent: running it again changes nothing that exists. Refuses to run when DEBUG is
off, so demo accounts and the demo LRS secret never reach a production database.
Progress is made through the platform's own statement door, so the demo's dashboards,
completions and certificates come from real xAPI statements.
"""

import random
import uuid
import zoneinfo
from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import (
    Collection,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from courses.demo.content import (
    demo_briefings,
    demo_courses,
    demo_fact_sheets,
    demo_open_courses,
    demo_site,
)
from courses.demo.loader import (
    briefing_load,
    briefings_index_get_or_create,
    catalogue_get_or_create,
    course_cover_load,
    course_load,
    fact_sheet_load,
    page_translations_load,
    topics_get_or_create,
)
from courses.models import (
    BriefingIndexPage,
    BriefingPage,
    CourseCompletion,
    CoursePage,
    CourseRegistration,
    CourseReviewTask,
    HomePage,
    LessonProgress,
)
from courses.selectors import activity_ref_for
from courses.services import briefing_acknowledge, registration_current
from lrs.models import LRSClient
from lrs.services import lrs_client_create, statement_record
from organisations.models import Audience, LearnerProfile, ManagerScope, OrgUnit, User
from organisations.services import learner_time_zone_set, org_unit_get_or_create
from quizzes.demo.answers import demo_answers
from quizzes.demo.content import demo_banks
from quizzes.demo.loader import assessment_page_load, bank_load
from quizzes.services import attempt_start, attempt_submit
from tracking import builders
from workshops.demo import demo_workshops, workshop_load

DEMO_PASSWORD = "training-demo"
DEMO_LRS_KEY = "demo-lrs-key"
DEMO_LRS_SECRET = "demo-lrs-secret"

#: The stable ids of the demo's acknowledgement statements (one per learner and briefing).
BRIEFING_STATEMENTS = uuid.UUID("0b6f1c3e-8f0a-4d53-9c61-2a7e5d4b9f28")
#: The stable ids of the demo's workshop sessions (one per workshop and session key).
WORKSHOP_SESSIONS = uuid.UUID("5a0d7c29-3e4b-4f61-8d2a-91c6b0e4f7a3")

AUDIENCES = [
    ("border-services-officer", "Border services officer", "Agent des services frontaliers"),
    ("police-cadet", "Police cadet", "Cadet de police"),
    ("police-officer", "Police officer", "Policier ou policière"),
    ("labour-inspector", "Labour inspector", "Inspecteur ou inspectrice du travail"),
    (
        "tfwp-officer",
        "Temporary Foreign Worker Program officer",
        "Agent du Programme des travailleurs étrangers temporaires",
    ),
    (
        "front-line-provider",
        "Front-line service provider",
        "Fournisseur de services de première ligne",
    ),
    (
        "migration-integrity-officer",
        "Migration integrity officer",
        "Agent d’intégrité des mouvements migratoires",
    ),
]

# code, English, French, kind, children
ORG_TREE = [
    (
        "cbsa",
        "Canada Border Services Agency",
        "Agence des services frontaliers du Canada",
        "agency",
        [
            (
                "cbsa-pacific",
                "Pacific Region",
                "Région du Pacifique",
                "region",
                [
                    (
                        "cbsa-yvr",
                        "Vancouver International Airport",
                        "Aéroport international de Vancouver",
                        "unit",
                        [],
                    ),
                    (
                        "cbsa-douglas",
                        "Douglas Port of Entry",
                        "Point d’entrée de Douglas",
                        "unit",
                        [],
                    ),
                ],
            ),
            (
                "cbsa-quebec",
                "Quebec Region",
                "Région du Québec",
                "region",
                [
                    (
                        "cbsa-yul",
                        "Montréal-Trudeau International Airport",
                        "Aéroport international Montréal-Trudeau",
                        "unit",
                        [],
                    ),
                    (
                        "cbsa-lacolle",
                        "Lacolle Port of Entry",
                        "Point d’entrée de Lacolle",
                        "unit",
                        [],
                    ),
                ],
            ),
        ],
    ),
    (
        "police",
        "Royal Canadian Mounted Police",
        "Gendarmerie royale du Canada",
        "agency",
        [
            (
                "police-depot",
                "Cadet Training Academy",
                "École de formation des cadets",
                "region",
                [],
            ),
            (
                "police-e-division",
                "E Division (British Columbia)",
                "Division E (Colombie-Britannique)",
                "region",
                [],
            ),
            ("police-k-division", "K Division (Alberta)", "Division K (Alberta)", "region", []),
        ],
    ),
    (
        "labour",
        "Labour Program",
        "Programme du travail",
        "agency",
        [
            ("labour-ontario", "Ontario Region", "Région de l’Ontario", "region", []),
            (
                "labour-west",
                "Western and Northern Region",
                "Région de l’Ouest et du Nord",
                "region",
                [],
            ),
            (
                "labour-tfwp",
                "Temporary Foreign Worker Program Integrity",
                "Intégrité du Programme des travailleurs étrangers temporaires",
                "region",
                [],
            ),
        ],
    ),
    (
        "victim-services",
        "Safe Harbour Victim Services",
        "Services aux victimes Havre sûr",
        "agency",
        [
            ("victim-services-vancouver", "Vancouver Office", "Bureau de Vancouver", "unit", []),
            ("victim-services-winnipeg", "Winnipeg Office", "Bureau de Winnipeg", "unit", []),
        ],
    ),
    (
        "ircc",
        "Immigration, Refugees and Citizenship Canada",
        "Immigration, Réfugiés et Citoyenneté Canada",
        "agency",
        [
            (
                "ircc-international",
                "International network",
                "Réseau international",
                "region",
                [
                    ("ircc-new-delhi", "New Delhi", "New Delhi", "unit", []),
                    ("ircc-manila", "Manila", "Manille", "unit", []),
                    ("ircc-mexico-city", "Mexico City", "Mexico", "unit", []),
                    ("ircc-beijing", "Beijing", "Beijing", "unit", []),
                    ("ircc-dubai", "Dubai", "Dubaï", "unit", []),
                ],
            ),
        ],
    ),
]

#: The time zone of each mission abroad: its officers' own (their times are shown in it).
MISSION_TIME_ZONES = {
    "ircc-new-delhi": "Asia/Kolkata",
    "ircc-manila": "Asia/Manila",
    "ircc-mexico-city": "America/Mexico_City",
    "ircc-beijing": "Asia/Shanghai",
    "ircc-dubai": "Asia/Dubai",
}

# Where learners sit, with their audience: (unit code, audience code, how many).
LEARNER_PLACES = [
    ("cbsa-yvr", "border-services-officer", 8),
    ("cbsa-douglas", "border-services-officer", 5),
    ("cbsa-yul", "border-services-officer", 7),
    ("cbsa-lacolle", "border-services-officer", 4),
    ("police-depot", "police-cadet", 8),
    ("police-e-division", "police-officer", 3),
    ("police-k-division", "police-officer", 2),
    ("labour-ontario", "labour-inspector", 4),
    ("labour-west", "labour-inspector", 2),
    ("labour-tfwp", "tfwp-officer", 3),
    ("victim-services-vancouver", "front-line-provider", 2),
    ("victim-services-winnipeg", "front-line-provider", 2),
    *((code, "migration-integrity-officer", 2) for code in MISSION_TIME_ZONES),
]

FIRST_NAMES = [
    "Amélie",
    "Ben",
    "Chloé",
    "Daniel",
    "Émilie",
    "Farid",
    "Gabrielle",
    "Harpreet",
    "Isabelle",
    "Jasmine",
    "Kevin",
    "Léa",
    "Mohamed",
    "Nadia",
    "Olivier",
    "Priya",
    "Quinn",
    "Raphaël",
    "Sophie",
    "Thomas",
    "Uma",
    "Vincent",
    "Wei",
    "Xavier",
    "Yasmin",
    "Zoé",
]
LAST_NAMES = [
    "Tremblay",
    "Singh",
    "Gagnon",
    "Nguyen",
    "Roy",
    "Chen",
    "Côté",
    "Wilson",
    "Bouchard",
    "Patel",
    "Gauthier",
    "Thompson",
    "Morin",
    "Ahmed",
    "Lavoie",
    "Campbell",
    "Fortin",
]

MANAGERS = [
    ("manager", "Morgan", "Leblanc", "cbsa"),
    ("manager.police", "Jordan", "Whitehorse", "police"),
    ("manager.labour", "Dominique", "Pelletier", "labour"),
    ("manager.victims", "Sam", "Okafor", "victim-services"),
    ("manager.ircc", "Kiran", "Mehta", "ircc"),
]


class Command(BaseCommand):
    help = (
        "Load demo organisations, people, bilingual courses and briefings, and progress "
        "(idempotent)."
    )
    _demo_password_hash: str | None = None

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2012, help="random seed for progress")

    def handle(self, *args, seed: int, **options):
        if not settings.DEBUG:
            raise CommandError("load_demo refuses to run with DEBUG off: demo accounts are public.")
        with transaction.atomic():
            home = self._site()
            units = self._org_tree()
            audiences = self._audiences()
            courses = self._courses(home, audiences)
            briefings = self._briefings(home)
            workshops = self._workshops(courses)
            learners = self._learners(units, audiences)
            self._staff(units)
            self._lrs_client()
        from training.demo import training_demo_load

        # Training is assigned first, dated back to the start of each learner's history,
        # so that the activity that follows comes after it.
        training_demo_load(units=units, audiences=audiences, courses=courses, briefings=briefings)
        from reporting.demo import commitments_demo_load

        # The demo's trainers tagged their training with the plan's commitments, for the
        # annual public report.
        commitments_demo_load()
        self._progress(learners, courses, seed)
        self._acknowledgements(learners, briefings, seed)
        # The demo's bookings are a story told after the fact: nobody is e-mailed.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            self._workshop_sessions(workshops, learners, seed)
        from dashboards.projections import records_refresh

        # The read models follow every change through signals; a full pass also covers
        # anything a demo loader wrote in bulk.
        records_refresh()
        self._print_summary()

    # -- content ---------------------------------------------------------------------------

    def _site(self) -> HomePage:
        english, french = (
            Locale.objects.get(language_code="en"),
            Locale.objects.get(language_code="fr"),
        )
        content = demo_site()["home"]
        home = HomePage.objects.filter(locale=english).first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(
                instance=HomePage(
                    title=content["title"]["en"],
                    slug=content["slug"]["en"],
                    intro=content["intro"]["en"],
                    locale=english,
                )
            )
            home.save_revision().publish()
            site = Site.objects.filter(is_default_site=True).first()
            old_root = site.root_page if site else None
            if site is None:
                Site.objects.create(
                    hostname="localhost",
                    port=80,
                    root_page=home,
                    is_default_site=True,
                    site_name=settings.PLATFORM_NAME,
                )
            else:
                site.root_page = home
                site.site_name = settings.PLATFORM_NAME
                site.save()
            if old_root is not None and old_root.pk != home.pk and not old_root.get_children():
                old_root.delete()
        self._translate(
            home,
            french,
            title=content["title"]["fr"],
            slug=content["slug"]["fr"],
            intro=content["intro"]["fr"],
        )
        # The home page in each learner language, for the open courses' learners.
        site = demo_open_courses()["site"]
        if site is not None:
            for code, _name in settings.LEARNER_LANGUAGES:
                self._translate(
                    home,
                    Locale.objects.get(language_code=code),
                    **{name: site["home"][name][code] for name in ("title", "slug", "intro")},
                )
        return home

    def _translate(self, page, locale, **fields):
        """The page's translation in ``locale``, created and published if missing."""
        translation = page.get_translation_or_none(locale)
        if translation is not None:
            return translation
        translation = page.copy_for_translation(locale)
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save()
        translation.save_revision().publish()
        return translation

    def _courses(self, home: HomePage, audiences) -> list[tuple[CoursePage, list]]:
        index = catalogue_get_or_create(home)
        topics = topics_get_or_create()
        assessments = {
            content["course_slug"]: bank_load(content, topics=topics) for content in demo_banks()
        }
        courses = []
        covers = []
        for content in demo_courses():
            quiz = assessments.get(content["slug"])
            course, lessons = course_load(
                content,
                index=index,
                audiences=audiences,
                topics=topics,
                assessed=quiz is not None,
            )
            if quiz is not None:
                assessment_page_load(course, quiz=quiz)
            courses.append((course, lessons))
            covers.append((course, content["cover"]))
        self._review_workflow(index)
        collections = self._media_collections(courses)
        for course, cover in covers:
            course_cover_load(course, cover, collection=collections[course.pk])
        # Each course's fact sheet, to download at the end of its last lesson.
        sheets = demo_fact_sheets()
        for course, lessons in courses:
            if course.slug in sheets:
                fact_sheet_load(
                    sheets[course.slug],
                    course=course,
                    lesson=lessons[-1],
                    collection=collections[course.pk],
                )
        self._open_courses(index, audiences, topics)
        return courses

    def _open_courses(self, index, audiences, topics) -> list[tuple[CoursePage, list]]:
        """The open courses (``courses.demo.content.demo_open_courses``): anyone may take
        them, in English, French and the learner languages, each with its fact sheet in
        every one of them. No learner of the demo has taken them yet."""
        content = demo_open_courses()
        if not content["courses"]:
            return []
        # The catalogue in the learner languages, where their courses are listed.
        page_translations_load(
            index,
            {name: content["site"]["catalogue"][name] for name in ("title", "slug", "intro")},
            [code for code, _name in settings.LEARNER_LANGUAGES],
        )
        courses = [
            course_load(open_course["course"], index=index, audiences=audiences, topics=topics)
            for open_course in content["courses"]
        ]
        collections = self._media_collections(courses)
        for (course, lessons), open_course in zip(courses, content["courses"], strict=True):
            if open_course["fact_sheet"] is not None:
                fact_sheet_load(
                    open_course["fact_sheet"],
                    course=course,
                    lesson=lessons[-1],
                    collection=collections[course.pk],
                )
        return courses

    def _briefings(self, home: HomePage) -> list[tuple[BriefingPage, dict]]:
        """The briefings page and the demo briefings, each with how the demo sends it
        (its ``sent``: see ``courses.demo.content.demo_briefings``). A briefing is
        published, in both languages, on the morning of the day it is sent."""
        content = demo_briefings()
        index = briefings_index_get_or_create(home, content["index"])
        today = timezone.localdate()
        briefings = []
        for briefing in content["briefings"]:
            day = today - timedelta(days=briefing["sent"]["days_ago"])
            sent_at = timezone.make_aware(datetime.combine(day, time(9)))
            page = briefing_load(briefing, index=index, sent_at=sent_at)
            briefings.append((page, briefing["sent"]))
        return briefings

    def _workshops(self, courses) -> list[tuple[object, dict]]:
        """A workshop in each demo course (in both languages), which makes it blended,
        with the sessions to give it (``workshops.demo.demo_workshops``)."""
        by_slug = {course.slug: course for course, _lessons in courses}
        workshops = []
        for content in demo_workshops():
            course = by_slug.get(content["course"])
            if course is not None:
                workshops.append((workshop_load(content, course=course), content))
        return workshops

    def _media_collections(self, courses) -> dict[int, Collection]:
        """A media collection per course, under "Course media", for its images, videos,
        captions and documents (by course id)."""
        root = Collection.get_first_root_node()
        parent = root.get_children().filter(name="Course media").first()
        if parent is None:
            parent = root.add_child(name="Course media")
        collections = {}
        for course, _lessons in courses:
            collection = parent.get_children().filter(name=course.title).first()
            if collection is None:
                parent.refresh_from_db()
                collection = parent.add_child(name=course.title)
            collections[course.pk] = collection
        return collections

    def _review_workflow(self, index) -> None:
        """Course changes go through review: trainers (Editors) submit, reviewers
        (Moderators) approve."""
        task = CourseReviewTask.objects.filter(name="Course review").first()
        if task is None:
            task = CourseReviewTask.objects.create(name="Course review")
            task.groups.set([Group.objects.get(name="Moderators")])
        workflow, _ = Workflow.objects.get_or_create(name="Course review")
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})

    # -- organisation ---------------------------------------------------------------------

    def _org_tree(self) -> dict[str, OrgUnit]:
        units: dict[str, OrgUnit] = {}

        def add(nodes, parent):
            for code, name_en, name_fr, kind, children in nodes:
                unit = org_unit_get_or_create(
                    code=code, name_en=name_en, name_fr=name_fr, kind=kind, parent=parent
                )
                units[code] = unit
                add(children, unit)

        add(ORG_TREE, None)
        return units

    def _audiences(self) -> dict[str, Audience]:
        return {
            code: Audience.objects.get_or_create(
                code=code, defaults={"name_en": name_en, "name_fr": name_fr}
            )[0]
            for code, name_en, name_fr in AUDIENCES
        }

    def _user(self, username, first, last, **extra) -> tuple[User, bool]:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@example.gc.ca",
                **extra,
            },
        )
        if created:
            # Every demo account has the same published password: it is hashed once per
            # run (a hash costs a good part of a second) and each account is given it.
            if self._demo_password_hash is None:
                self._demo_password_hash = make_password(DEMO_PASSWORD)
            user.password = self._demo_password_hash
            user.save(update_fields=["password"])
        return user, created

    def _learners(self, units, audiences) -> list[User]:
        learners = []
        # The walk-through learner starts with no progress.
        walker, _ = self._user("learner", "Alex", "Martin")
        LearnerProfile.objects.get_or_create(
            user=walker,
            defaults={"org_unit": units["cbsa-yvr"], "employee_number": "BSO-0001"},
        )[0].audiences.add(audiences["border-services-officer"])
        number = 1
        for unit_code, audience_code, count in LEARNER_PLACES:
            for _ in range(count):
                number += 1
                first = FIRST_NAMES[number % len(FIRST_NAMES)]
                last = LAST_NAMES[(number * 7) % len(LAST_NAMES)]
                user, _created = self._user(f"learner{number:02d}", first, last)
                profile, _ = LearnerProfile.objects.get_or_create(
                    user=user,
                    defaults={
                        "org_unit": units[unit_code],
                        "employee_number": f"E{number:05d}",
                        "preferred_language": "fr"
                        if unit_code.endswith(("yul", "lacolle"))
                        else "en",
                    },
                )
                profile.audiences.add(audiences[audience_code])
                if unit_code in MISSION_TIME_ZONES and not profile.time_zone:
                    learner_time_zone_set(user=user, time_zone=MISSION_TIME_ZONES[unit_code])
                learners.append(user)
        return learners

    def _staff(self, units) -> None:
        for username, first, last, unit_code in MANAGERS:
            manager, _ = self._user(username, first, last)
            ManagerScope.objects.get_or_create(manager=manager, org_unit=units[unit_code])
        trainer, _ = self._user("trainer", "Taylor", "Dubois")
        trainer.groups.add(Group.objects.get(name="Editors"))
        reviewer, _ = self._user("reviewer", "Robin", "Lefebvre")
        reviewer.groups.add(Group.objects.get(name="Moderators"))
        self._user("admin", "Avery", "Clarke", is_staff=True, is_superuser=True)
        # The demo trainer wrote the demo courses: their admin dashboard lists them. Pages
        # someone else already owns (an earlier demo, a real author) are left as they are.
        for page in [*CoursePage.objects.all(), *BriefingIndexPage.objects.all()]:
            Page.objects.filter(path__startswith=page.path, owner__isnull=True).update(
                owner=trainer
            )

    def _lrs_client(self) -> None:
        if not LRSClient.objects.filter(key=DEMO_LRS_KEY).exists():
            lrs_client_create(
                name="Demo client", key=DEMO_LRS_KEY, secret=DEMO_LRS_SECRET, scopes=["all"]
            )

    # -- progress -------------------------------------------------------------------------

    def _progress(self, learners, courses, seed: int) -> None:
        """Varied progress for learners who have none yet, made of real statements, in
        the courses meant for their audience.

        Each learner's share is drawn from their own seeded generator, so a second run
        makes the same choices and adds nothing. A learner begins each course after the
        first day of their history (``training.demo.history_start``, the day their
        training was assigned) and at least a day before the load, and the course's
        registration is dated the moment they began it."""
        from training.demo import history_start

        now = timezone.now()
        for user in learners:
            if LessonProgress.objects.filter(user=user).exists():
                continue
            profile = LearnerProfile.objects.get(user=user)
            codes = set(profile.audiences.values_list("code", flat=True))
            language = profile.preferred_language
            first_day = history_start(start_date=profile.start_date, today=timezone.localdate(now))
            earliest = timezone.make_aware(datetime.combine(first_day, time(8)))
            latest = max(earliest, now - timedelta(days=1, hours=4))
            rng = random.Random(f"{seed}:{user.username}")
            for course, lessons in courses:
                if not codes & set(course.audiences.values_list("code", flat=True)):
                    continue
                share = rng.choice([0, 0, 0.25, 0.5, 0.75, 1, 1, 1])
                done = round(share * len(lessons))
                if not done:
                    continue
                course_ref = activity_ref_for(course)
                registration = registration_current(user=user, course=course)
                started = earliest + (latest - earliest) * rng.random()
                if profile.time_zone:
                    # An officer abroad takes the course offline during their own working
                    # day, at their post: their statements carry their local times.
                    started = self._working_hours(started, profile.time_zone, rng, earliest)
                CourseRegistration.objects.filter(registration=registration).update(
                    started_at=started
                )
                for index, lesson in enumerate(lessons[:done]):
                    statement_record(
                        statement=builders.lesson_completed(
                            user=user,
                            lesson=activity_ref_for(lesson),
                            course=course_ref,
                            registration=registration,
                            language=language,
                            course_version=course.version,
                            at=started + timedelta(minutes=12 * (index + 1)),
                            seconds=60 * lesson.estimated_minutes + rng.randint(-120, 300),
                        )
                    )
                if done == len(lessons):
                    after = started + timedelta(minutes=12 * (done + 1))
                    self._assessment(user, course, registration, language, rng, after)

    @staticmethod
    def _working_hours(moment, time_zone: str, rng, earliest):
        """``moment`` moved to between 9:00 and 15:00 on its day where the learner works
        (``time_zone``), no earlier than ``earliest`` (the next day's then)."""
        zone = zoneinfo.ZoneInfo(time_zone)
        day = moment.astimezone(zone).date()
        while True:
            local = datetime.combine(day, time(9), tzinfo=zone) + timedelta(
                minutes=rng.randint(0, 360)
            )
            if local >= earliest:
                return local.astimezone(timezone.get_current_timezone())
            day += timedelta(days=1)

    def _acknowledgements(self, learners, briefings, seed: int) -> None:
        """Most learners a briefing was sent to acknowledge it, through the platform's
        own service, some days after it was sent (a few after the date due); the others
        have not yet, and past the date due their briefing is overdue.

        A briefing that someone acknowledged already is left as it is, and each
        learner's choices come from their own seeded generator."""
        from training.models import Assignment

        now = timezone.now()
        for briefing, _sent in briefings:
            if CourseCompletion.objects.filter(course_key=briefing.translation_key).exists():
                continue
            # When it was sent to each learner: the day they were assigned it.
            sent_on = dict(
                Assignment.objects.filter(
                    requirement__courses__course_key=briefing.translation_key,
                    closed_at__isnull=True,
                ).values_list("user_id", "assigned_on")
            )
            for user in learners:
                if user.pk not in sent_on:
                    continue
                rng = random.Random(f"{seed}:{user.username}:{briefing.slug}")
                if rng.random() < 0.25:
                    continue  # not read yet
                day = sent_on[user.pk] + timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 5, 8, 16]))
                # Read during a working day, after the morning it was sent.
                at = timezone.make_aware(
                    datetime.combine(day, time(9, 30)) + timedelta(minutes=rng.randint(0, 450))
                )
                if at > now - timedelta(hours=1):
                    continue  # not read yet: the day has not come
                language = LearnerProfile.objects.get(user=user).preferred_language
                briefing_acknowledge(
                    user=user,
                    briefing=briefing.get_translation(Locale.objects.get(language_code=language)),
                    language=language,
                    statement_id=uuid.uuid5(
                        BRIEFING_STATEMENTS, f"{user.username}:{briefing.translation_key}"
                    ),
                    at=at,
                )

    def _workshop_sessions(self, workshops, learners, seed: int) -> None:
        """Each demo workshop's sessions, led by the demo trainer, and who took part.

        A blended course completes once its lessons (and its assessment) are done and a
        session of its workshop attended: the learners who had finished the rest of the
        course at least two days before a past session held a seat in it (one they
        would take, see :meth:`_may_take`, as many as it seats), and the trainer took
        the attendance as the session ended, through the platform's own service. Most
        came, and their course completed then; the others, and those who finished too
        late for the last session, are learners still to attend. Learners then ask for
        seats in the upcoming sessions, through the booking service, so some fill up
        and keep a waiting list; for a workshop that needs the manager's approval, the
        manager of the learner's organisation approved all requests but the last of
        each session, which waits.

        A workshop whose sessions someone booked already is left as it is; each
        session's choices come from its own seeded generator."""
        from quizzes.models import QuizAttempt
        from workshops.models import Booking
        from workshops.services import attendance_record, booking_decide, booking_request

        trainer = User.objects.get(username="trainer")
        today = timezone.localdate()
        now = timezone.now()
        for workshop, content in workshops:
            course = workshop.get_parent().specific
            sessions = [
                self._session(workshop, plan, trainer, today) for plan in content["sessions"]
            ]
            if Booking.objects.filter(session__workshop_key=workshop.translation_key).exists():
                continue
            codes = set(course.audiences.values_list("code", flat=True))
            lesson_count = course.lessons().count()
            profiles = {
                profile.user_id: profile
                for profile in LearnerProfile.objects.filter(
                    user__in=learners, audiences__code__in=codes
                ).distinct()
            }
            takers = [user for user in learners if user.pk in profiles]
            ready = self._ready_for_workshop(takers, course, lesson_count, QuizAttempt)
            attended: set[int] = set()
            for session, plan in zip(sessions, content["sessions"], strict=True):
                if session.starts_at >= now:
                    continue
                rng = random.Random(f"{seed}:{workshop.slug}:{plan['key']}")
                seated = [
                    user
                    for user in takers
                    if user.pk not in attended
                    and user.pk in ready
                    and ready[user.pk] < session.starts_at - timedelta(days=2)
                    and self._may_take(profiles[user.pk], session)
                ][: session.capacity]
                if not seated:
                    continue
                for user in seated:
                    asked = min(ready[user.pk] + timedelta(hours=20), session.starts_at)
                    asked -= timedelta(days=1)
                    booking = Booking.objects.create(
                        session=session,
                        user=user,
                        status=Booking.Status.BOOKED,
                        status_changed_at=asked,
                        decided_by=self._manager_of(profiles[user.pk])
                        if workshop.needs_manager_approval
                        else None,
                    )
                    Booking.objects.filter(pk=booking.pk).update(requested_at=asked)
                marks = {str(user.uuid): rng.random() >= 0.15 for user in seated}
                attendance_record(
                    session=session,
                    workshop=workshop,
                    trainer=trainer,
                    marks=marks,
                    at=session.ends_at,
                    language=session.language,
                )
                attended |= {user.pk for user in seated if marks[str(user.uuid)]}
            # Those who finished the rest of the course first ask first.
            waiting = sorted(
                (user for user in takers if user.pk not in attended),
                key=lambda user: (user.pk not in ready, user.pk),
            )
            for session, plan in zip(sessions, content["sessions"], strict=True):
                if session.starts_at < now or not plan["requests"]:
                    continue
                askers = [user for user in waiting if self._may_take(profiles[user.pk], session)][
                    : plan["requests"]
                ]
                for number, user in enumerate(askers):
                    waiting.remove(user)
                    booking = booking_request(user=user, session=session, workshop=workshop)
                    if workshop.needs_manager_approval and number < len(askers) - 1:
                        booking_decide(
                            booking=booking,
                            workshop=workshop,
                            manager=self._manager_of(profiles[user.pk]),
                            approve=True,
                        )

    @staticmethod
    def _may_take(profile, session) -> bool:
        """Whether a learner would take a session: one in their language; online and
        during their working day when they are posted abroad (their profile has their
        post's time zone)."""
        if profile.preferred_language != session.language:
            return False
        if not profile.time_zone:
            return True
        zone = zoneinfo.ZoneInfo(profile.time_zone)
        # Abroad: online, within the officer's working day at their post.
        return (
            bool(session.online_url)
            and session.starts_at.astimezone(zone).hour >= 8
            and session.ends_at.astimezone(zone).hour < 19
        )

    @staticmethod
    def _manager_of(profile):
        """The demo manager of the learner's organisation (who approves their requests)."""
        scope = ManagerScope.objects.filter(org_unit=profile.org_unit.get_root()).first()
        return scope.manager if scope is not None else None

    def _session(self, workshop, plan: dict, trainer, today):
        """A demo workshop session (see ``workshops.demo.demo_workshops``), made the
        first time, with the demo trainer leading it."""
        from workshops.models import WorkshopSession

        key = uuid.uuid5(WORKSHOP_SESSIONS, f"{workshop.slug}:{plan['key']}")
        session = WorkshopSession.objects.filter(uuid=key).first()
        if session is None:
            day = today + timedelta(days=plan["days"])
            starts_at = datetime.combine(
                day, plan["start"], tzinfo=zoneinfo.ZoneInfo(plan["time_zone"])
            )
            session = WorkshopSession.objects.create(
                uuid=key,
                workshop_key=workshop.translation_key,
                starts_at=starts_at,
                ends_at=starts_at + timedelta(minutes=workshop.duration_minutes),
                time_zone=plan["time_zone"],
                place=plan["place"],
                online_url=f"https://meet.example.gc.ca/workshops/{plan['key']}"
                if plan["online"]
                else "",
                capacity=plan["seats"],
                language=plan["language"],
            )
            session.trainers.add(trainer)
        return session

    @staticmethod
    def _ready_for_workshop(users, course, lesson_count, attempts) -> dict:
        """When each learner had done everything else the course asks (every lesson, and
        a pass of its assessment when it has one), by learner id."""
        from django.db.models import Count, Max, Min

        lessons = {
            row["user_id"]: row
            for row in LessonProgress.objects.filter(
                user__in=users, course_key=course.translation_key
            )
            .values("user_id")
            .annotate(done=Count("lesson_key", distinct=True), last=Max("completed_at"))
        }
        passes = dict(
            attempts.objects.filter(user__in=users, course_key=course.translation_key, passed=True)
            .values("user_id")
            .annotate(first=Min("submitted_at"))
            .values_list("user_id", "first")
        )
        ready = {}
        for user_id, row in lessons.items():
            if row["done"] < lesson_count:
                continue
            if course.needs_assessment:
                if user_id not in passes:
                    continue
                ready[user_id] = max(row["last"], passes[user_id])
            else:
                ready[user_id] = row["last"]
        return ready

    def _assessment(self, user, course, registration, language, rng, at) -> None:
        """Take the course's final assessment: most pass, a few fail once first."""
        for page in course.assessments():
            quiz = page.quiz.get_translation(Locale.objects.get(language_code=language))
            tries = [0.6, 0.9] if rng.random() < 0.25 else [rng.choice([0.8, 0.9, 1.0])]
            for number, share in enumerate(tries):
                moment = at + timedelta(minutes=40 * number)
                attempt = attempt_start(
                    user=user,
                    quiz=quiz,
                    language=language,
                    registration=registration,
                    course_key=course.translation_key,
                    rng=rng,
                    now=moment,
                )
                positions = [entry["position"] for entry in attempt.questions]
                right = set(rng.sample(positions, round(share * len(positions))))
                attempt_submit(
                    attempt=attempt,
                    answers=demo_answers(attempt, right_positions=right),
                    submission_key=f"demo-{attempt.id}",
                    now=moment + timedelta(minutes=rng.randint(8, 20)),
                )

    def _print_summary(self) -> None:
        base = settings.SITE_URL
        lines = [
            "",
            "Demo data is loaded. Every demo account's password is: " + DEMO_PASSWORD,
            "  learner           a border services officer at YVR with no progress yet",
            "  learner02..61     learners across the five organisations, some finished",
            "                    (briefings sent to them: some acknowledged, some overdue)",
            "  manager           dashboard for the Canada Border Services Agency",
            "  manager.police    dashboard for the RCMP (also manager.labour, manager.victims)",
            "  manager.ircc      dashboard for IRCC, whose officers abroad (learner52..61)",
            "                    work in the time zones of their missions",
            "  trainer           authors courses in the admin (Editors group)",
            "  reviewer          approves changes in the admin (Moderators group)",
            "  admin             administrator",
            f"  LRS client        key {DEMO_LRS_KEY}  secret {DEMO_LRS_SECRET}",
            "",
            f"  Site (English)    {base}/en/",
            f"  Site (French)     {base}/fr/",
            f"  Dashboard         {base}/en/dashboard/",
            f"  Admin             {base}/admin/",
            f"  xAPI              {base}/xapi/about",
            "",
        ]
        self.stdout.write("\n".join(lines))
