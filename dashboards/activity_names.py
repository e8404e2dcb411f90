"""The names of the platform's own activities (courses, lessons, briefings, quizzes and
their questions), read from the platform's content rather than from statements.

A statement names its activity in the language it was made in: a question answered only
in French carries only its French text, so the LRS knows no English name for it. The
platform knows its own content in every language it is written in, so a report reads the
name in the reader's language from there, then from what the LRS holds, then shows the
identifier."""

from courses.selectors import lesson_block_names, page_names
from quizzes.selectors import question_names, quiz_names
from tracking import vocabulary as v
from tracking.vocabulary import XAPI_LANGUAGE

PAGE_KINDS = ("course", "lesson", "briefing")


def _language_map(names: dict[str, str]) -> dict[str, str]:
    """``{"en": ..., "fr": ...}`` as an xAPI language map (``{"en-CA": ...}``)."""
    return {XAPI_LANGUAGE.get(language, language): name for language, name in names.items()}


def platform_activity_names(*, iris) -> dict[str, dict[str, str]]:
    """The name of each of these activities that the platform's content gives, by IRI, as
    an xAPI language map of every language the content is written in. Activities that are
    not the platform's own (content packages, other systems) are left out."""
    pages: dict[str, str] = {}
    quizzes: dict[str, str] = {}
    questions: dict[str, str] = {}
    blocks: dict[tuple, str] = {}
    for iri in iris:
        if not isinstance(iri, str):
            continue
        parsed = v.parse_activity_iri(iri)
        if parsed is not None:
            kind, key = parsed
            if kind in PAGE_KINDS:
                pages[iri] = key
            elif kind == "quiz":
                quizzes[iri] = key
            continue
        question = v.parse_quiz_question_iri(iri)
        if question is not None:
            questions[iri] = question[1]
            continue
        block = v.parse_lesson_block_iri(iri)
        if block is not None:
            blocks[iri] = block
    names: dict[str, dict[str, str]] = {}
    for found, wanted in (
        (page_names(keys=set(pages.values())) if pages else {}, pages),
        (quiz_names(quiz_keys=set(quizzes.values())) if quizzes else {}, quizzes),
        (question_names(question_keys=set(questions.values())) if questions else {}, questions),
        (lesson_block_names(blocks=set(blocks.values())) if blocks else {}, blocks),
    ):
        for iri, key in wanted.items():
            if found.get(key):
                names[iri] = _language_map(found[key])
    return names
