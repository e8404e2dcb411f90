"""French typography in the demo content: a no-break space (U+00A0) or a narrow no-break
space (U+202F) before ? ! : ; and inside « », so that “Que faites-vous ?” never reads
“Que faites-vous?” nor breaks its question mark onto a line of its own."""

import re
from pathlib import Path

import pytest
import yaml

from courses.demo.content import DATA_DIR

NO_BREAK = "\u00a0\u202f"
# The learner-language translation files of an open course hold no French, and the
# commitments' tagging no text at all.
FILES = sorted(
    path
    for path in Path(DATA_DIR).rglob("*.yaml")
    if path.parent.name != "translations" and path.name != "commitments.yaml"
)


def french_texts(value, where=""):
    """(where, text) of every French text of a demo file: the ``fr`` of each
    ``{en: ..., fr: ...}`` (or ``{id: ..., en: ..., fr: ...}``)."""
    if isinstance(value, dict):
        if set(value) - {"id"} == {"en", "fr"} and isinstance(value["fr"], str):
            yield where, value["fr"]
            return
        for key, item in value.items():
            yield from french_texts(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from french_texts(item, f"{where}[{index}]")


def typography_mistakes(text: str) -> list[str]:
    """Each mark of ``text`` (markup aside) without its no-break space, shown in context."""
    words = re.sub(r"<[^>]*>", " ", text)
    mistakes = []
    for mark in re.finditer(rf"(?<![{NO_BREAK}])[?!:;»]|«(?![{NO_BREAK}])", words):
        start = max(mark.start() - 20, 0)
        mistakes.append(words[start : mark.end() + 20].replace("\n", " "))
    return mistakes


def test_the_scan_finds_each_missing_space():
    assert typography_mistakes("Que faites-vous?") == ["Que faites-vous?"]
    assert len(typography_mistakes("Deux : « oui » ; non !")) == 5
    assert typography_mistakes("Deux\u00a0: «\u00a0oui\u00a0»\u202f; non\u202f!") == []
    assert typography_mistakes('<a href="https://example.org">Lien</a>') == []


def test_demo_files_are_found():
    assert {path.name for path in FILES} == {
        "site.yaml",
        "briefings.yaml",
        "workshops.yaml",
        "fact-sheets.yaml",
        "course.yaml",
        "questions.yaml",
        "fact-sheet.yaml",
    }
    assert len(FILES) == 14


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(DATA_DIR)))
def test_french_demo_text_has_its_no_break_spaces(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    texts = list(french_texts(data))
    mistakes = [
        f"{where}: …{mistake}…" for where, text in texts for mistake in typography_mistakes(text)
    ]
    assert texts
    assert not mistakes, "\n".join(mistakes)
