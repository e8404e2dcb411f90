"""The tables a dashboard page shows, in one shape that the page, the CSV and the XLSX
export all render, so that an export holds exactly what is on screen."""

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    """``label`` heads the column on screen and in exports. A page short of room shows
    ``abbreviation`` instead (with ``label`` in a legend next to the table); a figure
    that needs explaining carries a one-sentence ``description`` shown next to it."""

    key: str
    label: str
    # text | number | percent | date | datetime: how a cell is formatted and typed in XLSX
    kind: str = "text"
    abbreviation: str = ""
    description: str = ""


@dataclass
class Table:
    """``rows`` are dicts keyed by column key; for large tables a generator, so that an
    export can stream them without holding them all."""

    name: str
    caption: str
    columns: list[Column]
    rows: Iterable[dict] = field(default_factory=list)

    def header(self) -> list[str]:
        return [str(column.label) for column in self.columns]

    def values(self, row: dict) -> list:
        return [row.get(column.key) for column in self.columns]

    @property
    def legend(self) -> list[Column]:
        """The columns to explain next to the table: abbreviated or described ones."""
        return [column for column in self.columns if column.abbreviation or column.description]
