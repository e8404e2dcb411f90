"""The demo content, read from data files and checked before anything is saved.

``courses/demo/data/`` holds the demo as YAML that trainers and translators can review
without reading Python: ``site.yaml`` (the home page, the catalogue, the topics, the final
assessment page and the course folders in catalogue order) and, per course, a folder with
``course.yaml`` (the course, its lessons and their bodies as lists of StreamField blocks),
its cover image (named in ``course.yaml``, drawn by ``scripts/demo_covers.py``) and
``questions.yaml`` (its question bank and final assessment, read by
``quizzes.demo.content``). Every text is written once with its two languages side by side,
``{en: ..., fr: ...}``; everything else (block types, keys, flags, answers) is written once
for both, so the French content cannot drift from the English in structure.

Reading checks a file against what its content will be saved as: the lesson blocks
(``courses.blocks``), cleaned by Wagtail itself in each language, and the fields of the
page, topic, question and quiz models. Any problem raises :class:`DemoContentError`
naming the file, the path inside it and the field, so a mistake in the data is found
when it is read, not halfway through loading the demo.

In rich text (HTML), the line breaks of a YAML text are layout, so that each paragraph,
list and item can start a line and long paragraphs can be wrapped: a line break between
two tags is removed and any other becomes a space, and each line's indentation is
dropped. Plain texts follow YAML's own rules (a folded ``>`` text joins its lines with
spaces).

French texts follow French typography: a narrow no-break space (U+202F) before ? ! ;
and a no-break space (U+00A0) before : and inside « » (checked by
``tests/courses/test_french_typography.py``). Neither may start or end a line: a line
break there would become an ordinary space.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import models
from django.utils import translation
from PIL import Image as PillowImage
from PIL import UnidentifiedImageError
from wagtail import blocks
from wagtail.blocks import (
    ListBlockValidationError,
    StreamBlockValidationError,
    StructBlockValidationError,
)
from wagtail.fields import RichTextField
from wagtail.images.models import Image

from courses.blocks import ScenarioChoiceBlock, ScenarioStepBlock
from courses.demo.bilingual import Pair, Text, both, every, localize
from courses.models import (
    BriefingIndexPage,
    BriefingPage,
    CourseIndexPage,
    CoursePage,
    HomePage,
    LessonPage,
    Topic,
)

DATA_DIR = Path(__file__).resolve().parent / "data"
SITE_FILE = DATA_DIR / "site.yaml"
COURSE_FILE = "course.yaml"
# A course folder's translations into the learner languages, and its own fact sheet.
TRANSLATIONS_DIR = "translations"
FACT_SHEET_FILE = "fact-sheet.yaml"
BRIEFINGS_FILE = DATA_DIR / "briefings.yaml"

LANGUAGES = {"en": "English", "fr": "French"}

# Block fields whose text other fields point at (a step's key, a choice's next step): they
# are the same in both languages, so they are written once, not as {en: ..., fr: ...}.
IDENTIFIER_BLOCK_FIELDS = {(ScenarioStepBlock, "key"), (ScenarioChoiceBlock, "next_step")}

TRANSLATED_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock)

YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

SITE_FIELDS = ("courses", "home", "catalogue", "topics", "assessment_page", "open_courses")
COURSE_FIELDS = (
    "slug",
    "title",
    "summary",
    "intro",
    "objectives",
    "audiences",
    "topics",
    "estimated_minutes",
    "sequential",
    "lessons",
    "cover",
)
# Fields a course file may leave out.
OPTIONAL_COURSE_FIELDS = ("sequential", "cover")
BRIEFING_FIELDS = ("slug", "title", "summary", "estimated_minutes", "sent", "body")
SENT_FIELDS = ("days_ago", "acknowledge_within_days", "audiences", "org_units")

_SAME = object()


class DemoContentError(ValueError):
    """A demo content file that does not fit the definitions its content is saved with.

    ``file`` is the file, ``path`` where the problem is inside it (``lessons[2].body[4]
    .value.items[0]``) and ``field`` the field there, when the problem is one field's."""

    def __init__(self, problem: str, *, file: Path, path: str, field: str | None = None):
        self.problem = problem
        self.file = file
        self.path = path
        self.field = field
        where = path or "the top level"
        if field is not None:
            where = f"{where}, field '{field}'"
        super().__init__(f"{_shown(file)}: {where}: {problem}")


