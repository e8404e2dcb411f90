"""One date style per language, percentages and decimals as each language writes them, and
times in the learner's own time zone."""

import datetime
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template
from django.test import SimpleTestCase, TestCase, override_settings
from django.urls import reverse
from django.utils import translation

from common.dates import date_format
from common.templatetags.formats import format_decimal, format_percent

MOMENT = datetime.datetime(2026, 12, 5, 18, 44, tzinfo=datetime.UTC)


def render(source: str, language: str, **context) -> str:
    with translation.override(language):
        return Template(source).render(Context(context))


class Percentages(SimpleTestCase):
    def test_english_has_no_space_and_a_decimal_point(self):
        with translation.override("en"):
            self.assertEqual(format_percent(0.42), "42%")
            self.assertEqual(format_percent(0.6333, 1), "63.3%")
            self.assertEqual(format_percent(1), "100%")

    def test_french_has_a_no_break_space_and_a_decimal_comma(self):
        with translation.override("fr"):
            self.assertEqual(format_percent(0.42), "42\u00a0%")
            self.assertEqual(format_percent(0.6333, 1), "63,3\u00a0%")

    def test_a_missing_or_meaningless_ratio_is_a_dash(self):
        for value in (None, "", "abc", float("nan")):
            self.assertEqual(format_percent(value), "–")

    def test_filter_in_a_template(self):
        self.assertEqual(render("{% load formats %}{{ r|percent }}", "en", r=0.5), "50%")
        french = render("{% load formats %}{{ r|percent:1 }}", "fr", r=0.125)
        self.assertEqual(french, "12,5\u00a0%")


class Decimals(SimpleTestCase):
    def test_points_are_rounded_without_trailing_zeros(self):
        with translation.override("en"):
            self.assertEqual(format_decimal(1 / 3), "0.33")
            self.assertEqual(format_decimal(1.0), "1")
            self.assertEqual(format_decimal(2.5), "2.5")
            self.assertEqual(format_decimal(10), "10")
        with translation.override("fr"):
            self.assertEqual(format_decimal(1 / 3), "0,33")


class DateStyles(SimpleTestCase):
    def test_one_long_date_style_per_language(self):
        source = '{{ moment|date:"DATE_FORMAT" }} | {{ moment|date:"DATETIME_FORMAT" }}'
        with self.settings(TIME_ZONE="UTC"):
            english = render(source, "en", moment=MOMENT)
            self.assertEqual(english, "December 5, 2026 | December 5, 2026, 6:44 p.m.")
            # No-break spaces in the time: « 18 h 44 » stays on one line.
            self.assertEqual(
                render(source, "fr", moment=MOMENT),
                "5 décembre 2026 | 5 décembre 2026 à 18\u00a0h\u00a044",
            )

    def test_french_writes_the_first_of_the_month_as_an_ordinal(self):
        first = datetime.datetime(2026, 7, 1, 14, 5, tzinfo=datetime.UTC)
        source = (
            '{{ moment|date:"DATE_FORMAT" }} | {{ moment|date:"DATETIME_FORMAT" }} | '
            '{{ moment|date:"MONTH_DAY_FORMAT" }} | {{ moment|date:"SHORT_DATE_FORMAT" }}'
        )
        with self.settings(TIME_ZONE="UTC"):
            self.assertEqual(
                render(source, "fr", moment=first),
                "1er juillet 2026 | 1er juillet 2026 à 14\u00a0h\u00a005 | "
                "1er juillet | 2026-07-01",
            )
            self.assertEqual(
                render(source, "en", moment=first),
                "July 1, 2026 | July 1, 2026, 2:05 p.m. | July 1 | 2026-07-01",
            )
            second = first + datetime.timedelta(days=1)
            self.assertEqual(
                render('{{ moment|date:"DATE_FORMAT" }}', "fr", moment=second), "2 juillet 2026"
            )

    def test_the_ordinal_follows_a_pattern_given_in_the_template_too(self):
        first = datetime.date(2027, 3, 1)
        self.assertEqual(render('{{ day|date:"j F" }}', "fr", day=first), "1er mars")
        # An escaped "j" is a letter, not the day.
        self.assertEqual(render(r'{{ day|date:"\\j j" }}', "fr", day=first), "j 1er")
        self.assertEqual(render("{{ day|date }}", "fr", day=first), "1er mars 2027")
        self.assertEqual(render("{{ day|date }}", "fr", day=None), "")

    def test_python_code_writes_the_same_dates_as_the_templates(self):
        with translation.override("fr"):
            self.assertEqual(date_format(datetime.date(2026, 7, 1)), "1er juillet 2026")
            self.assertEqual(date_format(datetime.date(2026, 7, 11)), "11 juillet 2026")
        with translation.override("en"):
            self.assertEqual(date_format(datetime.date(2026, 7, 1)), "July 1, 2026")

    def test_short_dates_are_iso_in_both_languages(self):
        with self.settings(TIME_ZONE="UTC"):
            for language in ("en", "fr"):
                self.assertEqual(
                    render('{{ moment|date:"SHORT_DATE_FORMAT" }}', language, moment=MOMENT),
                    "2026-12-05",
                )


