"""PDF drafts as typesetters lay them out, written by a real PDF library (fpdf2): running
heads and feet drawn before the body, a two-page leaflet, pages set at different line
spacings, a paragraph that flows from one column into the next, and a short body line that
recurs at the foot of every page. What is checked is what a user sees: the lines of the
extracted text (`claimcheck extract --format extracted`), the findings' page and paragraph,
and offsets that index the extracted text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

fpdf = pytest.importorskip("fpdf", reason="fpdf2 (a test extra) writes these PDFs")

REGISTRY = """\
- id: tetanus-booster-interval
  statement: Adults need a tetanus booster every 10 years.
  subject: [tetanus booster]
  value: {value: 10, unit: years}
  sources: [{citation: "Immunisation handbook 2023", quote: "a booster every 10 years"}]
  status: approved
  review_by: 2030-01-01
- id: shingles-vaccine-efficacy
  statement: Two doses of the shingles vaccine prevent 90% of shingles cases.
  subject: [shingles vaccine]
  context: [shingles]
  value: {value: 90, unit: percent}
  sources: [{citation: "Zoster trial pooled analysis", quote: "efficacy of 90%"}]
  status: approved
  review_by: 2030-01-01
"""
FILLER = (
    "Your practice nurse can tell you which vaccines are due and book them for a day"
    " that suits you. "
)
WRONG_SHINGLES = "Two doses of the shingles vaccine prevent 70% of shingles cases."


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    folder = tmp_path / "claims"
    folder.mkdir()
    (folder / "vaccines.yaml").write_text(REGISTRY, encoding="utf-8")
    return folder


class Leaflet(fpdf.FPDF):
    """A leaflet with a running head (a figure in it) and a page-numbered foot on every page,
    drawn by fpdf2 before each page's body, as typesetters do."""

    def header(self) -> None:
        self.set_font("helvetica", size=8)
        self.cell(0, 8, "Practice newsletter | 100% recycled paper", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("helvetica", size=8)
        self.cell(0, 8, f"Page {self.page_no()} of {{nb}}", align="C")


def extracted(run_cli, draft: Path) -> list[str]:
    result = run_cli("extract", "--format", "extracted", draft)
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def findings(run_cli, registry: Path, draft: Path) -> list[dict]:
    result = run_cli(
        "lint", "--no-cache", "--registry", registry, "--select", "CC1", "--format", "json", draft
    )
    return json.loads(result.stdout)["findings"]


def two_page_leaflet(path: Path) -> Path:
    """Page 1 in one column at 6 mm leading; page 2 in two columns at fpdf2's default
    leading (the font size), with the last paragraph flowing from the left column into the
    right one."""
    pdf = Leaflet()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, FILLER * 3 + "Adults need a tetanus booster every 10 years.")
    pdf.ln(4)
    for _ in range(3):
        pdf.multi_cell(0, 6, FILLER * 4)
        pdf.ln(4)
    pdf.multi_cell(0, 6, FILLER * 2 + WRONG_SHINGLES)
    pdf.add_page()
    with pdf.text_columns(ncols=2, gutter=8) as columns:
        for _ in range(12):
            columns.write(FILLER * 3)
            columns.ln()
            columns.ln()
        columns.write(FILLER * 40 + "Ask at reception about the flu clinic dates.")
    pdf.output(str(path))
    return path


def test_a_two_page_leaflets_running_head_and_page_numbers_are_not_read(tmp_path, run_cli):
    lines = extracted(run_cli, two_page_leaflet(tmp_path / "leaflet.pdf"))
    text = "\n".join(lines)
    assert "recycled" not in text and "Page 1" not in text and "Page 2" not in text
    result = run_cli("extract", tmp_path / "leaflet.pdf")
    assert "100%" not in result.stdout


def test_pages_set_at_different_line_spacings_keep_their_paragraphs_whole(tmp_path, run_cli):
    lines = extracted(run_cli, two_page_leaflet(tmp_path / "leaflet.pdf"))
    # page 1: five paragraphs of several lines each; page 2: twelve, then the long one
    assert len(lines) == 5 + 12 + 1
    assert lines[0].endswith("Adults need a tetanus booster every 10 years.")
    assert lines[4].endswith(WRONG_SHINGLES)
    assert all(line.startswith("Your practice nurse") for line in lines)


