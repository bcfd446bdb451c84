"""A body-weight band after a child noun or a weighing word names who a figure is about
(``children over 40 kg take 500 mg``): a group label on the claim, never a figure to verify;
an adult noun with a bare weight keeps the weight as a figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

# sentence, label, low, high, low_inclusive, high_inclusive, unit, the claim's figure
BANDS = [
    (
        "Kids over 30 kg can take two tablets.",
        "Kids over 30 kg",
        30,
        None,
        False,
        True,
        "kg",
        "two tablets",
    ),
    (
        "Toddlers under 12 kg get 2.5 mL.",
        "Toddlers under 12 kg",
        None,
        12,
        True,
        False,
        "kg",
        "2.5 mL",
    ),
    (
        "Newborns weighing 1.5–2.5 kg stayed 4 days.",
        "Newborns weighing 1.5–2.5 kg",
        1.5,
        2.5,
        True,
        True,
        "kg",
        "4 days",
    ),
    (
        "Teenagers who weigh at least 50 kg take 1 g.",
        "Teenagers who weigh at least 50 kg",
        50,
        None,
        True,
        True,
        "kg",
        "1 g",
    ),
    ("Infants 6 kg and over get 5 mL.", "Infants 6 kg and over", 6, None, True, True, "kg", "5 mL"),
    (
        "Patients with a body weight of 100 kg or more need 750 mg.",
        "Patients with a body weight of 100 kg or more",
        100,
        None,
        True,
        True,
        "kg",
        "750 mg",
    ),
    (
        "Babies between 2 and 4 kg need 30 mL a feed.",
        "Babies between 2 and 4 kg",
        2,
        4,
        True,
        True,
        "kg",
        "30 mL",
    ),
    (
        "Adults weighing under 110 lb take 250 mg.",
        "Adults weighing under 110 lb",
        None,
        110,
        True,
        False,
        "lb",
        "250 mg",
    ),
]

BANDS += [
    (
        "Children (over 40 kg) take 500 mg.",
        "Children (over 40 kg)",
        40,
        None,
        False,
        True,
        "kg",
        "500 mg",
    ),
    (
        "Babies of less than 1.5 kg have a 20% risk.",
        "Babies of less than 1.5 kg",
        None,
        1.5,
        True,
        False,
        "kg",
        "20%",
    ),
    ("Children >40 kg take 500 mg.", "Children >40 kg", 40, None, False, True, "kg", "500 mg"),
    (
        "Babies lighter than 2.5 kg stay 2 days longer.",
        "Babies lighter than 2.5 kg",
        None,
        2.5,
        True,
        False,
        "kg",
        "2 days",
    ),
]

# a weight that stays a figure: no group label
FIGURES = [
    ("Men over 90 kg had more knee pain.", "over 90 kg"),
    ("The children lost 3 kg on average.", "3 kg"),
    ("Each child gained 1.2 kg in the trial.", "1.2 kg"),
]


def _claim(tmp_path: Path, sentence: str) -> tuple[str, dict]:
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(draft)])
    assert result.exit_code == 0, result.stderr
    [claim] = json.loads(result.stdout)["documents"][0]["claims"]
    return draft.read_text(encoding="utf-8"), claim


@pytest.mark.parametrize("case", BANDS, ids=[c[0] for c in BANDS])
def test_weight_band_is_a_group_label(tmp_path: Path, case: tuple) -> None:
    sentence, written, low, high, low_inc, high_inc, unit, figure = case
    raw, claim = _claim(tmp_path, sentence)
    [group] = claim["groups"]
    assert group["text"] == written == raw[group["start"] : group["end"]]
    assert (group["low"], group["high"]) == (low, high)
    assert (group["low_inclusive"], group["high_inclusive"], group["unit"]) == (
        low_inc,
        high_inc,
        unit,
    )
    assert [q["text"] for q in claim["quantities"]] == [figure]


@pytest.mark.parametrize(("sentence", "figure"), FIGURES)
def test_weight_without_a_group_stays_a_figure(tmp_path: Path, sentence: str, figure: str) -> None:
    _, claim = _claim(tmp_path, sentence)
    assert claim["groups"] == []
    assert figure in [q["text"] for q in claim["quantities"]]
