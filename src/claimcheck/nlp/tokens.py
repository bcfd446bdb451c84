"""A Doc's tokens read as plain lists, without a Python ``Token`` per token.

``for token in doc`` and ``doc[i]`` build a ``Token`` object each time; on long pages that
cost as much as tokenising. A token's text is the Doc's text from its offset to the next
token's, less the one space spaCy records as its trailing whitespace, so two arrays
(``IDX``, ``SPACY``) and the text give every token's text and offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, SPACY
from spacy.tokens import Doc

from claimcheck.nlp.tokenizer import doc_text


@dataclass(frozen=True)
class TokenRows:
    """Per token, in order: its text, start and end offsets in the Doc's text, and whether
    one space follows it (``Token.whitespace_``)."""

    texts: list[str]
    starts: list[int]
    ends: list[int]
    spaced: list[bool]


OFFSETS_KEY = "claimcheck.offsets"
"""``Doc.user_data`` key of the Doc's ``IDX`` and ``SPACY`` columns (see :func:`offsets`)."""


def offsets(doc: Doc) -> numpy.ndarray:
    """``doc.to_array([IDX, SPACY])``, read once per Doc: the term finder reads each token's
    offset and trailing space in extraction, and the rules' page (``rules/tokens.
    page_tokens``) reads them again from the same Doc."""
    array = doc.user_data.get(OFFSETS_KEY)
    if not isinstance(array, numpy.ndarray) or len(array) != len(doc):
        array = doc.user_data[OFFSETS_KEY] = doc.to_array([IDX, SPACY])
    return array


def token_rows(doc: Doc) -> TokenRows:
    if not len(doc):
        return TokenRows([], [], [], [])
    text = doc_text(doc)
    array = offsets(doc)
    starts = array[:, 0].tolist()  # a column at a time: a list per row costs 10x as much
    trailing = array[:, 1].tolist()
    ends = [following - space for following, space in zip(starts[1:], trailing, strict=False)]
    ends.append(len(text) - trailing[-1])
    texts = [text[start:end] for start, end in zip(starts, ends, strict=True)]
    return TokenRows(texts, starts, ends, [space == 1 for space in trailing])
