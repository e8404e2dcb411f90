"""Demo data for people trying the platform: ``manage.py load_demo``.

Idempotent: running it again changes nothing that exists. Refuses to run when DEBUG is
off, so demo accounts and the demo LRS secret never reach a production database.
Progress is made through the platform's own statement door, so the demo's dashboards,
completions and certificates come from real xAPI statements.
"""

import random
from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
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

from courses.demo.content import demo_courses, demo_site
from courses.demo.loader import (
    catalogue_get_or_create,
    course_cover_load,
    course_load,
    topics_get_or_create,
)
from courses.models import (
    CoursePage,
    CourseRegistration,
    CourseReviewTask,
    HomePage,
    LessonProgress,
)
from courses.selectors import activity_ref_for
from courses.services import registration_current
from lrs.models import LRSClient
from lrs.services import lrs_client_create, statement_record
from organisations.models import Audience, LearnerProfile, ManagerScope, OrgUnit, User
from organisations.services import org_unit_get_or_create
from quizzes.demo.answers import demo_answers
from quizzes.demo.content import demo_banks
from quizzes.demo.loader import assessment_page_load, bank_load
from quizzes.services import attempt_start, attempt_submit
from tracking import builders

DEMO_PASSWORD = "training-demo"
DEMO_LRS_KEY = "demo-lrs-key"
DEMO_LRS_SECRET = "demo-lrs-secret"

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
]

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
]


class Command(BaseCommand):
    help = "Load demo organisations, people, a bilingual course and progress (idempotent)."
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
            learners = self._learners(units, audiences)
            self._staff(units)
            self._lrs_client()
        from training.demo import training_demo_load

        # Training is assigned first, dated back to the start of each learner's history,
        # so that the activity that follows comes after it.
        training_demo_load(units=units, audiences=audiences, courses=courses)
        self._progress(learners, courses, seed)
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
        return courses

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
        for course in CoursePage.objects.all():
            Page.objects.filter(path__startswith=course.path, owner__isnull=True).update(
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
            "  learner02..51     learners across the four organisations, some finished",
            "  manager           dashboard for the Canada Border Services Agency",
            "  manager.police    dashboard for the RCMP (also manager.labour, manager.victims)",
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
