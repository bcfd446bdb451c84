"""The ends of a change as writers vary them (issue 11, changes): a bounded end reached after
``to`` (``rose from 40% to more than 60%``, ``fell to under 5%``), a start with its
approximation (``from around 300,000 to over 1 million``), and ends spelled out with no unit
or noun (``deaths went from twelve to three``), a bare start before a rate's end (``from 10.2
to 13.3 cases per million``: a rate too): each end a figure with its role, neither an
interval; ``zero`` hyphenated into a kind (``zero-dose children``) is no figure. Sentences
of our own, extracted in one run."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    (
        "Uptake rose from 35% to more than 55%.",
        [
            fig("35%", 35, unit="percent", role="before"),
            fig("more than 55%", 55, None, unit="percent", li=False, role="after"),
        ],
    ),
    (
        "Smoking fell to under 8% last year.",
        [fig("under 8%", None, 8, unit="percent", hi=False, role="after")],
    ),
    (
        "Admissions climbed from around 2,000 to over 5,000.",
        [
            fig("around 2,000", 2000, approx=True, role="before"),
            fig("over 5,000", 5000, None, li=False, role="after"),
        ],
    ),
    (
        "Survival improved from about 40% to at least 60%.",
        [
            fig("about 40%", 40, unit="percent", approx=True, role="before"),
            fig("at least 60%", 60, None, unit="percent", role="after"),
        ],
    ),
    (
        "Waiting lists went from nine to four.",
        [fig("nine", 9, role="before"), fig("four", 4, role="after")],
    ),
    (
        "Deaths on the ward fell from twelve to three.",
        [fig("twelve", 12, role="before"), fig("three", 3, role="after")],
    ),
    (
        "Admissions for sepsis rose from 10.2 to 13.3 cases per million discharges.",
        [
            fig(
                "10.2",
                10.2,
                unit="cases/1,000,000 discharges",
                role="before",
                per="1,000,000 discharges",
            ),
            fig(
                "13.3 cases per million discharges",
                13.3,
                unit="cases/1,000,000 discharges",
                role="after",
                per="1,000,000 discharges",
            ),
        ],
    ),
    (
        "Stillbirths fell from 4.1 to 3.6 per 1,000 births.",
        [
            fig("4.1", 4.1, role="before", per="1,000 births"),
            fig("3.6 per 1,000 births", 3.6, role="after", per="1,000 births"),
        ],
    ),
    (
        "The number of zero-dose children rose from 13.9 million to 14.5 million.",
        [
            fig("13.9 million", 13.9e6, role="before"),
            fig("14.5 million", 14.5e6, role="after"),
        ],
    ),
    ("Zero-calorie drinks and a zero-tolerance policy on smoking help.", []),
    ("We moved from one clinic to another.", []),
    ("The range runs from 5 to more than 10 mg.", None),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("change_ends"), [t for t, _e in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_each_end_has_its_role(extracted, text, expected):
    if expected is None:  # a range word, not a change: no end takes a role
        assert [q["role"] for _, q in extracted[text]] == [None] * len(extracted[text])
        return
    assert_read_as(extracted[text], text, expected)
