"""People and units from HR files: ``manage.py import_people``, dry run, problems named by
row and column, idempotent runs, moves with history and assignments that follow, and
people deactivated (never deleted) when a full import leaves them out."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command

from organisations.models import (
    Audience,
    LearnerProfile,
    ManagerScope,
    OrgUnit,
    PeopleImport,
    UnitMembership,
    User,
)
from tests import factories
from tests.training.helpers import requirement
from training.models import Assignment

pytestmark = pytest.mark.django_db

UNITS = """unit_code,name_en,name_fr,parent_code,kind
cbsa,Border agency,Agence des services frontaliers,,agency
pacific,Pacific,Pacifique,cbsa,region
yvr,YVR,YVR,pacific,unit
douglas,Douglas,Douglas,pacific,unit
"""

HEADER = "employee_number,first_name,last_name,email,unit_code"
PEOPLE = f"""{HEADER},audiences,start_date,language,manager_of
1001,Alex,Martin,alex.martin@example.gc.ca,yvr,bso,2026-01-05,fr,
1002,Sam,Roy,sam.roy@example.gc.ca,yvr,bso,2025-09-01,en,
1003,Lee,Tremblay,lee.tremblay@example.gc.ca,douglas,bso;cadet,,en,
2001,Kim,Côté,kim.cote@example.gc.ca,pacific,,2020-03-01,fr,pacific
"""


@pytest.fixture
def audiences(db):
    Audience.objects.create(code="bso", name_en="Border services officer", name_fr="Agent")
    Audience.objects.create(code="cadet", name_en="Police cadet", name_fr="Cadet")


@pytest.fixture
def files(tmp_path, audiences):
    def write(name, text):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


def run(*args, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_people", *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def test_a_first_import_builds_the_tree_and_the_people(files):
    out, _ = run(files("units.csv", UNITS), files("people.csv", PEOPLE), as_of="2026-12-01")

    assert "units created: 4" in out and "people created: 4" in out
    yvr = OrgUnit.objects.get(code="yvr")
    assert yvr.path_label == "Border agency › Pacific › YVR"
    alex = LearnerProfile.objects.select_related("user", "org_unit").get(employee_number="1001")
    assert (alex.user.first_name, alex.user.email, alex.org_unit.code) == (
        "Alex",
        "alex.martin@example.gc.ca",
        "yvr",
    )
    assert (alex.preferred_language, alex.start_date) == ("fr", datetime.date(2026, 1, 5))
    assert not alex.user.has_usable_password()  # they sign in through the agency
    lee = LearnerProfile.objects.get(employee_number="1003")
    assert set(lee.audiences.values_list("code", flat=True)) == {"bso", "cadet"}
    kim = User.objects.get(learner_profile__employee_number="2001")
    assert list(
        ManagerScope.objects.filter(manager=kim).values_list("org_unit__code", flat=True)
    ) == ["pacific"]
    assert UnitMembership.objects.get(profile=alex, ended_on=None).org_unit == yvr
    record = PeopleImport.objects.get()
    assert record.summary["people_created"] == 4 and record.as_of == datetime.date(2026, 12, 1)


def test_the_same_files_again_change_nothing(files):
    units, people = files("units.csv", UNITS), files("people.csv", PEOPLE)
    run(units, people)
    before = (
        list(User.objects.order_by("pk").values()),
        list(LearnerProfile.objects.order_by("pk").values()),
        list(UnitMembership.objects.order_by("pk").values()),
        list(ManagerScope.objects.order_by("pk").values()),
    )
    out, _ = run(units, people)
    assert "people created: 0" in out and "people updated: 0" in out and "people moved: 0" in out
    after = (
        list(User.objects.order_by("pk").values()),
        list(LearnerProfile.objects.order_by("pk").values()),
        list(UnitMembership.objects.order_by("pk").values()),
        list(ManagerScope.objects.order_by("pk").values()),
    )
    assert before == after


def test_a_dry_run_says_what_would_change_and_changes_nothing(files):
    units, people = files("units.csv", UNITS), files("people.csv", PEOPLE)
    run(units, people, as_of="2026-11-01")
    moved = PEOPLE.replace(
        "1002,Sam,Roy,sam.roy@example.gc.ca,yvr", "1002,Sam,Roy,sam.roy@example.gc.ca,douglas"
    )
    moved = "\n".join(line for line in moved.splitlines() if not line.startswith("1003"))

    out, _ = run(files("people2.csv", moved), dry_run=True, full=True)

    assert "would change" in out
    assert "people moved: 1" in out and "moved 1002: yvr → douglas" in out
    assert "people deactivated: 1" in out and "deactivated 1003" in out
    assert LearnerProfile.objects.get(employee_number="1002").org_unit.code == "yvr"
    assert User.objects.get(learner_profile__employee_number="1003").is_active
    assert PeopleImport.objects.count() == 1


def test_every_problem_is_named_by_row_and_column_and_nothing_is_imported(files):
    bad = PEOPLE + (
        "1001,Twice,Again,other@example.gc.ca,yvr,,,en,\n"
        "1004,No,Unit,no.unit@example.gc.ca,nowhere,,,en,\n"
        "1005,Bad,Date,bad.date@example.gc.ca,yvr,,2026-13-45,de,\n"
        "1006,Bad,Mail,not-an-address,yvr,ghost,,en,\n"
        ",No,Number,no.number@example.gc.ca,yvr,,,en,\n"
    )
    err = io.StringIO()
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command(
            "import_people",
            files("u3.csv", UNITS),
            files("p3.csv", bad),
            stdout=io.StringIO(),
            stderr=err,
        )
    problems = err.getvalue()
    assert "p3.csv, row 6, column employee_number: also on row 2" in problems
    assert "p3.csv, row 7, column unit_code: no unit has the code “nowhere”" in problems
    assert "p3.csv, row 8, column start_date: not a date (YYYY-MM-DD)" in problems
    assert "p3.csv, row 8, column language: must be en or fr" in problems
    assert "p3.csv, row 9, column email: not an e-mail address" in problems
    assert "p3.csv, row 9, column audiences: no audience has the code “ghost”" in problems
    assert "p3.csv, row 10, column employee_number: required" in problems
    assert not OrgUnit.objects.exists() and not LearnerProfile.objects.exists()
    assert not PeopleImport.objects.exists()


def test_a_file_missing_a_column_or_not_a_table_is_refused(files, tmp_path):
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_people",
            files("people.csv", "employee_number,first_name,email\n1,A,a@example.org\n"),
            stderr=err,
        )
    assert "people.csv, row 1, column last_name: this column is missing" in err.getvalue()
    assert "people.csv, row 1, column unit_code: this column is missing" in err.getvalue()
    (tmp_path / "sheet.xlsx").write_bytes(b"not a workbook")
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_people", str(tmp_path / "sheet.xlsx"), stderr=err)
    assert "sheet.xlsx: not a readable XLSX workbook" in err.getvalue()
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_people", str(tmp_path / "absent.csv"))


def test_a_workbook_with_a_sheet_of_units_and_one_of_people(tmp_path, audiences):
    from openpyxl import Workbook

    workbook = Workbook()
    units = workbook.active
    units.title = "units"
    for line in UNITS.splitlines():
        units.append(line.split(","))
    people = workbook.create_sheet("people")
    for line in PEOPLE.splitlines():
        cells = line.split(",")
        if cells[6] == "2026-01-05":
            cells[6] = datetime.date(2026, 1, 5)  # a date cell, as spreadsheets keep them
        if cells[0] == "1002":
            cells[0] = 1002  # a number cell
        people.append(cells)
    workbook.save(tmp_path / "hr.xlsx")

    out, _ = run(str(tmp_path / "hr.xlsx"))

    assert "units created: 4" in out and "people created: 4" in out
    assert LearnerProfile.objects.get(employee_number="1001").start_date == datetime.date(
        2026, 1, 5
    )
    assert LearnerProfile.objects.filter(employee_number="1002").exists()


def test_a_move_keeps_the_history_and_the_assignments_follow(files):
    run(files("units.csv", UNITS), files("people.csv", PEOPLE), as_of="2026-06-01")
    course, _lessons = factories.course()
    yvr_only = requirement(courses=[course], units=[OrgUnit.objects.get(code="yvr")])
    sam = User.objects.get(learner_profile__employee_number="1002")
    call_command("materialise_assignments", stdout=io.StringIO())
    assert Assignment.objects.filter(requirement=yvr_only, user=sam, closed_at=None).exists()

    moved = PEOPLE.replace(
        "1002,Sam,Roy,sam.roy@example.gc.ca,yvr", "1002,Sam,Roy,sam.roy@example.gc.ca,douglas"
    )
    run(files("people2.csv", moved), as_of="2026-12-01")

    profile = LearnerProfile.objects.get(user=sam)
    assert profile.org_unit.code == "douglas"
    history = list(
        UnitMembership.objects.filter(profile=profile).values_list(
            "org_unit__code", "started_on", "ended_on"
        )
    )
    assert history == [
        ("yvr", datetime.date(2025, 9, 1), datetime.date(2026, 11, 30)),
        ("douglas", datetime.date(2026, 12, 1), None),
    ]
    closed = Assignment.objects.get(requirement=yvr_only, user=sam)
    assert closed.closed_at is not None and closed.closed_reason == "out_of_scope"


def test_people_left_out_of_a_full_import_are_deactivated_not_deleted(files):
    run(files("units.csv", UNITS), files("people.csv", PEOPLE), as_of="2026-06-01")
    course, _lessons = factories.course()
    everyone = requirement(courses=[course], units=[OrgUnit.objects.get(code="cbsa")])
    call_command("materialise_assignments", stdout=io.StringIO())
    lee = User.objects.get(learner_profile__employee_number="1003")
    admin = User.objects.get(learner_profile__employee_number="2001")
    User.objects.filter(pk=admin.pk).update(is_superuser=True)
    remaining = "\n".join(
        line for line in PEOPLE.splitlines() if not line.startswith(("1003", "2001"))
    )

    out, _ = run(files("people2.csv", remaining + "\n"), full=True, as_of="2026-12-01")

    assert "deactivated 1003" in out
    assert "kept active 2001: an administrator, missing from the file" in out
    lee.refresh_from_db()
    assert not lee.is_active and LearnerProfile.objects.filter(user=lee).exists()
    assert User.objects.get(pk=admin.pk).is_active
    assignment = Assignment.objects.get(requirement=everyone, user=lee)
    assert assignment.closed_at is not None
    assert UnitMembership.objects.get(profile__user=lee).ended_on == datetime.date(2026, 11, 30)

    # Back in the next file: active again, in scope again.
    run(files("people3.csv", PEOPLE), as_of="2026-12-15")
    lee.refresh_from_db()
    assert lee.is_active
    assert Assignment.objects.filter(requirement=everyone, user=lee, closed_at=None).exists()


def test_a_local_account_with_the_same_address_is_linked_not_duplicated(files):
    unit = factories.org_unit("Somewhere")
    local = factories.learner(unit, email="Sam.Roy@example.gc.ca", username="sroy")

    run(files("units.csv", UNITS), files("people.csv", PEOPLE))

    assert User.objects.filter(email__iexact="sam.roy@example.gc.ca").count() == 1
    profile = LearnerProfile.objects.get(user=local)
    assert (profile.employee_number, profile.org_unit.code) == ("1002", "yvr")


def test_an_address_of_another_employee_is_refused(files):
    run(files("units.csv", UNITS), files("people.csv", PEOPLE))
    taken = PEOPLE + "1007,New,Person,alex.martin@example.gc.ca,yvr,,,en,\n"
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_people", files("people2.csv", taken), stderr=err)
    assert "row 6, column email: also on row 2" in err.getvalue()
    alone = f"{HEADER}\n1007,New,Person,alex.martin@example.gc.ca,yvr\n"
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_people", files("people3.csv", alone), stderr=err)
    assert "row 2, column email: already the address of employee 1001" in err.getvalue()
    assert not LearnerProfile.objects.filter(employee_number="1007").exists()


def upload(name, text):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, text.encode("utf-8"))


@pytest.fixture
def admin_client(client, audiences):
    client.force_login(factories.UserFactory(is_staff=True, is_superuser=True))
    return client


URL = "/admin/organisation/import/"


def test_in_the_admin_the_files_are_checked_then_imported_as_checked(admin_client):
    page = admin_client.get(URL)
    assert page.status_code == 200 and "No import has been run yet." in page.content.decode()

    checked = admin_client.post(
        URL,
        {
            "units": upload("units.csv", UNITS),
            "people": upload("people.csv", PEOPLE),
            "as_of": "2026-12-01",
        },
    )
    html = checked.content.decode()
    assert checked.status_code == 200
    assert "What the import would change" in html
    assert '<th scope="row">People added</th><td>4</td>' in html
    assert not LearnerProfile.objects.exists()  # checked, not imported

    applied = admin_client.post(URL, {"apply": "1"}, follow=True)
    html = applied.content.decode()
    assert "Imported: 4 people added, 0 moved, 0 deactivated." in html
    assert LearnerProfile.objects.count() == 4
    record = PeopleImport.objects.get()
    assert record.source_name == "units.csv, people.csv" and record.run_by is not None
    assert "units.csv, people.csv" in html  # the history lists the run

    # The check is used once: applying again without a new check imports nothing.
    again = admin_client.post(URL, {"apply": "1"}, follow=True)
    assert "Check the files again before importing them." in again.content.decode()
    assert PeopleImport.objects.count() == 1


def test_in_the_admin_problems_are_listed_and_nothing_is_kept(admin_client):
    bad = PEOPLE + "1009,Bad,Unit,bad.unit@example.gc.ca,nowhere,,,en,\n"
    response = admin_client.post(URL, {"people": upload("people.csv", bad), "as_of": "2026-12-01"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Nothing was imported" in html
    assert "people.csv, row 6, column unit_code: no unit has the code “nowhere”" in html
    assert admin_client.post(URL, {"apply": "1"}).status_code == 302
    assert not LearnerProfile.objects.exists() and not PeopleImport.objects.exists()

    wrong = admin_client.post(URL, {"people": upload("people.pdf", PEOPLE), "as_of": "2026-12-01"})
    assert "Choose a CSV or XLSX file." in wrong.content.decode()
    none = admin_client.post(URL, {"as_of": "2026-12-01"})
    assert "Choose a file of units, of people, or both." in none.content.decode()


def test_the_french_admin_names_problems_in_french(client, audiences):
    user = factories.UserFactory(is_staff=True, is_superuser=True)
    from wagtail.users.models import UserProfile

    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language="fr"
    )
    client.force_login(user)
    bad = PEOPLE + "1009,Bad,Unit,bad.unit@example.gc.ca,nowhere,,,de,\n"
    html = client.post(
        URL, {"people": upload("people.csv", bad), "as_of": "2026-12-01"}
    ).content.decode()
    assert "people.csv, ligne 6, colonne unit_code\u00a0: aucune unité n’a le code" in html
    assert "colonne language\u00a0: doit être en ou fr" in html


def test_only_whom_may_import_people_reaches_the_screen(client):
    client.force_login(factories.trainer())
    response = client.get(URL)
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    response = client.post(URL, {"people": upload("people.csv", PEOPLE), "as_of": "2026-12-01"})
    assert response.status_code == 302 and not LearnerProfile.objects.exists()
    client.logout()
    assert client.get(URL).status_code == 302


def test_a_move_made_in_the_admin_keeps_the_history_too(admin_client):
    units = factories.org_tree()
    user = factories.learner(units["yvr"])
    profile = LearnerProfile.objects.get(user=user)
    today = datetime.date.today()
    assert list(profile.unit_memberships.values_list("org_unit", "ended_on")) == [
        (units["yvr"].pk, None)
    ]
    profile.unit_memberships.update(started_on=datetime.date(2026, 1, 5))
    response = admin_client.post(
        f"/admin/organisation/learners/edit/{profile.pk}/",
        {
            "user": user.pk,
            "org_unit": units["douglas"].pk,
            "preferred_language": "en",
            "employee_number": "",
            "start_date": "",
        },
    )
    assert response.status_code == 302
    history = list(profile.unit_memberships.values_list("org_unit", "ended_on", "started_on"))
    assert history == [
        (units["yvr"].pk, today - datetime.timedelta(days=1), datetime.date(2026, 1, 5)),
        (units["douglas"].pk, None, today),
    ]
    # Moved back the same day: the day belongs to the last unit only.
    profile.refresh_from_db()
    profile.org_unit = units["yvr"]
    profile.save()
    assert list(profile.unit_memberships.values_list("org_unit", "ended_on")) == [
        (units["yvr"].pk, today - datetime.timedelta(days=1)),
        (units["yvr"].pk, None),
    ]
