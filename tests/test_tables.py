"""Table cells take their frame from their headers: the row header (an age bracket under a
column titled "Age"), the column header (men / women) and the heading or caption above the
table, in Markdown and in HTML alike. A swapped cell is a conflict with its own row's claim;
a right one is supported."""

from __future__ import annotations

import pytest
from verdict_helpers import by_figure, registry_linter

REGISTRY = """\
- id: screening-uptake-under-50
  statement: Among people aged under 50, bowel screening uptake was 58%.
  subject: [bowel screening]
  context: [aged under 50, uptake]
  value: {value: 58, unit: percent}
  sources: [{citation: "Screening programme annual report 2023", quote: "58% under 50"}]
  status: approved
  review_by: 2030-01-01
- id: screening-uptake-50-59
  statement: Bowel screening uptake reached 64% in people aged 50–59.
  subject: [bowel screening]
  context: [aged 50–59, uptake]
  value: {value: 64, unit: percent}
  sources: [{citation: "Screening programme annual report 2023", quote: "64% at 50-59"}]
  status: approved
  review_by: 2030-01-01
- id: screening-uptake-60-plus
  statement: At 60 and over, 71% of invited people completed bowel screening.
  subject: [bowel screening]
  context: [aged 60 and over, uptake]
  value: {value: 71, unit: percent}
  sources: [{citation: "Screening programme annual report 2023", quote: "71% at 60+"}]
  status: approved
  review_by: 2030-01-01
- id: screening-uptake-men
  statement: Among men, bowel screening uptake was 61%.
  subject: [bowel screening]
  context: [men]
  value: {value: 61, unit: percent}
  sources: [{citation: "Screening programme annual report 2023", quote: "men 61%"}]
  status: approved
  review_by: 2030-01-01
- id: screening-uptake-women
  statement: Women took up bowel screening at a higher rate, 67%.
  subject: [bowel screening]
  context: [women]
  value: {value: 67, unit: percent}
  sources: [{citation: "Screening programme annual report 2023", quote: "women 67%"}]
  status: approved
  review_by: 2030-01-01
"""

AGE_MARKDOWN = """\
## Bowel screening uptake by age, 2023

| Age group | Uptake |
|---|---|
| Under 50 | {0} |
| 50–59 | {1} |
| 60+ | {2} |
"""

AGE_HTML = """\
<h2>Who takes up bowel screening</h2>
<table><caption>Bowel screening uptake by age, 2023</caption>
<thead><tr><th>Ages</th><th>Uptake</th></tr></thead>
<tbody><tr><td>Under 50</td><td>{0}</td></tr><tr><td>50 to 59</td><td>{1}</td></tr>
<tr><td>60 and over</td><td>{2}</td></tr></tbody></table>
"""

AGE_HTML_ONE_LINE = (
    "<h3>Bowel screening uptake by age, 2023</h3><table><tr><th>Age group</th><th>Uptake</th>"
    "</tr><tr><td>Under 50</td><td>{0}</td></tr><tr><td>50–59</td><td>{1}</td></tr>"
    "<tr><td>60 and over</td><td>{2}</td></tr></table>\n"
)

SEX_MARKDOWN = """\
Bowel screening in 2023:

| Measure | Men | Women |
|---|---|---|
| Uptake | {0} | {1} |
"""

IDS = ("screening-uptake-under-50", "screening-uptake-50-59", "screening-uptake-60-plus")


@pytest.fixture
def lint_page(tmp_path, run_cli):
    findings = registry_linter(tmp_path, run_cli, REGISTRY, "screening.yaml")
    return lambda name, text: by_figure(findings(name, text))


@pytest.mark.parametrize(("name", "table"), [("page.md", AGE_MARKDOWN), ("page.html", AGE_HTML)])
def test_each_age_row_is_judged_against_its_own_claim(lint_page, name, table):
    assert lint_page(name, table.format("58%", "64%", "71%")) == {}


@pytest.mark.parametrize(
    ("name", "table"),
    [("page.md", AGE_MARKDOWN), ("page.html", AGE_HTML), ("one-line.html", AGE_HTML_ONE_LINE)],
)
def test_swapped_age_rows_are_conflicts_with_their_own_rows_claims(lint_page, name, table):
    got = lint_page(name, table.format("71%", "64%", "58%"))
    assert got == {"71%": ("CC101", IDS[0]), "58%": ("CC101", IDS[2])}


@pytest.mark.parametrize("table", [AGE_HTML, AGE_HTML_ONE_LINE])
def test_an_html_table_inside_a_markdown_draft_is_read_row_by_row(lint_page, table):
    """Markdown pages embed HTML tables; the line ends between their rows stay inside the
    table, so each row keeps its own header."""
    page = "# Screening\n\nUptake differs by age.\n\n" + table
    assert lint_page("page.md", page.format("58%", "64%", "71%")) == {}
    got = lint_page("page.md", page.format("71%", "64%", "58%"))
    assert got == {"71%": ("CC101", IDS[0]), "58%": ("CC101", IDS[2])}


def test_each_column_of_a_row_has_its_own_header(lint_page):
    assert lint_page("page.md", SEX_MARKDOWN.format("61%", "67%")) == {}
    got = lint_page("page.md", SEX_MARKDOWN.format("67%", "61%"))
    assert got == {
        "67%": ("CC101", "screening-uptake-men"),
        "61%": ("CC101", "screening-uptake-women"),
    }


@pytest.mark.parametrize(
    ("name", "table"),
    [("page.md", AGE_MARKDOWN), ("page.html", AGE_HTML), ("one-line.html", AGE_HTML_ONE_LINE)],
)
def test_age_row_headers_are_group_labels_not_figures(tmp_path, extract_json, name, table):
    draft = tmp_path / name
    draft.write_text(table.format("58%", "64%", "71%"), encoding="utf-8")
    claims = extract_json(draft)["documents"][0]["claims"]
    figures = [quantity["text"] for claim in claims for quantity in claim["quantities"]]
    assert figures == ["58%", "64%", "71%"]


def test_a_figure_about_an_age_group_is_not_backed_by_a_claim_about_one_sex(lint_page):
    """61% is the men's figure; a cell about people under 50 is judged against the
    under-50 claim, and the men's claim is named as ruled out for another kind of group."""
    got = lint_page("page.md", AGE_MARKDOWN.format("61%", "64%", "71%"))
    assert got == {"61%": ("CC101", IDS[0])}
