"""Bounds and alternatives as service and vaccine pages write them (session 47).

- A deadline: ``before 15 weeks`` is under 15 weeks, ``before 35`` (an age) under 35, ``by
  24 weeks`` at most 24 weeks; ``by`` after a change (``delayed it by 6 months``) gives the
  change's size, and ``before 2020`` is a time stamp, no figure.
- ``can reach £6,000 or more``: the trailing bound says which side is open (at least £6,000).
- ``70 mg or 140 mg``: two doses to choose from, each with its unit, not one range
  (``1 or 2 tablets`` stays one).
- ``(rev. 4)``: a document's revision, no figure."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities


def _bounds(quantities: list[dict]) -> list[tuple]:
    return [(q["text"], q["low"], q["high"], q["high_inclusive"]) for q in quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first dose must be given before 15 weeks.",
            [("before 15 weeks", None, 15.0, False)],
        ),
        ("Most babies sit up unaided by 9 months.", [("by 9 months", None, 9.0, True)]),
        ("Symptoms usually settle by 12 weeks.", [("by 12 weeks", None, 12.0, True)]),
        # (session 54: a bare age bounding when a group's members start something, "Those
        # who start using sunbeds before 35", names whose risk it is, a group label, as
        # "started smoking under 16" already was: no deadline figure)
        ("Those who start using sunbeds before 35 have a higher risk.", []),
        # a change's size, not a deadline
        ("The drug delayed relapse by 6 months.", [("6 months", 6.0, 6.0, True)]),
        ("The new pathway cut waiting times by 4 weeks.", [("4 weeks", 4.0, 4.0, True)]),
        (
            "It shortened symptoms by 16.8 hours in children; in adults, by 29 hours.",
            [("16.8 hours", 16.8, 16.8, True), ("29 hours", 29.0, 29.0, True)],
        ),
        # a year is a time stamp
        ("The product was withdrawn before 2020.", []),
    ],
)
def test_deadlines(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert _bounds(quantities) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Premium hearing aids can reach £6,000 or more.", ("£6,000 or more", 6000.0, None)),
        ("Bills can reach £6,000 or higher.", ("£6,000 or higher", 6000.0, None)),
        ("Levels can reach 40 mg/L or above.", ("40 mg/L or above", 40.0, None)),
        ("Hospital stays can reach 10 days or longer.", ("10 days or longer", 10.0, None)),
        ("Uptake can reach 40% or more.", ("40% or more", 40.0, None)),
        ("Uptake can reach 40%.", ("can reach 40%", None, 40.0)),
    ],
)
def test_a_height_reached_or_more_is_a_floor(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [(q["text"], q["low"], q["high"]) for q in quantities] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Erenumab is given as 70 mg or 140 mg.",
            [("70 mg", 70.0, 70.0), ("140 mg", 140.0, 140.0)],
        ),
        ("Use 5 ml or 10 ml of the syrup.", [("5 ml", 5.0, 5.0), ("10 ml", 10.0, 10.0)]),
        ("Take 1 or 2 tablets.", [("1 or 2 tablets", 1.0, 2.0)]),
    ],
)
def test_alternatives_each_with_a_unit(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [(q["text"], q["low"], q["high"]) for q in quantities] == expected


def test_a_revision_number_is_no_figure(tmp_path, extract_json):
    _draft, quantities = extracted_quantities(
        tmp_path, extract_json, "Patient guide DERM-112 (rev. 4), reviewed yearly."
    )
    assert quantities == []
