"""When a figure is measured (issue 12, session 36), in our own wording: a time said once for
the sentence, before its comma (``Five years after surgery, …``), names the claim at that time
as a time in the figure's own clause does, so a sibling with no time that happens to state
the draft's number does not back it; and ``over the whole 6 years`` is a period of 6 years."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim, figure_verdicts_fixture

REGISTRY = "".join(
    (
        approved_claim(
            "orbivax-efficacy",
            "In the ORBI-1 trial, Orbivax was 91.2% effective against Norland fever.",
            91.2,
            "Orbivax, ORBI-1",
            "Norland fever, effective, efficacy",
        ),
        approved_claim(
            "orbivax-efficacy-year5",
            "In the ORBI-1 extension study, Orbivax's efficacy in year 5 was 84.0%.",
            84.0,
            "Orbivax, ORBI-1 extension",
            "Norland fever, efficacy, year 5",
            timepoint="5 years",
        ),
        approved_claim(
            "orbivax-efficacy-6y",
            "Over 6 years of the ORBI-1 extension study, Orbivax's efficacy was 88.5%.",
            88.5,
            "Orbivax, ORBI-1 extension",
            "Norland fever, efficacy, overall",
            timepoint="6 years",
        ),
        approved_claim(
            "orbivax-efficacy-year1",
            "In the ORBI-1 extension study, Orbivax's efficacy in year 1 was 96.1%.",
            96.1,
            "Orbivax, ORBI-1 extension",
            "Norland fever, efficacy, year 1",
            timepoint="1 year",
        ),
    )
)

lint_text = figure_verdicts_fixture(REGISTRY)


def _shares(findings: dict) -> dict:
    """The findings about percentages only (a time said in words aside)."""
    return {figure: found for figure, found in findings.items() if "%" in figure}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time said before the comma is the figure's: the number of the claim with no
        # time does not back it (the year-5 claim does not say "effective", which its
        # sibling does, so the figure is not accused either: unsupported, named as closest)
        ("Five years after vaccination, Orbivax was still 91.2% effective in the ORBI-1 "
         "extension study.", {"91.2%": ("CC102", None)}),
        ("Five years after vaccination, Orbivax was still 84.0% effective in the ORBI-1 "
         "extension study.", {}),
        # "the whole" between "over" and the period: still that period
        ("Over the whole 6 years of the ORBI-1 extension study, Orbivax's efficacy was 96.1%.",
         {"96.1%": ("CC101", "orbivax-efficacy-6y")}),
        ("Over the full 6 years of the ORBI-1 extension study, Orbivax's efficacy was 88.5%.",
         {}),
    ],
)  # fmt: skip
def test_the_time_said_for_the_sentence_chooses_the_claim(lint_text, text, expected):
    assert _shares(lint_text(text)) == expected
