"""Contact lines in page headers: a postcode and place ended by a header separator (``·``,
``|``) are an address, and clock times written with HTML entities (``9&nbsp;am&ndash;5&nbsp;pm``)
are opening hours; neither is a figure."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import figure_texts

CASES = [
    ("a.md", "**Praxis Nord** · Lindenstraße 22, 1030 Wien · Tel. 555\n", []),
    ("b.md", "Clinic: Kirchgasse 9, 8001 Zürich | Mon–Fri\n", []),
    ("c.md", "Gasse 3, 8010 Graz — 40 staff work here.\n", ["40 staff"]),
    ("d.html", "<p>Ring us (9&nbsp;am&ndash;5&nbsp;pm) to book a slot.</p>", []),
    ("e.html", "<p>Lines open 8&nbsp;am&ndash;8&nbsp;pm; 12 nurses answer.</p>", ["12 nurses"]),
]


@pytest.mark.parametrize(("name", "draft", "figures"), CASES, ids=[c[0] for c in CASES])
def test_header_address_and_hours(
    tmp_path: Path, extract_json, name: str, draft: str, figures: list[str]
) -> None:
    assert figure_texts(tmp_path / name, draft, extract_json) == figures
