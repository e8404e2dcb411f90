"""The scale data set already in a database: whether there is one, finding it, and
removing it (and nothing else)."""

from __future__ import annotations

from types import SimpleNamespace

from django.db import transaction

from .bulk import _batches, _delete_where
from .common import AGENCY_CODE, INSERT_BATCH, PREFIX, Log, ScaleCourse, ScaleDataSet, _quiet, _step


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


def scale_data_reset(*, log: Log = _quiet) -> None:
    """Remove the scale data set and nothing else: what its learners did (statements
    included), its requirements, courses, quizzes, units, audiences and managers."""
    from certificates.models import Certificate
    from courses.models import CourseCompletion, CourseRegistration, LessonPage, LessonProgress
    from lrs.models import ActivityDefinition, Statement, StatementIndex
    from organisations.models import Audience, LearnerProfile, ManagerScope, OrgUnit, User
    from quizzes.models import Question, QuestionBank, Quiz, QuizAttempt, QuizPage
    from tracking import builders
    from tracking import vocabulary as v
    from training.models import Assignment, Exemption, Requirement, Target

    from ..models import ComplianceRecord, CourseRecord

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
