"""A capital C or F after a number, glued or spaced (``above 38 C``, ``100 C``, ``101 F``), is
degrees when the clause speaks of a temperature; a range says the scale on both sides
(``18C to 21C``, ``18 C to 21 C``). Without a temperature word (``grade 3 C``) or when the
letter opens a word (``3 C-sections``) it is no unit."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES = [
    (
        "Call a doctor for a temperature over 39 C.",
        [fig("over 39 C", 39.0, None, unit="°C", hi=True, li=False)],
    ),
    (
        "Boil the water at 100 C for a minute.",
        [fig("100 C", 100.0, unit="°C"), fig("a minute", 1, unit="minute")],
    ),
    ("A fever of 102 F in a baby needs care.", [fig("102 F", 102.0, unit="°F")]),
    ("Keep the fridge at 2 C to 8 C.", [fig("2 C to 8 C", 2.0, 8.0, unit="°C")]),
    ("Store the vials at 2C to 8C.", [fig("2C to 8C", 2.0, 8.0, unit="°C")]),
    ("Keep the room warm, 20 C or so.", [fig("20 C", 20.0, unit="°C", approx=True)]),
    ("Of the tumours, 12 were grade 3 C lesions.", [fig("12", 12.0)]),
]


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    return extract_paragraphs(tmp_path_factory.mktemp("temps"), [text for text, _ in CASES])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_spaced_temperature_letter_is_degrees(readings, text, expected) -> None:
    assert_read_as(readings[text], text, expected)
