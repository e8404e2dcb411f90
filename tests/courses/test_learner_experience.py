"""What a learner sees and does in a course: catalogue, overview, resume, gating, time,
lesson tracking statements, major revisions and "My learning"."""

import pytest
from wagtail.models import Locale

from courses.models import CoursePage, CourseRegistration, LessonProgress, ModulePage, Topic
from lrs.models import Statement
from organisations.models import Audience
from tests import factories
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(units):
    return factories.learner(units["yvr"])


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


def sequential_course(lessons=3):
    return factories.course(lessons=lessons, navigation=CoursePage.NAVIGATION_SEQUENTIAL)


# -- catalogue ----------------------------------------------------------------------------


def _tagged(course_page, audience_code=None, topic_code=None):
    if audience_code:
        audience, _ = Audience.objects.get_or_create(
            code=audience_code, defaults={"name_en": audience_code, "name_fr": audience_code}
        )
        course_page.audiences.add(audience)
    if topic_code:
        topic, _ = Topic.objects.get_or_create(
            code=topic_code, defaults={"name_en": topic_code.title(), "name_fr": topic_code}
        )
        course_page.topics.add(topic)
    course_page.save()
    return course_page


def test_catalogue_filters_by_audience_and_topic(client):
    border, _ = factories.course(title="Border course")
    police, _ = factories.course(title="Police course")
    _tagged(border, "border-services-officer", "border")
    _tagged(police, "police-cadet", "law")
    page = client.get("/en/courses/?audience=police-cadet").content.decode()
    assert "Police course" in page and "Border course" not in page
    page = client.get("/en/courses/?topic=border").content.decode()
    assert "Border course" in page and "Police course" not in page
    page = client.get("/en/courses/").content.decode()
    assert "Border course" in page and "Police course" in page


def test_catalogue_audience_mine_shows_the_courses_for_the_learners_role(signed_in):
    border, _ = factories.course(title="Border course")
    police, _ = factories.course(title="Police course")
    _tagged(border, "border-services-officer")
    _tagged(police, "police-cadet")
    page = signed_in.get("/en/courses/?audience=mine").content.decode()
    assert "Border course" in page and "Police course" not in page


def test_catalogue_search_finds_courses_by_their_summary(client):
    factories.course(title="Forced labour basics", summary="Signs of withheld passports")
    factories.course(title="Other course", summary="Something else")
    page = client.get("/en/courses/?q=passports").content.decode()
    assert "Forced labour basics" in page and "Other course" not in page


def test_catalogue_language_filter_keeps_courses_available_in_that_language(client):
    factories.course(title="Bilingual course")
    factories.course(title="English only course", french=False)
    page = client.get("/en/courses/?language=fr").content.decode()
    assert "Bilingual course" in page and "English only course" not in page


# -- course overview, resume and time remaining -------------------------------------------


def test_course_page_offers_to_resume_at_the_lesson_last_opened(signed_in):
    course_page, lessons = factories.course(lessons=3)
    signed_in.get(lessons[2].url)
    body = signed_in.get(course_page.url).content.decode()
    assert f'href="{lessons[2].url}"' in body
    assert "Continue: Lesson 3" in body


def test_resume_skips_a_lesson_already_done(signed_in):
    course_page, lessons = factories.course(lessons=3)
    signed_in.get(lessons[0].url)
    signed_in.post(lessons[0].url + "complete/")
    body = signed_in.get(course_page.url).content.decode()
    assert "Continue: Lesson 2" in body


def test_time_remaining_counts_the_lessons_not_done(signed_in):
    course_page, lessons = factories.course(lessons=3)
    for lesson in lessons:
        lesson.estimated_minutes = 7
        lesson.save_revision().publish()
    signed_in.post(lessons[0].url + "complete/")
    body = signed_in.get(course_page.url).content.decode()
    assert "About 14 minutes left" in body


