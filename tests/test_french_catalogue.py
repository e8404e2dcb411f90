"""The French catalogue (locale/fr/LC_MESSAGES/django.po) written the French way: a
no-break space (U+00A0) before a colon and inside « », a narrow one (U+202F) before ; ! ?,
so that "Points : 3" never breaks before its colon; and no name put where French would
need an article or an elision it cannot know ("Apprenants de Région du Pacifique",
"de Aéroport de Vancouver"). The demo courses' French texts and the catalogue write the
apostrophe of "l’agent" and "qu’il" the typographic way (U+2019), never the straight "'"."""

import re
from pathlib import Path

import polib
import pytest
import yaml
from django.conf import settings

from courses.demo.content import DATA_DIR

CATALOGUE = Path(settings.BASE_DIR) / "locale/fr/LC_MESSAGES/django.po"
NO_BREAK = "\u00a0"
NARROW_NO_BREAK = "\u202f"
# A straight quote between two letters is an apostrophe written the typewriter way ("l'agent");
# quotes of markup and code (href='...', '%(name)s') never stand between two letters.
STRAIGHT_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
# Placeholders that hold a name, not a number or a date: of a person, which "de" and "que"
# elide before a vowel ("d’Alex"), and of a thing (a unit, a course...), which also needs
# an article French cannot know ("dans l’Agence", "du Centre").
PEOPLE = "learner|name"
THINGS = "unit|units|course|courses|quiz|org|issuer|title|bank|requirement|place"
BEFORE_A_NAME = {
    **dict.fromkeys(["de", "du", "des", "que"], f"{PEOPLE}|{THINGS}"),
    **dict.fromkeys(["dans", "par"], THINGS),
}


def french_texts() -> list[tuple[str, str]]:
    """(msgid, msgstr) of every translation, each plural form apart."""
    catalogue = polib.pofile(str(CATALOGUE))
    return [
        (entry.msgid, text)
        for entry in catalogue
        if not entry.obsolete
        for text in [entry.msgstr, *entry.msgstr_plural.values()]
        if text
    ]


def spacing_mistakes(text: str) -> list[str]:
    """Each mark of ``text`` without the no-break space French puts before or inside it.

    Markup and addresses aside: texts without a space (URL patterns, slugs) and tags."""
    if " " not in text:
        return []
    words = re.sub(r"<[^>]*>", " ", text)
    marks = re.finditer(
        rf"(?<!{NO_BREAK}):(?=\s|$)|(?<!{NARROW_NO_BREAK})[;!?](?=\s|$)"
        rf"|(?<!{NO_BREAK})»|«(?!{NO_BREAK})",
        words,
    )
    return [words[max(mark.start() - 20, 0) : mark.end() + 10] for mark in marks]


def test_the_scan_finds_each_missing_space():
    assert spacing_mistakes("Que faites-vous?") == ["Que faites-vous?"]
    assert len(spacing_mistakes("Deux : « oui » ; non !")) == 5
    assert spacing_mistakes("Deux\u00a0: «\u00a0oui\u00a0»\u202f; non\u202f!") == []
    assert spacing_mistakes("cours/<uuid:course_key>/") == []
    assert spacing_mistakes("Un <adlseq:objective> manque") == []


def test_every_french_text_keeps_its_punctuation_with_its_word():
    mistakes = [
        f"{msgid!r}: …{mistake}…"
        for msgid, text in french_texts()
        for mistake in spacing_mistakes(text)
    ]
    assert not mistakes, "\n".join(mistakes)


@pytest.mark.parametrize("preposition", sorted(BEFORE_A_NAME))
def test_no_name_follows_a_word_that_would_need_an_article_or_an_elision(preposition):
    names = BEFORE_A_NAME[preposition]
    before_a_name = re.compile(rf"\b{preposition}\s+%\((?:{names})\)s", re.IGNORECASE)
    found = [f"{msgid!r}: {text!r}" for msgid, text in french_texts() if before_a_name.search(text)]
    assert not found, "\n".join(found)


def demo_french_texts() -> list[tuple[str, str]]:
    """(file, text) of every French text of the demo data files (their ``fr`` values)."""

    def french(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "fr" and isinstance(item, str):
                    yield item
                else:
                    yield from french(item)
        elif isinstance(value, list):
            for item in value:
                yield from french(item)

    return [
        (str(file.relative_to(DATA_DIR)), text)
        for file in sorted(DATA_DIR.rglob("*.yaml"))
        for text in french(yaml.safe_load(file.read_text()))
    ]


def straight_apostrophes(text: str) -> list[str]:
    """Each apostrophe of ``text`` written as a straight quote, in its context."""
    return [
        text[max(found.start() - 15, 0) : found.end() + 15]
        for found in STRAIGHT_APOSTROPHE.finditer(text)
    ]


def test_the_scan_finds_each_straight_apostrophe_and_no_quote_of_markup():
    assert len(straight_apostrophes("Aujourd'hui, l'agent sait qu'il doit agir.")) == 3
    assert straight_apostrophes("Voir l'agent") == ["Voir l'agent"]
    assert straight_apostrophes("Aujourd’hui, l’agent sait qu’il doit agir.") == []
    assert straight_apostrophes("<a href='/fr/'>'%(name)s'</a>") == []


def test_every_french_text_of_the_catalogue_writes_its_apostrophes_typographically():
    found = [
        f"{msgid!r}: …{mistake}…"
        for msgid, text in french_texts()
        for mistake in straight_apostrophes(text)
    ]
    assert not found, "\n".join(found)


def test_every_french_text_of_the_demo_courses_writes_its_apostrophes_typographically():
    texts = demo_french_texts()
    assert len(texts) > 1000
    found = [
        f"{file}: …{mistake}…" for file, text in texts for mistake in straight_apostrophes(text)
    ]
    assert not found, "\n".join(found[:50])
