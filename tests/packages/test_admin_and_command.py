"""The import screen in the Wagtail admin and ``manage.py packages import``."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from packages.models import Package
from tests import factories
from tests.packages import fixtures as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client):
    client.force_login(factories.trainer())
    return client


def upload(client, files=None, name="package.zip", raw=None, **data):
    content = raw if raw is not None else f.zip_bytes(files)
    return client.post(
        "/admin/packages/import/",
        {"file": SimpleUploadedFile(name, content), **data},
    )


def test_a_trainer_imports_a_package_and_sees_it_listed(trainer_client):
    response = upload(trainer_client, f.scorm_package("1.2", title="Interview basics"))
    assert response.status_code == 302
    package = Package.objects.get()
    listing = trainer_client.get("/admin/packages/")
    assert listing.status_code == 200
    assert "Interview basics" in listing.content.decode()
    assert f"/en/packages/{package.key}/" in listing.content.decode()


def test_a_new_version_is_uploaded_for_an_existing_package(trainer_client):
    upload(trainer_client, f.scorm_package("1.2"))
    package = Package.objects.get()
    upload(trainer_client, f.scorm_package("1.2"), package=package.pk)
    assert list(package.versions.values_list("number", flat=True)) == [2, 1]


def test_an_invalid_package_shows_every_problem(trainer_client):
    files = f.scorm_package("1.2")
    del files["sco1/index.html"]
    files["../evil.html"] = "x"
    response = upload(trainer_client, files)
    assert response.status_code == 400
    html = response.content.decode()
    assert "2 problems were found" in html
    assert "zip.unsafe_path" in html and "scorm.launch_file_missing" in html
    assert not Package.objects.exists()


def test_a_file_that_is_neither_zip_nor_xml_is_refused_by_the_form(trainer_client):
    response = upload(trainer_client, raw=b"hello", name="notes.txt")
    assert response.status_code == 200
    assert "Upload a .zip file, or a cmi5.xml file." in response.content.decode()


def test_learners_cannot_reach_the_import_screen(client):
    client.force_login(factories.UserFactory())
    response = client.get("/admin/packages/import/")
    assert response.status_code in (302, 403)
    assert not Package.objects.exists()


def test_the_command_prints_the_new_package(write_file, capsys):
    path = write_file("interview.zip", f.zip_bytes(f.scorm_package("2004", title="Interviews")))
    call_command("packages", "import", str(path))
    package = Package.objects.get()
    assert capsys.readouterr().out.strip() == (f"{package.key} scorm2004 version 1: Interviews")


def test_the_command_lists_problems_and_fails_for_an_invalid_package(write_file, capsys):
    path = write_file("bad.zip", f.zip_bytes({"index.html": "<html></html>"}))
    with pytest.raises(CommandError) as caught:
        call_command("packages", "import", str(path))
    assert caught.value.returncode == 1
    assert "package.unknown_kind" in capsys.readouterr().err
    assert not Package.objects.exists()


def test_the_command_names_a_missing_file():
    with pytest.raises(CommandError, match="path: no such file"):
        call_command("packages", "import", "/nonexistent/package.zip")
