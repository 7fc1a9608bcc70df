"""Server-side SVG charts: progress lines over interviews and score bars. No JavaScript, no
library; colours come from the stylesheet through class names, so the CSP stays strict."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

#: The rating bands, drawn as quiet background zones: needs work, good, strong, best practice.
ZONES = ((0.0, 3.5, "needs-work"), (3.5, 6.5, "good"), (6.5, 8.5, "strong"), (8.5, 10.0, "best"))
MOST_X_LABELS = 6


@dataclass(frozen=True, slots=True)
class Frame:
    """A chart's size in its own units, its margins, and the ticks on its 0-10 axis."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    ticks: tuple[int, ...]


WIDE = Frame(640, 252, 40, 22, 16, 46, (0, 2, 4, 6, 8, 10))
#: For small multiples: drawn in fewer units, so its text stays readable when scaled down.
COMPACT = Frame(300, 142, 26, 18, 14, 38, (0, 5, 10))


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: Sequence[float]


@dataclass(frozen=True, slots=True)
class AxisLabel:
    """One point on the x-axis: what names it ("#3 · 09:14"), and the day it belongs to, drawn
    under the first label of each day only."""

    text: str
    day: str | None = None

    @property
    def spoken(self) -> str:
        return f"{self.text} ({self.day})" if self.day else self.text


def _axis(labels: Sequence[str | AxisLabel]) -> list[AxisLabel]:
    return [label if isinstance(label, AxisLabel) else AxisLabel(label) for label in labels]


def line_chart(
    chart_id: str,
    title: str,
    series: Sequence[Series],
    labels: Sequence[str | AxisLabel],
    *,
    show_numbers: bool = True,
    frame: Frame = WIDE,
) -> Markup:
    """Lines of 0-10 scores over ``labels`` (one per interview, oldest first)."""
    axis = _axis(labels)
    count = len(axis)
    inner_w = frame.width - frame.left - frame.right
    inner_h = frame.height - frame.top - frame.bottom

    def x(index: int) -> float:
        return frame.left + (inner_w / 2 if count == 1 else inner_w * index / (count - 1))

    def y(value: float) -> float:
        return frame.top + inner_h * (1 - max(0.0, min(10.0, value)) / 10)

    size = "wide" if frame is WIDE else "compact"
    parts = [
        f'<svg class="chart chart-{size}" viewBox="0 0 {frame.width} {frame.height}" role="img" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d" preserveAspectRatio="xMidYMid meet">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(_describe(series, axis, show_numbers))}</desc>',
    ]
    for low, high, zone in ZONES:
        parts.append(
            f'<rect class="zone zone-{zone}" x="{frame.left}" y="{y(high):.1f}" width="{inner_w}" '
            f'height="{y(low) - y(high):.1f}"/>'
        )
    if show_numbers:
        for tick in frame.ticks:
            parts.append(
                f'<text class="tick" x="{frame.left - 6}" y="{y(tick) + 4:.1f}" '
                f'text-anchor="end">{tick}</text>'
            )
    most = MOST_X_LABELS if frame is WIDE else 2
    step = max(1, -(-count // most)) if most > 2 else max(1, count - 1)
    shown_day: str | None = None
    for index, label in enumerate(axis):
        if index % step == 0 or index == count - 1:
            anchor = _anchor(index, count)
            parts.append(
                f'<text class="tick" x="{x(index):.1f}" y="{frame.height - 22}" '
                f'text-anchor="{anchor}">{escape(label.text)}</text>'
            )
            if label.day is not None and label.day != shown_day:
                shown_day = label.day
                parts.append(
                    f'<text class="tick day" x="{x(index):.1f}" y="{frame.height - 6}" '
                    f'text-anchor="{anchor}">{escape(label.day)}</text>'
                )
    for number, line in enumerate(series):
        points = [(x(i), y(v)) for i, v in enumerate(line.values)]
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
            parts.append(f'<polyline class="line series-{number}" points="{path}"/>')
        radius = 4 if frame is WIDE else 3
        for px, py in points:
            parts.append(
                f'<circle class="dot series-{number}" cx="{px:.1f}" cy="{py:.1f}" r="{radius}"/>'
            )
        if show_numbers and points:
            last_x, last_y = points[-1]
            label_y = last_y - 10 if last_y - 10 >= frame.top + 4 else last_y + 20
            parts.append(
                f'<text class="value series-{number}" x="{last_x:.1f}" y="{label_y:.1f}" '
                f'text-anchor="middle">{line.values[-1]:.1f}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def bar(value: float, band: str = "") -> Markup:
    """One 0-10 score as a slim bar, for a row of dimension scores."""
    width = max(0.0, min(10.0, value)) * 10
    return Markup(
        '<svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">'
        '<rect class="bar-track" width="100" height="6"/>'
        f'<rect class="bar-fill {escape(band)}" width="{width:.1f}" height="6"/></svg>'
    )


def _anchor(index: int, count: int) -> str:
    """Edge labels lean inwards so they are not clipped."""
    if count == 1:
        return "middle"
    return "start" if index == 0 else ("end" if index == count - 1 else "middle")


def band_of_score(value: float) -> str:
    """The CSS class of a 0-10 score's zone."""
    for low, high, zone in ZONES:
        if low <= value < high:
            return f"zone-{zone}"
    return "zone-best"


def _describe(series: Sequence[Series], labels: Sequence[AxisLabel], show_numbers: bool) -> str:
    if not labels:
        return "No interviews yet."
    lines = []
    for line in series:
        if show_numbers:
            values = ", ".join(f"{v:.1f}" for v in line.values)
            lines.append(f"{line.name}: {values}.")
        elif len(line.values) >= 2:
            direction = _direction(line.values[-1] - line.values[-2])
            lines.append(f"{line.name}: {direction} since the interview before.")
    count = "1 interview" if len(labels) == 1 else f"{len(labels)} interviews"
    span = (
        f"{labels[0].spoken}"
        if len(labels) == 1
        else f"from {labels[0].spoken} to {labels[-1].spoken}"
    )
    return f"{count}, {span}. " + " ".join(lines)


def _direction(delta: float) -> str:
    if delta >= 0.5:
        return "up"
    if delta <= -0.5:
        return "down"
    return "about the same"