def test_lessons_in_modules_count_in_the_course_in_tree_order(signed_in):
    course_page, lessons = factories.course(lessons=1)
    module = course_page.add_child(instance=ModulePage(title="Module A", slug="module-a"))
    module.save_revision().publish()
    from courses.models import LessonPage

    inner = module.add_child(
        instance=LessonPage(
            title="Inner lesson", slug="inner", body=factories.paragraph("<p>Inner.</p>")
        )
    )
    inner.save_revision().publish()
    course_page.refresh_from_db()
    assert [page.title for page in course_page.lessons()] == ["Lesson 1", "Inner lesson"]
    body = signed_in.get(course_page.url).content.decode()
    assert "Module A" in body and "Inner lesson" in body


# -- sequential gating --------------------------------------------------------------------


def test_sequential_course_keeps_later_lessons_closed_until_earlier_ones_are_done(signed_in):
    course_page, lessons = sequential_course()
    response = signed_in.get(lessons[1].url)
    assert "This lesson opens when you have finished the lessons before it" in (
        response.content.decode()
    )
    assert f'href="{lessons[0].url}"' in response.content.decode()
    signed_in.post(lessons[0].url + "complete/")
    response = signed_in.get(lessons[1].url)
    assert "This lesson opens when" not in response.content.decode()


def test_sequential_course_refuses_completing_a_closed_lesson(signed_in, learner):
    _, lessons = sequential_course()
    signed_in.post(lessons[2].url + "complete/")
    assert not LessonProgress.objects.filter(user=learner).exists()
    assert not Statement.objects.filter(verb_iri=v.VERB_COMPLETED).exists()


def test_free_order_course_opens_every_lesson(signed_in):
    _, lessons = factories.course(lessons=3)
    response = signed_in.get(lessons[2].url)
    assert "This lesson opens when" not in response.content.decode()


def test_course_page_marks_locked_lessons_for_the_learner(signed_in):
    course_page, lessons = sequential_course()
    body = signed_in.get(course_page.url).content.decode()
    assert "Locked: finish the lessons before it" in body
    assert f'href="{lessons[2].url}"' not in body


# -- lesson statements ----------------------------------------------------------------------


def test_opening_a_lesson_records_experienced_once_per_registration(signed_in):
    _, lessons = factories.course()
    signed_in.get(lessons[0].url)
    signed_in.get(lessons[0].url)
    statements = Statement.objects.filter(verb_iri=v.VERB_EXPERIENCED)
    assert statements.count() == 1
    assert statements.get().data["context"]["registration"]


def test_completion_carries_the_measured_duration_and_course_version(signed_in):
    course_page, lessons = factories.course()
    signed_in.post(lessons[0].url + "complete/", {"duration_seconds": "125"})
    data = Statement.objects.get(verb_iri=v.VERB_COMPLETED).data
    assert data["result"]["duration"] == "PT2M5S"
    extension = v.extension_iri(v.EXTENSION_COURSE_VERSION)
    assert data["context"]["extensions"][extension] == f"1.{course_page.live_revision_id}"


def test_completing_a_lesson_twice_records_it_once(signed_in):
    _, lessons = factories.course()
    signed_in.post(lessons[0].url + "complete/")
    signed_in.post(lessons[0].url + "complete/")
    assert Statement.objects.filter(verb_iri=v.VERB_COMPLETED).count() == 1


def test_complete_answers_json_with_the_next_page_for_scripts(signed_in):
    _, lessons = factories.course()
    response = signed_in.post(lessons[0].url + "complete/", HTTP_ACCEPT="application/json")
    assert response.json() == {"next": lessons[1].url, "completed": True}


def test_leaving_a_lesson_records_progressed_with_percent_and_duration(signed_in):
    _, lessons = factories.course()
    response = signed_in.post(
        lessons[0].url + "progress/", {"progress": "40", "duration_seconds": "30"}
    )
    assert response.status_code == 200
    data = Statement.objects.get(verb_iri=v.VERB_PROGRESSED).data
    assert data["result"]["extensions"][v.CMI5_PROGRESS_EXTENSION] == 40
    assert data["result"]["duration"] == "PT30S"


@pytest.mark.parametrize("value", ["", "abc", "101", "-1"])
def test_progress_rejects_a_bad_percentage_and_stores_nothing(signed_in, value):
    _, lessons = factories.course()
    response = signed_in.post(lessons[0].url + "progress/", {"progress": value})
    assert response.status_code == 400
    assert "progress" in response.json()["error"]
    assert not Statement.objects.filter(verb_iri=v.VERB_PROGRESSED).exists()


