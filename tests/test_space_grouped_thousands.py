"""Thousands grouped with a space (SI and WHO style), a no-break, narrow no-break or thin
space too: one number, also at both ends of a change or range grouped the same way
(``from 386 000 to 241 000``); never across a count of dose forms (``take 2 500 mg
tablets``) or a range end that shows the first group stood alone (``between 10 200 and 300``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"

CASES = [
    (
        "Some 386 000 children died of the disease.",
        [fig("Some 386 000 children", 386000, unit="children", kind="count", approx=True)],
    ),
    (
        "Deaths fell from 386 000 to 241 000 over twenty years.",
        [
            fig("386 000", 386000, role="before"),
            fig("241 000", 241000, role="after"),
            fig("twenty years", 20, unit="year"),
        ],
    ),
    (
        f"Cases rose from 92{NBSP}500 to 1{NBSP}430{NBSP}000.",
        [
            fig(f"92{NBSP}500", 92500, role="before"),
            fig(f"1{NBSP}430{NBSP}000", 1430000, role="after"),
        ],
    ),
    (
        f"Admissions dropped from 48{NNBSP}200 to 39{NNBSP}750 a year.",
        [
            fig(f"48{NNBSP}200", 48200, role="before"),
            fig(f"39{NNBSP}750 a year", 39750, per="year", role="after"),
        ],
    ),
    (
        f"The trial screened 2{THIN}340{THIN}000 adults.",
        [fig(f"2{THIN}340{THIN}000 adults", 2340000, unit="adults", kind="count")],
    ),
    (
        "We counted 73 400 nurses in 2022.",
        [fig("73 400 nurses", 73400, unit="nurses", kind="count")],
    ),
    (
        "Between 310 000 and 455 000 births were attended.",
        [fig("Between 310 000 and 455 000 births", 310000, 455000, unit="births", kind="count")],
    ),
    # two numerals though grouped in shape: a count of dose forms, a first group alone
    (
        "Swallow 2 400 mg capsules with water.",
        [fig("2", 2, unit="capsules", kind="count"), fig("400 mg", 400, unit="mg")],
    ),
    (
        "Between 15 200 and 300 beds were open.",
        [fig("15", 15), fig("200", 200, unit="beds"), fig("300 beds", 300, unit="beds")],
    ),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("spaced"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_space_grouped(extracted, text, expected):
    assert_read_as(extracted[text], text, expected)
