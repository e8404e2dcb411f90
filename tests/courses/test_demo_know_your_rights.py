"""The demo's open course "Know your rights" (``courses/demo/data/know-your-rights/``) is
loaded in the seven content languages, as wagtail-localize translations of its English
pages, each lesson offering the fact sheet in its own language as a tagged PDF; the site's
home page and catalogue come in the learner languages too; loading again adds nothing."""

import io
import shutil

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from wagtail.models import Locale
from wagtail_localize.models import Translation

from courses.demo.content import DATA_DIR, DemoContentError, course_read, open_course_read
from courses.models import CourseIndexPage, CoursePage, HomePage, LessonPage
from tests import factories
from tests.shared_data import built_once

pytestmark = pytest.mark.django_db

SLUG = "know-your-rights"
LANGUAGES = ["en", "fr", "es", "tl", "zh-hans", "pa", "ar"]
LEARNER_LANGUAGES = ["es", "tl", "zh-hans", "pa", "ar"]
PDF_LANGUAGES = {"en": "en-CA", "fr": "fr-CA", "zh-hans": "zh-Hans"}


def _rows() -> dict[str, int]:
    from django.apps import apps

    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


def _load_content():
    from elearning.management.commands.load_demo import Command

    command = Command()
    home = command._site()
    command._courses(home, command._audiences())


def _load_twice():
    factories.site_home()
    for name in ("Editors", "Moderators"):
        Group.objects.get_or_create(name=name)
    _load_content()
    first = _rows()
    _load_content()
    return {"first": first, "second": _rows()}


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """The demo's content loaded twice, with the row counts after each load."""
    with built_once(django_db_blocker, _load_twice) as counts:
        yield counts


def _course(language: str) -> CoursePage:
    english = CoursePage.objects.get(slug=SLUG, locale__language_code="en")
    return english.get_translation(Locale.objects.get(language_code=language))


def _document_of(lesson):
    blocks = [block for block in lesson.body if block.block_type == "document"]
    assert len(blocks) == 1
    return blocks[0].value["document"]


def test_loading_again_adds_and_changes_nothing(loaded):
    assert loaded["second"] == loaded["first"]


def test_the_course_and_its_lessons_are_published_in_seven_languages(loaded):
    english = _course("en")
    english_lessons = list(english.lessons())
    assert [lesson.slug for lesson in english_lessons] == [
        "what-human-trafficking-is",
        "your-rights",
        "where-to-find-help",
    ]
    for language in LANGUAGES:
        course = _course(language)
        assert course.live and course.locale.language_code == language
        lessons = list(course.lessons())
        assert len(lessons) == 3 and all(lesson.live for lesson in lessons)
        assert [lesson.translation_key for lesson in lessons] == [
            lesson.translation_key for lesson in english_lessons
        ]
        if language != "en":
            # Made the way the French pages are: wagtail-localize translations.
            for page in (english, *english_lessons):
                assert Translation.objects.filter(
                    source__object_id=page.translation_key, target_locale=course.locale
                ).exists()
    assert _course("fr").title == "Connaître vos droits"
    assert _course("fr").slug == "connaitre-vos-droits"
    # The learner languages keep the English addresses.
    assert {_course(language).slug for language in LEARNER_LANGUAGES} == {SLUG}


def test_it_is_an_open_course_for_front_line_providers_in_the_catalogue(loaded):
    course = _course("en")
    assert isinstance(course.get_parent().specific, CourseIndexPage)
    assert list(course.audiences.values_list("code", flat=True)) == ["front-line-provider"]
    assert course.navigation == CoursePage.NAVIGATION_FREE
    assert course.completion_rule == CoursePage.COMPLETION_ALL_LESSONS
    assert not course.assessments().exists()
    assert course.estimated_minutes == 10
    assert sum(lesson.estimated_minutes for lesson in course.lessons()) == 10
    kinds = [block.block_type for lesson in course.lessons() for block in lesson.body]
    assert kinds.count("knowledge_check") <= 2
    for language in LEARNER_LANGUAGES:
        catalogue = course.get_parent().get_translation(Locale.objects.get(language_code=language))
        assert catalogue.live and _course(language).get_parent().pk == catalogue.pk


