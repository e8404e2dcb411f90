"""What the dashboards say is the same wherever it is said: an exempt learner reads
"Exempt" in every list, the two completion figures carry names and explanations of their
own, course columns are headed by short codes explained in a legend, percentages and
dates are written the page language's way, courses with learners come before those
without, and recorded activity is named in the page's language when it is known in it."""

import csv
import io
import re
from collections import Counter
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from lxml import html as lxml_html

from common.dates import date_format
from courses.selectors import activity_ref_for
from courses.services import lesson_complete
from dashboards.projections import records_refresh
from dashboards.reports.learners import status_summary
from lrs.services import statement_record
from tests import factories
from tests.training.helpers import at, complete, requirement
from tracking import builders
from tracking import vocabulary as v
from tracking.builders.interactions import InteractionRef
from training import rules
from training.services import assignments_materialise, exemption_grant

pytestmark = pytest.mark.django_db


def address(name, language="en", **kwargs) -> str:
    with translation.override(language):
        return reverse(f"dashboards:{name}", kwargs=kwargs or None)


def tree(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, url
    return lxml_html.fromstring(response.content.decode())


def text(element) -> str:
    """The element's text with its line breaks and runs of spaces made single spaces (and
    its no-break spaces kept)."""
    return re.sub(r"[ \t\r\n]+", " ", element.text_content()).strip()


@pytest.fixture
def world(units):
    """YVR: Ann is exempt from the required course, Bob finished it 3 days ago, Cy has
    not begun it; a second course nobody has begun; a manager of the region."""
    course, lessons = factories.course("Border awareness", lessons=2)
    idle, _ = factories.course("Aardvark handling", lessons=1)
    ann = factories.learner(units["yvr"], first_name="Ann", last_name="Archer")
    bob = factories.learner(units["yvr"], first_name="Bob", last_name="Baker")
    cy = factories.learner(units["yvr"], first_name="Cy", last_name="Cole")
    item = requirement(courses=[course], units=[units["agency"]], due_days=30)
    assignments_materialise(requirement=item)
    exemption_grant(requirement=item, user=ann, reason="On leave")
    for lesson in lessons:
        lesson_complete(user=bob, lesson=lesson, language="en")
    complete(bob, course, at(timezone.localdate() - timedelta(days=3)))
    assignments_materialise(requirement=item)
    records_refresh()
    return {
        "units": units,
        "course": course,
        "lesson": lessons[0],
        "idle": idle,
        "ann": ann,
        "bob": bob,
        "cy": cy,
        "manager": factories.manager(units["region"]),
    }


# -- an exempt learner ----------------------------------------------------------------------


def learner_statuses(document) -> dict[str, str]:
    rows = document.xpath('//table[@id="learners-table"]/tbody/tr')
    return {
        text(row.xpath('./th[@data-field="name"]')[0]): text(
            row.xpath('./td[@data-field="status"]')[0]
        )
        for row in rows
    }


def compliance_statuses(document) -> dict[str, str]:
    rows = document.xpath('//table[@id="compliance-table"]/tbody/tr')
    return {text(row.xpath("./th")[0]): text(row.xpath("./td")[3]) for row in rows}


@pytest.mark.parametrize(("language", "exempt"), [("en", "Exempt"), ("fr", "Exemptée")])
def test_an_exempt_learner_reads_exempt_in_the_unit_list_as_in_the_compliance_report(
    client, world, language, exempt
):
    unit = world["units"]["yvr"]
    learners = learner_statuses(
        tree(client, world["manager"], address("unit_learners", language, unit_id=unit.pk))
    )
    report = compliance_statuses(tree(client, world["manager"], address("compliance", language)))

    assert learners["Ann Archer"] == exempt
    assert report["Ann Archer"] == exempt


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("en", ["Learners", "Assigned", "Completed", "Expired", "Exempt"]),
        ("fr", ["Apprenants", "Assignées", "Terminées", "Expirées", "Exemptées"]),
    ],
)
def test_the_headline_figures_count_required_training_in_agreeing_words(
    client, world, language, labels
):
    """In French the figures count « formations »: Assignées, Terminées, Expirées and
    Exemptées agree, instead of a learner's status (Terminé, Exemptée) beside them."""
    document = tree(client, world["manager"], address("manager", language))
    found = {
        dd.get("data-figure"): text(dd.getparent().xpath("./dt")[0])
        for dd in document.xpath('//dl[@class="headline-figures"]//dd[@data-figure]')
    }
    names = ["learners", "assigned", "completed", "expired", "exempt"]
    assert [found[name] for name in names] == labels
    # The tables by unit and by learner head their counts the same way.
    assigned, completed = labels[1], labels[2]
    units = document.xpath('//table[@id="units-table"]/thead//th')
    assert [assigned, completed] == [text(cell) for cell in units][2:4]
    unit = world["units"]["yvr"]
    learners = tree(client, world["manager"], address("unit_learners", language, unit_id=unit.pk))
    headings = [text(cell) for cell in learners.xpath('//table[@id="learners-table"]/thead//th')]
    assert [assigned, completed] == headings[2:4]


