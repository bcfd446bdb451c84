"""Powers of ten as labs, spreadsheets and abstracts write them (issue 11): E notation with a
zero-padded exponent (``3.6E+004``), the exponent after a times sign as ``10E9``, ``10*9``
(UCUM), ``10exp9`` or ``10(9)`` (a superscript lost in brackets), and HTML's ``x10<sup>9</sup>``
with the sign glued to the 10. Each is one figure, offsets exact."""

from __future__ import annotations

import pytest
from figure_helpers import assert_read_as, extract_paragraphs, fig

CASES: list[tuple[str, list[dict]]] = [
    ("Its solubility is 2.4E+003 mg/L.", [fig("2.4E+003 mg/L", 2400, unit="mg/L")]),
    ("Traces of 7.5E-004 were found.", [fig("7.5E-004", 0.00075)]),
    ("Neutrophils were 2.0-7.5 x 10E9/L.", [fig("2.0-7.5 x 10E9/L", 2e9, 7.5e9, unit="/L")]),
    ("Platelets fell to 90 x 10(9)/L.", [fig("90 x 10(9)/L", 9e10, unit="/L", role="after")]),
    ("Lymphocytes were 1.5 x 10*9/L.", [fig("1.5 x 10*9/L", 1.5e9, unit="/L")]),
    (
        "A dose of 3 x 10exp6 cells/kg was given.",
        [fig("3 x 10exp6 cells/kg", 3e6, unit="cells/kg")],
    ),
    (
        "The load fell from 4 x 10(5) to 2 x 10(3) copies/mL.",
        [
            fig("4 x 10(5)", 4e5, unit="copies/mL", role="before"),
            fig("2 x 10(3) copies/mL", 2e3, unit="copies/mL", role="after"),
        ],
    ),
    # a times sign before a plain amount is no power
    (
        "Take 3 x 10 mg daily.",
        # (session 54: three doses of 10 mg a day, each dose 10 mg, never 10 mg a day)
        [fig("3 x", 3, unit="doses", kind="count"), fig("10 mg", 10, unit="mg")],
    ),
]

HTML_CASES: list[tuple[str, list[dict]]] = [
    (
        "White cells 3.5&ndash;9.5 x10<sup>9</sup>/L.",
        [fig("3.5&ndash;9.5 x10<sup>9</sup>/L", 3.5e9, 9.5e9, unit="/L")],
    ),
    ("Platelets 210x10<sup>9</sup>/L.", [fig("210x10<sup>9</sup>/L", 2.1e11, unit="/L")]),
    (
        "A dose of 2&times;10<sup>6</sup> cells/kg.",
        [fig("2&times;10<sup>6</sup> cells/kg", 2e6, unit="cells/kg")],
    ),
    ("Give 4 X10<sup>8</sup> spores.", [fig("4 X10<sup>8</sup> spores", 4e8, unit="spores")]),
    # after a word the 10 and its <sup> are no power: the superscript is a footnote marker
    ("See box x10<sup>2</sup> for details.", []),
]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return extract_paragraphs(tmp_path_factory.mktemp("powers"), [text for text, _ in CASES])


@pytest.fixture(scope="module")
def extracted_html(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("powers-html")
    return extract_paragraphs(folder, [text for text, _ in HTML_CASES], html=True)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[text[:40] for text, _ in CASES])
def test_power_of_ten_is_read_as_written(extracted: dict, text: str, expected: list) -> None:
    assert_read_as(extracted[text], text, expected)


@pytest.mark.parametrize(
    ("text", "expected"), HTML_CASES, ids=[text[:40] for text, _ in HTML_CASES]
)
def test_power_of_ten_in_html(extracted_html: dict, text: str, expected: list) -> None:
    assert_read_as(extracted_html[text], text, expected)
