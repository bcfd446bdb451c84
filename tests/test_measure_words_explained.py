"""Words that say a claim's own measure or unit are explained by it, whatever words its
statement uses: "cause 66,440 deaths" against a claim that people "will die of" a cancer
(its unit is deaths), "charge £150" against a price, and the words of a projection
("expected", "projected") that every forecast figure is told with. Unexplained words
count against a conflict (a figure about something else said of the same subject), so a
clause of these words alone must not make a wrong figure merely unsupported."""

from __future__ import annotations

import pytest
from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: pancreatic-deaths-2024
  statement: In 2024, about 51,750 people in the US will die of pancreatic cancer.
  subject: [pancreatic cancer]
  context: [US]
  value: {value: 51750, unit: deaths, approx: true}
  sources: [{citation: "ACS Facts and Figures 2024", quote: "51,750 deaths"}]
  status: approved
  review_by: 2030-01-01
- id: pancreatic-cases-2024
  statement: In 2024, about 66,440 people in the US will be diagnosed with pancreatic cancer.
  subject: [pancreatic cancer]
  context: [US, new cases]
  value: {value: 66440, unit: cases, approx: true}
  sources: [{citation: "ACS Facts and Figures 2024", quote: "66,440 new cases"}]
  status: approved
  review_by: 2030-01-01
- id: sepsis-deaths-us
  statement: >-
    About 350,000 adults who develop sepsis die during their hospitalization or are
    discharged to hospice each year in the US.
  subject: [sepsis]
  context: [died, deaths, US]
  value: {value: 350000, unit: deaths/year, approx: true}
  sources: [{citation: "CDC sepsis data 2024", quote: "350,000 adults"}]
  status: approved
  review_by: 2030-01-01
- id: typhoid-vaccine-price
  statement: A single dose of the typhoid vaccine costs £35 at private UK travel clinics.
  subject: [typhoid vaccine]
  context: [private, UK, travel clinic]
  value: {value: 35, unit: GBP}
  sources: [{citation: "Travel clinic price list 2025", quote: "Typhoid £35"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pancreatic cancer remains a major killer in the United States. In 2024 it is"
            " expected to cause 66,440 deaths.",
            {"66,440 deaths": ("CC101", "pancreatic-deaths-2024")},
        ),
        (
            "Pancreatic cancer is rarely caught early. This year, 2024, it is projected to"
            " cause 66,440 deaths nationwide.",
            {"66,440 deaths": ("CC101", "pancreatic-deaths-2024")},
        ),
        (
            "Pancreatic cancer remains a major killer in the United States. In 2024 it is"
            " expected to cause 51,750 deaths.",
            {},
        ),
        (
            "Private pharmacies charge around £60 per dose of the typhoid vaccine.",
            {"around £60 per dose": ("CC101", "typhoid-vaccine-price")},
        ),
        ("Private pharmacies charge £35 per dose of the typhoid vaccine.", {}),
        # a word of another measure stays unexplained: deaths are not the cases claim's
        (
            "In 2024, about 66,440 people in the US are expected to die of pancreatic cancer.",
            {"about 66,440 people": ("CC101", "pancreatic-deaths-2024")},
        ),
    ],
)
def test_measure_words_explained(lint_text, text, expected):
    assert lint_text(text) == expected
