"""Findings 1 to 5: what a signed-in learner tried with nothing but their browser session
(the offline outbox's door to ``/xapi/statements``), a launch token or a guessed id, and
what the platform now does.

Only evidence the platform itself verified moves a learner toward a certificate; what a
learner's browser or a piece of content sends keeps its own authority; nobody voids or
reads another learner's records; the ids the platform gives its own statements cannot
be guessed, and a clash never blocks anyone (docs/security.md).
"""

import json
import uuid

import pytest
from django.test import Client

from certificates.models import Certificate
from courses.models import CourseCompletion, LessonProgress
from courses.selectors import activity_ref_for
from courses.services import registration_current
from lrs.models import Statement
from tests import factories
from tests.courses.test_assessment_completion import course_with_assessment, take
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db

#: The namespace the platform's derived statement ids used to be made in (plain uuid5):
#: anyone who read the source could compute the id of a statement yet to come.
OLD_PUBLIC_NAMESPACE = uuid.UUID("1d3b1f0e-8a5c-4f0b-9a57-5c1f4b0e6a21")


def completed(actor: dict, activity_iri: str, registration: str) -> dict:
    return {
        "actor": actor,
        "verb": {"id": v.VERB_COMPLETED},
        "object": {"objectType": "Activity", "id": activity_iri},
        "context": {"registration": registration},
    }


def finish_lessons(user, lessons):
    client = Client()
    client.force_login(user)
    for lesson in lessons:
        client.post(lesson.url + "complete/")


# -- 1. self-certification ------------------------------------------------------------


def test_a_learner_session_claiming_a_course_completion_gets_no_completion_or_certificate(
    attacker,
):
    course, _lessons, _quiz = course_with_assessment()
    for _ in range(3):  # new registrations each time, as the attack did
        response = attacker.put_statement(
            completed(attacker.actor, activity_ref_for(course).iri, str(uuid.uuid4()))
        )
        assert response.status_code == 204, response.content
    assert not CourseCompletion.objects.filter(user=attacker.user).exists()
    assert not Certificate.objects.filter(user=attacker.user).exists()
    report = attacker.client.get("/en/my-learning/").content.decode()
    assert "Certificate" not in report or course.title not in report


def test_what_a_learner_session_writes_keeps_the_learners_authority_not_the_platforms(attacker):
    course, _lessons, _quiz = course_with_assessment()
    response = attacker.put_statement(
        completed(attacker.actor, activity_ref_for(course).iri, str(uuid.uuid4()))
    )
    assert response.status_code == 204
    stored = Statement.objects.get(actor_key__endswith=str(attacker.user.uuid))
    authority = stored.data["authority"]
    assert authority["objectType"] == "Group"
    members = authority["member"]
    assert attacker.actor["account"] in [member.get("account") for member in members]
    assert all(member["account"]["name"] != "platform" for member in members)


def test_a_learner_session_cannot_complete_a_lesson_that_sequential_order_keeps_closed(attacker):
    course, lessons = factories.course(lessons=3, navigation="sequential")
    registration = str(registration_current(user=attacker.user, course=course))
    response = attacker.put_statement(
        completed(attacker.actor, activity_ref_for(lessons[2]).iri, registration)
    )
    assert response.status_code == 204
    assert not LessonProgress.objects.filter(user=attacker.user).exists()


def test_an_offline_lesson_that_arrived_before_the_one_it_waits_for_counts_when_that_one_does(
    attacker,
):
    course, lessons = factories.course(lessons=2, navigation="sequential")
    registration = str(registration_current(user=attacker.user, course=course))
    second = attacker.put_statement(
        completed(attacker.actor, activity_ref_for(lessons[1]).iri, registration)
    )
    assert second.status_code == 204
    assert not LessonProgress.objects.filter(user=attacker.user).exists()
    first = attacker.put_statement(
        completed(attacker.actor, activity_ref_for(lessons[0]).iri, registration)
    )
    assert first.status_code == 204
    done = set(
        LessonProgress.objects.filter(user=attacker.user).values_list("lesson_key", flat=True)
    )
    assert done == {lessons[0].translation_key, lessons[1].translation_key}


