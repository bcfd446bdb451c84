"""Inline markup inside a figure (``6<span>5%</span>``, ``4<b>0</b>%``, ``1**2**5 mg``) shows as
nothing, so the figure is read whole, as a reader sees it, and quoted with its markup. A blank
or a cell boundary between two numbers keeps them apart, and emphasis CommonMark leaves as
text is not markup."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

MARKDOWN = [
    ("Coverage reached 7<span>2%</span> this winter.", [fig("7<span>2%", 72, unit="percent")]),
    (
        "About 3<b>0</b>% of adults snore.",
        [fig("About 3<b>0</b>%", 30, unit="percent", approx=True)],
    ),
    ("The pill holds 1**2**5 mg of iron.", [fig("1**2**5 mg", 125, unit="mg")]),
    ("Scores were 4 <b>5</b> and 6 in turn.", [fig("4", 4), fig("5", 5), fig("6", 6)]),
]
HTML = [
    (
        "Uptake rose to 8<em>1</em>% in May.",
        [fig("8<em>1</em>%", 81, unit="percent", role="after")],
    ),
    (
        "A dose of <strong>2</strong><strong>0</strong> mg daily.",
        [fig("2</strong><strong>0</strong> mg daily", 20, unit="mg")],
    ),
]


@pytest.fixture(scope="module")
def read_md(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("splitmd"), [t for t, _ in MARKDOWN])


@pytest.fixture(scope="module")
def read_html(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("splithtml"), [t for t, _ in HTML], html=True)


@pytest.mark.parametrize(("text", "expected"), MARKDOWN, ids=[t[:30] for t, _ in MARKDOWN])
def test_markdown_markup_inside_a_figure(read_md, text: str, expected) -> None:
    assert_read_as(read_md[text], text, expected)


@pytest.mark.parametrize(("text", "expected"), HTML, ids=[t[:30] for t, _ in HTML])
def test_html_markup_inside_a_figure(read_html, text: str, expected) -> None:
    assert_read_as(read_html[text], text, expected)
