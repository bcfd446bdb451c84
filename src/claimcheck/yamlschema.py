"""Strict YAML validation with positions, shared by the registry and the rules schemas.

The YAML is composed into nodes rather than loaded into dicts, so every problem can point at
the offending key or value (``rules/wording.yaml:12:5: unknown field 'mesage' (did you mean
'message'?)``). Like yamllint's ``validate_rule_conf``, unknown fields, wrong types and missing
required fields are errors; a validator collects all the errors of a file so its owner fixes
them in one pass. Each schema subclasses :class:`NodeValidator` and names its error type.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

TAG = "tag:yaml.org,2002:"


def position(path: str, line: int, col: int) -> str:
    """``path:line:col``, or less when the problem concerns a whole file or directory (0)."""
    if line == 0:
        return path
    if col == 0:
        return f"{path}:{line}"
    return f"{path}:{line}:{col}"


@dataclass(frozen=True)
class FileError:
    """One problem in a YAML file; ``line``/``col`` are 1-based, 0 when not applicable."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{position(self.path, self.line, self.col)}: {self.message}"


class LoadError(Exception):
    """A file set could not be loaded; ``errors`` holds every problem found, in file order."""

    def __init__(self, errors: list) -> None:
        super().__init__("\n".join(str(error) for error in errors))
        self.errors = errors


_TYPE_NAMES = {
    "str": "text",
    "int": "a number",
    "float": "a number",
    "bool": "true/false",
    "null": "empty",
    "timestamp": "a date",
}


class Invalid:
    """Marks a field whose error has been recorded, so the entry holding it is dropped."""


INVALID = Invalid()


def kind(node: Node) -> str:
    """What a node holds, in a user's words: ``a mapping``, ``a list``, ``text``..."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return _TYPE_NAMES.get(node.tag.removeprefix(TAG), node.tag)


def did_you_mean(word: str, choices: tuple[str, ...]) -> str:
    from rapidfuzz import fuzz, process  # only a file with a mistake needs it

    match = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=60)
    return f" (did you mean '{match[0]}'?)" if match else ""


# libyaml's loader gives the same nodes and marks some 10x faster (a 10,000-claim registry
# loads in seconds, not half a minute); the pure-Python one serves where libyaml is missing.
FAST_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` on libyaml. The pure-Python loader, which also compiles its own
    regexes on first use, reads the text again only to word the error of a broken one."""
    try:
        return yaml.load(text, Loader=FAST_SAFE_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return yaml.safe_load(text)


def compose(text: str) -> tuple[Node | None, tuple[int, int, str] | None]:
    """The node tree of a YAML text, or the (line, col, message) of its syntax error."""
    try:
        return yaml.compose(text, Loader=FAST_SAFE_LOADER), None
    except yaml.MarkedYAMLError:
        pass
    try:  # the pure-Python loader words its syntax errors better; errors are rare
        return yaml.compose(text, Loader=yaml.SafeLoader), None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, (line, col, f"YAML syntax error: {problem}")


class NodeValidator:
    """Walks one file's node tree, recording errors with their marks.

    ``error_type`` is called as ``error_type(path, line, col, message)``."""

    error_type: Any = None

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[Any] = []
        self.constructor = yaml.constructor.SafeConstructor()

    def error(self, node: Node, message: str) -> Invalid:
        mark = node.start_mark
        self.errors.append(self.error_type(self.path, mark.line + 1, mark.column + 1, message))
        return INVALID

    def fields(
        self, node: MappingNode, allowed: tuple[str, ...], where: str
    ) -> dict[str, tuple[ScalarNode, Node]]:
        """The known fields of a mapping by name, with their key and value nodes."""
        found: dict[str, tuple[ScalarNode, Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag != TAG + "str":
                self.error(key_node, f"field names in {where} must be text")
                continue
            name = key_node.value
            if name in found:
                first_line = found[name][0].start_mark.line + 1
                self.error(key_node, f"duplicate field '{name}' (first given on line {first_line})")
            elif name not in allowed:
                hint = did_you_mean(name, allowed)
                self.error(key_node, f"unknown field '{name}' in {where}{hint}")
            else:
                found[name] = (key_node, value_node)
        return found

    def scalar(self, node: Node) -> Any:
        return self.constructor.construct_object(node, deep=True)

    def text(self, node: Node, name: str) -> str | Invalid:
        if not isinstance(node, ScalarNode) or node.tag != TAG + "str":
            return self.error(node, f"'{name}' must be text, not {kind(node)}")
        if not node.value.strip():
            return self.error(node, f"'{name}' is empty")
        return node.value.strip()

    def number(self, node: Node, name: str) -> float | Invalid:
        if not isinstance(node, ScalarNode) or node.tag not in (TAG + "int", TAG + "float"):
            return self.error(node, f"'{name}' must be a number, not {kind(node)}")
        number = self.scalar(node)
        if not math.isfinite(number):
            return self.error(node, f"'{name}' must be a finite number")
        return number

    def flag(self, node: Node, name: str) -> bool | Invalid:
        if not isinstance(node, ScalarNode) or node.tag != TAG + "bool":
            return self.error(node, f"'{name}' must be true or false, not {kind(node)}")
        return self.scalar(node)

    def text_list(self, node: Node, name: str, example: str) -> tuple[str, ...] | Invalid:
        if not isinstance(node, SequenceNode):
            return self.error(node, f"'{name}' must be a list, e.g. {example}, not {kind(node)}")
        items = [self.text(item, f"{name} item") for item in node.value]
        if any(item is INVALID for item in items):
            return INVALID
        return tuple(items)
