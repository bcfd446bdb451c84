"""PDFs as marketing and medical-legal teams export them, written with fpdf2: a table whose
columns nearly touch, headings set in bold at the body's size, a one-page flyer with a
running head and a small-print imprint, a foot that gives the page number among other
fields, and a flyer whose small print is set closer than its body."""

from __future__ import annotations

import json

import pytest

fpdf = pytest.importorskip("fpdf", reason="fpdf2 (a test extra) writes these PDFs")

REGISTRY = """\
- id: mmr-two-doses
  statement: Two doses of MMR vaccine are 97% effective at preventing measles.
  subject: [MMR vaccine, MMR]
  context: [measles, two doses]
  value: {value: 97, unit: percent}
  sources: [{citation: "Measles vaccination facts 2024", quote: "Two doses are 97% effective"}]
  status: approved
  review_by: 2030-01-01

- id: mmr-one-dose
  statement: One dose of MMR vaccine is 93% effective at preventing measles.
  subject: [MMR vaccine, MMR]
  context: [measles, one dose]
  value: {value: 93, unit: percent}
  sources: [{citation: "Measles vaccination facts 2024", quote: "one dose is 93% effective"}]
  status: approved
  review_by: 2030-01-01

- id: adult-smoking
  statement: In 2021, 11.5% of adults in the country smoked cigarettes.
  subject: [smoked cigarettes, smoking]
  context: [adults]
  value: {value: 11.5, unit: percent}
  sources: [{citation: "Adult tobacco survey 2021", quote: "11.5% of adults smoked"}]
  status: approved
  review_by: 2030-01-01
"""


def new_pdf() -> fpdf.FPDF:
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def draw(pdf: fpdf.FPDF, x: float, y: float, text: str, size: float = 10, style: str = ""):
    pdf.set_font("Helvetica", style, size)
    pdf.text(x, y, text)


@pytest.fixture
def project(tmp_path):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "facts.yaml").write_text(REGISTRY, encoding="utf-8")
    return tmp_path


def extracted(run_cli, path) -> list[str]:
    result = run_cli("extract", "--format", "extracted", path)
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def lint(run_cli, project, path) -> list[dict]:
    result = run_cli(
        "lint", "--no-cache", "--registry", project / "claims", "--select", "CC1,CC4",
        "--format", "json", path,
    )  # fmt: skip
    return json.loads(result.stdout)["findings"]


def test_table_whose_columns_nearly_touch_is_read_as_cells(run_cli, project):
    pdf = new_pdf()
    draw(pdf, 40, 60, "Measles protection", 14, "B")
    rows = [
        ("Vaccine", "One dose", "Two doses", "Source"),
        ("MMR vaccine, measles", "93%", "95%", "CDC"),
    ]
    columns = [40.0]
    for column in range(3):  # a gutter of 0.8 em after the widest cell of each column
        widths = []
        for number, row in enumerate(rows):
            pdf.set_font("Helvetica", "B" if number == 0 else "", 9)
            widths.append(pdf.get_string_width(row[column]))
        columns.append(columns[-1] + max(widths) + 0.8 * 9)
    for number, row in enumerate(rows):
        for x, cell in zip(columns, row, strict=True):
            draw(pdf, x, 90 + 12 * number, cell, 9, "B" if number == 0 else "")
    path = project / "table.pdf"
    pdf.output(str(path))
    lines = extracted(run_cli, path)
    assert "| Vaccine | One dose | Two doses | Source |" in lines
    assert "| MMR vaccine, measles | 93% | 95% | CDC |" in lines
    findings = [f for f in lint(run_cli, project, path) if f["code"] == "CC101"]
    assert [(f["registry_id"], f["paragraph"], f["page"]) for f in findings] == [
        ("mmr-two-doses", 3, 1)
    ]
    assert '"95%"' in findings[0]["message"]


def test_bold_heading_in_body_size_is_a_paragraph_of_its_own(run_cli, project):
    pdf = new_pdf()
    y = 70
    for style, text in [
        ("B", "Key facts about smoking"),
        ("", "In 2021, 14% of adults smoked cigarettes, and most of them"),
        ("", "want to stop."),
        ("B", "Measles"),
        ("", "Two doses of MMR vaccine are 97% effective at preventing measles."),
    ]:
        draw(pdf, 40, y, text, 10, style)
        y += 13
    path = project / "headings.pdf"
    pdf.output(str(path))
    assert extracted(run_cli, path) == [
        "Key facts about smoking",
        "In 2021, 14% of adults smoked cigarettes, and most of them want to stop.",
        "Measles",
        "Two doses of MMR vaccine are 97% effective at preventing measles.",
    ]
    findings = lint(run_cli, project, path)
    assert [(f["code"], f["registry_id"], f["paragraph"]) for f in findings] == [
        ("CC101", "adult-smoking", 2)
    ]


def test_bold_sentence_in_a_paragraph_stays_in_it(run_cli, project):
    pdf = new_pdf()
    draw(pdf, 40, 70, "Two doses of MMR vaccine are 97% effective at preventing", 10)
    draw(pdf, 40, 83, "measles. Ask your pharmacist today.", 10, "B")
    path = project / "emphasis.pdf"
    pdf.output(str(path))
    assert extracted(run_cli, path) == [
        "Two doses of MMR vaccine are 97% effective at preventing measles. Ask your "
        "pharmacist today."
    ]


