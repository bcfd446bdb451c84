"""A numbered label that opens a line or list item before its colon is no figure (session
44): "- Bag 1: 200 mL over 1 hour" gives the 200 mL and the 1 hour, not a bare 1 that lint
would report as unsupported. Markdown lists, paragraphs, bold labels and HTML lists alike;
a number before a colon inside a sentence is still read."""

from __future__ import annotations

import pytest

from claimcheck.documents.reader import read_document
from claimcheck.nlp.pipeline import extract_claims


def _texts(raw: str, suffix: str) -> list[str]:
    document = read_document(f"draft{suffix}", raw.encode("utf-8"))
    [(_, claims)] = list(extract_claims([document]))
    return [q.text for claim in claims for q in claim.quantities]


@pytest.mark.parametrize(
    ("raw", "suffix", "expected"),
    [
        (
            "- Bag 1: 200 mL over 1 hour\n- Bag 2: 500 mL over 4 hours\n",
            ".md",
            ["200 mL", "1 hour", "500 mL", "4 hours"],
        ),
        ("Dose 2: 0.5 mL at 8 weeks.\n", ".md", ["0.5 mL", "8 weeks"]),
        ("**Visit 3:** a blood test 4 weeks later.\n", ".md", ["4 weeks"]),
        ("1. Cycle 2: 75 mg/m2 on day 1.\n", ".md", ["75 mg/m2"]),
        (
            "<ul><li>Bag 1: 200 mL over 1 hour</li><li>Bag 2: 500 mL over 4 hours</li></ul>",
            ".html",
            ["200 mL", "1 hour", "500 mL", "4 hours"],
        ),
        # inside a sentence, a number before a colon is still a figure
        ("The risk fell by 20: a large drop.\n", ".md", ["20"]),
    ],
)
def test_numbered_label_is_no_figure(raw: str, suffix: str, expected: list[str]) -> None:
    assert _texts(raw, suffix) == expected
