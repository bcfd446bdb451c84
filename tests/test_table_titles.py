"""A table whose first row is its title, one cell merged across the table (Word's merged
top row, HTML's ``<th colspan>``), keeps the row under it as its header row: each cell is
judged under its own column header, and the title is the heading of its cells."""

from __future__ import annotations

import json

import docx
import pytest
from test_table_corners import REGISTRY
from verdict_helpers import by_figure, registry_linter

TITLE = "Flu vaccine uptake in people 65 and over, last season"

HTML = f"""\
<p>Our pharmacy team runs flu clinics every autumn.</p>
<table>
<tr><th colspan="3">{TITLE}</th></tr>
<tr><th>Measure</th><th>Women</th><th>Men</th></tr>
<tr><td>Uptake</td><td>{{0}}</td><td>{{1}}</td></tr>
</table>
"""


def word_table(path, first: str, second: str):
    document = docx.Document()
    document.add_paragraph("Our pharmacy team runs flu clinics every autumn.")
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = TITLE
    for row, cells in enumerate([("Measure", "Women", "Men"), ("Uptake", first, second)], 1):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    document.save(str(path))
    return path


@pytest.fixture
def lint(tmp_path, run_cli):
    return registry_linter(tmp_path, run_cli, REGISTRY, "flu.yaml")


def test_html_title_row_leaves_each_column_its_header(lint):
    assert lint("page.html", HTML.format("74%", "69%")) == []
    assert by_figure(lint("swapped.html", HTML.format("69%", "74%"))) == {
        "69%": ("CC101", "flu-jab-uptake-women"),
        "74%": ("CC101", "flu-jab-uptake-men"),
    }


def test_word_merged_title_row_leaves_each_column_its_header(lint, tmp_path, run_cli):
    right = word_table(tmp_path / "right.docx", "74%", "69%")
    swapped = word_table(tmp_path / "swapped.docx", "69%", "74%")
    for path, expected in [
        (right, {}),
        (
            swapped,
            {"69%": ("CC101", "flu-jab-uptake-women"), "74%": ("CC101", "flu-jab-uptake-men")},
        ),
    ]:
        result = run_cli(
            "lint", "--no-cache", "--registry", tmp_path / "claims", "--select", "CC1",
            "--format", "json", path,
        )  # fmt: skip
        assert by_figure(json.loads(result.stdout)["findings"]) == expected
