"""The scale data set: an organisation of ``learners`` people with realistic activity, for
benchmarks and for trying the dashboards at size (``manage.py generate_scale_data``).

What it makes, everything named with the ``scale-`` prefix so it can be told apart from
real data and removed again (:func:`scale_data_reset` removes only that):

* an org tree: the agency ``scale-agency``, regions ``scale-region-NN`` below it and
  units ``scale-unit-NNN`` below them, ``units`` nodes in all (500 by default: one
  agency, ten regions, 489 units);
* three audiences (``scale-officer``, ``scale-cadet``, ``scale-inspector``);
* learners ``scale-learner-NNNNNN`` (a ``User`` with an unusable password and a
  ``LearnerProfile`` in a unit, with one audience, most with a start date), spread
  unevenly over the units;
* ``courses`` live courses (``scale-course-NN``, Wagtail pages in English and French)
  of five lessons each; every other course ends with a graded final assessment (a quiz
  of three single-choice questions) that completes it; some courses' certificates are
  valid for six months, so some are about to expire;
* activity: registrations, lesson progress, course completions, graded quiz attempts
  and certificates (no PDF), with the xAPI statements behind them stored in the LRS
  exactly as the LRS stores statements (the statement rows, their index rows and the
  activity definitions), about twenty statements per learner. Not everyone starts;
  most who start finish; completions are spread over the last 26 weeks;
* training requirements over the agency and over some audiences, targets on some
  regions, a few exemptions, then the assignments (``assignments_materialise``) and the
  dashboards' read models (``dashboards.projections.records_refresh``);
* managers: ``scale-manager-agency`` (scope: the agency) and ``scale-manager-region-NN``
  (one per region), with unusable passwords (sign them in with ``force_login``).

Big tables are written with PostgreSQL's COPY (batched inserts on other databases), and
PostgreSQL's statistics are refreshed after the load, before the assignments and read
models are computed. 100,000 learners (2.1 million statements, about 8.5 GB with their
indexes) took 11 minutes on PostgreSQL on a shared two-core machine, most of it the
database writing the statements' indexes. The same seed makes the same choices (who
started what, when, how far, with which answers).

Reuse from a benchmark::

    from dashboards.scale import scale_data_generate

    data = scale_data_generate(learners=100_000, log=print)
    client.force_login(data.managers["agency"])
    client.get(f"/en/dashboard/?unit={data.regions[0].pk}")

or, on a database where the command already ran, ``scale_data_find()``.
"""

from __future__ import annotations

import json
import random
import string
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace

from django.conf import settings
from django.db import connection, models, transaction
from django.utils import timezone

PREFIX = "scale-"
AGENCY_CODE = f"{PREFIX}agency"
LESSONS_PER_COURSE = 5
QUESTIONS_PER_QUIZ = 3
BATCH_LEARNERS = 2000
INSERT_BATCH = 5000
AUDIENCES = [
    ("officer", "Officer", "Agent", 60),
    ("cadet", "Cadet", "Cadet", 25),
    ("inspector", "Inspector", "Inspecteur", 15),
]
FIRST_NAMES = ["Alex", "Sam", "Jordan", "Camille", "Morgan", "Dominique", "Charlie", "Noor"]
LAST_NAMES = ["Tremblay", "Roy", "Singh", "Martin", "Nguyen", "Gagnon", "Chen", "Côté"]
# How many courses a learner has started: nobody, one, two or three (weights).
COURSES_STARTED_WEIGHTS = [10, 30, 35, 25]
CODE_ALPHABET = "23456789BCDFGHJKMNPQRSTVWXYZ"


class ScaleDataExists(Exception):
    """The database already holds a scale data set (remove it first with ``reset``)."""


@dataclass
class ScaleCourse:
    """One course of the set: its English page, lessons, and final assessment if any."""

    page: object
    lessons: list
    quiz_page: object | None = None
    quiz: object | None = None


@dataclass
class ScaleDataSet:
    """What was made, for benchmarks and tests to use."""

    agency: object
    regions: list
    units: list
    courses: list[ScaleCourse]
    managers: dict
    counts: dict[str, int] = field(default_factory=dict)


Log = Callable[[str], None]


def _quiet(message: str) -> None:
    pass


@contextmanager
def _step(log: Log, name: str):
    started = time.perf_counter()
    log(f"{name}…")
    yield
    log(f"  {name}: {time.perf_counter() - started:.1f} s")


# -- writing rows in bulk ----------------------------------------------------------------


def _insert(model, fields: list[str], rows: Iterable[tuple]) -> int:
    """Write ``rows`` (values in the order of ``fields``, given as attribute names) to the
    model's table with no model instance per row: COPY on PostgreSQL, batched inserts
    elsewhere. JSON values are given as Python objects. Returns the number of rows."""
    meta = model._meta
    model_fields = [meta.get_field(name) for name in fields]
    is_json = [isinstance(f, models.JSONField) for f in model_fields]
    table = connection.ops.quote_name(meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in model_fields)
    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    if any(is_json):
                        row = [
                            json.dumps(value) if json_column else value
                            for value, json_column in zip(row, is_json, strict=True)
                        ]
                    copy.write_row(row)
                    count += 1
            return count
        placeholders = ", ".join(["%s"] * len(model_fields))
        sql = f"INSERT INTO {table} ({columns}) VALUES ({placeholders})"
        # Text, numbers and flags go as they are; the rest as each field adapts it.
        plain = [isinstance(f, _PLAIN_FIELDS) for f in model_fields]
        batch = []
        for row in rows:
            batch.append(
                [
                    value if is_plain else f.get_db_prep_save(value, connection)
                    for f, value, is_plain in zip(model_fields, row, plain, strict=True)
                ]
            )
            if len(batch) >= INSERT_BATCH:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


