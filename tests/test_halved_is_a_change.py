# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""A figure said by the verb "halved" ("has halved", "halves", "cut in half") is a relative
change of 50%, never the level a share states: it is backed by a claim of a 50% reduction
and not by a claim that 50% of a group do something."""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "anticoag-stroke-cut",
            "In the trial, anticoagulation reduced the risk of stroke by 50%.",
            50,
            "anticoagulation, stroke",
            "trial",
        ),
        approved_claim(
            "ldl-statin-cut",
            "High-intensity statins lower LDL cholesterol by about 50%.",
            50,
            "statin, LDL cholesterol",
            "high-intensity",
        ),
        approved_claim(
            "statin-share-over-75",
            "About 50% of adults over 75 take a statin.",
            50,
            "statin",
            "adults over 75",
        ),
        approved_claim(
            "smoking-share-2000",
            "In 2000, 50% of men in the district smoked.",
            50,
            "smoking, men",
            "district, year 2000",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_halved_is_backed_by_a_claim_of_a_50_percent_cut(lint_text):
    assert lint_text("In the trial, anticoagulation halved the risk of stroke.") == {}
    assert lint_text("A high-intensity statin halves LDL cholesterol.") == {}
    assert lint_text("A high-intensity statin cuts LDL cholesterol in half.") == {}


def test_halved_is_not_backed_by_a_share_of_50_percent(lint_text):
    assert lint_text("Statin use among adults over 75 has halved since 2010.") == {
        "halved": ("CC102", None)
    }
    assert lint_text("Smoking among men in the district has halved since 2000.") == {
        "halved": ("CC102", None)
    }


def test_half_as_a_share_is_still_backed_by_the_share(lint_text):
    assert lint_text("About half of adults over 75 take a statin.") == {}
