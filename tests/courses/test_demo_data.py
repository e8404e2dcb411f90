"""The demo content comes from its data files (``courses/demo/data/``) and loads exactly
as recorded in ``demo_snapshot.json``; a mistake in a data file is reported with the
file, the path inside it and the field.

After an intended change to the demo content, rewrite the snapshot with
``DEMO_SNAPSHOT_UPDATE=1 pytest tests/courses/test_demo_data.py`` and review its diff.
"""

import copy
import json
import os
from pathlib import Path

import pytest
import yaml
from django.db import transaction

from courses.demo.bilingual import Pair
from courses.demo.content import DemoContentError, course_read, html_from_layout
from quizzes.demo.content import bank_read
from tests.courses.demo_canonical import canonical_content, demo_content_load, snapshot

SNAPSHOT_FILE = Path(__file__).with_name("demo_snapshot.json")


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """The demo content, loaded once for the module (it takes a while), in its canonical
    form; the database is left as it was. (Its tests are marked ``django_db`` so that the
    test database is set up when they run alone.)"""
    with django_db_blocker.unblock(), transaction.atomic():
        demo_content_load()
        content = canonical_content()
        transaction.set_rollback(True)
    return snapshot(content)


@pytest.mark.django_db
def test_the_demo_loads_as_recorded_in_the_snapshot(loaded):
    if os.environ.get("DEMO_SNAPSHOT_UPDATE"):
        SNAPSHOT_FILE.write_text(json.dumps(loaded, indent=1, sort_keys=True) + "\n")
        pytest.skip(f"{SNAPSHOT_FILE.name} rewritten")
    expected = json.loads(SNAPSHOT_FILE.read_text())
    entries = loaded["entries"]
    differing = sorted(
        key
        for key in expected["entries"].keys() & entries.keys()
        if expected["entries"][key] != entries[key]
    )
    assert differing == [], "these pages or questions differ from the snapshot"
    assert sorted(expected["entries"].keys() - entries.keys()) == [], "missing from the load"
    assert sorted(entries.keys() - expected["entries"].keys()) == [], "not in the snapshot"
    assert loaded["counts"] == expected["counts"]


# -- reading and checking a data file ---------------------------------------------------------


def _text(en, fr):
    return {"en": en, "fr": fr}


COURSE = {
    "slug": _text("tiny-course", "petit-cours"),
    "title": _text("Tiny course", "Petit cours"),
    "summary": _text("A course for tests.", "Un cours pour les tests."),
    "intro": _text("<p>Welcome,\n  learner.</p>\n<p>Read on.</p>\n", "<p>Bienvenue.</p>"),
    "objectives": [_text("Spot a sign", "Repérer un signe")],
    "audiences": ["border-services-officer"],
    "topics": ["law"],
    "estimated_minutes": 10,
    "sequential": True,
    "lessons": [
        {
            "slug": _text("only-lesson", "seule-lecon"),
            "title": _text("Only lesson", "Seule leçon"),
            "summary": _text("The only one.", "La seule."),
            "estimated_minutes": 10,
            "body": [
                {"type": "heading", "value": {"text": _text("Signs", "Signes"), "level": "h2"}},
                {
                    "type": "callout",
                    "value": {"kind": "legal", "body": _text("<p>Look.</p>", "<p>Regardez.</p>")},
                },
                {
                    "type": "accordion",
                    "value": {
                        "items": [
                            {
                                "heading": _text("Where", "Où"),
                                "body": _text("<p>Anywhere.</p>", "<p>Partout.</p>"),
                            }
                        ]
                    },
                },
                {
                    "type": "knowledge_check",
                    "value": {
                        "question": _text("Is consent a defence?", "Le consentement?"),
                        "choices": [
                            {"text": _text("Yes", "Oui"), "is_correct": False},
                            {"text": _text("No", "Non"), "is_correct": True},
                        ],
                    },
                },
            ],
        }
    ],
}

BANK = {
    "title": _text("Tiny bank", "Petite banque"),
    "description": _text("A bank for tests.", "Une banque pour les tests."),
    "topic": "law",
    "questions": [
        {
            "kind": "single_choice",
            "stem": _text("<p>Is consent a defence?</p>", "<p>Défense?</p>"),
            "choices": [
                {"text": _text("Yes", "Oui"), "correct": False},
                {"text": _text("No", "Non"), "correct": True},
            ],
        },
        {"kind": "true_false", "stem": _text("<p>True?</p>", "<p>Vrai?</p>"), "answer": True},
    ],
    "quiz": {
        "title": _text("Final assessment", "Évaluation finale"),
        "instructions": _text("<p>Answer.</p>", "<p>Répondez.</p>"),
        "draw": 2,
        "pass_mark": "0.80",
    },
}


def _folder(tmp_path, course=COURSE, bank=BANK) -> Path:
    (tmp_path / "course.yaml").write_text(yaml.safe_dump(course, allow_unicode=True))
    (tmp_path / "questions.yaml").write_text(yaml.safe_dump(bank, allow_unicode=True))
    return tmp_path


def _course_error(tmp_path, change) -> DemoContentError:
    course = copy.deepcopy(COURSE)
    change(course)
    with pytest.raises(DemoContentError) as caught:
        course_read(_folder(tmp_path, course=course))
    return caught.value


