"""A section number that opens a heading (``## 2. Dosage``, ``<h3>4.1 Storage</h3>``) is page
furniture, no figure; a number in a table cell stays one (``<td>1 (2 if …)</td>``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from figure_helpers import figure_texts

# (file name, draft, the figures read, in order)
CASES = [
    ("a.md", "# Leaflet\n\n## 2. Dosage\n\nGive 5 mL.\n", ["5 mL"]),
    ("b.md", "## 7) Storage\n\nKeep below 25 °C.\n", ["below 25 °C"]),
    ("c.md", "### 4.1 Side Effects\n\nRash in 2% of users.\n", ["2%"]),
    ("d.html", "<h2>3. How to take it</h2><p>Take 2 tablets.</p>", ["2 tablets"]),
    ("e.html", "<h3>5.2 Storage</h3><p>Keep at 2–8 °C.</p>", ["2–8 °C"]),
    ("f.html", "<ol><li>Shake well.</li></ol><h2>1. Doses</h2><p>Use 10 mL.</p>", ["10 mL"]),
    (
        "g.html",
        "<table><tr><th>Group</th><th>Doses</th></tr>"
        "<tr><td>Children</td><td>2 (1 if vaccinated before)</td></tr></table>",
        ["2", "1"],
    ),
]


@pytest.mark.parametrize(("name", "draft", "figures"), CASES, ids=[c[0] for c in CASES])
def test_heading_number_is_no_figure(
    tmp_path: Path, extract_json, name: str, draft: str, figures: list[str]
) -> None:
    assert figure_texts(tmp_path / name, draft, extract_json) == figures
