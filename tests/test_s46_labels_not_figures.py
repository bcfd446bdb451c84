"""Numbers that name a group or a row, not an amount (session 46).

- A table whose first column is titled by a numbered category ("Stage", "NYHA class",
  "Grade", "Score") labels each row with its row header: ``4``, ``3b``, ``IV`` there are
  no figures (each was a false CC102). A title with more (``Level (mg/dL)``) names a
  measure: its row headers stay figures.
- An age ladder said on in its sentence: after "women aged 25 to 49", a later ``from 50 to
  64``, ``those 50 to 64`` or ``; 40–64,`` is the next bracket, a group label. A range with
  a unit or a counted noun after it, one below the group, or a change's two ends stays a
  figure; a bare comma after the group leads a list of brackets only when the next one
  starts above it and a list or the clause goes on after it ("In adults aged 18–64,
  10–15 minutes …" is the clause's own figure).
- Ages said as "women from 25 to 49", "offered at 12 to 13 years old" and a second deadline
  "by age 35 and again by 45" are group labels too ("patients from 27 hospitals" is a
  count)."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities, figure_texts


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (
            "| CKD stage | eGFR (mL/min/1.73 m²) |\n|---|---|\n| 3b | 30–44 |\n| 4 | 15–29 |\n"
            "| 5 | under 15 |\n",
            ["30–44", "15–29", "under 15"],
        ),
        (
            "| NYHA class | One-year mortality |\n|---|---|\n| II | 6% |\n| 3 | 14% |\n",
            ["6%", "14%"],
        ),
        (
            "| Grade | Patients |\n|---|---|\n| 1 | 120 |\n| 2 | 45 |\n",
            ["120", "45"],
        ),
        (
            "| Wells score | Chance of a clot |\n|---|---|\n| 0–1 | 3% |\n| 2–6 | 17% |\n",
            ["3%", "17%"],
        ),
        # a title that names a measure: its row headers are values
        (
            "| Level (mg/dL) | Risk |\n|---|---|\n| 200 | high |\n| 150 | borderline |\n",
            ["200", "150"],
        ),
    ],
)
def test_numbered_category_row_headers_are_labels(tmp_path, extract_json, draft, expected):
    assert figure_texts(tmp_path / "table.md", draft, extract_json) == expected


def test_numbered_category_row_headers_in_html(tmp_path, extract_json):
    draft = (
        "<table><tr><th>Stage</th><th>Five-year survival</th></tr>"
        "<tr><td>1</td><td>92%</td></tr><tr><td>IV</td><td>8%</td></tr></table>\n"
    )
    assert figure_texts(tmp_path / "table.html", draft, extract_json) == ["92%", "8%"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cervical screening is every 3 years for women aged 25 to 49, then every 5 years "
            "from 50 to 64.",
            ["3 years", "5 years"],
        ),
        (
            "Women aged 25 to 49 are invited every 3 years and those 50 to 64 every 5 years.",
            ["3 years", "5 years"],
        ),
        # (a spelled dose count is a figure, one as two: session 53's second set)
        (
            "Adults aged 18–39 need one dose of the vaccine; 40–64, two doses.",
            ["one dose", "two doses"],
        ),
        ("The jab is offered to children aged 12–13, and to those 14–18 who missed it.", []),
        # figures after an age group stay figures
        ("In adults aged 18–64, 10–15 minutes of walking a day helps.", ["10–15 minutes"]),
        (
            "Among women aged 40 to 49, 50 to 60 biopsies per 1,000 screens were done.",
            ["50 to 60 biopsies per 1,000"],
        ),
        ("In men aged 50–69, 20–30 were found to have cancer.", ["20–30"]),
        ("In women aged 40–49, the rate rose from 50 to 64.", ["50", "64"]),
        ("Patients aged 65 and over, or 50 and over with diabetes, took part.", []),
        # an age said with "from … to" after its noun, "at … years old", a second deadline
        ("Screening is offered to women from 25 to 49 every three years.", ["three years"]),
        ("The HPV vaccine is offered at 12 to 13 years old.", []),
        ("The jab is given at 12 to 13 years old in most schools.", []),
        (
            "The goal is for 70% of women to be screened by age 35 and again by 45.",
            ["70%"],
        ),
        ("The trial recruited its patients from 27 hospitals.", ["27 hospitals"]),
        ("Patients from 12 to 15 countries took part.", ["from 12 to 15 countries"]),
    ],
)
def test_an_age_ladder_said_on(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [q["text"] for q in quantities] == expected
