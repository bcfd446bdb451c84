"""Age brackets written with a worded link or in brackets after an age phrase (bug21 kinds 1
and 9 of issue 11's group labels).

``18-to-24-year-olds``, ``16 to 18 year olds``, ``5-to-11s`` and ``aged 40-to-74`` name the
whole bracket, not its upper end; ``women of childbearing age (15–49)`` gives the bracket to
the noun before the age phrase. Each row: the sentence, the label's words, its bounds, its
noun and the figure the claim keeps. Sentences of our own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

WORDED = [
    ("Among 19-to-23-year-olds, 31% had a flu jab.", "19-to-23-year-olds", 19, 23, None, "31%"),
    ("Of 13 to 15 year olds, 6% smoke daily.", "13 to 15 year olds", 13, 15, None, "6%"),
    ("14-to-17-year-olds drank 3 units a week.", "14-to-17-year-olds", 14, 17, None, "3 units"),
    ("Boosters went to 5-to-11s and 45% came.", "5-to-11s", 5, 11, None, "45%"),
    ("Uptake among the 12–15s reached 52%.", "12–15s", 12, 15, None, "52%"),
    ("Screening men aged 45-to-70 found 8% at risk.", "men aged 45-to-70", 45, 70, "men", "8%"),
    ("In ages 6-to-11, 60% responded.", "ages 6-to-11", 6, 11, None, "60%"),
]

BRACKETED = [
    (
        "Women of childbearing age (16–44) took 400 µg.",
        "Women of childbearing age (16–44",
        16,
        44,
        "women",
        "400 µg",
    ),
    (
        "Adults of working age (16-64 years) made up 58% of claims.",
        "Adults of working age (16-64 years",
        16,
        64,
        "adults",
        "58%",
    ),
    (
        "People of pension age (66+) got 3 free checks.",
        "People of pension age (66+",
        66,
        None,
        "people",
        "3 free checks",
    ),
    (
        "Girls of school age (5 to 16) ate 2 portions.",
        "Girls of school age (5 to 16",
        5,
        16,
        "girls",
        "2 portions",
    ),
    (
        "Women in their reproductive years (18–45) had a 7% rate.",
        "Women in their reproductive years (18–45",
        18,
        45,
        "women",
        "7%",
    ),
]

# look-alikes: a pack size and a bracket that says more than an age are no group
NOT_GROUPS = [
    ("The shop sells 2-4s packs at 30% off.", "30%"),
    ("In the 20-30s band, 12% smoked.", "12%"),
    ("Men of working age (12) saw 4 doctors.", "4 doctors"),
]


def _claims(tmp_path: Path, sentence: str) -> tuple[str, list[dict]]:
    draft = tmp_path / "page.md"
    draft.write_text(sentence + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(draft)])
    assert result.exit_code == 0, result.stderr
    return draft.read_text(encoding="utf-8"), json.loads(result.stdout)["documents"][0]["claims"]


@pytest.mark.parametrize("row", WORDED + BRACKETED, ids=lambda row: row[1])
def test_the_whole_bracket_is_the_group(tmp_path: Path, row: tuple) -> None:
    sentence, written, low, high, noun, figure = row
    raw, claims = _claims(tmp_path, sentence)
    groups = [g for claim in claims for g in claim["groups"]]
    assert [g["text"] for g in groups] == [written]
    [group] = groups
    assert raw[group["start"] : group["end"]] == written
    assert (group["low"], group["high"], group["unit"], group["noun"]) == (low, high, "year", noun)
    texts = [q["text"] for claim in claims for q in claim["quantities"]]
    assert any(figure in text for text in texts), texts
    for q in (q for claim in claims for q in claim["quantities"]):
        assert raw[q["start"] : q["end"]] == q["text"]
        assert q["end"] <= group["start"] or q["start"] >= group["end"], texts


@pytest.mark.parametrize(("sentence", "figure"), NOT_GROUPS)
def test_look_alikes_are_no_bracket_group(tmp_path: Path, sentence: str, figure: str) -> None:
    _, claims = _claims(tmp_path, sentence)
    assert not any(claim["groups"] for claim in claims)
    assert any(figure in q["text"] for claim in claims for q in claim["quantities"])
