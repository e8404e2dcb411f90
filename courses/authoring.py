"""Reads for authors in the admin: the courses a trainer works on, each with its language
versions, its last edit, the pages of it under review and whether its French is behind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from django.db.models import Max
from wagtail.models import Page, Revision, WorkflowState, get_default_page_content_type

from .models import CoursePage
from .translation import SOURCE_LANGUAGE, TARGET_LANGUAGE, english_newer

_NEVER = datetime.min.replace(tzinfo=UTC)


@dataclass
class CourseVersion:
    """One language version of a course: ``page`` is None when it has not been made."""

    language: str
    page: CoursePage | None


@dataclass
class AuthoredCourse:
    """A course as its author sees it on the admin's dashboard."""

    course: CoursePage  # the source-language page (or the only one there is)
    versions: list[CourseVersion]  # English, then French
    last_edited_at: datetime | None  # the newest saved revision of any page of the course
    last_edited_by: object | None  # who saved it (a user, or None for a loader or script)
    in_review: int  # pages of the course, in either language, in a workflow under way
    french_behind: bool  # the English course, or a page of it, went live without its French

    @property
    def translation_key(self) -> str:
        return str(self.course.translation_key)


def _course_tree_ids(courses: list[CoursePage]) -> list[int]:
    """Ids of every page of ``courses`` (the course pages included)."""
    ids: list[int] = []
    for course in courses:
        ids += Page.objects.filter(path__startswith=course.path).values_list("pk", flat=True)
    return ids


def _versions(pages: list[CoursePage]) -> list[CourseVersion]:
    by_language = {page.locale.language_code: page for page in pages}
    return [
        CourseVersion(language=language, page=by_language.get(language))
        for language in (SOURCE_LANGUAGE, TARGET_LANGUAGE)
    ]


def _authored(group: list[CoursePage], ids: list[str]) -> AuthoredCourse:
    page_type = get_default_page_content_type()
    latest = (
        Revision.page_revisions.filter(object_id__in=ids)
        .select_related("user")
        .order_by("-created_at", "-pk")
        .first()
    )
    in_review = (
        WorkflowState.objects.active()
        .filter(base_content_type=page_type, object_id__in=ids)
        .values("object_id")
        .distinct()
        .count()
    )
    versions = _versions(group)
    english = versions[0].page
    french = versions[1].page
    return AuthoredCourse(
        course=english or group[0],
        versions=versions,
        last_edited_at=latest.created_at if latest else None,
        last_edited_by=latest.user if latest else None,
        in_review=in_review,
        french_behind=bool(
            english is not None
            and french is not None
            and english_newer(french, with_pages_under=True) is not None
        ),
    )


def courses_authored_by(*, user, limit: int = 10) -> tuple[list[AuthoredCourse], int]:
    """The courses ``user`` owns or has edited (a saved revision of the course page or of a
    page in it, in either language) and may still edit, the most recently edited first:
    at most ``limit`` of them, and how many there are in all."""
    course_pages = list(
        CoursePage.objects.select_related("locale", "owner").order_by("path").defer_streamfields()
    )
    if not course_pages:
        return [], 0
    edited_ids = {
        int(object_id)
        for object_id in Revision.page_revisions.filter(user=user)
        .values_list("object_id", flat=True)
        .distinct()
    }
    edited_paths = list(Page.objects.filter(pk__in=edited_ids).values_list("path", flat=True))
    keys = set()
    for course in course_pages:
        if course.owner_id == user.pk or any(path.startswith(course.path) for path in edited_paths):
            keys.add(course.translation_key)
    groups: dict = {}
    for course in course_pages:
        if course.translation_key in keys:
            groups.setdefault(course.translation_key, []).append(course)
    editable = [
        group
        for group in groups.values()
        if any(page.permissions_for_user(user).can_edit() for page in group)
    ]
    # The newest revision of each course's pages orders them before the details are read.
    ordered = []
    for group in editable:
        ids = [str(pk) for pk in _course_tree_ids(group)]
        newest = Revision.page_revisions.filter(object_id__in=ids).aggregate(at=Max("created_at"))
        ordered.append((newest["at"] or _NEVER, group, ids))
    ordered.sort(key=lambda item: item[0], reverse=True)
    return [_authored(group, ids) for _at, group, ids in ordered[:limit]], len(ordered)


def course_catalogue_pages(*, user) -> list[Page]:
    """The course catalogues (one per language) that ``user`` may add courses under."""
    from .models import CourseIndexPage

    return [
        index
        for index in CourseIndexPage.objects.select_related("locale").order_by("path")
        if index.permissions_for_user(user).can_add_subpage()
    ]
