"""Units and times as eye care and trial tables write them (session 42): a refraction in
dioptres by its symbol after a decimal figure ("0.46 D"), an axial length in micrometres
against a claim in millimetres, an eye drop's strength ("0.01% atropine") naming its arm as a
dose does, a table's "first year" corner or "Years 1–2" column as the time of its cells, and
"in a year" as a one-year timepoint."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities
from verdict_helpers import figure_verdicts_fixture, valued_claim


def _axial(ident: str, value: float, strength: str, years: int) -> str:
    return valued_claim(
        ident,
        f"In the MYOSTOP trial, the eyes of children given {strength} atropine grew by a mean"
        f" {value} mm in axial length over {years} year{'s' if years > 1 else ''}.",
        f"{{value: {value}, unit: mm}}",
        "MYOSTOP trial, MYOSTOP, low-dose atropine",
        "myopia, axial length, children",
        group=f'["{strength} atropine"]',
        timepoint=f"{years} year{'s' if years > 1 else ''}",
    )


REGISTRY = "".join(
    (
        _axial("mystop-axial-002-1y", 0.22, "0.02%", 1),
        _axial("mystop-axial-002-2y", 0.48, "0.02%", 2),
        _axial("mystop-axial-001-1y", 0.33, "0.01%", 1),
        _axial("mystop-axial-001-2y", 0.61, "0.01%", 2),
        valued_claim(
            "mystop-refraction-002-1y",
            "In the MYOSTOP trial, myopia progressed by a mean 0.31 D over one year in children"
            " given 0.02% atropine.",
            "{value: 0.31, unit: dioptres}",
            "MYOSTOP trial, MYOSTOP, low-dose atropine",
            "myopia, refraction, children",
            group='["0.02% atropine"]',
            timepoint="1 year",
        ),
    )
)
lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a refraction in dioptres by its symbol, and another strength's arm
        ("In MYOSTOP, myopia progressed by 0.31 D over one year with 0.02% atropine.", {}),
        (
            "In MYOSTOP, myopia progressed by 0.52 D over one year with 0.02% atropine.",
            {"0.52 D": ("CC101", "mystop-refraction-002-1y")},
        ),
        (
            "In MYOSTOP, myopia progressed by 0.44 D over one year with 0.01% atropine.",
            {"0.44 D": ("CC102", None)},
        ),
        # micrometres against millimetres
        ("In MYOSTOP, eyes on 0.02% atropine grew by 220 µm in the first year.", {}),
        (
            "In MYOSTOP, eyes on 0.02% atropine grew by 300 µm in the first year.",
            {"300 µm": ("CC101", "mystop-axial-002-1y")},
        ),
        # "in a year" is a one-year timepoint, and a gapped clause keeps it
        (
            "In MYOSTOP, axial length grew by 0.22 mm in a year on 0.02% atropine, and by 0.39 mm"
            " on 0.01%.",
            {"0.39 mm": ("CC101", "mystop-axial-001-1y")},
        ),
        # a table's corner and its span columns say when its cells were measured
        (
            "| MYOSTOP, first year | Axial growth (mm) |\n|---|---|\n| 0.02% atropine | 0.22 |\n"
            "| 0.01% atropine | 0.41 |\n",
            {"0.41": ("CC101", "mystop-axial-001-1y")},
        ),
        (
            "| MYOSTOP axial growth (mm) | Year 1 | Years 1–2 |\n|---|---|---|\n"
            "| 0.02% atropine | 0.22 | 0.58 |\n| 0.01% atropine | 0.33 | 0.61 |\n",
            {"0.58": ("CC101", "mystop-axial-002-2y")},
        ),
    ],
)
def test_eye_units_strengths_and_table_times(lint_text, text, expected):
    assert lint_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Myopia progressed by 0.46 D over a year.", [("0.46 D", "dioptre"), ("a year", "year")]),
        ("Aim for -1.00 D or less.", [("-1.00 D or less", "dioptre")]),
        # a whole number before a D is no refraction, nor the D of a vitamin
        ("Take 1000 IU of vitamin D a day.", [("1000 IU", "IU")]),
    ],
)
def test_a_dioptre_by_its_symbol(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [(q["text"], q["unit"]) for q in quantities] == expected
