"""How `claimcheck extract` prints what it found: text for people, JSON for tools.

The JSON is a contract (README, "claimcheck extract"): ``{"documents": [{"path", "claims":
[{"text", "start", "end", "quantities": [...], "groups": [...]}], "extracted_text"}]}``;
other fields are extras a reader may ignore. ``extracted_text`` is a Word or PDF draft's
extracted text, the text its offsets index (null for the other formats, whose offsets index
the file). ``groups`` are the claim's group labels (who its figures are
about, README).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from claimcheck.display import shown_path
from claimcheck.documents.document import Document
from claimcheck.findings import place_label
from claimcheck.nlp.claim import Claim
from claimcheck.nlp.quantities.groups import GroupLabel
from claimcheck.nlp.quantity import Quantity

Extraction = tuple[Document, list[Claim]]


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if value == int(value) and abs(value) >= 1000 else f"{value:g}"


def describe(quantity: Quantity) -> str:
    """The reading of a quantity in interval notation: ``[70, 80] percent``, ``(70, ∞) percent``."""
    low = "-∞" if quantity.low is None else _number(quantity.low)
    high = "∞" if quantity.high is None else _number(quantity.high)
    left = "[" if quantity.low is not None and quantity.low_inclusive else "("
    right = "]" if quantity.high is not None and quantity.high_inclusive else ")"
    reading = _number(quantity.low) if quantity.is_point else f"{left}{low}, {high}{right}"
    parts = [("~" if quantity.approx else "") + reading]
    if quantity.statistic:
        parts.insert(0, quantity.statistic)
    if quantity.unit:
        parts.append(quantity.unit)
    if quantity.spread is not None:
        parts.append(_spread(quantity))
    if quantity.role in ("systolic", "diastolic"):
        parts.append(f"({quantity.role})")
    elif quantity.role == "strength":
        parts.append("(a product's strength)")
    elif quantity.role:
        parts.append(f"({quantity.role} a change)")
    return " ".join(parts)


def _spread(quantity: Quantity) -> str:
    """``± 3.1``, ``SD 9``, ``95% CI [0.6, 0.9]``."""
    spread = quantity.spread
    assert spread is not None
    if spread.value is not None:
        return (
            f"± {_number(spread.value)}"
            if spread.kind == "±"
            else f"{spread.kind} {spread.value:g}"
        )
    level = f"{spread.level:g}% " if spread.level is not None else ""
    high = "∞" if spread.high is None else _number(spread.high)  # "(95% CI 18.3–NR)"
    return f"{level}{spread.kind} [{_number(spread.low)}, {high}]"


def describe_group(group: GroupLabel) -> str:
    """A group label's reading: ``women aged 38–40 = [38, 40] year``."""
    low = "-∞" if group.low is None else _number(group.low)
    high = "∞" if group.high is None else _number(group.high)
    left = "[" if group.low is not None and group.low_inclusive else "("
    right = "]" if group.high is not None and group.high_inclusive else ")"
    reading = (
        low if group.low is not None and group.low == group.high else f"{left}{low}, {high}{right}"
    )
    return f"{reading} {group.unit}"


def position(document: Document, offset: int, page: int | None = None) -> str:
    """``line:col``, or a Word or PDF draft's ``¶12:col`` / ``p3:¶2:col`` (as lint says)."""
    line, col = document.line_col(offset)
    return place_label(line, col, *document.place(offset, page))


def _place(document: Document, record: dict, offset: int, page: int | None = None) -> None:
    """A Word or PDF draft's records also carry their paragraph and page."""
    if not document.editable:
        record["paragraph"], record["page"] = document.place(offset, page)


def format_text(extractions: Iterable[Extraction]) -> str:
    """One ``path:line:col`` line per quantity, with its reading, what it is about and the
    group it is for (``for: 'women aged 38–40' = [38, 40] year``)."""
    lines = []
    for document, claims in extractions:
        for warning in document.warnings:
            where = position(document, warning.start, warning.page)
            lines.append(f"{document.path}:{where}: {warning.code} {warning.message}")
        for claim in claims:
            about = f"  (about: {', '.join(claim.subject)})" if claim.subject else ""
            if claim.groups:
                groups = "; ".join(f"{g.text!r} = {describe_group(g)}" for g in claim.groups)
                about += f"  (for: {groups})"
            for quantity in claim.quantities:
                where = position(document, quantity.start)
                lines.append(
                    f"{document.path}:{where}: {quantity.text!r} = {describe(quantity)}{about}"
                )
    # each line starts with the draft's path: shown, never obeyed (see claimcheck.display)
    return "".join(shown_path(line) + "\n" for line in lines)


def to_json_dict(extractions: Iterable[Extraction]) -> dict:
    documents = []
    for document, claims in extractions:
        claim_dicts = []
        for claim in claims:
            claim_dict = claim.to_dict()
            claim_dict["line"], claim_dict["col"] = document.line_col(claim.start)
            _place(document, claim_dict, claim.start)
            for item in (*claim_dict["quantities"], *claim_dict["groups"]):
                item["line"], item["col"] = document.line_col(item["start"])
                _place(document, item, item["start"])
            claim_dicts.append(claim_dict)
        documents.append(
            {
                "path": document.path,
                "format": document.format,
                "warnings": [_warning(document, w) for w in document.warnings],
                "claims": claim_dicts,
                # a Word or PDF draft's offsets index the text claimcheck extracted from it
                "extracted_text": None if document.editable else document.raw,
            }
        )
    return {"documents": documents}


def format_extracted(extractions: Iterable[Extraction]) -> str:
    """The text claimcheck reads the one draft as: a Word or PDF draft's extracted text (one
    line per paragraph), else the file's own text; every offset of a finding indexes it."""
    [(document, _claims)] = list(extractions)
    return document.raw


def _warning(document: Document, warning) -> dict:
    record = {
        "code": warning.code,
        "message": warning.message,
        "start": warning.start,
        "end": warning.end,
        "line": document.line_col(warning.start)[0],
        "col": document.line_col(warning.start)[1],
    }
    _place(document, record, warning.start, warning.page)
    return record


def format_json(extractions: Iterable[Extraction]) -> str:
    return json.dumps(to_json_dict(extractions), ensure_ascii=False, indent=2) + "\n"
