"""Horizontal bar charts drawn by the site: the geometry of an SVG chart for a dataset of the
figures page (the markup is in templates/alliance/includes/bar_chart.html). Every chart comes with
a table of the same numbers; the SVG itself is an image with a short text alternative."""

from dataclasses import dataclass

WIDTH = 640
LABEL_WIDTH = 230
BAR_AREA = 330
ROW_HEIGHT = 30
BAR_HEIGHT = 16
TOP = 8
MAX_LABEL_CHARS = 34


@dataclass
class Bar:
    label: str
    short_label: str
    value: int
    target: int | None
    y: float
    text_y: float
    width: float
    target_width: float
    value_x: float
    is_total: bool = False


@dataclass
class Chart:
    width: int
    height: int
    label_x: int
    bar_x: int
    bar_height: int
    bars: list[Bar]


def _short(label):
    label = str(label)
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1].rstrip() + "…"


def bar_chart(rows, total=None):
    """Geometry of a chart of ``rows`` (objects with ``label``, ``value`` and ``target``), with an
    optional ``total`` row drawn last."""
    items = list(rows) + ([total] if total is not None else [])
    scale_max = max([1] + [item.value for item in items] + [item.target or 0 for item in items])
    bars = []
    for index, item in enumerate(items):
        y = TOP + index * ROW_HEIGHT
        width = round(BAR_AREA * item.value / scale_max, 1)
        target_width = round(BAR_AREA * item.target / scale_max, 1) if item.target else 0
        bars.append(
            Bar(
                label=str(item.label),
                short_label=_short(item.label),
                value=item.value,
                target=item.target,
                y=y,
                text_y=y + BAR_HEIGHT - 3,
                width=max(width, 1 if item.value else 0),
                target_width=target_width,
                value_x=LABEL_WIDTH + max(width, target_width) + 8,
                is_total=item is total,
            )
        )
    return Chart(
        width=WIDTH,
        height=TOP * 2 + len(items) * ROW_HEIGHT,
        label_x=LABEL_WIDTH - 8,
        bar_x=LABEL_WIDTH,
        bar_height=BAR_HEIGHT,
        bars=bars,
    )
