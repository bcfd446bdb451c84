"""A minimal PDF writer for tests: pages of text lines in Helvetica, as a typesetter would set
them (one line per text-showing operator), so a quote can be split across lines and pages the
way real PDFs split it. Byte 0x80 in a line draws the "fi" ligature glyph. An empty line is
a blank line (a gap between paragraphs); a ``(size, text)`` line is set in that font size (a
heading); a page given as None is a scanned page: an image and no text."""

from __future__ import annotations

from pathlib import Path


def _escape(line: bytes) -> bytes:
    return line.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_bytes(pages: list[list[str | bytes | tuple[int, str]] | None]) -> bytes:
    """A PDF whose page ``i`` shows ``pages[i]``'s lines top to bottom."""
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding "
        b"/Differences [128 /fi] >> >>"
    )
    image = b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
    image += b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream"
    objects: list[bytes] = [b"", b"", font, image]  # 1 catalog, 2 page tree, 3 font, 4 image
    kids = []
    for lines in pages:
        if lines is None:  # a scanned page: the image drawn over the page, no text
            body = b"q 468 0 0 648 72 72 cm /Im1 Do Q"
        else:
            body = b"BT /F1 11 Tf 14 TL 72 720 Td\n"
        for line in lines or ():
            size = 11
            if isinstance(line, tuple):
                size, line = line
                body += b"/F1 %d Tf %d TL\n" % (size, round(size * 1.3))
            data = line.encode("latin-1") if isinstance(line, str) else line
            body += b"(" + _escape(data) + b") Tj T*\n"
            if size != 11:
                body += b"/F1 11 Tf 14 TL\n"
        body += b"" if lines is None else b"ET"
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body))
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> "
            b"/Contents %d 0 R >>" % content
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def write_pdf(path: Path, pages: list[list[str | bytes | tuple[int, str]] | None]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pdf_bytes(pages))
    return path
