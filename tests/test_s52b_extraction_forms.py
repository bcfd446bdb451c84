"""Figure forms from session 52's second set, fixed as kinds with our own examples.

Each kind is read the same in a sentence, a list item, a Markdown table cell and an HTML
paragraph where its shape allows (:func:`_read_in`); the README's "Session 52 forms (second
set)" item says each rule.
"""

from __future__ import annotations

import pytest
from form_helpers import FORMS, claims_in


def _read_in(tmp_path, extract_json, form: str, sentence: str) -> list[tuple]:
    """(text, low, high, unit, approx) of every figure read from ``sentence`` in ``form``."""
    return [
        (q["text"], q["low"], q["high"], q["unit"], q["approx"])
        for c in claims_in(tmp_path, extract_json, form, sentence)
        for q in c["quantities"]
    ]


def _bounds(tmp_path, extract_json, form: str, sentence: str) -> list[tuple]:
    """(text, low, high, low_inclusive, high_inclusive, approx) of every figure read."""
    return [
        (q["text"], q["low"], q["high"], q["low_inclusive"], q["high_inclusive"], q["approx"])
        for c in claims_in(tmp_path, extract_json, form, sentence)
        for q in c["quantities"]
    ]


# Kind 1: a count or period right after a field label and its colon is the field's value,
# not the label's number ("Schedule 2" drugs, "Version: 2.3" stay labels).
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Schedule: 3 doses, a month apart.",
            [("3 doses", 3, 3, "doses", False), ("a month", 1, 1, "month", False)],
        ),
        ("Dosing schedule: 2 injections.", [("2 injections", 2, 2, "injections", False)]),
        ("Schedule: two doses.", [("two doses", 2, 2, "doses", False)]),
        ("Cycle: 28 days.", [("28 days", 28, 28, "day", False)]),
        ("Treatment period: 16 weeks.", [("16 weeks", 16, 16, "week", False)]),
        ("Round: 6 visits in total.", [("6 visits", 6, 6, "visits", False)]),
    ],
)
def test_a_count_after_a_field_label_and_colon_is_its_value(
    tmp_path, extract_json, form, sentence, expected
):
    assert _read_in(tmp_path, extract_json, form, sentence) == expected


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    "sentence",
    [
        "Morphine is a Schedule 2 drug.",
        "Schedule 2 drugs need a special prescription.",
        "Version: 2.3",
        "Stage: 3",
        "Phase: 2",
    ],
)
def test_a_label_number_without_a_counted_noun_stays_a_label(
    tmp_path, extract_json, form, sentence
):
    assert _read_in(tmp_path, extract_json, form, sentence) == []
