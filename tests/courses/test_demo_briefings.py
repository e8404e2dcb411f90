"""The demo briefings: a briefings page and three briefings in English and French, sent
to front-line audiences and units as requirements due on a date, some acknowledged by
learners through the platform's own service, some overdue; a second load changes
nothing.

The demo is loaded once for the module, without its courses (they take most of a load
and are checked by ``test_demo_data``): every step that makes, sends and acknowledges
the briefings runs."""

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Locale

from courses.demo.content import demo_briefings
from courses.models import BriefingIndexPage, BriefingPage, CourseCompletion
from elearning.management.commands import load_demo
from lrs.auth import Source, source_of
from lrs.models import Statement
from organisations.models import User
from tests import factories
from tracking import vocabulary as v
from training.models import Assignment, Requirement

BRIEFINGS = demo_briefings()["briefings"]


def _load():
    with (
        override_settings(DEBUG=True),
        mock.patch.object(load_demo, "demo_courses", lambda: []),
        mock.patch.object(load_demo, "demo_banks", lambda: []),
    ):
        call_command("load_demo", stdout=mock.MagicMock())


def _rows() -> dict[str, int]:
    from django.apps import apps

    return {model._meta.label: model._base_manager.count() for model in apps.get_models()}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo loaded twice, with the row counts after each load; the database is left
    as it was."""
    with django_db_blocker.unblock(), transaction.atomic():
        factories.site_home()
        for name in ("Editors", "Moderators"):
            Group.objects.get_or_create(name=name)
        _load()
        first = _rows()
        _load()
        yield {"first": first, "second": _rows()}
        transaction.set_rollback(True)


def _locales():
    return Locale.objects.get(language_code="en"), Locale.objects.get(language_code="fr")


def _requirement(briefing: BriefingPage) -> Requirement:
    return Requirement.objects.get(courses__course_key=briefing.translation_key)


pytestmark = pytest.mark.django_db


def test_a_second_load_adds_and_changes_nothing(demo):
    assert demo["first"]["courses.BriefingPage"] == 6
    assert demo["second"] == demo["first"]


def test_the_briefings_page_and_its_briefings_are_in_english_and_french(demo, client):
    english, french = _locales()
    index = BriefingIndexPage.objects.get(locale=english)
    index_fr = index.get_translation(french)
    assert (index.title, index.slug) == ("Briefings", "briefings")
    assert (index_fr.title, index_fr.slug) == ("Breffages", "breffages")
    briefings = list(BriefingPage.objects.child_of(index).live())
    assert len(briefings) == 3
    for briefing in briefings:
        translation = briefing.get_translation(french)
        assert translation.live and translation.get_parent().pk == index_fr.pk
        assert translation.translation_key == briefing.translation_key
        assert translation.title != briefing.title
        assert [block.block_type for block in translation.body] == [
            block.block_type for block in briefing.body
        ]
        assert [block.id for block in translation.body] == [block.id for block in briefing.body]
        assert 3 <= len(briefing.body) <= 6 and 3 <= briefing.estimated_minutes <= 5
    page = client.get(index_fr.url).content.decode()
    for briefing in briefings:
        assert briefing.get_translation(french).title in page
    assert client.get(briefings[0].get_translation(french).url).status_code == 200


def test_each_briefing_is_sent_to_its_audiences_once_with_a_date_to_acknowledge_it_by(demo):
    english, french = _locales()
    sent = {briefing["slug"]: briefing["sent"] for briefing in BRIEFINGS}
    today = timezone.localdate()
    for briefing in BriefingPage.objects.filter(locale=english):
        requirement = _requirement(briefing)
        assert requirement.name_en == f"Briefing: {briefing.title}"
        assert requirement.name_fr == f"Breffage\u00a0: {briefing.get_translation(french).title}"
        assert requirement.due_rule == Requirement.DueRule.FIXED_DATE
        assert requirement.recurrence == Requirement.Recurrence.ONCE
        sent_on = timezone.localdate(briefing.first_published_at)
        assert sent_on == today - timedelta(days=sent[briefing.slug]["days_ago"])
        assert requirement.due_date > sent_on
        assert sorted(requirement.audiences.values_list("code", flat=True)) == sorted(
            sent[briefing.slug]["audiences"]
        )
        assert sorted(requirement.org_units.values_list("code", flat=True)) == sorted(
            sent[briefing.slug]["org_units"]
        )
        assigned = Assignment.objects.filter(requirement=requirement, closed_at__isnull=True)
        assert assigned.exists()
        assert set(assigned.values_list("assigned_on", flat=True)) == {sent_on}
        assert requirement.started_before == sent_on, "sent to the staff in post that day"


def test_the_forced_labour_briefing_reaches_inspectors_and_officers_but_not_cadets(demo):
    briefing = BriefingPage.objects.get(slug="forced-labour-indicators")
    assigned = Assignment.objects.filter(requirement=_requirement(briefing), closed_at__isnull=True)
    audiences = set(assigned.values_list("user__learner_profile__audiences__code", flat=True))
    assert {"labour-inspector", "border-services-officer", "tfwp-officer"} <= audiences
    assert "police-cadet" not in audiences
    assert assigned.filter(user__username="learner").exists(), "the walk-through learner"


def test_some_learners_acknowledged_through_the_platform_and_some_are_overdue(demo):
    today = timezone.localdate()
    acknowledged = Statement.objects.filter(verb_iri=v.platform_iri(v.VERB_ACKNOWLEDGED))
    assert acknowledged.count() >= 10
    for statement in acknowledged:
        assert source_of(statement.data["authority"]) == Source.PLATFORM
    for briefing in BriefingPage.objects.filter(locale__language_code="en"):
        requirement = _requirement(briefing)
        completions = CourseCompletion.objects.filter(course_key=briefing.translation_key)
        assert completions.exists(), briefing.slug
        assert not completions.filter(completed_at__lt=briefing.first_published_at).exists()
        assert not completions.filter(completed_at__gt=timezone.now()).exists()
        open_rows = Assignment.objects.filter(requirement=requirement, closed_at__isnull=True)
        assert open_rows.filter(completed_at__isnull=False).count() == completions.count()
        assert open_rows.filter(completed_at__isnull=True).exists(), "some have not read it"
    overdue = Assignment.objects.filter(
        requirement__name_en__startswith="Briefing:",
        closed_at__isnull=True,
        completed_at__isnull=True,
        overdue_after__lt=today,
    )
    assert overdue.exists()
    assert not CourseCompletion.objects.filter(user__username="learner").exists()


def test_a_learner_sees_which_briefings_they_acknowledged(demo):
    completion = CourseCompletion.objects.filter(
        course_key__in=BriefingPage.objects.values("translation_key")
    ).first()
    user = User.objects.get(pk=completion.user_id)
    client = Client()
    client.force_login(user)
    index = BriefingIndexPage.objects.get(locale__language_code="en")
    page = client.get(index.url).content.decode()
    assert "Acknowledged" in page
    briefing = BriefingPage.objects.get(
        translation_key=completion.course_key, locale__language_code="en"
    )
    assert "You confirmed that you have read this briefing on" in (
        client.get(briefing.url).content.decode()
    )
