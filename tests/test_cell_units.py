"""A bare number in a table cell takes the unit its headers or caption state (nlp/cell_units),
as ``claimcheck extract --format json`` shows it; a rate's denominator in a header is no
figure of its own."""

from __future__ import annotations

import json

import pytest

MARKDOWN = """\
### Smoking by region, 2022

| Region | Share (%) | Deaths (per 100,000) | Cost (USD) | 2022 |
|---|---|---|---|---|
| North | 12 | 223 | 450 | 31 |
| South | 9.5% | 198 | 510 | 27 |
"""

HTML = """\
<table>
<caption>Infant mortality rate (deaths per 1,000 live births)</caption>
<tr><th>Region</th><th>1990</th><th>2022</th></tr>
<tr><td>Coastal</td><td>41</td><td>19</td></tr>
</table>
"""


def _figures(run_cli, tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run_cli("extract", "--format", "json", path)
    claims = json.loads(result.stdout)["documents"][0]["claims"]
    return {q["text"]: q for claim in claims for q in claim["quantities"]}


@pytest.fixture
def markdown(run_cli, tmp_path):
    return _figures(run_cli, tmp_path, "table.md", MARKDOWN)


def test_a_percent_header_makes_its_cells_percentages(markdown):
    assert (markdown["12"]["unit"], markdown["12"]["kind"]) == ("percent", "percent")


def test_a_cell_with_its_own_unit_keeps_it(markdown):
    assert markdown["9.5%"]["unit"] == "percent"


def test_a_per_header_makes_its_cells_rates(markdown):
    assert markdown["223"]["per"] == "100,000"
    assert "100,000" not in markdown  # the header's denominator is no figure


def test_a_currency_header_makes_its_cells_money(markdown):
    assert markdown["450"]["unit"] == "USD"


def test_a_header_that_names_a_year_gives_no_unit(markdown):
    assert markdown["31"]["unit"] is None


def test_a_caption_states_the_unit_of_an_html_table(run_cli, tmp_path):
    found = _figures(run_cli, tmp_path, "table.html", HTML)
    assert found["19"]["unit"] == "deaths/1,000 live births"
    assert found["19"]["kind"] == "rate"
    assert "1,000 live births" not in found


UNIT_HEADERS = """\
| Age | Hours per 24 hours | Minutes | Women | Year | mmHg |
|---|---|---|---|---|---|
| 1–2 years | 11–14 | 35 | 120 | 6 | 142 |
"""


@pytest.mark.parametrize(
    ("cell", "unit"),
    [
        ("11–14", "hour"),  # a header that is nothing but a duration: its cells are hours
        ("35", "minute"),
        ("142", "mmHg"),  # … or a unit of measurement
        ("120", None),  # "Women" says whom a count is of, never its unit
        ("6", None),  # "Year" (singular) heads dates or visits, not durations
    ],
)
def test_a_header_that_is_a_unit_gives_its_cells_that_unit(run_cli, tmp_path, cell, unit):
    figures = _figures(run_cli, tmp_path, "units.md", UNIT_HEADERS)
    assert figures[cell]["unit"] == unit