def test_a_learner_status_names_exemptions_beside_the_rest():
    assert status_summary(Counter({rules.EXEMPT: 1, "assigned": 1})) == "Exempt"
    assert (
        status_summary(Counter({rules.EXEMPT: 1, rules.COMPLETED: 1, "assigned": 2}))
        == "Up to date, 1 exempt"
    )
    assert (
        status_summary(Counter({rules.EXEMPT: 2, rules.OVERDUE: 1, "assigned": 3}))
        == "1 overdue, 2 exempt"
    )
    assert status_summary(Counter({rules.COMPLETED: 1, "assigned": 1})) == "Up to date"


# -- the two completion figures -------------------------------------------------------------


def described_figure(document, name) -> tuple[str, str, str]:
    (box,) = document.xpath(f'//dd[@data-figure="{name}"]/..')
    return (
        text(box.xpath("./dt")[0]),
        text(box.xpath(f'./dd[@data-figure="{name}"]')[0]),
        text(box.xpath('./dd[@class="figure-description"]')[0]),
    )


def test_the_two_completion_figures_are_named_and_explained_apart(client, world):
    manager = world["manager"]
    dashboard = tree(client, manager, address("manager"))
    report = tree(client, manager, address("course", course_key=world["course"].translation_key))
    course_list = tree(client, manager, address("courses"))

    # Required training: Bob's done, Cy's not, Ann's waived.
    label, value, description = described_figure(dashboard, "rate")
    assert (label, value) == ("Completion rate (of assigned)", "50%")
    assert "out of all the required training assigned" in description
    # The course: Bob started and finished it, nobody else began it.
    label, value, description = described_figure(report, "rate")
    assert (label, value) == ("Completed of those who started", "100%")
    assert "out of the learners who started it" in description
    headers = [text(th) for th in course_list.xpath('//table[@id="course-list-table"]//th')]
    assert "Completed of those who started" in headers
    legend = text(course_list.xpath('//*[@id="course-list-legend"]')[0])
    assert "out of the learners who started it" in legend
    for document in (dashboard, report, course_list):
        labels = [text(element) for element in document.xpath("//dt | //th")]
        assert "Completion rate" not in labels


def test_the_completion_figures_are_named_apart_in_french(client, world):
    manager = world["manager"]
    dashboard = tree(client, manager, address("manager", "fr"))
    report = tree(
        client, manager, address("course", "fr", course_key=world["course"].translation_key)
    )

    assert described_figure(dashboard, "rate")[:2] == (
        "Taux d’achèvement (des formations assignées)",
        "50\xa0%",
    )
    assert described_figure(report, "rate")[:2] == (
        "Terminé parmi ceux qui ont commencé",
        "100\xa0%",
    )


# -- the table by unit ----------------------------------------------------------------------


def test_course_columns_are_headed_by_codes_whose_titles_are_in_the_legend(client, world):
    document = tree(client, world["manager"], address("manager"))
    (table,) = document.xpath('//table[@id="units-table"]')
    codes = {abbr.text: abbr.get("title") for abbr in table.xpath(".//thead//abbr")}
    legend_id = table.get("aria-describedby")
    legend = {
        text(row.xpath("./dt")[0]): text(row.xpath("./dd")[0])
        for row in document.xpath(f'//dl[@id="{legend_id}"]/div')
    }

    assert codes == {
        "C1": "Completed: Border awareness",
        "C2": "Completed: Aardvark handling",
    }
    assert legend["C1"] == "Completed: Border awareness"
    assert legend["C2"] == "Completed: Aardvark handling"
    assert "(exemptions not counted)" in legend["Completion rate (of assigned)"]
    # The course's title is the heading's accessible name, after its code.
    heading = table.xpath(".//thead//abbr[text()='C1']/..")[0]
    assert text(heading) == "C1: Completed: Border awareness"


def test_the_export_of_the_table_by_unit_keeps_the_course_titles(client, world):
    client.force_login(world["manager"])
    response = client.get(address("export", table="units", fmt="csv"))
    header = next(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))

    assert "Completed: Border awareness" in header
    assert "Completion rate (of assigned)" in header
    assert "C1" not in header


def test_a_course_keeps_its_code_when_the_course_filter_leaves_it_alone(client, world):
    idle = world["idle"]
    document = tree(
        client, world["manager"], address("manager") + f"?course={idle.translation_key}"
    )
    codes = [abbr.text for abbr in document.xpath('//table[@id="units-table"]//thead//abbr')]
    assert codes == ["C2"]


# -- numbers and dates ----------------------------------------------------------------------

PERCENT_WITH_A_SPACE = re.compile(r"\d[ \xa0\u202f]%")


