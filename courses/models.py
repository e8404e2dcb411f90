"""Course content (Wagtail pages) and learners' progress through it (projections of statements)."""

import uuid

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks as wagtail_blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask, Orderable, Page
from wagtail.search import index

from organisations.models import BilingualNameMixin

from .blocks import BriefingBodyBlock, LessonBodyBlock
from .interactions import LessonInteractionsMixin
from .panels import TranslationStatusPanel


class ChildrenRoutedFromMemoryMixin:
    """Wagtail finds the page at an address one level at a time, two queries a level. On
    the platform's own pages the child with a slug is a remembered answer instead
    (``courses.content_cache``), thrown away when any page changes."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        from .content_cache import content_remembered

        slug, remaining = path_components[0], path_components[1:]
        child = content_remembered(("child", self.pk, slug), lambda: self._child_at(slug))
        if child is None:
            raise Http404
        return child.route(request, remaining)

    def _child_at(self, slug: str):
        child = self.get_children().filter(slug=slug).first()
        return child.specific if child is not None else None


class HomePage(ChildrenRoutedFromMemoryMixin, Page):
    """The site's home in each language: a welcome, the learner's courses and the catalogue."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["courses.CourseIndexPage", "courses.BriefingIndexPage"]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def catalogue(self) -> "CourseIndexPage | None":
        return CourseIndexPage.objects.live().child_of(self).first()

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_cards_for

        context = super().get_context(request, *args, **kwargs)
        context["course_cards"] = course_cards_for(user=request.user, home=self)
        context["catalogue"] = self.catalogue()
        return context


