"""A bound or a hedge said once before two parallel figures (session 47): ``at least 30% of
men and 25% of women`` (both at least), ``at least 135 g/L (men) or 125 g/L (women)``; ``an
estimated 249 million cases and 608 000 deaths`` and ``about 40% of men and 30% of women``
(both approximate). The second figure was read as exact. Without a parallel phrase after
it (``about 40% of men smoke and 30% drink``) it stays as written."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 30% of men and 25% of women smoke.",
            [("At least 30%", 30.0, None), ("25%", 25.0, None)],
        ),
        (
            "Donors need a haemoglobin of at least 135 g/L (men) or 125 g/L (women).",
            [("at least 135 g/L", 135.0, None), ("125 g/L", 125.0, None)],
        ),
        (
            "Fewer than 10% of girls and 15% of boys are active enough.",
            [("Fewer than 10%", None, 10.0), ("15%", None, 15.0)],
        ),
        # a place, then whom a share is of: no parallel, the second figure is a point
        (
            "Obesity is over 30% in Freedonia, and 25% of children there are overweight.",
            [("over 30%", 30.0, None), ("25%", 25.0, 25.0)],
        ),
    ],
)
def test_bound_said_once(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [(q["text"], q["low"], q["high"]) for q in quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An estimated 249 million cases and 608 000 deaths occurred in 2022.",
            [True, True],
        ),
        ("About 1,200 cases and 40 deaths were reported.", [True, True]),
        ("About 40% of men and 30% of women smoke.", [True, True]),
        # no parallel: the second figure is as written
        ("About 40% of men smoke and 30% drink.", [True, False]),
        ("Roughly 5 million people had it in 2019, and 6 million in 2023.", [True, False]),
    ],
)
def test_hedge_said_once(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [q["approx"] for q in quantities] == expected
