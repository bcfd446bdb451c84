"""Each claim against its own evidence: its statement, its quotes, its derivation and its
sources' local copies (README, "Keeping the registry honest").

- The **statement** must state the value (:mod:`claimcheck.registry.figures`).
- At least one **quote** must state it, or the claim's ``derived`` arithmetic must give it
  from figures its quotes state (:mod:`claimcheck.registry.derived`). A claim with no quote
  at all cannot be checked: a warning (``unquoted``), not an error.
- Every source with a ``file`` must have that file, readable, with its quote in it
  (:mod:`claimcheck.registry.sources`); a ``page`` that is not where the quote is, is a warning.

Retired claims are not checked: they support no figure. A draft claim is checked, but its
problems are warnings: it supports no figure until a reviewer approves it, and from then on
they are errors.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from claimcheck.registry.derived import DerivationError, derive, unquoted_operands
from claimcheck.registry.errors import ERROR, WARNING, RegistryWarning
from claimcheck.registry.figures import last_digit, reading, round_to
from claimcheck.registry.model import RegistryClaim, Source
from claimcheck.registry.sources import SourceFileError, find_quote, read_source
from claimcheck.wording import figure


@dataclass(frozen=True)
class QuoteFound:
    """A quote found in its source's file: where the quote is written, and the pages."""

    path: str
    line: int
    col: int
    claim_id: str
    file: str
    pages: tuple[int, ...]  # empty for a file without pages (HTML, text without form feeds)

    def __str__(self) -> str:
        pages = ", ".join(str(page) for page in self.pages)
        where = f", page {pages}" if len(self.pages) == 1 else (f", pages {pages}" if pages else "")
        at = f"{self.path}:{self.line}:{self.col}"
        return f"{at}: found: '{self.claim_id}' quote in {self.file}{where}"


def value_text(claim: RegistryClaim) -> str:
    """The claim's value as a message shows it: ``72.3%``, ``373,000–475,000 USD``."""
    v = claim.value
    return figure(v.low, v.high, v.low_inclusive, v.high_inclusive, v.approx, v.unit)


def _problem(
    claim: RegistryClaim,
    where: tuple[int, int],
    kind: str,
    message: str,
    severity: str = ERROR,
) -> RegistryWarning:
    return RegistryWarning(
        path=claim.path,
        line=where[0],
        col=where[1],
        message=message,
        kind=kind,
        claim_id=claim.id,
        severity=severity,
    )


Note = tuple[str, str, str, str]
"""A problem with a claim's figures before it is placed: (the claim field it is shown at,
kind, message, severity). Notes are what the evidence cache keeps
(:mod:`claimcheck.registry.evidence_cache`): the field's line and column are looked up when
the problem is made, so a claim that only moved in its file is not read again."""

FIGURE_FIELDS = frozenset({"value", "derived", "sources"})
FIGURE_KINDS = frozenset({"figure", "derived", "unquoted"})


def _statement_notes(claim: RegistryClaim) -> list[Note]:
    said = reading(claim.statement, claim.value)
    if said.states:
        return []
    message = (
        f"'{claim.id}': value {value_text(claim)} is not what its statement states "
        f"({said.described()})"
    )
    return [("value", "figure", message, ERROR)]


def _derived_notes(claim: RegistryClaim, quotes: list[str]) -> list[Note]:
    assert claim.derived is not None
    value = claim.value
    try:
        derivation = derive(claim.derived)
    except DerivationError as error:
        return [("derived", "derived", f"derived '{claim.derived}': {error}", ERROR)]
    if not value.is_point:
        message = "derived gives one number: the value must be a point"
        return [("derived", "derived", message, ERROR)]
    assert value.low is not None
    notes: list[Note] = []
    missing = unquoted_operands(derivation, quotes)
    if missing:
        named = ", ".join(missing)
        message = f"derived '{claim.derived}': no quote states {named}"
        notes.append(("derived", "derived", message, ERROR))
    result = round_to(derivation.result, last_digit(value.low))
    if result != value.low:
        message = (
            f"derived '{claim.derived}' gives {derivation.result:.6g}, which rounds to "
            f"{result:g}, not the value {value_text(claim)}"
        )
        notes.append(("derived", "derived", message, ERROR))
    return notes


