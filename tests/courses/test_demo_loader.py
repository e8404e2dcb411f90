"""The demo loader builds bilingual courses through wagtail-localize, so French pages are
real, synchronised translations of the English ones."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation

from courses.demo.loader import catalogue_get_or_create, course_load, topics_get_or_create
from courses.models import CoursePage
from organisations.models import Audience
from tests import factories

SMALL_COURSE = {
    "slug": "small-course",
    "slug_fr": "petit-cours",
    "title": {"en": "Small course", "fr": "Petit cours"},
    "summary": {"en": "A small course.", "fr": "Un petit cours."},
    "intro": {"en": "<p>Welcome.</p>", "fr": "<p>Bienvenue.</p>"},
    "objectives": {"en": ["Spot a sign"], "fr": ["Repérer un signe"]},
    "audiences": ["border-services-officer"],
    "topics": ["law"],
    "estimated_minutes": 15,
    "sequential": True,
    "lessons": [
        {
            "slug": "only-lesson",
            "slug_fr": "seule-lecon",
            "title": {"en": "Only lesson", "fr": "Seule leçon"},
            "summary": {"en": "The only one.", "fr": "La seule."},
            "estimated_minutes": 15,
            "body_en": [
                ("heading", {"text": "Signs", "level": "h2"}),
                ("paragraph", "<p>First paragraph.</p><p>Second paragraph.</p>"),
                (
                    "knowledge_check",
                    {
                        "question": "Is consent a defence?",
                        "choices": [
                            {"text": "Yes", "is_correct": False, "feedback": "No, it is not."},
                            {"text": "No", "is_correct": True, "feedback": "Right."},
                        ],
                        "explanation": "<p>Consent obtained by coercion is not valid.</p>",
                    },
                ),
            ],
            "body_fr": [
                ("heading", {"text": "Signes", "level": "h2"}),
                ("paragraph", "<p>Premier paragraphe.</p><p>Deuxième paragraphe.</p>"),
                (
                    "knowledge_check",
                    {
                        "question": "Le consentement est-il une défense?",
                        "choices": [
                            {"text": "Oui", "is_correct": False, "feedback": "Non, pas du tout."},
                            {"text": "Non", "is_correct": True, "feedback": "Exact."},
                        ],
                        "explanation": "<p>Un consentement obtenu par la contrainte n'est pas "
                        "valide.</p>",
                    },
                ),
            ],
        }
    ],
}


@pytest.fixture
def loaded(db):
    home, _ = factories.site_home()
    Audience.objects.get_or_create(
        code="border-services-officer", defaults={"name_en": "BSO", "name_fr": "ASF"}
    )
    index = catalogue_get_or_create(home)
    audiences = {a.code: a for a in Audience.objects.all()}
    return course_load(
        SMALL_COURSE, index=index, audiences=audiences, topics=topics_get_or_create()
    )


def test_french_lesson_is_a_wagtail_localize_translation_with_french_text(loaded):
    course, lessons = loaded
    french = Locale.objects.get(language_code="fr")
    lesson_fr = lessons[0].get_translation(french)
    assert lesson_fr.live
    assert lesson_fr.title == "Seule leçon"
    assert lesson_fr.slug == "seule-lecon"
    english_ids = [child.id for child in lessons[0].body]
    assert [child.id for child in lesson_fr.body] == english_ids
    check = lesson_fr.body[2].value
    assert check["question"] == "Le consentement est-il une défense?"
    assert [choice["is_correct"] for choice in check["choices"]] == [False, True]
    assert [choice["text"] for choice in check["choices"]] == ["Oui", "Non"]
    assert check["choices"][0]["feedback"] == "Non, pas du tout."
    assert "Deuxième paragraphe." in lesson_fr.body[1].value.source
    translation = Translation.objects.get(source__object_id=lessons[0].translation_key)
    total, done = translation.get_progress()
    assert total == done and total > 0


def test_course_keeps_audiences_topics_and_order_in_both_languages(loaded, client):
    course, _ = loaded
    course_fr = course.get_translation(Locale.objects.get(language_code="fr"))
    assert course_fr.title == "Petit cours"
    assert list(course_fr.audiences.values_list("code", flat=True)) == ["border-services-officer"]
    assert course_fr.is_sequential
    assert [o.value for o in course_fr.objectives] == ["Repérer un signe"]
    body = client.get(course_fr.url).content.decode()
    assert "Repérer un signe" in body


def test_loading_twice_adds_nothing(loaded):
    home, _ = factories.site_home()
    index = catalogue_get_or_create(home)
    audiences = {a.code: a for a in Audience.objects.all()}
    course_load(SMALL_COURSE, index=index, audiences=audiences, topics=topics_get_or_create())
    assert CoursePage.objects.count() == 2


def test_french_lessons_are_served_under_the_french_course(loaded, client):
    course, lessons = loaded
    french = Locale.objects.get(language_code="fr")
    lesson_fr = lessons[0].get_translation(french)
    response = client.get(lesson_fr.url)
    assert response.status_code == 200
    assert "Premier paragraphe." in response.content.decode()
