"""Issue 11, round ext30: bounds with a sign at both ends, a spread after a figure without
brackets, table cells that mean something by their column, an arm's size in a header, and a
change said as a fraction in words.

Every case is a sentence of our own, extracted in one ``claimcheck extract --format json`` run
per table, and each figure's offsets are checked (``text == file[start:end]``).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig

from claimcheck.cli import main


def _iqr(low: float, high: float) -> dict:
    return {"kind": "IQR", "value": None, "low": low, "high": high, "level": None}


CASES_BY_KIND: dict[str, list[tuple[str, list[dict]]]] = {
    "two signed bounds are one interval": [
        (
            "The loading dose is ≥ 2 to ≤ 4 mg/kg.",
            [fig("≥ 2 to ≤ 4 mg/kg", 2, 4, unit="mg/kg", comparator=None)],
        ),
        (
            "Nodules of >1 and <3 cm are watched.",
            [fig(">1 and <3 cm", 1, 3, unit="cm", li=False, hi=False)],
        ),
        (
            "Nodules of >1–<3 cm are watched.",
            [fig(">1–<3 cm", 1, 3, unit="cm", li=False, hi=False)],
        ),
        (
            "Insulin pens keep at 2 °C ≤ T ≤ 8 °C before opening.",
            [fig("2 °C ≤ T ≤ 8 °C", 2, 8, unit="°C")],
        ),
        (
            "Keep the vaccine at 2°C<T≤8°C.",
            [fig("2°C<T≤8°C", 2, 8, unit="°C", li=False)],
        ),
        (
            "A response needs between ≥30 and ≤50% shrinkage.",
            [fig("≥30 and ≤50%", 30, 50, unit="percent")],
        ),
        (
            "Glucose fell from >11 mmol/L to <7 mmol/L.",
            [
                fig(">11 mmol/L", 11, None, unit="mmol/L", li=False),
                fig("<7 mmol/L", None, 7, unit="mmol/L", hi=False),
            ],
        ),
    ],
    "a spread after a figure without brackets": [
        (
            "Median stay was 9 days, IQR 5-14.",
            [fig("9 days", 9, unit="day", spread=_iqr(5, 14))],
        ),
        (
            "The median wait was 11 weeks; interquartile range 6 to 19.",
            [fig("11 weeks", 11, unit="week", spread=_iqr(6, 19))],
        ),
        (
            "Mean age was 47 years, range 21-80.",
            [
                fig(
                    "47 years",
                    47,
                    unit="year",
                    spread={"kind": "range", "value": None, "low": 21, "high": 80, "level": None},
                )
            ],
        ),
        (
            "Weight gain was 4 kg; SD 2.",
            [
                fig(
                    "4 kg; SD 2",
                    4,
                    unit="kg",
                    spread={"kind": "SD", "value": 2, "low": None, "high": None, "level": None},
                )
            ],
        ),
        (
            "Coverage was 62%, 95% CI 58-66.",
            [
                fig(
                    "62%",
                    62,
                    unit="percent",
                    spread={"kind": "CI", "value": None, "low": 58, "high": 66, "level": 95},
                )
            ],
        ),
        (
            "A median of 4 (interquartile range, 2 to 7) visits.",
            [fig("4 (interquartile range, 2 to 7) visits", 4, unit="visits", spread=_iqr(2, 7))],
        ),
        (
            "Median time was 3 hours, IQR, 2–6, in children.",
            [fig("3 hours", 3, unit="hour", spread=_iqr(2, 6))],
        ),
        ("The ward has 20 beds, range of uses aside.", [fig("20 beds", 20, unit="beds")]),
    ],
    "a change said as a fraction in words": [
        (
            "The new drug shrank his tumour by half.",
            [fig("half", 0.5, unit="proportion", kind="proportion")],
        ),
        (
            "Walk-in clinics cut queues by a third.",
            [fig("a third", 1 / 3, unit="proportion", kind="proportion")],
        ),
        (
            "The vaccine halved hospital stays.",
            [fig("halved", 0.5, unit="proportion", kind="proportion", approx=True)],
        ),
        (
            "Smoking fell by two-thirds among teens.",
            [fig("two-thirds", 2 / 3, unit="proportion", kind="proportion")],
        ),
        (
            "The ward saw a quarter fewer falls.",
            [fig("a quarter", 0.25, unit="proportion", kind="proportion")],
        ),
        (
            "Trials showed a one-third reduction in strokes.",
            [fig("one-third", 1 / 3, unit="proportion", kind="proportion")],
        ),
        (
            "Teens saw a two-thirds drop in vaping.",
            [fig("two-thirds", 2 / 3, unit="proportion", kind="proportion")],
        ),
        (
            "Her cyst shrank to half its size.",
            [fig("half", 0.5, unit="proportion", kind="proportion")],
        ),
        ("It was a third rise in fees this year.", []),
        (
            "Stays fell by 50% after the change.",
            [fig("50%", 50, unit="percent", kind="percent")],
        ),
    ],
}
CASES = cases_by_kind(CASES_BY_KIND)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("ext30"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)


def _extract(tmp_path, name: str, text: str) -> tuple[str, list[dict]]:
    """(file text, claims) of one draft."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    file_text = path.read_text(encoding="utf-8")
    claims = json.loads(result.stdout)["documents"][0]["claims"]
    for claim in claims:
        for item in claim["quantities"] + claim.get("groups", []):
            assert file_text[item["start"] : item["end"]] == item["text"]
    return file_text, claims


