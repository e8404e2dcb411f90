"""Course reports for trainers and managers: how many learners started, completed and
passed each course, how long completing takes, and where learners stop along the way.

Figures are read from ``CourseRecord`` (one row per learner and course) in grouped
queries, never row by row; a manager's figures count only the learners placed in their
units, a trainer's count everyone (``access.sees_everyone``)."""

from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, pgettext

from common.templatetags.formats import format_percent
from courses.models import CoursePage, LessonProgress
from courses.selectors import course_in_language
from quizzes.models import QuizAttempt, QuizPage

from .access import Scope, sees_everyone
from .charts import Chart, Series
from .models import CourseRecord
from .tables import Column, Table

ITEM_ANALYSIS_PERMISSION = "quizzes.view_item_analysis"


def percent_of(part: int, whole: int) -> int | None:
    """``part`` as a whole percentage of ``whole``; None when there is no whole."""
    if not whole:
        return None
    return round(100 * part / whole)


def duration_display(seconds: int | None) -> str:
    """A duration as people say it: "35 min", "2 h 5 min", "3 d 4 h"."""
    if seconds is None:
        return ""
    minutes = round(seconds / 60)
    if minutes < 1:
        return _("less than 1 min")
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return _("%(days)s d %(hours)s h") % {"days": days, "hours": hours}
    if hours and minutes:
        return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": minutes}
    if hours:
        return _("%(hours)s h") % {"hours": hours}
    return pgettext("duration", "%(minutes)s min") % {"minutes": minutes}


def course_records(*, scope: Scope) -> QuerySet[CourseRecord]:
    """The course records the scope may count: all of them for trainers, those of the
    learners placed in the manager's units otherwise."""
    records = CourseRecord.objects.all()
    if sees_everyone(scope):
        return records
    paths = scope.unit_paths()
    if not paths:
        return records.none()
    in_units = Q()
    for path in paths:
        in_units |= Q(org_unit__path__startswith=path)
    return records.filter(in_units)


@dataclass(frozen=True)
class CourseFigures:
    started: int = 0
    completed: int = 0
    passed: int = 0

    @property
    def completion_percent(self) -> int | None:
        return percent_of(self.completed, self.started)

    @property
    def completion_ratio(self) -> float | None:
        """Completed out of started, 0 to 1; None when nobody started."""
        return self.completed / self.started if self.started else None

    @property
    def has_learners(self) -> bool:
        """Whether anyone counted began the course (whoever completed it began it)."""
        return self.started > 0


def completed_of_started_column() -> Column:
    """A course's share of completions among the learners who started it: named and
    explained apart from the dashboard's completion rate of required training."""
    return Column(
        "completion_rate",
        _("Completed of those who started"),
        "percent",
        description=_(
            "Learners who completed the course, out of the learners who started it "
            "(whether or not it was assigned to them)."
        ),
    )


FIGURES = {
    "started": Count("pk"),
    "completed": Count("pk", filter=Q(completed_at__isnull=False)),
    "passed": Count("pk", filter=Q(passed=True)),
}


# --- every course ----------------------------------------------------------------------


@dataclass
class CourseLine:
    course: CoursePage
    figures: CourseFigures

    @property
    def key(self) -> str:
        return str(self.course.translation_key)


def live_courses(*, language: str) -> list[CoursePage]:
    """Every live course once (one page per translation key), in ``language`` where it
    is translated, sorted by title."""
    chosen: dict[str, CoursePage] = {}
    for page in CoursePage.objects.live().select_related("locale").order_by("path"):
        key = str(page.translation_key)
        if key not in chosen or page.locale.language_code == language:
            chosen[key] = page
    return sorted(chosen.values(), key=lambda page: page.title.casefold())


def course_lines(*, scope: Scope, language: str) -> list[CourseLine]:
    """Each live course with its started, completed and passed counts in scope, from one
    grouped query: the courses with the most learners first, by title among equals, and
    those with no learner in scope last."""
    courses = live_courses(language=language)
    grouped = (
        course_records(scope=scope)
        .filter(course_key__in=[course.translation_key for course in courses])
        .values("course_key")
        .annotate(**FIGURES)
        .order_by()
    )
    figures = {
        str(item["course_key"]): CourseFigures(
            started=item["started"], completed=item["completed"], passed=item["passed"]
        )
        for item in grouped
    }
    lines = [
        CourseLine(course=course, figures=figures.get(str(course.translation_key), CourseFigures()))
        for course in courses
    ]
    # ``courses`` is sorted by title, and a stable sort keeps that order among equals.
    return sorted(
        lines,
        key=lambda line: (
            not line.figures.has_learners,
            -line.figures.started,
            -line.figures.completed,
        ),
    )


