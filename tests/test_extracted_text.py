"""The text a Word or PDF draft is read as, shown to the user: `extract --format extracted`
prints it and `extract --format json` carries it as `extracted_text`, so the offsets of a
finding in lint's JSON index a text the user can get."""

from __future__ import annotations

import json

from office_helpers import write_docx

SENTENCE = "A course of the shingles vaccine is two doses, 2 to 6 months apart."


def word_draft(tmp_path):
    return write_docx(
        tmp_path / "shingles.docx",
        [("h1", "Shingles 💉 带状疱疹"), ("p", ""), ("bullet", "Ask your nurse."), ("p", SENTENCE)],
    )


def test_extracted_prints_one_line_per_paragraph(tmp_path, run_cli):
    result = run_cli("extract", "--format", "extracted", word_draft(tmp_path))
    assert result.exit_code == 0
    assert result.stdout == f"Shingles 💉 带状疱疹\nAsk your nurse.\n{SENTENCE}\n"


def test_json_offsets_index_the_extracted_text_it_carries(tmp_path, run_cli):
    draft = word_draft(tmp_path)
    [document] = json.loads(run_cli("extract", "--format", "json", draft).stdout)["documents"]
    text = document["extracted_text"]
    quantities = [q for claim in document["claims"] for q in claim["quantities"]]
    assert [text[q["start"] : q["end"]] for q in quantities] == ["two doses", "2 to 6 months"]
    assert [(q["paragraph"], q["line"]) for q in quantities] == [(3, 3), (3, 3)]


def test_a_markdown_draft_has_no_extracted_text_and_prints_as_the_file(tmp_path, run_cli):
    page = tmp_path / "page.md"
    page.write_text(f"# Shingles\r\n\r\n{SENTENCE}\r\n", encoding="utf-8")
    [document] = json.loads(run_cli("extract", "--format", "json", page).stdout)["documents"]
    assert document["extracted_text"] is None
    shown = run_cli("extract", "--format", "extracted", page).stdout_bytes
    assert shown == page.read_bytes()  # CRLF kept: offsets count the \r


def test_extracted_names_one_draft_only(tmp_path, run_cli):
    word_draft(tmp_path)
    (tmp_path / "more.md").write_text(SENTENCE, encoding="utf-8")
    result = run_cli("extract", "--format", "extracted", tmp_path)
    assert result.exit_code == 2
    assert "--format extracted shows one draft: name one file" in result.stderr


def test_no_drafts_found_lists_word_and_pdf_too(tmp_path, run_cli):
    (tmp_path / "notes.rst").write_text("Two doses.", encoding="utf-8")
    for command in ("extract", "lint"):
        result = run_cli(command, tmp_path)
        assert result.exit_code == 2
        assert "looked for .md, .markdown, .html, .htm, .txt, .docx, .pdf" in result.stderr
