"""Word drafts for tests, written with python-docx: headings, paragraphs, list items and
tables in order, plus the parts of a real file a reader must not read (a tracked deletion,
hidden text) or must read as a reader sees them (a superscript footnote number)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


def write_docx(path: Path, blocks: list) -> Path:
    """``blocks``: ``("h1", text)``, ``("p", text)``, ``("bullet", text)``, ``("number",
    text)``, ``("table", rows)``, ``("p+", [(text, style), ...])`` for a paragraph of runs,
    style one of "", "hidden", "superscript", "deleted"."""
    document = docx.Document()
    for kind, content in blocks:
        if kind.startswith("h"):
            document.add_heading(content, int(kind[1:]))
        elif kind == "p":
            document.add_paragraph(content)
        elif kind == "bullet":
            document.add_paragraph(content, style="List Bullet")
        elif kind == "number":
            document.add_paragraph(content, style="List Number")
        elif kind == "table":
            table = document.add_table(rows=len(content), cols=len(content[0]))
            for r, row in enumerate(content):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        elif kind == "p+":
            paragraph = document.add_paragraph()
            for text, style in content:
                if style == "deleted":
                    _deleted_run(paragraph, text)
                    continue
                run = paragraph.add_run(text)
                run.font.hidden = style == "hidden"
                run.font.superscript = style == "superscript"
        else:
            raise ValueError(kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def _deleted_run(paragraph, text: str) -> None:
    """A tracked deletion: ``<w:del><w:r><w:delText>text</w:delText></w:r></w:del>``."""
    deletion = OxmlElement("w:del")
    deletion.set(qn("w:id"), "1")
    deletion.set(qn("w:author"), "Reviewer")
    run = OxmlElement("w:r")
    deleted = OxmlElement("w:delText")
    deleted.text = text
    deleted.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run.append(deleted)
    deletion.append(run)
    paragraph._p.append(deletion)
