"""Course covers: each demo course has one, loaded in English and French with its alt
text; catalogue cards, My learning and the course page header show it, and a course
without one still gets a card. The catalogue's search and filters are labelled controls
(their look is checked in ``tests/e2e/test_navigation_layout.py``)."""

import re
from pathlib import Path

import factory
import pytest
import wagtail_factories
import yaml
from wagtail.images.models import Image
from wagtail.models import Collection, Locale
from wagtail_localize.models import SegmentOverride, Translation, TranslationSource

from courses.demo.content import DATA_DIR, DemoContentError, course_read, demo_courses
from courses.demo.loader import course_cover_load
from courses.models import CoursePage
from tests import factories

pytestmark = pytest.mark.django_db

COVER = {
    "file": DATA_DIR / "police-cadets" / "cover.png",
    "alt": {"en": "Rings around a shield.", "fr": "Des cercles autour d'un bouclier."},
}


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def cover_image(description: str) -> Image:
    return wagtail_factories.ImageFactory(
        title=description,
        description=description,
        file=factory.django.ImageField(width=1600, height=800, color="teal"),
    )


def images_in(html: str, css_class: str) -> list[str]:
    """The ``<img>`` tags of a page that have ``css_class``."""
    return [tag for tag in re.findall(r"<img [^>]*>", html) if f'class="{css_class}"' in tag]


def french(page):
    return page.get_translation(Locale.objects.get(language_code="fr"))


@pytest.fixture
def covered(course):
    """The course with a cover in each language (the French one with its French alt text)."""
    course_page, lessons = course
    course_page.cover_image = cover_image("Rings around a shield.")
    course_page.save_revision().publish()
    french_page = french(course_page)
    french_page.cover_image = cover_image("Des cercles autour d'un bouclier.")
    french_page.save_revision().publish()
    return course_page, lessons


# -- where covers show ------------------------------------------------------------------------


def test_catalogue_cards_show_the_course_cover_in_each_language(client, covered):
    english = client.get("/en/courses/").content.decode()
    french_catalogue = client.get("/fr/cours/").content.decode()
    for html in (english, french_catalogue):
        (card_image,) = images_in(html, "card-image")
        # Beside the course's title, the picture adds nothing to read: it is decorative.
        assert 'alt=""' in card_image
        assert re.search(r'srcset="[^"]+ 480w, [^"]+ 960w"', card_image)
    assert images_in(english, "card-image") != images_in(french_catalogue, "card-image")


def test_a_course_without_a_cover_still_has_its_card(client, course):
    html = client.get("/en/courses/").content.decode()
    assert images_in(html, "card-image") == []
    assert '<li class="card">' in html
    assert "Trafficking awareness" in html and "View course" in html


def test_the_course_page_header_shows_the_cover_with_its_alt_text(client, covered):
    course_page, _ = covered
    english = client.get(course_page.url).content.decode()
    (header_image,) = images_in(english, "course-header-image")
    assert 'alt="Rings around a shield."' in header_image
    header = english.split('<div class="course-header course-header-with-image">', 1)[1]
    assert header.index("<h1>") < header.index("course-header-image")
    french_html = client.get(french(course_page).url).content.decode()
    (french_image,) = images_in(french_html, "course-header-image")
    assert 'alt="Des cercles autour d&#x27;un bouclier."' in french_image


def test_a_course_page_without_a_cover_has_no_empty_image(client, course):
    course_page, _ = course
    html = client.get(course_page.url).content.decode()
    assert '<div class="course-header">' in html
    assert images_in(html, "course-header-image") == []


def test_my_learning_shows_the_covers_of_the_learners_courses(client, units, covered):
    client.force_login(factories.learner(units["yvr"]))
    course_page, _ = covered
    course_page.audiences.add(*factories.learner(units["yvr"]).learner_profile.audiences.all())
    course_page.save_revision().publish()
    html = client.get("/en/my-learning/").content.decode()
    assert len(images_in(html, "card-image")) == 1


def test_the_catalogue_filters_are_labelled_controls(client, course):
    html = client.get("/en/courses/").content.decode()
    form = html.split('class="catalogue-filters"', 1)[1].split("</form>", 1)[0]
    controls = re.findall(r'<(?:input|select) [^>]*id="([^"]+)"', form)
    assert controls == [
        "catalogue-q",
        "catalogue-audience",
        "catalogue-topic",
        "catalogue-language",
    ]
    for control in controls:
        assert f'<label for="{control}">' in form


# -- the demo's covers ------------------------------------------------------------------------


