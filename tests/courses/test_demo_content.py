"""The four demo courses meet what the platform promises of them: 4 to 8 lessons in both
languages, scenarios, knowledge checks and checklists, and bodies that the lesson blocks
accept in English and in French."""

import pytest
from django.core.exceptions import ValidationError

from courses.blocks import LessonBodyBlock
from courses.demo.content import demo_courses, demo_site

COURSES = demo_courses()
AUDIENCES = {
    "border-services-officer",
    "police-cadet",
    "police-officer",
    "labour-inspector",
    "tfwp-officer",
    "front-line-provider",
    "migration-integrity-officer",
}


def _shape(value):
    """What must be identical in both languages: block types, keys, lengths, flags and
    identifiers (scenario step keys), with every other string blanked."""
    if isinstance(value, dict):
        return {
            key: (item if key in ("key", "next_step", "level", "kind") else _shape(item))
            for key, item in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [_shape(item) for item in value]
    if isinstance(value, str):
        return "text"
    return value


def test_there_are_four_courses_one_per_audience_family():
    assert len(COURSES) == 4
    covered = set().union(*(set(course["audiences"]) for course in COURSES))
    assert covered == AUDIENCES


@pytest.mark.parametrize("course", COURSES, ids=[c["slug"] for c in COURSES])
def test_course_has_four_to_eight_lessons_with_scenarios_checks_and_a_checklist(course):
    assert 4 <= len(course["lessons"]) <= 8
    kinds = [kind for lesson in course["lessons"] for kind, _ in lesson["body_en"]]
    assert kinds.count("scenario") >= 2
    assert kinds.count("knowledge_check") >= 3
    assert kinds.count("indicator_checklist") >= 1
    assert set(course["topics"]) <= {code for code, _, _ in demo_site()["topics"]}
    assert set(course["audiences"]) <= AUDIENCES


@pytest.mark.parametrize("course", COURSES, ids=[c["slug"] for c in COURSES])
def test_french_lessons_are_parallel_to_english_and_valid(course):
    block = LessonBodyBlock()
    assert len(course["objectives"]["en"]) == len(course["objectives"]["fr"])
    for lesson in course["lessons"]:
        assert lesson["title"]["fr"] and lesson["title"]["fr"] != lesson["title"]["en"]
        assert _shape(lesson["body_en"]) == _shape(lesson["body_fr"]), lesson["slug"]
        for language in ("en", "fr"):
            body = lesson[f"body_{language}"]
            value = block.to_python([{"type": kind, "value": value} for kind, value in body])
            try:
                block.clean(value)
            except ValidationError as error:  # pragma: no cover - the message is the point
                pytest.fail(f"{lesson['slug']} ({language}): {error}")
