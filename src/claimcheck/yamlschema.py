"""Strict YAML validation with positions, shared by the registry and the rules schemas.

The YAML is composed into nodes rather than loaded into dicts, so every problem can point at
the offending key or value (``rules/wording.yaml:12:5: unknown field 'mesage' (did you mean
'message'?)``). Like yamllint's ``validate_rule_conf``, unknown fields, wrong types and missing
required fields are errors; a validator collects all the errors of a file so its owner fixes
them in one pass. Each schema subclasses :class:`NodeValidator` and names its error type.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimcheck.yamlsyntax import SYNTAX_PREFIX, never_closed, unclosed_opener

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
_LIBYAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 100
"""Deepest nesting of lists and mappings read in any YAML input (a registry claim is 4 deep).
PyYAML builds nodes recursively, so 100,000 ``[`` would end in a RecursionError."""
MAX_ALIAS_NODES = 100_000
"""Nodes that aliases (``*name``) may stand for in one file, counted as if expanded. Ten
anchors of nine aliases each stand for 9^10 nodes (a "billion laughs"): anything walking that
data, or printing it, would never end. Real files reuse a few small anchors."""


class ValueProblem(yaml.constructor.ConstructorError, ValueError):
    """A value that PyYAML resolves (a date, an integer) but Python cannot build."""


class YamlRefused(yaml.MarkedYAMLError):
    """A YAML text refused before it is built: nested too deep, or aliases standing for too
    many nodes. Its mark is the line and column where the limit was crossed."""

    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(problem=problem, problem_mark=mark)


def guard(text: str, loader: Any = None) -> None:
    """Refuse ``text`` (YamlRefused) when it nests deeper than MAX_DEPTH or its aliases stand
    for more than MAX_ALIAS_NODES nodes. One pass over the parser's events, which PyYAML
    produces without recursion, so the refusal itself is fast and bounded; syntax errors
    are left to the loader that reads the text next."""
    sizes: dict[str, int] = {}  # anchor -> nodes it stands for
    open_nodes: list[list[Any]] = []  # [anchor, nodes so far] per open collection
    expanded = 0
    try:
        for event in yaml.parse(text, Loader=loader or _LIBYAML_LOADER):
            if isinstance(event, yaml.CollectionStartEvent):
                if len(open_nodes) >= MAX_DEPTH:
                    raise YamlRefused(
                        f"nested more than {MAX_DEPTH} levels deep; refused", event.start_mark
                    )
                open_nodes.append([event.anchor, 1])
                continue
            if isinstance(event, yaml.CollectionEndEvent):
                if not open_nodes:
                    continue
                anchor, size = open_nodes.pop()
            elif isinstance(event, yaml.ScalarEvent):
                anchor, size = event.anchor, 1
            elif isinstance(event, yaml.AliasEvent):
                anchor, size = None, sizes.get(event.anchor, 1)
                expanded += size
                if expanded > MAX_ALIAS_NODES:
                    raise YamlRefused(
                        f"aliases (*{event.anchor}) stand for more than {MAX_ALIAS_NODES:,} "
                        "nodes (an alias bomb); refused",
                        event.start_mark,
                    )
            else:
                continue
            if anchor is not None:
                sizes[anchor] = size
            if open_nodes:
                open_nodes[-1][1] += size
    except YamlRefused:
        raise
    except yaml.MarkedYAMLError as error:
        if "nesting depth" in str(error.problem):  # libyaml's scanner stops at 1,000 levels
            mark = error.problem_mark or error.context_mark
            raise YamlRefused(f"nested more than {MAX_DEPTH} levels deep; refused", mark) from None
        # a syntax error: the loader that reads the text next words it


def _strict(construct: Any, what: str) -> Any:
    """A constructor that turns a value Python cannot build (``2024-13-45``, an integer of
    5,000 digits) into a YAML error at the value's line, not a ValueError from deep inside."""

    def build(constructor: Any, node: Any) -> Any:
        try:
            return construct(constructor, node)
        except (ValueError, OverflowError) as error:
            reason = str(error).split(":")[0].split(";")[0]
            if "digits" in reason:  # Python's int_max_str_digits
                reason = f"more than {sys.get_int_max_str_digits():,} digits"
            value = node.value if len(node.value) <= 24 else node.value[:20] + "…"
            raise ValueProblem(
                None, None, f"'{value}' is not a valid {what} ({reason})", node.start_mark
            ) from None

    return build


class StrictConstructor(yaml.constructor.SafeConstructor):
    """The safe constructor, with impossible dates and over-long integers as YAML errors."""


for _tag, _what in (("timestamp", "date"), ("int", "integer"), ("float", "number")):
    _method = getattr(yaml.constructor.SafeConstructor, f"construct_yaml_{_tag}")
    StrictConstructor.add_constructor(TAG + _tag, _strict(_method, _what))


class _Loader(_LIBYAML_LOADER):  # type: ignore[misc, valid-type]
    """libyaml's parser with :class:`StrictConstructor`'s constructors."""


for _tag in ("timestamp", "int", "float"):
    _Loader.add_constructor(TAG + _tag, StrictConstructor.yaml_constructors[TAG + _tag])
FAST_SAFE_LOADER: Any = _Loader
"""The loader every YAML input is read with: safe (no Python objects), strict about values."""


def problem_of(error: yaml.YAMLError, text: str, loader: Any = None) -> tuple[int, int, str]:
    """The (line, col, message) of any PyYAML error, 1-based: a ReaderError (a NUL or other
    control character) has a character position, not a mark. An unclosed '{', '[' or quote
    is reported where it opens (:mod:`claimcheck.yamlsyntax`), not where the parser gave up;
    ``loader`` is the one that failed, to test where the closer belongs."""
    if isinstance(error, yaml.reader.ReaderError):
        before = text[: error.position]
        line = before.count("\n") + 1
        col = error.position - (before.rfind("\n") + 1) + 1
        return line, col, f"character {error.character!r} is not allowed in YAML"
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or getattr(error, "context", None) or str(error)
    if mark is not None and isinstance(error, (yaml.scanner.ScannerError, yaml.parser.ParserError)):
        opener = unclosed_opener(text, mark.line, loader or FAST_SAFE_LOADER)
        if opener is not None:
            return opener.line + 1, opener.col + 1, never_closed(opener)
    context = getattr(error, "context_mark", None)
    if mark is not None and mark.index >= len(text.rstrip()):
        # the parser ran off the end of the text: the mark is past the last line, where
        # nothing is written; the problem is where the construct it was reading began
        if context is not None and context is not mark:
            problem = f"{problem} by the end of the file ({error.context} from here)"
            return context.line + 1, context.column + 1, problem
        last = len(text.rstrip().splitlines()) or 1
        if mark.line + 1 > last:
            return last, 1, f"{problem} by the end of the file"
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    return line, col, problem


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` on libyaml, after :func:`guard`; any failure is a ``yaml.YAMLError``
    (use :func:`problem_of` for its position). The pure-Python loader, which also compiles
    its own regexes on first use, reads the text again only to word a syntax error."""
    guard(text)
    try:
        return yaml.load(text, Loader=FAST_SAFE_LOADER)  # noqa: S506 - a safe loader
    except (yaml.reader.ReaderError, yaml.constructor.ConstructorError):
        raise
    except yaml.YAMLError:
        return yaml.load(text, Loader=_PurePythonLoader)  # noqa: S506 - a safe loader


class _PurePythonLoader(yaml.SafeLoader):
    """The pure-Python parser, for its better-worded syntax errors, with strict values."""


for _tag in ("timestamp", "int", "float"):
    _PurePythonLoader.add_constructor(TAG + _tag, StrictConstructor.yaml_constructors[TAG + _tag])


def compose(text: str) -> tuple[Node | None, tuple[int, int, str] | None]:
    """The node tree of a YAML text, or the (line, col, message) of why it cannot be had: a
    syntax error, a character YAML forbids, or a refusal by :func:`guard`."""
    try:
        guard(text)
        return yaml.compose(text, Loader=FAST_SAFE_LOADER), None
    except YamlRefused as error:
        line, col, problem = problem_of(error, text)
        return None, (line, col, problem)
    except yaml.reader.ReaderError as error:
        return None, problem_of(error, text)
    except yaml.MarkedYAMLError:
        pass
    try:  # the pure-Python loader words its syntax errors better; errors are rare
        return yaml.compose(text, Loader=yaml.SafeLoader), None
    except yaml.YAMLError as exc:
        line, col, problem = problem_of(exc, text)
        return None, (line, col, f"{SYNTAX_PREFIX}: {problem or 'a syntax error'}")


class NodeValidator:
    """Walks one file's node tree, recording errors with their marks.

    ``error_type`` is called as ``error_type(path, line, col, message)``."""

    error_type: Any = None

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[Any] = []
        self.constructor = StrictConstructor()

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
        """The node's Python value; INVALID (its error recorded) when Python cannot build it."""
        try:
            return self.constructor.construct_object(node, deep=True)
        except ValueProblem as problem:
            return self.error(node, str(problem.problem))

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
        if number is INVALID:
            return INVALID
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
