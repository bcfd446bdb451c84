"""Statistics as trial reports write them: an abbreviation that is the subject of a verb
(``The aHR was 0.77``, ``OR is 1.9``) keeps its statistic as the spelled-out name does; a
confidence interval said as a predicate (``The 95% CI was 1.1 to 2.6``) is the statistic
``CI``; an interval's span stops before a ``P`` after it (``.61 to .88 P = .002``); a CI in
brackets after a figure is that figure's spread, a ``52.`` before ``to`` a whole bound."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig


def ci(low, high, level=95.0):
    return {"kind": "CI", "value": None, "low": low, "high": high, "level": level}


CASES = [
    ("The adjusted HR was 0.77.", [fig("HR was 0.77", 0.77, statistic="HR", kind="statistic")]),
    ("In smokers the OR is 1.9.", [fig("OR is 1.9", 1.9, statistic="OR", kind="statistic")]),
    (
        "The pooled RR was 0.64 for falls.",
        [fig("RR was 0.64", 0.64, statistic="RR", kind="statistic")],
    ),
    (
        "The NNT was 17 over five years.",
        [fig("NNT was 17", 17, statistic="NNT"), fig("five years", 5, unit="year")],
    ),
    # a heart rate stays a heart rate
    ("His HR was 96 beats a minute.", [fig("96 beats a minute", 96, unit="bpm")]),
    (
        "The 95% CI was 1.1 to 2.6.",
        [fig("95% CI was 1.1 to 2.6", 1.1, 2.6, statistic="CI", kind="statistic")],
    ),
    (
        "The confidence interval was 0.72–1.35.",
        [fig("confidence interval was 0.72–1.35", 0.72, 1.35, statistic="CI")],
    ),
    (
        "Its 90% CI ran from 0.4 to 0.8.",
        [fig("90% CI ran from 0.4 to 0.8", 0.4, 0.8, statistic="CI")],
    ),
    (
        "hazard ratio, .68 95% CI, .51 to .88 P = .003",
        [
            fig("hazard ratio, .68", 0.68, statistic="HR"),
            fig("95% CI, .51 to .88", 0.51, 0.88, statistic="CI"),
            fig("P = .003", 0.003, statistic="P"),
        ],
    ),
    (
        "Remission was 38.2% (95% CI, 31.5 to 45.0) with the drug.",
        [fig("38.2%", 38.2, unit="percent", spread=ci(31.5, 45.0))],
    ),
    (
        "Survival at two years was 61.4% (95% CI, 48. to 70.2) on the drug.",
        [
            fig("two years", 2, unit="year"),
            fig("61.4%", 61.4, unit="percent", spread=ci(48.0, 70.2)),
        ],
    ),
    (
        "The odds fell (95% CI 0.52 to 0.90; P = .006).",
        [
            fig("95% CI 0.52 to 0.90", 0.52, 0.90, statistic="CI"),
            fig("P = .006", 0.006, statistic="P"),
        ],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("stats"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_statistics(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
