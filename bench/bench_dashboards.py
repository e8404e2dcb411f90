"""How fast the manager dashboards answer at scale.

Generates the scale data set (``dashboards.scale``: N learners, 100,000 by default, 500
org units, 10 courses, about 20 statements per learner) in a throw-away database, then
measures, signed in as the agency's manager, the server time of:

* the agency-wide dashboard, ``/en/dashboard/`` (warm-up, then 20 runs: p50 and p95);
* a drill-down: the dashboard of one region, and the learners of one unit;
* exports of every learner of the agency (``/en/dashboard/export/learners.csv``) and of
  the compliance report (``/en/dashboard/compliance.csv``), read to the end: time, rows,
  and peak Python memory (tracemalloc), next to the same export for one region, so that
  flat memory shows as the same peak for ten times the rows.

Targets on PostgreSQL: dashboard < 300 ms, drill-down < 100 ms, an export of 100,000 rows
< 10 s with flat memory. Also prints the statement count and sizes.

    DATABASE_URL=postgres://... .venv/bin/python bench/bench_dashboards.py --learners 100000

``--learners`` (or ``BENCH_DASHBOARD_LEARNERS`` under ``make bench``) runs it smaller.
``--existing`` measures the database ``DATABASE_URL`` names as it is, where
``manage.py generate_scale_data`` already ran, instead of generating a throw-away one
(for measuring again after a change without waiting for the data set).
"""

import argparse
import os
import time
import tracemalloc

from harness import bench_database, percentiles, timed

RUNS = 20


def _get(client, url: str):
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    if getattr(response, "streaming", False):
        for _chunk in response.streaming_content:
            pass
    return response


def page_times(client, label: str, url: str, target_ms: int) -> None:
    try:
        _get(client, url)  # warm-up: plan and template caches
    except RuntimeError as error:
        print(f"  {label}: not measured ({error})")
        return
    samples = [timed(_get, client, url) for _ in range(RUNS)]
    print(f"  {label}: {percentiles(samples)} (target < {target_ms} ms)  {url}")


def _export(client, url: str) -> tuple[int, int]:
    """Rows and bytes of a CSV export, read to the end as a browser would."""
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    size = lines = 0
    chunks = response.streaming_content if response.streaming else [response.content]
    for chunk in chunks:
        size += len(chunk)
        lines += chunk.count(b"\n")
    return max(lines - 1, 0), size


def export_figures(client, label: str, url: str) -> None:
    try:
        started = time.perf_counter()
        rows, size = _export(client, url)
        seconds = time.perf_counter() - started
        tracemalloc.start()
        _export(client, url)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    except RuntimeError as error:
        print(f"  {label}: not measured ({error})")
        return
    # A spreadsheet is a zip: its lines say nothing of its rows.
    counted = f"{rows} rows, " if ".csv" in url else ""
    print(
        f"  {label}: {counted}{size / 1e6:.1f} MB in {seconds:.2f} s "
        f"(target < 10 s for 100,000 rows), peak Python memory {peak / 1e6:.1f} MB  {url}"
    )


def statement_sizes(vendor: str) -> None:
    from django.db import connection

    from lrs.models import Statement, StatementIndex

    count = Statement.objects.count()
    index_rows = StatementIndex.objects.count()
    with connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute(
                "SELECT avg(pg_column_size(data)), pg_relation_size('lrs_statement'), "
                "pg_indexes_size('lrs_statement'), pg_total_relation_size('lrs_statementindex') "
                "FROM lrs_statement"
            )
            average, table, indexes, index_table = cursor.fetchone()
            print(
                f"  statements: {count} ({average or 0:.0f} bytes of JSON each, stored), "
                f"table {table / 1e9:.2f} GB + indexes {indexes / 1e9:.2f} GB; "
                f"{index_rows} index rows, {index_table / 1e9:.2f} GB"
            )
        else:
            cursor.execute("SELECT avg(length(data)), sum(length(data)) FROM lrs_statement")
            average, total = cursor.fetchone()
            print(
                f"  statements: {count} ({average or 0:.0f} bytes of JSON each, "
                f"{(total or 0) / 1e9:.2f} GB of JSON); {index_rows} index rows"
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--learners",
        type=int,
        default=int(os.environ.get("BENCH_DASHBOARD_LEARNERS", "100000")),
        help="learners (default: BENCH_DASHBOARD_LEARNERS or 100000)",
    )
    parser.add_argument("--units", type=int, default=500, help="org units (default: 500)")
    parser.add_argument("--courses", type=int, default=10, help="courses (default: 10)")
    parser.add_argument(
        "--existing",
        action="store_true",
        help="measure the scale data set already in DATABASE_URL's database",
    )
    options = parser.parse_args()

    if options.existing:
        import django

        django.setup()
        from django.conf import settings
        from django.db import connection

        from dashboards.scale.existing import scale_data_find

        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
        data = scale_data_find()
        if data is None:
            raise SystemExit("No scale data set here: run manage.py generate_scale_data first.")
        print(f"bench_dashboards ({connection.vendor}), existing scale data set")
        statement_sizes(connection.vendor)
        measure(data)
        return
    with bench_database() as vendor:
        from django.db import connection

        from dashboards.scale.generate import scale_data_generate

        print(
            f"bench_dashboards ({vendor}), {options.learners} learners, {options.units} units, "
            f"{options.courses} courses"
        )
        started = time.perf_counter()
        data = scale_data_generate(
            learners=options.learners,
            units=options.units,
            courses=options.courses,
            log=lambda line: print(f"    {line}"),
        )
        print(f"  set-up (generate_scale_data): {time.perf_counter() - started:8.1f} s")
        if vendor == "postgresql":
            # What autovacuum does after a large load: statistics and the visibility
            # map that index-only scans rely on.
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
        statement_sizes(vendor)
        measure(data)


def summaries_build() -> None:
    """The once-a-day count of the compliance summaries the dashboards read."""
    from django.utils import timezone

    from dashboards.models import ComplianceRecord, ComplianceSummary
    from dashboards.projections import summaries_for, summaries_forget

    summaries_forget()
    seconds = timed(summaries_for, today=timezone.localdate())
    print(
        f"  daily compliance summaries: {seconds * 1000:.0f} ms "
        f"({ComplianceSummary.objects.count()} rows from "
        f"{ComplianceRecord.objects.count()} records)"
    )


def measure(data) -> None:
    """The figures, signed in as the manager of the whole agency."""
    from django.test import Client

    client = Client()
    client.force_login(data.managers["agency"])
    region = data.regions[0]
    unit = max(data.units, key=lambda u: u.learners.count())
    summaries_build()
    page_times(client, "agency dashboard", "/en/dashboard/", 300)
    page_times(client, "region drill-down", f"/en/dashboard/?unit={region.pk}", 100)
    page_times(client, "unit learners", f"/en/dashboard/units/{unit.pk}/learners/", 100)
    export_figures(
        client, "export, one region", f"/en/dashboard/export/learners.csv?unit={region.pk}"
    )
    export_figures(
        client,
        "export, whole agency",
        f"/en/dashboard/export/learners.csv?unit={data.agency.pk}",
    )
    export_figures(client, "compliance report export", "/en/dashboard/compliance.csv")
    export_figures(
        client,
        "export, whole agency, XLSX",
        f"/en/dashboard/export/learners.xlsx?unit={data.agency.pk}",
    )


if __name__ == "__main__":
    main()
