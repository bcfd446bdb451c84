# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A comparison's other side: in "adults on drug K 10 mg lost 9.8 kg, compared with 4.1 kg",
the 4.1 kg says nothing of whom it is about, and the comparison sets it against drug K's arm,
so it is never drug K's figure; in a trial the sentence names, it is the control arm's (a
claim declaring ``group: [comparator]``, though filed under the comparator's own drug). "Drug
K beat drug M: 9.8 kg versus 4.1 kg" names the comparator by its drug: the figures follow the
arms in the order named, the first the arm's whose claim declares it (``group: [drug K
10 mg]``)."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture, valued_claim

REGISTRY = "".join(
    (
        valued_claim(
            "lumos-weight-korvatide",
            "In LUMOS-3, adults on korvatide 10 mg lost a mean of 9.8 kg of body weight at 52 weeks.",
            "{value: 9.8, unit: kg}",
            "korvatide, LUMOS-3",
            "LUMOS-3, body weight, weight loss, 10 mg",
            group="[korvatide 10 mg]",
            timepoint="52 weeks",
        ),
        valued_claim(
            "lumos-weight-comparator",
            "In LUMOS-3, adults on metavanide lost a mean of 4.1 kg of body weight at 52 weeks.",
            "{value: 4.1, unit: kg}",
            "metavanide, LUMOS-3",
            "LUMOS-3, body weight, weight loss, comparator",
            group="[comparator]",
            timepoint="52 weeks",
        ),
        valued_claim(
            "lumos-hba1c-korvatide",
            "In LUMOS-3, HbA1c fell by a mean of 2.1 percentage points with korvatide 10 mg at 52 weeks.",
            "{value: 2.1, unit: percentage points}",
            "korvatide, LUMOS-3",
            "LUMOS-3, HbA1c, 10 mg",
            group="[korvatide 10 mg]",
            timepoint="52 weeks",
        ),
        valued_claim(
            "lumos-hba1c-comparator",
            "In LUMOS-3, HbA1c fell by a mean of 1.4 percentage points with metavanide at 52 weeks.",
            "{value: 1.4, unit: percentage points}",
            "metavanide, LUMOS-3",
            "LUMOS-3, HbA1c, comparator",
            group="[comparator]",
            timepoint="52 weeks",
        ),
        valued_claim(
            "orbit-weight-change-drug",
            "In ORBIT, mean body weight changed by -7.2 kg with pelvatide 2 mg over 40 weeks.",
            "{value: -7.2, unit: kg}",
            "pelvatide, ORBIT",
            "body weight",
            group="[pelvatide 2 mg]",
        ),
        valued_claim(
            "orbit-weight-change-comparator",
            "In ORBIT, mean body weight changed by -2.8 kg with linaglutide over 40 weeks.",
            "{value: -2.8, unit: kg}",
            "linaglutide, ORBIT",
            "body weight",
            group="[comparator]",
        ),
        valued_claim(
            "orbit-weight-difference",
            "In ORBIT, the estimated treatment difference in body weight between pelvatide 2 mg and linaglutide was -4.4 kg.",
            "{value: -4.4, unit: kg}",
            "pelvatide, ORBIT",
            "body weight, treatment difference",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_a_bare_figure_after_compared_with_is_the_comparator_arms(lint_text):
    # the right one: no finding; neither is judged against korvatide's claim
    assert (
        lint_text("In LUMOS-3, adults on korvatide 10 mg lost 9.8 kg, compared with 4.1 kg.") == {}
    )
    assert lint_text("In LUMOS-3, people taking korvatide 10 mg shed 9.8 kg against 4.1 kg.") == {}


def test_a_wrong_figure_on_the_other_side_is_the_comparators_conflict(lint_text):
    assert lint_text(
        "In LUMOS-3, adults on korvatide 10 mg lost 9.8 kg, compared with 6.3 kg."
    ) == {"6.3 kg": ("CC101", "lumos-weight-comparator")}
    assert lint_text(
        "HbA1c fell by 2.1 percentage points with korvatide 10 mg in LUMOS-3, versus 0.9 percentage points."
    ) == {"0.9 percentage points": ("CC101", "lumos-hba1c-comparator")}


def test_the_other_side_is_never_the_first_arms_figure(lint_text):
    # a swap: the first arm's figure given to the other side is no support of korvatide's claim
    found = lint_text("In LUMOS-3, adults on korvatide 10 mg lost 4.1 kg, compared with 9.8 kg.")
    assert found["4.1 kg"] == ("CC101", "lumos-weight-korvatide")
    assert found["9.8 kg"] == ("CC101", "lumos-weight-comparator")


def test_a_comparator_named_by_its_drug_after_beat(lint_text):
    assert (
        lint_text(
            "In LUMOS-3, korvatide 10 mg beat metavanide: 9.8 kg versus 4.1 kg of weight lost."
        )
        == {}
    )
    assert lint_text(
        "In LUMOS-3, korvatide 10 mg beat metavanide: 9.8 kg versus 5.5 kg of weight lost."
    ) == {"5.5 kg": ("CC101", "lumos-weight-comparator")}


def test_a_time_of_its_own_on_the_other_side_is_no_comparator_figure(lint_text):
    # "versus 4.1 kg at 12 weeks" says when of its own: it may be the same arm earlier, so
    # it is neither the comparator's 52-week figure nor set against korvatide's arm
    found = lint_text(
        "In LUMOS-3, adults on korvatide 10 mg lost 9.8 kg, versus 4.1 kg at 12 weeks."
    )
    assert found["4.1 kg"] == ("CC102", None)


def test_the_other_side_is_said_as_the_first_sides_change_and_no_difference(lint_text):
    # claims stored as signed changes: "lost 7.2 kg, compared with 2.8 kg" are two losses,
    # and the 2.8 kg is the comparator's, not the difference between the arms
    assert lint_text("In ORBIT, adults on pelvatide 2 mg lost 7.2 kg, compared with 2.8 kg.") == {}
    found = lint_text("In ORBIT, adults on pelvatide 2 mg lost 7.2 kg, compared with 3.6 kg.")
    assert "7.2 kg" not in found  # the drug arm's loss, backed
    # the wrong 3.6 kg: never the drug arm's claim nor the difference's (the comparator's
    # statement shares too few words with the page to accuse it)
    assert found["3.6 kg"] in (("CC101", "orbit-weight-change-comparator"), ("CC102", None))
