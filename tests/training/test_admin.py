"""Requirements, targets and exemptions in the Wagtail admin, with a scope preview."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests import factories
from tests.training.helpers import requirement
from training import rules
from training.models import Assignment, Exemption, Requirement, Target
from training.selectors.status import assignments_with_status
from training.selectors.targets import target_progress
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db

URL = "/admin/training/requirements/"


@pytest.fixture
def admin_client(client):
    client.force_login(factories.UserFactory(is_superuser=True, is_staff=True))
    return client


def form_data(course_page, **overrides):
    data = {
        "name_en": "Trafficking in persons awareness",
        "name_fr": "Sensibilisation à la traite de personnes",
        "description": "",
        "courses-TOTAL_FORMS": "1",
        "courses-INITIAL_FORMS": "0",
        "courses-MIN_NUM_FORMS": "1",
        "courses-MAX_NUM_FORMS": "1000",
        "courses-0-course": str(course_page.pk),
        "courses-0-ORDER": "1",
        "courses-0-id": "",
        "due_rule": "days_after_start_date",
        "due_date": "",
        "due_days": "90",
        "recurrence": "once",
        "recurrence_months": "",
        "anniversary": "",
        "window_days": "0",
        "grace_days": "0",
        "is_active": "on",
    }
    data.update(overrides)
    return data


def test_an_administrator_expresses_the_new_officer_commitment(admin_client, course, units, bso):
    """Every new border services officer completes the training within 90 days of
    starting; saving the requirement assigns it at once."""
    page, _ = course
    officer = factories.learner(units["yvr"])
    officer.learner_profile.start_date = timezone.localdate()
    officer.learner_profile.save()

    response = admin_client.post(URL + "new/", form_data(page, audiences=[str(bso.pk)]))

    assert response.status_code == 302, response.content.decode()[:2000]
    item = Requirement.objects.get()
    assert item.course_keys() == [str(page.translation_key)]
    row = Assignment.objects.get(user=officer, requirement=item)
    assert row.due_on == timezone.localdate() + timedelta(days=90)


def test_an_administrator_expresses_the_existing_officer_commitment(
    admin_client, course, units, bso
):
    """Existing officers who have not completed it do so by a fixed date."""
    page, _ = course
    officer = factories.learner(units["douglas"])
    deadline = timezone.localdate() + timedelta(days=120)
    data = form_data(
        page,
        audiences=[str(bso.pk)],
        org_units=[str(units["region"].pk)],
        due_rule="fixed_date",
        due_date=deadline.isoformat(),
        due_days="",
    )
    assert admin_client.post(URL + "new/", data).status_code == 302
    assert Assignment.objects.get(user=officer).due_on == deadline


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"due_rule": "fixed_date", "due_date": "2001-01-01", "due_days": ""}, "due_date", "past"),
        ({"due_rule": "fixed_date", "due_date": "", "due_days": ""}, "due_date", "Required"),
        ({"recurrence": "once", "recurrence_months": "12"}, "recurrence_months", "Leave empty"),
        ({"recurrence": "fixed_anniversary", "recurrence_months": "12"}, "anniversary", "Required"),
        ({"audiences": []}, "audiences", "at least one audience"),
    ],
)
def test_contradictory_rules_are_refused_naming_the_field(
    admin_client, course, units, bso, overrides, field, message
):
    page, _ = course
    data = form_data(page, audiences=[str(bso.pk)])
    data.update(overrides)
    response = admin_client.post(URL + "new/", data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors
    assert message in " ".join(errors[field])
    assert not Requirement.objects.exists()


def test_excluding_what_is_included_is_refused(admin_client, course, units, bso):
    page, _ = course
    data = form_data(
        page,
        audiences=[str(bso.pk)],
        excluded_audiences=[str(bso.pk)],
        org_units=[str(units["yvr"].pk)],
        excluded_org_units=[str(units["region"].pk)],
    )
    response = admin_client.post(URL + "new/", data)
    errors = response.context["form"].errors
    assert "excluded_audiences" in errors and "excluded_org_units" in errors


def test_the_preview_counts_who_would_be_covered_before_saving(admin_client, course, units, bso):
    page, _ = course
    for _ in range(3):
        factories.learner(units["yvr"])
    factories.learner(units["police"])
    response = admin_client.post(
        URL + "preview/", {"audiences": [str(bso.pk)], "org_units": [str(units["region"].pk)]}
    )
    assert response.status_code == 200
    assert response.context["preview"].count == 3
    assert "3 learners are covered" in response.content.decode()
    assert not Requirement.objects.exists()


def test_the_preview_refuses_unknown_units_and_visitors(admin_client, client):
    bad = admin_client.post(URL + "preview/", {"org_units": ["999999"]})
    assert bad.status_code == 400
    assert "org_units" in bad.context["form"].errors


def test_an_exemption_reads_exempt_and_records_who_granted_it(admin_client, course, units, bso):
    page, _ = course
    officer = factories.learner(units["yvr"])
    item = requirement(courses=[page], audiences=[bso])
    assignments_materialise()
    response = admin_client.post(
        "/admin/training/exemptions/new/",
        {"requirement": item.pk, "user": officer.pk, "reason": "  ", "expires_on": ""},
    )
    assert "reason" in response.context["form"].errors
    response = admin_client.post(
        "/admin/training/exemptions/new/",
        {"requirement": item.pk, "user": officer.pk, "reason": "On long-term leave"},
    )
    assert response.status_code == 302
    exemption = Exemption.objects.get()
    assert exemption.granted_by is not None
    row = assignments_with_status(queryset=Assignment.objects.filter(user=officer)).get()
    assert row.status == rules.EXEMPT


def test_targets_show_attainment_and_trajectory(admin_client, course, units, bso):
    from tests.training.helpers import at, complete

    page, _ = course
    learners = [factories.learner(units["yvr"]) for _ in range(4)]
    complete(learners[0], page, at(timezone.localdate()))
    item = requirement(courses=[page], audiences=[bso])
    assignments_materialise()
    response = admin_client.post(
        "/admin/training/targets/new/",
        {
            "requirement": item.pk,
            "org_unit": units["region"].pk,
            "percentage": "150",
            "deadline": "2030-03-31",
        },
    )
    assert "percentage" in response.context["form"].errors
    target = Target.objects.create(
        requirement=item,
        org_unit=units["region"],
        percentage=100,
        deadline=timezone.localdate() + timedelta(days=56),
    )
    progress = target_progress(target=target)
    assert (progress.population, progress.completed, progress.attainment) == (4, 1, 25)
    assert progress.needed == 3
    # One completion in 28 days, carried over 56 more days: 3 of 4 by the deadline.
    assert progress.projected == 75 and not progress.on_track
    listing = admin_client.get("/admin/training/targets/")
    assert "25% now, 75% projected (behind)" in listing.content.decode()


def test_a_requirement_with_assignments_cannot_be_deleted_only_deactivated(
    admin_client, course, units, bso
):
    page, _ = course
    factories.learner(units["yvr"])
    item = requirement(courses=[page], audiences=[bso])
    assignments_materialise()
    admin_client.post(f"{URL}delete/{item.pk}/")
    assert Requirement.objects.filter(pk=item.pk).exists()
    assert Assignment.objects.filter(requirement=item).count() == 1


def test_the_admin_screens_open_with_the_preview_button(admin_client, course, units, bso):
    page, _ = course
    item = requirement(courses=[page], audiences=[bso])
    new = admin_client.get(URL + "new/")
    assert new.status_code == 200
    assert "Preview who it applies to" in new.content.decode()
    assert admin_client.get(f"{URL}edit/{item.pk}/").status_code == 200
    assert admin_client.get(URL).status_code == 200
    assert admin_client.get("/admin/training/targets/").status_code == 200
    assert admin_client.get("/admin/training/exemptions/new/").status_code == 200


def test_learners_cannot_use_the_preview(client, units):
    client.force_login(factories.learner(units["yvr"]))
    response = client.post(URL + "preview/", {})
    assert response.status_code in (302, 403)


def test_assignment_history_can_be_read_but_not_edited(admin_client, course, units, bso):
    page, _ = course
    officer = factories.learner(units["yvr"], last_name="Tremblay")
    requirement(courses=[page], audiences=[bso])
    assignments_materialise()
    officer.learner_profile.org_unit = units["police"]
    officer.learner_profile.save()
    listing = admin_client.get("/admin/training/assignments/")
    assert listing.status_code == 200
    assert "No longer in the requirement" in listing.content.decode()
    row = Assignment.objects.get(user=officer)
    assert admin_client.get(f"/admin/training/assignments/inspect/{row.pk}/").status_code == 200
    assert admin_client.get("/admin/training/assignments/new/").status_code in (302, 403)
    edit = admin_client.post(f"/admin/training/assignments/edit/{row.pk}/", {"requirement": ""})
    assert edit.status_code in (302, 403)
    delete = admin_client.post(f"/admin/training/assignments/delete/{row.pk}/")
    assert delete.status_code in (302, 403)
    assert Assignment.objects.filter(pk=row.pk).exists()
