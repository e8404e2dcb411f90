"""Exporting a native course as a cmi5 or SCORM 1.2 package: the package is valid (this
importer, run by another platform, reads it back), has one unit per lesson with the
lesson's body, and comes from the admin and the command line."""

import io
import zipfile

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from packages.export import ExportRefused, course_export
from packages.models import PackageLessonPage
from packages.services import package_import
from tests import factories
from tests.packages import fixtures as f
from tracking import vocabulary as v

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    page, lessons = factories.course(title="Trafficking awareness", lessons=2)
    return page, lessons


def reimport(write_file, content: bytes):
    """Import the export as another platform running this code would: its ids are this
    platform's, which this platform's own importer refuses (they are in its namespace)."""
    with override_settings(
        SITE_URL="https://other-lms.example", XAPI_PLATFORM_IRI="https://other-lms.example/xapi"
    ):
        return package_import(path=write_file("export.zip", content), filename="export.zip")


def test_a_cmi5_export_is_a_valid_cmi5_course_with_one_au_per_lesson(course, write_file):
    page, lessons = course
    content = course_export(course=page, kind="cmi5", language="en")
    version = reimport(write_file, content)
    assert version.kind == "cmi5"
    assert version.structure["course"]["identifier"] == v.activity_iri(
        "course", str(page.translation_key)
    )
    assert [au["identifier"] for au in version.items] == [
        v.activity_iri("lesson", str(lesson.translation_key)) for lesson in lessons
    ]
    assert {au["moveOn"] for au in version.items} == {"Completed"}
    assert version.items[0]["titles"] == {"en-CA": "Lesson 1", "fr-CA": "Leçon 1"}
    archive = zipfile.ZipFile(io.BytesIO(content))
    html = archive.read("lessons/1/index.html").decode()
    assert "Body of lesson 1." in html and 'src="../../au.js"' in html
    assert "au.js" in archive.namelist()


def test_a_scorm_12_export_is_a_valid_scorm_package_with_one_sco_per_lesson(course, write_file):
    page, _lessons = course
    version = reimport(write_file, course_export(course=page, kind="scorm12", language="fr"))
    assert version.kind == "scorm12"
    assert [item["title"] for item in version.items] == ["Leçon 1", "Leçon 2"]
    assert version.package.title == "Trafficking awareness (FR)"


def test_the_lessons_are_rendered_in_the_language_asked_for(course):
    page, _lessons = course
    archive = zipfile.ZipFile(io.BytesIO(course_export(course=page, kind="cmi5", language="fr")))
    html = archive.read("lessons/2/index.html").decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert "Corps de la leçon 2." in html


def test_package_lessons_are_left_out(course, write_file):
    page, _lessons = course
    version = reimport(write_file, f.zip_bytes(f.scorm_package("1.2")))
    child = page.add_child(
        instance=PackageLessonPage(title="Simulation", slug="simulation", package=version.package)
    )
    child.save_revision().publish()
    archive = zipfile.ZipFile(io.BytesIO(course_export(course=page, kind="scorm12")))
    assert "lessons/3/index.html" not in archive.namelist()


def test_an_unknown_format_is_refused(course):
    with pytest.raises(ExportRefused, match="format"):
        course_export(course=course[0], kind="aicc")


def test_the_admin_downloads_an_export(client, course):
    page, _lessons = course
    client.force_login(factories.trainer())
    response = client.post(
        "/admin/packages/export/", {"course": page.pk, "format": "cmi5", "language": "en"}
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment;" in response["Content-Disposition"]
    assert "cmi5.xml" in zipfile.ZipFile(io.BytesIO(response.content)).namelist()


def test_the_command_writes_an_export(course, tmp_path, capsys):
    page, _lessons = course
    output = tmp_path / "course.zip"
    call_command(
        "packages",
        "export",
        str(page.translation_key),
        "--format",
        "scorm12",
        "--output",
        str(output),
    )
    assert "imsmanifest.xml" in zipfile.ZipFile(output).namelist()
    with pytest.raises(CommandError, match="course: no course"):
        call_command("packages", "export", "nope", "--output", str(output))
