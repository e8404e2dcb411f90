"""Every kind of page, as each role sees it, in English and French: nothing scrolls sideways
on a 390 px phone, no table is wider than its box on a 1280 px desktop, and the browser
asks no other host for anything (``tests/e2e/walkthrough.py`` holds the walk and its
checks; run it against a demo server for screenshots)."""

import datetime

import pytest
from django.test import TestCase

from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase
from tests.e2e.walkthrough import LANGUAGES, WIDTHS, role_pages, walk


def demo_world():
    """The border services demo course with its assessment, a learner halfway through it
    with a certificate from another course, under a requirement; their manager; a trainer."""
    from certificates.models import Certificate
    from courses.demo.content import course_read
    from courses.demo.loader import catalogue_get_or_create, course_load, topics_get_or_create
    from courses.services import lesson_complete
    from organisations.models import Audience
    from quizzes.demo.content import bank_read
    from quizzes.demo.loader import assessment_page_load, bank_load
    from tests.certificates.conftest import template_create
    from tests.training.helpers import requirement
    from training.services import assignments_materialise

    home, _ = factories.site_home()
    topics = topics_get_or_create()
    content = course_read("border-services")
    audiences = {
        code: Audience.objects.get_or_create(
            code=code, defaults={"name_en": code, "name_fr": code}
        )[0]
        for code in content["audiences"]
    }
    quiz = bank_load(bank_read("border-services"), topics=topics)
    course, lessons = course_load(
        content,
        index=catalogue_get_or_create(home),
        audiences=audiences,
        topics=topics,
        assessed=True,
    )
    assessment_page_load(course, quiz=quiz)

    agency = factories.org_unit("Canada Border Services Agency", kind="agency")
    region = factories.org_unit("Pacific Region", parent=agency, kind="region")
    airport = factories.org_unit("Vancouver International Airport", parent=region)
    learner = factories.learner(airport, first_name="Alex", last_name="Martin")
    learner.learner_profile.audiences.add(*audiences.values())
    manager = factories.manager(agency, first_name="Morgan", last_name="Leblanc")
    trainer = factories.trainer(first_name="Taylor", last_name="Dubois")

    template_create()
    short, short_lessons = factories.course(title="Indicators refresher", lessons=1)
    with TestCase.captureOnCommitCallbacks(execute=True):
        for lesson in short_lessons:
            lesson_complete(user=learner, lesson=lesson, language="en")
        for lesson in lessons[:2]:
            lesson_complete(user=learner, lesson=lesson, language="fr")
    assert Certificate.objects.filter(user=learner).exists()
    requirement(
        courses=[course],
        units=[agency],
        name="Trafficking awareness for border services officers",
        due_rule="fixed_date",
        due_date=datetime.date.today() + datetime.timedelta(days=90),
    )
    assignments_materialise()
    return learner, manager, trainer


@pytest.mark.e2e
@requires_chromium
class PageLayout(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.people = dict(zip(("learner", "manager", "trainer"), demo_world(), strict=True))

    def test_no_page_scrolls_sideways_overflows_its_tables_or_asks_another_host(self):
        pages = {language: role_pages(language, **self.people) for language in LANGUAGES}
        credentials = {
            role: (user.username, factories.PASSWORD) for role, user in self.people.items()
        }
        self.start_browser()
        problems = []
        for language, visits in pages.items():
            for width in WIDTHS:
                found = walk(
                    self.browser,
                    self.live_server_url,
                    visits,
                    credentials,
                    language=language,
                    width=width,
                )
                problems += [
                    f"{where}: {finding}"
                    for where, findings in found.items()
                    for finding in findings.all()
                ]
        assert not problems, "\n".join(problems)
