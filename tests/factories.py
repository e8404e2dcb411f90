"""Factories: each test builds only what it needs."""

import itertools

import factory
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from courses.models import (
    BriefingIndexPage,
    BriefingPage,
    CourseIndexPage,
    CoursePage,
    HomePage,
    LessonPage,
)
from organisations.models import Audience, LearnerProfile, ManagerScope, User
from organisations.services import org_unit_create
from tests.lrs.support import basic_auth, lrs_client  # noqa: F401 (the platform's tests use them too)

PASSWORD = "a-test-password"
_codes = itertools.count(1)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


def locales() -> tuple[Locale, Locale]:
    english, _ = Locale.objects.get_or_create(language_code="en")
    french, _ = Locale.objects.get_or_create(language_code="fr")
    return english, french


def all_locales() -> dict[str, Locale]:
    """Every content language's locale, by code (a live-server test starts from an
    emptied database, without the ones the migrations made)."""
    from django.conf import settings

    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def org_unit(name: str = "Unit", parent=None, kind: str = "unit"):
    code = f"unit-{next(_codes)}"
    return org_unit_create(
        code=code, name_en=name, name_fr=f"{name} (fr)", kind=kind, parent=parent
    )


def org_tree() -> dict:
    """A small tree: agency > region > two ports, and a second agency."""
    agency = org_unit("Border agency", kind="agency")
    region = org_unit("Pacific", parent=agency, kind="region")
    yvr = org_unit("YVR", parent=region)
    douglas = org_unit("Douglas", parent=region)
    police = org_unit("Police", kind="agency")
    return {"agency": agency, "region": region, "yvr": yvr, "douglas": douglas, "police": police}


def learner(unit, **kwargs) -> User:
    user = UserFactory(**kwargs)
    audience, _ = Audience.objects.get_or_create(
        code="border-services-officer",
        defaults={
            "name_en": "Border services officer",
            "name_fr": "Agent des services frontaliers",
        },
    )
    profile = LearnerProfile.objects.create(user=user, org_unit=unit)
    profile.audiences.add(audience)
    return user


def manager(unit, **kwargs) -> User:
    user = UserFactory(**kwargs)
    ManagerScope.objects.create(manager=user, org_unit=unit)
    return user


def staff_groups():
    """Wagtail's Editors (trainers) and Moderators (reviewers) with what its migrations
    and the platform's give them: a live-server test starts from an emptied database."""
    from django.contrib.auth.models import Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    media = Permission.objects.filter(
        content_type__app_label__in=("wagtailimages", "wagtaildocs"),
        codename__in=("add_image", "change_image", "choose_image")
        + ("add_document", "change_document", "choose_document"),
    )
    pages = {
        "Editors": ("add_page", "change_page"),
        "Moderators": ("add_page", "change_page", "publish_page"),
    }
    for name, codenames in pages.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        ):
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
        for permission in media:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
    Group.objects.get(name="Editors").permissions.add(
        *Permission.objects.filter(
            content_type__app_label="packages",
            codename__in=("add_package", "change_package", "view_package"),
        )
    )
    # The workshops' migrations let trainers schedule sessions and see their bookings.
    Group.objects.get(name="Editors").permissions.add(
        *Permission.objects.filter(
            content_type__app_label="workshops",
            codename__in=("add_workshopsession", "change_workshopsession")
            + ("delete_workshopsession", "view_workshopsession", "view_booking"),
        )
    )
    # The quizzes' migrations let trainers and reviewers read item analysis and course
    # reports.
    for name in ("Editors", "Moderators"):
        Group.objects.get(name=name).permissions.add(
            *Permission.objects.filter(
                content_type__app_label="quizzes", codename="view_item_analysis"
            )
        )
    # The courses' migrations let them see translations and record a fluent speaker's
    # review.
    for name in ("Editors", "Moderators"):
        Group.objects.get(name=name).permissions.add(
            *Permission.objects.filter(
                content_type__app_label="courses",
                codename__in=(
                    "add_translationreview",
                    "delete_translationreview",
                    "view_translationreview",
                ),
            )
        )


def trainer(**kwargs) -> User:
    user = UserFactory(**kwargs)
    if not Group.objects.filter(name="Editors").exists():
        staff_groups()  # a live-server test starts from an emptied database
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def site_home() -> tuple[HomePage, HomePage]:
    """The English home as the default site's root, and its French translation."""
    english, french = locales()
    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
        home = _publish(root.add_child(instance=HomePage(title="Training", slug="training")))
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home},
        )
    home_fr = home.get_translation_or_none(french)
    if home_fr is None:
        home_fr = home.copy_for_translation(french)
        home_fr.title = "Formation"
        home_fr.slug = "formation"
        home_fr.save()
        _publish(home_fr)
    return home, home_fr


def translate(page, language: str = "fr", **fields):
    """A published copy of ``page`` in ``language`` (French by default)."""
    locale, _ = Locale.objects.get_or_create(language_code=language)
    copy = page.copy_for_translation(locale, copy_parents=language != "fr")
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return _publish(copy)


def catalogue() -> CourseIndexPage:
    """The English course catalogue under the site home (with its French translation)."""
    home, home_fr = site_home()
    index = CourseIndexPage.objects.child_of(home).first()
    if index is None:
        index = _publish(home.add_child(instance=CourseIndexPage(title="Courses", slug="courses")))
        translate(index, title="Cours", slug="cours")
    return index


def briefings_index() -> BriefingIndexPage:
    """The English briefings page under the site home (with its French translation)."""
    home, _home_fr = site_home()
    index = BriefingIndexPage.objects.child_of(home).first()
    if index is None:
        index = _publish(
            home.add_child(instance=BriefingIndexPage(title="Briefings", slug="briefings"))
        )
        translate(index, title="Breffages", slug="breffages")
    return index


def briefing(title: str = "New indicators at the port", french: bool = True, **fields):
    """A published briefing, translated into French by default."""
    slug = f"briefing-{next(_codes)}"
    page = _publish(
        briefings_index().add_child(
            instance=BriefingPage(
                title=title,
                slug=slug,
                summary="What changed this month.",
                body=paragraph("<p>Look for workers who do not hold their own papers.</p>"),
                **fields,
            )
        )
    )
    if french:
        translate(
            page,
            title=f"{title} (FR)",
            slug=f"{slug}-fr",
            body=paragraph("<p>Repérez les travailleurs qui n’ont pas leurs papiers.</p>"),
        )
    return page


def paragraph(html: str) -> list:
    """A lesson body of one paragraph block."""
    return [("paragraph", RichText(html))]


def course(
    title: str = "Trafficking awareness",
    lessons: int = 2,
    french: bool = True,
    **fields,
):
    """A published course with ``lessons`` lessons, translated into French by default."""
    index = catalogue()
    slug = f"course-{next(_codes)}"
    course_page = _publish(index.add_child(instance=CoursePage(title=title, slug=slug, **fields)))
    lesson_pages = [
        _publish(
            course_page.add_child(
                instance=LessonPage(
                    title=f"Lesson {number}",
                    slug=f"lesson-{number}",
                    body=paragraph(f"<p>Body of lesson {number}.</p>"),
                )
            )
        )
        for number in range(1, lessons + 1)
    ]
    if french:
        translate(course_page, title=f"{title} (FR)", slug=f"{slug}-fr")
        for number, lesson in enumerate(lesson_pages, start=1):
            translate(
                lesson,
                title=f"Leçon {number}",
                slug=f"lecon-{number}",
                body=paragraph(f"<p>Corps de la leçon {number}.</p>"),
            )
    return course_page, lesson_pages
