"""The quiz page of a course (a Wagtail page) and what its quiz runner script says."""

from __future__ import annotations

from decimal import ROUND_FLOOR, Decimal

from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    Page,
)
from wagtail.search import index

from courses.panels import TranslationStatusPanel

from .attempts import QuizAttempt
from .quizzes import Quiz


def _percent(fraction) -> Decimal:
    """A share from 0 to 1 as a percentage rounded down to a tenth: never shown as reaching
    the pass mark (at most three decimals, so a tenth of a percent) when it does not."""
    return (Decimal(str(fraction)) * 100).quantize(Decimal("0.1"), rounding=ROUND_FLOOR)


class QuizPage(Page):
    """A quiz within a course: its introduction, rules and the learner's attempts, and the
    quiz itself, answered in the browser (``quizzes/quiz_runner.js``) through the attempts
    API and graded on the server. The page holds no question and no answer.

    The quiz is a translatable reference: the French page of a course points at the French
    version of the quiz (wagtail-localize swaps it when the page is translated)."""

    quiz = models.ForeignKey(
        Quiz,
        on_delete=models.PROTECT,
        related_name="quiz_pages",
        verbose_name=_("quiz"),
        help_text=_("The quiz learners take on this page, in the language of the page."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        help_text=_("What the learner reads before starting: what the quiz covers and why."),
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=15)

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("quiz"),
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("quiz page")
        verbose_name_plural = _("quiz pages")

    @property
    def course(self):
        """The course the quiz belongs to (``None`` for a page not yet in the tree)."""
        from courses.models import CoursePage

        if not self.path:
            return None
        return CoursePage.objects.ancestor_of(self).first()

    def learner_view(self, *, user, now=None) -> dict:
        """What the page tells ``user`` about the quiz: its rules, their past attempts and
        best result, whether they passed it (``passed``: the date and score of their best
        passing attempt in their current run of the course, the one their course
        completion counts), the attempt they may resume, and whether they may start one
        now (with the reason when not, and when they may try again)."""
        from django.utils import timezone

        from courses.selectors import (
            current_registration,
            major_version_published_at,
            registration_major_versions,
        )

        from .. import selectors, services
        from ..attempts import AttemptRefused, is_overdue

        now = now or timezone.now()
        quiz = self.quiz
        question_count = quiz.question_count()
        rules = {
            "question_count": question_count,
            "time_limit": quiz.time_limit,
            "attempts_allowed": None if quiz.unlimited_attempts else quiz.attempts_allowed,
            "pass_mark_percent": _percent(quiz.pass_mark),
            "wait_minutes": quiz.wait_between_attempts,
        }
        view = {
            "rules": rules,
            "attempts": [],
            "best": None,
            "passed": None,
            "current": None,
            "refusal": None,
        }
        if not user.is_authenticated:
            return view
        # Attempts count per run of the course (see ``selectors.attempts_counted``): a
        # major revision of the course, or a renewal, starts a new run and a fresh set.
        course = self.course
        course_key = run = None
        run_versions: dict = {}
        if course is not None:
            course_key = course.translation_key
            registration = current_registration(user=user, course=course)
            run = registration.registration if registration is not None else None
            run_versions = registration_major_versions(user=user, course=course)

        def in_run(attempt) -> bool:
            return course_key is None or attempt.registration in (None, run)

        history = sorted(
            selectors.attempts_closed(user=user, quiz_key=quiz.translation_key),
            key=lambda attempt: attempt.number,
        )
        closed = [attempt for attempt in history if in_run(attempt)]
        current = selectors.attempt_in_progress(user=user, quiz_key=quiz.translation_key)
        used = len(closed)
        if current is not None and is_overdue(current.deadline, now):
            if in_run(current):
                used += 1  # closed (as expired) when the learner next starts
            current = None
        rules["attempts_used"] = used
        if not quiz.unlimited_attempts:
            rules["attempts_left"] = max(0, quiz.attempts_allowed - used)
        if current is None:
            view["refusal"] = services.attempt_start_refusal(
                user=user, quiz=quiz, now=now, course_key=course_key, registration=run
            )
            if view["refusal"] is None and not question_count:
                view["refusal"] = AttemptRefused(
                    "questions", str(_("This quiz has no questions yet."))
                )
        view["current"] = current
        # Numbered as the learner counts them: within their run of the course.
        shown = selectors.attempt_shown_numbers(
            attempts=[*history, current] if current is not None else history
        )
        if current is not None:
            view["current_number"] = shown[current.pk]

        def earlier(attempt) -> str:
            """Why an attempt no longer counts: taken in an earlier version of the course
            ("version") or in the learner's run before a renewal ("run"), else ""."""
            if in_run(attempt):
                return ""
            version = run_versions.get(attempt.registration, course.major_version)
            return "version" if version < course.major_version else "run"

        view["attempts"] = [
            {
                "number": shown[attempt.pk],
                "date": attempt.submitted_at or attempt.started_at,
                "percent": None if attempt.scaled is None else _percent(attempt.scaled),
                "passed": bool(attempt.passed),
                "expired": attempt.status == QuizAttempt.Status.EXPIRED,
                "late": attempt.status == QuizAttempt.Status.LATE,
                "late_reason": attempt.get_late_reason_display() if attempt.late_reason else "",
                "earlier": earlier(attempt),
            }
            for attempt in history
        ]
        graded = [attempt for attempt in closed if attempt.scaled is not None]
        if graded:
            best = max(graded, key=lambda attempt: (attempt.scaled, -attempt.number))
            view["best"] = {"percent": _percent(best.scaled), "passed": bool(best.passed)}
        passes = [attempt for attempt in graded if attempt.passed]
        if course is not None:
            # A pass in a run of the course before a major revision is history: only the
            # current run's passes complete the course.
            passes = [attempt for attempt in passes if run and attempt.registration == run]
        if passes:
            best = max(passes, key=lambda attempt: (attempt.scaled, -attempt.number))
            view["passed"] = {
                "date": best.submitted_at,
                # The percentage shown, as a ratio: rounded down, never above the score.
                "ratio": _percent(best.scaled) / 100,
            }
        if not passes and any(attempt["earlier"] == "version" for attempt in view["attempts"]):
            view["new_version"] = {
                "date": major_version_published_at(course=course),
                "attempts_left": rules.get("attempts_left"),
            }
        return view

    def serve(self, request, *args, **kwargs):
        """The quiz page, unless the course is taken in order and the lessons before the
        quiz are not done: the learner then gets a page that says so and leads to the
        lesson to do next. Trainers and reviewers read the page anyway, without taking
        the quiz. The copy a learner's device keeps offline is the whole page: its script
        keeps the quiz closed until the lessons before it are done on the device."""
        from courses.selectors import assessment_gate_for, course_outline_for

        request.is_preview = False
        blocked_by = assessment_gate_for(user=request.user, page=self)
        extra = {}
        if blocked_by is not None:
            course = self.course
            if request.headers.get("X-Offline-Copy"):
                outline = course_outline_for(user=request.user, course=course)
                extra["offline_requires"] = outline.unfinished_before(self)
            elif request.user.has_perm("wagtailadmin.access_admin"):
                extra["staff_reading"] = True
            else:
                return TemplateResponse(
                    request,
                    "quizzes/quiz_locked.html",
                    {
                        "page": self,
                        "self": self,
                        "request": request,
                        "blocked_by": blocked_by,
                        "course": course,
                    },
                )
        context = self.get_context(request, *args, **kwargs)
        context.update(extra)
        return TemplateResponse(request, self.get_template(request, *args, **kwargs), context)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.learner_view(user=request.user))
        context["course"] = self.course
        context["runner_messages"] = quiz_runner_messages()
        return context


