"""Each learner's activity (registrations, lesson progress, completions, graded quiz
attempts, certificates) and the xAPI statements behind it, as the LRS stores them."""

from __future__ import annotations

import random
import string
import uuid
from datetime import datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.utils import timezone

from .bulk import ATTEMPT_FIELDS, CERTIFICATE_FIELDS, STATEMENT_FIELDS, _insert
from .common import CODE_ALPHABET, COURSES_STARTED_WEIGHTS, PREFIX, _seeded_uuid
from .course_models import _CourseModel
from .people import _Learner


class _ActivityWriter:
    """Makes each learner's activity (rows of the progress tables and the statements
    behind them) and writes it in batches."""

    def __init__(self, *, courses: list[_CourseModel], rng: random.Random, now: datetime):
        from tracking import builders

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
        from tracking import builders

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
        from tracking import builders

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
        from quizzes.grading.interactions import interaction_definition

        key = entry["snapshot"]["question_key"]
        if key not in self._interactions:
            self._interactions[key] = interaction_definition(entry["snapshot"])
        return self._interactions[key]

    def _completed(self, learner, course, actor, registration, completed_at) -> None:
        from certificates import expiry
        from tracking import builders

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
        from quizzes.models import QuizAttempt
        from tracking import builders

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
