"""Course content (Wagtail pages) and learners' progress through it (projections of statements)."""

import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import models
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """The site's home in each language: lists the courses and the learner's progress."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["courses.CoursePage"]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_cards_for

        context = super().get_context(request, *args, **kwargs)
        context["course_cards"] = course_cards_for(user=request.user, home=self)
        return context


class CoursePage(Page):
    """A course: an introduction followed by lessons, finished when every lesson is done."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    intro = RichTextField(_("introduction"), blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated time (minutes)"), default=30)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def lessons(self):
        return LessonPage.objects.live().child_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_outline_for

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline_for(user=request.user, course=self)
        return context


class LessonPage(RoutablePageMixin, Page):
    """A lesson of a course. The learner reads it and marks it complete."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    body = RichTextField(_("body"))

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @property
    def course(self) -> "CoursePage":
        return self.get_parent().specific

    def get_context(self, request, *args, **kwargs):
        from .selectors import lesson_context_for

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context_for(user=request.user, lesson=self))
        return context

    @path("")
    def lesson(self, request):
        return self.render(request)

    @path("complete/", name="complete")
    @method_decorator(login_required)
    def complete(self, request):
        """POST: record that the learner finished this lesson, then go to what comes next."""
        from .services import lesson_complete

        if request.method != "POST":
            return redirect(self.url)
        next_page = lesson_complete(user=request.user, lesson=self, language=request.LANGUAGE_CODE)
        return redirect(next_page.url)


class CourseRegistration(models.Model):
    """One learner's run through one course: the xAPI ``registration`` of its statements."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_registrations"
    )
    course_key = models.UUIDField(db_index=True)
    registration = models.UUIDField(default=uuid.uuid4, unique=True)
    started_at = models.DateTimeField(auto_now_add=True)
    is_current = models.BooleanField(default=True)

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