def quotes_of(claim: RegistryClaim) -> list[str]:
    """The claim's quotes, as the figure check reads them (its sources' non-empty quotes)."""
    return [source.quote for source in claim.sources if source.quote]


def _quote_notes(claim: RegistryClaim) -> list[Note]:
    quotes = quotes_of(claim)
    if claim.derived is not None:
        return _derived_notes(claim, quotes)
    if not quotes:
        message = (
            f"'{claim.id}': no source quotes the figure, so nothing checks it: add the "
            "source's words that carry it as 'quote'"
        )
        return [("sources", "unquoted", message, WARNING)]
    readings = []
    for quote in quotes:  # the quotes after one that states the value need not be read
        said = reading(quote, claim.value)
        if said.states:
            return []
        readings.append(said)
    stated = "; ".join(
        f"quote {number} states {said.described()}" for number, said in enumerate(readings, 1)
    )
    message = (
        f"'{claim.id}': value {value_text(claim)} is stated by no source quote ({stated}); "
        "quote the words that carry it, or say how it is computed with 'derived'"
    )
    return [("value", "figure", message, ERROR)]


def figure_notes(claim: RegistryClaim) -> list[Note]:
    """The problems of the claim's value against its statement, its quotes and its
    derivation: most of a large registry's check (each text's figures are read). They read
    the claim's id, statement, value, quotes and ``derived`` and nothing else, which is what
    the evidence cache keys them by (:func:`claimcheck.registry.evidence_cache.claim_key`)."""
    return _statement_notes(claim) + _quote_notes(claim)


def placed(claim: RegistryClaim, notes: list[Note]) -> list[RegistryWarning]:
    """The claim's ``notes`` as problems at their fields' positions."""
    return [
        _problem(claim, claim.position(where), kind, message, severity)
        for where, kind, message, severity in notes
    ]


def _file_problems(
    claim: RegistryClaim, source: Source, found: list[QuoteFound]
) -> list[RegistryWarning]:
    assert source.file is not None
    where = source.position("file")
    path = Path(claim.path).parent / source.file
    try:
        text = read_source(path)
    except SourceFileError as error:
        return [_problem(claim, where, "source", f"source file {source.file}: {error}")]
    if source.quote is None:
        return []
    pages = find_quote(source.quote, text)
    quote_at = source.position("quote")
    if not pages:
        return [
            _problem(
                claim,
                quote_at,
                "quote",
                f"'{claim.id}': quote not found in {source.file} "
                f"({len(text.pages)} page{'s' if len(text.pages) != 1 else ''} searched)",
            )
        ]
    shown = tuple(pages) if text.paged else ()
    found.append(QuoteFound(claim.path, *quote_at, claim.id, source.file, shown))
    if source.page is not None and text.paged and source.page not in pages:
        on = ", ".join(str(page) for page in pages)
        return [
            _problem(
                claim,
                source.position("page"),
                "page",
                f"'{claim.id}': quote is on page {on} of {source.file}, not page {source.page}",
                severity=WARNING,
            )
        ]
    return []


def check_evidence(
    claim: RegistryClaim, found: list[QuoteFound], notes: list[Note] | None = None
) -> list[RegistryWarning]:
    """Every problem with ``claim``'s own evidence; quotes found in files go to ``found``.
    ``notes``: its :func:`figure_notes` when already known (from the evidence cache)."""
    if claim.is_retired:
        return []
    problems = placed(claim, figure_notes(claim) if notes is None else notes)
    for source in claim.sources:
        if source.file is not None:
            problems.extend(_file_problems(claim, source, found))
    if claim.is_draft:
        return [replace(problem, severity=WARNING) for problem in problems]
    return problems
