"""The project configuration: ``[tool.claimcheck]`` in ``pyproject.toml`` or ``.claimcheck.yaml``.

Found by walking up from the working directory (the nearest folder holding either file wins;
a ``pyproject.toml`` without a ``[tool.claimcheck]`` table does not count); ``--config`` names
a file outright. The schema is strict, like yamllint's ``validate_rule_conf``: an unknown key
or a value of the wrong type is a :class:`ConfigError` naming the file and line, and the
command exits 2. Relative paths and globs are relative to the config file's folder.

Keys (every one optional)::

    registry = "claims"                     # folder of sourced claims
    rules = ["claimcheck:default"]          # rule folders or claimcheck:<preset>
    include = ["content/**/*.md"]           # the drafts to check, however they are named
    exclude = ["content/archive/**"]        # drafts never checked, even when named
    baseline = ".claimcheck-baseline.json"  # report only findings not recorded in it
    fail-level = "warning"                  # error | warning | info
    threshold = 80                          # match score 0-100
    select = ["CC1"]                        # code prefixes, names or rule ids
    ignore = ["CC104"]                      # the longer (more specific) of select/ignore wins
    severity = {CC102 = "info", stale-source = "off"}   # per code, name or rule id
    executor = "dask"                       # lint --executor: local | dask
    scheduler = "tcp://10.0.0.5:8786"       # lint --scheduler: the Dask scheduler
    [tool.claimcheck.per-path."legacy/**"]
    ignore = ["CC102"]
    severity = {CC101 = "warning"}
"""

from __future__ import annotations

import difflib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

YAML_NAME = ".claimcheck.yaml"
PYPROJECT = "pyproject.toml"
DEFAULT_RULES = ("claimcheck:default",)
FAIL_LEVELS = ("error", "warning", "info")
EXECUTORS = ("local", "dask")  # runner.EXECUTORS (runner imports this module)
SEVERITY_VALUES = ("error", "warning", "info", "off")


class ConfigError(Exception):
    """One or more problems in a config file; each line is ``file:line: message``."""

    def __init__(self, problems: list[tuple[str, int | None, str]]) -> None:
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        return [
            f"{path}:{line}: {message}" if line else f"{path}: {message}"
            for path, line, message in self.problems
        ]


@dataclass(frozen=True)
class PathOverride:
    """Settings for the drafts matching ``glob`` (relative to the config's folder)."""

    glob: str
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    """The settings lint runs with; ``Config()`` is the default when no file is found."""

    path: Path | None = None  # the config file, if any
    root: Path = field(default_factory=Path.cwd)  # where relative paths and globs start
    registry: Path | None = None  # None: ``claims`` under the working directory
    rules: tuple[str, ...] = DEFAULT_RULES
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    baseline: Path | None = None  # lint's --baseline unless one is given
    fail_level: str = "warning"
    threshold: float | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    per_path: tuple[PathOverride, ...] = ()
    executor: str = "local"  # lint's --executor unless one is given: local | dask
    scheduler: str | None = None  # lint's --scheduler unless one is given

    def engine_settings(self) -> dict[str, Any]:
        """What changes the engine's findings (not their selection): part of the cache key."""
        return {"threshold": self.threshold, "rules": list(self.rules)}


# --- the schema -------------------------------------------------------------------------


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


TOP_KEYS = {
    "registry": "a folder path (string)",
    "rules": "a list of rule folders or claimcheck:<preset> names",
    "include": "a list of globs",
    "exclude": "a list of globs",
    "baseline": "a baseline file path (string)",
    "fail-level": "one of error, warning, info",
    "threshold": "a number from 0 to 100",
    "select": "a list of code prefixes, names or rule ids",
    "ignore": "a list of code prefixes, names or rule ids",
    "severity": "a table of code, name or rule id = error | warning | info | off",
    "per-path": "a table of glob = {select, ignore, severity}",
    "executor": "one of local, dask",
    "scheduler": "a Dask scheduler address (string), e.g. tcp://10.0.0.5:8786",
}
PER_PATH_KEYS = {key: TOP_KEYS[key] for key in ("select", "ignore", "severity")}