_PLAIN_FIELDS = (models.CharField, models.TextField, models.IntegerField, models.BooleanField)


def _seeded_uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


# -- content --------------------------------------------------------------------------------


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _translate(page, locale, **fields):
    """The page's translation in ``locale``, created and published if missing."""
    translation = page.get_translation_or_none(locale)
    if translation is not None:
        return translation
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return _publish(translation)


def _site_home():
    """The English home page (made, as the site's root, when the database has none)."""
    from wagtail.models import Locale, Page, Site

    from courses.models import HomePage

    english = Locale.objects.get(language_code="en")
    french = Locale.objects.get(language_code="fr")
    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        root = Page.get_first_root_node()
        home = _publish(
            root.add_child(instance=HomePage(title="Training", slug="training", locale=english))
        )
        site = Site.objects.filter(is_default_site=True).first()
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
            site.save()
    _translate(home, french, title="Formation", slug="formation")
    return home


def _quiz_for(number: int):
    """A graded quiz of three single-choice questions in a bank of its own."""
    from wagtail.models import Locale

    from quizzes.models import Question, QuestionBank, QuestionChoice, Quiz, QuizQuestion

    english = Locale.objects.get(language_code="en")
    bank = QuestionBank.objects.create(title=f"Scale course {number:02d}", locale=english)
    questions = []
    for position in range(1, QUESTIONS_PER_QUIZ + 1):
        question = Question(
            kind=Question.Kind.SINGLE_CHOICE,
            bank=bank,
            locale=english,
            stem=f"<p>Scale course {number:02d}, question {position}?</p>",
        )
        question.choices = [
            QuestionChoice(text="The right answer", correct=True),
            QuestionChoice(text="A wrong answer", correct=False),
            QuestionChoice(text="Another wrong answer", correct=False),
        ]
        question.full_clean()
        question.save()
        question.save_revision().publish()
        questions.append(Question.objects.get(pk=question.pk))
    quiz = Quiz(
        title=f"Scale course {number:02d}: final assessment",
        locale=english,
        pass_mark=Decimal("0.660"),
    )
    quiz.quiz_questions = [QuizQuestion(question=question) for question in questions]
    quiz.full_clean()
    quiz.save()
    quiz.save_revision()
    return Quiz.objects.get(pk=quiz.pk)


def _courses_create(count: int, *, log: Log) -> list[ScaleCourse]:
    from wagtail.models import Locale
    from wagtail.rich_text import RichText

    from courses.demo.loader import catalogue_get_or_create
    from courses.models import CoursePage, LessonPage
    from quizzes.models import QuizPage

    french = Locale.objects.get(language_code="fr")
    index = catalogue_get_or_create(_site_home())
    made = []
    for number in range(1, count + 1):
        with_quiz = number % 2 == 1
        validity = {0: 6, 1: 12, 2: None}[(number - 1) % 3]
        slug = f"{PREFIX}course-{number:02d}"
        course = _publish(
            index.add_child(
                instance=CoursePage(
                    title=f"Scale course {number:02d}",
                    slug=slug,
                    summary="A course of the scale data set.",
                    estimated_minutes=LESSONS_PER_COURSE * 10,
                    completion_rule=CoursePage.COMPLETION_LESSONS_AND_ASSESSMENT
                    if with_quiz
                    else CoursePage.COMPLETION_ALL_LESSONS,
                    certificate_validity_months=validity,
                    recertification_window_days=30,
                )
            )
        )
        lessons = [
            _publish(
                course.add_child(
                    instance=LessonPage(
                        title=f"Lesson {position}",
                        slug=f"lesson-{position}",
                        body=[("paragraph", RichText(f"<p>Lesson {position}.</p>"))],
                    )
                )
            )
            for position in range(1, LESSONS_PER_COURSE + 1)
        ]
        quiz = quiz_page = None
        if with_quiz:
            quiz = _quiz_for(number)
            quiz_page = _publish(
                course.add_child(
                    instance=QuizPage(title=quiz.title, slug="final-assessment", quiz=quiz)
                )
            )
        _translate(course, french, title=f"Cours d'échelle {number:02d}", slug=f"{slug}-fr")
        for position, lesson in enumerate(lessons, start=1):
            _translate(
                lesson,
                french,
                title=f"Leçon {position}",
                slug=f"lecon-{position}",
                body=[("paragraph", RichText(f"<p>Leçon {position}.</p>"))],
            )
        if quiz_page is not None:
            _translate(
                quiz_page, french, title=f"Évaluation finale {number:02d}", slug="evaluation-finale"
            )
        course.refresh_from_db()
        made.append(ScaleCourse(page=course, lessons=lessons, quiz_page=quiz_page, quiz=quiz))
    return made


# -- organisation and learners ----------------------------------------------------------------


