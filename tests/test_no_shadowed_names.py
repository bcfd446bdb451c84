"""No module of claimcheck binds a top-level name twice.

The matcher and the quantity finder keep hundreds of module constants (patterns, reasons a
candidate is ruled out) in long modules; a second ``NAME = …`` further down silently replaces
the first for every function that reads it, at call time. ruff does not report a constant
assigned twice (F811 covers imports and definitions only), and session 60 shipped two such
shadowings (a near-miss reason replaced by a pattern, which crashed the matcher; a change
verb pattern replaced by a narrower one). This test reads each module's syntax tree.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src" / "claimcheck"


def _bound_twice(path: Path) -> list[str]:
    """Top-level names ``path`` assigns, defines or declares more than once."""
    counts: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            counts.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            counts[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            counts[node.name] += 1
    return sorted(name for name, n in counts.items() if n > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = {
        str(path.relative_to(SOURCE)): names
        for path in sorted(SOURCE.rglob("*.py"))
        if (names := _bound_twice(path))
    }
    assert found == {}


def test_the_check_sees_a_name_bound_twice(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('A = "reason"\n\n\ndef f():\n    return A\n\n\nA = 3\n', encoding="utf-8")
    assert _bound_twice(module) == ["A"]
