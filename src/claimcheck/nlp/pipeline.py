"""The one spaCy pipeline of a process, and the pass that turns Documents into Claims."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimcheck.documents.document import MAX_DRAFT_CHARS, Document
from claimcheck.nlp import components, sentences, terms  # noqa: F401  (registers the factories)
from claimcheck.nlp.claim import Claim
from claimcheck.nlp.page_currency import page_dollar, with_page_dollar
from claimcheck.nlp.tokenizer import TOKENIZER_NAME

if TYPE_CHECKING:
    from claimcheck.registry.loader import Registry

PIPE_BATCH_SIZE = 16


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    """Blank English plus our components; built once per process (spaCy start-up is costly).

    The tokenizer is English's with only the special cases we read (see nlp/tokenizer.py)."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
    nlp.max_length = MAX_DRAFT_CHARS  # spaCy's million is for its parser, which we do not run
    nlp.add_pipe("claimcheck_blocks")
    # spaCy's sentencizer's starts, read from arrays (nlp/sentences.py); named as spaCy's is
    nlp.add_pipe("claimcheck_sentencizer", name="sentencizer")
    nlp.add_pipe("claimcheck_quantities")
    nlp.add_pipe("claimcheck_terms")
    nlp.add_pipe("claimcheck_claims")
    return nlp


NO_TERMS: tuple[str, ...] = ()


def use_registry_terms(registry: Registry | None) -> None:
    """Teach the term matcher the registry's subjects and context names (none for None)."""
    names = registry.term_names if registry is not None else NO_TERMS
    build_pipeline().get_pipe("claimcheck_terms").set_terms(names)


def analyse_documents(
    documents: Iterable[Document], registry: Registry | None = None
) -> Iterator[tuple[Document, list[Claim], Doc]]:
    """Each document with its claims and the spaCy Doc of its analysis text (tokens and
    sentences, which the rules read too: one tokenisation per draft). Claims' surfaces are
    taken from the file, not the analysis.

    The claims' ``terms`` are the names of ``registry`` (none without one), set here for
    every pass: the pipeline is one per process, and a pass must not read the names of
    whichever registry was linted last in it (``extract`` after a lint in the language
    server or a test run)."""
    use_registry_terms(registry)
    nlp = build_pipeline()
    docs = list(documents)
    texts = (document.analysis for document in docs)
    for document, doc in zip(docs, nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE), strict=True):
        claims = [_in_file(claim, document) for claim in doc._.claims]
        yield document, _in_page_dollars(claims, document), doc


def _in_page_dollars(claims: list[Claim], document: Document) -> list[Claim]:
    """The claims with a bare ``$`` read as the page's own dollar where the page says it is
    not the US one (:mod:`claimcheck.nlp.page_currency`: ``<html lang="en-AU">``, ``All
    prices are in AUD``, a ``lang="es-MX"`` page's peso)."""
    analysis = document.analysis
    if "$" not in analysis and "ollar" not in analysis and "peso" not in analysis:
        return claims
    dollar = page_dollar(document.raw, document.analysis)
    if dollar is None:
        return claims
    return [
        replace(claim, quantities=tuple(with_page_dollar(document.raw, claim.quantities, dollar)))
        for claim in claims
    ]


def extract_claims(
    documents: Iterable[Document], registry: Registry | None = None
) -> Iterator[tuple[Document, list[Claim]]]:
    """Each document with its claims (see :func:`analyse_documents`)."""
    for document, claims, _doc in analyse_documents(documents, registry):
        yield document, claims


def _in_file(claim: Claim, document: Document) -> Claim:
    """The claim with every surface and span as the file has it (see Document.source_span)."""
    quantities = []
    for quantity in claim.quantities:
        start, end = document.source_span(quantity.start, quantity.end)
        quantities.append(replace(quantity, start=start, end=end))
    groups = []
    for group in claim.groups:
        start, end = document.source_span(group.start, group.end)
        groups.append(replace(group, start=start, end=end))
    return replace(claim, quantities=tuple(quantities), groups=tuple(groups)).moved(document.raw)
