"""Word drafts (.docx): the text a reader of the document sees, one paragraph per line.

python-docx (maintained, MIT, lxml underneath with entity resolution off) opens the package
and resolves each paragraph's style; the runs are read from the XML here, because what a
reader sees is not every ``w:t``: tracked deletions (``w:del``, ``w:moveFrom``) and hidden
text (``w:vanish``) are left out, tracked insertions kept (the document as it would read
with every change accepted), field results kept and field codes left out, a tab or a line
break inside a paragraph is a space, a non-breaking hyphen a hyphen and a soft hyphen
nothing. Footnote and comment reference marks are numbered by Word, not written in the text,
so they never read as figures; digits set in superscript are written as superscript
characters (``45%¹``) so a footnote number typed by hand is no figure either, while ``10``
followed by a superscript exponent reads ``10^8``. Text boxes (a call-out beside the text)
follow the paragraph they are anchored in as paragraphs of their own. Headers, footers,
footnotes and comments are not read.

A paragraph in a style named ``Title`` or ``Heading N`` (or with an outline level) is a
heading; one with list numbering (its own or its style's) is a list item, numbered or
bulleted as its numbering's format says. A table gives one line per row (see
:mod:`claimcheck.documents.extracted`); a cell merged across columns is followed by empty
cells so every column stays under its header, and a cell merged down a column repeats the
text of the cell it continues, so each row keeps its row header.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from claimcheck.documents.document import DocumentError
from claimcheck.documents.extracted import TextBuilder, as_superscript

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""The most a .docx may unpack to: a zip of a few kilobytes can inflate to gigabytes."""
SKIPPED = frozenset({f"{W}del", f"{W}moveFrom", f"{W}instrText", f"{W}delText", f"{MC}Fallback"})
SKIPPED |= {f"{W}{name}" for name in ("rPr", "pPr", "fldData", "commentReference")}
SYMBOL_FONT = {0xB3: "≥", 0xA3: "≤", 0xB1: "±", 0xB4: "×", 0xB0: "°", 0x6D: "μ", 0xBB: "≈"}
"""Characters of the Symbol font a ``w:sym`` names by code (Word's Insert > Symbol)."""
HEADING_STYLE = re.compile(r"heading\s*([1-9])", re.IGNORECASE)
LIST_STYLE = re.compile(r"^list (bullet|number)(?: (\d))?$", re.IGNORECASE)


def _on(element: Any, tag: str) -> bool:
    """Whether an on/off property (``w:vanish``, ``w:b``) is set on ``element``'s rPr."""
    found = element.find(f"{W}rPr/{W}{tag}")
    return found is not None and found.get(f"{W}val", "true") not in ("false", "0", "off")


class _Paragraph:
    """The text of one ``w:p``, and the text boxes anchored in it."""

    def __init__(self, bold: bool = False) -> None:
        self.text: list[str] = []
        self.boxes: list[Any] = []  # w:txbxContent elements, read after the paragraph
        self.bold = bold  # the paragraph's style sets bold: its runs are bold unless told not
        self.all_bold = True  # every run with text is bold

    def read(self, element: Any) -> _Paragraph:
        self._walk(element)
        return self

    def _walk(self, element: Any) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIPPED:
                continue
            if tag == f"{W}r":
                if not _on(child, "vanish"):
                    self._run(child)
            elif tag == f"{W}txbxContent":
                self.boxes.append(child)
            else:
                self._walk(child)

    def _run(self, run: Any) -> None:
        raised = run.find(f"{W}rPr/{W}vertAlign")
        superscript = raised is not None and raised.get(f"{W}val") == "superscript"
        weight = run.find(f"{W}rPr/{W}b")
        bold = _on(run, "b") if weight is not None else self.bold
        for child in run:
            tag = child.tag
            if tag == f"{W}t":
                text = child.text or ""
                if text.strip() and not bold:
                    self.all_bold = False
                self.text.append(as_superscript(text, self.text) if superscript else text)
            elif tag in (f"{W}tab", f"{W}br", f"{W}cr", f"{W}ptab"):
                self.text.append(" ")
            elif tag == f"{W}noBreakHyphen":
                self.text.append("-")
            elif tag == f"{W}sym":
                code = int(child.get(f"{W}char", "0"), 16) & 0xFF
                self.text.append(SYMBOL_FONT.get(code, ""))
            elif isinstance(tag, str) and tag not in SKIPPED:
                self._walk(child)  # a drawing's or an embedded object's text boxes

    def joined(self) -> str:
        return "".join(self.text)


