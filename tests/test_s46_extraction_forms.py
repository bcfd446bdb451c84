"""Extraction forms of session 46, each a kind a held-out set read wrong, tested with
examples of our own.

- A bound said once before two parallel figures carries to the second (``above 1.0 mmol/L
  in men and 1.2 mmol/L in women``): each figure is whom it is for and the same kind of
  bound; without a phrase after the second figure, or with other words between, it stays
  a point.
- A trailing ``or less``/``or more`` after a nutrition panel's label (``5% DV or less``).
- ``tops`` before a figure is "more than" it, as ``topped`` was.
- ``over`` + a period right after a study or an audit, or after ``ran``/``conducted``, is
  the time it spanned (``an audit over 18 months``), not "more than".
"""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities


def _read(tmp_path, extract_json, text):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    return [(q["text"], q["low"], q["high"], q["unit"]) for q in quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A healthy HDL level is above 1.0 mmol/L in men and 1.2 mmol/L in women.",
            [("above 1.0 mmol/L", 1.0, None, "mmol/L"), ("1.2 mmol/L", 1.2, None, "mmol/L")],
        ),
        (
            "Keep your waist under 94 cm if you are a man, or less than 94 cm for men and "
            "80 cm for women.",
            [
                ("under 94 cm", None, 94.0, "cm"),
                ("less than 94 cm", None, 94.0, "cm"),
                ("80 cm", None, 80.0, "cm"),
            ],
        ),
        (
            "Home readings should be below 135/85 mmHg for adults and 145/90 mmHg for "
            "people over 80.",
            [
                ("below 135", None, 135.0, "mmHg"),
                ("85 mmHg", None, 85.0, "mmHg"),
                ("145", None, 145.0, "mmHg"),
                ("90 mmHg", None, 90.0, "mmHg"),
            ],
        ),
        # no parallel phrase after the second figure, or other words between: a point
        (
            "Over 65% of adults in Wales and 40% now say so.",
            [("Over 65%", 65.0, None, "percent"), ("40%", 40.0, 40.0, "percent")],
        ),
        (
            "HbA1c was above 7% in 2019, when 6.5% was the target.",
            [("above 7%", 7.0, None, "percent"), ("6.5%", 6.5, 6.5, "percent")],
        ),
    ],
)
def test_a_bound_said_once_for_two_groups(tmp_path, extract_json, text, expected):
    assert _read(tmp_path, extract_json, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A food with 5% DV or less of fibre is low in it.",
            [("5% DV or less", None, 5.0, "percent")],
        ),
        (
            "One with 20% of the Daily Value or more is high.",
            [("20% of the Daily Value or more", 20.0, None, "percent")],
        ),
        ("Yearly spending on inhalers tops $2 billion.", [("tops $2 billion", 2e9, None, "USD")]),
        (
            "An audit over 18 months found 40 prescribing errors.",
            [
                ("18 months", 18.0, 18.0, "month"),
                ("40 prescribing errors", 40.0, 40.0, "prescribing errors"),
            ],
        ),
        (
            "The review was conducted over 6 months.",
            [("6 months", 6.0, 6.0, "month")],
        ),
        # "over" after a verb of lasting or a group noun stays "more than"
        (
            "Coughs lasting over 3 weeks need a doctor.",
            [("over 3 weeks", 3.0, None, "week")],
        ),
    ],
)
def test_session_46_forms(tmp_path, extract_json, text, expected):
    assert _read(tmp_path, extract_json, text) == expected
