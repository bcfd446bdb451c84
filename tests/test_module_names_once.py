"""Every module-level name of the package is bound once.

A constant defined twice in one module is silently replaced by the second definition for
every user, the first one's too: in session 39 a new ``WHOLE_SAID`` in the matcher replaced
the one the swap test used, and three older pairs (``OPENING_PHRASE``,
``CHANGE_VERB_BEFORE``, ``START_WORDS``) had left their first users reading a pattern
written for another job. ruff does not flag a re-bound constant (F811 covers imports and
functions only)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "claimcheck"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.value is not None
        ):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = sorted(name for name, n in Counter(_bound_names(tree)).items() if n > 1)
    assert not twice, f"{path.name} binds {', '.join(twice)} more than once"