def quiz_runner_messages() -> dict[str, str]:
    """What ``quizzes/quiz_runner.js`` says, in the page's language (``%(name)s``
    placeholders are filled in by the script)."""
    return {
        # Starting
        "started": str(_("The quiz has started: %(count)s questions.")),
        "resumed": str(_("Your attempt is resumed with the answers you saved.")),
        "timeLimitStarted": str(_("You have %(minutes)s min to finish.")),
        "startFailed": str(
            _("The quiz could not be started. Check your connection, then try again.")
        ),
        "attemptHeading": str(_("Attempt %(number)s")),
        # Questions
        "questionNumber": str(_("Question %(number)s of %(total)s")),
        "situation": str(_("Situation")),
        "selectAll": str(_("Select all that apply.")),
        "matchHint": str(_("For each item, choose the one it matches.")),
        "chooseMatch": str(_("Choose a match")),
        "orderHint": str(
            _("Put the items in the right order with the Move up and Move down buttons.")
        ),
        "moveUp": str(_("Move up")),
        "moveDown": str(_("Move down")),
        "moveUpItem": str(_("Move up: %(item)s")),
        "moveDownItem": str(_("Move down: %(item)s")),
        "moved": str(_("%(item)s is now in position %(position)s of %(total)s.")),
        "alreadyFirst": str(_("%(item)s is already first.")),
        "alreadyLast": str(_("%(item)s is already last.")),
        "textAnswer": str(_("Your answer")),
        "numberAnswer": str(_("Your answer (a number)")),
        "numberHint": str(_("For example 3.5 or 3,5.")),
        "notANumber": str(_("Enter a number, for example 3.5 or 3,5.")),
        "fixNumbers": str(_("Some answers are not numbers. Correct them, then submit again.")),
        # Saving
        "savedAsYouGo": str(_("Your answers are saved as you go.")),
        "savedAt": str(_("Answers saved at %(time)s.")),
        "saveFailed": str(
            _(
                "Your latest answers could not be saved. They are kept on this page: try "
                "again, or submit when you are back online."
            )
        ),
        "retry": str(_("Try saving again")),
        "answered": str(_("Questions answered: %(count)s of %(total)s.")),
        # Time limit
        "timeLeft": str(_("Time left:")),
        "fiveMinutesLeft": str(_("5 minutes left.")),
        "oneMinuteLeft": str(_("1 minute left.")),
        "timeUp": str(_("Time is up. Your answers are being submitted.")),
        # Submitting
        "submit": str(_("Submit my answers")),
        "unanswered": str(
            _("Questions not answered: %(numbers)s. Do you want to submit your answers anyway?")
        ),
        "submitAnyway": str(_("Submit anyway")),
        "goToUnanswered": str(_("Go to the first unanswered question")),
        "submitting": str(_("Sending your answers…")),
        "submitFailed": str(
            _(
                "Your answers could not be sent. They are kept on this page. Check your "
                "connection, then try again."
            )
        ),
        "retrySubmit": str(_("Send my answers again")),
        "submitted": str(_("Your answers were submitted.")),
        # Result
        "resultHeading": str(_("Your result")),
        "score": str(_("Score: %(percent)s")),
        "passed": str(_("Passed")),
        "notPassed": str(_("Not passed")),
        "passMark": str(_("The pass mark is %(percent)s.")),
        "attemptsLeft": str(_("Attempts left: %(count)s")),
        "noAttemptsLeft": str(_("You have no attempts left.")),
        "expired": str(
            _("The time ran out: the answers saved before the end of the time were marked.")
        ),
        "late": str(
            _(
                "Submitted late: your answers were marked, but an attempt not shown to be "
                "within the time limit cannot pass."
            )
        ),
        "feedbackHeading": str(_("Question by question")),
        "correct": str(_("Correct.")),
        "partlyCorrect": str(_("Partly correct.")),
        "incorrect": str(_("Incorrect.")),
        "notAnswered": str(_("Not answered.")),
        "points": str(_("Points: %(score)s / %(max)s")),
        "yourAnswer": str(_("Your answer:")),
        "correctAnswer": str(_("Correct answer:")),
        "acceptedAnswers": str(_("Accepted answers:")),
        "matchPair": str(_("%(left)s: %(right)s")),
        "choiceFeedback": str(_("%(choice)s: %(feedback)s")),
        "quotedChoice": str(_("“%(choice)s”")),
        "backToQuiz": str(_("Back to the quiz page")),
        # Immediate feedback
        "checkAnswer": str(_("Check my answer")),
        "checkAnswerFirst": str(_("Answer the question before checking it.")),
        "checking": str(_("Checking your answer…")),
        "checkFailed": str(
            _("Your answer could not be checked. Check your connection, then try again.")
        ),
        "checkedLocked": str(_("This answer was checked and can no longer be changed.")),
        "feedbackOn": str(_("Feedback on question %(number)s")),
        # Offline
        "notOffline": str(
            _(
                "This quiz is not on this device. Make the course available offline "
                "while you are connected, or take the quiz when you are back online."
            )
        ),
        "keptOnDevice": str(_("Your answers are kept on this device.")),
        "offlineSubmitted": str(
            _(
                "Your answers are kept on this device. They will be marked when you are "
                "back online, and your result will appear on this page."
            )
        ),
        "offlineResultHeading": str(_("Answers kept until you are back online")),
    }
