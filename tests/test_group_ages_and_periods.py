"""Three ways a right claim was missed (issue 12, held-out urology set):

- a ``group`` item written as an age without "aged" (``over 80``, ``18–44``, ``65+``), as the
  README's schema example does, is an age group;
- "daily" before what is counted (``daily micturitions``) is the period of a claim per day,
  no dosing schedule and no word narrowing the claim;
- a clause that only switches the arm ("… and 18.4% of those given placebo were diagnosed
  with prostate cancer") carries on the trial named before it, even when it names what both
  arms count, a name the claim holds as its context.
"""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.verify.frames import _group_frame


@pytest.mark.parametrize(
    ("item", "ages"),
    [
        ("over 80", ((80.0, 120.0),)),
        ("under 18", ((0.0, 18.0),)),
        ("18–44", ((18.0, 44.0),)),
        ("65+", ((65.0, 120.0),)),
        ("65 and over", ((65.0, 120.0),)),
        ("over 65 years", ((65.0, 120.0),)),
        ("<5", ((0.0, 5.0),)),
        ("Age <65 years", ((0.0, 65.0),)),
        ("≥65", ((65.0, 120.0),)),
        ("under-5s", ((0.0, 5.0),)),
    ],
)
def test_a_group_item_needs_no_aged(item, ages):
    assert _group_frame(item).ages == ages


REGISTRY = """\
- id: nocturia-over-80
  statement: Nocturia affects 70% of adults over 80.
  subject: [nocturia]
  group: [over 80]
  value: {value: 70, unit: percent}
  sources: [{citation: "Nocturia survey 2019", quote: "70%"}]
  status: approved
  review_by: 2030-01-01
- id: nocturia-all-adults
  statement: Nocturia affects 30% of adults.
  subject: [nocturia]
  value: {value: 30, unit: percent}
  sources: [{citation: "Nocturia survey 2019", quote: "30%"}]
  status: approved
  review_by: 2030-01-01
- id: vesira-50-voids
  statement: Vesira 50 mg reduced voids per 24 hours by 1.9 at week 12.
  subject: [vesira]
  context: [voids, 50 mg]
  group: [50 mg]
  timepoint: week 12
  value: {value: 1.9, unit: voids/day}
  sources: [{citation: "VESIRA-3 2022", quote: "voids per 24 hours fell by 1.9"}]
  status: approved
  review_by: 2030-01-01
- id: vesira-placebo-voids
  statement: Placebo reduced voids per 24 hours by 1.1 at week 12 in VESIRA-3.
  subject: [vesira]
  context: [voids]
  group: [placebo]
  timepoint: week 12
  value: {value: 1.1, unit: voids/day}
  sources: [{citation: "VESIRA-3 2022", quote: "1.1 with placebo"}]
  status: approved
  review_by: 2030-01-01
- id: trial-gout-drug
  statement: In GOUT-7, gout flares occurred in 12.5% of men given lexurat over five years.
  subject: [lexurat, GOUT-7]
  context: [gout flares]
  group: [lexurat]
  timepoint: 5 years
  value: {value: 12.5, unit: percent}
  sources: [{citation: "GOUT-7 2021", quote: "12.5%"}]
  status: approved
  review_by: 2030-01-01
- id: trial-gout-placebo
  statement: In GOUT-7, gout flares occurred in 20.1% of men given placebo over five years.
  subject: [lexurat, GOUT-7]
  context: [gout flares]
  group: [placebo]
  timepoint: 5 years
  value: {value: 20.1, unit: percent}
  sources: [{citation: "GOUT-7 2021", quote: "20.1%"}]
  status: approved
  review_by: 2030-01-01
- id: gout-prevalence
  statement: Gout flares affect 4% of adults each year.
  subject: [gout flares]
  value: {value: 4, unit: percent}
  sources: [{citation: "Gout survey", quote: "4%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nocturia affects 70% of people over 80.", {}),
        ("Nocturia affects 60% of adults over 80.", {"60%": ("CC101", "nocturia-over-80")}),
        ("Vesira 50 mg cut daily voids by 1.9 at week 12.", {}),
        (
            "Vesira 50 mg cut daily voids by 1.1 at week 12, while placebo cut them by 1.9.",
            {
                "1.1": ("CC101", "vesira-50-voids"),
                "1.9": ("CC101", "vesira-placebo-voids"),
            },
        ),
        (
            "Over five years, 12.5% of men given lexurat and 20.1% of those given placebo had"
            " gout flares.",
            {},
        ),
        (
            "Over five years, 20.1% of men given lexurat and 12.5% of those given placebo had"
            " gout flares.",
            {"20.1%": ("CC101", "trial-gout-drug"), "12.5%": ("CC101", "trial-gout-placebo")},
        ),
    ],
)
def test_groups_periods_and_carried_clauses(lint_text, text, expected):
    assert lint_text(text) == expected