CHAINED_AGES = [
    ("Adults 18 ≤ age ≤ 65 were enrolled; 40% had diabetes.", 18, 65, True, True),
    ("Patients with 40 < age ≤ 75 years: 12% smoked.", 40, 75, False, True),
    ("Women 50≤age<70 took part and 8% were recalled.", 50, 70, True, False),
    ("Children 2 <= age <= 11: 30% had a rash.", 2, 11, True, True),
    ("Men 45 < age < 60 made up 22% of the cohort.", 45, 60, False, False),
]


@pytest.mark.parametrize(("text", "low", "high", "li", "hi"), CHAINED_AGES)
def test_an_age_between_two_signs_is_a_group_label(tmp_path, text, low, high, li, hi):
    _file, claims = _extract(tmp_path, "ages.md", text + "\n")
    figures = [q for c in claims for q in c["quantities"]]
    groups = [g for c in claims for g in c.get("groups", [])]
    assert [q["unit"] for q in figures] == ["percent"]
    assert [(g["low"], g["high"], g["low_inclusive"], g["high_inclusive"]) for g in groups] == [
        (low, high, li, hi)
    ]


def _figures(claims: list[dict]) -> list[tuple]:
    return [
        (q["text"], q["low"], q["high"], q["unit"], q["statistic"])
        for c in claims
        for q in c["quantities"]
    ]


P_VALUE_TABLES = [
    ("| Test | P value |\n|---|---|\n| X vs Y | <0.001 |\n", [("<0.001", None, 0.001)]),
    ("| Test | p-value |\n|---|---|\n| X vs Y | 0.04 |\n", [("0.04", 0.04, 0.04)]),
    ("| Test | P |\n|---|---|\n| X vs Y | 0.72 |\n", [("0.72", 0.72, 0.72)]),
    ("| Outcome | HR | P value |\n|---|---|---|\n| Death | 0.8 | 0.01 |\n", [("0.01", 0.01, 0.01)]),
    ("| Test | P value |\n|---|---|\n| X vs Y | <0.05 |\n| X vs Z | 0.2 |\n",
     [("<0.05", None, 0.05), ("0.2", 0.2, 0.2)]),
]  # fmt: skip


@pytest.mark.parametrize(("table", "expected"), P_VALUE_TABLES)
def test_a_p_value_column_gives_p_values(tmp_path, table, expected):
    _file, claims = _extract(tmp_path, "p.md", table)
    p_values = [(t, lo, hi) for t, lo, hi, _u, st in _figures(claims) if st == "P"]
    assert p_values == expected


COUNT_TABLES = [
    ("| Arm | Events/N |\n|---|---|\n| Drug | 21/90 |\n", [("21/90", 21 / 90)]),
    ("| Arm | n/N |\n|---|---|\n| Drug | 7/40 |\n| Placebo | 12/41 |\n",
     [("7/40", 7 / 40), ("12/41", 12 / 41)]),
    ("| Arm | Events / total |\n|---|---|\n| Drug | 50/200 |\n", [("50/200", 0.25)]),
    ("| Arm | Deaths/N |\n|---|---|\n| Drug | 3/75 |\n", [("3/75", 0.04)]),
    # the count with its percentage is one figure, the percentage as written (session 39)
    ("| Arm | Events/N |\n|---|---|\n| Drug | 9/30 (30%) |\n", [("9/30 (30%)", 30.0)]),
]  # fmt: skip


@pytest.mark.parametrize(("table", "expected"), COUNT_TABLES)
def test_an_events_column_gives_a_part_of_its_whole(tmp_path, table, expected):
    """As prose ``34 of 120`` and ``34/120 (28%)`` read: the proportion the part is."""
    _file, claims = _extract(tmp_path, "n.md", table)
    parts = [(t, lo) for t, lo, hi, u, _st in _figures(claims) if u in ("proportion", "percent")]
    assert parts == [(t, pytest.approx(v)) for t, v in expected]


