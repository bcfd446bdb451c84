"""A fix that replaces a figure keeps no directional hedge the source does not carry:
"Nearly 60%" fixed to "Nearly 46%" says "a little under 46%" where the source says "an
estimated 46%". Neutral hedges stay; a directional one becomes "about" (an approximate
source) or goes (an exact one); a hedge the claim's own statement says is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CLAIM = """\
- id: hypertension-unaware
  statement: {statement}
  subject: [hypertension]
  context: [unaware, adults]
  value: {value}
  sources:
    - citation: "WHO. Hypertension fact sheet. 2023"
  status: approved
"""
APPROX = (
    "An estimated 46% of adults with hypertension are unaware of it.",
    "{value: 46, unit: percent, approx: true}",
)
EXACT = ("46% of adults with hypertension are unaware of it.", "{value: 46, unit: percent}")
NEARLY = ("Nearly 46% of adults with hypertension are unaware of it.", APPROX[1])
UNDER = (
    "Under 46% of adults with hypertension are unaware of it.",
    "{high: 46, high_inclusive: false, unit: percent}",
)
TAIL = " of adults with hypertension are unaware of it."


def fixed(tmp_path: Path, run_cli, claim: tuple[str, str], said: str) -> str:
    """The sentence ``said`` + TAIL as `lint --fix --unsafe-fixes` leaves it."""
    (tmp_path / "claims").mkdir(exist_ok=True)
    statement, value = claim
    (tmp_path / "claims" / "bp.yaml").write_text(CLAIM.format(statement=statement, value=value))
    draft = tmp_path / "a.md"
    draft.write_text(f"# Blood pressure\n\n{said}{TAIL}\n")
    result = run_cli(
        "lint",
        "--registry",
        tmp_path / "claims",
        "--fix",
        "--unsafe-fixes",
        "--select",
        "CC101",
        draft,
    )
    assert result.exit_code in (0, 1), result.output
    return draft.read_text().splitlines()[2].removesuffix(TAIL)


@pytest.mark.parametrize(
    ("claim", "said", "expected"),
    [
        (APPROX, "Nearly 60%", "About 46%"),
        (APPROX, "Almost 60%", "About 46%"),
        (APPROX, "Close to 60%", "About 46%"),
        (APPROX, "About 60%", "About 46%"),
        (APPROX, "Roughly 60%", "Roughly 46%"),
        (APPROX, "An estimated 60%", "An estimated 46%"),
        (EXACT, "Nearly 60%", "46%"),
        (EXACT, "In nearly 60%", "In 46%"),
        (NEARLY, "Nearly 60%", "Nearly 46%"),
        (UNDER, "Just under 60%", "Under 46%"),
        (UNDER, "Fewer than 60%", "Fewer than 46%"),
    ],
)
def test_a_fix_keeps_no_directional_hedge(tmp_path, run_cli, claim, said, expected):
    assert fixed(tmp_path, run_cli, claim, said) == expected


def test_the_fix_title_says_the_new_hedge(tmp_path, run_cli):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "bp.yaml").write_text(CLAIM.format(statement=APPROX[0], value=APPROX[1]))
    (tmp_path / "a.md").write_text(f"# Blood pressure\n\nNearly 60%{TAIL}\n")
    result = run_cli(
        "lint", "--registry", tmp_path / "claims", "--format", "json", tmp_path / "a.md"
    )
    titles = [
        f["fix"]["title"] for f in json.loads(result.stdout)["findings"] if f["code"] == "CC101"
    ]
    assert titles == ['Replace "Nearly 60%" with the source\'s "About 46%"']
