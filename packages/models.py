"""Content packages, their versions, and learners' runs through them."""

import uuid
from pathlib import Path

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page

from courses.models import LessonPage
from courses.panels import TranslationStatusPanel

_new_uuid = uuid.uuid4  # a class body below names a field "uuid"


class Kind(models.TextChoices):
    SCORM12 = "scorm12", _("SCORM 1.2")
    SCORM2004 = "scorm2004", _("SCORM 2004")
    XAPI = "xapi", _("xAPI (tincan.xml)")
    CMI5 = "cmi5", _("cmi5")


class Package(models.Model):
    """A piece of content made with an authoring tool. ``key`` names its activity in the
    platform's xAPI namespace, whatever version is uploaded later."""

    key = models.UUIDField(_("key"), default=uuid.uuid4, unique=True, editable=False)
    title = models.CharField(_("title"), max_length=255)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["title"]
        verbose_name = _("content package")
        verbose_name_plural = _("content packages")

    def __str__(self) -> str:
        return self.title

    def latest_version(self) -> "PackageVersion | None":
        return self.versions.order_by("-number").first()


class PackageVersion(models.Model):
    """One upload of a package. Its files live under ``PACKAGES_ROOT/<uuid>/`` and are
    served from ``/packages/content/<uuid>/``; a learner keeps the version they started."""

    package = models.ForeignKey(Package, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=255)
    items = models.JSONField(_("launchable units"), default=list)
    structure = models.JSONField(_("structure"), default=dict, blank=True)
    source_name = models.CharField(_("uploaded file"), max_length=255)
    file_count = models.PositiveIntegerField(_("files"), default=0)
    total_bytes = models.BigIntegerField(_("size in bytes"), default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        ordering = ["package", "-number"]
        verbose_name = _("package version")
        verbose_name_plural = _("package versions")
        constraints = [
            models.UniqueConstraint(fields=["package", "number"], name="package_version_number")
        ]

    def __str__(self) -> str:
        return f"{self.package} v{self.number}"

    @property
    def content_dir(self) -> Path:
        return Path(settings.PACKAGES_ROOT) / str(self.uuid)

    def item(self, identifier: str) -> dict | None:
        return next((i for i in self.items if i["identifier"] == identifier), None)


class PackageAttempt(models.Model):
    """A learner's run through one version of a package; ``registration`` goes into
    every statement of the run."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="package_attempts"
    )
    version = models.ForeignKey(PackageVersion, on_delete=models.PROTECT, related_name="attempts")
    registration = models.UUIDField(default=_new_uuid)
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    # SCORM: every SCO finished and one failed (or, sequenced, the root activity failed);
    # cleared when the learner passes later.
    failed_at = models.DateTimeField(null=True, blank=True)
    # How many times the player was opened on this run: each opening is numbered, and
    # the data of an older opening that arrives late never replaces a newer one's.
    launches = models.PositiveIntegerField(default=0)
    # SCORM 2004 sequencing: the engine's state, as the player's run-time serialised it,
    # and which opening of the player sent it, with that opening's number for it.
    sequencing_state = models.TextField(blank=True)
    sequencing_launch = models.PositiveIntegerField(default=0)
    sequencing_sequence = models.PositiveIntegerField(default=0)
    # cmi5: the publisher ids of the AUs, blocks and course found satisfied.
    satisfied = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["user", "version"])]

    def __str__(self) -> str:
        return f"{self.user} – {self.version}"


class ScoRuntime(models.Model):
    """The SCORM run-time data (``cmi``) of one SCO in one attempt, as last committed."""

    class Completion(models.TextChoices):
        NOT_ATTEMPTED = "not attempted", _("not attempted")
        INCOMPLETE = "incomplete", _("incomplete")
        COMPLETED = "completed", _("completed")
        UNKNOWN = "unknown", _("unknown")

    class Success(models.TextChoices):
        UNKNOWN = "unknown", _("unknown")
        PASSED = "passed", _("passed")
        FAILED = "failed", _("failed")

    attempt = models.ForeignKey(PackageAttempt, on_delete=models.CASCADE, related_name="scos")
    sco_identifier = models.CharField(max_length=255)
    cmi = models.JSONField(default=dict)
    completion_status = models.CharField(
        max_length=20, choices=Completion.choices, default=Completion.NOT_ATTEMPTED
    )
    success_status = models.CharField(
        max_length=20, choices=Success.choices, default=Success.UNKNOWN
    )
    score_scaled = models.FloatField(null=True, blank=True)
    recorded_answers = models.JSONField(default=list)
    commits = models.PositiveIntegerField(default=0)
    # The player's session that committed last and the number of its last commit: a
    # commit of that session with a lower number arrived late and changes nothing. The
    # session's place among the others (the opening of the player it ran in, then its
    # order in that opening): a commit of an earlier session that arrives late does not
    # replace its data.
    session_key = models.CharField(max_length=64, blank=True)
    session_sequence = models.PositiveIntegerField(default=0)
    session_launch = models.PositiveIntegerField(default=0)
    session_order = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "sco_identifier"], name="sco_runtime_per_attempt"
            )
        ]

    def __str__(self) -> str:
        return f"{self.attempt} – {self.sco_identifier}"


class Cmi5AuState(models.Model):
    """Where a cmi5 AU stands in a learner's registration (from the AU's statements and
    the LMS's waivers)."""

    attempt = models.ForeignKey(PackageAttempt, on_delete=models.CASCADE, related_name="aus")
    au_id = models.CharField(max_length=1000)
    completed = models.BooleanField(default=False)
    passed = models.BooleanField(default=False)
    failed = models.BooleanField(default=False)
    waived = models.BooleanField(default=False)
    waive_reason = models.CharField(max_length=100, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["attempt", "au_id"], name="cmi5_au_state_per_attempt")
        ]

    def __str__(self) -> str:
        return f"{self.attempt} – {self.au_id}"


