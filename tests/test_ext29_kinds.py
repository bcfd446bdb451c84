"""Issue 11, session 29: the interval of a change said by its size. Trial reports print a
mean difference with its sign (``−5.2 kg (−6.1 to −4.3)``); pages turn the figure into a
size after a verb of falling (``fell by 5.2 kg``) and keep the interval as printed. The
bracketed interval is the figure's spread, never a second figure to verify, when the figure
with its sign turned lies inside it; a bracket the figure lies outside either way stays a
figure of its own (``rose by 3 (−2 to −1) points``).

Every case is a sentence of our own, extracted in one ``claimcheck extract --format json``
run, and each figure's offsets are checked (``text == file[start:end]``).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig


def ci(low: float, high: float) -> dict:
    return {"kind": "CI", "value": None, "low": low, "high": high, "level": None}


CASES_BY_KIND: dict[str, list[tuple[str, list[dict]]]] = {
    "a change's size with its signed interval": [
        (
            "Weight fell by 5.2 kg (−6.1 to −4.3) with drug K.",
            [fig("5.2 kg", 5.2, unit="kg", spread=ci(-6.1, -4.3))],
        ),
        (
            "HbA1c fell by 1.2 percentage points (-1.4 to -1.0) on the higher dose.",
            [fig("1.2 percentage points", 1.2, unit="percentage points", spread=ci(-1.4, -1.0))],
        ),
        (
            "Systolic pressure dropped 8.5 mmHg (−10.2 to −6.8) on the new pill.",
            [fig("8.5 mmHg", 8.5, unit="mmHg", spread=ci(-10.2, -6.8))],
        ),
        (
            "LDL cholesterol went down by 1.4 mmol/L (−1.6 to −1.2).",
            [fig("1.4 mmol/L", 1.4, unit="mmol/L", spread=ci(-1.6, -1.2))],
        ),
        (
            "Pain scores were reduced by 2.1 points (−2.9 to −1.3) against placebo.",
            [fig("2.1 points", 2.1, unit="points", spread=ci(-2.9, -1.3))],
        ),
    ],
    "a bracket the figure lies outside stays a figure": [
        (
            "Scores rose by 3 (−2 to −1) points.",
            [fig("3", 3), fig("−2 to −1", -2, -1)],
        ),
        (
            "Weight fell by 9 kg (−6 to −4 kg in the control arm).",
            [fig("9 kg", 9, unit="kg"), fig("−6 to −4 kg", -6, -4, unit="kg")],
        ),
    ],
}

CASES = cases_by_kind(CASES_BY_KIND)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("ext29"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}: {t}" for k, t, _e in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)
