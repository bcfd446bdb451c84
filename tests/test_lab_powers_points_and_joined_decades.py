"""Round bug18's sure and decided kinds (issue 11, round ext25): a lab's reference range in
brackets after a cell count takes the count's unit and power of ten (``Platelets 90 ×10⁹/L
(ref 150–400)`` is 150–400 ×10⁹/L); ``per cent points`` and ``percent points`` are
percentage points; ``in their 60s and 70s`` names two decades, each a group."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from figure_helpers import assert_read_as, extract_paragraphs, fig

from claimcheck.cli import main

LAB_AND_POINTS = [
    (
        "Platelets 95 ×10⁹/L (ref 150–410).",
        [
            fig("95 ×10⁹/L", 9.5e10, unit="/L", kind="measure"),
            fig("150–410", 1.5e11, 4.1e11, unit="/L", kind="measure"),
        ],
    ),
    (
        "WBC 12.4 ×10⁹/L (ref 4.0–11.0).",
        [
            fig("12.4 ×10⁹/L", 1.24e10, unit="/L", kind="measure"),
            fig("4.0–11.0", 4.0e9, 1.1e10, unit="/L", kind="measure"),
        ],
    ),
    (
        "Neutrophils 1.1 x 10^9/L (normal 2.0-7.0).",
        [
            fig("1.1 x 10^9/L", 1.1e9, unit="/L", kind="measure"),
            fig("2.0-7.0", 2.0e9, 7.0e9, unit="/L", kind="measure"),
        ],
    ),
    (
        "Platelets 88 ×10⁹/L (ref 150–400 ×10⁹/L).",
        [
            fig("88 ×10⁹/L", 8.8e10, unit="/L", kind="measure"),
            fig("150–400 ×10⁹/L", 1.5e11, 4.0e11, unit="/L", kind="measure"),
        ],
    ),
    (
        "Potassium 5.9 mmol/L (ref 3.5–5.3).",
        [
            fig("5.9 mmol/L", 5.9, unit="mmol/L", kind="measure"),
            fig("3.5–5.3", 3.5, 5.3, unit="mmol/L", kind="measure"),
        ],
    ),
    (
        "The gap narrowed by 4 per cent points.",
        [fig("4 per cent points", 4.0, unit="percentage points")],
    ),
    (
        "Uptake was 9 percent points higher.",
        [fig("9 percent points", 9.0, unit="percentage points")],
    ),
    ("It fell 3 per-cent points.", [fig("3 per-cent points", 3.0, unit="percentage points")]),
    (
        "She scored 7 per cent, 15 points in all.",
        [
            fig("7 per cent", 7.0, unit="percent"),
            fig("15 points", 15.0, unit="points", kind="count"),
        ],
    ),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("lab"), [text for text, _ in LAB_AND_POINTS])


@pytest.mark.parametrize(("text", "expected"), LAB_AND_POINTS)
def test_lab_powers_and_points(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)


DECADES = [
    (
        "Adults in their 50s and 60s made 30% of calls.",
        [("Adults in their 50s", 50, 59), ("60s", 60, 69)],
    ),
    (
        "Women in their forties or fifties asked 12% more often.",
        [("Women in their forties", 40, 49), ("fifties", 50, 59)],
    ),
    (
        "Men in their 30s, 40s and 50s made up 45% of the list.",
        [("Men in their 30s", 30, 39), ("40s", 40, 49), ("50s", 50, 59)],
    ),
    (
        "People in their late 20s to early 30s were 18% of users.",
        [("People in their late 20s", 27, 29), ("early 30s", 30, 33)],
    ),
    ("Patients in their 70s and 2 nurses fell ill.", [("Patients in their 70s", 70, 79)]),
]


@pytest.fixture(scope="module")
def groups(tmp_path_factory):
    path = tmp_path_factory.mktemp("decades") / "decades.md"
    path.write_text("\n\n".join(text for text, _ in DECADES) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    file_text = path.read_text(encoding="utf-8")
    found: dict = {}
    for claim in json.loads(result.stdout)["documents"][0]["claims"]:
        for group in claim["groups"]:
            assert file_text[group["start"] : group["end"]] == group["text"]
            line_start = file_text.rfind("\n", 0, group["start"]) + 1
            line = file_text[line_start : file_text.find("\n", group["start"])]
            found.setdefault(line, []).append((group["text"], group["low"], group["high"]))
    return found


@pytest.mark.parametrize(("text", "expected"), DECADES)
def test_joined_decades(groups, text, expected) -> None:
    assert groups.get(text, []) == expected
