"""Three ways sibling claims differ that a multi-figure sentence says once or in a single
word (issue 12: swapped figures passed or went unsupported in held-out sets):

- an era said in decades ("in the 1970s–80s") against a claim that spells it ("in the 1970s
  and 1980s"): the decades are the figure's years;
- an age a whole sentence is counted to, said once at its start ("By age 80, … 17% for X
  carriers and 44% for Y carriers");
- a count carried on by ellipsis ("patients with two warning signs …, and those with three
  …"): the count the clause says replaces the one said before it;
- with or without an exposure ("when no nerve block was used" against claims whose declared
  groups are "with a nerve block" and "without a nerve block").

The registry and wording are our own (fictional drug and condition names)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, registry_linter


def _claim(
    ident: str, statement: str, subject: str, context: str, value: str, group: str = ""
) -> str:
    declared = f"\n  group: [{group}]" if group else ""
    return f"""\
- id: {ident}
  statement: {statement}
  subject: [{subject}]
  context: [{context}]{declared}
  value: {value}
  sources: [{{citation: "Review", quote: "{statement}"}}]
  status: approved
  review_by: 2030-01-01
"""


REGISTRY = (
    _claim(
        "dialysis-deaths-1970s-80s",
        "Deaths from dialysis access sepsis were 41 per million sessions in the 1970s and 1980s.",
        "deaths from dialysis access sepsis, dialysis access sepsis deaths",
        "dialysis, 1970s, 1980s",
        '{value: 41, unit: "deaths per 1,000,000"}',
    )
    + _claim(
        "dialysis-deaths-1990s-2000s",
        "Deaths from dialysis access sepsis were 18 per million sessions in the 1990s and 2000s.",
        "deaths from dialysis access sepsis, dialysis access sepsis deaths",
        "dialysis, 1990s, 2000s",
        '{value: 18, unit: "deaths per 1,000,000"}',
    )
    + _claim(
        "kelvin1-gastric-80",
        "Carriers of a KELVIN1 variant have a 23% risk of gastric cancer by age 80.",
        "gastric cancer",
        "KELVIN1",
        "{value: 23, unit: percent}",
    )
    + _claim(
        "kelvin1-gastric-70",
        "Carriers of a KELVIN1 variant have a 12% risk of gastric cancer by age 70.",
        "gastric cancer",
        "KELVIN1",
        "{value: 12, unit: percent}",
    )
    + _claim(
        "kelvin2-gastric-80",
        "Carriers of a KELVIN2 variant have a 9% risk of gastric cancer by age 80.",
        "gastric cancer",
        "KELVIN2",
        "{value: 9, unit: percent}",
    )
    + _claim(
        "kelvin2-gastric-70",
        "Carriers of a KELVIN2 variant have a 5% risk of gastric cancer by age 70.",
        "gastric cancer",
        "KELVIN2",
        "{value: 5, unit: percent}",
    )
    + _claim(
        "chronic-pain-with-block",
        "With a nerve block, chronic pain after knee surgery affected 11% of patients.",
        "chronic pain after knee surgery",
        "nerve block",
        "{value: 11, unit: percent}",
        group="with a nerve block",
    )
    + _claim(
        "chronic-pain-without-block",
        "Without a nerve block, chronic pain after knee surgery affected 24% of patients.",
        "chronic pain after knee surgery",
        "without a nerve block",
        "{value: 24, unit: percent}",
        group="without a nerve block",
    )
)

REGISTRY += _claim(
    "stride-falls-physio",
    "In the STRIDE trial, 12% of patients given early physiotherapy fell within a year.",
    "STRIDE, early physiotherapy",
    "falls",
    "{value: 12, unit: percent}",
) + _claim(
    "stride-falls-no-physio",
    "In the STRIDE trial, 21% of patients without early physiotherapy fell within a year.",
    "STRIDE, early physiotherapy",
    "falls",
    "{value: 21, unit: percent}",
    group="without early physiotherapy",
)
REGISTRY += _claim(
    "kestrel-hr-75-plus",
    "In the KESTREL trial, participants aged 75 or older had a hazard ratio for stroke of 0.67.",
    "KESTREL",
    "stroke, hazard ratio",
    "{value: 0.67, unit: hazard ratio}",
    group="aged 75 or older",
)
REGISTRY += "".join(
    _claim(
        f"delirium-{count}-signs",
        f"With {count} of the four Moritz warning signs, delirium after surgery occurs in "
        f"{value}% of patients.",
        "delirium after surgery",
        "Moritz score, warning signs",
        f"{{value: {value}, unit: percent}}",
        group=f"{count} warning signs",
    )
    for count, value in (("one", 8), ("two", 19), ("three", 34), ("four", 52))
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # eras in decades, right and swapped
        (
            "Deaths from dialysis access sepsis fell from 41 per million sessions in the "
            "1970s–80s to 18 per million in the 1990s–2000s.",
            {},
        ),
        (
            "Deaths from dialysis access sepsis fell from 18 per million sessions in the "
            "1970s–80s to 41 per million in the 1990s–2000s.",
            {
                "18 per million": ("CC101", "dialysis-deaths-1970s-80s"),
                "41 per million": ("CC101", "dialysis-deaths-1990s-2000s"),
            },
        ),
        (
            "In the 1990s and 2000s, dialysis access sepsis deaths ran at 41 per million sessions.",
            {"41 per million": ("CC101", "dialysis-deaths-1990s-2000s")},
        ),
        # a year inside a decade meets it
        (
            "In 1995, dialysis access sepsis deaths ran at 18 per million sessions.",
            {},
        ),
        # an age said once for the sentence holds for each figure
        (
            "By age 80, gastric cancer develops in 23% of KELVIN1 carriers and 9% of KELVIN2 "
            "carriers.",
            {},
        ),
        (
            "By age 80, gastric cancer develops in 9% of KELVIN1 carriers and 23% of KELVIN2 "
            "carriers.",
            {"9%": ("CC101", "kelvin1-gastric-80"), "23%": ("CC101", "kelvin2-gastric-80")},
        ),
        (
            "By age 80, gastric cancer risk is 23% for KELVIN1 carriers and 5% for KELVIN2 "
            "carriers.",
            {"5%": ("CC101", "kelvin2-gastric-80")},
        ),
        # a count carried on by ellipsis
        (
            "On the Moritz score, patients with two warning signs have a 19% chance of "
            "delirium after surgery, and those with three a 34% chance.",
            {},
        ),
        (
            "On the Moritz score, patients with two warning signs have a 34% chance of "
            "delirium after surgery, and those with three a 19% chance.",
            {"34%": ("CC101", "delirium-two-signs"), "19%": ("CC101", "delirium-three-signs")},
        ),
        (
            "Delirium after surgery follows in 8% of patients with one Moritz warning sign and "
            "in 52% of those with four.",
            {},
        ),
        # with or without: the negator tells the siblings apart
        (
            "Chronic pain after knee surgery affected 11% of patients given a nerve block and "
            "24% when no nerve block was used.",
            {},
        ),
        (
            "Chronic pain after knee surgery affected 24% of patients given a nerve block and "
            "11% when no nerve block was used.",
            {
                "24%": ("CC101", "chronic-pain-with-block"),
                "11%": ("CC101", "chronic-pain-without-block"),
            },
        ),
        (
            "Without any nerve block, chronic pain after knee surgery affected 11% of patients.",
            {"11%": ("CC101", "chronic-pain-without-block")},
        ),
        # "did not receive": the registry knows that group by its absence
        (
            "Among patients who did not receive early physiotherapy in the STRIDE trial, 21% "
            "fell within a year.",
            {},
        ),
        (
            "In the STRIDE trial, 12% of patients given early physiotherapy fell within a year.",
            {},
        ),
        # "no more than" negates nothing
        (
            "With a nerve block, chronic pain after knee surgery affected no more than 11% of "
            "patients.",
            {},
        ),
    ],
)
def test_eras_ages_and_negators_tell_siblings_apart(lint_text, text, expected):
    assert lint_text(text) == expected


def test_the_message_says_it_is_with_or_without(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY)(
        "page.md",
        "When no nerve block was used, chronic pain after knee surgery affected 11% of patients.\n",
    )
    assert [f["code"] for f in findings if '"11%"' in f["message"]] == ["CC101"]
    message = next(f["message"] for f in findings if '"11%"' in f["message"])
    assert "chronic-pain-without-block" in message


def test_a_figure_said_without_is_not_backed_by_the_claim_with(lint_text):
    found = lint_text(
        "Among patients who did not receive early physiotherapy in the STRIDE trial, 12% "
        "fell within a year."
    )
    assert found["12%"] != ("CC101", "stride-falls-physio")
    assert found["12%"] in {("CC101", "stride-falls-no-physio"), ("CC102", None)}


@pytest.mark.parametrize(
    "younger",
    [
        "participants younger than 75",
        "participants under age 75",
        "participants aged 74 or younger",
        "participants under the age of 75",
    ],
)
def test_an_age_below_is_not_the_claim_about_those_above(lint_text, younger):
    text = f"In the KESTREL trial, {younger} had a hazard ratio for stroke of 0.67."
    assert lint_text(text) == {"0.67": ("CC102", None)}


def test_an_age_above_said_with_age_is_that_claims(lint_text):
    text = "In the KESTREL trial, participants over age 75 had a hazard ratio for stroke of 0.67."
    assert lint_text(text) == {}