class Cmi5Session(models.Model):
    """One launch of a cmi5 AU. Its fetch URL hands out the AU's LRS token once."""

    class LaunchMode(models.TextChoices):
        NORMAL = "Normal", _("Normal")
        BROWSE = "Browse", _("Browse")
        REVIEW = "Review", _("Review")

    session_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    attempt = models.ForeignKey(
        PackageAttempt, on_delete=models.CASCADE, related_name="cmi5_sessions"
    )
    au_id = models.CharField(max_length=1000)
    launch_mode = models.CharField(max_length=10, choices=LaunchMode.choices)
    fetch_key = models.CharField(max_length=64, unique=True)
    fetched_at = models.DateTimeField(null=True, blank=True)
    lrs_token_key = models.CharField(max_length=64, blank=True, db_index=True)
    launched_at = models.DateTimeField(auto_now_add=True)
    initialized_at = models.DateTimeField(null=True, blank=True)
    terminated_at = models.DateTimeField(null=True, blank=True)
    abandoned_at = models.DateTimeField(null=True, blank=True)
    # When the AU read the learner preferences (it must before ``initialized``), and the
    # completed/passed/failed verbs it sent in this session (each at most once).
    preferences_read_at = models.DateTimeField(null=True, blank=True)
    outcomes = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-launched_at"]

    def __str__(self) -> str:
        return str(self.session_id)

    @property
    def is_open(self) -> bool:
        return self.terminated_at is None and self.abandoned_at is None


class PackageLessonPage(LessonPage):
    """A lesson of a course whose content is a package: the lesson is done when the
    learner completes the package (every SCO, the xAPI activity, or the cmi5 course), and
    counts toward the course's completion like any lesson."""

    package = models.ForeignKey(
        Package,
        on_delete=models.PROTECT,
        related_name="lesson_pages",
        verbose_name=_("package"),
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("package"),
    ]
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types: list[str] = []
    template = "packages/package_lesson_page.html"

    class Meta:
        verbose_name = _("package lesson")
        verbose_name_plural = _("package lessons")

    def full_clean(self, *args, exclude=None, **kwargs):
        # The package is the content: the lesson body is not used.
        return super().full_clean(*args, exclude={*(exclude or ()), "body"}, **kwargs)

    @path("")
    def lesson(self, request):
        """The package's player inside the course, unless sequential order keeps the
        lesson closed for this learner."""
        from .views import package_lesson_response

        return package_lesson_response(page=self, request=request)

    # A package lesson is completed by its package, not by the lesson's own form, and
    # takes no block answers: these routes of a lesson answer 404 here (routes of a
    # subclass come before those of the class it extends).
    @path("complete/", name="complete")
    def complete(self, request):
        raise Http404

    @path("progress/", name="progress")
    def progress(self, request):
        raise Http404

    @path("interaction/", name="interaction")
    def interaction(self, request):
        raise Http404
