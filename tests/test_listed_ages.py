"""Age groups listed after one "aged" ("men aged 30–49 and 50–70", "ages 18–24, 25–34 or
35 and over") are all groups: no figure to verify (issue 11, group labels), and a
"respectively" pairs each with its figure in order, keeping the sex or place said with the
first (issue 12), so swapped figures are conflicts and right ones pass."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.nlp.quantities.groups import find_group_labels


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("US men aged 30-49 and 50-70 snore", [(30, 49), (50, 70)]),
        ("women aged 18–24, 25–34 or 35 and over", [(18, 24), (25, 34), (35, None)]),
        ("people aged 18 to 64 and 65 or older", [(18, 64), (65, None)]),
        ("children under 5 and 5–14 years", [(None, 5), (5, 14)]),
        ("adults aged 40–49, 50–59 and 60+ were asked", [(40, 49), (50, 59), (60, None)]),
    ],
)
def test_ages_listed_after_one_are_groups(text, groups):
    found = [(g.low, g.high) for g in find_group_labels(text)]
    assert found == [
        (None if low is None else float(low), None if high is None else float(high))
        for low, high in groups
    ]


@pytest.mark.parametrize(
    "text",
    [
        "patients aged 50–70 and 20–30% of them",  # a share, not an age
        "adults aged 40–49 and 12 others",  # a bare number is a count
        "women aged 40–49, 10–20 mg a day",  # a dose
        "adults aged 65 and over, 2–3 times a week",  # a frequency
    ],
)
def test_a_figure_after_an_age_group_stays_a_figure(text):
    assert len(find_group_labels(text)) == 1


REGISTRY = "".join(
    f"""\
- id: snoring-{sex}-{low}-{high}
  statement: Habitual snoring affects {value}% of US {sex} aged {low}–{high}.
  subject: [habitual snoring]
  context: [United States]
  group: [{sex}, aged {low}–{high}]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Snore survey 2021", quote: "{value}%"}}]
  status: approved
  review_by: 2030-01-01
"""
    for sex, low, high, value in (
        ("adults", 30, 49, 18),
        ("adults", 50, 70, 29),
        ("men", 30, 49, 24),
        ("men", 50, 70, 38),
        ("women", 30, 49, 11),
        ("women", 50, 70, 19),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Habitual snoring affects US men aged 30–49 and 50–70 at 24% and 38%, respectively.", {}),
        (
            "Habitual snoring affects US adults aged 30–49 and 50–70 at 11% and 24%, respectively.",
            {"11%": ("CC101", "snoring-adults-30-49"), "24%": ("CC101", "snoring-adults-50-70")},
        ),
        (
            "Habitual snoring affects US men aged 30–49 and 50–70 at 38% and 24%, respectively.",
            {"38%": ("CC101", "snoring-men-30-49"), "24%": ("CC101", "snoring-men-50-70")},
        ),
        (
            "Among US women aged 30-49 and 50-70, habitual snoring affects 11% and 19%,"
            " respectively.",
            {},
        ),
        (
            "Among US women aged 30-49 and 50-70, habitual snoring affects 19% and 11%,"
            " respectively.",
            {"19%": ("CC101", "snoring-women-30-49"), "11%": ("CC101", "snoring-women-50-70")},
        ),
    ],
)
def test_respectively_pairs_listed_ages_with_their_figures(lint_text, text, expected):
    assert lint_text(text) == expected