@override_settings(TIME_ZONE="America/Toronto")
class LearnerTimeZone(TestCase):
    """The zone a request runs in, as the view behind the middleware sees it."""

    def active_zone(self, cookie: str | None) -> str:
        from django.test import RequestFactory

        from elearning.middleware import LearnerTimeZoneMiddleware

        seen = {}

        def view(request):
            from django.http import HttpResponse
            from django.utils import timezone

            seen["zone"] = timezone.get_current_timezone_name()
            return HttpResponse("")

        request = RequestFactory().get("/")
        if cookie is not None:
            request.COOKIES["tz"] = cookie
        LearnerTimeZoneMiddleware(view)(request)
        return seen["zone"]

    def test_the_devices_zone_is_used(self):
        self.assertEqual(self.active_zone("America/Vancouver"), "America/Vancouver")

    def test_an_unknown_or_missing_zone_falls_back_to_the_platforms(self):
        for cookie in (None, "", "Mars/Olympus", "../../etc/passwd", "x" * 200):
            self.assertEqual(self.active_zone(cookie), "America/Toronto")

    def test_pages_load_the_script_that_reports_the_zone(self):
        response = self.client.get(reverse("login"))
        self.assertContains(response, "elearning/js/timezone.js")


SCRIPT_FORMATS = """
globalThis.document = { documentElement: { lang: process.argv[1] } };
const formats = await import(process.argv[2]);
const moment = process.argv[3];
console.log(JSON.stringify([
  formats.formatDate(moment), formats.formatDateTime(moment),
  formats.formatPercent(0.6333, 1), formats.formatDecimal(1 / 3),
]));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js to run the page script")
@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(
    "moment", [MOMENT, datetime.datetime(2026, 7, 1, 9, 5, tzinfo=datetime.UTC)]
)
def test_scripts_write_dates_and_numbers_as_the_pages_do(language, moment):
    """A date the offline panel writes on the device reads like one the server wrote, the
    first of the month included (« 1er juillet 2026 »)."""
    module = Path(settings.BASE_DIR) / "elearning/static/elearning/js/formats.js"
    instant = moment.isoformat().replace("+00:00", "Z")
    written = subprocess.run(
        ["node", "--input-type=module", "-e", SCRIPT_FORMATS, language, module.as_uri(), instant],
        env={**os.environ, "TZ": "UTC"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    source = (
        '{{ moment|date:"DATE_FORMAT" }}|{{ moment|date:"DATETIME_FORMAT" }}|'
        "{% load formats %}{{ ratio|percent:1 }}|{{ third|decimal }}"
    )
    with override_settings(TIME_ZONE="UTC"):
        served = render(source, language, moment=moment, ratio=0.6333, third=1 / 3)
    assert json.loads(written) == served.split("|")
