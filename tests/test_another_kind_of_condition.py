# ruff: noqa: E501  (the registry below keeps each YAML statement on one line, as users write it)
"""An adjective that tells a condition's kinds apart (familial or sporadic, acute or chronic,
early or advanced) said of the figure's condition, where the claim says another of them
before that same name, makes the figure about another kind: an equal figure is no support
("37.6% of sporadic ALS" against a claim about familial ALS)."""

from __future__ import annotations

from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "marker-familial-share",
            "The KR7 variant was found in 41.2% of people with familial motor neurone disease.",
            41.2,
            "KR7 variant",
            "familial motor neurone disease, familial",
        ),
        approved_claim(
            "hbv-acute-recovery",
            "About 95% of adults with acute hepatitis B clear the virus within six months.",
            95,
            "hepatitis B",
            "acute hepatitis B, adults",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def test_the_same_kind_is_backed(lint_text):
    assert lint_text("The KR7 variant explains 41.2% of familial motor neurone disease.") == {}
    assert (
        lint_text("About 95% of adults with acute hepatitis B clear the virus within six months.")
        == {}
    )


def test_another_kind_is_not_backed_by_an_equal_figure(lint_text):
    assert lint_text("The KR7 variant explains 41.2% of sporadic motor neurone disease.") == {
        "41.2%": ("CC102", None)
    }
    assert lint_text(
        "About 95% of adults with chronic hepatitis B clear the virus within six months."
    ) == {"About 95%": ("CC102", None)}
