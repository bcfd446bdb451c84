"""Where a figure's people live, as pages say it, and numbers that are no age.

"Latin American", "South America" and "Central American" name Latin America, not the United
States; "Asian", "Asians" name Asia; "Europeans" and "Africans" their continents as
"European" and "African" do. A number written with thousands separators is never an age:
"at 2,000 m" is an altitude, not "at 2" (issue 12, held-out travel set: a dengue vaccine's
Asian and Latin American trials, altitude sickness by height)."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

from claimcheck.verify.frames import read_frame


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("24% of Latin American adults", {"Latin America"}),
        ("adults in South America", {"Latin America"}),
        ("Central Americans", {"Latin America"}),
        ("60.8% in the Asian trial", {"Asia"}),
        ("6.8% of Asians", {"Asia"}),
        ("Asian American adults", {"United States"}),  # an ethnic group of the US (session 55)
        ("11.2% of Europeans", {"Europe"}),
        ("Africans and Europeans", {"Africa", "Europe"}),
        ("in South-East Asia", {"South-East Asia"}),
        ("Americans aged 65 and over", {"United States"}),
        ("in the Americas", {"the Americas"}),
    ],
)
def test_the_place_a_text_names(text, regions):
    assert read_frame(text).regions == regions


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("5% of people at 2,000 m ski resorts", ()),
        ("at 3,500 m, half of trekkers", ()),
        ("at 1,200 mg a day", ()),
        ("women at 40, and men", ((40.0, 40.0),)),
        ("adults aged 18 to 25", ((18.0, 25.0),)),
    ],
)
def test_a_grouped_number_is_no_age(text, ages):
    assert read_frame(text).ages == ages


REGISTRY = """\
- id: obesity-us
  statement: In the United States, 42% of adults have obesity.
  subject: [obesity]
  context: [United States, adults]
  value: {value: 42, unit: percent}
  sources: [{citation: "Survey US", quote: "42%"}]
  status: approved
  review_by: 2030-01-01
- id: mountain-sickness-all
  statement: Acute mountain sickness affects about 25% of all visitors at 2,000 metres.
  subject: [acute mountain sickness, altitude sickness]
  context: [ski resorts, visitors]
  value: {value: 25, unit: percent, approx: true}
  sources: [{citation: "Altitude review", quote: "25%"}]
  status: approved
  review_by: 2030-01-01
- id: mountain-sickness-children
  statement: Acute mountain sickness affects about 30% of children aged 2 to 5 at 2,000 metres.
  subject: [acute mountain sickness, altitude sickness]
  context: [ski resorts, children]
  group: [aged 2-5]
  value: {value: 30, unit: percent, approx: true}
  sources: [{citation: "Altitude review", quote: "30%"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


def test_a_latin_american_figure_is_no_us_claims(lint_text, run_cli, tmp_path):
    assert lint_text("About 24% of Latin American adults have obesity.") == {
        "About 24%": ("CC102", None)
    }


def test_an_altitude_names_no_age_group(lint_text):
    # read as "at 2", the figure was about toddlers and the children's claim was its
    assert (
        lint_text(
            "Altitude sickness affects about 25% of visitors at 2,000 metres, mostly in resorts."
        )
        == {}
    )
    assert lint_text(
        "Altitude sickness affects about 40% of visitors at 2,000 metres, mostly in resorts."
    ) == {"about 40%": ("CC101", "mountain-sickness-all")}
