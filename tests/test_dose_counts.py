"""A count of doses times a dose (``2 × 500 mg``, ``3 x 1 g``) is read as two figures, the
count of doses and the dose, never as a relative effect (issue 11): no CC311 on a dosing
instruction, while ``3 × higher`` and ``2-fold`` stay multiples that need their absolute
figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from figure_helpers import assert_read_as, extract_paragraphs, fig

from claimcheck.cli import main

CASES: list[tuple[str, list[dict]]] = [
    (
        "Adults may take 2 × 200 mg capsules every 8 hours.",
        [
            fig("2 ×", 2, unit="capsules", kind="count"),
            fig("200 mg", 200, unit="mg"),
            fig("8 hours", 8, unit="hour"),
        ],
    ),
    (
        "The loading dose is 4 x 0.5 g.",
        [fig("4 x", 4, unit="doses", kind="count"), fig("0.5 g", 0.5, unit="g")],
    ),
    (
        "Each box holds 2x250mg sachets.",
        [fig("2x", 2, unit="sachets", kind="count"), fig("250mg", 250, unit="mg")],
    ),
    (
        "Children get 3 × 5 mL of the syrup.",
        [fig("3 ×", 3, unit="doses", kind="count"), fig("5 mL", 5, unit="mL")],
    ),
    (
        "Use 2 x 100 mcg puffs twice daily.",
        [
            fig("2 x", 2, unit="puffs", kind="count"),
            fig("100 mcg", 100, unit="µg"),
            fig("twice daily", 2, unit="times/day", kind="frequency"),
        ],
    ),
    (
        "Vaccination was 2 × 30 µg doses.",
        [fig("2 ×", 2, unit="doses", kind="count"), fig("30 µg", 30, unit="µg")],
    ),
    # a price after the sign: a count of items, then the price of one
    (
        "The sessions are billed as 2 x £50.",
        [fig("2 x", 2, unit="items", kind="count"), fig("£50", 50, unit="GBP")],
    ),
    (
        "The pack is 3 × US$ 120.",
        [fig("3 ×", 3, unit="items", kind="count"), fig("US$ 120", 120, unit="USD")],
    ),
    (
        "It costs 4x €15 in all.",
        [fig("4x", 4, unit="items", kind="count"), fig("€15", 15, unit="EUR")],
    ),
    # still multiples, and a power of ten is still a power of ten
    ("Costs were 3 × higher in the city.", [fig("3 ×", 3, unit="fold", kind="multiple")]),
    ("Ferritin rose 4x after the infusion.", [fig("4x", 4, unit="fold", kind="multiple")]),
    (
        "A dose of 2 x 10^6 cells/kg was given.",
        [fig("2 x 10^6 cells/kg", 2e6, unit="cells/kg")],
    ),
    # the shape of a table or a design is no figure
    ("Results are shown in a 2 × 2 table.", []),
    ("It was a 2x2 factorial trial.", []),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return extract_paragraphs(tmp_path_factory.mktemp("doses"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:40] for text, _ in CASES])
def test_dose_count_is_read_as_written(extracted: dict, text: str, expected: list) -> None:
    assert_read_as(extracted[text], text, expected)


def test_dosing_instructions_get_no_cc311(tmp_path: Path) -> None:
    draft = tmp_path / "leaflet.md"
    dosing = [text for text, expected in CASES[:9]]
    effects = ["Costs were 3 × higher in the city.", "The drug gave a 2-fold rise in response."]
    draft.write_text("\n\n".join(dosing + effects) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--format", "json", str(draft)])
    findings = json.loads(result.stdout)["findings"]
    relative = sorted(f["line"] for f in findings if f["code"] == "CC311")
    # the dosing and price lines are 1, 3, …, 17; the two relative effects are on lines 19 and 21
    assert relative == [19, 21]
