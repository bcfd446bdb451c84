"""Load rules from folders, files and packaged presets into one :class:`RuleSet`.

A source is a folder (every ``*.yaml``/``*.yml`` in it, sorted), a file, or
``claimcheck:<preset>``: a rules file shipped inside the package (``claimcheck:default``), so
the defaults work from a wheel, outside any checkout, as yamllint's ``extends: default``.
Every problem of every source is collected and raised as one :class:`RuleLoadError`; ids and
codes must be unique across all sources (to change a shipped rule, disable it and add your own).
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from claimcheck.files import MAX_INPUT_BYTES, FileProblem, read_regular
from claimcheck.rules.model import Rule, RuleSet
from claimcheck.rules.schema import RuleError, RuleLoadError, parse_rules

PRESET_PREFIX = "claimcheck:"
DEFAULT_SOURCES: tuple[str, ...] = ("claimcheck:default",)
RULE_SUFFIXES = (".yaml", ".yml")


def presets() -> list[str]:
    """The names of the packaged presets."""
    folder = resources.files("claimcheck.presets")
    return sorted(
        entry.name.rsplit(".", 1)[0] for entry in folder.iterdir() if entry.name.endswith(".yaml")
    )


def _read_source(source: str | Path) -> tuple[list[tuple[str, str]], list[RuleError]]:
    """(label, text) of each rules file of a source, and the errors of reading it."""
    if isinstance(source, str) and source.startswith(PRESET_PREFIX):
        name = source[len(PRESET_PREFIX) :]
        entry = resources.files("claimcheck.presets").joinpath(f"{name}.yaml")
        if not entry.is_file():
            known = ", ".join(PRESET_PREFIX + p for p in presets())
            return [], [RuleError(source, 0, 0, f"no such preset (known: {known})")]
        return [(source, entry.read_text(encoding="utf-8"))], []
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in RULE_SUFFIXES and not p.is_dir())
        if not files:
            return [], [RuleError(str(path), 0, 0, "no rules files (*.yaml, *.yml) found")]
    elif path.is_file() or (path.exists() and not path.is_dir()) or path.is_symlink():
        files = [path]  # a FIFO, device or broken link: reading it says what it is
    else:
        return [], [RuleError(str(path), 0, 0, "rules folder or file not found")]
    texts, errors = [], []
    for file in files:
        try:
            texts.append((str(file), read_regular(file, MAX_INPUT_BYTES).decode("utf-8")))
        except FileProblem as problem:
            errors.append(RuleError(str(file), 0, 0, problem.reason))
        except UnicodeDecodeError as exc:
            errors.append(RuleError(str(file), 0, 0, f"not UTF-8 text ({exc.reason})"))
    return texts, errors


def _duplicate_errors(rules: list[Rule]) -> list[RuleError]:
    errors = []
    for field in ("id", "code"):
        first: dict[str, Rule] = {}
        for rule in rules:
            key = getattr(rule, field)
            earlier = first.setdefault(key, rule)
            if earlier is not rule:
                errors.append(
                    RuleError(
                        rule.source,
                        rule.line,
                        1,
                        f"duplicate {field} '{key}' (first defined at {earlier.origin})",
                    )
                )
    return errors


def load_rules(sources: Sequence[str | Path] = DEFAULT_SOURCES) -> RuleSet:
    """Read and validate the rules of every source, in order.

    Raises :class:`RuleLoadError` with every error found."""
    rules: list[Rule] = []
    errors: list[RuleError] = []
    for source in sources:
        texts, read_errors = _read_source(source)
        errors += read_errors
        for label, text in texts:
            parsed, parse_errors = parse_rules(text, label)
            rules += parsed
            errors += parse_errors
    errors += _duplicate_errors(rules)
    if errors:
        raise RuleLoadError(errors)
    return RuleSet(tuple(rules))
