"""A table whose header row opens with an empty corner cell (``<th></th>``, ``|  | Women |
Men |``) keeps every column under its own header (issue 11): a cell under "Women" is judged
against the claim about women, in HTML and in Markdown, and so is a row whose row header is
left empty."""

from __future__ import annotations

import pytest
from verdict_helpers import by_figure, registry_linter

REGISTRY = """\
- id: flu-jab-uptake-women
  statement: In the last season, 74% of women aged 65 and over had the flu vaccine.
  subject: [flu vaccine]
  context: [women]
  value: {value: 74, unit: percent}
  sources: [{citation: "Seasonal influenza vaccine uptake report", quote: "women 74%"}]
  status: approved
  review_by: 2030-01-01
- id: flu-jab-uptake-men
  statement: In the last season, 69% of men aged 65 and over had the flu vaccine.
  subject: [flu vaccine]
  context: [men]
  value: {value: 69, unit: percent}
  sources: [{citation: "Seasonal influenza vaccine uptake report", quote: "men 69%"}]
  status: approved
  review_by: 2030-01-01
"""

HTML_CORNER_TH = """\
<h2>Flu vaccine uptake, people 65 and over</h2>
<table><tr><th></th><th>Women</th><th>Men</th></tr>
<tr><td>Uptake</td><td>{0}</td><td>{1}</td></tr></table>
"""

HTML_CORNER_TD = """\
<h2>Flu vaccine uptake, people 65 and over</h2>
<table><tr><td></td><th>Women</th><th>Men</th></tr>
<tr><th>Uptake</th><td>{0}</td><td>{1}</td></tr></table>
"""

HTML_CORNER_SPACED = """\
<h2>Flu vaccine uptake, people 65 and over</h2>
<table>
  <thead>
    <tr>
      <th> </th>
      <th>Women</th>
      <th>Men</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td>Uptake</td>
      <td>{0}</td>
      <td>{1}</td>
    </tr>
  </tbody>
</table>
"""

MARKDOWN_CORNER = """\
## Flu vaccine uptake, people 65 and over

|  | Women | Men |
|---|---|---|
| Uptake | {0} | {1} |
"""

MARKDOWN_CORNER_TIGHT = """\
## Flu vaccine uptake, people 65 and over

|| Women | Men |
|-|-|-|
| Uptake | {0} | {1} |
"""

MARKDOWN_EMPTY_ROW_HEADER = """\
## Flu vaccine uptake, people 65 and over

| Measure | Women | Men |
|---|---|---|
|  | {0} | {1} |
"""

TABLES = [
    ("page.html", HTML_CORNER_TH),
    ("page.html", HTML_CORNER_TD),
    ("page.html", HTML_CORNER_SPACED),
    ("page.md", MARKDOWN_CORNER),
    ("page.md", MARKDOWN_CORNER_TIGHT),
    ("page.md", MARKDOWN_EMPTY_ROW_HEADER),
    ("inline.md", "# Flu\n\nUptake differs by sex.\n\n" + HTML_CORNER_TH),
]
IDS = [
    "html-th-corner",
    "html-td-corner",
    "html-spaced",
    "md-corner",
    "md-tight-corner",
    "md-empty-row-header",
    "html-in-md",
]


@pytest.fixture
def lint_page(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY, "flu.yaml")
    return lambda name, text: by_figure(findings(name, text))


@pytest.mark.parametrize(("name", "table"), TABLES, ids=IDS)
def test_each_column_keeps_its_header_after_an_empty_corner(lint_page, name, table):
    assert lint_page(name, table.format("74%", "69%")) == {}


@pytest.mark.parametrize(("name", "table"), TABLES, ids=IDS)
def test_swapped_columns_conflict_with_their_own_columns_claims(lint_page, name, table):
    got = lint_page(name, table.format("69%", "74%"))
    assert got == {
        "69%": ("CC101", "flu-jab-uptake-women"),
        "74%": ("CC101", "flu-jab-uptake-men"),
    }


@pytest.mark.parametrize(
    ("women", "men", "expected"),
    [
        ("74%", "69%", {}),
        (
            "69%",
            "74%",
            {"69%": ("CC101", "flu-jab-uptake-women"), "74%": ("CC101", "flu-jab-uptake-men")},
        ),
    ],
)
def test_word_table_with_an_empty_corner(tmp_path, run_cli, women, men, expected):
    import json

    from office_helpers import write_docx

    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "flu.yaml").write_text(REGISTRY, encoding="utf-8")
    draft = write_docx(
        tmp_path / "page.docx",
        [
            ("h2", "Flu vaccine uptake, people 65 and over"),
            ("table", [["", "Women", "Men"], ["Uptake", women, men]]),
        ],
    )
    result = run_cli(
        "lint", "--no-cache", "--registry", folder, "--select", "CC1,CC4",
        "--format", "json", draft,
    )  # fmt: skip
    assert by_figure(json.loads(result.stdout)["findings"]) == expected


ONE_COLUMN_TABLES = [
    ("page.md", "## Flu vaccine, people 65 and over\n\n| | Uptake (%) |\n|---|---|\n"
     "| Women | {0} |\n| Men | {1} |\n"),
    ("page.md", "## Flu vaccine, people 65 and over\n\n|| Uptake |\n|-|-|\n"
     "| Women | {0} |\n| Men | {1} |\n"),
    ("page.html", "<h2>Flu vaccine, people 65 and over</h2>\n<table><tr><th></th><th>Uptake"
     "</th></tr>\n<tr><td>Women</td><td>{0}</td></tr>\n<tr><td>Men</td><td>{1}</td></tr>"
     "</table>\n"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "table"), ONE_COLUMN_TABLES, ids=["md", "md-tight", "html"])
def test_an_empty_corner_over_one_column_is_no_title(lint_page, name, table):
    """``| | Uptake (%) |`` is a header row with an empty corner, not a title across the
    table: its cells keep the heading above and their column header (before, the column
    header was read as the table's title, the heading above was lost, and every figure of
    the table was unsupported with no claim even near)."""
    assert lint_page(name, table.format("74%", "69%")) == {}
    assert lint_page(name, table.format("69%", "74%")) == {
        "69%": ("CC101", "flu-jab-uptake-women"),
        "74%": ("CC101", "flu-jab-uptake-men"),
    }
