"""A Word table whose first row groups the columns under it (a cell merged across some of
them: "Women" over "2022 | 2023") reads each column header with its group, so a cell under
"2023" below "Men" is judged as the men's 2023 figure; the grouping row stands above the
table as a line of its own, so the paragraph count is the document's."""

from __future__ import annotations

import json

import docx
import pytest

REGISTRY = "".join(
    f"""
- id: flu-uptake-{sex}-{year}
  statement: In {year}, {value}% of {sex} aged 65 and over had the flu vaccine.
  subject: [flu vaccine]
  context: [{sex}]
  value: {{value: {value}, unit: percent}}
  sources: [{{citation: "Flu vaccine uptake report {year}", quote: "{sex} {value}%"}}]
  status: approved
  review_by: 2030-01-01
"""
    for sex, year, value in [
        ("women", 2022, 71),
        ("women", 2023, 74),
        ("men", 2022, 66),
        ("men", 2023, 69),
    ]
)


def grouped_table(path, figures):
    document = docx.Document()
    document.add_paragraph("Flu vaccine uptake in people 65 and over", style="Caption")
    table = document.add_table(rows=3, cols=5)
    table.cell(0, 1).merge(table.cell(0, 2)).text = "Women"
    table.cell(0, 3).merge(table.cell(0, 4)).text = "Men"
    for column, text in enumerate(["Measure", "2022", "2023", "2022", "2023"]):
        table.cell(1, column).text = text
    for column, text in enumerate(["Uptake", *figures]):
        table.cell(2, column).text = text
    document.save(str(path))
    return path


@pytest.fixture
def lint(tmp_path, run_cli):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "flu.yaml").write_text(REGISTRY, encoding="utf-8")

    def run(path):
        result = run_cli(
            "lint", "--no-cache", "--registry", tmp_path / "claims", "--select", "CC1",
            "--format", "json", path,
        )  # fmt: skip
        return [
            (f["message"].split('"')[1], f["code"], f["registry_id"], f["paragraph"])
            for f in json.loads(result.stdout)["findings"]
        ]

    return run


def test_each_column_header_is_read_with_its_group(run_cli, tmp_path):
    path = grouped_table(tmp_path / "uptake.docx", ["71%", "74%", "66%", "69%"])
    result = run_cli("extract", "--format", "extracted", path)
    assert result.stdout.splitlines() == [
        "Flu vaccine uptake in people 65 and over",
        "Women · Men",
        "| Measure | Women 2022 | Women 2023 | Men 2022 | Men 2023 |",
        "| Uptake | 71% | 74% | 66% | 69% |",
    ]


def test_cells_under_grouped_headers_are_judged_as_their_group(lint, tmp_path):
    assert lint(grouped_table(tmp_path / "right.docx", ["71%", "74%", "66%", "69%"])) == []
    swapped = grouped_table(tmp_path / "swapped.docx", ["71%", "74%", "69%", "66%"])
    assert lint(swapped) == [
        ("69%", "CC101", "flu-uptake-men-2022", 4),
        ("66%", "CC101", "flu-uptake-men-2023", 4),
    ]