def test_a_paragraph_flowing_into_the_next_column_is_one_paragraph(tmp_path, run_cli):
    lines = extracted(run_cli, two_page_leaflet(tmp_path / "leaflet.pdf"))
    assert lines[-1] == (FILLER * 40).strip() + " Ask at reception about the flu clinic dates."


def test_a_finding_names_the_page_and_paragraph_and_indexes_the_extracted_text(
    tmp_path, run_cli, registry
):
    draft = two_page_leaflet(tmp_path / "leaflet.pdf")
    [finding] = findings(run_cli, registry, draft)
    assert (finding["code"], finding["page"], finding["paragraph"]) == ("CC101", 1, 5)
    text = run_cli("extract", "--format", "extracted", draft).stdout
    assert text[finding["start"] : finding["end"]] == "70%"
    assert finding["line"] == 5  # one line per paragraph
    shown = run_cli("lint", "--no-cache", "--registry", registry, "--select", "CC1", draft)
    assert f"{draft}:p1:¶5:{len(FILLER * 2) + WRONG_SHINGLES.index('70%') + 1}: CC101" in (
        shown.stdout
    )


def placed_pdf(path: Path, pages: list[list[tuple[float, float, str]]], size: int = 11) -> Path:
    """Lines drawn where given: ``(x, y, text)`` in mm from the page's top left corner."""
    pdf = fpdf.FPDF()
    pdf.set_font("helvetica", size=size)
    for lines in pages:
        pdf.add_page()
        for x, y, text in lines:
            pdf.text(x, y, text)
    pdf.output(str(path))
    return path


def test_a_hyphenated_word_across_columns_and_a_foot_drawn_first(tmp_path, run_cli):
    """Two columns; the left one ends mid-word (``vac-`` / ``cine``) and the right one goes
    on; the page number is drawn first, at the bottom, so it is the first line stored."""
    left = [
        "The shingles vaccine is offered",
        "to adults aged 70 and to some",
        "younger adults; the vac-",
    ]
    right = ["cine is given as two doses two", "to six months apart."]
    page = [(105, 285, "3")]
    page += [(20, 30 + 5 * n, text) for n, text in enumerate(left)]
    page += [(110, 30 + 5 * n, text) for n, text in enumerate(right)]
    page += [(20, 60, "Book both doses with the nurse.")]
    lines = extracted(run_cli, placed_pdf(tmp_path / "columns.pdf", [page]))
    assert lines == [
        "The shingles vaccine is offered to adults aged 70 and to some younger adults; the "
        "vaccine is given as two doses two to six months apart.",
        "Book both doses with the nurse.",
    ]


def test_a_short_body_line_that_recurs_at_every_foot_is_kept(tmp_path, run_cli):
    """The last line of each page's body is the same short line, one line-spacing below the
    line above it: a line of the paragraph, not a running foot."""
    pages = []
    for number in range(1, 4):
        pages.append(
            [
                (20, 30, f"Clinic {number} gave {number * 10} tetanus boosters in May"),
                (20, 35, "and June this year."),
                (20, 250, f"Page {number}"),
            ]
        )
    lines = extracted(run_cli, placed_pdf(tmp_path / "feet.pdf", pages))
    assert lines == [
        f"Clinic {n} gave {n * 10} tetanus boosters in May and June this year." for n in (1, 2, 3)
    ]


@pytest.mark.parametrize("number", ["- 2 -", "-2-", "p. 2", "Page 2/3", "ii"])
def test_a_page_number_as_typesetters_write_it_is_not_a_figure(tmp_path, run_cli, number):
    page = [(20, 30, "Book your tetanus booster at the front desk."), (100, 285, number)]
    draft = placed_pdf(tmp_path / "one.pdf", [page])
    assert extracted(run_cli, draft) == ["Book your tetanus booster at the front desk."]
    assert "'2" not in run_cli("extract", draft).stdout


