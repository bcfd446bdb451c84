"""YAML stubs of registry claims for figures no registry claim supports.

A stub is a starting point for a reviewer, not an approved claim: it carries the draft's
sentence as the statement and the draft's figure as the value, and its ``sources`` list is
empty. The stub therefore loads with the schema except for one error, ``'sources' is empty``,
on purpose: it cannot be used until a reviewer adds a source (and trims the subject names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

import yaml

from claimcheck.registry.model import APPROVED

ID_WORDS = 6
SUBJECT_WORDS = 3
REVIEW_COMMENT = "# TODO reviewer: add a source (citation, url, quote), check value and subject"
_STOPWORDS = frozenset(
    {
        *("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "had", "has", "have"),
        *("in", "is", "it", "its", "of", "on", "or", "than", "that", "the", "their", "this"),
        *("to", "was", "were", "which", "with", "more", "less", "over", "under", "about"),
        *("around", "nearly", "approximately", "up", "per"),
    }
)


def _content_words(sentence: str) -> list[str]:
    words = re.findall(r"[a-z][a-z0-9]*", sentence.lower())
    return [word for word in words if word not in _STOPWORDS]


def _one_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _value(quantity: Mapping[str, Any]) -> dict[str, Any]:
    """The registry ``value`` mapping for a quantity in the ``Quantity.to_dict()`` shape."""
    low, high = quantity.get("low"), quantity.get("high")
    value: dict[str, Any] = {}
    if low is not None and low == high:
        value["value"] = _number(low)
    else:
        if low is not None:
            value["low"] = _number(low)
            if not quantity.get("low_inclusive", True):
                value["low_inclusive"] = False
        if high is not None:
            value["high"] = _number(high)
            if not quantity.get("high_inclusive", True):
                value["high_inclusive"] = False
    if quantity.get("approx"):
        value["approx"] = True
    if quantity.get("unit"):
        value["unit"] = quantity["unit"]
    return value


def stub_for(
    sentence: str,
    quantity: Mapping[str, Any],
    subject: Sequence[str] = (),
    today: date | None = None,
) -> dict[str, Any]:
    """A registry entry for ``sentence`` asserting ``quantity``, keys in the schema's order.

    ``subject`` are the names the draft used (its matched terms); without them the first
    content words of the sentence stand in, for the reviewer to narrow.
    """
    words = _content_words(sentence)
    names = list(subject) or words[:SUBJECT_WORDS] or ["todo"]
    return {
        "id": "-".join(words[:ID_WORDS]) or "unsupported-claim",
        "statement": " ".join(sentence.split()),
        "subject": names,
        "value": _value(quantity),
        "sources": [],
        "status": APPROVED,
        "review_by": _one_year_after(today or date.today()),
    }


def _unique_ids(stubs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, int] = {}
    unique = []
    for stub in stubs:
        count = seen.get(stub["id"], 0) + 1
        seen[stub["id"]] = count
        unique.append(stub if count == 1 else {**stub, "id": f"{stub['id']}-{count}"})
    return unique


def dump_stubs(stubs: Iterable[dict[str, Any]]) -> str:
    """The stubs as one YAML registry file, each under a comment asking for sources; ids that
    repeat get a ``-2``, ``-3`` suffix so the file has no duplicate ids."""
    blocks = []
    for stub in _unique_ids(stubs):
        body = yaml.safe_dump(
            [stub], sort_keys=False, allow_unicode=True, default_flow_style=None, width=100
        )
        blocks.append(f"{REVIEW_COMMENT}\n{body}")
    return "\n".join(blocks)
