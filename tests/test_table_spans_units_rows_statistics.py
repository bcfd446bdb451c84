"""Table cells read under the right header (issue 11, tables): a cell spanning rows or columns
(``rowspan``/``colspan``) keeps the cells after it in their columns; a units row right under
the header (``| | kg | cm |``) gives its column's cells that unit; a header that names a
statistic in brackets (``Efficacy, % (95% CI)``, ``Median (IQR) stay, days``, ``Mean (SD),
kg``) keeps its unit, and the cell's bracket is that spread. Tables of our own, extracted in
one ``claimcheck extract --format json`` run; every figure's offsets are checked."""

from __future__ import annotations

import pytest
from form_helpers import quantities_by_file


def ci(low, high, kind="CI"):
    return (kind, None, low, high)


def sd(value, kind="SD"):
    return (kind, value, None, None)


# (name, file text, [(figure text, value, unit, spread as (kind, value, low, high) or None)])
SPANS = [
    (
        "rowspan_first.html",
        "<table><tr><th>Arm</th><th>Dose (mg)</th><th>Rate (%)</th></tr>"
        '<tr><td rowspan="2">Beta</td><td>15</td><td>33</td></tr>'
        "<tr><td>30</td><td>61</td></tr></table>",
        [
            ("15", 15, "mg", None),
            ("33", 33, "percent", None),
            ("30", 30, "mg", None),
            ("61", 61, "percent", None),
        ],
    ),
    (
        "rowspan_three.html",
        "<table><tr><th>Region</th><th>Clinic</th><th>Wait (days)</th><th>Uptake (%)</th></tr>"
        '<tr><td rowspan="3">East</td><td>Ash</td><td>14</td><td>62</td></tr>'
        "<tr><td>Birch</td><td>21</td><td>48</td></tr>"
        "<tr><td>Cedar</td><td>9</td><td>71</td></tr>"
        "<tr><td>West</td><td>Dale</td><td>17</td><td>55</td></tr></table>",
        [
            ("14", 14, "day", None),
            ("62", 62, "percent", None),
            ("21", 21, "day", None),
            ("48", 48, "percent", None),
            ("9", 9, "day", None),
            ("71", 71, "percent", None),
            ("17", 17, "day", None),
            ("55", 55, "percent", None),
        ],
    ),
    (
        "rowspan_middle.html",
        "<table><tr><th>Year</th><th>Cost (USD)</th><th>Visits (n)</th><th>Share (%)</th></tr>"
        '<tr><td>2022</td><td>420</td><td rowspan="2">1200</td><td>41</td></tr>'
        "<tr><td>2023</td><td>455</td><td>44</td></tr></table>",
        [
            ("420", 420, "USD", None),
            ("1200", 1200, None, None),
            ("41", 41, "percent", None),
            ("455", 455, "USD", None),
            ("44", 44, "percent", None),
        ],
    ),
    (
        "colspan_body.html",
        "<table><tr><th>Year</th><th>Cost (USD)</th><th>Visits (n)</th><th>Share (%)</th></tr>"
        '<tr><td>2021</td><td colspan="2">not collected</td><td>38</td></tr></table>',
        [("38", 38, "percent", None)],
    ),
    (
        "both_spans.html",
        "<table><tr><th>Site</th><th>Beds</th><th>Stay (days)</th><th>Occupancy (%)</th></tr>"
        '<tr><td rowspan="2" colspan="2">Annex</td><td>6</td><td>81</td></tr>'
        "<tr><td>5</td><td>77</td></tr></table>",
        [
            ("6", 6, "day", None),
            ("81", 81, "percent", None),
            ("5", 5, "day", None),
            ("77", 77, "percent", None),
        ],
    ),
]

UNITS_ROWS = [
    (
        "units_md.md",
        "| Measure | Weight | Height |\n|---|---|---|\n| | kg | cm |\n| Median | 70.1 | 171 |\n",
        [("70.1", 70.1, "kg", None), ("171", 171, "cm", None)],
    ),
    (
        "units_word.md",
        "| Site | Stay | Cost |\n|---|---|---|\n| Unit | days | USD |\n| A | 4 | 900 |\n",
        [("4", 4, "day", None), ("900", 900, "USD", None)],
    ),
    (
        "units_html.html",
        "<table><tr><th></th><th>Systolic</th><th>Share</th></tr>"
        "<tr><td></td><td>mmHg</td><td>%</td></tr>"
        "<tr><td>Baseline</td><td>142</td><td>12</td></tr></table>",
        [("142", 142, "mmHg", None), ("12", 12, "percent", None)],
    ),
    (
        "units_two_rows.md",
        "| Ward | Dose | Wait |\n|---|---|---|\n| | mg | hours |\n| North | 250 | 6 |\n"
        "| South | 500 | 9 |\n",
        [
            ("250", 250, "mg", None),
            ("6", 6, "hour", None),
            ("500", 500, "mg", None),
            ("9", 9, "hour", None),
        ],
    ),
    (
        # a second header row of groups is no units row: its cells keep no unit
        "groups_row.md",
        "| Measure | A | B |\n|---|---|---|\n| | Women | Men |\n| Visits | 66 | 58 |\n",
        [("66", 66, None, None), ("58", 58, None, None)],
    ),
]

STATISTICS = [
    (
        "ci_share.md",
        "| Trial | Efficacy, % (95% CI) |\n|---|---|\n| B | 78 (70–84) |\n",
        [("78", 78, "percent", ci(70, 84))],
    ),
    (
        "iqr_days.md",
        "| Site | Median (IQR) stay, days |\n|---|---|\n| North | 9 (5–14) |\n",
        [("9", 9, "day", ci(5, 14, "IQR"))],
    ),
    (
        "sd_kg.md",
        "| Group | Mean (SD), kg |\n|---|---|\n| Adults | 81.2 (12.5) |\n",
        [("81.2", 81.2, "kg", sd(12.5))],
    ),
    (
        "se_mmhg.md",
        "| Cohort | Mean (SE), mmHg |\n|---|---|\n| South | 128.4 (1.9) |\n",
        [("128.4", 128.4, "mmHg", sd(1.9, "SE"))],
    ),
    (
        "range_years.md",
        "| Cohort | Median (range) follow-up, years |\n|---|---|\n| East | 6 (2–11) |\n",
        [("6", 6, "year", ci(2, 11, "range"))],
    ),
    (
        # "n (%)" names no statistic: the count and its share stay two figures
        "count_share.md",
        "| Cohort | Cases, n (%) |\n|---|---|\n| East | 40 (12.5) |\n",
        [("40", 40, None, None), ("12.5", 12.5, "percent", None)],
    ),
]

ALL = SPANS + UNITS_ROWS + STATISTICS


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    drafts = {name: text for name, text, _figures in ALL}
    return quantities_by_file(tmp_path_factory.mktemp("tables"), drafts)


def _spread(quantity):
    spread = quantity["spread"]
    if spread is None:
        return None
    return (spread["kind"], spread["value"], spread["low"], spread["high"])


@pytest.mark.parametrize(("name", "text", "figures"), ALL, ids=[case[0] for case in ALL])
def test_cells_read_under_their_headers(extracted, name, text, figures):
    got = extracted.get(name, [])
    assert [q["text"] for q in got] == [f[0] for f in figures]
    for quantity, (surface, value, unit, spread) in zip(got, figures, strict=True):
        assert quantity["low"] == pytest.approx(value) == quantity["high"], surface
        assert quantity["unit"] == unit, surface
        assert _spread(quantity) == (
            spread and tuple(pytest.approx(v) if isinstance(v, float | int) else v for v in spread)
        ), surface
