"""A trainer who may publish a briefing sends it from the admin to audiences and units with
a date to acknowledge it by: the learners covered are assigned it and e-mailed at once in
their language (once), reminded when late in a briefing's words, and find it at the top
of My learning until they confirm having read it. Every refusal is checked through HTTP."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation
from django.utils.formats import date_format

from tests import factories
from tests.training.helpers import requirement
from training.models import Assignment, Requirement
from training.services import assignments_materialise

pytestmark = pytest.mark.django_db

TITLE = "New indicators at the port"


@pytest.fixture
def briefing():
    return factories.briefing(title=TITLE)


@pytest.fixture
def publisher():
    """A trainer who may publish pages (Editors and Moderators)."""
    user = factories.trainer(email="trainer@example.gc.ca")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def english(units):
    return factories.learner(units["yvr"], email="alex@example.gc.ca", first_name="Alex")


@pytest.fixture
def french(units):
    user = factories.learner(units["douglas"], email="amelie@example.gc.ca", first_name="Amélie")
    user.learner_profile.preferred_language = "fr"
    user.learner_profile.save()
    return user


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _url(page) -> str:
    return f"/admin/training/briefings/{page.pk}/send/"


def _send(client, page, *, audiences=(), units=(), acknowledge_by=None, **extra):
    data = {
        "audiences": [str(a.pk) for a in audiences],
        "org_units": [str(u.pk) for u in units],
        "acknowledge_by": "" if acknowledge_by is None else acknowledge_by.isoformat(),
        **extra,
    }
    return client.post(_url(page), data)


def _day(day, language: str) -> str:
    with translation.override(language):
        return date_format(day, "DATE_FORMAT")


def _french_page(page):
    from wagtail.models import Locale

    return page.get_translation(Locale.objects.get(language_code="fr"))


def _briefings_section(html: str) -> str:
    match = re.search(r'<section class="briefings-to-acknowledge".*?</section>', html, re.S)
    return match.group(0) if match else ""


def _summary_section(html: str) -> str:
    match = re.search(r'<section class="required-training-summary".*?</section>', html, re.S)
    return match.group(0) if match else ""


def test_a_publisher_sends_a_briefing_and_each_learner_is_emailed_once_in_their_language(
    briefing, publisher, english, french, units, bso, cadet
):
    police = factories.learner(units["police"], email="pat@example.gc.ca")  # another agency
    client = _signed_in(publisher)
    page = client.get(_url(briefing))
    assert page.status_code == 200
    assert "This briefing has not been sent yet." in page.content.decode()
    by = timezone.localdate() + timedelta(days=10)

    response = _send(client, briefing, audiences=[bso], units=[units["region"]], acknowledge_by=by)

    assert response.status_code == 302 and response["Location"] == _url(briefing)
    sent = Requirement.objects.get()
    assert sent.name_en == f"Briefing: {TITLE}"
    assert sent.name_fr == f"Breffage\u202f: {TITLE} (FR)"
    assert (sent.due_rule, sent.due_date, sent.recurrence) == ("fixed_date", by, "once")
    assert sent.course_keys() == [str(briefing.translation_key)]
    assigned = set(Assignment.objects.filter(requirement=sent).values_list("user", flat=True))
    assert assigned == {english.pk, french.pk}

    assert sorted(message.to[0] for message in mail.outbox) == [
        "alex@example.gc.ca",
        "amelie@example.gc.ca",
    ]
    to = {message.to[0]: message for message in mail.outbox}
    alex, amelie = to["alex@example.gc.ca"], to["amelie@example.gc.ca"]
    assert alex.subject == f"Briefing to acknowledge by {_day(by, 'en')}: {TITLE}"
    assert f"http://testserver{briefing.url}" in alex.body
    assert amelie.subject == (f"Breffage à confirmer d’ici le {_day(by, 'fr')}\u202f: {TITLE} (FR)")
    assert f"http://testserver{_french_page(briefing).url}" in amelie.body
    assert "/fr/" in _french_page(briefing).url
    assert police.email not in [message.to[0] for message in mail.outbox]

    # The page shows the send, with how many were assigned and acknowledged.
    page = client.get(_url(briefing)).content.decode()
    assert "2 learners must acknowledge it" in page
    row = re.search(r"<tbody>.*?</tbody>", page, re.S).group(0)
    assert f"Briefing: {TITLE}" in row and "Border services officer" in row
    assert "<td>2</td>" in row and "<td>0</td>" in row

    # Sent again (the form posted twice), then the scheduled reminders: nobody is
    # assigned or e-mailed a second time.
    again = _send(client, briefing, audiences=[bso], units=[units["region"]], acknowledge_by=by)
    assert again.status_code == 400
    assert "already sent to the same people with the same date" in again.content.decode()
    call_command("send_training_reminders", stdout=open("/dev/null", "w"))
    assert Requirement.objects.count() == 1
    assert len(mail.outbox) == 2


def test_an_acknowledgement_counts_on_the_send_page(briefing, publisher, english, bso):
    client = _signed_in(publisher)
    by = timezone.localdate() + timedelta(days=3)
    _send(client, briefing, audiences=[bso], acknowledge_by=by)

    _signed_in(english).post(briefing.url + "acknowledge/")

    row = re.search(r"<tbody>.*?</tbody>", client.get(_url(briefing)).content.decode(), re.S)
    assert re.search(r"<td>1</td>\s*<td>1</td>", row.group(0))


def test_only_people_who_may_publish_the_briefing_may_send_it(briefing, english, units, bso):
    by = (timezone.localdate() + timedelta(days=5)).isoformat()
    data = {"audiences": [str(bso.pk)], "acknowledge_by": by}

    anonymous = Client().post(_url(briefing), data)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/admin/login/?next=")

    author = factories.trainer()  # Editors: may change pages, not publish them
    refused = _signed_in(author).post(_url(briefing), data)
    assert refused.status_code == 403
    assert "only people who may publish it can send it" in refused.content.decode()
    assert _signed_in(author).get(_url(briefing)).status_code == 403

    # Learners and managers do not reach the admin at all.
    manager = factories.manager(units["region"])
    for person in (english, manager):
        response = _signed_in(person).post(_url(briefing), data)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")

    assert not Requirement.objects.exists() and mail.outbox == []


def test_the_send_button_is_offered_on_a_briefing_to_those_who_may_publish_it(briefing, publisher):
    button = f'href="{_url(briefing)}"'
    edit = f"/admin/pages/{briefing.pk}/edit/"
    assert button in _signed_in(publisher).get(edit).content.decode()
    assert button not in _signed_in(factories.trainer()).get(edit).content.decode()
    listing = _signed_in(publisher).get(f"/admin/pages/{briefing.get_parent().pk}/")
    assert button in listing.content.decode()


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"acknowledge_by": None}, "Acknowledge by", "Enter the date by which learners must"),
        ({"acknowledge_by": -1}, "Acknowledge by", "must be today or later"),
        ({"acknowledge_by": "31/12/2026"}, "Acknowledge by", "Enter a valid date"),
        ({"audiences": False}, "Audiences", "Choose at least one audience or organisational"),
    ],
)
def test_a_bad_send_is_refused_naming_the_field(briefing, publisher, bso, fields, field, message):
    data = {"audiences": [str(bso.pk)], "org_units": [], "acknowledge_by": ""}
    day = fields.get("acknowledge_by", 5)
    if isinstance(day, int):
        data["acknowledge_by"] = (timezone.localdate() + timedelta(days=day)).isoformat()
    elif isinstance(day, str):
        data["acknowledge_by"] = day
    if fields.get("audiences") is False:
        data["audiences"] = []

    response = _signed_in(publisher).post(_url(briefing), data)

    assert response.status_code == 400
    body = response.content.decode()
    assert re.search(rf">{field}:</a>\s*[^<]*{message}", body)
    assert not Requirement.objects.exists()


def test_a_briefing_not_live_cannot_be_sent(publisher, english, bso):
    draft = factories.briefing(title="Draft briefing")
    draft.unpublish()
    client = _signed_in(publisher)
    by = timezone.localdate() + timedelta(days=5)

    assert "This briefing is not published" in client.get(_url(draft)).content.decode()
    response = _send(client, draft, audiences=[bso], acknowledge_by=by)

    assert response.status_code == 400
    assert "not published: publish it before sending it" in response.content.decode()
    assert not Requirement.objects.exists() and mail.outbox == []


def test_a_learner_who_joins_the_audience_later_is_emailed_at_once(
    briefing, publisher, units, bso, cadet, django_capture_on_commit_callbacks
):
    by = timezone.localdate() + timedelta(days=10)
    _send(_signed_in(publisher), briefing, audiences=[cadet], acknowledge_by=by)
    newcomer = factories.learner(units["yvr"], email="sam@example.gc.ca")
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        newcomer.learner_profile.audiences.add(cadet)

    assert [message.to for message in mail.outbox] == [["sam@example.gc.ca"]]
    assert mail.outbox[0].subject.startswith("Briefing to acknowledge by")


def test_late_learners_are_reminded_in_a_briefings_words(briefing, publisher, english, french, bso):
    by = timezone.localdate() + timedelta(days=1)
    _send(_signed_in(publisher), briefing, audiences=[bso], acknowledge_by=by)
    _signed_in(french).post(_french_page(briefing).url + "acknowledge/")
    mail.outbox.clear()

    later = (by + timedelta(days=2)).isoformat()
    call_command("send_training_reminders", f"--date={later}", stdout=open("/dev/null", "w"))
    call_command("send_training_reminders", f"--date={later}", stdout=open("/dev/null", "w"))

    assert [message.to for message in mail.outbox] == [["alex@example.gc.ca"]]
    assert mail.outbox[0].subject == f"Overdue briefing: {TITLE}"
    assert "was to be acknowledged by" in mail.outbox[0].body
    assert f"http://testserver{briefing.url}" in mail.outbox[0].body


def test_my_learning_lists_briefings_to_acknowledge_until_they_are(
    briefing, publisher, english, bso
):
    urgent = factories.briefing(title="Fentanyl exposure")
    late_day = timezone.localdate() - timedelta(days=2)
    requirement(
        courses=[urgent], audiences=[bso], name="Fentanyl", due_rule="fixed_date", due_date=late_day
    )
    assignments_materialise()
    by = timezone.localdate() + timedelta(days=10)
    _send(_signed_in(publisher), briefing, audiences=[bso], acknowledge_by=by)
    client = _signed_in(english)

    html = client.get("/en/my-learning/").content.decode()
    section = _briefings_section(html)
    assert html.index("<h1>") < html.index("Briefings to acknowledge") < html.index("In progress")
    items = re.findall(r"<li>.*?</li>", section, re.S)
    assert len(items) == 2
    assert f'<a href="{urgent.url}">Fentanyl exposure</a>' in items[0]
    assert f"acknowledge by {_day(late_day, 'en')}" in items[0] and "Overdue" in items[0]
    assert f'<a href="{briefing.url}">{TITLE}</a>' in items[1]
    assert f"acknowledge by {_day(by, 'en')}" in items[1] and "Overdue" not in items[1]
    # Not listed a second time in the required-training summary.
    assert "Briefing:" not in _summary_section(html) and TITLE not in _summary_section(html)

    client.post(urgent.url + "acknowledge/")
    section = _briefings_section(client.get("/en/my-learning/").content.decode())
    assert "Fentanyl exposure" not in section and TITLE in section

    client.post(briefing.url + "acknowledge/")
    html = client.get("/en/my-learning/").content.decode()
    assert "Briefings to acknowledge" not in html


def test_a_french_learner_finds_the_briefing_in_french(briefing, publisher, french, bso):
    by = timezone.localdate() + timedelta(days=10)
    _send(_signed_in(publisher), briefing, audiences=[bso], acknowledge_by=by)

    html = _signed_in(french).get("/fr/mon-apprentissage/").content.decode()

    section = _briefings_section(html)
    assert "Breffages à confirmer" in section
    assert f'<a href="{_french_page(briefing).url}">{TITLE} (FR)</a>' in section
    assert f"à confirmer d’ici le {_day(by, 'fr')}" in section


def test_nothing_is_shown_to_a_learner_with_no_briefing_to_acknowledge(english):
    html = _signed_in(english).get("/en/my-learning/").content.decode()
    assert "Briefings to acknowledge" not in html