class _Reader:
    """Reads a python-docx Document's body into a TextBuilder."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.out = TextBuilder()
        self.styles = {style.style_id: style for style in _styles(document)}
        self.numbering = _numbering_formats(document)
        self.level = 1  # the level of the last heading read (a bold line goes under it)

    def body(self, container: Any) -> None:
        for child in container:
            if child.tag == f"{W}p":
                self.paragraph(child)
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag == f"{W}sdt":  # a content control: its content is the body's
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self.body(content)

    def paragraph(self, element: Any) -> None:
        read = _Paragraph(self.style_bold(element)).read(element)
        kind, details = self.kind(element)
        text = read.joined()
        if kind == "heading":
            self.level = details["level"]
        elif (
            kind == "paragraph"
            and read.all_bold
            and _bold_heading(text)
            and not self.caption(element)
        ):
            # a heading typed as a bold line at the body's size: a subheading of the section
            kind, details = "heading", {"level": min(self.level + 1, 6)}
        self.out.paragraph(text, kind, **details)
        for box in read.boxes:
            self.body(box)

    def caption(self, element: Any) -> bool:
        """Whether the paragraph is a caption (Word's ``Caption`` style, bold by default):
        the title of a table or figure, not a heading of the text."""
        style = self.styles.get(_value(_find(element.find(f"{W}pPr"), "pStyle")))
        return style is not None and "caption" in (style.name or "").lower()

    def style_bold(self, element: Any) -> bool:
        """Whether the paragraph's style (or the style it is based on) sets bold."""
        style = self.styles.get(_value(_find(element.find(f"{W}pPr"), "pStyle")))
        seen = 0
        while style is not None and seen < 10:
            weight = style.element.find(f"{W}rPr/{W}b")
            if weight is not None:
                return weight.get(f"{W}val", "true") not in ("false", "0", "off")
            style, seen = style.base_style, seen + 1
        return False

    def kind(self, element: Any) -> tuple[str, dict]:
        """("heading", {level}), ("item", {level, ordered}) or ("paragraph", {})."""
        properties = element.find(f"{W}pPr")
        style_id = None
        if properties is not None:
            style = properties.find(f"{W}pStyle")
            style_id = style.get(f"{W}val") if style is not None else None
        style = self.styles.get(style_id)
        name = (style.name or "") if style is not None else ""
        heading = HEADING_STYLE.fullmatch(name.strip())
        if name.strip().lower() == "title":
            return "heading", {"level": 1}
        if heading:
            return "heading", {"level": min(int(heading.group(1)), 6)}
        outline = _find(properties, "outlineLvl")
        if outline is not None and outline.get(f"{W}val", "9").isdigit():
            level = int(outline.get(f"{W}val", "9"))
            if level < 6:
                return "heading", {"level": level + 1}
        numbering = _find(properties, "numPr")
        if numbering is None and style is not None:
            numbering = _find(style.element.find(f"{W}pPr"), "numPr")
        if numbering is not None:
            number_id = _value(numbering.find(f"{W}numId"))
            level = int(_value(numbering.find(f"{W}ilvl")) or 0)
            if number_id not in (None, "0"):
                ordered = self.numbering.get((number_id, level), "bullet") != "bullet"
                return "item", {"level": level, "ordered": ordered}
        listed = LIST_STYLE.match(name.strip())
        if listed:
            level = int(listed.group(2) or 1) - 1
            return "item", {"level": level, "ordered": listed.group(1).lower() == "number"}
        return "paragraph", {}

    def table(self, element: Any) -> None:
        rows: list[list[str]] = []
        spanned: list[list[str]] = []  # each row's text per grid column, a merged cell's in each
        above: dict[int, str] = {}  # grid column -> the text of the cell there in the row above
        for row in element.findall(f"{W}tr"):
            cells: list[str] = []
            grid: list[str] = []
            for cell in row.findall(f"{W}tc"):
                column = len(cells)
                span = min(int(_value(_find(cell.find(f"{W}tcPr"), "gridSpan")) or 1), 64)
                merge = _find(cell.find(f"{W}tcPr"), "vMerge")
                if merge is not None and merge.get(f"{W}val", "continue") == "continue":
                    text = above.get(column, "")
                else:
                    text = self.cell_text(cell)
                cells.append(text)
                cells.extend("" for _ in range(span - 1))
                grid.extend(text for _ in range(span))
                above[column] = text
            rows.append(cells)
            spanned.append(grid)
        group = _grouping_row(rows, spanned)
        if group is not None:
            # the grouping row names the columns under it: it stands above the table as a
            # line that is shown but not analysed (the caption above stays the table's
            # heading), and each header under it is read with its group ("Women 2023")
            self.out.paragraph(group, "paragraph", analysed=False)
            rows = [_grouped_header(spanned[0], rows[1]), *rows[2:]]
        self.out.table(rows)

    def cell_text(self, cell: Any) -> str:
        """A cell's paragraphs (and any table nested in it) as one line of text. A paragraph
        that ends without a stop and has another after it is that text's heading or label
        (``Blood pressure`` over ``Hypertension affects 45% of adults.``): a colon follows
        it, so its words are no part of the clause of a figure after it."""
        parts = [
            text
            for paragraph in cell.iter(f"{W}p")
            if (text := _Paragraph().read(paragraph).joined().strip())
        ]
        return " ".join(
            f"{part}:" if index + 1 < len(parts) and not CELL_STOP.search(part) else part
            for index, part in enumerate(parts)
        )


def _grouping_row(rows: list[list[str]], spanned: list[list[str]]) -> str | None:
    """The text of a table's first row when it groups the columns of the row under it (a
    cell merged across some columns, not across all: "Women" over "2022 | 2023"), else
    None. A row of one cell across the whole table is its title, which the table keeps."""
    if len(rows) < 3 or len(rows[0]) != len(rows[1]):
        return None
    first = rows[0]
    merged = any(
        text and not first[column + 1] and spanned[0][column + 1] == text
        for column, text in enumerate(first[:-1])
    )
    if not merged or len(set(spanned[0])) == 1:  # none, or one cell across: a title row
        return None
    return " · ".join(text for text in first if text)


def _grouped_header(group: list[str], header: list[str]) -> list[str]:
    """Each header read with the group above it (``Women`` over ``2023``: ``Women 2023``);
    a header that is its group's own text (a cell merged down) stays as it is."""
    return [
        f"{above} {below}".strip() if above and below and above != below else below or above
        for above, below in zip(group, header, strict=False)
    ] + header[len(group) :]


CELL_STOP = re.compile(r"[.!?:;,…]['\"”’)\]]*$")
BOLD_HEADING_WORDS = 12


def _bold_heading(text: str) -> bool:
    """Whether a paragraph set wholly in bold reads as a heading (``Key facts``, ``3 facts
    about diabetes``, ``IMPORTANT SAFETY INFORMATION:``): at most
    :data:`BOLD_HEADING_WORDS` words, starting with a capital or a digit, ending without a
    full stop or a comma (a bold sentence is emphasis, not a heading)."""
    text = text.strip()
    return (
        0 < len(text.split()) <= BOLD_HEADING_WORDS
        and (text[:1].isupper() or text[:1].isdigit())
        and not text.endswith((".", "!", "?", ";", ","))
    )


def _find(properties: Any, tag: str) -> Any:
    return None if properties is None else properties.find(f"{W}{tag}")


def _value(element: Any) -> str | None:
    return None if element is None else element.get(f"{W}val")


def _styles(document: Any) -> list[Any]:
    try:
        return list(document.styles)
    except (KeyError, ValueError, AttributeError):  # a package without a styles part
        return []


def _numbering_formats(document: Any) -> dict[tuple[str, int], str]:
    """(numId, level) -> the number format (``bullet``, ``decimal``...) of each list level."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError, ValueError):
        return {}
    abstract = {}
    for definition in numbering.findall(f"{W}abstractNum"):
        levels = {}
        for level in definition.findall(f"{W}lvl"):
            fmt = _value(level.find(f"{W}numFmt")) or "decimal"
            levels[int(level.get(f"{W}ilvl", "0"))] = fmt
        abstract[definition.get(f"{W}abstractNumId")] = levels
    formats = {}
    for number in numbering.findall(f"{W}num"):
        levels = abstract.get(_value(number.find(f"{W}abstractNumId")), {})
        for level, fmt in levels.items():
            formats[number.get(f"{W}numId"), level] = fmt
    return formats


def _check_package(data: bytes, label: str) -> None:
    """Refuse what is no Word package before python-docx unpacks it: not a zip, an old
    binary .doc, or a zip that would inflate past MAX_UNPACKED_BYTES."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise DocumentError(label, "a Word 97-2003 (.doc) or encrypted file; save it as .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
            names = set(package.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise DocumentError(label, f"not a Word document: not a zip package ({error})") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise DocumentError(
            label, f"unpacks to {unpacked:,} bytes (the limit is {MAX_UNPACKED_BYTES:,})"
        )
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise DocumentError(label, "not a Word document: the zip has no word/document.xml")


def read_docx(data: bytes, label: str) -> TextBuilder:
    """The extracted text of a .docx file's bytes; DocumentError with the reason when the file
    is not a Word document, is damaged or holds no text."""
    _check_package(data, label)
    try:
        import docx
    except ImportError as error:  # pragma: no cover - python-docx is a dependency
        raise DocumentError(label, f"reading Word files needs python-docx ({error})") from None
    try:
        document = docx.Document(io.BytesIO(data))
        reader = _Reader(document)
        reader.body(document.element.body)
    except DocumentError:
        raise
    except Exception as error:  # a damaged package can fail anywhere inside python-docx/lxml
        reason = " ".join(str(error).split())[:200] or type(error).__name__
        raise DocumentError(label, f"cannot be read as a Word document ({reason})") from None
    return reader.out