def _shown(file: Path) -> str:
    """The file relative to the project when it is inside it, for shorter messages."""
    try:
        return str(Path(file).resolve().relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(file)


def _join(path: str, field: str | None) -> str:
    if field is None:
        return path
    return f"{path}.{field}" if path else field


def _messages(error: ValidationError) -> str:
    with translation.override("en"):
        return " ".join(str(message) for message in error.messages)


def html_from_layout(text: str) -> str:
    """A rich text as written in a data file, without its layout (see the module's
    docstring): lines stripped, joined with nothing between two tags, else a space."""
    html = ""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if html and not (html.endswith(">") and line.startswith("<")):
            html += " "
        html += line
    return html


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class Translations:
    """The learner-language texts of a demo folder: ``translations/<code>.yaml``, one file
    per learner language, each a flat mapping from a text's id to its translation. Reading
    the folder's files looks each text up here by its id; :meth:`check_all_used` then
    names any id that no text has."""

    def __init__(self, folder: Path):
        self.folder = Path(folder) / TRANSLATIONS_DIR
        self.languages = dict(settings.LEARNER_LANGUAGES)
        self.files: dict[str, Path] = {}
        self.texts: dict[str, dict[str, str]] = {}
        self.used: set[str] = set()
        for code in self.languages:
            file = self.folder / f"{code}.yaml"
            if not file.is_file():
                raise DemoContentError(
                    f"the {self.languages[code]} texts ({file.name}) are missing",
                    file=self.folder,
                    path="",
                )
            data = DataFile(file)
            content = data.content if data.content is not None else {}
            if not isinstance(content, dict):
                raise data.error(f"expected a mapping, found {_type_name(content)}", "")
            for key, text in content.items():
                if not isinstance(key, str):
                    raise data.error(f"expected a text id, found {_type_name(key)}", "", str(key))
                data.scalar(text, (str,), "", key)
            self.files[code] = file
            self.texts[code] = content

    @staticmethod
    def exist(folder: Path) -> bool:
        return (Path(folder) / TRANSLATIONS_DIR).is_dir()

    def text(self, code: str, text_id: str, *, html: bool) -> str:
        """The ``code`` text of ``text_id``."""
        if text_id not in self.texts[code]:
            raise DemoContentError(
                "no text with this id", file=self.files[code], path="", field=text_id
            )
        self.used.add(text_id)
        text = self.texts[code][text_id]
        return html_from_layout(text) if html else text

    def check_all_used(self) -> None:
        for code, texts in self.texts.items():
            for text_id in texts:
                if text_id not in self.used:
                    raise DemoContentError(
                        "no text has this id", file=self.files[code], path="", field=text_id
                    )


class DataFile:
    """One data file being read: its parsed content and the checks that name where a
    problem is. The ``path``/``field`` arguments of each check are where its value is.

    With ``translations`` (a folder's :class:`Translations`), every text of the file has an
    id and comes in the learner languages too: ``{id: ..., en: ..., fr: ...}``, read as a
    :class:`~courses.demo.bilingual.Text`."""

    def __init__(self, file: Path, translations: Translations | None = None):
        self.file = Path(file)
        self.translations = translations
        self.languages = dict(LANGUAGES)
        if translations is not None:
            self.languages.update(translations.languages)
        try:
            text = self.file.read_text(encoding="utf-8")
        except OSError as error:
            raise DemoContentError(f"cannot be read ({error})", file=self.file, path="") from error
        try:
            self.content = yaml.load(text, Loader=YAML_LOADER)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            raise DemoContentError(
                f"is not valid YAML ({getattr(error, 'problem', None) or error})",
                file=self.file,
                path=where,
            ) from error

    def error(self, problem: str, path: str, field: str | None = None) -> DemoContentError:
        return DemoContentError(problem, file=self.file, path=path, field=field)

    # -- shapes -------------------------------------------------------------------------------

    def mapping(
        self,
        value: Any,
        path: str,
        field: str | None = None,
        *,
        required: tuple[str, ...] = (),
        optional: tuple[str, ...] = (),
    ) -> dict:
        """``value``, a mapping with every ``required`` key and no key outside
        ``required`` and ``optional``."""
        if not isinstance(value, dict):
            raise self.error(f"expected a mapping, found {_type_name(value)}", path, field)
        where = _join(path, field)
        known = (*required, *optional)
        for key in value:
            if key not in known:
                raise self.error(
                    f"unknown field (expected one of: {', '.join(known)})", where, str(key)
                )
        for key in required:
            if key not in value:
                raise self.error("required field is missing", where, key)
        return value

    def sequence(self, value: Any, path: str, field: str | None = None) -> list:
        if not isinstance(value, list):
            raise self.error(f"expected a list, found {_type_name(value)}", path, field)
        return value

    def scalar(self, value: Any, kinds: tuple[type, ...], path: str, field: str | None) -> Any:
        """``value`` if it is one of ``kinds`` (a boolean is never taken for a number)."""
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            expected = " or ".join(dict.fromkeys(_type_name(kind()) for kind in kinds))
            raise self.error(f"expected {expected}, found {_type_name(value)}", path, field)
        return value

    def text(
        self, value: Any, path: str, field: str | None = None, *, html: bool = False
    ) -> Pair | Text:
        """A text in both languages: ``{en: ..., fr: ...}`` (with its ``id``, and then in
        every language, when the file has translations)."""
        if self.translations is not None:
            return self._text_with_translations(value, path, field, html=html)
        return self._pair(value, path, field, html=html)

    def _pair(self, value: Any, path: str, field: str | None, *, html: bool) -> Pair:
        if isinstance(value, str):
            raise self.error(
                "a text must be given in both languages, as {en: ..., fr: ...}", path, field
            )
        if not isinstance(value, dict):
            raise self.error(
                f"expected a text in both languages ({{en: ..., fr: ...}}), found "
                f"{_type_name(value)}",
                path,
                field,
            )
        where = _join(path, field)
        for key in value:
            if key not in LANGUAGES:
                raise self.error(
                    f"unknown language '{key}' (a text has 'en' and 'fr')", path, field
                )
        texts = {}
        for language, name in LANGUAGES.items():
            if value.get(language) is None:
                raise self.error(
                    f"the {name} text ('{language}') is missing: give the text in both languages",
                    path,
                    field,
                )
            text = value[language]
            if not isinstance(text, str):
                raise self.error(
                    f"the {name} text must be a text, found {_type_name(text)} (quote it)",
                    where,
                    language,
                )
            texts[language] = html_from_layout(text) if html else text
        return Pair(texts["en"], texts["fr"])

    def _text_with_translations(
        self, value: Any, path: str, field: str | None, *, html: bool
    ) -> Text:
        if not isinstance(value, dict) or "id" not in value:
            raise self.error(
                "a text must be given with its id, in English and French, as "
                "{id: ..., en: ..., fr: ...}",
                path,
                field,
            )
        where = _join(path, field)
        text_id = self.scalar(value["id"], (str,), where, "id")
        pair = self._pair(
            {key: item for key, item in value.items() if key != "id"}, path, field, html=html
        )
        texts = {"en": pair.en, "fr": pair.fr}
        for code in self.translations.languages:
            texts[code] = self.translations.text(code, text_id, html=html)
        return Text(text_id, texts)

    # -- against model fields -----------------------------------------------------------------

    def model_text(
        self,
        model: type[models.Model],
        name: str,
        value: Any,
        path: str,
        *,
        field: Any = _SAME,
    ) -> Pair:
        """A text in both languages for the model field ``name``, cleaned by the field in
        each language (its length, its format: a slug, for instance). ``field`` is its
        name in the file when it is not ``name`` (``None`` for an item of a list)."""
        field = name if field is _SAME else field
        model_field = model._meta.get_field(name)
        pair = self.text(value, path, field, html=isinstance(model_field, RichTextField))
        for language in self.languages:
            self.model_clean(model_field, localize(pair, language), path, field, language)
        return pair

    def model_value(
        self,
        model: type[models.Model],
        name: str,
        value: Any,
        path: str,
        *,
        field: Any = _SAME,
    ) -> Any:
        """A value written once for both languages, of the right type for the model
        field ``name`` and accepted by it (``field`` as for :meth:`model_text`)."""
        field = name if field is _SAME else field
        model_field = model._meta.get_field(name)
        if value is None and model_field.null:
            return None
        if isinstance(model_field, models.BooleanField):
            kinds: tuple[type, ...] = (bool,)
        elif isinstance(model_field, models.IntegerField):
            kinds = (int,)
        elif isinstance(model_field, models.DecimalField):
            kinds = (int, float, str)
        else:
            kinds = (str,)
        self.scalar(value, kinds, path, field)
        self.model_clean(model_field, value, path, field)
        return value

    def model_clean(
        self,
        model_field: models.Field,
        value: Any,
        path: str,
        field: str | None,
        language: str | None = None,
    ) -> None:
        try:
            model_field.clean(value, None)
        except ValidationError as error:
            problem = _messages(error)
            if language is not None:
                problem = f"{problem} (in {self.languages[language]})"
            raise self.error(problem, path, field) from error

    def code(
        self, value: Any, path: str, field: str | None = None, *, known: set[str] | None = None
    ) -> str:
        """A code (a slug), among ``known`` when given."""
        self.scalar(value, (str,), path, field)
        if known is not None and value not in known:
            raise self.error(
                f"unknown code '{value}' (expected one of: {', '.join(sorted(known))})",
                path,
                field,
            )
        try:
            validate_slug(value)
        except ValidationError as error:
            raise self.error(f"'{value}' is not a code: {_messages(error)}", path, field) from error
        return value

    def codes(self, value: Any, path: str, field: str, *, known: set[str] | None = None) -> list:
        """A list of codes (slugs), each among ``known`` when given."""
        where = _join(path, field)
        return [
            self.code(item, f"{where}[{index}]", known=known)
            for index, item in enumerate(self.sequence(value, path, field))
        ]

    # -- against block definitions ------------------------------------------------------------

    def block_value(
        self, block: blocks.Block, value: Any, path: str, field: str | None, parent=None
    ) -> Any:
        """A block's value with each translated text as a :class:`Pair`. The shape and
        the types are checked here; what each value must be is checked by Wagtail, in
        each language, in :meth:`stream`."""
        if isinstance(block, blocks.StructBlock):
            mapping = self.mapping(value, path, field, optional=tuple(block.child_blocks))
            where = _join(path, field)
            return {
                name: self.block_value(block.child_blocks[name], item, where, name, block)
                for name, item in mapping.items()
            }
        if isinstance(block, blocks.ListBlock):
            items = self.sequence(value, path, field)
            where = _join(path, field)
            return [
                self.block_value(block.child_block, item, f"{where}[{index}]", None)
                for index, item in enumerate(items)
            ]
        if isinstance(block, blocks.StreamBlock):
            raise self.error("nested streams are not supported in demo content", path, field)
        identifier = parent is not None and (type(parent), field) in IDENTIFIER_BLOCK_FIELDS
        if isinstance(block, TRANSLATED_BLOCKS) and not identifier:
            return self.text(value, path, field, html=isinstance(block, blocks.RichTextBlock))
        if isinstance(value, dict) and set(value) <= {*LANGUAGES, "id"}:
            raise self.error(
                "this value is the same in both languages: write it once, not as "
                "{en: ..., fr: ...}",
                path,
                field,
            )
        if isinstance(block, blocks.BooleanBlock):
            return self.scalar(value, (bool,), path, field)
        if isinstance(block, (blocks.IntegerBlock, blocks.FloatBlock, blocks.DecimalBlock)):
            return self.scalar(value, (int, float), path, field)
        if isinstance(block, (blocks.ChoiceBlock, blocks.CharBlock)):
            return self.scalar(value, (str,), path, field)
        return self.scalar(value, (str, int, type(None)), path, field)

    def stream(self, stream_block: blocks.StreamBlock, value: Any, path: str, field: str):
        """A StreamField's blocks, ``[{type: ..., value: ...}, ...]``, as the English and
        the French ``[(type, value), ...]``, each cleaned by the stream block."""
        bodies = self.streams(stream_block, value, path, field)
        return bodies["en"], bodies["fr"]

    def streams(
        self, stream_block: blocks.StreamBlock, value: Any, path: str, field: str
    ) -> dict[str, list]:
        """A StreamField's blocks in each language of the file, ``[(type, value), ...]`` by
        language code, each cleaned by the stream block."""
        items = self.sequence(value, path, field)
        where = _join(path, field)
        body = []
        for index, item in enumerate(items):
            item_path = f"{where}[{index}]"
            self.mapping(item, item_path, required=("type", "value"))
            kind = item["type"]
            if not isinstance(kind, str) or kind not in stream_block.child_blocks:
                raise self.error(
                    f"unknown block type '{kind}' (expected one of: "
                    f"{', '.join(stream_block.child_blocks)})",
                    item_path,
                    "type",
                )
            body.append(
                (
                    kind,
                    self.block_value(
                        stream_block.child_blocks[kind], item["value"], item_path, "value"
                    ),
                )
            )
        bodies = {}
        for language in self.languages:
            bodies[language] = localize(body, language)
            raw = [{"type": kind, "value": data} for kind, data in bodies[language]]
            try:
                stream_block.clean(stream_block.to_python(raw))
            except ValidationError as error:
                error_path, error_field, problem = _block_error(error, where, None)
                raise self.error(
                    f"{problem} (in {self.languages[language]})", error_path, error_field
                ) from error
        return bodies


def _block_error(
    error: ValidationError, path: str, field: str | None
) -> tuple[str, str | None, str]:
    """Where in a stream Wagtail found a problem, and what it is: the first error,
    followed down the nested stream, struct and list errors."""
    where = _join(path, field)
    if isinstance(error, StreamBlockValidationError) and error.block_errors:
        index, child = next(iter(sorted(error.block_errors.items())))
        return _block_error(child, f"{where}[{index}]", "value")
    if isinstance(error, StructBlockValidationError) and error.block_errors:
        name, child = next(iter(error.block_errors.items()))
        return _block_error(child, where, name)
    if isinstance(error, ListBlockValidationError) and error.block_errors:
        index, child = next(iter(sorted(error.block_errors.items())))
        return _block_error(child, f"{where}[{index}]", None)
    non_block = getattr(error, "non_block_errors", None)
    if non_block:
        return path, field, " ".join(_messages(item) for item in non_block.as_data())
    return path, field, _messages(error)


# -- the site -------------------------------------------------------------------------------


@functools.cache
def demo_site() -> dict:
    """What the demo courses share (``site.yaml``): ``home`` and ``catalogue`` (title,
    slug and intro, ``{"en": ..., "fr": ...}`` each), ``topics`` (``(code, English name,
    French name)``) and ``courses``, the course folders in catalogue order. (Its
    ``assessment_page`` is read by ``quizzes.demo.content``; its ``open_courses`` by
    :func:`demo_open_courses`.)"""
    data = DataFile(SITE_FILE)
    site = data.mapping(data.content, "", required=SITE_FIELDS[:4], optional=SITE_FIELDS[4:])
    pages = {}
    for key, model in (("home", HomePage), ("catalogue", CourseIndexPage)):
        page = data.mapping(site[key], "", key, required=("title", "slug", "intro"))
        pages[key] = {name: both(data.model_text(model, name, page[name], key)) for name in page}
    topics = []
    for index, topic in enumerate(data.sequence(site["topics"], "", "topics")):
        path = f"topics[{index}]"
        data.mapping(topic, path, required=("code", "name"))
        code = data.model_value(Topic, "code", topic["code"], path)
        name = data.text(topic["name"], path, "name")
        for language in LANGUAGES:
            data.model_clean(
                Topic._meta.get_field(f"name_{language}"),
                getattr(name, language),
                path,
                "name",
                language,
            )
        topics.append((code, name.en, name.fr))
    folders = data.codes(site["courses"], "", "courses")
    for index, folder in enumerate(folders):
        if not (DATA_DIR / folder / COURSE_FILE).is_file():
            raise data.error(f"no course folder '{folder}' next to this file", f"courses[{index}]")
    open_folders = data.codes(site.get("open_courses", []), "", "open_courses")
    for index, folder in enumerate(open_folders):
        if not (DATA_DIR / folder / COURSE_FILE).is_file():
            raise data.error(
                f"no course folder '{folder}' next to this file", f"open_courses[{index}]"
            )
    return {**pages, "topics": topics, "courses": folders, "open_courses": open_folders}


# -- courses --------------------------------------------------------------------------------


def demo_courses() -> list[dict]:
    """Every demo course's content, in catalogue order (see :func:`course_read`)."""
    return [course_read(folder) for folder in demo_site()["courses"]]


def course_slug(folder: str | Path) -> str:
    """The English slug of a demo folder's course, read without the rest of it."""
    data = DataFile(Path(DATA_DIR, folder, COURSE_FILE))
    course = data.mapping(data.content, "", required=("slug",), optional=COURSE_FIELDS)
    return data.model_text(CoursePage, "slug", course["slug"], "").en


def course_read(folder: str | Path, translations: Translations | None = None) -> dict:
    """The course of a demo folder (a name under ``courses/demo/data/`` or a path), checked,
    as ``courses.demo.loader.course_load`` takes it: texts as ``{"en": ..., "fr": ...}``,
    the French slug as ``slug_fr`` and each lesson body as ``body_en`` and ``body_fr``,
    lists of ``(block type, value)``.

    A folder with translations (``translations/``, read into ``translations`` when given)
    gives its course in the learner languages too: then ``languages`` lists its language
    codes, every text has them all, and each language has its ``slug_<code>`` (a learner
    language keeps the English slug) and each lesson its ``body_<code>``."""
    if translations is None and Translations.exist(Path(DATA_DIR, folder)):
        translations = Translations(Path(DATA_DIR, folder))
    data = DataFile(Path(DATA_DIR, folder, COURSE_FILE), translations)
    languages = list(data.languages)
    texts_in = functools.partial(every, languages=languages)
    course = data.mapping(
        data.content,
        "",
        required=tuple(name for name in COURSE_FIELDS if name not in OPTIONAL_COURSE_FIELDS),
        optional=OPTIONAL_COURSE_FIELDS,
    )
    texts = {"slug": _slug(data, CoursePage, course["slug"], "")} | {
        name: data.model_text(CoursePage, name, course[name], "")
        for name in ("title", "summary", "intro")
    }
    objective_block = CoursePage._meta.get_field("objectives").stream_block.child_blocks[
        "objective"
    ]
    objectives = []
    for index, value in enumerate(data.sequence(course["objectives"], "", "objectives")):
        path = f"objectives[{index}]"
        objective = data.text(value, path)
        for language in languages:
            try:
                objective_block.clean(localize(objective, language))
            except ValidationError as error:
                raise data.error(
                    f"{_messages(error)} (in {data.languages[language]})", path
                ) from error
        objectives.append(objective)
    sequential = data.scalar(course.get("sequential", False), (bool,), "", "sequential")
    lessons = [
        _lesson(data, lesson, f"lessons[{index}]")
        for index, lesson in enumerate(data.sequence(course["lessons"], "", "lessons"))
    ]
    if not lessons:
        raise data.error("a course needs at least one lesson", "", "lessons")
    course = {
        "slug": texts["slug"].en,
        "slug_fr": texts["slug"].fr,
        "title": texts_in(texts["title"]),
        "summary": texts_in(texts["summary"]),
        "intro": texts_in(texts["intro"]),
        "objectives": texts_in(objectives),
        "audiences": data.codes(course["audiences"], "", "audiences"),
        "topics": data.codes(
            course["topics"], "", "topics", known={code for code, _, _ in demo_site()["topics"]}
        ),
        "estimated_minutes": data.model_value(
            CoursePage, "estimated_minutes", course["estimated_minutes"], ""
        ),
        "sequential": sequential,
        "lessons": lessons,
        "cover": _cover(data, course["cover"]) if "cover" in course else None,
    }
    if data.translations is not None:
        course["languages"] = languages
        course.update({f"slug_{code}": course["slug"] for code in data.translations.languages})
    return course


def _cover(data: DataFile, value: Any) -> dict:
    """A course's cover image: ``file``, an image next to the course file, and ``alt``,
    what it shows, in both languages (the alt text of the English and French images)."""
    cover = data.mapping(value, "", "cover", required=("file", "alt"))
    name = data.scalar(cover["file"], (str,), "cover", "file")
    file = data.file.parent / name
    if Path(name).name != name or not file.is_file():
        raise data.error(f"no file '{name}' next to the course file", "cover", "file")
    try:
        with PillowImage.open(file) as image:
            image.verify()
    except (OSError, UnidentifiedImageError) as error:
        raise data.error(f"'{name}' is not an image ({error})", "cover", "file") from error
    alt = data.model_text(Image, "description", cover["alt"], "cover", field="alt")
    return {"file": file, "alt": both(alt)}


def _lesson(data: DataFile, value: Any, path: str) -> dict:
    lesson = data.mapping(
        value, path, required=("slug", "title", "summary", "estimated_minutes", "body")
    )
    texts = {"slug": _slug(data, LessonPage, lesson["slug"], path)} | {
        name: data.model_text(LessonPage, name, lesson[name], path) for name in ("title", "summary")
    }
    stream_block = LessonPage._meta.get_field("body").stream_block
    bodies = data.streams(stream_block, lesson["body"], path, "body")
    content = {
        "slug": texts["slug"].en,
        "slug_fr": texts["slug"].fr,
        "title": every(texts["title"], data.languages),
        "summary": every(texts["summary"], data.languages),
        "estimated_minutes": data.model_value(
            LessonPage, "estimated_minutes", lesson["estimated_minutes"], path
        ),
    }
    content.update({f"body_{language}": body for language, body in bodies.items()})
    if data.translations is not None:
        content.update({f"slug_{code}": content["slug"] for code in data.translations.languages})
    return content


def _slug(data: DataFile, model: type[models.Model], value: Any, path: str) -> Pair:
    """A page's slug, English and French (in a file with translations too: the learner
    languages keep the English slug, so a slug has no id)."""
    pair = data._pair(value, path, "slug", html=False)
    for language in LANGUAGES:
        data.model_clean(
            model._meta.get_field("slug"), getattr(pair, language), path, "slug", language
        )
    return pair


# -- briefings ------------------------------------------------------------------------------


def demo_briefings() -> dict:
    """The demo briefings (``briefings.yaml``): ``index``, the briefings page (title, slug
    and intro, ``{"en": ..., "fr": ...}`` each), and ``briefings``, in the order they were
    written (see :func:`_briefing`)."""
    data = DataFile(BRIEFINGS_FILE)
    content = data.mapping(data.content, "", required=("index", "briefings"))
    page = data.mapping(content["index"], "", "index", required=("title", "slug", "intro"))
    index = {
        name: both(data.model_text(BriefingIndexPage, name, page[name], "index")) for name in page
    }
    briefings = [
        _briefing(data, briefing, f"briefings[{number}]")
        for number, briefing in enumerate(data.sequence(content["briefings"], "", "briefings"))
    ]
    slugs = [briefing["slug"] for briefing in briefings]
    for number, slug in enumerate(slugs):
        if slug in slugs[:number]:
            raise data.error(f"another briefing has the slug '{slug}'", f"briefings[{number}]")
    return {"index": index, "briefings": briefings}


def _briefing(data: DataFile, value: Any, path: str) -> dict:
    """One briefing, as ``courses.demo.loader.briefing_load`` takes it (texts as
    ``{"en": ..., "fr": ...}``, the French slug as ``slug_fr``, the body as ``body_en``
    and ``body_fr``), with ``sent``: how the demo sends it (``training.demo``), so many
    ``days_ago``, to be acknowledged within ``acknowledge_within_days``, to learners of
    any of ``audiences`` in any of ``org_units`` (codes; an empty list: all of them)."""
    briefing = data.mapping(value, path, required=BRIEFING_FIELDS)
    texts = {
        name: data.model_text(BriefingPage, name, briefing[name], path)
        for name in ("slug", "title", "summary")
    }
    stream_block = BriefingPage._meta.get_field("body").stream_block
    body_en, body_fr = data.stream(stream_block, briefing["body"], path, "body")
    sent = data.mapping(briefing["sent"], path, "sent", required=SENT_FIELDS)
    where = _join(path, "sent")
    days = {}
    for name, least in (("days_ago", 0), ("acknowledge_within_days", 1)):
        days[name] = data.scalar(sent[name], (int,), where, name)
        if days[name] < least:
            raise data.error(f"expected a number of days of at least {least}", where, name)
    audiences = data.codes(sent["audiences"], where, "audiences")
    org_units = data.codes(sent["org_units"], where, "org_units")
    if not audiences and not org_units:
        raise data.error("a briefing is sent to some audiences or units, or both", where)
    return {
        "slug": texts["slug"].en,
        "slug_fr": texts["slug"].fr,
        "title": both(texts["title"]),
        "summary": both(texts["summary"]),
        "estimated_minutes": data.model_value(
            BriefingPage, "estimated_minutes", briefing["estimated_minutes"], path
        ),
        "body_en": body_en,
        "body_fr": body_fr,
        "sent": {**days, "audiences": audiences, "org_units": org_units},
    }


# -- fact sheets ----------------------------------------------------------------------------

FACT_SHEETS_FILE = DATA_DIR / "fact-sheets.yaml"
FACT_SHEET_FIELDS = (
    "title",
    "facts",
    "law_heading",
    "law_columns",
    "laws",
    "law_note",
    "description",
    "courses",
)


def demo_fact_sheets() -> dict:
    """The demo fact sheets (``fact-sheets.yaml``), by course slug: each a mapping of
    ``title``, ``for`` (whom the course is for), ``facts`` (``heading`` and ``text``
    pairs), ``law_heading``, ``law_columns``, ``laws`` (rows of cells), ``law_note`` and
    ``description`` (shown under the download link), every text a :class:`Pair`."""
    data = DataFile(FACT_SHEETS_FILE)
    content = data.mapping(data.content, "", required=FACT_SHEET_FIELDS)
    shared = _fact_sheet(data, content)
    sheets = {}
    for number, course in enumerate(data.sequence(content["courses"], "", "courses")):
        path = f"courses[{number}]"
        course = data.mapping(course, path, required=("course", "for"))
        slug = data.code(course["course"], path, "course")
        if slug in sheets:
            raise data.error(f"another fact sheet is for '{slug}'", path, "course")
        sheets[slug] = {**shared, "for": data.text(course["for"], path, "for")}
    return sheets


def _fact_sheet(data: DataFile, content: dict) -> dict:
    """A fact sheet's texts but whom it is for, as :func:`demo_fact_sheets` gives them."""
    facts = []
    for number, fact in enumerate(data.sequence(content["facts"], "", "facts")):
        path = f"facts[{number}]"
        fact = data.mapping(fact, path, required=("heading", "text"))
        facts.append({name: data.text(fact[name], path, name) for name in ("heading", "text")})
    columns = [
        data.text(cell, f"law_columns[{number}]")
        for number, cell in enumerate(data.sequence(content["law_columns"], "", "law_columns"))
    ]
    laws = []
    for number, row in enumerate(data.sequence(content["laws"], "", "laws")):
        cells = data.sequence(row, f"laws[{number}]")
        if len(cells) != len(columns):
            raise data.error(f"expected {len(columns)} cells, one per column", f"laws[{number}]")
        laws.append(
            [data.text(cell, f"laws[{number}][{index}]") for index, cell in enumerate(cells)]
        )
    return {
        "title": data.text(content["title"], "", "title"),
        "facts": facts,
        "law_heading": data.text(content["law_heading"], "", "law_heading"),
        "law_columns": columns,
        "laws": laws,
        "law_note": data.text(content["law_note"], "", "law_note"),
        "description": data.text(content["description"], "", "description"),
    }


# -- open courses, in every language ---------------------------------------------------------

# The ids of the home page's and the catalogue's texts in an open course's translations.
SITE_TEXT_IDS = {
    ("home", "title"): "home.title",
    ("home", "intro"): "home.intro",
    ("catalogue", "title"): "catalogue.title",
    ("catalogue", "intro"): "catalogue.intro",
}


def course_fact_sheet(folder: str | Path, translations: Translations | None = None) -> dict:
    """The fact sheet of a course folder's own (``fact-sheet.yaml``, shaped as
    ``fact-sheets.yaml`` with ``for`` in place of ``courses``), as :func:`demo_fact_sheets`
    gives each; with ``translations``, its texts are :class:`Text` in every language and
    ``languages`` lists them."""
    data = DataFile(Path(DATA_DIR, folder, FACT_SHEET_FILE), translations)
    fields = (*(name for name in FACT_SHEET_FIELDS if name != "courses"), "for")
    content = data.mapping(data.content, "", required=fields)
    return {
        **_fact_sheet(data, content),
        "for": data.text(content["for"], "", "for"),
        "languages": list(data.languages),
    }


def _site_texts(translations: Translations) -> dict:
    """The home page's and the catalogue's title, slug and intro (``demo_site``'s
    ``home`` and ``catalogue``) in every language: the learner languages' titles and intros
    from ``translations``, their slugs the English ones (the home page's followed by the
    language code: the home pages of all languages are siblings, and a site's root page
    has no slug in its addresses)."""
    site = demo_site()
    pages = {}
    for key, model in (("home", HomePage), ("catalogue", CourseIndexPage)):
        page = {name: dict(texts) for name, texts in site[key].items()}
        for code in translations.languages:
            page["slug"][code] = page["slug"]["en"] + (f"-{code}" if key == "home" else "")
            for name in ("title", "intro"):
                field = model._meta.get_field(name)
                text = translations.text(
                    code, SITE_TEXT_IDS[key, name], html=isinstance(field, RichTextField)
                )
                try:
                    field.clean(text, None)
                except ValidationError as error:
                    raise DemoContentError(
                        _messages(error),
                        file=translations.files[code],
                        path="",
                        field=SITE_TEXT_IDS[key, name],
                    ) from error
                page[name][code] = text
        pages[key] = page
    return pages


def demo_open_courses() -> dict:
    """The demo's open courses (``site.yaml``'s ``open_courses``), in English, French and
    the learner languages: ``courses``, each as :func:`open_course_read` gives it, and
    ``site``, the home page's and the catalogue's texts in every language, from the first
    open course (None without open courses)."""
    courses = [open_course_read(folder) for folder in demo_site()["open_courses"]]
    return {"courses": courses, "site": courses[0]["site"] if courses else None}


def open_course_read(folder: str | Path) -> dict:
    """An open course's folder (a name under ``courses/demo/data/`` or a path), with its
    translations: ``course`` (as :func:`course_read` gives it), ``fact_sheet`` (as
    :func:`course_fact_sheet` gives it; None when the folder has none) and ``site``, the
    home page's and the catalogue's title, slug and intro in every language (as
    ``demo_site`` gives its ``home`` and ``catalogue``; ids ``home.title``,
    ``home.intro``, ``catalogue.title`` and ``catalogue.intro`` in the translations).

    Every id of the folder's translation files must be the id of one of these texts."""
    translations = Translations(Path(DATA_DIR, folder))
    course = course_read(folder, translations)
    sheet = None
    if Path(DATA_DIR, folder, FACT_SHEET_FILE).is_file():
        sheet = course_fact_sheet(folder, translations)
    site = _site_texts(translations)
    translations.check_all_used()
    return {"course": course, "fact_sheet": sheet, "site": site}