class _Checker:
    """Collects problems, each with the line of the key it concerns."""

    def __init__(self, path: Path, lines: dict[tuple[str, ...], int]) -> None:
        self.path = path
        self.lines = lines
        self.problems: list[tuple[str, int | None, str]] = []

    def line(self, keys: tuple[str, ...]) -> int | None:
        for end in range(len(keys), -1, -1):
            if keys[:end] in self.lines:
                return self.lines[keys[:end]]
        return None

    def error(self, keys: tuple[str, ...], message: str) -> None:
        self.problems.append((str(self.path), self.line(keys), message))

    def table(self, data: Any, keys: tuple[str, ...], allowed: dict[str, str]) -> dict[str, Any]:
        if not isinstance(data, dict):
            self.error(keys, f"{'.'.join(keys) or 'claimcheck'} must be a table of settings")
            return {}
        good = {}
        for key, value in data.items():
            if key not in allowed:
                close = difflib.get_close_matches(str(key), list(allowed), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                known = ", ".join(allowed)
                self.error(keys + (str(key),), f"unknown key {key!r}{hint}; known keys: {known}")
                continue
            good[key] = value
        return good

    def strings(self, value: Any, keys: tuple[str, ...]) -> tuple[str, ...]:
        if not _is_str_list(value):
            self.error(keys, f"{keys[-1]} must be {TOP_KEYS[keys[-1]]}, got {_show(value)}")
            return ()
        return tuple(value)

    def severities(self, value: Any, keys: tuple[str, ...]) -> dict[str, str]:
        if not isinstance(value, dict):
            self.error(keys, f"severity must be {TOP_KEYS['severity']}, got {_show(value)}")
            return {}
        good = {}
        for name, level in value.items():
            if level not in SEVERITY_VALUES:
                self.error(
                    keys + (str(name),),
                    f"severity of {name!r} must be one of {', '.join(SEVERITY_VALUES)}, "
                    f"got {_show(level)}",
                )
                continue
            _check_code(self, keys + (str(name),), str(name))
            good[str(name)] = level
        return good


def _show(value: Any) -> str:
    """What a value is, in a user's words, with the value when it is short: a date from TOML
    or YAML is "a date (2024-01-01)", never "a table"."""
    import datetime

    kinds = {bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, datetime.datetime | datetime.time):
        return f"a time ({value.isoformat()})"
    if isinstance(value, datetime.date):
        return f"a date ({value.isoformat()})"
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
    return f"{kinds.get(type(value), 'a value')} ({shown})"


def matches_no_code(selector: str) -> bool:
    """Whether a selector looks like a code but is the prefix of none (rule ids and names are
    only known once the rules are loaded, so they are not checked)."""
    from claimcheck.codes import CODES

    return bool(re.fullmatch(r"CC\d*", selector)) and not any(
        code.startswith(selector) for code in CODES
    )


def _check_code(checker: _Checker, keys: tuple[str, ...], selector: str) -> None:
    if matches_no_code(selector):
        checker.error(keys, f"{selector!r} matches no claimcheck code")


def _validate(data: Any, path: Path, lines: dict[tuple[str, ...], int]) -> Config:
    checker = _Checker(path, lines)
    root = path.parent.resolve()
    settings: dict[str, Any] = {"path": path, "root": root}
    data = checker.table(data, (), TOP_KEYS)
    for key, value in data.items():
        keys = (key,)
        if key in ("registry", "baseline"):
            if isinstance(value, str) and value:
                settings[key] = root / value
            else:
                checker.error(keys, f"{key} must be {TOP_KEYS[key]}, got {_show(value)}")
        elif key == "rules":
            settings["rules"] = tuple(
                item if item.startswith("claimcheck:") else str(root / item)
                for item in checker.strings(value, keys)
            )
        elif key in ("include", "exclude"):
            settings[key] = checker.strings(value, keys)
        elif key in ("select", "ignore"):
            settings[key] = checker.strings(value, keys)
            for selector in settings[key]:
                _check_code(checker, keys, selector)
        elif key == "fail-level":
            if value in FAIL_LEVELS:
                settings["fail_level"] = value
            else:
                checker.error(keys, f"fail-level must be {TOP_KEYS[key]}, got {_show(value)}")
        elif key == "threshold":
            if _is_number(value) and 0 <= value <= 100:
                settings["threshold"] = float(value)
            else:
                checker.error(keys, f"threshold must be {TOP_KEYS[key]}, got {_show(value)}")
        elif key == "severity":
            settings["severity"] = checker.severities(value, keys)
        elif key == "executor":
            if value in EXECUTORS:
                settings["executor"] = value
            else:
                checker.error(keys, f"executor must be {TOP_KEYS[key]}, got {_show(value)}")
        elif key == "scheduler":
            if isinstance(value, str) and value.strip():
                settings["scheduler"] = value.strip()
            else:
                checker.error(keys, f"scheduler must be {TOP_KEYS[key]}, got {_show(value)}")
        elif key == "per-path":
            if not isinstance(value, dict):
                checker.error(keys, f"per-path must be {TOP_KEYS[key]}, got {_show(value)}")
                continue
            overrides = []
            for glob, entry in value.items():
                entry_keys = (key, str(glob))
                entry = checker.table(entry, entry_keys, PER_PATH_KEYS)
                override: dict[str, Any] = {"glob": str(glob)}
                for sub, sub_value in entry.items():
                    if sub == "severity":
                        override["severity"] = checker.severities(sub_value, entry_keys + (sub,))
                    else:
                        override[sub] = checker.strings(sub_value, entry_keys + (sub,))
                overrides.append(PathOverride(**override))
            settings["per_path"] = tuple(overrides)
    if checker.problems:
        raise ConfigError(checker.problems)
    return Config(**settings)


# --- reading files ----------------------------------------------------------------------


def _yaml_lines(node: Any, keys: tuple[str, ...], lines: dict[tuple[str, ...], int]) -> None:
    import yaml

    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = (*keys, str(key_node.value))
            lines.setdefault(key, key_node.start_mark.line + 1)
            _yaml_lines(value_node, key, lines)


def _config_loader():
    """The safe loader with YAML 1.2's booleans: only ``true`` and ``false``. YAML 1.1 also
    reads ``off``, ``no``, ``on`` and ``yes`` as booleans, which would turn the documented
    ``severity: {CC309: off}`` into ``false``; in a config they are words."""

    from claimcheck.yamlschema import FAST_SAFE_LOADER

    bool_tag = "tag:yaml.org,2002:bool"
    resolvers = {
        first: [(tag, regex) for tag, regex in entries if tag != bool_tag]
        for first, entries in FAST_SAFE_LOADER.yaml_implicit_resolvers.items()
    }
    loader = type("ConfigLoader", (FAST_SAFE_LOADER,), {"yaml_implicit_resolvers": resolvers})
    loader.add_implicit_resolver(
        bool_tag, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
    )
    return loader


def _load_yaml(path: Path, text: str) -> Config:
    import yaml

    from claimcheck.yamlschema import guard, problem_of
    from claimcheck.yamlsyntax import SYNTAX_PREFIX

    loader = _config_loader()
    try:
        guard(text, loader)  # an alias bomb or deep nesting, refused before it is built
        node = yaml.compose(text, Loader=loader)
        data = loader(text).construct_document(node) if node is not None else None
    except yaml.YAMLError as error:
        line, _col, problem = problem_of(error, text, loader)
        raise ConfigError([(str(path), line, f"{SYNTAX_PREFIX}: {problem}")]) from None
    if data is None:
        data = {}
    lines: dict[tuple[str, ...], int] = {}
    _yaml_lines(node, (), lines)
    return _validate(data, path, lines)


_TOML_KEY = re.compile(r'"((?:[^"\\]|\\.)*)"|\'([^\']*)\'|([A-Za-z0-9_-]+)')


def _toml_keys(text: str) -> tuple[str, ...]:
    return tuple(next(g for g in m.groups() if g is not None) for m in _TOML_KEY.finditer(text))


def _toml_lines(text: str) -> dict[tuple[str, ...], int]:
    """The line of each table header and ``key =`` line, by dotted key path: tomllib keeps no
    positions, so the file is scanned (good enough for the error messages that need it)."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            header = re.match(r"\[\[?(.*?)\]\]?\s*(#.*)?$", stripped)
            if header:
                table = _toml_keys(header.group(1))
                lines.setdefault(table, number)
        elif "=" in stripped and not stripped.startswith("#"):
            key = _toml_keys(stripped.split("=", 1)[0])
            if key:
                lines.setdefault(table + key, number)
    return lines


def _load_toml(path: Path, text: str, data: dict[str, Any]) -> Config:
    section = data.get("tool", {}).get("claimcheck")
    lines = {
        keys[2:]: number
        for keys, number in _toml_lines(text).items()
        if keys[:2] == ("tool", "claimcheck")
    }
    return _validate(section, path, lines)


def _read_toml(path: Path) -> tuple[str, dict[str, Any]]:
    text = _read_text(path)
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, problem = _toml_problem(text, str(error))
        raise ConfigError([(str(path), line, f"not valid TOML: {problem}")]) from None
    except RecursionError:  # tomllib reads nested arrays recursively
        raise ConfigError([(str(path), None, "not valid TOML: nested too deeply")]) from None
    except ValueError as error:  # an integer of more digits than Python converts
        reason = str(error).split(":")[0]
        raise ConfigError([(str(path), None, f"not valid TOML: {reason}")]) from None


def _toml_problem(text: str, message: str) -> tuple[int | None, str]:
    """The line of a TOML syntax error and its message. tomllib says ``at end of document``
    when a ``[`` or ``{`` (or a string) is never closed: the line is the opener's, else the
    last line written, never one past the end of the file."""
    written = len(text.rstrip().splitlines()) or 1
    found = re.search(r"line (\d+)", message)
    if found:
        return min(int(found.group(1)), written), message
    if "end of document" not in message:
        return None, message
    opener = _unclosed_opener(text)
    if opener is not None:
        bracket, line = opener
        return line, f"'{bracket}' is never closed ({message})"
    return written, message


def _unclosed_opener(text: str) -> tuple[str, int] | None:
    """The innermost ``[`` or ``{`` of a TOML text left open at its end, with its line;
    strings and comments are passed over (a rough scan, for an error message)."""
    opened: list[tuple[str, int]] = []
    line = 1
    quote = ""
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\n":
            line += 1
        if quote:
            if text.startswith(quote, index) and (quote == "'" or text[index - 1] != "\\"):
                index += len(quote)
                quote = ""
                continue
        elif char == "#":
            end = text.find("\n", index)
            index = len(text) if end < 0 else end
            continue
        elif char in "\"'":
            quote = char * 3 if text.startswith(char * 3, index) else char
            index += len(quote)
            continue
        elif char in "[{":
            opened.append((char, line))
        elif char in "]}" and opened:
            opened.pop()
        index += 1
    if quote:
        return None
    return opened[-1] if opened else None


MAX_CONFIG_BYTES = 4 * 1024 * 1024


def _read_text(path: Path) -> str:
    """The config's text: a regular file only (never a FIFO that would block), decoded as
    UTF-8 with a byte-order mark dropped: editors on Windows write one, and a pyproject.toml
    that starts with it must not be taken for one without ``[tool.claimcheck]``."""
    from claimcheck.files import read_regular

    return read_regular(path, MAX_CONFIG_BYTES).decode("utf-8-sig")


def load_config(path: str | Path) -> Config:
    """Read one config file (``*.toml`` is read as pyproject's ``[tool.claimcheck]``)."""
    path = Path(path)
    try:
        if path.suffix == ".toml":
            text, data = _read_toml(path)
            if "claimcheck" not in data.get("tool", {}):
                raise ConfigError([(str(path), None, "has no [tool.claimcheck] table")])
            return _load_toml(path, text, data)
        return _load_yaml(path, _read_text(path))
    except UnicodeDecodeError as error:
        line = error.object[: error.start].count(b"\n") + 1
        raise ConfigError([(str(path), line, "not UTF-8 text; save it as UTF-8")]) from None
    except OSError as error:
        reason = getattr(error, "reason", None) or error.strerror or str(error)
        raise ConfigError([(str(path), None, f"cannot read: {reason}")]) from None


def find_config(start: str | Path | None = None) -> Path | None:
    """The nearest config file at or above ``start`` (default: the working directory)."""
    folder = Path(start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        yaml_file = candidate / YAML_NAME
        if yaml_file.is_file():
            return yaml_file
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        text = _read_text(pyproject)
    except (OSError, UnicodeDecodeError):
        return False
    if "claimcheck" not in text:  # cheap test before parsing
        return False
    try:
        return "claimcheck" in tomllib.loads(text).get("tool", {})
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        return re.search(r"^\s*\[tool\.claimcheck[\].]", text, re.M) is not None


def discover(explicit: str | Path | None = None, start: str | Path | None = None) -> Config:
    """The config named by ``--config``, else the nearest one found, else the defaults."""
    if explicit is not None:
        return load_config(explicit)
    found = find_config(start)
    return load_config(found) if found else Config()
