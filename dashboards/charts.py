"""The charts a dashboard page draws, in one shape that the page's script turns into a
picture and the template turns into a data table and a text summary, so that everyone
gets the same figures whether or not they can see the picture or run the script."""

from dataclasses import dataclass, field

#: ``horizontal`` is a bar chart whose bars run across, for labels too long to stand
#: under upright bars (each label is written beside its bar, over as many lines as needed).
KINDS = ("bar", "horizontal", "line", "stacked")


@dataclass(frozen=True)
class Series:
    """One named row of figures, one value per label of its chart (``None`` for none)."""

    label: str
    values: list[float | int | None]


@dataclass
class Chart:
    """``id`` is unique in the page (it names the canvas and the chart's data); ``summary``
    is a translated sentence saying what the chart shows; ``unit`` follows each value in
    the data table and the tooltips ("%" for percentages, empty for counts);
    ``label_heading`` heads the data table's column of labels (e.g. "Week")."""

    id: str
    title: str
    kind: str
    labels: list[str]
    series: list[Series]
    summary: str
    unit: str = ""
    label_heading: str = ""
    rows: list[dict] = field(init=False, repr=False)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"Chart kind must be one of {', '.join(KINDS)}, not {self.kind!r}")
        self.labels = [str(label) for label in self.labels]
        for series in self.series:
            if len(series.values) != len(self.labels):
                raise ValueError(
                    f"Series {series.label!r} of chart {self.id!r} has {len(series.values)} "
                    f"values for {len(self.labels)} labels"
                )
        self.rows = [
            {"label": label, "values": [series.values[index] for series in self.series]}
            for index, label in enumerate(self.labels)
        ]

    @property
    def data_id(self) -> str:
        return f"{self.id}-data"

    @property
    def is_empty(self) -> bool:
        return not self.labels or all(
            value in (None, 0) for series in self.series for value in series.values
        )

    def as_json(self) -> dict:
        """What charts.js needs to draw the chart; plain strings and numbers only."""
        return {
            "id": self.id,
            "title": str(self.title),
            "kind": self.kind,
            "labels": self.labels,
            "series": [
                {"label": str(series.label), "values": list(series.values)}
                for series in self.series
            ],
            "summary": str(self.summary),
            "unit": str(self.unit),
        }
