"""A list's heading that names its arm by how often the arm is dosed, or as the arm given no
prophylaxis (session 40, held-out haemophilia set): the heading was no lead at all when its
dosing interval stood outside brackets, so a swapped figure of the weekly arm passed under
``### … every 2 weeks``; and a heading's control arm reached no item."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "zeta-weekly-rate",
            "In ZETA-2, patients on zetamab once weekly had 2.1 treated bleeds per year.",
            "{value: 2.1, unit: bleeds/year}",
            "ZETA-2",
            "zetamab, once weekly, weekly, treated bleeds, bleeds per year",
            group="[weekly]",
        ),
        valued_claim(
            "zeta-q4w-rate",
            "In ZETA-2, patients on zetamab every 4 weeks had 2.9 treated bleeds per year.",
            "{value: 2.9, unit: bleeds/year}",
            "ZETA-2",
            "zetamab, every 4 weeks, monthly, treated bleeds, bleeds per year",
            group="[every 4 weeks]",
        ),
        valued_claim(
            "zeta-none-rate",
            "In ZETA-2, patients on no prophylaxis had 31.5 treated bleeds per year.",
            "{value: 31.5, unit: bleeds/year}",
            "ZETA-2",
            "no prophylaxis, episodic treatment, treated bleeds, bleeds per year",
            group="[control]",
        ),
    )
)

lint_list = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("### Zetamab every 4 weeks (ZETA-2)\n\n- Treated bleeds per year: 2.9\n", {}),
        # the weekly arm's figure under the four-weekly heading: that arm's wrong figure
        (
            "### Zetamab every 4 weeks (ZETA-2)\n\n- Treated bleeds per year: 2.1\n",
            {"2.1": ("CC101", "zeta-q4w-rate")},
        ),
        ("### No-prophylaxis arm, ZETA-2\n\n- Treated bleeds per year: 31.5\n", {}),
        (
            "### No-prophylaxis arm, ZETA-2\n\n- Treated bleeds per year: 2.9\n",
            {"2.9": ("CC101", "zeta-none-rate")},
        ),
    ],
)
def test_a_headings_dosing_interval_and_control_arm_frame_its_items(lint_list, text, expected):
    assert lint_list(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In ZETA-2, the bleeding rate with no prophylaxis was 31.5 treated bleeds per year.", {}),
        ("In ZETA-2, patients without prophylaxis had 31.5 treated bleeds per year.", {}),
        (
            "In ZETA-2, patients without any prophylaxis had 2.9 treated bleeds per year.",
            {"2.9 treated bleeds per year": ("CC101", "zeta-none-rate")},
        ),
    ],
)
def test_no_prophylaxis_however_said_is_the_control_arm(lint_list, text, expected):
    assert lint_list(text) == expected
