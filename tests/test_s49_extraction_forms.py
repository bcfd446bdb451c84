"""Figure forms from session 49, fixed as kinds with our own examples.

- A rate adverb glued by a hyphen to the next word is a compound modifier, no period:
  ``1 in 2,500 daily-wear users`` is a proportion of users, not per day; ``20 mg daily``
  stays per day.
- Two numbers joined by ``or`` that fill a table cell or a line (``| 1 or 2 |``) are one
  range, as ``1 or 2 tablets`` is; in a sentence a bare ``stage 1 or 2`` stays two numbers.
- An HTML entity inside a word (``Andr&aacute;ssy &uacute;t 12``) reads as the word, so a
  street number after it is an address, not a figure.
- Cents raised with their point or decimal comma (``&pound;145<sup>.42</sup> a month``,
  ``&euro;89<sup>,90</sup>``) are the price's decimals, and the period after still counts.
- ``within 2 to 3 days`` is the range the time takes, not at most its far end; ``within 3
  days`` stays a bound.
- An emergency number offered as the other choice (``…, or 999 if they stop breathing``) is
  no figure; ``or 111 beds`` still is.
- An age bracket after ``at`` that a verb of its people follows ("girls who start at 15 to 26
  need …") or that a verb of offering or starting comes before ("offered at 12 to 13",
  "screening starts at 25") is a group label, no figure.
- ``at most`` after a figure bounds it only where "most" is no determiner of a plural:
  ``£7.49 at most pharmacies`` is £7.49, ``4 g at most`` at most 4 g."""

from __future__ import annotations

import pytest
from figure_helpers import extracted_quantities


def _read(quantities: list[dict]) -> list[tuple]:
    return [(q["text"], q["low"], q["high"], q["unit"]) for q in quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Keratitis affects about 1 in 2,500 daily-wear users each year.",
            [("about 1 in 2,500", 0.0004, 0.0004, "proportion", None)],
        ),
        (
            "It strikes 4 per 10,000 extended-wear users.",
            [("4 per 10,000", 4.0, 4.0, None, "10,000")],
        ),
        ("Take 20 mg daily.", [("20 mg daily", 20.0, 20.0, "mg", "day")]),
        ("Give 5 ml weekly.", [("5 ml weekly", 5.0, 5.0, "mL", "week")]),
    ],
)
def test_a_rate_adverb_in_a_compound_is_no_period(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [
        (*read, q.get("per")) for read, q in zip(_read(quantities), quantities, strict=True)
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Medicine | Tablets per dose |\n|---|---|\n| Paracetamol | 1 or 2 |",
            [("1 or 2", 1.0, 2.0, None)],
        ),
        ("Tablets per dose:\n\n2 or 3\n", [("2 or 3", 2.0, 3.0, None)]),
        ("Take 1 or 2 tablets.", [("1 or 2 tablets", 1.0, 2.0, "tablets")]),
        ("Stage 1 or 2 tumours are small.", []),
        (
            "| Drug | 41, 48 or 55 |",
            [("41", 41.0, 41.0, None), ("48", 48.0, 48.0, None), ("55", 55.0, 55.0, None)],
        ),
    ],
)
def test_two_numbers_joined_by_or_filling_a_cell_are_a_range(
    tmp_path, extract_json, text, expected
):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert _read(quantities) == expected


def test_an_html_cell_of_two_numbers_joined_by_or_is_a_range(tmp_path, extract_json):
    page = tmp_path / "doses.html"
    page.write_text(
        "<table><tr><th>Medicine</th><th>Tablets</th></tr>"
        "<tr><td>Paracetamol</td><td>1 or 2</td></tr></table>\n",
        encoding="utf-8",
    )
    claims = extract_json(page)["documents"][0]["claims"]
    assert _read([q for c in claims for q in c["quantities"]]) == [("1 or 2", 1.0, 2.0, None)]


