"""Claims proposed from a source document: one draft stub per figure its sentences state.

``claimcheck registry draft SOURCE_FILE`` reads a source's local copy (PDF, HTML or text, as
:mod:`claimcheck.registry.sources` reads it), runs its text page by page through the same
pipeline as a draft (so figures, group labels and subjects are read as they are in drafts),
and proposes one stub per figure: the sentence as the statement and as the quote, the file
and page it came from, ``status: draft``. Each stub passes ``registry check`` as written; the
reviewer trims the statement to the claim, fills in the citation and approves it.

PDF text is joined before reading: a line-end hyphen before a lower-case letter is a
hyphenation (``sur-`` + ``vival``), a short line with no punctuation before a capital is a
heading, any other line break a space, so a sentence set over several lines is one sentence
(the quote still matches the file, whose check ignores spacing and hyphens). P values are not
proposed (no page repeats one as a claim), nor are group labels (never figures).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from claimcheck.registry.sources import SourceText
from claimcheck.registry.suggest import figure_subjects, stub_for

_HYPHENATED = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
_LINE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")
_HEADING = re.compile(r"^([^\n.:;,]{1,50})\n(?=[A-Z])", re.MULTILINE)
"""A short line without a sentence's punctuation before a capital: a heading ("Results")."""


def running_text(page: str) -> str:
    """A page's text with its line-end hyphenations joined and its lines run together;
    paragraphs (a blank line) and headings (a short line with no punctuation, before a line
    that starts with a capital) stay apart."""
    text = _HYPHENATED.sub("", page.replace("\r", ""))
    text = _HEADING.sub(lambda match: match.group(1) + "\n\n", text)
    return _LINE_BREAK.sub(" ", text)


@dataclass(frozen=True)
class Proposal:
    """One figure of a source and the sentence stating it, with the page (None: unpaged)."""

    sentence: str
    quantity: dict[str, Any]
    subject: list[str]
    groups: list[str]
    page: int | None


def proposals(source: SourceText) -> Iterator[Proposal]:
    """Every figure of ``source``, page by page, in reading order."""
    from claimcheck.documents.reader import read_document
    from claimcheck.nlp.pipeline import extract_claims
    from claimcheck.verify.frames import names_a_group

    documents = [
        read_document(f"page-{number}.txt", running_text(page).encode("utf-8"))
        for number, page in enumerate(source.pages, 1)
    ]
    for number, (_document, claims) in enumerate(extract_claims(documents), 1):
        for claim in claims:
            sentence = " ".join(claim.text.split())
            names = [name for _start, _end, name in claim.outer_terms]
            groups = [label.text for label in claim.groups if names_a_group(label.text)]
            for quantity in claim.quantities:
                if quantity.statistic == "P":
                    continue
                start, end = quantity.start - claim.start, quantity.end - claim.start
                subject = figure_subjects(claim.text, start, end, quantity.unit, names)
                yield Proposal(
                    sentence,
                    quantity.to_dict(),
                    subject,
                    groups,
                    number if source.paged else None,
                )


def stub_from(
    proposal: Proposal, file: str, citation: str, id_prefix: str = "", today: date | None = None
) -> dict[str, Any]:
    """The registry stub for ``proposal``: a draft whose one source is ``file`` (relative to
    the registry file the stub will be saved in), quoting the sentence."""
    stub = stub_for(
        proposal.sentence,
        proposal.quantity,
        subject=proposal.subject,
        today=today,
        group=proposal.groups,
    )
    if id_prefix:
        stub["id"] = f"{id_prefix}-{stub['id']}"
    source: dict[str, Any] = {"citation": citation, "quote": proposal.sentence, "file": file}
    if proposal.page is not None:
        source["page"] = proposal.page
    stub["sources"] = [source]
    return stub
