"""A claim's ``derived`` field: the arithmetic that turns its quotes' figures into its value.

Some values are computed, not quoted: China's 45.3% share of the world's new liver cancer
cases is 410,038 of 905,677. ``derived: 410,038 / 905,677 × 100`` says so, and ``registry
check`` verifies it: every operand is a figure one of the claim's quotes states (by the rule
of :mod:`claimcheck.registry.figures`, so ``905,677`` is stated by "approximately 906,000"),
except the scales 100, 1,000, 10,000, 100,000 and 1,000,000 (a percentage, a rate per N),
and the result, rounded to the value's last digit, is the value.

The expression holds operands, ``+ - * / × ÷ −`` and parentheses. Each operand is read by the
figure reader (``410 038``, ``13·6``, ``1.5 million`` and ``75.7%`` all read as drafts'
figures do); the arithmetic is evaluated on Python's syntax tree with nothing but numbers
and those operators, never ``eval``.
"""

from __future__ import annotations

import ast
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from claimcheck.registry.figures import figures_in, numbers_agree

SCALES = frozenset({100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0})
_OPERATOR = re.compile(r"\s*([-+*/×÷−()])\s*")
_SYMBOLS = {"×": "*", "÷": "/", "−": "-"}
_BINARY: dict[type, Callable[[float, float], float]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


class DerivationError(ValueError):
    """The expression cannot be read or evaluated; the message says why, in a user's words."""


@dataclass(frozen=True)
class Derivation:
    """A read expression: its operands as written and valued, and the result."""

    operands: tuple[tuple[str, float], ...]
    result: float


def _operand(written: str) -> float:
    figures = figures_in(written)
    if (
        len(figures) != 1
        or not figures[0].is_point
        or (figures[0].start, figures[0].end)
        != (
            0,
            len(written),
        )
    ):
        raise DerivationError(f"'{written}' is not a number the figure reader reads as one")
    value = figures[0].low
    assert value is not None
    return value


def _evaluate(node: ast.AST, values: Sequence[float]) -> float:
    if isinstance(node, ast.Expression):
        return _evaluate(node.body, values)
    if isinstance(node, ast.Name) and node.id.startswith("_"):
        return values[int(node.id[1:])]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = _evaluate(node.operand, values)
        return -inner if isinstance(node.op, ast.USub) else inner
    if isinstance(node, ast.BinOp) and type(node.op) in _BINARY:
        left, right = _evaluate(node.left, values), _evaluate(node.right, values)
        if isinstance(node.op, ast.Div) and right == 0:
            raise DerivationError("it divides by zero")
        return _BINARY[type(node.op)](left, right)
    raise DerivationError("it is not arithmetic on numbers (+ - × ÷ and parentheses)")


def derive(expression: str) -> Derivation:
    """Read and evaluate ``expression``; raises :class:`DerivationError` with the reason."""
    parts = [part for part in _OPERATOR.split(expression.strip()) if part.strip()]
    operands: list[tuple[str, float]] = []
    code = []
    for part in parts:
        part = part.strip()
        if _OPERATOR.fullmatch(part):
            code.append(_SYMBOLS.get(part, part))
        else:
            operands.append((part, _operand(part)))
            code.append(f"_{len(operands) - 1}")
    if not operands:
        raise DerivationError("it has no number in it")
    try:
        tree = ast.parse(" ".join(code), mode="eval")
    except SyntaxError:
        raise DerivationError("its operators do not make an expression") from None
    result = _evaluate(tree, [value for _written, value in operands])
    return Derivation(tuple(operands), result)


def unquoted_operands(derivation: Derivation, quotes: Sequence[str]) -> list[str]:
    """The operands no quote states (scales excepted), as written."""
    stated = [figure for quote in quotes for figure in figures_in(quote) if figure.is_point]
    missing = []
    for written, value in derivation.operands:
        if value in SCALES:
            continue
        if not any(numbers_agree(value, figure.low, figure.approx) for figure in stated):  # type: ignore[arg-type]
            missing.append(written)
    return missing
