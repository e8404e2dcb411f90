"""What "make available offline" costs for each demo course, and how fast a device's
outbox is taken in when it comes back online. In process, through the same endpoints the
browser uses.

Prints, per demo course (English): the pages, files and bytes kept on the device, and
the server time to answer every request of a download (the course's package, each page
as an offline copy, the preparation of its final assessment); files are counted at
their size on disk (static files, uploaded media and documents). Then: 1,000 queued
statements sent one by one with the learner's session (PUT /xapi/statements, as
``offline/sync.js`` does), stored, projected, and sent a second time (a replay, which
stores nothing).
"""

import io
import json
import re
import time
import uuid
from datetime import timedelta
from html.parser import HTMLParser

from harness import bench_database, percentiles

QUEUED = 1000


class _Files(HTMLParser):
    """Same-origin files a page uses (as ``offline/download.js`` finds them)."""

    def __init__(self):
        super().__init__()
        self.urls: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in ("src", "poster"):
            if values.get(name):
                self.urls.add(values[name])
        if tag == "link" and values.get("href") and "stylesheet" in (values.get("rel") or ""):
            self.urls.add(values["href"])
        if values.get("srcset"):
            self.urls.update(part.strip().split()[0] for part in values["srcset"].split(","))
        if tag == "a" and re.match(r"^/(documents|media)/", values.get("href") or ""):
            self.urls.add(values["href"])


def _file_size(url: str) -> int:
    from django.conf import settings
    from django.contrib.staticfiles import finders
    from django.core.files.storage import default_storage
    from wagtail.documents.models import Document

    path = url.split("?")[0]
    if path.startswith(settings.STATIC_URL):
        found = finders.find(path[len(settings.STATIC_URL) :])
        return open(found, "rb").seek(0, 2) if found else 0
    if path.startswith(settings.MEDIA_URL):
        name = path[len(settings.MEDIA_URL) :]
        return default_storage.size(name) if default_storage.exists(name) else 0
    match = re.match(r"^/documents/(\d+)/", path)
    if match:
        document = Document.objects.filter(pk=match.group(1)).first()
        return document.file.size if document else 0
    return 0


def bench_downloads(learner):
    from django.test import Client

    from courses.models import CoursePage

    client = Client()
    client.force_login(learner)
    courses = CoursePage.objects.live().filter(locale__language_code="en").order_by("title")
    for course in courses:
        started = time.perf_counter()
        package = client.get(f"/en/offline/courses/{course.translation_key}/").json()
        files, page_bytes = set(), 0
        for url in package["pages"]:
            response = client.get(url, HTTP_X_OFFLINE_COPY="1")
            html = response.content.decode()
            page_bytes += len(response.content)
            parser = _Files()
            parser.feed(html)
            files.update(u for u in parser.urls if u.startswith("/"))
        csrf = client.get("/offline/session/").json()["csrf_token"]
        for quiz in package["quizzes"]:
            client.post(
                quiz["prepare_url"],
                json.dumps({"course": package["course"]["key"], "offline": True}),
                content_type="application/json",
                HTTP_X_CSRFTOKEN=csrf,
            )
        seconds = time.perf_counter() - started
        file_bytes = sum(_file_size(url) for url in files)
        total = (page_bytes + file_bytes) / (1024 * 1024)
        print(
            f"  {course.title[:52]:<52} {len(package['pages']):>3} pages, {len(files):>3} files, "
            f"{total:6.2f} MB, server time {seconds * 1000:6.0f} ms"
        )


def bench_sync(learner):
    from django.test import Client
    from django.utils import timezone

    from courses.models import CoursePage
    from courses.services import lesson_event, lesson_offline_statements

    course = CoursePage.objects.live().filter(locale__language_code="en").first()
    lessons = list(course.lessons())
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    csrf = client.get("/offline/session/").json()["csrf_token"]
    queued = []
    start = timezone.now() - timedelta(hours=6)
    for index in range(QUEUED):
        lesson = lessons[index % len(lessons)]
        ready = lesson_offline_statements(
            event=lesson_event(user=learner, lesson=lesson, language="en")
        )
        statement = ready["completed"] if index % 2 else dict(ready["experienced"])
        statement = {**statement, "id": str(uuid.uuid4())}
        statement["timestamp"] = (start + timedelta(seconds=index)).isoformat()
        queued.append(statement)

    def send_all():
        samples = []
        for statement in queued:
            began = time.perf_counter()
            response = client.put(
                f"/xapi/statements?statementId={statement['id']}",
                json.dumps(statement),
                content_type="application/json",
                HTTP_X_EXPERIENCE_API_VERSION="1.0.3",
                HTTP_X_CSRFTOKEN=csrf,
            )
            samples.append(time.perf_counter() - began)
            assert response.status_code == 204, response.content
        return samples

    first = send_all()
    print(
        f"  sync of {QUEUED} queued statements: {sum(first):6.2f} s "
        f"({QUEUED / sum(first):5.0f}/s; {percentiles(first)})"
    )
    replay = send_all()
    print(
        f"  the same {QUEUED} sent again (a replay): {sum(replay):6.2f} s "
        f"({QUEUED / sum(replay):5.0f}/s; nothing stored)"
    )


if __name__ == "__main__":
    with bench_database() as vendor:
        from django.core.management import call_command
        from django.test import override_settings

        from tests import factories

        print(f"offline on {vendor}")
        with override_settings(DEBUG=True):  # the demo data refuses to load otherwise
            call_command("load_demo", stdout=io.StringIO())
        learner = factories.learner(factories.org_unit("Bench unit"))
        print("  making each demo course available offline (English):")
        bench_downloads(learner)
        bench_sync(learner)
