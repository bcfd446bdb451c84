"""A count followed by its share in brackets (``200 (81.6%)``, ``30 among 120 (25%)``,
``n = 45 (12%)``, a cell ``386 (16.3)`` under ``n (%)``) is a count: only the bracketed figure
is a percentage, so a right count is never accused against a percent claim."""

from __future__ import annotations

import json

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Relapse was seen in 31 (14.2%) of the treated children.",
        [fig("31", 31, kind="number"), fig("14.2%", 14.2, unit="percent", kind="percent")],
    ),
    (
        "Headache hit 12% of the group, and 57 (22.5%) in the other arm.",
        [
            fig("12%", 12, unit="percent"),
            fig("57", 57, unit=None, kind="number"),
            fig("22.5%", 22.5, unit="percent"),
        ],
    ),
    (
        "There were 90 deaths: 38 among 310 women (12.3%) and 52 among 298 (17.4%) on usual care.",
        [
            fig("90 deaths", 90, unit="deaths", kind="count"),
            fig("38", 38, unit="women", kind="count"),
            fig("310 women", 310, unit="women", kind="count"),
            fig("12.3%", 12.3, unit="percent"),
            fig("52", 52, unit="women", kind="count"),
            fig("298", 298, unit=None),
            fig("17.4%", 17.4, unit="percent"),
        ],
    ),
    (
        "Overall, 84 (21.0%) of 400 adults stopped early.",
        [
            fig("84", 84, unit="adults", kind="count"),
            fig("21.0%", 21.0, unit="percent"),
            fig("400 adults", 400, unit="adults", kind="count"),
        ],
    ),
    (
        "Rash occurred in 9% of users and in n = 14 (6%) of the older users.",
        [
            fig("9%", 9, unit="percent"),
            fig("14", 14, unit=None, kind="number"),
            fig("6%", 6, unit="percent"),
        ],
    ),
    (
        "Falls were 4.1% with the drug, against 19 out of 220 (8.6%) with placebo.",
        [
            fig("4.1%", 4.1, unit="percent"),
            # a count restated as its percentage is one figure, the percentage as written
            fig("19 out of 220 (8.6%)", 8.6, unit="percent"),
        ],
    ),
    (
        "Cure rates were 70% and 44 (61.1%) in the two clinics.",
        [
            fig("70%", 70, unit="percent"),
            fig("44", 44, unit=None, kind="number"),
            fig("61.1%", 61.1, unit="percent"),
            fig("two clinics", 2, unit="clinics", kind="count"),
        ],
    ),
    (
        "There were 41 falls (9.8%) on the drug and 57 (13.9%) on placebo.",
        [
            fig("41 falls", 41, unit="falls", kind="count"),
            fig("9.8%", 9.8, unit="percent"),
            fig("57", 57, unit="falls", kind="count"),
            fig("13.9%", 13.9, unit="percent"),
        ],
    ),
    (
        "In the trial, 73 (18.5%) adults stopped the drug.",
        [
            fig("73", 73, unit="adults", kind="count"),
            fig("18.5%", 18.5, unit="percent"),
        ],
    ),
    # a measure keeps its unit: the bracket is then its own share of something else
    ("A 5 mg dose (10%) was skipped.", [fig("5 mg", 5, unit="mg"), fig("10%", 10, unit="percent")]),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("shares"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_count_then_share(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)


TABLE = """Table 3. Adverse events by arm, n (%)

| Event | Drug | Placebo |
|---|---|---|
| Nausea | 140 (27.3) | 61 (12.0) |
| Rash | 33 (6.4%) | 12 (2.4%) |
| Any event | 310/512 (60.5%) | 250/508 (49.2%) |
"""


def test_count_and_share_cells(tmp_path):
    """Under ``n (%)`` each cell's first number is a count, the bracketed one a percent; a
    ``part/whole (share)`` cell is one figure, the share as written (``310/512 (60.5%)``)."""
    from click.testing import CliRunner

    from claimcheck.cli import main

    path = tmp_path / "table.md"
    path.write_text(TABLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    read = [q for c in json.loads(result.stdout)["documents"][0]["claims"] for q in c["quantities"]]
    for quantity in read:
        assert TABLE[quantity["start"] : quantity["end"]] == quantity["text"]
    units = {q["text"]: (q["unit"], q["kind"]) for q in read}
    for count in ("140", "61", "33", "12"):
        assert units[count] == (None, "number"), count
    for share in ("27.3", "12.0", "6.4%", "2.4%", "310/512 (60.5%)", "250/508 (49.2%)"):
        assert units[share] == ("percent", "percent"), share
    assert all(q["unit"] != "percent" or q["low"] < 100 for q in read)
