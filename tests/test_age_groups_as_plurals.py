"""An age group said as a plural noun, "the under-70s", "under-5s", "the over-65s", is that
age bracket (under 70, under 5, 65 and over): a figure about the under-70s is no figure of
the all-ages claim (a part of it, left unsupported) nor of the claim about those 70 and
over (another age group)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.verify.frames import read_frame


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Among under-70s, deaths were 1,749 below average.", ((0.0, 70.0),)),
        ("Among the under 5s, 20% were underweight.", ((0.0, 5.0),)),
        ("Among the over-65s, 20% had a fall.", ((65.0, 120.0),)),
        ("In over-70s, 5% were admitted.", ((70.0, 120.0),)),
    ],
)
def test_plural_age_groups_are_brackets(text, ages):
    assert read_frame(text).ages == ages


REGISTRY = """\
- id: heat-excess-deaths-all
  statement: During the summer 2022 heat periods there were 3,271 excess deaths in Freedonia.
  subject: [heat-related deaths, excess deaths]
  context: [heat periods, summer 2022, Freedonia]
  value: {value: 3271, unit: deaths}
  sources: [{citation: "Freedonia statistics 2022", quote: "3,271 excess deaths"}]
  status: approved
  review_by: 2030-01-01
- id: heat-excess-deaths-70-over
  statement: >-
    During the summer 2022 heat periods there were 5,017 excess deaths among people aged
    70 and over in Freedonia.
  subject: [heat-related deaths, excess deaths]
  context: [heat periods, summer 2022, Freedonia]
  group: [aged 70 and over]
  value: {value: 5017, unit: deaths}
  sources: [{citation: "Freedonia statistics 2022", quote: "5,017 excess deaths"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among under-70s in Freedonia, excess deaths during the 2022 heat periods were 1,749.",
            {"1,749": ("CC102", None)},  # a part of the all-ages count: not backed, not accused
        ),
        ("Among the over-70s in Freedonia, the 2022 heat periods brought 5,017 excess deaths.", {}),
        (
            "Among the over-70s in Freedonia, the 2022 heat periods brought 3,271 excess deaths.",
            {"3,271 excess deaths": ("CC101", "heat-excess-deaths-70-over")},
        ),
    ],
)
def test_plural_age_groups_choose_their_claim(lint_text, text, expected):
    assert lint_text(text) == expected
