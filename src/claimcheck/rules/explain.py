"""The text of ``claimcheck rules list`` and ``claimcheck rules explain ID``."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

from claimcheck.codes import CODES, Code
from claimcheck.rules.model import AVOID, QUALIFY, REQUIRED, Rule, RuleSet
from claimcheck.rules.words import HEDGED_PASS, HEDGED_REPORT, HEDGED_REPORT_MODAL
from claimcheck.wording import counted

Severity = Callable[[str, str, "str | None"], str]
"""The severity in force for (code, default severity, rule id): the config's, or the default."""


HEDGED_SAYS = {
    HEDGED_PASS: "pass (a negated or hedged hit is no hit)",
    HEDGED_REPORT_MODAL: (
        "report-modal (a hit hedged by may, might, could, perhaps or maybe is still"
        " reported; a negation or another hedge passes it)"
    ),
    HEDGED_REPORT: "report (only a negation passes a hit)",
}


def _as_defined(code: str, default: str, rule: str | None = None) -> str:
    return default


def _severity_words(configured: str, default: str, where: str) -> str:
    if configured == default:
        return configured
    if configured == "off":
        return f"off in {where}: not reported; default {default}"
    return f"{configured} in {where}; default {default}"


def format_list(rules: RuleSet, severity: Severity = _as_defined) -> str:
    """One line per rule: code, id, kind, severity (as the config sets it: ``off`` when it is
    not reported), message."""
    if not len(rules):
        return "no rules\n"
    width = max(len(r.id) for r in rules)
    kind_width = max(len(r.kind) for r in rules)
    lines = [
        f"{r.code}  {r.id:<{width}}  {r.kind:<{kind_width}}  "
        f"{severity(r.code, r.severity, r.id):<7}  {r.message.replace('{match}', '…')}"
        for r in sorted(rules, key=lambda r: r.code)
    ]
    return "\n".join(lines) + f"\n{counted(len(rules), 'rule')}\n"


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(
        " ".join(text.split()), width=88, initial_indent=indent, subsequent_indent=indent
    )


FOLD_SPACE = re.compile(r"\s*\|\s*|(?<=[(\[])\s+|\s+(?=[)\]])")
"""Whitespace beside ``|`` or inside a group's brackets: a term's alternatives are read with
it dropped (``rules.words.expand_term``), and YAML's folded lines leave it where a rule file
breaks a long group (``got rid of`` / ``|banish`` loads as ``got rid of |banish``)."""


def pattern_text(term: str) -> str:
    """A term as it matches: runs of whitespace one space, none beside ``|`` or inside a
    group's brackets, where the pattern reader ignores it."""
    return FOLD_SPACE.sub(lambda m: m.group().strip(), " ".join(term.split()))


def _listing(label: str, items: tuple[str, ...]) -> list[str]:
    """One item a line, never wrapped: a line break inside a pattern reads as a space in it
    (``wipe`` / ``out``), so a long pattern stays whole and the terminal folds it."""
    return [f"{label}:", *(f'  "{pattern_text(item)}"' for item in items)] if items else []


def format_code(code: Code, severity: Severity = _as_defined, where: str = "the config") -> str:
    """A finding code that no rule file defines (CC1xx claims, CC4xx document problems); its
    severity as ``severity`` gives it (the config's), with the default when they differ."""
    said = _severity_words(severity(code.code, code.severity, None), code.severity, where)
    return "\n".join(
        [f"{code.code} {code.name} ({said})", _wrap(code.summary, ""), "", "Fix:"]
        + [_wrap(code.help), ""]
    )


def find_code(word: str) -> Code | None:
    """The finding code named by its number or its name, in any case; not the CC2xx and
    CC3xx codes, which rules define (a rule set without them has nothing to explain)."""
    wanted = word.strip()
    found = CODES.get(wanted.upper()) or next(
        (code for code in CODES.values() if code.name == wanted.lower()), None
    )
    return None if found is None or found.code.startswith(("CC2", "CC3")) else found


def format_explain(rule: Rule, severity: Severity = _as_defined, where: str = "the config") -> str:
    """Everything a user needs to know about one rule: what, why, how it matches, examples;
    its severity as ``severity`` gives it (the config's), with the default when they differ."""
    said = _severity_words(severity(rule.code, rule.severity, rule.id), rule.severity, where)
    lines = [
        f"{rule.code} {rule.id} ({rule.kind}, {said})",
        _wrap(rule.message.replace("{match}", "…"), ""),
        "",
        "Why:",
        _wrap(rule.rationale),
    ]
    if rule.suggestion:
        lines += ["Fix:", _wrap(rule.suggestion)]
    lines.append("")
    if rule.kind == REQUIRED:
        lines += _listing("Accepted wordings (any, fuzzy)", rule.any)
        place = rule.placement
        if place in ("start", "end"):
            place += f" (within {rule.within:g}% of the page)"
        lines.append(f"Placement: {place}; threshold {rule.threshold:g}")
        from claimcheck.rules.checks import disclaimer_text

        added = disclaimer_text(rule)
        lines.append(f'lint --fix adds: "{added}"' if added else "lint --fix adds: nothing")
    elif rule.kind in (AVOID, QUALIFY):
        lines += _listing("Terms (whole words and their inflections)", rule.terms)
        if rule.kind == QUALIFY:
            lines += _listing("Only near", rule.near)
            lines += _listing(f"Qualifiers (same {rule.scope})", rule.qualifiers)
        elif rule.allow_if_registry_states:
            lines.append("Allowed when a registry claim about a subject named in the sentence")
            lines.append("states it.")
        lines += _listing("Not right after", rule.unless_preceded_by)
        lines += _listing("Not right before", rule.unless_followed_by)
        if rule.kind == AVOID:
            lines.append(f"Hedged: {HEDGED_SAYS[rule.hedged]}")
    else:
        lines += _listing("Relative phrases", rule.phrases)
        lines += _listing("Change words after a percent", rule.change_words)
        lines.append(f"Absolute figures: {', '.join(rule.absolute_kinds)}")
    scope = []
    if rule.paths:
        scope.append("paths " + ", ".join(rule.paths))
    for key, values in rule.front_matter:
        scope.append(f"front matter {key}: {' | '.join(values)}")
    lines.append("Applies to: " + ("; ".join(scope) if scope else "every draft"))
    lines.append("")
    lines += ["Example reported:", *(_wrap(text) for text in rule.examples_fail)]
    lines += ["Example accepted:", *(_wrap(text) for text in rule.examples_pass)]
    lines += ["", f"Defined in {rule.origin}"]
    lines.append(
        f"Suppress in a draft: <!-- claimcheck-disable-next-line {rule.id} --> (or {rule.code})"
    )
    return "\n".join(lines) + "\n"