class Topic(BilingualNameMixin):
    """A subject a course covers, used to filter the catalogue (law, indicators, ...)."""

    code = models.SlugField(_("code"), max_length=60, unique=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class CourseIndexPage(ChildrenRoutedFromMemoryMixin, Page):
    """The course catalogue: every course, filtered by audience, topic and search."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalogue_for

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = catalogue_for(user=request.user, index=self, params=request.GET)
        return context


class CoursePageForm(WagtailAdminPageForm):
    """The course editor, with the "major revision" switch that is not a stored field."""

    major_revision = forms.BooleanField(
        label=_("This change is a major revision"),
        required=False,
        help_text=_(
            "Tick this when the change is important enough that every learner must take the "
            "course again. Their earlier completions and certificates are kept as history. "
            "Leave it unticked for corrections and small changes: progress is kept."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        prerequisites = [
            form.cleaned_data.get("prerequisite")
            for form in self.formsets.get("prerequisite_links", [])
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        if self.instance.pk and any(
            p is not None and p.translation_key == self.instance.translation_key
            for p in prerequisites
        ):
            self.add_error(None, _("A course cannot be its own prerequisite."))
        return cleaned

    def save(self, commit=True):
        page = super().save(commit=False)
        if self.cleaned_data.get("major_revision"):
            live = type(page).objects.filter(pk=page.pk).values_list("major_version", flat=True)
            page.major_version = (live.first() or page.major_version or 1) + 1
        if commit:
            page.save()
            self.save_m2m()
        return page


class FrenchStatusMixin:
    """The admin's status of a French course page says when its English version is newer
    (it went live without its French): the page listing, reports and choosers show it."""

    @property
    def status_string(self):
        from .translation import english_newer

        status = super().status_string
        if english_newer(self) is None:
            return status
        return _("%(status)s + English newer") % {"status": status}


class CoursePage(ChildrenRoutedFromMemoryMixin, FrenchStatusMixin, Page):
    """A course: an introduction, then lessons (optionally grouped in modules)."""

    # Authors see a course's modules, lessons and assessments in the order learners take
    # them, not the last edited first.
    admin_default_ordering = "ord"

    NAVIGATION_FREE = "free"
    NAVIGATION_SEQUENTIAL = "sequential"
    NAVIGATION_CHOICES = [
        (NAVIGATION_FREE, _("Free order: learners may open any lesson")),
        (NAVIGATION_SEQUENTIAL, _("Sequential: each lesson opens when the one before is done")),
    ]
    COMPLETION_ALL_LESSONS = "all_lessons"
    COMPLETION_LESSONS_AND_ASSESSMENT = "all_lessons_and_assessment"
    COMPLETION_CHOICES = [
        (COMPLETION_ALL_LESSONS, _("Every lesson completed")),
        (
            COMPLETION_LESSONS_AND_ASSESSMENT,
            _("Every lesson completed and every assessment of the course passed"),
        ),
    ]

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    intro = RichTextField(_("introduction"), blank=True)
    objectives = StreamField(
        [("objective", wagtail_blocks.CharBlock(label=_("Objective"), max_length=300))],
        blank=True,
        verbose_name=_("learning objectives"),
        help_text=_("What a learner will be able to do after the course, one per line."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cover image"),
    )
    audiences = ParentalManyToManyField(
        "organisations.Audience",
        blank=True,
        related_name="courses",
        verbose_name=_("audiences"),
    )
    topics = ParentalManyToManyField(
        Topic, blank=True, related_name="courses", verbose_name=_("topics")
    )
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=30)
    navigation = models.CharField(
        _("lesson order"), max_length=20, choices=NAVIGATION_CHOICES, default=NAVIGATION_FREE
    )
    completion_rule = models.CharField(
        _("completion rule"),
        max_length=40,
        choices=COMPLETION_CHOICES,
        default=COMPLETION_ALL_LESSONS,
    )
    major_version = models.PositiveIntegerField(
        _("major version"),
        default=1,
        editable=False,
        help_text=_("Raised by a major revision: learners then take the course again."),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate validity (months)"),
        null=True,
        blank=True,
        help_text=_("Leave blank when the certificate never expires."),
    )
    recertification_window_days = models.PositiveSmallIntegerField(
        _("recertification window (days)"),
        null=True,
        blank=True,
        default=60,
        help_text=_(
            "How many days before expiry a learner may take the course again. Leave blank "
            "to allow it only once the certificate has expired."
        ),
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("intro"),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("navigation")]),
                FieldPanel("completion_rule"),
                InlinePanel("prerequisite_links", label=_("Prerequisite courses")),
            ],
            heading=_("Who it is for and how it is taken"),
        ),
    ]
    settings_panels = [
        *Page.settings_panels,
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "A minor change keeps every learner's progress. A major revision asks "
                        "every learner to complete the course again."
                    )
                ),
                FieldPanel("major_revision"),
            ],
            heading=_("Version"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("certificate_validity_months"),
                        FieldPanel("recertification_window_days"),
                    ]
                )
            ],
            heading=_("Certificate"),
        ),
    ]
    base_form_class = CoursePageForm
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("intro"),
        index.FilterField("locale_id"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = [
        "courses.ModulePage",
        "courses.LessonPage",
        "quizzes.QuizPage",
        "packages.PackageLessonPage",
        "workshops.WorkshopPage",
    ]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def lessons(self):
        """Every live lesson, modules included, in course order."""
        return LessonPage.objects.live().descendant_of(self).order_by("path")

    def assessments(self):
        """Every live quiz page of the course (its assessments), in course order."""
        from .ports import assessments

        kind = assessments()
        if kind is None:
            return Page.objects.none()
        return kind.page_model.objects.live().descendant_of(self).order_by("path")

    def workshops(self):
        """Every live workshop of the course (a blended course has some), in course order."""
        from .ports import workshops

        kind = workshops()
        if kind is None:
            return Page.objects.none()
        return kind.page_model.objects.live().descendant_of(self).order_by("path")

    @property
    def needs_assessment(self) -> bool:
        return self.completion_rule == self.COMPLETION_LESSONS_AND_ASSESSMENT

    @property
    def version(self) -> str:
        """What statements carry as the course version: ``<major>.<published revision>``."""
        return f"{self.major_version}.{self.live_revision_id or 0}"

    @property
    def is_sequential(self) -> bool:
        return self.navigation == self.NAVIGATION_SEQUENTIAL

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_outline_for

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline_for(user=request.user, course=self)
        return context


class CoursePrerequisite(Orderable):
    """A course the learner should finish before this one."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="prerequisite_links")
    prerequisite = models.ForeignKey(
        CoursePage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("prerequisite course"),
    )

    panels = [FieldPanel("prerequisite")]

    class Meta(Orderable.Meta):
        verbose_name = _("prerequisite")
        verbose_name_plural = _("prerequisites")


class ModulePage(ChildrenRoutedFromMemoryMixin, FrenchStatusMixin, Page):
    """An optional group of lessons within a course, with its own short introduction."""

    admin_default_ordering = "ord"

    summary = models.TextField(_("summary"), max_length=400, blank=True)

    content_panels = [TranslationStatusPanel(), *Page.content_panels, FieldPanel("summary")]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage", "packages.PackageLessonPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    @cached_property
    def course(self) -> "CoursePage":
        from .selectors import course_of

        return course_of(self)

    def serve(self, request, *args, **kwargs):
        """A module has no page of its own: it is a heading on the course page."""
        return redirect(self.course.url + f"#module-{self.pk}")


class LessonPage(FrenchStatusMixin, LessonInteractionsMixin, RoutablePageMixin, Page):
    """A lesson of a course. Reaching its end records its completion."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=10)
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def course(self) -> "CoursePage":
        from .selectors import course_of

        return course_of(self)

    @path("")
    def lesson(self, request):
        """Show the lesson, unless sequential order keeps it closed for this learner. The
        course outline around the lesson is read once, for both."""
        from .selectors import lesson_context_for
        from .services import lesson_event, lesson_offline_statements, lesson_visit

        context = lesson_context_for(user=request.user, lesson=self)
        outline = context["outline"]
        blocked_by = outline.blocking(self)
        # The copy a learner's browser keeps to take the course offline (offline/download.js)
        # is the whole lesson, even one that sequential order still closes: the page's
        # script keeps it closed until the lessons before it are done on the device.
        offline_copy = request.user.is_authenticated and request.headers.get("X-Offline-Copy")
        # Trainers and reviewers read any lesson; sequential order is the learners' path.
        staff_reading = blocked_by is not None and request.user.has_perm(
            "wagtailadmin.access_admin"
        )
        if blocked_by is not None and not offline_copy and not staff_reading:
            return self.render(
                request,
                template="courses/lesson_locked.html",
                context_overrides={"blocked_by": blocked_by, "course": context["course"]},
            )
        if staff_reading and not offline_copy:
            context["staff_reading"] = True
            return self.render(request, context_overrides=context)
        if request.user.is_authenticated:
            event = lesson_event(user=request.user, lesson=self, language=request.LANGUAGE_CODE)
            if not offline_copy:
                lesson_visit(event=event)
            context["offline_statements"] = lesson_offline_statements(event=event)
            if blocked_by is not None:
                context["offline_requires"] = outline.unfinished_before(self)
        return self.render(request, context_overrides=context)

    @path("complete/", name="complete")
    @method_decorator(login_required)
    def complete(self, request):
        """POST: the learner reached the end of this lesson; record it and go on.

        A form post (no JavaScript) redirects to the page to show next. A JSON post is
        a record from the learner's device outbox (``offline/app.js``), sent when the
        platform answers, perhaps long after: ``{"learner", "statement_id", "timestamp",
        "course_version", "duration_seconds"}``; it answers JSON, the same for a record
        sent twice."""
        from .selectors import lesson_gate_for
        from .services import lesson_complete

        if request.method != "POST":
            return redirect(self.url)
        wants_json = request.headers.get("Accept", "").startswith("application/json")
        if request.content_type == "application/json":
            return self._complete_from_device(request)
        if lesson_gate_for(user=request.user, lesson=self) is not None:
            if wants_json:
                return _lesson_closed()
            return redirect(self.url)
        seconds = _seconds(request.POST.get("duration_seconds"))
        next_page = lesson_complete(
            user=request.user, lesson=self, language=request.LANGUAGE_CODE, seconds=seconds
        )
        if wants_json:
            return JsonResponse({"next": next_page.url, "completed": True})
        return redirect(next_page.url)

    def _complete_from_device(self, request):
        from common.json_body import JSONBodyInvalid, json_body_error, request_json

        from .interactions import InteractionError, offline_fields
        from .selectors import lesson_gate_for
        from .services import lesson_complete

        try:
            payload = request_json(request)
        except JSONBodyInvalid as error:
            return json_body_error(error)
        try:
            fields = offline_fields(payload, user=request.user)
        except InteractionError as error:
            return JsonResponse({"error": str(error), "field": error.field}, status=400)
        seconds = payload.get("duration_seconds")
        if seconds is not None and _seconds(seconds) is None:
            return JsonResponse(
                {
                    "error": "duration_seconds: a whole number of seconds up to a day",
                    "field": "duration_seconds",
                },
                status=400,
            )
        if lesson_gate_for(user=request.user, lesson=self) is not None:
            return _lesson_closed()
        next_page = lesson_complete(
            user=request.user,
            lesson=self,
            language=request.LANGUAGE_CODE,
            seconds=_seconds(seconds),
            statement_id=fields.statement_id,
            at=fields.at,
            course_version=fields.course_version,
        )
        return JsonResponse({"next": next_page.url, "completed": True})

    @path("progress/", name="progress")
    def progress(self, request):
        """POST (sent as the learner leaves): how far they read and for how long."""
        from .services import lesson_progressed

        if request.method != "POST":
            return JsonResponse({"error": "POST only"}, status=405)
        if not request.user.is_authenticated:
            return JsonResponse({"error": "sign in to record progress"}, status=403)
        try:
            percent = int(request.POST.get("progress", ""))
        except ValueError:
            return JsonResponse({"error": "progress: a whole number from 0 to 100"}, status=400)
        if not 0 <= percent <= 100:
            return JsonResponse({"error": "progress: a whole number from 0 to 100"}, status=400)
        statement_id = lesson_progressed(
            user=request.user,
            lesson=self,
            language=request.LANGUAGE_CODE,
            percent=percent,
            seconds=_seconds(request.POST.get("duration_seconds")),
        )
        return JsonResponse({"statement_id": statement_id})


def _lesson_closed() -> JsonResponse:
    return JsonResponse(
        {"error": "this lesson opens when the lessons before it are done", "field": "lesson"},
        status=409,
    )


def _seconds(value) -> int | None:
    """A duration the browser measured, in whole seconds, or None when absent or absurd."""
    try:
        seconds = int(value)
    except (TypeError, ValueError):
        return None
    return seconds if 0 <= seconds <= 24 * 3600 else None


class BriefingIndexPage(ChildrenRoutedFromMemoryMixin, Page):
    """The briefings page: what was sent to the learner, the newest first, and whether
    they acknowledged it."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.BriefingPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("briefings page")

    def get_context(self, request, *args, **kwargs):
        from .selectors import briefings_listed_for

        context = super().get_context(request, *args, **kwargs)
        context["briefings"] = briefings_listed_for(user=request.user, index=self)
        return context


class BriefingPage(FrenchStatusMixin, RoutablePageMixin, Page):
    """A short briefing (detection methods, new indicators, a change in the law) that a
    trainer sends to audiences or units with a date to acknowledge it by (Settings ›
    Training requirements, or the page's "Send" action). The learner reads it and
    confirms "I have read this briefing": the platform records that with its own
    authority, online or later from the learner's device."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=5)
    body = StreamField(BriefingBodyBlock(), verbose_name=_("body"))

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.BriefingIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("briefing")
        verbose_name_plural = _("briefings")

    @path("")
    def briefing(self, request):
        from .selectors import briefing_acknowledgement_for

        context = {"acknowledgement": None}
        if request.user.is_authenticated:
            context["acknowledgement"] = briefing_acknowledgement_for(
                user=request.user, briefing=self
            )
        return self.render(request, context_overrides=context)

    @path("acknowledge/", name="acknowledge")
    @method_decorator(login_required)
    def acknowledge(self, request):
        """POST: "I have read this briefing". A form post redirects to the briefing; a JSON
        post is a record from the learner's device outbox (``offline/outbox.js``),
        ``{"learner", "statement_id", "timestamp"}``, answered in JSON, the same for a
        record sent twice."""
        from .services import briefing_acknowledge

        if request.method != "POST":
            response = JsonResponse({"error": "POST only"}, status=405)
            response["Allow"] = "POST"
            return response
        if request.content_type != "application/json":
            briefing_acknowledge(user=request.user, briefing=self, language=request.LANGUAGE_CODE)
            return redirect(self.url + "#acknowledgement")
        from common.json_body import JSONBodyInvalid, json_body_error, request_json

        from .interactions import InteractionError, offline_fields

        try:
            payload = request_json(request)
        except JSONBodyInvalid as error:
            return json_body_error(error)
        try:
            fields = offline_fields(payload, user=request.user)
        except InteractionError as error:
            return JsonResponse({"error": str(error), "field": error.field}, status=400)
        acknowledgement = briefing_acknowledge(
            user=request.user,
            briefing=self,
            language=request.LANGUAGE_CODE,
            statement_id=fields.statement_id,
            at=fields.at,
            offline=fields.at is not None,
        )
        return JsonResponse(
            {"acknowledged": True, "acknowledged_at": acknowledgement.completed_at.isoformat()}
        )


class CourseRegistration(models.Model):
    """One learner's run through one course: the xAPI ``registration`` of its statements."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_registrations"
    )
    course_key = models.UUIDField(db_index=True)
    registration = models.UUIDField(default=uuid.uuid4, unique=True)
    started_at = models.DateTimeField(auto_now_add=True)
    is_current = models.BooleanField(default=True)
    major_version = models.PositiveIntegerField(default=1)
    last_lesson_key = models.UUIDField(null=True, blank=True)
    last_visited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"],
                condition=models.Q(is_current=True),
                name="one_current_registration_per_course",
            )
        ]

    def __str__(self) -> str:
        return str(self.registration)


