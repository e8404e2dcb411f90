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


# -- the package detail screen ---------------------------------------------------------------

SEQUENCED_2004 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="seq" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>Sequenced course</title>
      <item identifier="INTRO" identifierref="R_INTRO"><title>Introduction</title></item>
      <item identifier="QUIZ" identifierref="R_QUIZ"><title>Quiz</title>
        <imsss:sequencing>
          <imsss:sequencingRules>
            <imsss:preConditionRule>
              <imsss:ruleConditions>
                <imsss:ruleCondition condition="satisfied"/>
              </imsss:ruleConditions>
              <imsss:ruleAction action="skip"/>
            </imsss:preConditionRule>
          </imsss:sequencingRules>
        </imsss:sequencing>
      </item>
      <imsss:sequencing><imsss:controlMode choice="false" flow="true"/></imsss:sequencing>
    </organization>
  </organizations>
  <resources>
    <resource identifier="R_INTRO" type="webcontent" adlcp:scormType="sco" href="intro.html">
      <file href="intro.html"/></resource>
    <resource identifier="R_QUIZ" type="webcontent" adlcp:scormType="sco" href="quiz.html">
      <file href="quiz.html"/></resource>
  </resources>
</manifest>
"""


def scorm12_with_mastery() -> dict:
    scos = [
        ("intro", "Welcome", "intro/index.html"),
        ("check", "Knowledge check", "check/index.html"),
    ]
    files = f.scorm_package("1.2", scos=scos, title="Port inspections")
    files["imsmanifest.xml"] = f.scorm_manifest(
        "1.2", "Port inspections", scos, item_extra="<adlcp:masteryscore>80</adlcp:masteryscore>"
    )
    return files


def sequenced_2004() -> dict:
    page = "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>"
    return {"imsmanifest.xml": SEQUENCED_2004, "intro.html": page, "quiz.html": page}


def test_the_import_leads_to_the_package_detail_screen(trainer_client):
    response = upload(trainer_client, f.scorm_package("1.2", title="Interview basics"))
    package = Package.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/packages/{package.key}/"
    page = trainer_client.get(response["Location"])
    assert "“Interview basics” was imported as version 1." in page.content.decode()


def test_the_index_links_each_package_to_its_detail_screen(trainer_client):
    upload(trainer_client, f.scorm_package("1.2", title="Interview basics"))
    package = Package.objects.get()
    html = trainer_client.get("/admin/packages/").content.decode()
    assert f'href="/admin/packages/{package.key}/"' in html


def test_the_detail_of_a_scorm_12_package_shows_its_scos_and_mastery_score(trainer_client, learner):
    from packages.models import PackageAttempt

    upload(trainer_client, scorm12_with_mastery())
    package = Package.objects.get()
    version = package.latest_version()
    PackageAttempt.objects.create(user=learner, version=version)
    response = trainer_client.get(f"/admin/packages/{package.key}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Welcome" in html and "Knowledge check" in html
    assert "<code>intro</code>" in html and "<code>check/index.html</code>" in html
    assert "Mastery score" in html and "<td>80</td>" in html
    assert "SCORM 1.2" in html
    assert f"/en/packages/{package.key}/" in html
    assert "scored at or above it; a failed SCO does not count" in html
    assert response.context["learners_started"] == 1
    assert response.context["learners_completed"] == 0
    assert "Sequencing" not in html
    assert "package.zip" in html  # the versions list names the uploaded file


def test_the_detail_of_a_sequenced_scorm_2004_package_says_how_its_sequencing_runs(
    trainer_client,
):
    response = upload(trainer_client, sequenced_2004(), name="sequenced.zip")
    assert response.status_code == 302
    package = Package.objects.get()
    # Reached on a loopback name, content has an origin of its own: the engine runs it.
    html = trainer_client.get(
        f"/admin/packages/{package.key}/", HTTP_HOST="127.0.0.1:8000"
    ).content.decode()
    assert "runs this sequencing with its SCORM 2004 sequencing engine" in html
    assert 'class="help-block help-warning"' not in html
    # Without an origin for content, the player cannot: the admin is warned.
    html = trainer_client.get(f"/admin/packages/{package.key}/").content.decode()
    assert 'class="help-block help-warning"' in html
    assert "cannot run this sequencing" in html
    assert "Control mode: <code>choice=false</code>" in html
    assert "Pre-condition rule: <code>skip</code>" in html
    assert "Rule condition: <code>satisfied</code>" in html
    assert "has no sequencing" not in html


def test_a_scorm_2004_package_without_sequencing_says_it_has_none(trainer_client):
    upload(trainer_client, f.scorm_package("2004", title="Plain"))
    package = Package.objects.get()
    html = trainer_client.get(f"/admin/packages/{package.key}/").content.decode()
    assert "This package has no sequencing" in html
    assert "help-warning" not in html
    assert "counts as completed" in html


def test_an_unknown_package_key_is_404(trainer_client):
    response = trainer_client.get("/admin/packages/00000000-0000-4000-8000-000000000000/")
    assert response.status_code == 404


def test_learners_cannot_reach_the_detail_screen(client, write_file):
    path = write_file("p.zip", f.zip_bytes(f.scorm_package("1.2")))
    call_command("packages", "import", str(path))
    package = Package.objects.get()
    client.force_login(factories.UserFactory())
    response = client.get(f"/admin/packages/{package.key}/")
    assert response.status_code in (302, 403)
    assert "Part one" not in response.content.decode()


def test_the_detail_screen_is_in_french_for_a_french_trainer(client):
    from wagtail.users.models import UserProfile

    trainer = factories.trainer()
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(trainer)
    upload(client, sequenced_2004(), name="sequenced.zip")
    package = Package.objects.get()
    html = client.get(f"/admin/packages/{package.key}/").content.decode()
    assert "Unités lançables" in html
    assert "Comment l’achèvement est décidé" in html
    assert "Séquencement trouvé dans le manifeste" in html
    assert "Launchable units" not in html


def test_the_screens_offer_delete_only_to_whom_may_delete(trainer_client, client):
    """Trainers import and change packages but may not delete them: they are not shown
    a Delete button that would only lead to a refusal. An administrator is."""
    upload(trainer_client, f.scorm_package("1.2", title="Interview basics"))
    package = Package.objects.get()
    delete_url = f"/admin/packages/{package.key}/delete/"
    for url in ("/admin/packages/", f"/admin/packages/{package.key}/"):
        html = trainer_client.get(url).content.decode()
        assert "Interview basics" in html
        assert delete_url not in html
    # Wagtail sends a refused user back to the admin home, and nothing is deleted.
    for response in (trainer_client.get(delete_url), trainer_client.post(delete_url)):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert Package.objects.filter(pk=package.pk).exists()

    client.force_login(factories.UserFactory(is_staff=True, is_superuser=True))
    for url in ("/admin/packages/", f"/admin/packages/{package.key}/"):
        assert delete_url in client.get(url).content.decode()