def test_the_home_page_has_a_translation_in_each_learner_language(loaded):
    english = HomePage.objects.get(locale__language_code="en")
    for language in LEARNER_LANGUAGES:
        home = english.get_translation(Locale.objects.get(language_code=language))
        assert home.live and home.title and home.intro
        assert home.slug == f"{english.slug}-{language}"


def test_each_lesson_offers_the_fact_sheet_in_its_language_as_a_tagged_pdf(loaded):
    import pypdf

    english_lesson = list(_course("en").lessons())[-1]
    seen = set()
    for language in LANGUAGES:
        lesson = english_lesson.get_translation(Locale.objects.get(language_code=language))
        document = _document_of(lesson)
        seen.add(document.pk)
        with document.file.open("rb") as file:
            pdf = pypdf.PdfReader(io.BytesIO(file.read()))
        catalog = pdf.trailer["/Root"]
        assert catalog["/Lang"] == PDF_LANGUAGES.get(language, language)
        assert catalog["/MarkInfo"]["/Marked"]
        assert "/StructTreeRoot" in catalog
        assert len(pdf.pages) == 1
        text = pdf.pages[0].extract_text()
        assert "1-833-900-1010" in text and "911" in text
        assert _course(language).title in pdf.metadata.title
    assert len(seen) == len(LANGUAGES)


def test_the_arabic_lesson_offers_the_arabic_pdf_right_to_left(loaded):
    import pypdf

    arabic = Locale.objects.get(language_code="ar")
    lesson = LessonPage.objects.get(
        slug="where-to-find-help", locale=arabic, url_path__contains=f"/{SLUG}/"
    )
    document = _document_of(lesson)
    assert document.title == f"Fact sheet: {_course('en').title} (العربية)"
    assert f"-{SLUG}-ar-" in document.file.name
    with document.file.open("rb") as file:
        pdf = pypdf.PdfReader(io.BytesIO(file.read()))
    assert pdf.trailer["/Root"]["/Lang"] == "ar"


def test_the_arabic_fact_sheet_is_written_right_to_left():
    from courses.demo.content import demo_open_courses
    from courses.demo.loader import fact_sheet_html

    sheet = demo_open_courses()["courses"][0]["fact_sheet"]
    html = fact_sheet_html(sheet, language="ar", course_title="x")
    assert '<html lang="ar" dir="rtl">' in html
    assert "'Noto Sans Arabic','Noto Sans Gurmukhi','WenQuanYi Micro Hei'" in html
    assert 'dir="rtl"' not in fact_sheet_html(sheet, language="pa", course_title="x")


# -- the translation files --------------------------------------------------------------------


def test_each_learner_language_has_a_file_with_every_text_id():
    folder = DATA_DIR / SLUG / "translations"
    codes = [code for code, _name in settings.LEARNER_LANGUAGES]
    assert sorted(path.stem for path in folder.glob("*.yaml")) == sorted(codes)
    course = course_read(SLUG)
    assert course["languages"] == LANGUAGES
    assert course["title"]["fr"] == "Connaître vos droits"
    assert set(course["lessons"][0]["title"]) == set(LANGUAGES)


def _copy(tmp_path):
    folder = tmp_path / SLUG
    shutil.copytree(DATA_DIR / SLUG, folder)
    return folder


def test_a_text_missing_from_a_translation_file_is_named(tmp_path):
    folder = _copy(tmp_path)
    file = folder / "translations" / "tl.yaml"
    file.write_text(file.read_text().replace("rights.check.question:", "rights.check.asked:"))
    with pytest.raises(DemoContentError) as error:
        course_read(folder)
    assert error.value.file == file and error.value.field == "rights.check.question"


def test_an_id_no_text_has_is_named(tmp_path):
    folder = _copy(tmp_path)
    file = folder / "translations" / "pa.yaml"
    file.write_text(file.read_text() + "no.such.text: Hello\n")
    with pytest.raises(DemoContentError) as error:
        open_course_read(folder)
    assert error.value.file == file and error.value.field == "no.such.text"


def test_each_learner_language_serves_its_home_page(loaded, client):
    english = HomePage.objects.get(locale__language_code="en")
    for language in LEARNER_LANGUAGES:
        home = english.get_translation(Locale.objects.get(language_code=language))
        response = client.get(f"/{language}/")
        assert response.status_code == 200, language
        assert response.context["page"].pk == home.pk
