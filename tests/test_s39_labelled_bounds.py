"""A semicolon between a CI's or an IQR's bounds, in any bracket (session 39, held-out
extraction inputs).

``HR 0.82 [95% CI: 0.70; 0.96]`` gave the hazard ratio no interval and two stray figures to
verify, 0.70 and 0.96; ``median 4 days [IQR 2; 7]`` a stray 7. A semicolon between two
bounds was read only inside the interval's own square brackets (``OR 1.5 [1.2; 1.9]``):
after the name of an interval or an IQR it separates the two bounds in any bracket."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities


@pytest.mark.parametrize(
    ("text", "figure", "spread"),
    [
        ("Death fell (HR 0.74 [95% CI: 0.61; 0.90]).", "HR 0.74", ("CI", 0.61, 0.90)),
        ("Readmission fell (OR 0.66 (95% CI 0.52; 0.84)).", "OR 0.66", ("CI", 0.52, 0.84)),
        ("Stay was a median 6 days [IQR 3; 11].", "6 days", ("IQR", 3.0, 11.0)),
        ("Age was a median 71 years (IQR: 64; 79).", "71 years", ("IQR", 64.0, 79.0)),
    ],
)
def test_a_semicolon_after_an_intervals_name_joins_its_bounds(
    tmp_path, extract_json, text, figure, spread
):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [q["text"] for q in quantities] == [figure]
    kind, low, high = spread
    assert quantities[0]["spread"]["kind"] == kind
    assert (quantities[0]["spread"]["low"], quantities[0]["spread"]["high"]) == (low, high)