def test_a_learner_session_cannot_complete_lessons_in_a_registration_that_is_not_theirs(
    attacker, victim
):
    course, lessons = factories.course(lessons=1)
    victims = str(registration_current(user=victim, course=course))
    for registration in (str(uuid.uuid4()), victims):
        response = attacker.put_statement(
            completed(attacker.actor, activity_ref_for(lessons[0]).iri, registration)
        )
        assert response.status_code == 204
    assert not LessonProgress.objects.filter(user=attacker.user).exists()
    assert not CourseCompletion.objects.exists()


def test_a_learner_session_claiming_a_quiz_pass_completes_nothing(attacker):
    course, lessons, quiz = course_with_assessment()
    finish_lessons(attacker.user, lessons)
    registration = str(registration_current(user=attacker.user, course=course))
    claim = {
        **completed(
            attacker.actor, v.activity_iri("quiz", str(quiz.translation_key)), registration
        ),
        "verb": {"id": v.VERB_PASSED},
        "result": {"success": True, "score": {"scaled": 1.0}},
        "context": {
            "registration": registration,
            "contextActivities": {"grouping": [{"id": activity_ref_for(course).iri}]},
        },
    }
    assert attacker.put_statement(claim).status_code == 204
    assert not CourseCompletion.objects.filter(user=attacker.user).exists()
    assert not Certificate.objects.filter(user=attacker.user).exists()


def test_a_learner_who_really_finishes_the_course_is_still_certified(attacker):
    course, lessons, quiz = course_with_assessment()
    finish_lessons(attacker.user, lessons)
    assert take(attacker.user, course, quiz, right=True).passed
    assert CourseCompletion.objects.filter(user=attacker.user).count() == 1
    assert Certificate.objects.filter(user=attacker.user).count() == 1


def test_an_lrs_client_with_write_scope_cannot_certify_a_learner(client, victim, lrs_client):
    course, _lessons, _quiz = course_with_assessment()
    actor = {
        "objectType": "Agent",
        "account": {"homePage": "http://testserver", "name": str(victim.uuid)},
    }
    response = client.post(
        "/xapi/statements",
        json.dumps(completed(actor, activity_ref_for(course).iri, str(uuid.uuid4()))),
        content_type="application/json",
        HTTP_AUTHORIZATION=factories.basic_auth(),
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
    )
    assert response.status_code == 200
    assert not CourseCompletion.objects.filter(user=victim).exists()


# -- 2. answer keys ---------------------------------------------------------------------


def test_no_learner_credential_reads_an_answer_key_from_the_activities_resource(attacker, victim):
    course, lessons, quiz = course_with_assessment()
    finish_lessons(victim, lessons)
    take(victim, course, quiz, right=True)  # the platform records answered statements
    question_iris = {
        row.object_iri
        for row in Statement.objects.filter(verb_iri=v.VERB_ANSWERED)
        if "correctResponsesPattern" in json.dumps(row.data)
    }
    assert question_iris, "the platform's answered statements carry the key for the agency"
    for iri in question_iris:
        response = attacker.get_json("activities", activityId=iri)
        assert response.status_code == 200
        assert "correctResponsesPattern" not in response.content.decode()


def test_a_learners_own_statements_come_back_without_answer_keys(attacker):
    course, lessons, quiz = course_with_assessment()
    finish_lessons(attacker.user, lessons)
    take(attacker.user, course, quiz, right=False)
    for fmt in ("exact", "canonical"):
        response = attacker.get_json("statements", format=fmt, limit=500)
        assert response.status_code == 200
        body = response.content.decode()
        assert v.VERB_ANSWERED in body
        assert "correctResponsesPattern" not in body


# -- 3. everyone's statements -----------------------------------------------------------


def test_a_learner_session_reads_only_statements_about_that_learner(attacker, victim):
    course, lessons, quiz = course_with_assessment()
    finish_lessons(victim, lessons)
    take(victim, course, quiz, right=True)
    finish_lessons(attacker.user, lessons[:1])
    response = attacker.get_json("statements", limit=500)
    assert response.status_code == 200
    statements = response.json()["statements"]
    assert statements
    assert {s["actor"]["account"]["name"] for s in statements} == {str(attacker.user.uuid)}


