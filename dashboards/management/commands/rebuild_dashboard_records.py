"""Rebuild the dashboards' read models from the source tables (after a bulk load that
bypassed the services, or to check that nothing has drifted)."""

import time

from django.core.management.base import BaseCommand
from django.utils import timezone

from dashboards.models import ComplianceRecord, CourseRecord
from dashboards.projections import records_refresh, summaries_for
from dashboards.services import dashboard_notify


class Command(BaseCommand):
    help = "Rebuild the dashboards' compliance and course records from the source tables."

    def handle(self, *args, **options):
        start = time.perf_counter()
        records_refresh()
        summaries_for(today=timezone.localdate())
        dashboard_notify(kind="rebuild")
        self.stdout.write(
            f"{ComplianceRecord.objects.count()} compliance records and "
            f"{CourseRecord.objects.count()} course records in "
            f"{time.perf_counter() - start:.1f} s"
        )