def test_superscript_footnote_markers_and_exponents_in_a_pdf(tmp_path, run_cli, registry):
    """fpdf2 sets a superscript smaller and raised: a footnote marker after a figure or a
    full stop is no figure and does not join two sentences; ``10`` with a raised ``6`` is
    a million."""
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for text, raised in [
        (WRONG_SHINGLES, False), ("4", True), (" About 10", False), ("6", True),
        (" adults were offered it in 2023, and 35%", False), ("5,6", True),
        (" of them were over 70.", False),
    ]:  # fmt: skip
        pdf.char_vpos = "SUP" if raised else "LINE"
        pdf.write(6, text)
    pdf.output(str(tmp_path / "notes.pdf"))
    draft = tmp_path / "notes.pdf"
    [line] = extracted(run_cli, draft)
    assert line.startswith(WRONG_SHINGLES + "⁴ About 10^6 adults")
    assert "35%⁵,⁶ of them" in line
    shown = run_cli("extract", draft).stdout
    figures = [line.split(": ", 1)[1].split(" = ")[0] for line in shown.splitlines()]
    assert "'About 10^6 adults'" in figures and "'35%'" in figures
    assert not {"'4'", "'6'", "'5,6'", "'5'", "'35%5,6'"} & set(figures)
    [conflict] = [f for f in findings(run_cli, registry, draft) if f["code"] == "CC101"]
    assert conflict["claim"] == WRONG_SHINGLES + "⁴"  # its own sentence, not the next one's


def test_a_scanned_page_between_text_pages_is_named_by_its_own_page(tmp_path, run_cli, registry):
    """A page with no text starts where the next page's text does: its CC405 must still
    name it, not the page after it, in every output."""
    from pdf_helpers import write_pdf

    draft = write_pdf(
        tmp_path / "mixed.pdf",
        [["Book your tetanus booster at the front desk."], None, [WRONG_SHINGLES], None],
    )
    result = run_cli(
        "lint", "--no-cache", "--registry", registry, "--select", "CC1,CC4", "--format", "json",
        draft,
    )  # fmt: skip
    found = [(f["code"], f["page"]) for f in json.loads(result.stdout)["findings"]]
    assert sorted(found) == [("CC101", 3), ("CC405", 2), ("CC405", 4)]
    text = run_cli("lint", "--no-cache", "--registry", registry, "--select", "CC405", draft)
    assert f"{draft}:p2:¶1:1: CC405 warning: page 2 has no text layer" in text.stdout
    assert f"{draft}:p2:" in run_cli("extract", draft).stdout
    [document] = json.loads(run_cli("extract", "--format", "json", draft).stdout)["documents"]
    assert [(w["code"], w["page"]) for w in document["warnings"]] == [("CC405", 2), ("CC405", 4)]


def test_a_damaged_pdf_gets_one_line_naming_it_and_nothing_from_pypdf(tmp_path):
    """pypdf logs its own remarks (``EOF marker not found``) on standard error, naming no
    file: the user sees only claimcheck's line, which names the file and the reason."""
    import subprocess
    import sys

    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n")
    for command in (["extract"], ["lint", "--no-cache", "-q"]):
        result = subprocess.run(
            [sys.executable, "-m", "claimcheck", *command, str(cut)],
            capture_output=True, text=True, cwd=tmp_path, timeout=120,
        )  # fmt: skip
        assert result.returncode == 2
        said = [line for line in (result.stdout + result.stderr).splitlines() if line]
        assert said and all(str(cut) in line for line in said), said


