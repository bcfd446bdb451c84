"""Number forms read wrong at the start of session 35 (issue 11), each kind with sentences of
our own: a bare number set against the figure right after it (``versus``, ``vs``,
``against``, ``compared with``) takes that figure's unit, said once at the end (``at 137
versus 58 per 100,000``, ``14 vs 18 months``). Each figure's values and the offset contract
(``text == file[start:end]``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    # the unit said once, after the second of two figures set against each other
    ("Kelvin's disease is commoner in women, at 137 versus 58 per 100,000.",
     [fig("137", 137, per="100,000"), fig("58 per 100,000", 58, per="100,000")]),
    ("The stillbirth rate was 4.1 vs 3.2 per 1,000 births.",
     [fig("4.1", 4.1, per="1,000 births"), fig("3.2 per 1,000 births", 3.2, per="1,000 births")]),
    ("Median survival was 14 versus 18 months.",
     [fig("14", 14, unit="month"), fig("18 months", 18, unit="month")]),
    ("Average stay fell, 9.1 compared with 6.6 days.",
     [fig("9.1", 9.1, unit="day"), fig("6.6 days", 6.6, unit="day")]),
    ("Weight loss was 5.2 against 1.1 kg.",
     [fig("5.2", 5.2, unit="kg"), fig("1.1 kg", 1.1, unit="kg")]),
    # … and two bare numbers stay bare
    ("Scores were 12 versus 15.", [fig("12", 12), fig("15", 15)]),
]  # fmt: skip


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("s35_forms"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:50] for t, _ in CASES])
def test_form_read_right(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
