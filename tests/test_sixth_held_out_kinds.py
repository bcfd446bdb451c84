"""Kinds a sixth held-out collection of real-world forms found misread (issue 11): unit signs
of one character (``25℃``, ``5㎎``) and look-alike signs (``4―6``, ``﹣2.4``, ``≃ 8%``).

Every case is a sentence of our own, all extracted in one ``claimcheck extract --format json``
run per table, so each expectation is what a user sees; offsets are checked (``text ==
file[start:end]``, ``start`` where the surface stands in the paragraph).
"""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, cases_by_kind, extract_paragraphs, fig

CASES_BY_KIND: dict[str, list[tuple[str, list[dict]]]] = {
    "a unit sign of one character": [
        (
            "Keep the pens under 30℃.",
            [fig("under 30℃", None, 30, unit="°C", hi=False, comparator="under")],
        ),
        ("Her temperature was 99.5℉.", [fig("99.5℉", 99.5, unit="°F")]),
        ("Store the drops between 2 and 8 ℃.", [fig("between 2 and 8 ℃", 2, 8, unit="°C")]),
        ("Each capsule holds 20㎎ of zinc.", [fig("20㎎", 20, unit="mg")]),
        ("Give 7.5 ㎖ at bedtime.", [fig("7.5 ㎖", 7.5, unit="mL")]),
        ("The newborn weighed 2.9㎏.", [fig("2.9㎏", 2.9, unit="kg")]),
        ("A cyst of 4㎝ was drained.", [fig("4㎝", 4, unit="cm")]),
        ("Pour 2ℓ of water into the jug.", [fig("2ℓ", 2, unit="L")]),
    ],
    "a look-alike dash, minus or approximation sign": [
        ("Rest for 2―3 days.", [fig("2―3 days", 2, 3, unit="day")]),
        ("Doses of 10﹘20 mg were tried.", [fig("10﹘20 mg", 10, 20, unit="mg")]),
        ("The mean change was ﹣1.8 kg.", [fig("﹣1.8 kg", -1.8, unit="kg")]),
        ("Scores moved by ˗0.3 points.", [fig("˗0.3 points", -0.3, unit="points")]),
        ("Uptake is ≃ 64% in nurses.", [fig("≃ 64%", 64, unit="percent", approx=True)]),
        ("Around ≅ 300 people came.", [fig("≅ 300 people", 300, unit="people", approx=True)]),
    ],
}
CASES = cases_by_kind(CASES_BY_KIND)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("sixth"), [t for _k, t, _e in CASES])


@pytest.mark.parametrize(
    ("kind", "text", "expected"), CASES, ids=[f"{k}:{t[:40]}" for k, t, _ in CASES]
)
def test_figure_is_read_as_written(extracted, kind, text, expected):
    assert_read_as(extracted[text], text, expected)
