"""Strict validation of one registry file (the v1 schema of DESIGN.md) into typed claims.

The YAML is composed into nodes rather than loaded into dicts, so every problem can point at
the offending key or value: ``claims/gpc3.yaml:12:5: unknown field 'sorce' (did you mean
'sources'?)``. Like yamllint's ``validate_rule_conf``, unknown fields, wrong types and missing
required fields are errors, never silently ignored or defaulted; all the errors of a file are
collected, so a registry owner fixes them in one pass. A claim with any error is left out of
the result. Ids that repeat across files are the loader's to find (it sees every file).

Rules, besides types: ``id`` is kebab-case; ``status`` is approved or retired; ``review_by``
is a real date; ``value`` is a point (``value``) or a range/bound (``low``/``high``), never
both, with ``low <= high`` and a unit :mod:`~claimcheck.registry.units` understands;
``tolerance.relative`` is a fraction below 1; ``sources`` holds at least one source with a
``citation`` (``url`` and ``quote`` are optional, each source needs a citation or a url).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import yaml
from rapidfuzz import fuzz, process
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimcheck.registry.errors import RegistryError
from claimcheck.registry.model import (
    STATUSES,
    RegistryClaim,
    RegistryValue,
    Source,
    Tolerance,
)
from claimcheck.registry.units import TIME_UNITS, normalise_unit, suggest_unit

CLAIM_FIELDS = (
    "id",
    "statement",
    "subject",
    "context",
    "value",
    "tolerance",
    "variants",
    "sources",
    "status",
    "review_by",
)
REQUIRED_CLAIM_FIELDS = ("id", "statement", "subject", "value", "sources", "status")
VALUE_FIELDS = ("value", "low", "high", "low_inclusive", "high_inclusive", "approx", "unit")
TOLERANCE_FIELDS = ("relative", "absolute")
SOURCE_FIELDS = ("citation", "url", "quote")

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
URL_PATTERN = re.compile(r"https?://\S+")
_TAG = "tag:yaml.org,2002:"
_TYPE_NAMES = {
    "str": "text",
    "int": "a number",
    "float": "a number",
    "bool": "true/false",
    "null": "empty",
    "timestamp": "a date",
}


class _Invalid:
    """Marks a field whose error has been recorded, so the claim is dropped."""


INVALID = _Invalid()


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return _TYPE_NAMES.get(node.tag.removeprefix(_TAG), node.tag)


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


def _did_you_mean(word: str, choices: tuple[str, ...]) -> str:
    match = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=60)
    return f" (did you mean '{match[0]}'?)" if match else ""


class _FileValidator:
    """Walks one file's node tree, recording errors with their marks and building claims."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[RegistryError] = []
        self.constructor = yaml.constructor.SafeConstructor()

    def error(self, node: Node, message: str) -> _Invalid:
        mark = node.start_mark
        self.errors.append(RegistryError(self.path, mark.line + 1, mark.column + 1, message))
        return INVALID

    # -- fields of a mapping ------------------------------------------------------------------

    def fields(
        self, node: MappingNode, allowed: tuple[str, ...], where: str
    ) -> dict[str, tuple[ScalarNode, Node]]:
        """The known fields of a mapping by name, with their key and value nodes."""
        found: dict[str, tuple[ScalarNode, Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag != _TAG + "str":
                self.error(key_node, f"field names in {where} must be text")
                continue
            name = key_node.value
            if name in found:
                first_line = found[name][0].start_mark.line + 1
                self.error(key_node, f"duplicate field '{name}' (first given on line {first_line})")
            elif name not in allowed:
                hint = _did_you_mean(name, allowed)
                self.error(key_node, f"unknown field '{name}' in {where}{hint}")
            else:
                found[name] = (key_node, value_node)
        return found

    def scalar(self, node: Node) -> Any:
        return self.constructor.construct_object(node, deep=True)

    def text(self, node: Node, name: str) -> str | _Invalid:
        if not isinstance(node, ScalarNode) or node.tag != _TAG + "str":
            return self.error(node, f"'{name}' must be text, not {_kind(node)}")
        if not node.value.strip():
            return self.error(node, f"'{name}' is empty")
        return node.value.strip()

    def number(self, node: Node, name: str) -> float | _Invalid:
        if not isinstance(node, ScalarNode) or node.tag not in (_TAG + "int", _TAG + "float"):
            return self.error(node, f"'{name}' must be a number, not {_kind(node)}")
        number = self.scalar(node)
        if not math.isfinite(number):
            return self.error(node, f"'{name}' must be a finite number")
        return number

    def flag(self, node: Node, name: str) -> bool | _Invalid:
        if not isinstance(node, ScalarNode) or node.tag != _TAG + "bool":
            return self.error(node, f"'{name}' must be true or false, not {_kind(node)}")
        return self.scalar(node)

    def text_list(self, node: Node, name: str, example: str) -> tuple[str, ...] | _Invalid:
        if not isinstance(node, SequenceNode):
            return self.error(node, f"'{name}' must be a list, e.g. {example}, not {_kind(node)}")
        items = [self.text(item, f"{name} item") for item in node.value]
        if any(item is INVALID for item in items):
            return INVALID
        return tuple(items)

    # -- the claim ----------------------------------------------------------------------------

    def claims(self, root: Node | None) -> list[RegistryClaim]:
        if root is None:
            return []
        if not isinstance(root, SequenceNode):
            self.error(
                root, f"a registry file is a list of claims ('- id: ...'), not {_kind(root)}"
            )
            return []
        parsed = (self.claim(node) for node in root.value)
        return [claim for claim in parsed if not isinstance(claim, _Invalid)]

    def claim(self, node: Node) -> RegistryClaim | _Invalid:
        if not isinstance(node, MappingNode):
            return self.error(node, f"a claim must be a mapping of fields, not {_kind(node)}")
        errors_before = len(self.errors)
        found = self.fields(node, CLAIM_FIELDS, "a claim")
        claim_id = self.claim_id(found["id"][1]) if "id" in found else INVALID
        for name in REQUIRED_CLAIM_FIELDS:
            if name not in found:
                named = f"claim '{claim_id}'" if isinstance(claim_id, str) else "claim"
                self.error(node, f"{named} is missing required field '{name}'")
        parsers: Mapping[str, Callable[[Node], Any]] = {
            "statement": lambda n: self.text(n, "statement"),
            "subject": lambda n: self.names(n, "subject"),
            "context": lambda n: self.text_list(n, "context", "[hepatocellular carcinoma, HCC]"),
            "value": self.value,
            "tolerance": self.tolerance,
            "variants": lambda n: self.text_list(n, "variants", '["an approved wording"]'),
            "sources": self.sources,
            "status": self.status,
            "review_by": self.review_by,
        }
        parsed = {name: parsers[name](found[name][1]) for name in parsers if name in found}
        if len(self.errors) > errors_before:
            return INVALID
        mark = node.start_mark
        return RegistryClaim(
            id=claim_id,
            statement=parsed["statement"],
            subject=parsed["subject"],
            context=parsed.get("context", ()),
            value=parsed["value"],
            tolerance=parsed.get("tolerance"),
            variants=parsed.get("variants", ()),
            sources=parsed["sources"],
            status=parsed["status"],
            review_by=parsed.get("review_by"),
            path=self.path,
            line=mark.line + 1,
            col=mark.column + 1,
        )

    def claim_id(self, node: Node) -> str | _Invalid:
        claim_id = self.text(node, "id")
        if isinstance(claim_id, str) and not ID_PATTERN.fullmatch(claim_id):
            return self.error(
                node,
                f"id '{claim_id}' is not kebab-case (lower-case letters, digits and single "
                f"hyphens), e.g. '{_slug(claim_id)}'",
            )
        return claim_id

    def names(self, node: Node, name: str) -> tuple[str, ...] | _Invalid:
        names = self.text_list(node, name, "[GPC3, glypican-3]")
        if names == ():
            return self.error(node, f"'{name}' is empty: give at least one name a draft may use")
        return names

    def status(self, node: Node) -> str | _Invalid:
        status = self.text(node, "status")
        if isinstance(status, str) and status not in STATUSES:
            hint = _did_you_mean(status, STATUSES)
            return self.error(node, f"status '{status}' is not one of {', '.join(STATUSES)}{hint}")
        return status

    def review_by(self, node: Node) -> date | _Invalid:
        if isinstance(node, ScalarNode) and node.tag == _TAG + "timestamp":
            try:
                when = self.scalar(node)
            except ValueError:
                return self.error(node, f"review_by '{node.value}' is not a valid date")
            if type(when) is date:
                return when
        if isinstance(node, ScalarNode) and node.tag in (_TAG + "str", _TAG + "timestamp"):
            return self.error(node, f"review_by '{node.value}' is not a date (YYYY-MM-DD)")
        return self.error(node, f"review_by must be a date (YYYY-MM-DD), not {_kind(node)}")

    # -- value and tolerance ------------------------------------------------------------------

    def value(self, node: Node) -> RegistryValue | _Invalid:
        if not isinstance(node, MappingNode):
            return self.error(
                node,
                f"'value' must be a mapping such as {{low: 70, high: 80, unit: percent}}, "
                f"not {_kind(node)}",
            )
        errors_before = len(self.errors)
        found = self.fields(node, VALUE_FIELDS, "value")
        numbers = {
            name: self.number(found[name][1], name)
            for name in ("value", "low", "high")
            if name in found
        }
        flags = {
            name: self.flag(found[name][1], name)
            for name in ("low_inclusive", "high_inclusive", "approx")
            if name in found
        }
        unit = self.unit(found["unit"][1]) if "unit" in found else None
        if "value" in found and ("low" in found or "high" in found):
            bound = "low" if "low" in found else "high"
            self.error(
                found[bound][0],
                f"value gives both 'value' and '{bound}': use 'value' for a point, "
                "'low'/'high' for a range or a bound",
            )
        elif not numbers and len(self.errors) == errors_before:
            self.error(node, "value needs 'value' (a point), or 'low' and/or 'high'")
        low = numbers.get("low", numbers.get("value"))
        high = numbers.get("high", numbers.get("value"))
        if isinstance(low, (int, float)) and isinstance(high, (int, float)) and low > high:
            self.error(found["low"][1], f"low ({low}) is greater than high ({high})")
        if len(self.errors) > errors_before:
            return INVALID
        return RegistryValue(
            low=low,
            high=high,
            low_inclusive=flags.get("low_inclusive", True),
            high_inclusive=flags.get("high_inclusive", True),
            approx=flags.get("approx", False),
            unit=unit,
        )

    def unit(self, node: Node) -> str | None | _Invalid:
        written = self.text(node, "unit")
        if isinstance(written, _Invalid):
            return written
        unit = normalise_unit(written)
        head, slash, period = written.partition("/")
        if (
            unit is None
            and slash
            and normalise_unit(head)
            and normalise_unit(period) not in TIME_UNITS
        ):
            times = ", ".join(TIME_UNITS)
            return self.error(node, f"unit '{written}': period '{period}' is not one of {times}")
        if unit is None:
            suggestion = suggest_unit(written)
            hint = (
                f" (did you mean '{suggestion}'?)"
                if suggestion
                else ": use percent, a currency code (USD), a time unit (month) "
                "or a counted noun (deaths/year)"
            )
            return self.error(node, f"unit '{written}' not understood{hint}")
        return unit

    def tolerance(self, node: Node) -> Tolerance | _Invalid:
        if not isinstance(node, MappingNode):
            return self.error(
                node, f"'tolerance' must be a mapping such as {{relative: 0.05}}, not {_kind(node)}"
            )
        errors_before = len(self.errors)
        found = self.fields(node, TOLERANCE_FIELDS, "tolerance")
        amounts = {name: self.number(found[name][1], name) for name in found}
        for name, amount in amounts.items():
            if isinstance(amount, (int, float)) and amount < 0:
                self.error(found[name][1], f"tolerance '{name}' must not be negative")
        relative = amounts.get("relative", 0.0)
        if isinstance(relative, (int, float)) and relative >= 1:
            self.error(found["relative"][1], "tolerance 'relative' is a fraction: 0.05 for 5%")
        if not found and len(self.errors) == errors_before:
            self.error(node, "tolerance needs 'relative' and/or 'absolute'")
        if len(self.errors) > errors_before:
            return INVALID
        return Tolerance(relative=relative, absolute=amounts.get("absolute", 0.0))

    # -- sources ------------------------------------------------------------------------------

    def sources(self, node: Node) -> tuple[Source, ...] | _Invalid:
        if not isinstance(node, SequenceNode):
            return self.error(node, f"'sources' must be a list of sources, not {_kind(node)}")
        if not node.value:
            return self.error(node, "'sources' is empty: add at least one source with a citation")
        sources = [self.source(item) for item in node.value]
        if any(isinstance(source, _Invalid) for source in sources):
            return INVALID
        if not any(source.citation for source in sources):
            return self.error(node, "no source has a citation: add one (authors, journal, year)")
        return tuple(sources)

    def source(self, node: Node) -> Source | _Invalid:
        if not isinstance(node, MappingNode):
            return self.error(
                node, f"a source must be a mapping with citation, url, quote, not {_kind(node)}"
            )
        errors_before = len(self.errors)
        found = self.fields(node, SOURCE_FIELDS, "a source")
        texts = {name: self.text(found[name][1], name) for name in found}
        url = texts.get("url")
        if isinstance(url, str) and not URL_PATTERN.fullmatch(url):
            self.error(found["url"][1], f"url '{url}' must start with http:// or https://")
        if not found.keys() & {"citation", "url"} and len(self.errors) == errors_before:
            self.error(node, "a source needs a citation or a url")
        if len(self.errors) > errors_before:
            return INVALID
        return Source(citation=texts.get("citation", ""), url=url, quote=texts.get("quote"))


def parse_claims(text: str, path: str) -> tuple[list[RegistryClaim], list[RegistryError]]:
    """The valid claims of one file's text, and every error found in it (in file order)."""
    validator = _FileValidator(path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return [], [RegistryError(path, line, col, f"YAML syntax error: {problem}")]
    claims = validator.claims(root)
    errors = sorted(validator.errors, key=lambda error: (error.line, error.col))
    return claims, errors
