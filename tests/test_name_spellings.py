"""A registry written in British English and a page in American, or the other way round
(issue 12): "anemia" names the registry's "anaemia", "fibre" its "fiber", "esophageal
cancer" its "oesophageal cancer"; a word with no other spelling names nothing more."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture

SPELLED = (
    _claim(
        "anaemia-women",
        "In Freedonia, 29.9% of women aged 15 to 49 have anaemia.",
        29.9,
        "anaemia",
        "Freedonia, women",
    )
    + _claim(
        "oesophageal-survival",
        "In Freedonia, 5-year survival from oesophageal cancer is 12.4%.",
        12.4,
        "oesophageal cancer",
        "Freedonia, 5-year survival",
    )
    + _claim(
        "fiber-intake",
        "In Freedonia, 9.2% of adults eat the recommended amount of fiber.",
        9.2,
        "fiber, dietary fiber",
        "Freedonia, adults",
    )
)
lint_spelled = figure_verdicts_fixture(SPELLED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Freedonia, 29.9% of women aged 15 to 49 have anemia.", {}),
        (
            "In Freedonia, 39.9% of women aged 15 to 49 are anemic.",
            {"39.9%": ("CC101", "anaemia-women")},
        ),
        ("Five-year survival from esophageal cancer in Freedonia is 12.4%.", {}),
        (
            "Five-year survival from esophageal cancer in Freedonia is 21.4%.",
            {"21.4%": ("CC101", "oesophageal-survival")},
        ),
        ("Only 9.2% of adults in Freedonia eat enough dietary fibre.", {}),
        (
            "Only 2.9% of adults in Freedonia eat enough fibre.",
            {"2.9%": ("CC101", "fiber-intake")},
        ),
    ],
)
def test_a_name_is_found_in_its_other_spelling(lint_spelled, text, expected):
    assert lint_spelled(text) == expected
