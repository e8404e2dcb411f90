"""The manager's dashboard page as a whole, and its tables by name (for the exports)."""

from dataclasses import dataclass
from functools import cached_property

from ..briefings import briefings_table
from ..tables import Table
from .breakdowns import courses_table, unit_columns, units_table, weeks_chart, weeks_table
from .figures import Figures, Slice, headline_figures
from .learners import LEARNER_SORTS, learners_table
from .targets import targets_table

TABLES = {
    "units": units_table,
    "courses": courses_table,
    "weeks": weeks_table,
    "targets": targets_table,
    "learners": learners_table,
    "briefings": briefings_table,
}


def sort_keys_for(*, table: str, courses) -> list[str]:
    """The columns a table may be sorted by."""
    if table == "learners":
        return list(LEARNER_SORTS)
    return [column.key for column in unit_columns(courses)]


@dataclass
class ManagerDashboard:
    """Everything the manager's dashboard page shows."""

    slice: Slice
    figures: Figures
    targets: Table
    units: Table
    courses: Table
    weeks: Table
    briefings: Table

    @cached_property
    def weeks_chart(self):
        return weeks_chart(self.weeks)


def manager_dashboard(slice_: Slice) -> ManagerDashboard:
    return ManagerDashboard(
        slice=slice_,
        figures=headline_figures(slice_),
        targets=targets_table(slice_),
        units=units_table(slice_),
        courses=courses_table(slice_),
        weeks=weeks_table(slice_),
        briefings=briefings_table(slice_),
    )