class LessonProgress(models.Model):
    """A lesson a learner has finished (projected from a ``completed`` statement)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    lesson_key = models.UUIDField()
    course_key = models.UUIDField(db_index=True)
    registration = models.UUIDField(null=True, blank=True)
    completed_at = models.DateTimeField()
    statement_id = models.UUIDField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key", "registration"], name="unique_lesson_progress"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.lesson_key}"


class CourseCompletion(models.Model):
    """A course a learner has finished (projected from the course ``completed`` statement)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_completions"
    )
    course_key = models.UUIDField(db_index=True)
    registration = models.UUIDField(null=True, blank=True)
    completed_at = models.DateTimeField()
    statement_id = models.UUIDField(unique=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key", "registration"], name="unique_course_completion"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.course_key}"


class TranslatorNotice(models.Model):
    """One e-mail telling a translator that the French of ``page`` fell behind when its
    English ``revision`` went live: the platform's record of what was sent, and what keeps
    a retried task or a repeated publication signal from sending it again.

    The row is written before the e-mail goes out (``sent_at`` is empty until it has) and
    removed when sending fails, so that a retry sends it."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="translator_notices"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="translator_notices"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="translator_notices",
    )
    email = models.EmailField(_("e-mail address"))
    language = models.CharField(_("language"), max_length=8)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("translator notice")
        verbose_name_plural = _("translator notices")
        ordering = ["-sent_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["page", "revision", "email"], name="one_translator_notice_per_publication"
            )
        ]

    def __str__(self) -> str:
        return f"{self.page_id} · {self.revision_id} · {self.email}"


class ContentChange(models.Model):
    """A change to published content (a page, a locale, a site, an audience, a quiz),
    written in the same transaction as the change: the newest row's token tells every
    server process whether the content answers it keeps in memory are still current
    (``courses.content_cache``)."""

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("content change")
        verbose_name_plural = _("content changes")

    def __str__(self) -> str:
        return self.token


class OverrideReasonForm(forms.Form):
    comment = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Why this page may be published while its French translation is missing or out "
            "of date. The reason is kept in the page's history."
        ),
    )


class CourseReviewTask(AbstractGroupApprovalTask):
    """Review of course content by a reviewer group, with the bilingual rule: a page whose
    French translation is not ready can only be approved with a recorded reason."""

    ACTION_OVERRIDE = "approve_override"

    def _ready(self, obj) -> bool:
        from .translation import is_course_content, is_source, translation_status

        if not (is_course_content(obj) and is_source(obj)):
            return True
        return translation_status(obj).ready

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if not actions or self._ready(obj):
            return actions
        return [
            ("reject", _("Request changes"), True),
            (
                self.ACTION_OVERRIDE,
                _("Approve without an up-to-date French translation (give the reason)"),
                True,
            ),
        ]

    def get_form_for_action(self, action):
        if action == self.ACTION_OVERRIDE:
            return OverrideReasonForm
        return super().get_form_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        obj = task_state.revision.content_object
        if action_name == "approve" and not self._ready(obj):
            raise PermissionDenied(
                "approve: the French translation is not ready; approve with a reason instead"
            )
        if action_name == self.ACTION_OVERRIDE:
            reason = (kwargs.get("comment") or "").strip()
            if not reason:
                raise PermissionDenied("comment: a reason is required to approve this way")
            log(
                instance=obj,
                action="courses.bilingual_override",
                user=user,
                data={"reason": reason},
            )
            return super().on_action(task_state, user, "approve", comment=reason)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve course content; a page whose French "
            "translation is not ready needs a recorded reason"
        )

    class Meta:
        verbose_name = _("course review task")
        verbose_name_plural = _("course review tasks")


class TranslationReview(models.Model):
    """A fluent speaker's review of a page's translation into a learner language
    (courses/learner_translations.py): who read it, and when. A translation changed
    afterwards (a string retranslated, a PO file uploaded, its English page edited) is
    a draft again until someone reviews it anew; withdrawing the review deletes it."""

    translation = models.OneToOneField(
        "wagtail_localize.Translation",
        on_delete=models.CASCADE,
        related_name="learner_review",
        verbose_name=_("translation"),
    )
    reviewer_name = models.CharField(_("reviewed by (fluent speaker)"), max_length=200)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"))
    note = models.TextField(_("note"), blank=True)

    class Meta:
        verbose_name = _("translation review")
        verbose_name_plural = _("translation reviews")

    def __str__(self) -> str:
        return f"{self.translation} · {self.reviewer_name}"
