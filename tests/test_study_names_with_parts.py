"""Study names of several parts: hyphenated (``ELITE-Symphony``, ``IMPROVE-IT``,
``BRAVE-AA1``), with a number of three digits (``KEYNOTE-189``, ``BLISS-52``) or in several
words of capitals (``ODYSSEY OUTCOMES``, ``US NOBLE``). The registry's study is recognised as
one, so a figure from a study the registry does not hold ("In IMPACT, …") is never judged
against it, and a page naming the registry's study is."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: harbour-rejection-low-dose
  statement: >-
    In the HARBOUR-Renal trial, biopsy-proven acute rejection at 12 months occurred in
    12.3% of kidney recipients given low-dose tacrolimus.
  subject: [biopsy-proven acute rejection, tacrolimus]
  context: [HARBOUR-Renal, kidney transplant]
  value: {value: 12.3, unit: percent}
  sources: [{citation: "HARBOUR-Renal report", quote: "rejection 12.3%"}]
  status: approved
  review_by: 2030-01-01
- id: lantern-oab-men
  statement: In the LANTERN study, 10.8% of men had overactive bladder.
  subject: [overactive bladder]
  context: [LANTERN]
  group: [men]
  value: {value: 10.8, unit: percent}
  sources: [{citation: "LANTERN survey", quote: "10.8% of men"}]
  status: approved
  review_by: 2030-01-01
- id: beacon-outcomes-mace
  statement: In BEACON OUTCOMES, velorumab reduced major adverse cardiovascular events by 15%.
  subject: [major adverse cardiovascular events, velorumab]
  context: [BEACON OUTCOMES]
  value: {value: 15, unit: percent}
  sources: [{citation: "BEACON OUTCOMES report", quote: "15% reduction"}]
  status: approved
  review_by: 2030-01-01
- id: crest-189-response
  statement: In CREST-189, 48% of patients given velorumab responded.
  subject: [velorumab, response]
  context: [CREST-189]
  value: {value: 48, unit: percent}
  sources: [{citation: "CREST-189 report", quote: "48% responded"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another study, whatever the wording shares with the registry's
        (
            "In IMPACT, biopsy-proven acute rejection occurred in 11.6% of the valganciclovir"
            " group.",
            {"11.6%": ("CC102", None)},
        ),
        (
            "In the US NOBLE study, 16.5% of adults had overactive bladder.",
            {"16.5%": ("CC102", None)},
        ),
        (
            "In PEARL-2, velorumab reduced major adverse cardiovascular events by 20%.",
            {"20%": ("CC102", None)},
        ),
        ("In CREST-190, 61% of patients given velorumab responded.", {"61%": ("CC102", None)}),
        # the registry's own study, as written there or in its parts
        (
            "In the HARBOUR-Renal trial, biopsy-proven acute rejection at 12 months occurred in"
            " 20% of recipients on low-dose tacrolimus.",
            {"20%": ("CC101", "harbour-rejection-low-dose")},
        ),
        ("In the LANTERN study, 10.8% of men had overactive bladder.", {}),
        (
            "In BEACON OUTCOMES, velorumab reduced major adverse cardiovascular events by 25%.",
            {"25%": ("CC101", "beacon-outcomes-mace")},
        ),
        ("In CREST-189, 48% of patients given velorumab responded.", {}),
        (
            "In CREST-189, 61% of patients given velorumab responded.",
            {"61%": ("CC101", "crest-189-response")},
        ),
    ],
)
def test_a_study_named_in_parts(lint_text, text, expected):
    assert lint_text(text) == expected


def test_another_study_is_named_without_its_place(tmp_path, run_cli):
    """The message names the study as the page does, without the place before it."""
    from verdict_helpers import registry_linter

    lint = registry_linter(tmp_path, run_cli, REGISTRY)
    text = "In the US NOBLE study, 10.8% of men had overactive bladder.\n"
    (finding,) = [f for f in lint("page.md", text) if f["code"] == "CC102"]
    assert "another study (NOBLE)" in finding["message"]