def _bank_error(tmp_path, change) -> DemoContentError:
    bank = copy.deepcopy(BANK)
    change(bank)
    with pytest.raises(DemoContentError) as caught:
        bank_read(_folder(tmp_path, bank=bank))
    return caught.value


def _body(course, index):
    return course["lessons"][0]["body"][index]


def test_a_course_file_gives_parallel_english_and_french_bodies(tmp_path):
    course = course_read(_folder(tmp_path))
    lesson = course["lessons"][0]
    assert (course["slug"], course["slug_fr"]) == ("tiny-course", "petit-cours")
    assert course["intro"]["en"] == "<p>Welcome, learner.</p><p>Read on.</p>"
    assert lesson["body_en"][0] == ("heading", {"text": "Signs", "level": "h2"})
    assert lesson["body_fr"][0] == ("heading", {"text": "Signes", "level": "h2"})
    assert [kind for kind, _ in lesson["body_fr"]] == [kind for kind, _ in lesson["body_en"]]


def test_a_bank_file_gives_bilingual_texts_and_its_course(tmp_path):
    bank = bank_read(_folder(tmp_path))
    assert bank["course_slug"] == "tiny-course"
    assert bank["questions"][0]["choices"][1]["text"] == Pair("No", "Non")
    assert bank["quiz"]["draw"] == 2


def test_html_layout_is_dropped_between_tags_and_a_space_elsewhere():
    written = "<p>One\n  two</p>\n<ul>\n  <li>three</li>\n</ul>\n"
    assert html_from_layout(written) == "<p>One two</p><ul><li>three</li></ul>"


def test_an_unknown_block_type_is_named_with_its_file_and_path(tmp_path):
    error = _course_error(tmp_path, lambda course: _body(course, 1).update(type="callot"))
    assert error.file == tmp_path / "course.yaml"
    assert (error.path, error.field) == ("lessons[0].body[1]", "type")
    assert "unknown block type 'callot'" in str(error)
    assert str(tmp_path / "course.yaml") in str(error)
    assert "lessons[0].body[1], field 'type'" in str(error)


def test_a_text_missing_its_french_is_named(tmp_path):
    def change(course):
        _body(course, 2)["value"]["items"][0]["heading"] = {"en": "Where"}

    error = _course_error(tmp_path, change)
    assert (error.path, error.field) == ("lessons[0].body[2].value.items[0]", "heading")
    assert "French text ('fr') is missing" in str(error)


def test_a_text_in_one_language_only_is_refused(tmp_path):
    error = _course_error(tmp_path, lambda course: course.update(title="Tiny course"))
    assert (error.path, error.field) == ("", "title")
    assert "both languages" in str(error)


def test_a_missing_required_block_field_is_reported_by_wagtail(tmp_path):
    error = _course_error(tmp_path, lambda course: _body(course, 1)["value"].pop("body"))
    assert (error.path, error.field) == ("lessons[0].body[1].value", "body")
    assert "This field is required" in str(error)
    assert "(in English)" in str(error)


def test_a_block_rule_broken_in_french_only_names_the_language(tmp_path):
    def change(course):
        _body(course, 0)["value"]["text"]["fr"] = "x" * 300

    error = _course_error(tmp_path, change)
    assert (error.path, error.field) == ("lessons[0].body[0].value", "text")
    assert "(in French)" in str(error)


def test_a_value_of_the_wrong_type_is_named(tmp_path):
    def change(course):
        _body(course, 3)["value"]["choices"][0]["is_correct"] = "no"

    error = _course_error(tmp_path, change)
    assert (error.path, error.field) == ("lessons[0].body[3].value.choices[0]", "is_correct")
    assert "expected a boolean, found a text" in str(error)


def test_an_unknown_field_and_a_missing_lesson_field_are_named(tmp_path):
    error = _course_error(tmp_path, lambda course: _body(course, 0)["value"].update(size=2))
    assert (error.path, error.field) == ("lessons[0].body[0].value", "size")
    error = _course_error(tmp_path, lambda course: course["lessons"][0].pop("summary"))
    assert (error.path, error.field) == ("lessons[0]", "summary")
    assert "required field is missing" in str(error)


def test_a_page_field_is_checked_by_the_model_field(tmp_path):
    error = _course_error(tmp_path, lambda course: course["slug"].update(fr="petit cours"))
    assert (error.path, error.field) == ("", "slug")
    assert "(in French)" in str(error)


def test_a_question_without_its_answer_is_named(tmp_path):
    error = _bank_error(tmp_path, lambda bank: bank["questions"][0].pop("choices"))
    assert error.file == tmp_path / "questions.yaml"
    assert (error.path, error.field) == ("questions[0]", "choices")


def test_a_question_breaking_the_models_rules_is_named(tmp_path):
    def change(bank):
        bank["questions"][0]["choices"][0]["correct"] = True

    error = _bank_error(tmp_path, change)
    assert (error.path, error.field) == ("questions[0]", "choices")
    assert "exactly one choice" in str(error)


def test_a_choice_missing_its_french_text_is_named(tmp_path):
    def change(bank):
        bank["questions"][0]["choices"][1]["text"] = {"en": "No", "fr": None}

    error = _bank_error(tmp_path, change)
    assert (error.path, error.field) == ("questions[0].choices[1]", "text")
    assert "French" in str(error)
