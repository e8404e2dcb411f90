"""A chart reaches everyone: its figures as a table and a sentence, whatever the picture."""

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation

from dashboards.charts import Chart, Series


def weekly_chart(**overrides):
    values = {
        "id": "completions-per-week",
        "title": "Completions per week",
        "kind": "bar",
        "labels": ["3 Nov", "10 Nov", "17 Nov"],
        "series": [Series("Completions", [2, 5, None]), Series("Passed", [1, 4, 0])],
        "summary": "7 completions in the last 3 weeks; the busiest week was 10 Nov with 5.",
        "label_heading": "Week",
    }
    return Chart(**(values | overrides))


def render(chart) -> BeautifulSoup:
    html = render_to_string("dashboards/includes/chart.html", {"chart": chart})
    return BeautifulSoup(html, "html.parser")


def test_chart_renders_its_figures_as_a_captioned_table():
    figure = render(weekly_chart()).find("figure")

    table = figure.find("table")
    assert table.caption.get_text(strip=True) == "Completions per week"
    headings = [th.get_text(strip=True) for th in table.thead.find_all("th")]
    assert headings == ["Week", "Completions", "Passed"]
    assert all(th["scope"] == "col" for th in table.thead.find_all("th"))
    rows = [
        [cell.get_text(" ", strip=True) for cell in tr.find_all(["th", "td"])]
        for tr in table.tbody.find_all("tr")
    ]
    assert rows == [["3 Nov", "2", "1"], ["10 Nov", "5", "4"], ["17 Nov", "– No value", "0"]]
    assert all(tr.th["scope"] == "row" for tr in table.tbody.find_all("tr"))


def test_chart_shows_its_summary_and_labels_the_picture_with_it():
    chart = weekly_chart()
    figure = render(chart).find("figure")

    assert figure.figcaption.get_text(strip=True) == "Completions per week"
    assert figure.find("p", class_="chart-summary").get_text(strip=True) == chart.summary
    canvas = figure.find("canvas")
    assert canvas["role"] == "img"
    assert canvas["aria-label"] == chart.summary
    # Until the script draws it, the picture takes no room (and without JavaScript, never).
    assert canvas.parent.has_attr("hidden")


def test_chart_data_for_the_script_matches_the_table():
    chart = weekly_chart(kind="stacked", unit="%")
    soup = render(chart)

    figure = soup.find("figure")
    data = json.loads(soup.find("script", id=figure["data-chart"]).string)
    assert data == {
        "id": "completions-per-week",
        "title": "Completions per week",
        "kind": "stacked",
        "labels": ["3 Nov", "10 Nov", "17 Nov"],
        "series": [
            {"label": "Completions", "values": [2, 5, None]},
            {"label": "Passed", "values": [1, 4, 0]},
        ],
        "summary": chart.summary,
        "unit": "%",
    }
    assert figure.find("td").get_text(strip=True) == "2%"


def test_chart_text_cannot_break_out_of_its_markup():
    chart = weekly_chart(title="<b>Bold</b>", labels=["</script><i>x</i>", "b", "c"])
    soup = render(chart)

    assert soup.find("b") is None
    assert soup.find("i") is None
    data = json.loads(soup.find("script", type="application/json").string)
    assert data["labels"][0] == "</script><i>x</i>"


def test_chart_figures_follow_the_page_language():
    chart = weekly_chart(series=[Series("Rate", [12.5, 50, 100])], unit="%")
    with translation.override("fr"):
        soup = render(chart)
    cells = [td.get_text(strip=True) for td in soup.find_all("td")]
    assert cells == ["12,5\xa0%", "50\xa0%", "100\xa0%"]


def test_chart_refuses_an_unknown_kind_or_a_series_of_the_wrong_length():
    with pytest.raises(ValueError, match="kind"):
        weekly_chart(kind="pie")
    with pytest.raises(ValueError, match="'Passed'.*2 values for 3 labels"):
        weekly_chart(series=[Series("Passed", [1, 2])])


def test_an_all_zero_chart_is_empty():
    assert weekly_chart(series=[Series("Completions", [0, None, 0])]).is_empty
    assert not weekly_chart().is_empty


def test_the_chart_library_is_served_from_the_site_with_its_licence():
    library = finders.find("vendor/chartjs/chart.umd.min.js")
    assert library and Path(library).stat().st_size > 100_000
    manifest = json.loads(Path(finders.find("vendor/MANIFEST.json")).read_text())
    entry = next(item for item in manifest if item["name"] == "chart.js")
    assert entry["license"] == "MIT"
    assert entry["path"] == "vendor/chartjs"
    assert set(entry["files"]) == {"LICENSE.md", "chart.umd.min.js"}
    assert "sourceMappingURL" not in Path(library).read_text()
