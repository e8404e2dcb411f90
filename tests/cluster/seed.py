"""What the cluster tests need in the cluster's database, made through the platform's
own services in a process of the cluster (``manage.py shell``, production settings):
an agency with a manager and a learner, a course, an LRS client and a content package.
Every name is new on each run, so a database kept from an earlier run serves again.
Prints one line of JSON."""

import hashlib
import json
import secrets
import tempfile
from pathlib import Path

from django.urls import reverse
from django.utils import translation

from courses.models import CoursePage, LessonPage
from lrs.services import lrs_client_create
from organisations.models import LearnerProfile, ManagerScope, User
from organisations.services import org_unit_create
from packages.services import package_import
from tests import factories
from tests.packages import fixtures as package_fixtures

PASSWORD = "cluster-test-password"

# A file for range requests: every byte at a known place.
MEDIA = bytes(hashlib.sha256(str(block).encode()).digest()[0] for block in range(65536))


def _user(username: str) -> User:
    return User.objects.create_user(username=username, password=PASSWORD)


def main() -> None:
    run = secrets.token_hex(4)
    agency = org_unit_create(
        code=f"cluster-{run}", name_en="Cluster agency", name_fr="Agence", kind="agency"
    )
    unit = org_unit_create(
        code=f"cluster-{run}-port", name_en="Port", name_fr="Port", kind="unit", parent=agency
    )
    manager = _user(f"cluster-manager-{run}")
    ManagerScope.objects.create(manager=manager, org_unit=agency)
    learner = _user(f"cluster-learner-{run}")
    LearnerProfile.objects.create(user=learner, org_unit=unit)

    index = factories.catalogue()
    course = factories._publish(
        index.add_child(instance=CoursePage(title="Cluster course", slug=f"cluster-{run}"))
    )
    lesson = factories._publish(
        course.add_child(
            instance=LessonPage(
                title="Cluster lesson", slug="lesson-1", body=factories.paragraph("<p>Body</p>")
            )
        )
    )

    key, secret = f"cluster-{run}", secrets.token_urlsafe(16)
    lrs_client_create(name=f"Cluster {run}", key=key, secret=secret, scopes=["all"])

    files = package_fixtures.tincan_package(activity_id=f"https://example.org/cluster/{run}")
    files["media/clip one.bin"] = MEDIA
    files["styles/site.css"] = "body { color: black; }"
    files["notes/odd?name#1%.txt"] = "odd"
    with tempfile.TemporaryDirectory() as folder:
        upload = Path(folder) / "package.zip"
        upload.write_bytes(package_fixtures.zip_bytes(files))
        version = package_import(path=upload, filename="package.zip")

    with translation.override("en"):
        sign_in = reverse("login")
        verify = reverse("certificates:verify", args=["CERT-AAAA-BBBB-CCCC"])
        dashboard = reverse("dashboards:manager")
    print(
        json.dumps(
            {
                "password": PASSWORD,
                "manager": manager.username,
                "learner": learner.username,
                "lesson": lesson.url,
                "lrs_key": key,
                "lrs_secret": secret,
                "package": str(version.uuid),
                "media": "media/clip one.bin",
                "media_sha256": hashlib.sha256(MEDIA).hexdigest(),
                "sign_in": sign_in,
                "verify": verify,
                "dashboard": dashboard,
            }
        )
    )