def test_one_page_flyer_running_head_and_imprint_are_left_out(run_cli, project):
    pdf = new_pdf()
    draw(pdf, 40, 28, "Northside Pharmacy · Travel clinic · 2025", 8)
    draw(pdf, 40, 80, "Protect your family", 22, "B")
    draw(pdf, 40, 120, "Two doses of MMR vaccine are 97% effective at preventing", 11)
    draw(pdf, 40, 135, "measles. Book online or walk in any weekday.", 11)
    draw(pdf, 40, 800, "This leaflet is for information only and is not medical advice; ask", 6)
    draw(pdf, 40, 808, "your doctor about your own care.", 6)
    draw(pdf, 40, 816, "Ref NP-2025-33 · 15,000 copies · printed 10/2025", 6)
    path = project / "flyer.pdf"
    pdf.output(str(path))
    assert extracted(run_cli, path) == [
        "Protect your family",
        "Two doses of MMR vaccine are 97% effective at preventing measles. Book online or "
        "walk in any weekday.",
        "This leaflet is for information only and is not medical advice; ask your doctor "
        "about your own care.",
    ]
    assert lint(run_cli, project, path) == []


def test_foot_with_a_page_number_among_its_fields_is_left_out(run_cli, project):
    pdf = new_pdf()
    for page, body in enumerate(
        [
            "In 2021, 11.5% of adults smoked cigarettes.",
            "Two doses of MMR vaccine are 97% effective at preventing measles.",
        ],
        start=1,
    ):
        if page == 2:
            pdf.add_page()
        draw(pdf, 40, 815, f"Page {page} of 2 · Printed for 25,000 homes in the county", 6)
        draw(pdf, 40, 100, body, 10)
    path = project / "foot.pdf"
    pdf.output(str(path))
    lines = extracted(run_cli, path)
    assert not any("25,000" in line for line in lines)
    assert lint(run_cli, project, path) == []


def test_two_field_head_of_a_one_page_draft_is_still_read(run_cli, project):
    pdf = new_pdf()
    draw(pdf, 40, 28, "Clinic news | 100% recycled paper", 8)
    draw(pdf, 40, 80, "In 2021, 11.5% of adults smoked cigarettes.", 10)
    path = project / "head.pdf"
    pdf.output(str(path))
    assert extracted(run_cli, path)[0] == "Clinic news | 100% recycled paper"


def table_over_two_pages(project, repeat_header: bool):
    pdf = new_pdf()
    draw(pdf, 40, 60, "Measles protection by dose", 14, "B")
    header = ("Schedule of MMR vaccine", "Protection", "Year")
    rows = [("One dose of MMR vaccine", "93%", "2024"), ("Two doses of MMR vaccine", "90%", "2024")]
    columns = [40, 300, 420]
    for x, cell in zip(columns, header, strict=True):
        draw(pdf, x, 740, cell, 10, "B")
    for x, cell in zip(columns, rows[0], strict=True):
        draw(pdf, x, 755, cell, 10)
    pdf.add_page()
    y = 60
    if repeat_header:
        for x, cell in zip(columns, header, strict=True):
            draw(pdf, x, y, cell, 10, "B")
        y += 15
    for x, cell in zip(columns, rows[1], strict=True):
        draw(pdf, x, y, cell, 10)
    draw(pdf, 40, y + 40, "Ask your pharmacist which dose your child is due.", 10)
    path = project / ("repeated.pdf" if repeat_header else "continued.pdf")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("repeat_header", [True, False], ids=["header-repeated", "continued"])
def test_table_over_a_page_break_keeps_its_header(run_cli, project, repeat_header):
    path = table_over_two_pages(project, repeat_header)
    lines = extracted(run_cli, path)
    assert lines.count("| Schedule of MMR vaccine | Protection | Year |") == (
        2 if repeat_header else 1
    )
    assert "| Two doses of MMR vaccine | 90% | 2024 |" in lines
    findings = [f for f in lint(run_cli, project, path) if f["code"] == "CC101"]
    assert [(f["registry_id"], f["page"], f["paragraph"]) for f in findings] == [
        ("mmr-two-doses", 2, 2 if repeat_header else 1)
    ]


def test_text_set_up_the_page_edge_is_left_out(run_cli, project):
    pdf = new_pdf()
    draw(pdf, 40, 60, "Measles", 16, "B")
    draw(pdf, 40, 90, "Two doses of MMR vaccine are 97% effective at preventing", 10)
    draw(pdf, 40, 103, "measles, so check your child's record.", 10)
    pdf.set_font("Helvetica", "", 6)
    with pdf.rotation(90, 20, 500):
        pdf.text(20, 500, "Job code UK-MMR-0042, printed on 100% recycled paper")
    path = project / "edge.pdf"
    pdf.output(str(path))
    assert extracted(run_cli, path) == [
        "Measles",
        "Two doses of MMR vaccine are 97% effective at preventing measles, so check your "
        "child's record.",
    ]
    assert lint(run_cli, project, path) == []


def test_a_page_drawn_on_its_side_keeps_its_text(run_cli, project):
    pdf = new_pdf()
    pdf.set_font("Helvetica", "", 10)
    with pdf.rotation(90, 300, 400):
        pdf.text(100, 400, "Two doses of MMR vaccine are 97% effective at preventing measles.")
    path = project / "turned.pdf"
    pdf.output(str(path))
    assert extracted(run_cli, path) == [
        "Two doses of MMR vaccine are 97% effective at preventing measles."
    ]
