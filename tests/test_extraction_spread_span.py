"""``claimcheck extract`` gives a figure whose bracketed spread closes it as the figure alone
(``58% (44–69)`` spans ``58%``), the spread in ``spread`` and the whole surface in
``spread_text``, as annotators mark figures (the span is what touches the number); a spread a
unit follows, or a ``±`` one, stays in the span."""

from __future__ import annotations

import pytest
from figure_helpers import extract_paragraphs

CASES = [
    ("Vaccine effect was 58% (44–69) in the over-65s.", "58%", "58% (44–69)"),
    (
        "The odds ratio was 1.9 (95% CI 1.3 to 2.7) for night shifts.",
        "odds ratio was 1.9",
        "odds ratio was 1.9 (95% CI 1.3 to 2.7)",
    ),
    ("Median time to relapse was 14 months (IQR 9–22).", "14 months", "14 months (IQR 9–22)"),
    (
        "Risk fell (aHR 0.74; 95% CI [0.61, 0.90]) with treatment.",
        "aHR 0.74",
        "aHR 0.74; 95% CI [0.61, 0.90]",
    ),
    (
        "Walking cut the risk (hazard ratio 0.88, 95% confidence interval 0.80 to 0.97).",
        "hazard ratio 0.88",
        "hazard ratio 0.88, 95% confidence interval 0.80 to 0.97",
    ),
    ("Mean weight was 81 (SD 12) kg at entry.", "81 (SD 12) kg", None),
    ("Weight fell by 6.1 ± 2.2 kg over a year.", "6.1 ± 2.2 kg", None),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("span"), [text for text, *_ in CASES])


@pytest.mark.parametrize(("text", "point", "whole"), CASES, ids=[c[0][:40] for c in CASES])
def test_span_is_the_figure(extracted, text, point, whole):
    offset, first = extracted[text][0]
    assert first["spread"] is not None
    assert first["text"] == point == text[offset : offset + len(point)]
    assert first["end"] - first["start"] == len(point)
    assert first.get("spread_text") == whole
