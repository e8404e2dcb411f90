"""What the activity writer needs to know of each course, computed once: its activity
references, versions and titles, and its quiz answered every possible way, graded."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from .common import ScaleCourse


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
    from quizzes.grading.scoring import attempt_score, grade, passed
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