def course_list_table(*, lines: list[CourseLine]) -> Table:
    """The course list as a table; each row also carries the address of its report."""
    return Table(
        name="courses",
        caption=_("Courses: learners who started, completed and passed"),
        columns=[
            Column("course", _("Course")),
            Column("started", _("Started"), "number"),
            Column("completed", _("Completed"), "number"),
            Column("passed", _("Passed"), "number"),
            completed_of_started_column(),
        ],
        rows=[
            {
                "course": line.course.title,
                "started": line.figures.started,
                "completed": line.figures.completed,
                "passed": line.figures.passed,
                "completion_rate": line.figures.completion_percent,
                "has_learners": line.figures.has_learners,
                "url": reverse("dashboards:course", args=[line.key]),
            }
            for line in lines
        ],
    )


# --- one course ------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """A lesson or an assessment of the course, with how many learners got through it."""

    title: str
    kind: str  # lesson | assessment
    completed: int
    share: int | None  # of the learners who started the course, in percent

    @property
    def kind_label(self) -> str:
        return _("Assessment") if self.kind == "assessment" else _("Lesson")


@dataclass(frozen=True)
class DropOff:
    before: str | None  # None: between starting the course and the first step
    after: str
    learners: int
    share: int | None

    def sentence(self) -> str:
        values = {
            "before": self.before,
            "after": self.after,
            "count": self.learners,
            "percent": format_percent(None if self.share is None else self.share / 100),
        }
        if self.before is None:
            return (
                ngettext(
                    "The biggest drop-off is at the first step, “%(after)s”: %(count)s learner "
                    "who started did not complete it (%(percent)s of those who started).",
                    "The biggest drop-off is at the first step, “%(after)s”: %(count)s learners "
                    "who started did not complete it (%(percent)s of those who started).",
                    self.learners,
                )
                % values
            )
        return (
            ngettext(
                "The biggest drop-off is between “%(before)s” and “%(after)s”: %(count)s "
                "learner did not go on (%(percent)s of those who started).",
                "The biggest drop-off is between “%(before)s” and “%(after)s”: %(count)s "
                "learners did not go on (%(percent)s of those who started).",
                self.learners,
            )
            % values
        )


@dataclass(frozen=True)
class QuizLink:
    title: str
    url: str


@dataclass
class CourseReport:
    course: CoursePage
    figures: CourseFigures
    median_seconds: int | None
    steps: list[Step] = field(default_factory=list)
    quizzes: list[QuizLink] = field(default_factory=list)

    @property
    def key(self) -> str:
        return str(self.course.translation_key)

    @property
    def median_display(self) -> str:
        return duration_display(self.median_seconds)

    @property
    def biggest_drop(self) -> DropOff | None:
        """The largest fall in learners from one step to the next, starting the course
        counting as the step before the first."""
        drop = None
        before, count = None, self.figures.started
        for step in self.steps:
            fall = count - step.completed
            if fall > 0 and (drop is None or fall > drop.learners):
                drop = DropOff(
                    before=before,
                    after=step.title,
                    learners=fall,
                    share=percent_of(fall, self.figures.started),
                )
            before, count = step.title, step.completed
        return drop

    def drop_off_summary(self) -> str:
        started = self.figures.started
        if not started:
            return _("No learner has started this course yet.")
        parts = [
            ngettext(
                "Of %(started)s learner who started, %(completed)s completed the course.",
                "Of %(started)s learners who started, %(completed)s completed the course.",
                started,
            )
            % {"started": started, "completed": self.figures.completed}
        ]
        drop = self.biggest_drop
        parts.append(drop.sentence() if drop else _("No learner stopped between two steps."))
        return " ".join(parts)


