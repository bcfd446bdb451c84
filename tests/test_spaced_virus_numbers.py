"""A virus's or disease's number cut off its name by a stray blank (``COVID -19``, ``SARS-CoV
-2``) is read as the name: never a figure of its own, and the noun after it is still counted
(``thousands of COVID -19 tests``)."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Labs ran thousands of COVID -19 tests in May.",
        [fig("thousands of COVID -19 tests", 1000, 10000, unit="COVID-19 tests", hi=False)],
    ),
    (
        "The ward held 35 COVID -19 patients.",
        [fig("35 COVID -19 patients", 35, unit="COVID-19 patients")],
    ),
    (
        "About 12% of Covid -19 cases were children.",
        [fig("About 12%", 12, unit="percent", approx=True)],
    ),
    ("SARS-CoV -2 spread to 9 care homes.", [fig("9 care homes", 9, unit="care homes")]),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("covid"), [t for t, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:30] for t, _ in CASES])
def test_a_spaced_virus_number_is_part_of_the_name(read, text: str, expected) -> None:
    assert_read_as(read[text], text, expected)