@pytest.mark.parametrize("name", ["manager", "courses", "compliance"])
def test_english_percentages_have_no_space_before_the_sign(client, world, name):
    document = tree(client, world["manager"], address(name))
    assert not PERCENT_WITH_A_SPACE.search(text(document.xpath("//main")[0]))


def test_french_percentages_keep_the_sign_with_the_figure(client, world):
    document = tree(client, world["manager"], address("manager", "fr"))
    figures = text(document.xpath("//main")[0])
    assert "50\xa0%" in figures
    assert not re.search(r"\d %", figures)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_dates_are_written_in_the_language_date_format(client, world, language):
    unit = world["units"]["yvr"]
    document = tree(client, world["manager"], address("unit_learners", language, unit_id=unit.pk))
    due = [time for time in document.xpath('//td[@data-field="next_due"]/time')]
    assert due
    with translation.override(language):
        for element in due:
            day = timezone.datetime.fromisoformat(element.get("datetime")).date()
            assert element.text == date_format(day, "DATE_FORMAT")


# -- the course list ------------------------------------------------------------------------


def course_rows(document) -> list[tuple[str, str]]:
    """Each course's title, and what its heading says besides."""
    rows = []
    for row in document.xpath('//table[@id="course-list-table"]/tbody/tr'):
        title = text(row.xpath("./th/a")[0])
        rows.append((title, text(row.xpath("./th")[0]).removeprefix(title).strip()))
    return rows


def test_the_course_list_puts_courses_with_learners_first_and_marks_the_others(client, world):
    rows = course_rows(tree(client, world["manager"], address("courses")))

    assert rows == [
        ("Border awareness", ""),
        ("Aardvark handling", "No learners in your units yet"),
    ]
    rows = course_rows(tree(client, factories.trainer(), address("courses")))
    assert rows[-1] == ("Aardvark handling", "No learners yet")


# -- recorded activity ----------------------------------------------------------------------


def answered(user, course, lesson, *, language, name):
    question = InteractionRef(
        iri=v.lesson_block_iri(activity_ref_for(lesson).iri, "kc-1"),
        language=language,
        name=name,
        description=name,
        choices=(("a", "Yes"), ("b", "No")),
    )
    statement_record(
        statement=builders.interaction_answered(
            user=user,
            interaction=question,
            response=["a"],
            success=True,
            lesson=activity_ref_for(lesson),
            course=activity_ref_for(course),
            registration=None,
            language=language,
        )
    )


def activities(document) -> list[str]:
    return [
        text(row.xpath("./td")[2])
        for row in document.xpath('//*[@id="learner-statements"]/tbody/tr')
    ]


def test_activity_done_in_french_is_named_in_the_page_language(client, world):
    course, lesson = world["course"], world["lesson"]
    # Cy answers in French; Bob answered the same question in English.
    answered(world["bob"], course, lesson, language="en", name="Is this a trafficking sign?")
    answered(world["cy"], course, lesson, language="fr", name="Est-ce un signe de traite ?")
    cy = world["cy"]

    english = activities(tree(client, world["manager"], address("learner", user_uuid=cy.uuid)))
    french = activities(tree(client, world["manager"], address("learner", "fr", user_uuid=cy.uuid)))

    assert english == ["Is this a trafficking sign?"]
    assert french == ["Est-ce un signe de traite ?"]


def test_activity_known_in_one_language_only_is_named_in_that_language(client, world):
    course, lesson = world["course"], world["lesson"]
    answered(world["cy"], course, lesson, language="fr", name="Est-ce un signe de traite ?")
    cy = world["cy"]

    english = activities(tree(client, world["manager"], address("learner", user_uuid=cy.uuid)))
    assert english == ["Est-ce un signe de traite ?"]


# -- unit names in French sentences ---------------------------------------------------------


def test_french_headings_and_captions_need_no_article_before_a_unit_name(client, world):
    """« Apprenants de Région du Pacifique » lacks an article and « de Aéroport » an
    elision: a unit's name follows a dash, never "de", "du" or "dans"."""
    region = world["units"]["region"]
    region.name_fr = "Région du Pacifique"
    region.save()
    pages = [
        address("manager", "fr"),
        address("compliance", "fr"),
        address("unit_learners", "fr", unit_id=region.pk),
    ]
    for url in pages:
        main = text(tree(client, world["manager"], url).xpath("//main")[0])
        assert "Région du Pacifique" in main, url
        assert not re.search(r"\b(?:de|du|dans|d’|d')\s*Région du Pacifique", main), url

    learners = tree(client, world["manager"], pages[-1])
    assert text(learners.xpath("//h1")[0]) == "Apprenants — Région du Pacifique"
    dashboard = text(tree(client, world["manager"], pages[0]).xpath("//main")[0])
    assert "Formation obligatoire — Région du Pacifique" in dashboard
    assert "Formation obligatoire et achèvements par unité — Région du Pacifique" in dashboard
    assert "Cours terminés par semaine — Région du Pacifique" in dashboard
