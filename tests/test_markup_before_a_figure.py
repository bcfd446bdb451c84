"""Emphasis or an inline tag that opens a figure after its comparator (``Up to **6**
sachets``, ``Over <b>40</b>%``) shows as nothing: the comparator keeps its number, as in the
same sentence without markup, in Markdown and in HTML drafts."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

MD_CASES = [
    (
        "Use up to **6** sachets a day.",
        [
            fig(
                "up to **6** sachets a day",
                None,
                6,
                unit="sachets/day",
                per="day",
                comparator="up to",
            )
        ],
    ),
    (
        "Give at least __2__ doses before school.",
        [fig("at least __2__ doses", 2, None, unit="doses", comparator="at least")],
    ),
    (
        "Fewer than **15**% of clinics replied.",
        [fig("Fewer than **15**%", None, 15, hi=False, unit="percent", comparator="Fewer than")],
    ),
    (
        "Over *70*% of parents agreed.",
        [fig("Over *70*%", 70, None, li=False, unit="percent", comparator="Over")],
    ),
    (
        "No more than ***3*** g of salt a day.",
        [fig("No more than ***3*** g", None, 3, unit="g", comparator="No more than")],
    ),
]
HTML_CASES = [
    (
        "Over <b>40</b>% of nurses left.",
        [fig("Over <b>40</b>%", 40, None, li=False, unit="percent", comparator="Over")],
    ),
    (
        "Take up to <strong>4</strong> capsules daily.",
        [
            fig(
                "up to <strong>4</strong> capsules daily",
                None,
                4,
                unit="capsules/day",
                per="day",
                comparator="up to",
            )
        ],
    ),
    (
        'At most <span class="v">2</span> visits were missed.',
        [
            fig(
                'At most <span class="v">2</span> visits',
                None,
                2,
                unit="visits",
                comparator="At most",
            )
        ],
    ),
    (
        "Less than <em>1</em>% had a rash.",
        [fig("Less than <em>1</em>%", None, 1, hi=False, unit="percent", comparator="Less than")],
    ),
]


@pytest.fixture(scope="module")
def extracted_md(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("md"), [t for t, _ in MD_CASES])


@pytest.fixture(scope="module")
def extracted_html(tmp_path_factory):
    return extract_paragraphs(
        tmp_path_factory.mktemp("html"), [t for t, _ in HTML_CASES], html=True
    )


@pytest.mark.parametrize(("text", "expected"), MD_CASES, ids=[c[0][:40] for c in MD_CASES])
def test_markdown(extracted_md, text, expected):
    assert_read_as(extracted_md[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), HTML_CASES, ids=[c[0][:40] for c in HTML_CASES])
def test_html(extracted_html, text, expected):
    assert_read_as(extracted_html[text], text, expected)
