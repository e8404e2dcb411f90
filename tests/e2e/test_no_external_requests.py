"""Nothing a page loads comes from another host: offline devices and government networks
reach the platform only. Every role's pages, the site's and the admin's, are opened in a
real browser that records each request (service worker and websockets included) and each
load the content security policy refused: all are for the site, or for the origin package
content is served from (packages/origins.py). No image on those pages is broken (the
admin's avatars come from the site)."""

import re
import tempfile
from urllib.parse import urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import RequestFactory, override_settings
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from courses.blocks import LessonBodyBlock
from courses.services import lesson_complete
from packages.manifests import SCORM12
from packages.origins import content_origin
from packages.services import package_import
from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tests.packages import fixtures as package_files

PACKAGES_ROOT = tempfile.mkdtemp(prefix="e2e-origins-")
VIDEO_URL = "https://www.youtube.com/watch?v=abcdefghijk"
VIDEO_PLAYER = (
    '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/abcdefghijk"'
    " allowfullscreen></iframe>"
)
SCO = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SCO</title></head>
<body><main><h1>Border interview</h1></main></body></html>"""

# Images the browser has fetched and could not show. Uploaded files (/media/) are left
# out: the web server in front of the platform serves them, not the test server.
BROKEN_IMAGES = """() => [...document.images]
  .filter((image) => image.complete && image.currentSrc && image.naturalWidth === 0)
  .map((image) => image.currentSrc)
  .filter((source) => !new URL(source).pathname.startsWith("/media/"))"""


def refused_by_the_policy(message) -> list[str]:
    """The addresses a console message says the content security policy refused."""
    if message.type != "error" or "Content Security Policy" not in message.text:
        return []
    return re.findall(r"'((?:https?|wss?)://[^']+)'", message.text)


@override_settings(PACKAGES_ROOT=PACKAGES_ROOT)
class SiteWithEverything(BrowserTestCase):
    """A course with a lesson embedding a video from another site, an image, a document,
    a SCORM package, a certified learner, and a person in each role."""

    def setUp(self):
        super().setUp()
        factories.staff_groups()
        french = Locale.objects.get(language_code="fr")
        self.french_course = self.course.get_translation(french)
        self.french_lesson = self.lessons[0].get_translation(french)
        # A lesson with a video embedded from another site (its player as the embed
        # provider gave it, kept in Wagtail's embed cache).
        Embed.objects.create(
            url=VIDEO_URL,
            hash=get_embed_hash(VIDEO_URL),
            type="video",
            html=VIDEO_PLAYER,
            title="Interviewing a possible victim",
            provider_name="YouTube",
            width=560,
            height=315,
        )
        self.video_lesson = self.lessons[1]
        self.video_lesson.body = LessonBodyBlock().to_python(
            [
                {
                    "type": "video",
                    "value": {
                        "title": "Interviewing a possible victim",
                        "file": None,
                        "captions": None,
                        "embed": VIDEO_URL,
                        "transcript": "<p>Officer: who arranged your travel?</p>",
                    },
                }
            ]
        )
        self.video_lesson.save_revision().publish()
        for lesson in self.lessons:
            lesson_complete(user=self.learner, lesson=lesson, language="en")
        Image.objects.create(title="Port of entry", file=get_test_image_file())
        Document.objects.create(
            title="Referral guide", file=ContentFile(b"%PDF-1.4\n", name="referral-guide.pdf")
        )
        files = package_files.scorm_package(
            "1.2",
            scos=[("interview", "Interview", "sco/index.html")],
            title="Interview",
            pages={"sco/index.html": SCO},
        )
        path = f"{PACKAGES_ROOT}/interview.zip"
        with open(path, "wb") as out:
            out.write(package_files.zip_bytes(files))
        self.package = package_import(path=path, filename="interview.zip").package
        self.trainer = factories.trainer(first_name="Tess", last_name="Trainer")
        self.reviewer = factories.UserFactory(first_name="Rui", last_name="Reviewer")
        self.reviewer.groups.add(Group.objects.get(name="Moderators"))
        self.administrator = factories.UserFactory(
            is_superuser=True, is_staff=True, first_name="Ada", last_name="Admin"
        )

    def content_origin(self) -> str:
        """The origin the site serves SCORM content from (packages/origins.py)."""
        site = urlsplit(self.live_server_url)
        return content_origin(RequestFactory().get("/", HTTP_HOST=site.netloc), SCORM12)

    def admin_pages(self) -> list[str]:
        lesson = self.video_lesson
        return [
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_explore", args=[self.course.pk]),
            reverse("wagtailadmin_explore", args=[self.french_course.pk]),
            reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
            reverse("wagtailadmin_pages:edit", args=[self.french_lesson.pk]),
            reverse("wagtailimages:index"),
            reverse("wagtaildocs:index"),
            reverse("packages_admin:index"),
            reverse("packages_admin:detail", args=[self.package.key]),
        ]


@pytest.mark.e2e
@requires_chromium
class NoExternalRequests(SiteWithEverything):
    def test_no_page_of_any_role_loads_anything_from_another_host(self):
        learner_pages = [
            "/en/",
            "/fr/",
            "/en/courses/",
            self.course.url,
            self.french_course.url,
            self.video_lesson.url,
            self.french_lesson.url,
            "/en/my-learning/",
            "/en/certificates/",
            "/en/offline/",
            f"/en/packages/{self.package.key}/",
        ]
        reports = [
            reverse("wagtailadmin_reports:site_history"),
            reverse("wagtailadmin_reports:aging_pages"),
            reverse("wagtailadmin_reports:locked_pages"),
            reverse("wagtailadmin_reports:workflow"),
        ]
        roles = [
            (self.learner, learner_pages),
            (self.manager, ["/en/dashboard/", "/fr/dashboard/", "/en/my-learning/"]),
            (self.trainer, [*self.admin_pages(), "/en/dashboard/courses/"]),
            (
                self.reviewer,
                [reverse("wagtailadmin_home"), reverse("wagtailadmin_reports:workflow")],
            ),
            (self.administrator, [*self.admin_pages(), *reports, "/en/dashboard/courses/"]),
        ]
        site = urlsplit(self.live_server_url)
        allowed = {self.live_server_url, f"ws://{site.netloc}", self.content_origin()}
        self.start_browser()
        requested: list[tuple[str, str]] = []
        broken: list[tuple[str, list[str]]] = []
        for user, paths in roles:
            page = self.sign_in(user)
            context = page.context
            context.on(
                "request", lambda request, user=user: requested.append((user.username, request.url))
            )
            page.on(
                "websocket", lambda socket, user=user: requested.append((user.username, socket.url))
            )
            # What the content security policy stopped before it became a request.
            page.on(
                "console",
                lambda message, user=user: requested.extend(
                    (user.username, url) for url in refused_by_the_policy(message)
                ),
            )
            for path in paths:
                response = page.goto(self.live_server_url + path, wait_until="networkidle")
                assert response.status < 400, (user.username, path, response.status)
                # Seen, not turned away (a refused admin page sends to the dashboard).
                assert urlsplit(page.url).path == urlsplit(path).path, (user.username, page.url)
                broken += [(path, found) for found in [page.evaluate(BROKEN_IMAGES)] if found]
            context.close()

        elsewhere = [
            (who, url)
            for who, url in requested
            if urlsplit(url).scheme in ("http", "https", "ws", "wss")
            and f"{urlsplit(url).scheme}://{urlsplit(url).netloc}" not in allowed
        ]
        assert elsewhere == [], elsewhere
        assert broken == [], broken
        # The package really ran, from its content origin.
        assert any(url.startswith(self.content_origin() + "/") for _, url in requested)


@pytest.mark.e2e
@requires_chromium
class EmbeddedVideoOnRequest(SiteWithEverything):
    def test_an_embedded_video_loads_from_its_site_only_when_the_learner_asks(self):
        from playwright.sync_api import expect

        self.start_browser()
        page = self.sign_in(self.learner)
        requested: list[str] = []
        page.context.on("request", lambda request: requested.append(request.url))
        # The other site is not reachable (an offline device, a closed network).
        page.context.route("https://**/*", lambda route: route.abort("internetdisconnected"))
        page.goto(self.live_server_url + self.video_lesson.url, wait_until="networkidle")
        video = page.locator(".block-video")
        expect(video).to_contain_text("This video plays from www.youtube.com.")
        expect(video.get_by_role("link", name="Watch it on www.youtube.com")).to_have_attribute(
            "href", VIDEO_URL
        )
        assert video.locator("iframe").count() == 0
        assert not [url for url in requested if "youtube" in url]
        self.check_accessibility(page)
        page.set_viewport_size({"width": 390, "height": 800})
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        page.set_viewport_size({"width": 1280, "height": 800})

        video.get_by_role("button", name="Play the video here").click()
        expect(video.locator("iframe")).to_have_attribute("title", "Interviewing a possible victim")
        expect(video.locator("iframe")).to_be_focused()
        assert [url for url in requested if "youtube-nocookie.com/embed/" in url]

        # The lesson changed in English only (its video): the French course says that a
        # newer English version exists, and links to it.
        page.goto(self.live_server_url + self.french_course.url)
        notice = page.locator("[data-newer-english]")
        expect(notice).to_contain_text("Une version anglaise plus récente de ce cours existe")
        notice.get_by_role("link", name="Lire la version anglaise").click()
        expect(page.locator("h1")).to_have_text(self.course.title)
        page.go_back()
        self.check_accessibility(page)
        assert self.violations == [], "\n".join(self.violations)
