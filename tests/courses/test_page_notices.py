"""What a page says beside its content (a lesson still closed by the course's order, an
earlier completion of a revised course, a newer English version) stands in the callout
box of the lessons' callout blocks: site.css draws it on every page, where the lessons'
own stylesheet, the only one to draw it before, is not loaded."""

import re
from html import unescape
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.test import Client

from courses.models import CoursePage
from tests import factories

pytestmark = pytest.mark.django_db


def stylesheets(html: str) -> str:
    """The text of every stylesheet of the platform's own that the page links."""
    texts = []
    for path in re.findall(r'<link rel="stylesheet" href="/static/([^"?]+)"', html):
        found = finders.find(path)
        if found:
            texts.append(Path(found).read_text(encoding="utf-8"))
    return "\n".join(texts)


def callout_classes(html: str) -> set[str]:
    classes = set()
    for names in re.findall(r'class="([^"]*\bcallout\b[^"]*)"', html):
        classes.update(names.split())
    return classes


def unstyled(classes: set[str], css: str) -> set[str]:
    return {name for name in classes if not re.search(rf"\.{re.escape(name)}[\s,{{:>]", css)}


@pytest.fixture
def learner(units):
    return factories.learner(units["yvr"])


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_locked_lesson_says_so_in_a_styled_callout(learner, language):
    course, lessons = factories.course(navigation=CoursePage.NAVIGATION_SEQUENTIAL)
    locked = lessons[1]
    if language == "fr":
        locked = locked.get_translation(factories.locales()[1])
    client = Client()
    client.force_login(learner)

    html = client.get(locked.url).content.decode()

    classes = callout_classes(html)
    assert {"callout", "callout-information"} <= classes
    css = stylesheets(html)
    assert not unstyled(classes, css)
    assert re.search(r"\.callout \{[^}]*border-inline-start:", css)
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
    opens = {"en": "This lesson opens when", "fr": "Cette leçon s’ouvrira lorsque"}
    assert opens[language] in text