def test_a_learner_session_asking_for_another_learner_is_refused(attacker, victim):
    finish_lessons(victim, factories.course(lessons=1)[1])
    other = {
        "objectType": "Agent",
        "account": {"homePage": "http://testserver", "name": str(victim.uuid)},
    }
    response = attacker.get_json("statements", agent=json.dumps(other))
    assert response.status_code == 403
    assert response.json()["error"].startswith("agent:")
    victims_statement = Statement.objects.filter(actor_key__endswith=str(victim.uuid)).first()
    one = attacker.get_json("statements", statementId=str(victims_statement.id))
    assert one.status_code == 404


# -- 4. voiding other people's statements ---------------------------------------------


def voiding(actor: dict, target_id) -> dict:
    return {
        "actor": actor,
        "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
        "object": {"objectType": "StatementRef", "id": str(target_id)},
    }


def test_a_learner_session_cannot_void_another_learners_certificate(attacker, victim):
    course, lessons, quiz = course_with_assessment()
    finish_lessons(victim, lessons)
    take(victim, course, quiz, right=True)
    earned = Statement.objects.get(verb_iri=v.VERB_EARNED, actor_key__endswith=str(victim.uuid))
    response = attacker.put_statement(voiding(attacker.actor, earned.id))
    assert response.status_code == 403
    assert response.json()["error"].startswith("object.id:")
    earned.refresh_from_db()
    assert not earned.voided


def test_a_learner_session_cannot_void_the_platforms_record_of_its_own_progress(attacker):
    course, lessons = factories.course(lessons=1)
    finish_lessons(attacker.user, lessons)
    record = Statement.objects.filter(
        verb_iri=v.VERB_COMPLETED, actor_key__endswith=str(attacker.user.uuid)
    ).first()
    assert attacker.put_statement(voiding(attacker.actor, record.id)).status_code == 403
    record.refresh_from_db()
    assert not record.voided


def test_a_learner_session_may_void_what_it_wrote_itself(attacker):
    course, lessons = factories.course(lessons=1)
    note = {
        "actor": attacker.actor,
        "verb": {"id": v.VERB_EXPERIENCED},
        "object": {"objectType": "Activity", "id": activity_ref_for(lessons[0]).iri},
    }
    note_id = str(uuid.uuid4())
    attacker.put_statement({**note, "id": note_id})
    assert attacker.put_statement(voiding(attacker.actor, note_id)).status_code == 204
    assert Statement.objects.get(id=note_id).voided


@pytest.fixture
def xapi_launch(settings, tmp_path, attacker):
    """The attacker runs an xAPI package: its launch parameters (endpoint, auth, actor)."""
    from urllib.parse import parse_qs, urlsplit

    from packages.services import package_import
    from tests.packages import fixtures as f

    settings.PACKAGES_ROOT = tmp_path / "packages"
    upload = tmp_path / "x.zip"
    upload.write_bytes(f.zip_bytes(f.tincan_package(activity_id="https://example.org/a")))
    version = package_import(path=upload, filename="x.zip")
    response = attacker.client.get(f"/en/packages/{version.package.key}/")
    url = response.context["config"]["items"][0]["url"]
    return {"params": {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}}


def test_a_launch_token_cannot_void_another_learners_statement(victim, xapi_launch):
    launch = xapi_launch
    course, lessons = factories.course(lessons=1)
    finish_lessons(victim, lessons)
    target = Statement.objects.filter(verb_iri=v.VERB_COMPLETED).first()
    params = launch["params"]
    response = Client().post(
        "/xapi/statements",
        json.dumps(voiding(json.loads(params["actor"]), target.id)),
        content_type="application/json",
        HTTP_AUTHORIZATION=params["auth"],
        HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
    )
    assert response.status_code == 403
    target.refresh_from_db()
    assert not target.voided