def test_an_entity_inside_a_street_name_leaves_the_address_no_figure(tmp_path, extract_json):
    page = tmp_path / "clinic.html"
    page.write_text(
        "<p>Visit us at Andr&aacute;ssy &uacute;t 12, Budapest.</p>"
        "<p>Our second clinic: M&uuml;llerstra&szlig;e 7, Munich.</p>"
        "<p>Implants cost from &euro;650 and a course lasts 2&frac12; weeks.</p>\n",
        encoding="utf-8",
    )
    claims = extract_json(page)["documents"][0]["claims"]
    assert [q["text"] for c in claims for q in c["quantities"]] == [
        "from &euro;650",
        "2&frac12; weeks",
    ]


def test_raised_cents_with_their_point(tmp_path, extract_json):
    page = tmp_path / "plans.html"
    page.write_text(
        "<p>Premium: &pound;145<sup>.42</sup> a month.</p>"
        "<p>Basic: &pound;2<sup>.50</sup> a day.</p>"
        "<p>Zuzahlung &euro;89<sup>,90</sup> einmalig.</p>"
        "<p>Nur 39<sup>,95</sup>&nbsp;&euro; im Monat.</p>\n",
        encoding="utf-8",
    )
    claims = extract_json(page)["documents"][0]["claims"]
    read = [(q["text"], q["low"], q["unit"]) for c in claims for q in c["quantities"]]
    assert read == [
        ("&pound;145<sup>.42</sup> a month", 145.42, "GBP"),
        ("&pound;2<sup>.50</sup> a day", 2.5, "GBP"),
        ("&euro;89<sup>,90</sup>", 89.9, "EUR"),
        ("39<sup>,95</sup>&nbsp;&euro;", 39.95, "EUR"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results arrive within 2 to 3 days.", [("within 2 to 3 days", 2.0, 3.0, "day")]),
        ("Treat within 1–2 weeks of symptoms.", [("within 1–2 weeks", 1.0, 2.0, "week")]),
        ("Give it within 3 days.", [("within 3 days", None, 3.0, "day")]),
        ("Results arrive within 2 or 3 days.", [("within 2 or 3 days", 2.0, 3.0, "day")]),
    ],
)
def test_within_a_range_is_the_range(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert _read(quantities) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If they have a fit, call a GP, or 999 if they stop breathing.", []),
        ("Go to an urgent care centre, or 911 in an emergency.", []),
        ("We enrolled 112 patients, or 911 in the pooled analysis.", ["112 patients", "911"]),
        ("We treated 850 patients, or 999 if day cases are counted.", ["850 patients", "999"]),
        ("The ward has 20 beds, or 111 beds in total.", ["20 beds", "111 beds"]),
    ],
)
def test_an_emergency_number_after_or_is_no_figure(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [q["text"] for q in quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Girls who start at 15 to 26 need three doses.", ["three doses"]),
        ("Girls offered it at 14 to 16 had 87% lower rates.", ["87%"]),
        ("The vaccine is offered at 12 to 13.", []),
        ("Screening starts at 25.", []),
        ("HPV vaccination at 12–13 cut cervical cancer by 87%.", ["87%"]),
        # decided (changed, session 58): a baby's age a dose is given at is a group label
        ("Vaccination at 12 weeks protects babies.", []),
        ("Vaccination at 12 weeks protects adults.", ["12 weeks"]),
        ("Sales at 30 stores had risen.", ["30 stores"]),
        ("Patients at 40 mg had fewer bleeds.", ["40 mg"]),
    ],
)
def test_an_age_bracket_after_at_is_a_group(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert [q["text"] for q in quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A pack costs £7.49 at most pharmacies.", [("£7.49", 7.49, 7.49, "GBP")]),
        ("It costs £7.49 at most of the shops.", [("£7.49", 7.49, 7.49, "GBP")]),
        ("Take 4 g at most.", [("4 g at most", None, 4.0, "g")]),
    ],
)
def test_at_most_before_a_plural_is_no_bound(tmp_path, extract_json, text, expected):
    _draft, quantities = extracted_quantities(tmp_path, extract_json, text)
    assert _read(quantities) == expected
