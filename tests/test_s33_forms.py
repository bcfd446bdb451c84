"""Number forms a fresh tester found read wrong (issue 11, session 33), each kind with
sentences of our own: hedge abbreviations glued to the number by their point (``c.65%``,
``approx.2 mg``: the point is the abbreviation's, never a decimal point), and timepoints
listed after ``at`` with their unit said once (``at 3 and 9 months``: times, no ages).
Each figure's values and the offset contract (``text == file[start:end]``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    # a hedge abbreviation glued to its number: approximate, and the number whole
    ("Turnover in the team ran at c.65%.", [fig("c.65%", 65, unit="percent", approx=True)]),
    ("Take approx.2 mg at night.", [fig("approx.2 mg", 2, unit="mg", approx=True)]),
    ("The register lists ca.4,500 donors.",
     [fig("ca.4,500 donors", 4500, unit="donors", approx=True)]),
    ("Screening found est.90 new cases.",
     [fig("est.90 new cases", 90, unit="new cases", approx=True)]),
    ("Coverage fell to c.8.5% last winter.",
     [fig("c.8.5%", 8.5, unit="percent", approx=True)]),
    ("Ca.3 million adults smoke.",
     [fig("Ca.3 million adults", 3e6, unit="adults", approx=True)]),
    ("The course lasts cca.10 days.", [fig("cca.10 days", 10, unit="day", approx=True)]),
    # a leading point after a word that is no hedge keeps its meaning
    ("The level was .8 mg/L.", [fig(".8 mg/L", 0.8, unit="mg/L")]),
    # timepoints listed after "at", the unit said once after the last: times, not ages
    ("Children had hearing tests at 3 and 9 months.",
     [fig("3", 3, unit="month"), fig("9 months", 9, unit="month")]),
    ("Women were called back at 4, 8 and 26 weeks.",
     [fig("4", 4, unit="week"), fig("8", 8, unit="week"), fig("26 weeks", 26, unit="week")]),
    ("Patients had their drains checked at 1 and 3 days.",
     [fig("1", 1, unit="day"), fig("3 days", 3, unit="day")]),
    ("Adults were seen again at 2 and 4 years.",
     [fig("2", 2, unit="year"), fig("4 years", 4, unit="year")]),
    ("Glucose was measured in patients at 1, 2 and 3 hours.",
     [fig("1", 1, unit="hour"), fig("2", 2, unit="hour"), fig("3 hours", 3, unit="hour")]),
    # a list that ends "years old" stays ages, named who the figure is about
    ("Women screened at 50 and 60 years old made up 44% of the total.",
     [fig("44%", 44, unit="percent")]),
]  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("s33_forms"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_form_read_right(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