def _org_tree(units: int):
    from organisations.services import org_unit_create

    regions_count = max(2, min(10, (units - 1) // 20))
    leaves = units - 1 - regions_count
    if leaves < regions_count:
        raise ValueError("units: at least 3 units per region are needed (try --units 10 or more)")
    agency = org_unit_create(
        code=AGENCY_CODE, name_en="Scale agency", name_fr="Agence d'échelle", kind="agency"
    )
    regions = [
        org_unit_create(
            code=f"{PREFIX}region-{n:02d}",
            name_en=f"Region {n:02d}",
            name_fr=f"Région {n:02d}",
            kind="region",
            parent=agency,
        )
        for n in range(1, regions_count + 1)
    ]
    leaf_units = []
    for n in range(1, leaves + 1):
        parent = regions[(n - 1) % regions_count]
        leaf_units.append(
            org_unit_create(
                code=f"{PREFIX}unit-{n:03d}",
                name_en=f"Unit {n:03d}",
                name_fr=f"Unité {n:03d}",
                kind="unit",
                parent=parent,
            )
        )
    return agency, regions, leaf_units


def _audiences() -> dict:
    from organisations.models import Audience

    return {
        code: Audience.objects.create(code=f"{PREFIX}{code}", name_en=en, name_fr=fr)
        for code, en, fr, _weight in AUDIENCES
    }


@dataclass
class _Learner:
    user_id: int
    uuid: uuid.UUID
    name: str
    language: str


def _learners_create(count: int, *, units, audiences, rng: random.Random, today: date):
    """Users, profiles and audiences, in bulk. Returns the learners in username order."""
    from django.contrib.auth.hashers import make_password

    from organisations.models import LearnerProfile, User
    from organisations.services import audience_memberships_sync

    joined = timezone.now()
    people = []
    for n in range(1, count + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        people.append((f"{PREFIX}learner-{n:06d}", first, last, _seeded_uuid(rng)))
    _insert(
        User,
        [
            "password",
            "last_login",
            "is_superuser",
            "username",
            "first_name",
            "last_name",
            "email",
            "is_staff",
            "is_active",
            "date_joined",
            "uuid",
        ],
        (
            (make_password(None), None, False, username, first, last, "", False, True, joined, key)
            for username, first, last, key in people
        ),
    )
    ids = dict(
        User.objects.filter(username__startswith=f"{PREFIX}learner-").values_list("username", "pk")
    )
    weights = [rng.randint(1, 6) for _ in units]
    placed = rng.choices(units, weights=weights, k=count)
    codes = [code for code, *_ in AUDIENCES]
    audience_weights = [weight for *_, weight in AUDIENCES]
    learners, profiles, held = [], [], {}
    for (username, first, last, key), unit in zip(people, placed, strict=True):
        language = "fr" if rng.random() < 0.3 else "en"
        start = today - timedelta(days=rng.randint(30, 3000)) if rng.random() < 0.8 else None
        user_id = ids[username]
        profiles.append((user_id, unit.pk, language, "", start, False))
        held[user_id] = audiences[rng.choices(codes, weights=audience_weights)[0]].pk
        learners.append(
            _Learner(user_id=user_id, uuid=key, name=f"{first} {last}", language=language)
        )
    _insert(
        LearnerProfile,
        [
            "user_id",
            "org_unit_id",
            "preferred_language",
            "employee_number",
            "start_date",
            "optional_email_opt_out",
        ],
        profiles,
    )
    profile_ids = LearnerProfile.objects.filter(user__username__startswith=f"{PREFIX}learner-")
    through = LearnerProfile.audiences.through
    # Read before writing: a COPY holds the connection until it ends.
    pairs = list(profile_ids.values_list("pk", "user_id"))
    _insert(
        through,
        ["learnerprofile_id", "audience_id"],
        ((profile_id, held[user_id]) for profile_id, user_id in pairs),
    )
    # Joined long enough ago for rules counted from joining an audience.
    audience_memberships_sync(
        profile_ids=profile_ids.values("pk"), today=today - timedelta(days=rng.randint(60, 400))
    )
    return learners


def _managers_create(agency, regions) -> dict:
    from organisations.models import ManagerScope, User

    managers = {}
    for name, unit in [("agency", agency), *[(r.code.removeprefix(PREFIX), r) for r in regions]]:
        user = User(
            username=f"{PREFIX}manager-{name}", first_name="Manager", last_name=unit.name_en
        )
        user.set_unusable_password()
        user.save()
        ManagerScope.objects.create(manager=user, org_unit=unit)
        managers[name] = user
    return managers


# -- activity and its statements --------------------------------------------------------------


class _FixedActivityRef:
    """An activity whose IRI and object are computed once: statements are made by the
    million here, and every one names its course and lesson a few times. The objects
    are shared between statements, which only read them."""

    def __init__(self, ref):
        self._ref = ref
        self.kind, self.key, self.names = ref.kind, ref.key, ref.names
        self.activity_type = ref.activity_type
        self.iri = ref.iri
        self._object = ref.as_object()

    def as_object(self) -> dict:
        return self._object


def _fixed(ref) -> _FixedActivityRef:
    return _FixedActivityRef(ref)


@dataclass
class _QuizOutcome:
    """One way of answering a quiz (which positions were right), graded once."""

    answers: dict
    results: dict
    grades: list
    score: float
    max_score: float
    scaled: float
    passed: bool


@dataclass
class _CourseModel:
    """What statements and rows need to know of one course, computed once."""

    key: uuid.UUID
    ref: object
    lessons: list  # (key, ActivityRef, estimated minutes)
    version: str
    major_version: int
    title_en: str
    title_fr: str
    minutes: int
    validity_months: int | None
    window_days: int
    quiz_id: int | None = None
    quiz_key: uuid.UUID | None = None
    quiz_ref: object | None = None
    quiz_entries: list | None = None
    quiz_pass_mark: Decimal | None = None
    outcomes: dict = field(default_factory=dict)  # frozenset of right positions -> outcome


def _course_model(course: ScaleCourse, *, rng: random.Random) -> _CourseModel:
    from courses.selectors import activity_ref_for
    from quizzes.attempts import correct_response, entries_build, snapshot_response
    from quizzes.grading import attempt_score, grade, passed
    from quizzes.selectors import quiz_activity_ref
    from quizzes.snapshots import question_snapshot, quiz_question_pool

    page = course.page
    french = page.get_translations().filter(locale__language_code="fr").first()
    model = _CourseModel(
        key=page.translation_key,
        ref=_fixed(activity_ref_for(page)),
        lessons=[
            (lesson.translation_key, _fixed(activity_ref_for(lesson)), lesson.estimated_minutes)
            for lesson in course.lessons
        ],
        version=page.version,
        major_version=page.major_version,
        title_en=page.title,
        title_fr=french.title if french else page.title,
        minutes=page.estimated_minutes,
        validity_months=page.certificate_validity_months,
        window_days=page.recertification_window_days or 0,
    )
    quiz = course.quiz
    if quiz is None:
        return model
    model.quiz_id = quiz.pk
    model.quiz_key = quiz.translation_key
    model.quiz_ref = _fixed(quiz_activity_ref(quiz_key=quiz.translation_key))
    model.quiz_pass_mark = quiz.pass_mark
    pool = quiz_question_pool(quiz, rng=rng)
    model.quiz_entries = entries_build(
        [question_snapshot(question) for question in pool],
        rng=rng,
        shuffle_choices=quiz.shuffle_choices,
    )
    positions = [entry["position"] for entry in model.quiz_entries]
    for mask in range(2 ** len(positions)):
        right = frozenset(p for bit, p in enumerate(positions) if mask >> bit & 1)
        answers, results, grades = {}, {}, []
        for entry in model.quiz_entries:
            response = correct_response(entry)
            if entry["position"] not in right:
                wrong = [c["id"] for c in entry["snapshot"]["choices"] if not c["correct"]]
                response = wrong[0]
            result = grade(entry["snapshot"], snapshot_response(entry, response))
            key = str(entry["position"])
            answers[key] = response
            results[key] = {
                "score": result.score,
                "max_score": result.max_score,
                "correct": result.correct,
                "response_pattern": result.response_pattern,
            }
            grades.append(result)
        score, max_score, scaled = attempt_score(grades)
        model.outcomes[right] = _QuizOutcome(
            answers=answers,
            results=results,
            grades=grades,
            score=score,
            max_score=max_score,
            scaled=scaled,
            passed=passed(scaled, quiz.pass_mark),
        )
    return model


class _ActivityWriter:
    """Makes each learner's activity (rows of the progress tables and the statements
    behind them) and writes it in batches."""

    def __init__(self, *, courses: list[_CourseModel], rng: random.Random, now: datetime):
        from lrs.xapi import builders

        self.courses = courses
        self.rng = rng
        self.now = now
        self.authority = builders.platform_authority()
        self.code_prefix = settings.CERTIFICATE_CODE_PREFIX
        self.codes: set[str] = set()
        self.definitions: dict[str, dict] = {}
        self.totals: dict[str, int] = {}
        self._interactions: dict[str, dict] = {}
        self._clear()

    def _clear(self):
        self.registrations, self.lessons, self.completions = [], [], []
        self.attempts, self.certificates, self.statements = [], [], []

    # -- one learner ---------------------------------------------------------------

    def learner(self, learner: _Learner) -> None:
        rng = self.rng
        started = rng.choices(range(len(COURSES_STARTED_WEIGHTS)), COURSES_STARTED_WEIGHTS)[0]
        for course in rng.sample(self.courses, min(started, len(self.courses))):
            self._course(learner, course)

    def _gap(self) -> timedelta:
        """Time between two steps of a course: minutes, hours or days."""
        return timedelta(minutes=self.rng.choice([1, 3, 10, 45, 240, 1440, 4320]))

    def _course(self, learner: _Learner, course: _CourseModel) -> None:
        from lrs.xapi import builders

        rng = self.rng
        latest = self.now - timedelta(minutes=5)
        at = self.now - timedelta(days=rng.uniform(0.5, 185))
        registration = _seeded_uuid(rng)
        actor = builders.actor_for(learner)
        finishes = rng.random() < 0.62
        reached = len(course.lessons) if finishes else rng.randrange(len(course.lessons))
        first_at = at
        last_lesson_key, last_visit = None, None
        event = {
            "user": learner,
            "course": course.ref,
            "registration": registration,
            "language": learner.language,
            "course_version": course.version,
        }
        completed_at = None
        for position, (lesson_key, lesson_ref, minutes) in enumerate(course.lessons):
            if position > reached or at > latest:
                break
            last_lesson_key, last_visit = lesson_key, at
            self._statement(builders.lesson_experienced(lesson=lesson_ref, at=at, **event))
            seconds = int(60 * minutes * rng.uniform(0.6, 1.6))
            end = at + timedelta(seconds=seconds)
            if position == reached or end > latest:
                self._statement(
                    builders.lesson_progressed(
                        lesson=lesson_ref,
                        percent=rng.randint(5, 95),
                        seconds=seconds // 2,
                        at=min(at + timedelta(seconds=seconds // 2), latest),
                        **event,
                    ),
                    seeded_id=True,
                )
                break
            statement = self._statement(
                builders.lesson_completed(lesson=lesson_ref, seconds=seconds, at=end, **event),
                seeded_id=True,
            )
            self.lessons.append(
                (learner.user_id, lesson_key, course.key, registration, end, statement["id"])
            )
            at = end + self._gap()
            if position == len(course.lessons) - 1:
                completed_at = end
        if completed_at is not None and course.quiz_id is not None:
            completed_at = self._assessment(learner, course, registration, at, latest)
        self.registrations.append(
            (
                learner.user_id,
                course.key,
                registration,
                first_at,
                True,
                course.major_version,
                last_lesson_key,
                last_visit,
            )
        )
        if completed_at is not None:
            self._completed(learner, course, actor, registration, completed_at)

    def _assessment(self, learner, course, registration, at, latest) -> datetime | None:
        """One or two graded attempts at the course's quiz; when the passing one ended."""
        from lrs.xapi import builders

        rng = self.rng
        for number, chance in enumerate([0.8, 0.85], start=1):
            if number > 1 and rng.random() > 0.7:
                return None
            seconds = rng.randint(120, 900)
            submitted = at + timedelta(seconds=seconds)
            if submitted > latest:
                return None
            passing = rng.random() < chance
            candidates = [
                right for right, outcome in course.outcomes.items() if outcome.passed == passing
            ]
            outcome = course.outcomes[rng.choice(sorted(candidates, key=sorted))]
            attempt_id = _seeded_uuid(rng)
            ref = builders.QuizAttemptRef(
                user=learner,
                quiz=course.quiz_ref,
                attempt_id=attempt_id,
                number=number,
                registration=registration,
                language=learner.language,
                course=course.ref,
            )
            self._statement(builders.quiz_attempted(attempt=ref, at=at))
            for entry, result in zip(course.quiz_entries, outcome.grades, strict=True):
                self._statement(
                    builders.quiz_question_answered(
                        attempt=ref,
                        position=entry["position"],
                        question_key=entry["snapshot"]["question_key"],
                        definition=self._interaction(entry),
                        response=result.response_pattern,
                        success=result.correct,
                        score=result.score,
                        max_score=result.max_score,
                        at=submitted,
                    )
                )
            totals = {
                "score": outcome.score,
                "max_score": outcome.max_score,
                "scaled": outcome.scaled,
                "seconds": seconds,
                "at": submitted,
            }
            self._statement(builders.quiz_scored(attempt=ref, **totals))
            self._statement(
                builders.quiz_passed_or_failed(attempt=ref, passed=outcome.passed, **totals)
            )
            self._statement(builders.quiz_completed(attempt=ref, passed=outcome.passed, **totals))
            self.attempts.append(
                (
                    attempt_id,
                    learner.user_id,
                    course.quiz_key,
                    course.quiz_id,
                    learner.language,
                    registration,
                    course.key,
                    number,
                    "".join(rng.choices(string.ascii_letters + string.digits, k=43)),
                    at,
                    None,
                    submitted,
                    "submitted",
                    course.quiz_pass_mark,
                    course.quiz_entries,
                    outcome.answers,
                    {},
                    False,
                    [],
                    f"{PREFIX}{attempt_id}",
                    Decimal(str(outcome.score)).quantize(Decimal("0.0001")),
                    Decimal(str(outcome.max_score)).quantize(Decimal("0.0001")),
                    outcome.scaled,
                    outcome.passed,
                    outcome.results,
                    "",
                )
            )
            if outcome.passed:
                return submitted
            at = submitted + self._gap()
        return None

    def _interaction(self, entry: dict) -> dict:
        from quizzes.grading import interaction_definition

        key = entry["snapshot"]["question_key"]
        if key not in self._interactions:
            self._interactions[key] = interaction_definition(entry["snapshot"])
        return self._interactions[key]

    def _completed(self, learner, course, actor, registration, completed_at) -> None:
        from certificates import expiry
        from lrs.xapi import builders

        statement = self._statement(
            builders.course_completed(
                actor=actor,
                course=course.ref,
                registration=registration,
                language=learner.language,
                at=completed_at,
                course_version=course.version,
            )
        )
        self.completions.append(
            (learner.user_id, course.key, registration, completed_at, statement["id"])
        )
        code = self._code()
        expires_at = expiry.expiry_for(
            issued_at=completed_at, validity_months=course.validity_months
        )
        self.certificates.append(
            (
                _seeded_uuid(self.rng),
                code,
                learner.user_id,
                learner.name,
                course.key,
                course.title_en,
                course.title_fr,
                course.version,
                course.minutes,
                1,
                registration,
                None,
                completed_at,
                expires_at,
                expiry.renewal_opens_at(expires_at=expires_at, window_days=course.window_days),
                None,
                "",
                None,
                statement["id"],
                "",
                False,
            )
        )
        self._statement(
            builders.certificate_earned(
                actor=actor,
                certificate_code=code,
                course=course.ref,
                registration=registration,
                language=learner.language,
                at=completed_at,
            )
        )

    def _code(self) -> str:
        while True:
            groups = ["".join(self.rng.choices(CODE_ALPHABET, k=4)) for _ in range(3)]
            code = "-".join([self.code_prefix, *groups])
            if code not in self.codes:
                self.codes.add(code)
                return code

    # -- statements as the LRS stores them -----------------------------------------

    def _statement(self, statement: dict, *, seeded_id: bool = False) -> dict:
        """The statement as the LRS would have stored it at its timestamp: its
        ``stored`` time, the platform's authority and the version set."""
        from lrs.xapi.formats import merge_definition
        from lrs.xapi.validation import parse_timestamp

        if seeded_id:
            statement["id"] = str(_seeded_uuid(self.rng))
        timestamp = parse_timestamp(statement["timestamp"], "timestamp")
        stored = timestamp + timedelta(microseconds=self.rng.randrange(1000, 2_000_000))
        statement["stored"] = stored.isoformat(timespec="microseconds")
        statement["authority"] = self.authority
        statement["version"] = "1.0.0"
        obj = statement["object"]
        if obj["id"] not in self.definitions:
            activities = [obj]
            for entries in statement.get("context", {}).get("contextActivities", {}).values():
                activities.extend(entries)
            for activity in activities:
                if isinstance(activity.get("definition"), dict):
                    self.definitions[activity["id"]] = merge_definition(
                        self.definitions.get(activity["id"], {}), activity["definition"]
                    )
        self.statements.append((statement, timestamp, stored))
        return statement

    # -- writing -------------------------------------------------------------------------

    def flush(self) -> None:
        from certificates.models import Certificate
        from courses.models import CourseCompletion, CourseRegistration, LessonProgress
        from lrs.models import Statement, StatementIndex
        from lrs.services import index_entries
        from lrs.xapi import builders
        from quizzes.models import QuizAttempt

        def count(name, written):
            self.totals[name] = self.totals.get(name, 0) + written

        count(
            "registrations",
            _insert(
                CourseRegistration,
                [
                    "user_id",
                    "course_key",
                    "registration",
                    "started_at",
                    "is_current",
                    "major_version",
                    "last_lesson_key",
                    "last_visited_at",
                ],
                self.registrations,
            ),
        )
        count(
            "lesson progress",
            _insert(
                LessonProgress,
                [
                    "user_id",
                    "lesson_key",
                    "course_key",
                    "registration",
                    "completed_at",
                    "statement_id",
                ],
                self.lessons,
            ),
        )
        count(
            "completions",
            _insert(
                CourseCompletion,
                ["user_id", "course_key", "registration", "completed_at", "statement_id"],
                self.completions,
            ),
        )
        count("quiz attempts", _insert(QuizAttempt, ATTEMPT_FIELDS, self.attempts))
        count("certificates", _insert(Certificate, CERTIFICATE_FIELDS, self.certificates))
        rows = (
            (
                statement["id"],
                statement,
                builders.actor_key(statement["actor"]),
                statement["verb"]["id"],
                statement["object"]["id"],
                _registration(statement),
                None,
                timestamp,
                stored,
                False,
                None,
            )
            for statement, timestamp, stored in self.statements
        )
        count("statements", _insert(Statement, STATEMENT_FIELDS, rows))
        index_rows = (
            (statement["id"], kind, value, primary)
            for statement, _timestamp, _stored in self.statements
            for kind, value, primary in sorted(index_entries(statement))
        )
        count(
            "statement index rows",
            _insert(StatementIndex, ["statement_id", "kind", "value", "primary"], index_rows),
        )
        self._clear()

    def definitions_flush(self) -> int:
        from lrs.models import ActivityDefinition

        now = timezone.now()
        existing = set(
            ActivityDefinition.objects.filter(
                iri__in=[iri for iri in self.definitions if "/certificate/" not in iri]
            ).values_list("iri", flat=True)
        )
        return _insert(
            ActivityDefinition,
            ["iri", "definition", "updated"],
            (
                (iri, definition, now)
                for iri, definition in sorted(self.definitions.items())
                if iri not in existing
            ),
        )


def _registration(statement: dict) -> uuid.UUID | None:
    registration = statement.get("context", {}).get("registration")
    return uuid.UUID(registration) if registration else None


STATEMENT_FIELDS = [
    "id",
    "data",
    "actor_key",
    "verb_iri",
    "object_iri",
    "registration",
    "target_id",
    "timestamp",
    "stored",
    "voided",
    "client_id",
]
ATTEMPT_FIELDS = [
    "id",
    "user_id",
    "quiz_key",
    "quiz_id",
    "language",
    "registration",
    "course_key",
    "number",
    "token",
    "started_at",
    "deadline",
    "submitted_at",
    "status",
    "pass_mark",
    "questions",
    "answers",
    "client_timestamps",
    "prepared_offline",
    "checked",
    "submission_key",
    "score",
    "max_score",
    "scaled",
    "passed",
    "results",
    "late_reason",
]
CERTIFICATE_FIELDS = [
    "id",
    "code",
    "user_id",
    "learner_name",
    "course_key",
    "course_title_en",
    "course_title_fr",
    "course_version",
    "duration_minutes",
    "cycle",
    "registration",
    "template_id",
    "issued_at",
    "expires_at",
    "renewal_opens_at",
    "revoked_at",
    "revocation_reason",
    "revoked_by_id",
    "completion_statement_id",
    "pdf",
    "show_full_name",
]


# -- requirements, targets, exemptions ---------------------------------------------------------


def _requirements_create(*, courses: list[ScaleCourse], audiences, agency, regions, today, rng):
    from training.models import Requirement, RequirementCourse, Target

    specs = [
        ("Core awareness", None, {"due_rule": "days_after_start_date", "due_days": 90}),
        (
            "Officer procedures",
            "officer",
            {"due_rule": "fixed_date", "due_date": today - timedelta(days=14)},
        ),
        ("Cadet induction", "cadet", {"due_rule": "days_after_assignment", "due_days": 30}),
        (
            "Six-monthly refresher",
            None,
            {
                "due_rule": "days_after_start_date",
                "due_days": 60,
                "recurrence": "months_after_completion",
                "recurrence_months": 6,
                "window_days": 30,
            },
        ),
        (
            "Inspector practice",
            "inspector",
            {"due_rule": "fixed_date", "due_date": today + timedelta(days=45)},
        ),
    ]
    requirements = []
    for position, (name, audience, rule) in enumerate(specs):
        course = courses[position % len(courses)].page
        requirement = Requirement(name_en=f"Scale: {name}", name_fr=f"Échelle : {name}", **rule)
        requirement.courses = [
            RequirementCourse(course=course, course_key=course.translation_key, sort_order=0)
        ]
        requirement.audiences = [audiences[audience]] if audience else []
        requirement.org_units = [agency]
        requirement.save()
        requirements.append(requirement)
    for region in regions[: max(1, len(regions) // 2)]:
        Target.objects.create(
            requirement=requirements[0],
            org_unit=region,
            percentage=rng.choice([70, 80, 90]),
            deadline=today + timedelta(days=rng.randint(30, 120)),
        )
    Target.objects.create(
        requirement=requirements[1],
        org_unit=regions[0],
        percentage=95,
        deadline=today + timedelta(days=60),
    )
    return requirements


def _exemptions_create(*, requirement, learners, rng, today) -> int:
    from training.models import Exemption

    now = timezone.now()
    chosen = [learner for learner in learners if rng.random() < 0.003]
    return _insert(
        Exemption,
        ["requirement_id", "user_id", "reason", "expires_on", "granted_by_id", "created_at"],
        (
            (
                requirement.pk,
                learner.user_id,
                "On extended leave",
                None if rng.random() < 0.5 else today + timedelta(days=rng.randint(10, 120)),
                None,
                now,
            )
            for learner in chosen
        ),
    )


# -- the whole set ------------------------------------------------------------------------------


def _analyze(log: Log, *models_) -> None:
    """Refresh PostgreSQL's statistics after a bulk load (what autovacuum would do later),
    so the queries that follow are planned for the tables' real sizes."""
    if connection.vendor != "postgresql":
        return
    tables = ", ".join(connection.ops.quote_name(model._meta.db_table) for model in models_)
    with _step(log, f"ANALYZE {tables or 'all tables'}"), connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {tables}")


def _batches(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def scale_data_generate(
    *,
    learners: int = 100_000,
    units: int = 500,
    courses: int = 10,
    seed: int = 2026,
    log: Log = _quiet,
) -> ScaleDataSet:
    """Make the scale data set (see the module docstring). Raises
    :class:`ScaleDataExists` when one is already there; ``ValueError`` for sizes it
    cannot make."""
    from dashboards.projections import records_refresh
    from training.models import Assignment

    if learners < 1:
        raise ValueError("learners: give at least 1")
    if courses < 1:
        raise ValueError("courses: give at least 1")
    if scale_data_exists():
        raise ScaleDataExists(
            "A scale data set is already in this database: run the command with --reset "
            "to replace it."
        )
    rng = random.Random(seed)
    today = timezone.localdate()
    now = timezone.now().astimezone(UTC)
    started = time.perf_counter()
    with transaction.atomic():
        with _step(log, f"Org tree of {units} units, audiences"):
            agency, regions, leaf_units = _org_tree(units)
            audiences = _audiences()
        with _step(log, f"{courses} courses (pages in English and French, quizzes)"):
            made_courses = _courses_create(courses, log=log)
            course_models = [_course_model(course, rng=rng) for course in made_courses]
        with _step(log, f"{learners} learners"):
            people = _learners_create(
                learners, units=leaf_units, audiences=audiences, rng=rng, today=today
            )
        with _step(log, "Activity and its statements"):
            writer = _ActivityWriter(courses=course_models, rng=rng, now=now)
            done = 0
            for batch in _batches(people, BATCH_LEARNERS):
                for learner in batch:
                    writer.learner(learner)
                writer.flush()
                done += len(batch)
                if done % (BATCH_LEARNERS * 10) == 0 or done == len(people):
                    log(
                        f"  {done} learners, {writer.totals.get('statements', 0)} statements "
                        f"({time.perf_counter() - started:.0f} s)"
                    )
            writer.totals["activity definitions"] = writer.definitions_flush()
        with _step(log, "Requirements, targets and exemptions"):
            requirements = _requirements_create(
                courses=made_courses,
                audiences=audiences,
                agency=agency,
                regions=regions,
                today=today,
                rng=rng,
            )
            writer.totals["exemptions"] = _exemptions_create(
                requirement=requirements[0], learners=people, rng=rng, today=today
            )
        managers = _managers_create(agency, regions)
    _analyze(log)
    with _step(log, "Assignments"):
        from training.services import assignments_materialise

        assignments_materialise(today=today)
        _analyze(log, Assignment)
        writer.totals["open assignments"] = Assignment.objects.filter(
            user__username__startswith=PREFIX, closed_at__isnull=True
        ).count()
    with _step(log, "Dashboard read models"):
        records_refresh()
    counts = {"learners": len(people), "units": units, "courses": courses, **writer.totals}
    log(
        f"Done in {time.perf_counter() - started:.1f} s: "
        + ", ".join(f"{v} {k}" for k, v in counts.items())
    )
    return ScaleDataSet(
        agency=agency,
        regions=regions,
        units=leaf_units,
        courses=made_courses,
        managers=managers,
        counts=counts,
    )


# -- finding and removing ----------------------------------------------------------------------


def scale_data_exists() -> bool:
    from organisations.models import OrgUnit, User

    return (
        OrgUnit.objects.filter(code__startswith=PREFIX).exists()
        or User.objects.filter(username__startswith=PREFIX).exists()
    )


def _course_pages():
    from courses.models import CoursePage

    return CoursePage.objects.filter(slug__startswith=PREFIX, locale__language_code="en")


def scale_data_find() -> ScaleDataSet | None:
    """The scale data set already in the database, or None."""
    from organisations.models import OrgUnit, User
    from quizzes.models import QuizPage

    agency = OrgUnit.objects.filter(code=AGENCY_CODE).first()
    if agency is None:
        return None
    courses = []
    for page in _course_pages().order_by("slug"):
        quiz_page = QuizPage.objects.child_of(page).select_related("quiz").first()
        courses.append(
            ScaleCourse(
                page=page,
                lessons=list(page.lessons()),
                quiz_page=quiz_page,
                quiz=quiz_page.quiz if quiz_page else None,
            )
        )
    return ScaleDataSet(
        agency=agency,
        regions=list(agency.get_children().order_by("code")),
        units=list(OrgUnit.objects.filter(code__startswith=f"{PREFIX}unit-").order_by("code")),
        courses=courses,
        managers={
            user.username.removeprefix(f"{PREFIX}manager-"): user
            for user in User.objects.filter(username__startswith=f"{PREFIX}manager-")
        },
    )


def _delete_where(model, pk_query) -> int:
    """``DELETE FROM <model> WHERE pk IN (<pk_query>)``: one statement, no row loaded."""
    sql, params = pk_query.query.sql_with_params()
    table = connection.ops.quote_name(model._meta.db_table)
    column = connection.ops.quote_name(model._meta.pk.column)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE {column} IN ({sql})", params)
        return cursor.rowcount


def scale_data_reset(*, log: Log = _quiet) -> None:
    """Remove the scale data set and nothing else: what its learners did (statements
    included), its requirements, courses, quizzes, units, audiences and managers."""
    from certificates.models import Certificate
    from courses.models import CourseCompletion, CourseRegistration, LessonPage, LessonProgress
    from lrs.models import ActivityDefinition, Statement, StatementIndex
    from lrs.xapi import builders
    from lrs.xapi import vocabulary as v
    from organisations.models import Audience, LearnerProfile, ManagerScope, OrgUnit, User
    from quizzes.models import Question, QuestionBank, Quiz, QuizAttempt, QuizPage
    from training.models import Assignment, Exemption, Requirement, Target

    from .models import ComplianceRecord, CourseRecord

    with _step(log, "Removing the scale data set"), transaction.atomic():
        users = User.objects.filter(username__startswith=PREFIX)
        user_ids = users.values("pk")
        actors = [
            builders.actor_key(builders.actor_for(SimpleNamespace(uuid=key)))
            for key in users.values_list("uuid", flat=True).iterator(chunk_size=INSERT_BATCH)
        ]
        for chunk in _batches(actors, INSERT_BATCH):
            statements = Statement.objects.filter(actor_key__in=chunk).values("pk")
            _delete_where(
                StatementIndex, StatementIndex.objects.filter(statement__in=statements).values("pk")
            )
            _delete_where(Statement, statements)
        codes = Certificate.objects.filter(user__in=user_ids).values_list("code", flat=True)
        iris = [v.activity_iri("certificate", code) for code in codes.iterator()]
        for chunk in _batches(iris, INSERT_BATCH):
            ActivityDefinition.objects.filter(iri__in=chunk).delete()
        for model in (
            ComplianceRecord,
            CourseRecord,
            Assignment,
            Exemption,
            Certificate,
            QuizAttempt,
            CourseCompletion,
            LessonProgress,
            CourseRegistration,
        ):
            _delete_where(model, model.objects.filter(user__in=user_ids).values("pk"))
        requirements = list(
            Requirement.objects.filter(org_units__code=AGENCY_CODE).values_list("pk", flat=True)
        )
        for model in (Target, ComplianceRecord, Assignment, Exemption):
            model.objects.filter(requirement__in=requirements).delete()
        Requirement.objects.filter(pk__in=requirements).delete()
        through = LearnerProfile.audiences.through
        profiles = LearnerProfile.objects.filter(user__in=user_ids).values("pk")
        _delete_where(through, through.objects.filter(learnerprofile__in=profiles).values("pk"))
        ManagerScope.objects.filter(manager__in=user_ids).delete()
        # The rest (profiles, audience history, whatever another app keeps per user)
        # goes with the users.
        users.delete()

        pages = list(_course_pages())
        course_keys = [page.translation_key for page in pages]
        lesson_keys = list(
            LessonPage.objects.filter(
                translation_key__in=[
                    key
                    for page in pages
                    for key in LessonPage.objects.descendant_of(page).values_list(
                        "translation_key", flat=True
                    )
                ]
            ).values_list("translation_key", flat=True)
        )
        quiz_ids = [
            quiz_id
            for page in pages
            for quiz_id in QuizPage.objects.descendant_of(page).values_list("quiz_id", flat=True)
        ]
        quizzes = Quiz.objects.filter(pk__in=quiz_ids)
        quiz_keys = list(quizzes.values_list("translation_key", flat=True))
        bank_ids = list(
            Question.objects.filter(quiz_links__quiz__in=quizzes)
            .values_list("bank_id", flat=True)
            .distinct()
        )
        iris = [v.activity_iri("course", str(key)) for key in course_keys]
        iris += [v.activity_iri("lesson", str(key)) for key in lesson_keys]
        iris += [v.activity_iri("quiz", str(key)) for key in quiz_keys]
        ActivityDefinition.objects.filter(iri__in=iris).delete()
        for key in quiz_keys:
            question_prefix = v.quiz_question_iri(v.activity_iri("quiz", str(key)), "")
            ActivityDefinition.objects.filter(iri__startswith=question_prefix).delete()
        for page in pages:
            for translation in page.get_translations():
                translation.delete()
            page.delete()
        Quiz.objects.filter(translation_key__in=quiz_keys).delete()
        Question.objects.filter(bank_id__in=bank_ids).delete()
        QuestionBank.objects.filter(pk__in=bank_ids).delete()
        for agency in OrgUnit.objects.filter(code=AGENCY_CODE):
            agency.delete()
        Audience.objects.filter(code__startswith=PREFIX).delete()