def median_seconds_to_complete(records: QuerySet[CourseRecord]) -> int | None:
    """The median time to complete over ``records``, read from the middle of the ordered
    durations (a count, then one or two rows at an offset), never loading them all."""
    durations = records.filter(seconds_to_complete__isnull=False)
    count = durations.count()
    if not count:
        return None
    middle = list(
        durations.order_by("seconds_to_complete").values_list("seconds_to_complete", flat=True)[
            (count - 1) // 2 : count // 2 + 1
        ]
    )
    return round(sum(middle) / len(middle))


def report_course(*, course_key, language: str) -> CoursePage | None:
    """The live course with this key, in ``language`` where it is translated."""
    return course_in_language(course_key=str(course_key), language=language)


def course_report_for(*, scope: Scope, course: CoursePage) -> CourseReport:
    """Figures, median time to complete and drop-off by step of one course in scope."""
    records = course_records(scope=scope).filter(course_key=course.translation_key)
    figures = CourseFigures(**records.aggregate(**FIGURES))
    learners = records.values("user_id")

    lessons = list(course.lessons())
    assessments = list(course.assessments().select_related("quiz"))
    lesson_counts = dict(
        LessonProgress.objects.filter(
            course_key=course.translation_key,
            lesson_key__in=[lesson.translation_key for lesson in lessons],
            user_id__in=learners,
        )
        .values("lesson_key")
        .annotate(n=Count("user_id", distinct=True))
        .values_list("lesson_key", "n")
    )
    quiz_keys = [page.quiz.translation_key for page in assessments]
    passed_counts = dict(
        QuizAttempt.objects.filter(
            quiz_key__in=quiz_keys,
            course_key=course.translation_key,
            passed=True,
            user_id__in=learners,
        )
        .values("quiz_key")
        .annotate(n=Count("user_id", distinct=True))
        .values_list("quiz_key", "n")
    )

    pages = sorted([*lessons, *assessments], key=lambda page: page.path)
    steps = []
    for page in pages:
        if isinstance(page, QuizPage):
            kind, completed = "assessment", passed_counts.get(page.quiz.translation_key, 0)
        else:
            kind, completed = "lesson", lesson_counts.get(page.translation_key, 0)
        steps.append(
            Step(
                title=page.title,
                kind=kind,
                completed=completed,
                share=percent_of(completed, figures.started),
            )
        )

    quizzes = []
    if scope.user.has_perm(ITEM_ANALYSIS_PERMISSION):
        seen = set()
        for page in assessments:
            if page.quiz.translation_key not in seen:
                seen.add(page.quiz.translation_key)
                url = reverse("quizzes_item_analysis:quiz", args=[page.quiz.translation_key])
                quizzes.append(QuizLink(title=page.quiz.title, url=url))

    return CourseReport(
        course=course,
        figures=figures,
        median_seconds=median_seconds_to_complete(records),
        steps=steps,
        quizzes=quizzes,
    )


def course_steps_table(*, report: CourseReport) -> Table:
    """The drop-off by step: what the report shows below its chart and what it exports."""
    return Table(
        name="steps",
        caption=_("Learners who completed each step of %(course)s")
        % {"course": report.course.title},
        columns=[
            Column("position", _("Step"), "number"),
            Column("title", _("Title")),
            Column("kind", _("Kind")),
            Column("completed", _("Learners who completed it"), "number"),
            Column("share", _("Share of learners who started"), "percent"),
        ],
        rows=[
            {
                "position": position,
                "title": step.title,
                "kind": step.kind_label,
                "completed": step.completed,
                "share": step.share,
            }
            for position, step in enumerate(report.steps, start=1)
        ],
    )


def course_steps_chart(*, report: CourseReport) -> Chart:
    """The drop-off as a bar chart: learners through each step, the start included."""
    # Bars run across, each step's title beside its bar: titles under upright bars had to
    # be slanted and ran off the left edge.
    return Chart(
        id="course-drop-off-chart",
        title=_("Learners who reached each step"),
        kind="horizontal",
        labels=[_("Started the course"), *[step.title for step in report.steps]],
        series=[
            Series(
                label=_("Learners"),
                values=[report.figures.started, *[step.completed for step in report.steps]],
            )
        ],
        summary=report.drop_off_summary(),
        label_heading=_("Step"),
    )
