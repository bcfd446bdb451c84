"""A figure whose clause speaks of another outcome of the same drug and trial (the time
it takes to fall asleep against a claim about waking after sleep onset; vertebral fractures
on X-ray against one about hip fracture) is not accused against the trial's claim: each
word of the clause the claim does not explain, past the one that is free, raises the bar a
conflict must clear (README, "How a figure finds its registry claim"). The claim's own
outcome, said in other words, is still accused when its figure differs."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: zelmorant-20mg-waso-month1
  statement: Zelmorant 20 mg cut wake after sleep onset by 21.5 minutes over placebo at month 1.
  subject: [zelmorant]
  context: [insomnia, wake after sleep onset, WASO]
  value: {value: 21.5, unit: minutes}
  sources: [{citation: "Zelmorant phase 3", quote: "WASO fell by 21.5 minutes at month 1"}]
  status: approved
  review_by: 2030-01-01
- id: zelmorant-20mg-waso-month3
  statement: Zelmorant 20 mg cut wake after sleep onset by 18.0 minutes over placebo at month 3.
  subject: [zelmorant]
  context: [insomnia, wake after sleep onset, WASO]
  value: {value: 18.0, unit: minutes}
  sources: [{citation: "Zelmorant phase 3", quote: "WASO fell by 18.0 minutes at month 3"}]
  status: approved
  review_by: 2030-01-01
- id: gravelin-hip-fracture-reduction
  statement: In the STOUT trial, gravelin lowered the risk of hip fracture by 40% over three years.
  subject: [gravelin]
  context: [STOUT, osteoporosis, hip fracture]
  value: {value: 40, unit: percent}
  sources: [{citation: "STOUT trial report", quote: "a 40% lower risk of hip fracture"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "Zelmorant 20 mg shortened the latency to persistent sleep by 10.2 minutes more than"
            " placebo at month 1.",
            "10.2 minutes",
            ("CC102", None),
        ),
        (
            "Zelmorant 20 mg shortened the time it took to fall asleep by 10.2 minutes over"
            " placebo at month 1.",
            "10.2 minutes",
            ("CC102", None),
        ),
        (
            "In STOUT, gravelin cut the risk of new vertebral fractures on X-ray by 68% over three"
            " years.",
            "68%",
            ("CC102", None),
        ),
        (
            "Zelmorant 20 mg reduced wake after sleep onset by 15 minutes more than placebo at"
            " month 1.",
            "15 minutes",
            ("CC101", "zelmorant-20mg-waso-month1"),
        ),
        (
            "At month 3, zelmorant 20 mg cut wake after sleep onset by 25 minutes more than"
            " placebo.",
            "25 minutes",
            ("CC101", "zelmorant-20mg-waso-month3"),
        ),
        (
            "In STOUT, gravelin lowered the risk of hip fracture by 30% over three years.",
            "30%",
            ("CC101", "gravelin-hip-fracture-reduction"),
        ),
    ],
)
def test_another_outcome_is_not_accused(lint_text, text, figure, expected):
    assert lint_text(text).get(figure) == expected


def test_the_claims_own_figure_is_no_finding(lint_text):
    text = "In STOUT, gravelin lowered the risk of hip fracture by 40% over three years."
    assert lint_text(text) == {}


SIDE_EFFECTS = """\
- id: migra1-zelvatide-response
  statement: In MIGRA-1, 41% of patients on zelvatide had at least half as many migraine days.
  subject: [zelvatide]
  context: [MIGRA-1, migraine]
  value: {value: 41, unit: percent}
  sources: [{citation: "MIGRA-1 report", quote: "41% were responders"}]
  status: approved
  review_by: 2030-01-01
- id: migra2-zelvatide-response
  statement: In MIGRA-2, 38% of patients on zelvatide had at least half as many migraine days.
  subject: [zelvatide]
  context: [MIGRA-2, migraine]
  value: {value: 38, unit: percent}
  sources: [{citation: "MIGRA-2 report", quote: "38% were responders"}]
  status: approved
  review_by: 2030-01-01
- id: migra1-zelvatide-nausea
  statement: In MIGRA-1, nausea was reported by 9% of patients on zelvatide.
  subject: [zelvatide]
  context: [MIGRA-1, nausea]
  value: {value: 9, unit: percent}
  sources: [{citation: "MIGRA-1 report", quote: "nausea 9%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_side_effects = figure_verdicts_fixture(SIDE_EFFECTS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side effect is no figure of the efficacy claim: not accused, and not backed by
        # an efficacy figure it happens to equal
        (
            "In MIGRA-1, constipation affected 3% of patients given zelvatide.",
            {"3%": ("CC102", None)},
        ),
        (
            "In MIGRA-1, dizziness was reported by 41% of patients on zelvatide.",
            {"41%": ("CC102", None)},
        ),
        # the claim about that side effect still judges it
        ("In MIGRA-1, nausea was reported by 9% of patients on zelvatide.", {}),
        (
            "In MIGRA-1, nausea was reported by 14% of patients on zelvatide.",
            {"14%": ("CC101", "migra1-zelvatide-nausea")},
        ),
    ],
)
def test_a_side_effect_is_not_the_efficacy_figure(lint_side_effects, text, expected):
    assert lint_side_effects(text) == expected
