"""Cure claims about the chronic conditions health pages sell remedies for, and "no side
effects" said with emphasis (issue 14's kind of issue 11: risky wording as writers vary it).

A verb that makes a disease go away is a cure claim for skin, airway, joint and nerve
conditions too (``eradicates psoriasis``, ``banishes eczema``, ``wipes out asthma``), not only
for cancers and diabetes; removing what triggers a condition is no cure (``eliminate asthma
triggers``), and an aim stays silent as before. ``not a single side effect`` and ``without one
adverse reaction`` say none as surely as ``no side effects``. Rows as in
``test_wording_kinds``: square brackets mark the words a finding quotes; a row without them
gets no wording finding. Sentences of our own.
"""

from __future__ import annotations

import pytest
from test_wording_kinds import check, in_tmp_path  # noqa: F401  (the fixture is used by name)

CURE = [
    "Our serum [eradicates psoriasis] in weeks.",
    "This balm [banishes eczema] for good.",
    "The new inhaler [wipes out asthma].",
    "A diet that [reverses osteoporosis].",
    "These drops [eliminate glaucoma].",
    "The tea [got rid of her migraines].",
    "Our gel [eliminates rosacea].",
    "The plan [reverses obesity] in a year.",
]

NOT_CURE = [
    "A filter can eliminate asthma triggers at home.",
    "Avoiding dust removes eczema triggers.",
    "Researchers hope to reverse osteoporosis one day.",
    "The cream does not eliminate psoriasis, but it eases the itch.",
    "Inhalers control asthma; they do not cure it.",
]

NONE_SAID = [
    "Users report [not a single side effect].",
    "Thousands took it [without one adverse reaction].",
    "The patch has [not one side effect].",
    "It works [without a single side effect].",
]

SOME_SAID = [
    "Not every patient has a side effect.",
    "Most people have no side effects at all.",
]


@pytest.mark.parametrize("row", CURE)
def test_a_verb_of_removal_before_a_chronic_condition_is_a_cure_claim(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC301", row)


@pytest.mark.parametrize("row", NOT_CURE)
def test_triggers_aims_and_negations_are_no_cure_claim(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC301", row)


@pytest.mark.parametrize("row", NONE_SAID)
def test_none_said_with_emphasis_is_no_side_effects(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC305", row)


@pytest.mark.parametrize("row", SOME_SAID)
def test_some_or_most_is_no_claim_of_none(run_cli, tmp_path, row):
    check(run_cli, tmp_path, "CC305", row)
