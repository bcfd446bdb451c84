"""Strict validation of one registry file into typed claims (docs/registry-schema.md).

The YAML is composed into nodes rather than loaded into dicts, so every problem can point at
the offending key or value: ``claims/gpc3.yaml:12:5: unknown field 'sorce' (did you mean
'sources'?)``. Like yamllint's ``validate_rule_conf``, unknown fields, wrong types and missing
required fields are errors, never silently ignored or defaulted; all the errors of a file are
collected, so a registry owner fixes them in one pass. A claim with any error is left out of
the result. Ids that repeat across files are the loader's to find (it sees every file).

Rules, besides types: ``id`` is kebab-case; ``status`` is approved, draft or retired; ``review_by``
is a real date; ``value`` is a point (``value``) or a range/bound (``low``/``high``), never
both, with ``low <= high`` and a unit :mod:`~claimcheck.registry.units` understands;
``tolerance.relative`` is a fraction below 1; ``sources`` holds at least one source with a
``citation`` (``url`` and ``quote`` are optional, each source needs a citation or a url);
a source's ``file`` is a relative path ending in .pdf, .html, .htm, .txt or .md and its
``page`` a whole number from 1, given only with a ``file``. Whether the file exists and
holds the quote is :mod:`claimcheck.registry.sources`' to check, as is whether ``derived`` is
arithmetic (:mod:`claimcheck.registry.derived`): the schema only needs them to be text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimcheck.registry.errors import RegistryError
from claimcheck.registry.model import (
    DRAFT,
    STATUSES,
    RegistryClaim,
    RegistryValue,
    Source,
    Tolerance,
)
from claimcheck.registry.units import TIME_UNITS, normalise_unit, suggest_unit
from claimcheck.yamlschema import (
    INVALID,
    TAG,
    Invalid,
    NodeValidator,
    compose,
    did_you_mean,
    kind,
)

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
    "measure",
    "group",
    "timepoint",
    "derived",
)
MEASURE_NAMES = (
    "deaths",
    "cases",
    "survival",
    "response",
    "recurrence",
    "cost",
    "hospitalisations",
    "injuries",
    "prevalence",
    "incidence",
)
TIMEPOINT_PATTERN = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>minute|hour|day|week|month|year)s?"
    r"|(?P<unit2>day|week|month|year)\s*(?P<n2>\d+(?:\.\d+)?)",
    re.IGNORECASE,
)
"""A claim's ``timepoint``: a duration (``68 weeks``) or a trial's visit (``week 24``)."""


def parse_timepoint(text: str) -> tuple[float, str] | None:
    """``(number, unit)`` of a ``timepoint`` (``"week 24"`` -> ``(24.0, "week")``), else None."""
    found = TIMEPOINT_PATTERN.fullmatch(text.strip())
    if found is None:
        return None
    number = found.group("n") or found.group("n2")
    unit = found.group("unit") or found.group("unit2")
    return float(number), unit.lower()


REQUIRED_CLAIM_FIELDS = ("id", "statement", "subject", "value", "sources", "status")
VALUE_FIELDS = ("value", "low", "high", "low_inclusive", "high_inclusive", "approx", "unit")
TOLERANCE_FIELDS = ("relative", "absolute")
SOURCE_FIELDS = ("citation", "url", "quote", "file", "page")
SOURCE_FILE_SUFFIXES = (".pdf", ".html", ".htm", ".txt", ".md")

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
URL_PATTERN = re.compile(r"https?://\S+")
_TAG = TAG
_kind = kind
_did_you_mean = did_you_mean
_Invalid = Invalid


def _with_group_names(context: tuple[str, ...], group: tuple[str, ...]) -> tuple[str, ...]:
    """``context`` and the ``group`` items no frame slot reads (``secukinumab 300 mg``,
    ``children``, ``Hispanic adults``): such an item tells the claim from its siblings the
    way a context name does, by being said on the page, so it is one."""
    from claimcheck.verify.frames import names_a_group

    extra = tuple(item for item in group if item not in context and not names_a_group(item))
    return context + extra


STUDY_TITLED = re.compile(
    r"(?:[Tt]he\s+)?(?P<short>(?=[\w-]*[A-Z][\w-]*[A-Z0-9])[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2})"
    r"\s+(?i:trial|study|studies|cohort|registry)"
)
"""A study's name with the word for what it is after it (``ADRENAL trial``, ``the TVT study``,
``PERFECT 1 study``): the short name, in capitals (two or more) or with a digit, opens it."""


def with_study_short_names(subject: tuple[str, ...]) -> tuple[str, ...]:
    """``subject`` and the short name of each study named with "trial" or "study" after it
    (:data:`STUDY_TITLED`): pages name a study by its short name alone ("In ADRENAL, …",
    "the TVT trial"), so the short name is one of the claim's subject names too."""
    extra = []
    for name in subject:
        found = STUDY_TITLED.fullmatch(name)
        if found is None:
            continue
        short = found.group("short")
        if short not in subject and short not in extra:
            extra.append(short)
    return subject + tuple(extra)