def test_list_markers_drawn_apart_from_their_items(tmp_path, run_cli):
    """Typesetters draw a list's numbers and bullets apart from the item's text: read alone,
    ``1`` and ``2`` would be figures, and each bullet a paragraph of its own."""
    page = [(20, 30, "Before your booster:")]
    for n, (marker, text) in enumerate(
        [("1", "Check your record card."), ("2", "Bring a list of your medicines."),
         ("-", "Eat as usual."), ("-", "Wear a short-sleeved top.")]
    ):  # fmt: skip
        page += [(20, 40 + 8 * n, marker), (27, 40 + 8 * n, text)]
    draft = placed_pdf(tmp_path / "list.pdf", [page])
    assert extracted(run_cli, draft) == [
        "Before your booster:", "Check your record card.", "Bring a list of your medicines.",
        "Eat as usual.", "Wear a short-sleeved top.",
    ]  # fmt: skip
    assert run_cli("extract", draft).stdout == ""  # no figure: the numbers were list markers


def test_a_pdf_table_reads_as_rows_of_cells_with_their_headers(tmp_path, run_cli, registry):
    """fpdf2's table: each row one line of cells, so a figure is judged with its row and
    column headers as in a Word or Markdown table; right-aligned figures line up too."""
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, "Vaccines the practice offers, and how well they work.")
    pdf.ln(4)
    with pdf.table(text_align=("LEFT", "RIGHT"), col_widths=(70, 30)) as table:
        for cells in [
            ("Vaccine", "Cases prevented"), ("shingles vaccine", "70%"), ("flu jab", "40%"),
        ]:  # fmt: skip
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Ask the nurse which ones you are due.")
    draft = tmp_path / "table.pdf"
    pdf.output(str(draft))
    assert extracted(run_cli, draft) == [
        "Vaccines the practice offers, and how well they work.",
        "| Vaccine | Cases prevented |",
        "| shingles vaccine | 70% |",
        "| flu jab | 40% |",
        "Ask the nurse which ones you are due.",
    ]
    [conflict] = [f for f in findings(run_cli, registry, draft) if f["code"] == "CC101"]
    assert (conflict["quantity"]["text"], conflict["registry_id"]) == (
        "70%", "shingles-vaccine-efficacy"
    )  # fmt: skip
    assert (conflict["page"], conflict["paragraph"]) == (1, 3)


def test_two_columns_stored_line_by_line_are_prose_not_a_table(tmp_path, run_cli):
    """Lines of two columns on one baseline are no table row: a prose line is longer than
    a cell."""
    left = "Your practice nurse can tell you which vaccines"
    right = "are due this year and book them for a day"
    page = []
    for n in range(3):
        page += [(20, 30 + 5 * n, left), (110, 30 + 5 * n, right)]
    lines = extracted(run_cli, placed_pdf(tmp_path / "two.pdf", [page], size=9))
    assert not any(line.startswith("|") for line in lines)


def test_a_pdf_table_whose_corner_cell_is_empty_keeps_its_header_row(tmp_path, run_cli):
    """The header row has no text in its first cell: it is still the header row, each
    header over its own column, and the first data row is not taken for headers."""
    page = [(20, 30, "Uptake of the shingles vaccine by age.")]
    for n, row in enumerate(
        [("", "2022", "2023"), ("Aged 70", "48%", "52%"), ("Aged 80", "61%", "66%")]
    ):
        page += [(20 + 40 * c, 45 + 7 * n, text) for c, text in enumerate(row) if text]
    lines = extracted(run_cli, placed_pdf(tmp_path / "corner.pdf", [page]))
    assert lines == [
        "Uptake of the shingles vaccine by age.",
        "|  | 2022 | 2023 |",
        "| Aged 70 | 48% | 52% |",
        "| Aged 80 | 61% | 66% |",
    ]


def test_a_table_whose_first_column_counts_rows_is_not_a_list(tmp_path, run_cli):
    page = []
    for n, row in enumerate(
        [("No.", "Vaccine", "Doses"), ("1", "Shingles", "2"), ("2", "Tetanus", "1")]
    ):
        page += [(20 + 40 * c, 30 + 7 * n, text) for c, text in enumerate(row)]
    lines = extracted(run_cli, placed_pdf(tmp_path / "numbered.pdf", [page]))
    assert lines == ["| No. | Vaccine | Doses |", "| 1 | Shingles | 2 |", "| 2 | Tetanus | 1 |"]
