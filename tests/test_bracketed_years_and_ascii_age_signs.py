"""Two shapes of running text (issue 11): a change whose start carries a bracketed year
(``rose from 318 (2017) to 402 (2023)``) gives its end the ``after`` role, as ``from 318 in
2017 to 402 in 2023`` does; and an ASCII comparator before an age (``>=18 years``, ``<=50``,
``=> 70``) names a group, as ``≥18 years`` does, never a figure to verify. Sentences of our
own, extracted in one run, offsets checked."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from figure_helpers import assert_read_as, extract_paragraphs, fig

from claimcheck.cli import main

CHANGES = [
    (
        "Admissions rose from 318 (2017) to 402 (2023) across the region.",
        [fig("318", 318, role="before"), fig("402", 402, role="after")],
    ),
    (
        "Clinic visits climbed from 1,140 (2019/20) to 1,560 (2022/23).",
        [fig("1,140", 1140, role="before"), fig("1,560", 1560, role="after")],
    ),
    (
        "Waiting lists fell from 96 (2016) to 71.",
        [fig("96", 96, role="before"), fig("71", 71, role="after")],
    ),
    (
        "Vaccine uptake increased from 54% (2015) to 68% (2021).",
        [
            fig("54%", 54, unit="percent", role="before"),
            fig("68%", 68, unit="percent", role="after"),
        ],
    ),
    (
        "Doses dropped from 7.5 mg (in 2012) to 4 mg (in 2020).",
        [fig("7.5 mg", 7.5, unit="mg", role="before"), fig("4 mg", 4, unit="mg", role="after")],
    ),
]


@pytest.fixture(scope="module")
def changes(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("changes"), [t for t, _e in CHANGES])


@pytest.mark.parametrize(("text", "expected"), CHANGES, ids=[t[:40] for t, _ in CHANGES])
def test_bracketed_year_keeps_the_change(changes, text, expected):
    assert_read_as(changes[text], text, expected)


# (sentence, group text, low, high, low inclusive, high inclusive, the one figure)
AGES = [
    ("Patients >=18 years were enrolled, and 42% completed it.", "Patients >=18 years",
     18, None, True, True, "42%"),
    ("Among adults >65, 31% had a fall in the past year.", "adults >65",
     65, None, False, True, "31%"),
    ("Children <16 years made up 12% of admissions.", "Children <16 years",
     None, 16, True, False, "12%"),
    ("Women <=50 years had a 7% rate of recall.", "Women <=50 years",
     None, 50, True, True, "7%"),
    ("In people => 70 years the rate was 19%.", "people => 70 years",
     70, None, True, True, "19%"),
    ("Only adults >= 40 years were offered it; uptake was 58%.", "adults >= 40 years",
     40, None, True, True, "58%"),
]  # fmt: skip


@pytest.fixture(scope="module")
def ages(tmp_path_factory):
    path = tmp_path_factory.mktemp("ages") / "ages.md"
    path.write_text("\n\n".join(case[0] for case in AGES) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    return path.read_text(encoding="utf-8"), json.loads(result.stdout)["documents"][0]["claims"]


@pytest.mark.parametrize("case", AGES, ids=[case[1] for case in AGES])
def test_ascii_sign_before_an_age_is_a_group(ages, case):
    sentence, label, low, high, low_inclusive, high_inclusive, figure = case
    text, claims = ages
    at = text.index(sentence)
    claim = next(c for c in claims if at <= c["start"] < at + len(sentence))
    assert [q["text"] for q in claim["quantities"]] == [figure]
    for quantity in claim["quantities"]:
        assert text[quantity["start"] : quantity["end"]] == quantity["text"]
    [group] = claim["groups"]
    assert text[group["start"] : group["end"]] == group["text"] == label
    assert (group["low"], group["high"]) == (low, high)
    assert (group["low_inclusive"], group["high_inclusive"]) == (low_inclusive, high_inclusive)
    assert group["unit"] == "year"
