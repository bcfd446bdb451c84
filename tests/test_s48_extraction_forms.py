"""Figure forms from session 48's held-out sets, fixed as kinds with our own examples.

- ``by`` after a verb of getting better with no object ("most symptoms improve by 6 weeks",
  "the rash clears by 10 days") is a deadline, at most that long; after a measure of time
  ("survival improved by 4 months") it is still the size of a change."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities


def _bounds(quantities: list[dict]) -> list[tuple]:
    return [(q["text"], q["low"], q["high"], q["high_inclusive"]) for q in quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most symptoms improve by 6 weeks.", [("by 6 weeks", None, 6.0, True)]),
        ("The rash clears by 10 days in most children.", [("by 10 days", None, 10.0, True)]),
        ("Most people feel better by 2 weeks.", [("by 2 weeks", None, 2.0, True)]),
        ("The pain usually goes away by 3 months.", [("by 3 months", None, 3.0, True)]),
        ("Bruising fades completely by 14 days.", [("by 14 days", None, 14.0, True)]),
        # a measure of time changed: the size of the change
        ("Survival improved by 4 months.", [("4 months", 4.0, 4.0, True)]),
        ("Waiting times improved by 2 weeks.", [("2 weeks", 2.0, 2.0, True)]),
        ("The drug improved life expectancy by 2 years.", [("2 years", 2.0, 2.0, True)]),
        ("Treatment improved symptoms by 30%.", [("30%", 30.0, 30.0, True)]),
    ],
)
def test_by_after_getting_better_is_a_deadline(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert _bounds(quantities) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The HORIZON (Health Outcomes and Reduced Incidence with Zoledronic Acid Once "
            "Yearly) trial cut fractures by 70%.",
            ["70%"],
        ),
        ("Staff at the Two Rivers Health Trust clinic saw 400 patients.", ["400 patients"]),
        ("We read the Two Million Women Study results.", []),
        ("The FIT (Fracture Intervention Trial Five Year Extension) ran on.", []),
        ("Nurses from the Seven Hills Hospital joined 12 clinics.", ["12 clinics"]),
        # a Title Case heading or plain words keep their figures
        ("Osteoporosis Affects Two Million Women", ["Two Million Women"]),
        ("Osteoporosis affects the Two Million Women in the study.", ["Two Million Women"]),
        ("Zoledronic acid is given once yearly.", ["once yearly"]),
    ],
)
def test_a_number_word_inside_a_title_case_name_is_no_figure(
    tmp_path, extract_json, text, expected
):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [q["text"] for q in quantities] == expected
