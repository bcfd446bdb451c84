"""A message that points at another place of a Word or PDF draft names it as the findings
do (``¶3``, ``p1:¶2``), never by a line of the extracted text the writer never sees."""

from __future__ import annotations

import json

from office_helpers import write_docx
from pdf_helpers import write_pdf

REGISTRY = """\
- id: mmr-two-doses
  statement: Two doses of MMR vaccine are 97% effective at preventing measles.
  subject: [MMR vaccine, MMR]
  context: [measles]
  value: {value: 97, unit: percent}
  sources: [{citation: "Measles vaccination facts 2024", quote: "Two doses are 97% effective"}]
  status: approved
  review_by: 2030-01-01
"""
FIRST = "Two doses of MMR vaccine are 91% effective at preventing measles."
SECOND = "With two doses, the MMR vaccine is 99% effective against measles."


def cc402(run_cli, tmp_path, draft) -> str:
    (tmp_path / "claims").mkdir(exist_ok=True)
    (tmp_path / "claims" / "mmr.yaml").write_text(REGISTRY, encoding="utf-8")
    result = run_cli(
        "lint", "--no-cache", "--registry", tmp_path / "claims", "--format", "json", draft
    )
    (finding,) = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "CC402"]
    return finding["message"]


def test_word_contradiction_names_the_paragraph(run_cli, tmp_path):
    draft = write_docx(
        tmp_path / "copy.docx",
        [("h1", "Measles"), ("p", FIRST), ("p", "Book today."), ("p", SECOND)],
    )
    assert cc402(run_cli, tmp_path, draft).endswith(
        '"99%" contradicts "91%" on ¶2, about the same claim (mmr-two-doses)'
    )


def test_pdf_contradiction_names_the_page_and_paragraph(run_cli, tmp_path):
    draft = write_pdf(tmp_path / "copy.pdf", [[FIRST], [SECOND]])
    assert cc402(run_cli, tmp_path, draft).endswith(
        '"91%" on p1:¶1, about the same claim (mmr-two-doses)'
    )


def test_markdown_contradiction_still_names_the_line(run_cli, tmp_path):
    draft = tmp_path / "copy.md"
    draft.write_text(f"# Measles\n\n{FIRST}\n\n{SECOND}\n", encoding="utf-8")
    assert '"91%" on line 3, about' in cc402(run_cli, tmp_path, draft)


FOOTER_RULE = """\
- id: footer-disclaimer
  code: CC250
  kind: required
  severity: warning
  message: no "not medical advice" footer
  rationale: the leaflet's legal footer goes at its end
  any: [this is not medical advice]
  placement: end
  within: 25
  examples: {pass: ["x. This is not medical advice."], fail: ["Nothing."]}
"""


def test_misplaced_disclaimer_in_word_names_paragraphs(run_cli, tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text(FOOTER_RULE, encoding="utf-8")
    filler = [("p", f"Paragraph {n} of the leaflet tells you about the clinic.") for n in range(8)]
    draft = write_docx(
        tmp_path / "leaflet.docx",
        [("h1", "Measles"), ("p", "This is not medical advice."), *filler],
    )
    result = run_cli("lint", "--no-cache", "--rules", rules, "--format", "json", draft)
    (finding,) = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "CC250"]
    assert "the one on ¶2 belongs in the last 25% of the page (from ¶" in finding["message"]
    assert "line" not in finding["message"]


def test_an_empty_word_or_pdf_file_is_a_note_as_an_empty_draft_is(run_cli, tmp_path):
    for name in ("export.pdf", "export.docx"):
        (tmp_path / name).write_bytes(b"")
    result = run_cli("lint", "--no-cache", tmp_path / "export.pdf", tmp_path / "export.docx")
    assert result.exit_code == 0
    assert "export.pdf: empty file, nothing to check" in result.stderr
    assert "export.docx: empty file, nothing to check" in result.stderr
    assert "CC400" not in result.stdout