def test_progress_needs_a_signed_in_learner(client):
    _, lessons = factories.course()
    response = client.post(lessons[0].url + "progress/", {"progress": "10"})
    assert response.status_code == 403


# -- versions -------------------------------------------------------------------------------


def _admin_publish(client, course_page, **extra):
    """Publish the course from the Wagtail editor, as a trainer with publish rights would."""
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    data = nested_form_data(
        {
            "title": course_page.title,
            "slug": course_page.slug,
            "summary": course_page.summary,
            "intro": rich_text(course_page.intro or "<p>Intro</p>"),
            "objectives": streamfield([]),
            "estimated_minutes": course_page.estimated_minutes,
            "navigation": course_page.navigation,
            "completion_rule": course_page.completion_rule,
            "prerequisite_links": inline_formset([]),
            "action-publish": "publish",
            **extra,
        }
    )
    return client.post(f"/admin/pages/{course_page.pk}/edit/", data)


def test_major_revision_box_in_the_editor_raises_the_major_version_once(client, small_course):
    course_page, _ = small_course  # translated through wagtail-localize, so it can publish
    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = _admin_publish(client, course_page, major_revision="on")
    assert response.status_code == 302, response.content.decode()[:2000]
    course_page.refresh_from_db()
    assert course_page.major_version == 2
    response = _admin_publish(client, course_page)
    assert response.status_code == 302
    course_page.refresh_from_db()
    assert course_page.major_version == 2


def test_minor_publish_keeps_progress(signed_in, learner):
    course_page, lessons = factories.course()
    signed_in.post(lessons[0].url + "complete/")
    course_page.title = "Renamed course"
    course_page.save_revision().publish()
    body = signed_in.get(course_page.url).content.decode()
    assert "1 of 2 lessons done" in body


def test_major_revision_asks_learners_to_take_the_course_again(signed_in, learner):
    course_page, lessons = factories.course()
    for lesson in lessons:
        signed_in.post(lesson.url + "complete/")
    first = CourseRegistration.objects.get(user=learner)
    assert signed_in.get(course_page.url).content.decode().count("You have completed this course")
    course_page.refresh_from_db()
    course_page.major_version = 2
    course_page.save_revision().publish()
    body = signed_in.get(course_page.url).content.decode()
    assert "This course has had a major revision." in body
    assert "0 of 2 lessons done" in body
    signed_in.post(lessons[0].url + "complete/")
    current = CourseRegistration.objects.get(user=learner, is_current=True)
    assert current.registration != first.registration
    assert current.major_version == 2
    data = Statement.objects.filter(verb_iri=v.VERB_COMPLETED).order_by("-stored").first().data
    assert data["context"]["registration"] == str(current.registration)
    extension = v.extension_iri(v.EXTENSION_COURSE_VERSION)
    assert data["context"]["extensions"][extension].startswith("2.")
    # The activity stays the same: only the registration and version changed.
    assert Statement.objects.filter(
        registration=first.registration,
        verb_iri=v.VERB_COMPLETED,
        object_iri=data["object"]["id"],
    ).exists()


# -- my learning ----------------------------------------------------------------------------


def test_my_learning_sorts_courses_into_role_in_progress_and_completed(signed_in):
    todo, _ = factories.course(title="Course for my role")
    _tagged(todo, "border-services-officer")
    started, started_lessons = factories.course(title="Course in progress")
    done, done_lessons = factories.course(title="Course completed", lessons=1)
    signed_in.post(started_lessons[0].url + "complete/")
    signed_in.post(done_lessons[0].url + "complete/")
    body = signed_in.get("/en/my-learning/").content.decode()
    role = body.index("For your role")
    progress = body.index("In progress")
    completed = body.index("<h2>Completed</h2>")
    assert progress < body.index("Course in progress") < role
    assert role < body.index("Course for my role") < completed
    assert completed < body.index("Course completed")


def test_french_catalogue_lists_french_titles(client):
    factories.course(title="Course")
    body = client.get("/fr/cours/").content.decode()
    assert "Course (FR)" in body
    assert Locale.objects.filter(language_code="fr").exists()
