"""The settings in force, as ``claimcheck config show [PATH]`` prints them (ruff's
``--show-settings``): which config file was found, every key with its value or default,
and, for a draft at PATH, whether it is checked, which per-path entries apply and the
severity each code and rule then has (``off``: not reported).

Paths are shown as given by the caller (relative to the working directory); the data comes
from :class:`~claimcheck.config.Config` and :func:`~claimcheck.selection.configured_severity`,
the same functions lint uses, so what is shown is what lint does.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from claimcheck.codes import CODES
from claimcheck.config import Config
from claimcheck.selection import configured_severity, path_matches, relative_path, skip_reason


@dataclass(frozen=True)
class Checked:
    """One code (or rule) and its severity: as defined, and as the config makes it."""

    code: str
    name: str
    default: str
    severity: str


def severities(config: Config, rules: Iterable[Any], path: str | None = None) -> list[Checked]:
    """Every finding code claimcheck can report, the loaded rules' included, by code."""
    entries = {
        code.code: (code.name, code.severity, None)
        for code in CODES.values()
        if not code.code.startswith(("CC2", "CC3"))  # rules define these
    }
    for rule in rules:
        entries[rule.code] = (rule.id, rule.severity, rule.id)
    return [
        Checked(code, name, default, configured_severity(config, code, default, rule, path))
        for code, (name, default, rule) in sorted(entries.items())
    ]


def settings(
    config: Config,
    rules: Iterable[Any],
    shown: Callable[[str], str],
    default_threshold: float,
    path: str | None = None,
) -> dict[str, Any]:
    """The settings as data (the JSON shape); ``shown`` turns the config's absolute paths
    into the ones to print."""
    data: dict[str, Any] = {
        "config": shown(str(config.path)) if config.path else None,
        "registry": shown(str(config.registry)) if config.registry else "claims",
        "rules": [shown(source) for source in config.rules],
        "include": list(config.include),
        "exclude": list(config.exclude),
        "baseline": shown(str(config.baseline)) if config.baseline else None,
        "fail-level": config.fail_level,
        "threshold": config.threshold if config.threshold is not None else default_threshold,
        "select": list(config.select),
        "ignore": list(config.ignore),
        "severity": dict(config.severity),
        "per-path": [override.glob for override in config.per_path],
        "executor": config.executor,
        "scheduler": config.scheduler,
    }
    if path is not None:
        relative = relative_path(path, config.root)
        data["path"] = {
            "path": path,
            "checked": skip_reason(path, config) is None,
            "reason": skip_reason(path, config),
            "per-path": [o.glob for o in config.per_path if path_matches(relative, [o.glob])],
        }
    data["codes"] = [
        {"code": c.code, "name": c.name, "default": c.default, "severity": c.severity}
        for c in severities(config, rules, path)
    ]
    return data


def format_json(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _listed(values: list[str], empty: str) -> str:
    return ", ".join(values) if values else empty


def format_text(data: dict[str, Any]) -> str:
    """One ``key: value`` line per setting, then the path's verdict, then the severities."""
    lines = [
        f"config: {data['config'] or '(none found: the defaults)'}",
        f"registry: {data['registry']}",
        f"rules: {_listed(data['rules'], '(none)')}",
        f"include: {_listed(data['include'], '(everything)')}",
        f"exclude: {_listed(data['exclude'], '(nothing)')}",
        f"baseline: {data['baseline'] or '(none)'}",
        f"fail-level: {data['fail-level']}",
        f"threshold: {data['threshold']:g}",
        f"select: {_listed(data['select'], '(every code)')}",
        f"ignore: {_listed(data['ignore'], '(nothing)')}",
        "severity: "
        + _listed([f"{key} = {value}" for key, value in data["severity"].items()], "(defaults)"),
        f"per-path: {_listed(data['per-path'], '(none)')}",
        f"executor: {data['executor']}",
        f"scheduler: {data['scheduler'] or '(none)'}",
    ]
    place = data.get("path")
    if place is not None:
        verdict = "checked" if place["checked"] else f"not checked, {place['reason']}"
        applied = _listed(place["per-path"], "none")
        lines += ["", f"{place['path']}: {verdict}; per-path entries that apply: {applied}"]
    lines += ["", "severity in force" + (f" for {place['path']}" if place else "") + ":"]
    width = max(len(entry["name"]) for entry in data["codes"])
    for entry in data["codes"]:
        changed = f" (default {entry['default']})" if entry["severity"] != entry["default"] else ""
        lines.append(f"  {entry['code']}  {entry['name']:<{width}}  {entry['severity']}{changed}")
    return "\n".join(lines) + "\n"