def test_a_voiding_statement_stored_before_its_target_does_not_void_someone_elses_statement(
    attacker,
):
    course, lessons = factories.course(lessons=1)
    future_id = uuid.uuid4()
    # The learner pre-voids an id; if a platform statement ever came under it, it stays.
    assert attacker.put_statement(voiding(attacker.actor, future_id)).status_code == 204
    from lrs.services import statement_record
    from tracking import builders

    statement = builders.lesson_completed(
        user=attacker.user,
        lesson=activity_ref_for(lessons[0]),
        course=activity_ref_for(course),
        registration=registration_current(user=attacker.user, course=course),
        language="en",
    )
    statement["id"] = str(future_id)
    statement_record(statement=statement)
    assert not Statement.objects.get(id=future_id).voided
    assert LessonProgress.objects.filter(user=attacker.user).exists()


# -- 5. squatting the platform's statement ids ----------------------------------------


def squatting(attacker, course, statement_id) -> dict:
    """An innocent-looking statement of the attacker's, stored under an id the platform
    will want for one of its own."""
    return {
        "id": str(statement_id),
        "actor": attacker.actor,
        "verb": {"id": v.VERB_EXPERIENCED},
        "object": {"objectType": "Activity", "id": activity_ref_for(course).iri},
    }


def test_a_learner_who_squats_the_public_name_based_id_of_their_completion_still_completes(
    attacker,
):
    course, lessons, quiz = course_with_assessment()
    registration = registration_current(user=attacker.user, course=course)
    old_id = uuid.uuid5(
        OLD_PUBLIC_NAMESPACE, f"course-completed|{registration}|{course.translation_key}"
    )
    squat = squatting(attacker, course, old_id)
    assert attacker.put_statement(squat).status_code == 204
    finish_lessons(attacker.user, lessons)
    assert take(attacker.user, course, quiz, right=True).passed
    completion = CourseCompletion.objects.get(user=attacker.user)
    assert str(completion.statement_id) != str(old_id)
    assert Certificate.objects.filter(user=attacker.user).count() == 1


def test_even_with_the_id_key_a_squatted_id_never_blocks_a_completion_or_a_revocation(
    attacker, settings
):
    """Defence in depth: should the key ever leak, the clash is stored under another id."""
    from certificates.services import certificate_revoke
    from tracking.builders import derived_statement_id

    course, lessons, quiz = course_with_assessment()
    registration = registration_current(user=attacker.user, course=course)
    squatted = derived_statement_id(f"course-completed|{registration}|{course.translation_key}")
    squat = squatting(attacker, course, squatted)
    assert attacker.put_statement(squat).status_code == 204
    finish_lessons(attacker.user, lessons)
    assert take(attacker.user, course, quiz, right=True).passed
    certificate = Certificate.objects.get(user=attacker.user)
    revoked_id = derived_statement_id(f"certificate-revoked|{certificate.code}")
    assert attacker.put_statement({**squat, "id": revoked_id}).status_code == 204
    admin = factories.UserFactory(is_superuser=True, is_staff=True)
    certificate_revoke(certificate=certificate, by=admin, reason="test")
    certificate.refresh_from_db()
    assert certificate.revoked_at is not None
    assert Statement.objects.filter(verb_iri=v.platform_iri(v.VERB_CERTIFICATE_REVOKED)).exists()


def test_a_manager_reads_which_records_the_platform_verified_and_which_the_learner_sent(
    attacker, unit
):
    course, lessons, _quiz = course_with_assessment()
    finish_lessons(attacker.user, lessons[:1])
    attacker.put_statement(
        completed(attacker.actor, activity_ref_for(course).iri, str(uuid.uuid4()))
    )
    manager = Client()
    manager.force_login(factories.manager(unit))
    page = manager.get(f"/en/dashboard/learners/{attacker.user.uuid}/").content.decode()
    rows = page.split('id="learner-statements"', 1)[1].split("</table>", 1)[0].split("<tr>")[2:]
    # The page names the course (the name the LRS knows for its activity), not its IRI.
    claims = [row for row in rows if course.title in row and "Completed" in row]
    assert any("Learner&#x27;s device" in row or "Learner's device" in row for row in claims)
    assert any("Platform (verified)" in row for row in rows)
