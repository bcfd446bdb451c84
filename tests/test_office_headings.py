"""Headings typed as a bold line at the body's size, as marketing copy is often written in
Word, are headings: the report's page shows them as headings, and a bold sentence or a
caption stays what it is. A table cell holding a heading over its text keeps the two apart."""

from __future__ import annotations

import re

import docx
import pytest

from claimcheck.documents.reader import read_document


def bold_docx(path, blocks):
    """``blocks``: ``("bold", text)`` a paragraph of one bold run, ``("p", text)``,
    ``("caption", text)``, ``("h1", text)``, ``("cell", [paragraphs])`` a one-cell table."""
    document = docx.Document()
    for kind, text in blocks:
        if kind == "bold":
            document.add_paragraph().add_run(text).bold = True
        elif kind == "caption":
            document.add_paragraph(text, style="Caption")
        elif kind == "h1":
            document.add_heading(text, 1)
        elif kind == "cell":
            table = document.add_table(rows=2, cols=2)
            table.cell(0, 0).text = "Topic"
            table.cell(0, 1).text = "What to know"
            table.cell(1, 0).text = "Heart"
            cell = table.cell(1, 1)
            cell.paragraphs[0].text = text[0]
            cell.paragraphs[0].style = document.styles["Heading 3"]
            for more in text[1:]:
                cell.add_paragraph(more)
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


def blocks(path):
    document = read_document(path)
    return [(b.kind, b.level, document.raw[b.start : b.end]) for b in document.blocks]


def test_bold_lines_at_body_size_are_headings_under_the_last_heading(tmp_path):
    path = bold_docx(
        tmp_path / "leaflet.docx",
        [
            ("h1", "Winter health"),
            ("bold", "Key facts about flu"),
            ("p", "Flu vaccines are offered free to adults over 65."),
            ("bold", "IMPORTANT SAFETY INFORMATION:"),
            ("p", "Tell the nurse about any allergies."),
            ("bold", "Bring your card to the clinic."),
            ("caption", "Table 1. Clinic opening times"),
        ],
    )
    assert blocks(path) == [
        ("heading", 1, "Winter health"),
        ("heading", 2, "Key facts about flu"),
        ("paragraph", 0, "Flu vaccines are offered free to adults over 65."),
        ("heading", 2, "IMPORTANT SAFETY INFORMATION:"),
        ("paragraph", 0, "Tell the nurse about any allergies."),
        ("paragraph", 0, "Bring your card to the clinic."),  # a bold sentence: emphasis
        ("paragraph", 0, "Table 1. Clinic opening times"),  # a caption, bold by its style
    ]


def test_a_line_partly_bold_is_a_paragraph(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Key facts").bold = True
    paragraph.add_run(" about flu this winter")
    path = tmp_path / "partly.docx"
    document.save(str(path))
    assert blocks(path) == [("paragraph", 0, "Key facts about flu this winter")]


def test_the_report_shows_a_bold_line_as_a_heading(tmp_path, run_cli):
    path = bold_docx(
        tmp_path / "copy.docx",
        [("bold", "Key facts about flu"), ("p", "Flu vaccines are offered free to adults.")],
    )
    out = tmp_path / "report.html"
    result = run_cli("report", "--output", out, path)
    assert result.exit_code == 0, result.stderr
    reading = out.read_text(encoding="utf-8").split('class="reading"', 1)[1]
    assert re.search(r"<h\d class=\"r-h2\">Key facts about flu</h\d>", reading)


@pytest.mark.parametrize(
    ("paragraphs", "cell"),
    [
        (["Blood pressure", "Half of adults have it."], "Blood pressure: Half of adults have it."),
        (["Blood pressure.", "Half of adults have it."], "Blood pressure. Half of adults have it."),
        (["Blood pressure:", "Half of adults have it."], "Blood pressure: Half of adults have it."),
    ],
)
def test_a_heading_in_a_table_cell_is_set_off_from_its_text(run_cli, tmp_path, paragraphs, cell):
    path = bold_docx(tmp_path / "cells.docx", [("cell", paragraphs)])
    result = run_cli("extract", "--format", "extracted", path)
    assert result.stdout.splitlines() == ["| Topic | What to know |", f"| Heart | {cell} |"]
