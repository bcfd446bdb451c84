"""Figure forms from session 52, fixed as kinds with our own health-page examples.

Each kind's sentences are read in one Markdown draft and one HTML draft (one paragraph each),
and every figure is checked as a user sees it: surface, interval, inclusivity, approx, unit
and kind, at its offset (``text == file[start:end]``).

- A comparator said twice over, a floor or ceiling and ``or equal to``: ``at least or equal
  to 30 minutes`` is at least 30 minutes (inclusive), as ``greater than or equal to`` was;
  ``over or equal to``, ``above or equal to``, ``equal to or above`` likewise, and ``at most``,
  ``under``, ``below`` with ``or equal to`` (or ``equal to or below``) at most."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig

KINDS: dict[str, list[tuple[str, list[dict]]]] = {
    "a comparator and or equal to": [
        (
            "Children need at least or equal to 30 minutes of activity.",
            [fig("at least or equal to 30 minutes", 30.0, None, "minute", kind="duration")],
        ),
        (
            "Patients over or equal to 18 kg take the adult dose.",
            [fig("over or equal to 18 kg", 18.0, None, "kg", kind="measure")],
        ),
        (
            "A score above or equal to 7 points is high.",
            [fig("above or equal to 7 points", 7.0, None, "points")],
        ),
        (
            "Keep paracetamol at most or equal to 4 g.",
            [fig("at most or equal to 4 g", None, 4.0, "g", kind="measure")],
        ),
        (
            "Fasting levels under or equal to 5 mmol/L are normal.",
            [fig("under or equal to 5 mmol/L", None, 5.0, "mmol/L", kind="measure")],
        ),
        (
            "A dose equal to or below 10 mg is safe.",
            [fig("equal to or below 10 mg", None, 10.0, "mg", kind="measure")],
        ),
        (
            "Treatment lasting equal to or over 6 weeks is long.",
            [fig("equal to or over 6 weeks", 6.0, None, "week", kind="duration")],
        ),
    ],
}

ROWS = cases_by_kind(KINDS)
TEXTS = [text for _, text, _ in ROWS]


@pytest.fixture(scope="module")
def read_markdown(tmp_path_factory):
    """Every row's sentence read as one paragraph of one Markdown draft."""
    return extract_paragraphs(tmp_path_factory.mktemp("s52md"), TEXTS)


@pytest.fixture(scope="module")
def read_html(tmp_path_factory):
    """Every row's sentence read as one ``<p>`` of one HTML draft."""
    return extract_paragraphs(tmp_path_factory.mktemp("s52html"), TEXTS, html=True)


@pytest.mark.parametrize(("kind", "text", "expected"), ROWS)
def test_form_in_markdown(read_markdown, kind, text, expected):
    assert_read_as(read_markdown[text], text, expected)


@pytest.mark.parametrize(("kind", "text", "expected"), ROWS)
def test_form_in_html(read_html, kind, text, expected):
    assert_read_as(read_html[text], text, expected)