def test_a_slash_cell_under_another_title_stays_no_figure(tmp_path):
    _file, claims = _extract(tmp_path, "d.md", "| Visit | Date |\n|---|---|\n| First | 3/12 |\n")
    assert _figures(claims) == []


AGE_TABLES = [
    ("| Age | Dose |\n|---|---|\n| 1–4 years | 4 mL |\n", [(1, 4)]),
    ("| Age group | Rate (%) |\n|---|---|\n| 25–34 | 4.1 |\n", [(25, 34)]),
    ("| Age | Dose |\n|---|---|\n| 6–11 years | 5 mL |\n| 12–17 years | 10 mL |\n",
     [(6, 11), (12, 17)]),
    ("| Ages | Uptake |\n|---|---|\n| 65+ | 71% |\n", [(65, None)]),
    ("| Age | Screened |\n|---|---|\n| Under 35 | 40% |\n", [(None, 35)]),
]  # fmt: skip


@pytest.mark.parametrize(("table", "expected"), AGE_TABLES)
def test_an_age_row_header_is_its_rows_group(tmp_path, table, expected):
    _file, claims = _extract(tmp_path, "a.md", table)
    assert [[(g["low"], g["high"]) for g in c["groups"]] for c in claims] == [[e] for e in expected]


ARM_SIZES = [
    ("Drug (n = 240) had a 31% response.",
     "| Outcome | Drug (n = 240) |\n|---|---|\n| Response | 31% |\n", 240),
    ("Placebo (N=238) had an 18% response.",
     "| Outcome | Placebo (N=238) |\n|---|---|\n| Response | 18% |\n", 238),
    ("Arm A (n = 61) had 12% falls.",
     "| Outcome | Arm A (n = 61) |\n|---|---|\n| Falls | 12% |\n", 61),
    ("Usual care (n=90) had 9% relapses.",
     "| Outcome | Usual care (n=90) |\n|---|---|\n| Relapse | 9% |\n", 90),
    ("Surgery (n = 1,204) had 3% deaths.",
     "| Outcome | Surgery (n = 1,204) |\n|---|---|\n| Death | 3% |\n", 1204),
]  # fmt: skip


@pytest.mark.parametrize(("prose", "table", "size"), ARM_SIZES)
def test_an_arms_size_reads_the_same_in_prose_and_in_a_header(tmp_path, prose, table, size):
    """Decided (README): ``(n = 240)`` after an arm's name is a figure, the arm's size, in a
    sentence and in a column header alike."""
    _p, in_prose = _extract(tmp_path, "prose.md", prose + "\n")
    _t, in_table = _extract(tmp_path, "table.md", table)
    sizes = [
        [(lo, hi, u) for _t, lo, hi, u, _st in _figures(c) if u != "percent"]
        for c in (in_prose, in_table)
    ]
    assert sizes[0] == sizes[1] == [(size, size, None)]


HTML_TABLES = [
    (
        "<table><tr><th>Arm</th><th>P value</th></tr>"
        "<tr><td>Drug</td><td>&lt;0.001</td></tr></table>\n",
        [("&lt;0.001", None, 0.001, None, "P")],
    ),
    (
        "<table><tr><th>Arm</th><th>Rate, %</th></tr>"
        "<tr><td>Drug</td><td>&lt;1</td></tr></table>\n",
        [("&lt;1", None, 1, "percent", None)],
    ),
    (
        "<table><tr><th>Arm</th><th>n/N</th></tr><tr><td>Drug</td><td>12/48</td></tr></table>\n",
        [("12/48", 0.25, 0.25, "proportion", None)],
    ),
    (
        "<table>\n<tr><th>Arm</th><th>p-value</th></tr>\n"
        "<tr><td>Drug</td><td>0.02</td></tr>\n</table>\n",
        [("0.02", 0.02, 0.02, None, "P")],
    ),
    ("<p><b>Only</b> &lt;5% of adults smoke.</p>\n", [("&lt;5%", None, 5, "percent", None)]),
]


@pytest.mark.parametrize(("page", "expected"), HTML_TABLES)
def test_html_cells_read_by_their_column(tmp_path, page, expected):
    """The same column rules in HTML, a sign written as an entity too (``&lt;0.001``), whose
    blanks stand between the cell's edge and the figure."""
    _file, claims = _extract(tmp_path, "page.html", page)
    assert _figures(claims) == expected
