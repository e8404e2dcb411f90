"""Text for grading: the normal form short-text answers are compared in, answers as they
go into xAPI patterns, and the plain text of HTML stems (for labels and reports)."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u201a\u201b\u02bc\u2032\uff07", "'"))
_QUOTES = str.maketrans(dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02", '"'))
_GUILLEMET_SPACING = re.compile(r"(?<=\u00ab)\s+|\s+(?=\u00bb)")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" (?=[:;?!])")


def normalise_text(text: str, case_sensitive: bool) -> str:
    """The form in which a short-text answer is compared with the accepted answers.

    Unicode NFC; typographic apostrophes (’ ‘ ʼ) become ``'`` and quotes (“ ” « ») become
    ``"`` (spaces just inside « » are dropped); runs of whitespace, no-break spaces included,
    become one space and the ends are trimmed; the French space before ``: ; ? !`` is
    dropped; final periods are dropped; letters are case-folded unless ``case_sensitive``.

    Accents are kept on purpose: in French "côte" (coast) and "cote" (rating) are different
    words, so an answer without its accents is a different answer. Idempotent.
    """
    text = unicodedata.normalize("NFC", text)
    text = _GUILLEMET_SPACING.sub("", text).translate(_APOSTROPHES).translate(_QUOTES)
    text = " ".join(text.split())
    text = text.rstrip(". ")
    text = _SPACE_BEFORE_PUNCTUATION.sub("", text)
    if not case_sensitive:
        text = unicodedata.normalize("NFC", text.casefold())
    return text


def _answer_text(text: str) -> str:
    """A learner's or an author's answer as it goes into an xAPI pattern: NFC, trimmed."""
    return unicodedata.normalize("NFC", text).strip()


class _TextExtractor(HTMLParser):
    _BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}
    _HIDDEN = {"script", "style", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._hidden:
            self.parts.append(data)


def plain_text(html: str) -> str:
    """Text of an HTML fragment, whitespace collapsed (for labels and reports)."""
    extractor = _TextExtractor()
    extractor.feed(html or "")
    extractor.close()
    return " ".join("".join(extractor.parts).split())


def _shortened(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "\u2026"
