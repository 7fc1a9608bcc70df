"""Server-side SVG charts: valid, accessible, numbers only when numbers are wanted."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from interview_coach.web.charts import COMPACT, AxisLabel, Series, bar, line_chart

SVG = "{http://www.w3.org/2000/svg}"


def _parse(markup: str) -> ET.Element:
    return ET.fromstring(
        str(markup).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    )


def test_a_line_chart_is_well_formed_and_labelled() -> None:
    chart = line_chart(
        "c",
        "Overall <by> interview",
        [Series("Overall", [4.0, 6.5, 7.2])],
        ["1 Nov", "8 Nov", "15 Nov"],
    )
    svg = _parse(chart)
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "c-t c-d"
    assert svg.find(f"{SVG}title").text == "Overall <by> interview"  # type: ignore[union-attr]
    assert "4.0, 6.5, 7.2" in svg.find(f"{SVG}desc").text  # type: ignore[operator, union-attr]
    assert len(svg.findall(f"{SVG}circle")) == 3
    assert svg.find(f"{SVG}polyline") is not None
    texts = [t.text for t in svg.findall(f"{SVG}text")]
    assert "7.2" in texts
    assert "10" in texts


def test_without_numbers_the_chart_keeps_only_the_shape() -> None:
    chart = line_chart(
        "c", "Overall", [Series("Overall", [4.0, 6.5])], ["1 Nov", "8 Nov"], show_numbers=False
    )
    svg = _parse(chart)
    texts = [t.text or "" for t in svg.findall(f"{SVG}text")]
    assert not any(ch.isdigit() for text in texts for ch in text if text not in ("1 Nov", "8 Nov"))
    assert "up since the interview before" in (svg.find(f"{SVG}desc").text or "")  # type: ignore[union-attr]


def test_one_interview_is_a_single_dot_and_compact_charts_parse() -> None:
    svg = _parse(line_chart("d", "Task", [Series("Task", [10.0])], ["1 Nov"], frame=COMPACT))
    assert len(svg.findall(f"{SVG}circle")) == 1
    assert svg.find(f"{SVG}polyline") is None
    assert svg.get("viewBox") == "0 0 300 142"


def test_a_bar_is_as_long_as_its_score() -> None:
    rects = _parse(bar(6.5, "zone-good")).findall(f"{SVG}rect")
    assert rects[1].get("width") == "65.0"
    assert _parse(bar(14.0)).findall(f"{SVG}rect")[1].get("width") == "100.0"


def test_interviews_are_labelled_by_number_and_time_with_the_day_written_once() -> None:
    labels = [
        AxisLabel("#1 · 09:10", "1 Dec"),
        AxisLabel("#2 · 10:40", "1 Dec"),
        AxisLabel("#3 · 16:05", "1 Dec"),
        AxisLabel("#4 · 08:30", "2 Dec"),
    ]
    svg = _parse(line_chart("c", "Overall", [Series("Overall", [4.0, 5.0, 6.0, 7.0])], labels))
    texts = [t.text for t in svg.findall(f"{SVG}text")]
    assert [t for t in texts if t and t.startswith("#")] == [label.text for label in labels]
    days = [t.text for t in svg.findall(f"{SVG}text") if "day" in (t.get("class") or "")]
    assert days == ["1 Dec", "2 Dec"]
    assert "from #1 · 09:10 (1 Dec) to #4 · 08:30 (2 Dec)" in (svg.find(f"{SVG}desc").text or "")  # type: ignore[union-attr]


def test_edge_labels_lean_inwards_so_they_are_not_clipped() -> None:
    labels = ["#1 · 09:10", "#2 · 10:40"]
    svg = _parse(line_chart("c", "Overall", [Series("Overall", [4.0, 5.0])], labels))
    anchors = [
        t.get("text-anchor") for t in svg.findall(f"{SVG}text") if (t.text or "").startswith("#")
    ]
    assert anchors == ["start", "end"]