def _slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower()))


class _FileValidator(NodeValidator):
    """Walks one file's node tree, recording errors with their marks and building claims."""

    error_type = RegistryError

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.dropped: list[tuple[str, int, int]] = []
        """``(id, line, col)`` of each claim left out for its errors whose id is valid: the
        loader still counts the id, so a duplicate of it is reported in the same run."""

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
            "sources": lambda n: self.sources(n, draft=_is_draft(found)),
            "status": self.status,
            "review_by": self.review_by,
            "measure": self.measure,
            "group": self.group,
            "timepoint": self.timepoint,
            "derived": lambda n: self.text(n, "derived"),
        }
        parsed = {name: parsers[name](found[name][1]) for name in parsers if name in found}
        mark = node.start_mark
        if len(self.errors) > errors_before:
            if isinstance(claim_id, str):
                self.dropped.append((claim_id, mark.line + 1, mark.column + 1))
            return INVALID
        return RegistryClaim(
            id=claim_id,
            statement=parsed["statement"],
            subject=with_study_short_names(parsed["subject"]),
            context=_with_group_names(parsed.get("context", ()), parsed.get("group", ())),
            value=parsed["value"],
            tolerance=parsed.get("tolerance"),
            variants=parsed.get("variants", ()),
            sources=parsed["sources"],
            status=parsed["status"],
            review_by=parsed.get("review_by"),
            measure=parsed.get("measure"),
            group=parsed.get("group", ()),
            timepoint=parsed.get("timepoint"),
            derived=parsed.get("derived"),
            marks=_marks(found),
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

    def measure(self, node: Node) -> str | _Invalid:
        measure = self.text(node, "measure")
        if isinstance(measure, str) and measure not in MEASURE_NAMES:
            hint = _did_you_mean(measure, MEASURE_NAMES)
            return self.error(
                node, f"measure '{measure}' is not one of {', '.join(MEASURE_NAMES)}{hint}"
            )
        return measure

    def group(self, node: Node) -> tuple[str, ...] | _Invalid:
        """Who the claim is about. Items frames read (an age, sex, stage, grade, control arm,
        place, schedule or course length) are frame slots; any other (a drug arm, a life
        stage such as ``children``, an ethnic or risk group) is a name the page must say,
        as a ``context`` item is (see :func:`_with_group_names`)."""
        return self.text_list(node, "group", "[placebo], [aged 65 and older], [children]")

    def timepoint(self, node: Node) -> str | _Invalid:
        timepoint = self.text(node, "timepoint")
        if isinstance(timepoint, str) and not TIMEPOINT_PATTERN.fullmatch(timepoint):
            return self.error(
                node,
                f"timepoint '{timepoint}' is not a duration such as '5 years', '68 weeks'"
                " or '2 hours', or a visit such as 'week 24'",
            )
        return timepoint

    def status(self, node: Node) -> str | _Invalid:
        status = self.text(node, "status")
        if isinstance(status, str) and status not in STATUSES:
            hint = _did_you_mean(status, STATUSES)
            return self.error(node, f"status '{status}' is not one of {', '.join(STATUSES)}{hint}")
        return status

    def review_by(self, node: Node) -> date | _Invalid:
        if isinstance(node, ScalarNode) and node.tag == _TAG + "timestamp":
            try:
                when = self.constructor.construct_object(node, deep=True)
            except ValueError:  # an impossible date (2024-13-45)
                return self.error(node, f"review_by '{node.value}' is not a valid date")
            if type(when) is date:
                return when
        if (
            isinstance(node, ScalarNode)
            and node.tag == _TAG + "str"
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", node.value)
        ):
            # a quoted date ("2030-01-01", as a YAML dumper writes it) is the same date
            try:
                return date.fromisoformat(node.value)
            except ValueError:
                return self.error(node, f"review_by '{node.value}' is not a valid date")
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

    def sources(self, node: Node, draft: bool = False) -> tuple[Source, ...] | _Invalid:
        """At least one source with a citation; a draft claim may have none yet (its
        reviewer adds them before approving it)."""
        if not isinstance(node, SequenceNode):
            return self.error(node, f"'sources' must be a list of sources, not {_kind(node)}")
        if not node.value and draft:
            return ()
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
        page = self.page(found["page"][1]) if "page" in found else None
        texts = {name: self.text(found[name][1], name) for name in found if name != "page"}
        url = texts.get("url")
        if isinstance(url, str) and not URL_PATTERN.fullmatch(url):
            self.error(found["url"][1], f"url '{url}' must start with http:// or https://")
        file = texts.get("file")
        if isinstance(file, str):
            self.source_file(found["file"][1], file)
        if "page" in found and "file" not in found:
            self.error(found["page"][0], "'page' needs a 'file': the page of which copy?")
        if not found.keys() & {"citation", "url"} and len(self.errors) == errors_before:
            self.error(node, "a source needs a citation or a url")
        if len(self.errors) > errors_before:
            return INVALID
        mark = node.start_mark
        return Source(
            citation=texts.get("citation", ""),
            url=url,
            quote=texts.get("quote"),
            file=file,
            page=page,
            line=mark.line + 1,
            col=mark.column + 1,
            marks=_marks(found),
        )

    def source_file(self, node: Node, file: str) -> None:
        if file.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", file) or "://" in file:
            self.error(node, f"file '{file}' must be a path relative to the registry file")
        elif not file.lower().endswith(SOURCE_FILE_SUFFIXES):
            self.error(
                node, f"file '{file}' is not a PDF, HTML or text file (.pdf, .html, .txt, .md)"
            )

    def page(self, node: Node) -> int | _Invalid:
        if not isinstance(node, ScalarNode) or node.tag != _TAG + "int":
            return self.error(node, f"'page' must be a whole number, not {_kind(node)}")
        page = self.scalar(node)
        if page < 1:
            return self.error(node, f"page {page} must be 1 or more (the file's first page is 1)")
        return page


def _is_draft(found: Mapping[str, tuple[Node, Node]]) -> bool:
    status = found.get("status")
    return status is not None and isinstance(status[1], ScalarNode) and status[1].value == DRAFT


def _marks(found: Mapping[str, tuple[Node, Node]]) -> tuple[tuple[str, int, int], ...]:
    """Where each field's value starts, so a later check can point at it."""
    return tuple(
        (name, value.start_mark.line + 1, value.start_mark.column + 1)
        for name, (_key, value) in found.items()
    )


def parse_claims(
    text: str, path: str, dropped: list[tuple[str, int, int]] | None = None
) -> tuple[list[RegistryClaim], list[RegistryError]]:
    """The valid claims of one file's text, and every error found in it (in file order).
    ``dropped``, when given, is extended with ``(id, line, col)`` of each claim left out for
    its errors whose id is valid (so the loader finds its duplicates too)."""
    validator = _FileValidator(path)
    root, syntax_error = compose(text)
    if syntax_error is not None:
        return [], [RegistryError(path, *syntax_error)]
    claims = validator.claims(root)
    errors = sorted(validator.errors, key=lambda error: (error.line, error.col))
    if dropped is not None:
        dropped.extend(validator.dropped)
    return claims, errors