def test_every_demo_course_has_a_cover_with_alt_text_in_both_languages():
    from PIL import Image as PillowImage

    covers = [course["cover"] for course in demo_courses()]
    assert len(covers) == 4
    for cover in covers:
        with PillowImage.open(cover["file"]) as picture:
            assert picture.format == "PNG" and picture.size == (1600, 800)
        assert cover["alt"]["en"].startswith("Abstract illustration: ")
        # French typography: a no-break space before the colon.
        assert cover["alt"]["fr"].startswith("Illustration abstraite\u00a0: ")
    assert len({cover["file"].read_bytes() for cover in covers}) == 4


def test_a_cover_that_is_not_next_to_the_course_file_is_named(tmp_path):
    content = yaml.safe_load((DATA_DIR / "police-cadets" / "course.yaml").read_text())
    content["cover"]["file"] = "missing.png"
    (tmp_path / "course.yaml").write_text(yaml.safe_dump(content, allow_unicode=True))
    with pytest.raises(DemoContentError) as caught:
        course_read(tmp_path)
    assert caught.value.path == "cover" and caught.value.field == "file"
    assert "missing.png" in str(caught.value)


def test_a_cover_without_its_french_alt_text_is_named(tmp_path):
    content = yaml.safe_load((DATA_DIR / "police-cadets" / "course.yaml").read_text())
    del content["cover"]["alt"]["fr"]
    (tmp_path / "course.yaml").write_text(yaml.safe_dump(content, allow_unicode=True))
    (tmp_path / "cover.png").write_bytes((DATA_DIR / "police-cadets" / "cover.png").read_bytes())
    with pytest.raises(DemoContentError, match="French"):
        course_read(tmp_path)


def test_the_demo_cover_loads_in_english_and_french_with_each_alt_text(small_course):
    course, _ = small_course
    course_cover_load(course, COVER, collection=Collection.get_first_root_node())
    course = CoursePage.objects.get(pk=course.pk)
    french_course = french(course)
    assert course.cover_image.description == "Rings around a shield."
    assert french_course.cover_image.description == "Des cercles autour d'un bouclier."
    assert course.cover_image.width == 1600 and course.cover_image.height == 800
    assert french_course.live and not french_course.has_unpublished_changes


def test_loading_the_cover_again_changes_nothing(small_course, media):
    course, _ = small_course
    root = Collection.get_first_root_node()
    course_cover_load(course, COVER, collection=root)
    course = CoursePage.objects.get(pk=course.pk)
    before = (Image.objects.count(), course.revisions.count(), french(course).revisions.count())
    course_cover_load(course, COVER, collection=root)
    course = CoursePage.objects.get(pk=course.pk)
    assert (Image.objects.count(), course.revisions.count(), french(course).revisions.count()) == (
        before
    )
    assert len(list(Path(media, "original_images").iterdir())) == 2


def test_a_load_into_another_database_reuses_the_stored_artwork(small_course, media):
    course, _ = small_course
    root = Collection.get_first_root_node()
    course_cover_load(course, COVER, collection=root)
    stored = sorted(Path(media, "original_images").iterdir())
    # As a fresh database would be: no image, no cover (the files stay in MEDIA_ROOT).
    CoursePage.objects.update(cover_image=None)
    SegmentOverride.objects.all().delete()
    Image.objects.all().delete()
    course_cover_load(CoursePage.objects.get(pk=course.pk), COVER, collection=root)
    assert sorted(Path(media, "original_images").iterdir()) == stored
    assert CoursePage.objects.get(pk=course.pk).cover_image.file.name.endswith("-en.png")


def test_the_french_cover_survives_synchronising_the_translation(small_course):
    course, _ = small_course
    course_cover_load(course, COVER, collection=Collection.get_first_root_node())
    course = CoursePage.objects.get(pk=course.pk)
    course.summary = "A small course, revised."
    course.save_revision().publish()
    source, _ = TranslationSource.update_or_create_from_instance(course)
    Translation.objects.get(source=source, target_locale__language_code="fr").save_target()
    french_course = french(CoursePage.objects.get(pk=course.pk))
    assert french_course.cover_image.description == "Des cercles autour d'un bouclier."


def test_a_course_with_a_cover_of_its_own_keeps_it(small_course):
    course, _ = small_course
    own = cover_image("Chosen by a trainer.")
    course.cover_image = own
    course.save_revision().publish()
    course_cover_load(course, COVER, collection=Collection.get_first_root_node())
    course = CoursePage.objects.get(pk=course.pk)
    assert course.cover_image == own
    assert french(course).cover_image == own
    assert not Image.objects.filter(description="Des cercles autour d'un bouclier.").exists()
