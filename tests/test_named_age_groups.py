"""Group labels named as such (issue 11, group labels): an age group named with ``age group``,
``age band`` or ``age bracket`` (``in the 18–24 age group``, ``the 65+ age band``) and babies
named by a bound on the weeks of pregnancy at birth (``born before 28 weeks``) say who a figure
is about: no figure of their own (the 18–24 was a bare range to verify, the 28 weeks a
duration), kept on the claim as its population. ``born at 29 weeks`` is one baby's age at
birth and stays a figure. Sentences of our own, extracted in one run."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

CASES: list[tuple[str, list[tuple], list[tuple]]] = [
    # (paragraph, [(figure text, low, high)], [(group text, low, high, unit)])
    (
        "In the 18–24 age group, 14% drink daily.",
        [("14%", 14, 14)],
        [("18–24 age group", 18, 24, "year")],
    ),
    (
        "In the 65+ age band, 38% live alone.",
        [("38%", 38, 38)],
        [("65+ age band", 65, None, "year")],
    ),
    (
        "The 50 and over age bracket had 31% uptake.",
        [("31%", 31, 31)],
        [("50 and over age bracket", 50, None, "year")],
    ),
    (
        "Those in the 25-34-year age group: 9% smoke.",
        [("9%", 9, 9)],
        [("25-34-year age group", 25, 34, "year")],
    ),
    (
        "Babies born before 28 weeks have a 72% survival rate.",
        [("72%", 72, 72)],
        [("Babies born before 28 weeks", None, 28, "week")],
    ),
    (
        "Infants born earlier than 37 weeks of gestation had 2 times the risk.",
        [("2 times", 2, 2)],
        [("Infants born earlier than 37 weeks of gestation", None, 37, "week")],
    ),
    (
        "He was born at 29 weeks and weighed 1.3 kg.",
        [("29 weeks", 29, 29), ("1.3 kg", 1.3, 1.3)],
        [],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    path = tmp_path_factory.mktemp("named_ages") / "draft.md"
    path.write_text("\n\n".join(text for text, _f, _g in CASES) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    return {claim["text"]: claim for claim in json.loads(result.stdout)["documents"][0]["claims"]}


@pytest.mark.parametrize(("text", "figures", "groups"), CASES, ids=[t[:40] for t, _f, _g in CASES])
def test_named_group_is_the_claims_population(extracted, text, figures, groups):
    claim = extracted[text]
    assert [(q["text"], q["low"], q["high"]) for q in claim["quantities"]] == figures
    assert [(g["text"], g["low"], g["high"], g["unit"]) for g in claim["groups"]] == groups
