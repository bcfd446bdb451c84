"""A state, province or territory is a place of its own (issue 12): a figure for Ohio is no
figure of a claim about the United States, nor Manitoba's of Canada's, nor one for Tasmania
of a claim about Queensland; a country said with a possessive (``Peru's``) is still that
country. A state's name that opens an institution's or a study's name places nothing."""

from __future__ import annotations

import pytest
from verdict_helpers import approved_claim as _claim
from verdict_helpers import figure_verdicts_fixture

from claimcheck.verify.frames import regions_named

NATIONAL = (
    _claim(
        "us-adult-smoking-2022",
        "In 2022, 11.6% of adults in the United States reported cigarette smoking.",
        11.6,
        "cigarette smoking, smoking",
        'United States, adults, "2022"',
    )
    + _claim(
        "canada-flu-vaccine-2023",
        "In 2023, 42.5% of adults in Canada had a flu vaccine.",
        42.5,
        "flu vaccine, influenza vaccination",
        'Canada, adults, "2023"',
    )
    + _claim(
        "queensland-melanoma-rate",
        "Queensland's melanoma incidence is 71.9 per 100,000 people.",
        71.9,
        "melanoma incidence, melanoma",
        "Queensland",
    ).replace("{value: 71.9, unit: percent}", "{value: 71.9, unit: per 100000}")
    + _claim(
        "peru-anaemia-children",
        "In Peru, 43.1% of children aged 6 to 35 months have anaemia.",
        43.1,
        "anaemia",
        "Peru, children",
    )
)
lint_national = figure_verdicts_fixture(NATIONAL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the country's own figure is still checked
        ("In 2022, 11.6% of adults in the United States reported cigarette smoking.", {}),
        (
            "In 2022, 16.1% of adults in the United States reported cigarette smoking.",
            {"16.1%": ("CC101", "us-adult-smoking-2022")},
        ),
        # a state's figure is no figure of the country's claim
        (
            "In 2022, 18.9% of adults in West Virginia reported cigarette smoking.",
            {"18.9%": ("CC102", None)},
        ),
        ("Ohio's adult cigarette smoking rate was 17.2% in 2022.", {"17.2%": ("CC102", None)}),
        (
            "In 2023, 35.0% of adults in Manitoba had a flu vaccine.",
            {"35.0%": ("CC102", None)},
        ),
        (
            "Only 31.4% of British Columbia adults had an influenza vaccination in 2023.",
            {"31.4%": ("CC102", None)},
        ),
        # a state's claim is no claim of another state's figure
        (
            "Tasmania's melanoma incidence is 60.2 per 100,000 people.",
            {"60.2 per 100,000 people": ("CC102", None)},
        ),
        # a country's possessive is that country
        ("Peru's rate of anaemia in children aged 6 to 35 months is 43.1%.", {}),
        (
            "Peru's rate of anaemia in children aged 6 to 35 months is 34.1%.",
            {"34.1%": ("CC101", "peru-anaemia-children")},
        ),
    ],
)
def test_a_state_is_a_place_of_its_own(lint_national, text, expected):
    assert lint_national(text) == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("In 2021 Kentucky's rate was 12%", {"Kentucky"}),
        ("Rates in Ontario and Quebec were 8% and 9%", {"Ontario", "Quebec"}),
        ("In New South Wales, 4% of adults", {"New South Wales"}),
        ("In New Mexico, 9% of adults", {"New Mexico"}),
        ("Nigeria's share was 10%", {"Nigeria"}),
        # names that open an institution's or a study's name place nothing
        ("New York Heart Association class III in 30%", set()),
        ("In the Iowa Women's Health Study, 4% had", set()),
        ("Researchers at Ohio State University found 12%", set()),
        ("In the Framingham and Minnesota Heart Studies, 6%", set()),
    ],
)
def test_places_a_clause_names(text, places):
    assert set(regions_named(text)) == places
