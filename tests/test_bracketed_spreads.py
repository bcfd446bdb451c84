"""A ``±`` spread in brackets after its figure (``4.1 (±2.3) kg``, ``7.2 (± 0.8)%``) is the
figure's dispersion, as a spread without brackets is (a unit written only inside the
brackets, ``6.1 (±1.2 hours)``, is the figure's too), and a bracketed figure and spread under
one power of ten (``(3.52 ± 0.03) × 10⁶ cells``) are both multiplied by it: one figure, never a
second one to verify (issue 11, spreads). Sentences of our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig


def pm(value):
    return {"kind": "±", "value": value, "low": None, "high": None, "level": None}


CASES: list[tuple[str, list[dict]]] = [
    (
        "Patients lost 3.8 (±1.9) kg in a year.",
        [fig("3.8 (±1.9) kg", 3.8, unit="kg", spread=pm(1.9))],
    ),
    ("Their mean age was 58 (±11) years.", [fig("58 (±11) years", 58, unit="year", spread=pm(11))]),
    (
        "Body fat fell to 24.5 (± 3.2)%.",
        [fig("24.5 (± 3.2)%", 24.5, unit="percent", spread=pm(3.2))],
    ),
    ("Resting pulse was 72 (+/- 9) bpm.", [fig("72 (+/- 9) bpm", 72, unit="bpm", spread=pm(9))]),
    ("Stays were 4.6 [±2.0] days long.", [fig("4.6 [±2.0] days", 4.6, unit="day", spread=pm(2.0))]),
    (
        "They slept 6.4 (±1.1 hours) on average.",
        [fig("6.4", 6.4, unit="hour", spread=pm(1.1))],
    ),
    (
        "Weight was 79.5 (±10.2 kg) at entry.",
        [fig("79.5", 79.5, unit="kg", spread=pm(10.2))],
    ),
    ("Adherence was 88 (±6%) overall.", [fig("88", 88, unit="percent", spread=pm(6))]),
    (
        "Yield was (4.2 ± 0.5) × 10^6 cells in each bag.",
        [fig("(4.2 ± 0.5) × 10^6 cells", 4.2e6, unit="cells", spread=pm(5e5))],
    ),
    (
        "The dose held (2.0 ± 0.1) × 10⁸ spores.",
        [fig("(2.0 ± 0.1) × 10⁸ spores", 2e8, unit="spores", spread=pm(1e7))],
    ),
    (
        "Counts of 1.35 ± 0.05 × 10^5 cells/mL were usual.",
        [fig("1.35 ± 0.05 × 10^5 cells/mL", 1.35e5, unit="cells/mL", spread=pm(5000))],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("bracketed"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_spread_in_brackets_is_the_figures_own(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
