"""Every dashboard page fits the screen, on a desktop (1280 px) and on a phone (390 px), in
English and in French: the page itself never scrolls sideways, no table is wider than its
box on a desktop, a wide table scrolls inside a labelled region the keyboard can reach,
and the drop-off chart writes every step's title in full beside its bar."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from tests import factories
from tests.e2e.browser import requires_chromium
from tests.e2e.test_learning_path import BrowserTestCase

WIDTHS = (1280, 390)

LONG_TITLES = (
    "Human Trafficking Awareness for Border Services Officers",
    "Responding to Victims of Human Trafficking: A Course for Front-Line Service Providers",
    "Forced Labour: A Course for Labour Inspectors and Temporary Foreign Worker Officers",
)
LONG_LESSONS = (
    "Understanding human trafficking and how it differs from smuggling",
    "Indicators at ports of entry and in secondary examination",
    "The law: the Immigration and Refugee Protection Act and the Criminal Code",
    "Responding, referring and protecting foreign national victims",
)

# What the page's tables look like: sizes, and the scrolling region around each.
LAYOUT = """() => {
  const tables = [...document.querySelectorAll("main table")];
  return {
    pageWidth: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
    tables: tables.map((table) => {
      const region = table.closest('[role="region"]');
      const shown = table.offsetParent !== null;
      return {
        name: table.id || table.caption?.textContent.trim() || "table",
        shown,
        width: table.getBoundingClientRect().width,
        room: shown ? table.parentElement.clientWidth : 0,
        head: table.tHead ? table.tHead.getBoundingClientRect().height : 0,
        label: region?.getAttribute("aria-label") || "",
        tabindex: region?.getAttribute("tabindex") ?? null,
        overflow: region ? window.getComputedStyle(region).overflowX : null,
      };
    }),
  };
}"""

# The drop-off chart's axis of step titles: where it sits and how wide its widest line is.
CHART_LABELS = """() => {
  const canvas = document.querySelector("#course-drop-off-chart canvas");
  const chart = window.Chart.getChart(canvas);
  const axis = chart.scales.y;
  // The ticks take the chart's default font (dashboards/charts.js sets it).
  const font = { ...window.Chart.defaults.font, ...(axis.options.ticks.font || {}) };
  const context = chart.ctx;
  context.save();
  const style = `${font.style || "normal"} ${font.weight || "normal"}`;
  context.font = `${style} ${font.size}px ${font.family}`;
  const lines = chart.data.labels.flatMap((label) => [].concat(label));
  const widest = Math.max(...lines.map((line) => context.measureText(line).width));
  context.restore();
  return {
    indexAxis: chart.options.indexAxis,
    left: axis.left,
    room: axis.width,
    widest,
    canvasWidth: canvas.getBoundingClientRect().width,
    figureWidth: canvas.closest("figure").getBoundingClientRect().width,
  };
}"""

# How the page's script writes a percentage and a count, in the page's language.
CHART_FIGURES = """async () => {
  const charts = await import(document.querySelector('script[src*="dashboards/charts.js"]').src);
  return [charts.formatValue(42.5, "%"), charts.formatValue(1250, "")];
}"""


class DashboardLayoutTestCase(BrowserTestCase):
    """Four units of two levels, five courses (three with long titles, one of four
    lessons with long titles whose drop-off the report draws), required training with a
    target and an exempt learner, and learners part-way through."""

    def setUp(self):
        super().setUp()
        from courses.models import LessonPage
        from courses.services import lesson_complete
        from dashboards.projections import records_refresh
        from tests.training.helpers import requirement
        from training.models import Target
        from training.services import assignments_materialise, exemption_grant

        self.units["douglas"] = factories.org_unit(
            "Douglas Port of Entry", parent=self.units["agency"]
        )
        courses = [factories.course(title=title, lessons=1)[0] for title in LONG_TITLES]
        self.report_course, lessons = factories.course(
            title="Trafficking indicators at the border", lessons=len(LONG_LESSONS)
        )
        for lesson, title in zip(lessons, LONG_LESSONS, strict=True):
            LessonPage.objects.filter(pk=lesson.pk).update(title=title)
        required = requirement(
            courses=[self.course], units=[self.units["agency"]], name="Awareness for officers"
        )
        people = [
            factories.learner(self.units[unit], first_name=first, last_name=last)
            for unit, first, last in (
                ("yvr", "Samira", "Roy-Tremblay"),
                ("douglas", "Jean-François", "Bouchard-Gagnon"),
                ("douglas", "Priya", "Venkataraman"),
            )
        ]
        assignments_materialise(requirement=required)
        exemption_grant(requirement=required, user=people[0], reason="On leave")
        Target.objects.create(
            requirement=required,
            org_unit=self.units["agency"],
            percentage=90,
            deadline=timezone.localdate() + timedelta(days=90),
        )
        for learner, done in ((self.learner, 4), (people[1], 2), (people[2], 1)):
            for lesson in lessons[:done]:
                lesson_complete(user=learner, lesson=lesson, language="en")
        for lesson in self.lessons:
            lesson_complete(user=self.learner, lesson=lesson, language="fr")
        for lesson in LessonPage.objects.child_of(courses[0]):
            lesson_complete(user=people[1], lesson=lesson, language="en")
        records_refresh()

    def addresses(self, language: str) -> dict[str, str]:
        with translation.override(language):
            return {
                "overview": reverse("dashboards:manager"),
                "unit learners": reverse(
                    "dashboards:unit_learners", kwargs={"unit_id": self.units["douglas"].pk}
                ),
                "learner": reverse("dashboards:learner", kwargs={"user_uuid": self.learner.uuid}),
                "compliance report": reverse("dashboards:compliance"),
                "course list": reverse("dashboards:courses"),
                "course report": reverse(
                    "dashboards:course",
                    kwargs={"course_key": self.report_course.translation_key},
                ),
            }


@pytest.mark.e2e
@requires_chromium
class DashboardLayoutInBrowser(DashboardLayoutTestCase):
    def test_every_dashboard_page_fits_a_desktop_and_a_phone_in_both_languages(self):
        self.start_browser()
        page = self.sign_in(self.manager)
        problems = []
        for language in ("en", "fr"):
            for name, path in self.addresses(language).items():
                for width in WIDTHS:
                    page.set_viewport_size({"width": width, "height": 900})
                    response = page.goto(self.live_server_url + path)
                    assert response.status == 200, path
                    page.locator("#live-status:not([hidden])").wait_for()
                    where = f"{name} ({language}, {width} px)"
                    problems += self.layout_problems(page, where, width=width)
                    if name == "course report":
                        problems += self.chart_problems(page, where)
                    self.check_accessibility(page)
        assert problems == [], "\n".join(problems)
        assert self.violations == [], "\n".join(self.violations)

    def layout_problems(self, page, where: str, *, width: int) -> list[str]:
        layout = page.evaluate(LAYOUT)
        problems = []
        if layout["pageWidth"] > layout["viewport"]:
            problems.append(
                f"{where}: the page is {layout['pageWidth']} px wide in {layout['viewport']} px"
            )
        assert layout["tables"], where
        for table in layout["tables"]:
            if not (table["label"] and table["tabindex"] == "0" and table["overflow"] == "auto"):
                problems.append(
                    f"{where}: table {table['name']!r} is not in a labelled, focusable "
                    f"scrolling region"
                )
            if width == 1280 and table["shown"] and table["width"] > table["room"] + 1:
                problems.append(
                    f"{where}: table {table['name']!r} is {table['width']:.0f} px wide in "
                    f"{table['room']} px"
                )
            if width == 1280 and table["name"] == "units-table" and table["head"] > 120:
                problems.append(f"{where}: the unit table's header is {table['head']:.0f} px tall")
        return problems

    def chart_problems(self, page, where: str) -> list[str]:
        page.wait_for_function(
            "() => window.Chart && window.Chart.getChart("
            "document.querySelector('#course-drop-off-chart canvas'))"
        )
        chart = page.evaluate(CHART_LABELS)
        problems = []
        if chart["indexAxis"] != "y":
            problems.append(f"{where}: the step titles stand under upright bars")
        if chart["left"] < 0 or chart["widest"] > chart["room"]:
            problems.append(
                f"{where}: the widest step title takes {chart['widest']:.0f} px of "
                f"{chart['room']:.0f} px, from x = {chart['left']:.0f}"
            )
        if chart["canvasWidth"] > chart["figureWidth"] + 1:
            problems.append(f"{where}: the chart is wider than its figure")
        return problems


@pytest.mark.e2e
@requires_chromium
class DashboardChartFiguresInBrowser(DashboardLayoutTestCase):
    def test_chart_figures_are_written_the_way_the_page_language_writes_them(self):
        self.start_browser()
        page = self.sign_in(self.manager)
        written = {}
        for language in ("en", "fr"):
            page.goto(self.live_server_url + self.addresses(language)["course report"])
            page.locator("#live-status:not([hidden])").wait_for()
            written[language] = page.evaluate(CHART_FIGURES)
        assert written["en"] == ["42.5%", "1,250"]
        percent, count = written["fr"]
        assert percent.replace("\u202f", "\xa0") == "42,5\xa0%"
        assert count.replace("\u202f", "\xa0") == "1\xa0250"
