"""spaCy's rule-based sentencizer, read from the Doc's arrays instead of a Token per token.

spaCy's ``Sentencizer`` walks every token as a ``Token`` object (its text and ``is_punct``):
over the shared drafts that was a third of the time our cached tokenizer takes, and the
pipeline's only per-token Python objects. :class:`ArraySentencizer` gives every token the
same sentence start from two arrays (``ORTH``, ``IS_PUNCT``) and numpy, and sets them in one
``Doc.from_array`` call; tokens an earlier component marked (:class:`BlockBoundaries`) are
left as they are, as spaCy's does without ``overwrite``. ``tests/test_sentences.py`` compares
the two on generated and shared texts.

spaCy's rule, as its ``predict`` states it: the first token starts a sentence; after a token
whose text is one of ``punct_chars`` (a full stop, ``?``, ``!`` …), the next token that is
neither punctuation nor one of ``punct_chars`` starts one. So a token starts a sentence when
it is such a plain token and one of ``punct_chars`` stands between it and the plain token
before it (or the document's start).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import IS_PUNCT, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc


class ArraySentencizer(Sentencizer):
    """``Sentencizer`` with the same sentence starts, worked out on arrays (see above)."""

    def __init__(self, name: str = "sentencizer", **kwargs: object) -> None:
        super().__init__(name, **kwargs)
        self._punct_ids = numpy.array(
            sorted({get_string_id(char) for char in self.punct_chars}), dtype=numpy.uint64
        )

    def predict(self, docs: Iterable[Doc]) -> list[numpy.ndarray]:  # type: ignore[override]
        """Per document, a boolean array: whether each token starts a sentence."""
        return [self._starts(doc) for doc in docs]

    def _starts(self, doc: Doc) -> numpy.ndarray:
        starts = numpy.zeros(len(doc), dtype=bool)
        if not len(doc):
            return starts
        rows = doc.to_array([ORTH, IS_PUNCT])
        orths = rows[:, 0]
        ids = self._punct_ids  # the tokens of punct_chars, by hash (a sorted search: isin
        at = numpy.searchsorted(ids, orths)  # sorts the whole array, twice the cost) …
        at[at == len(ids)] = 0
        ends = ids[at] == orths
        if ends.any():  # … confirmed by their text: a hash is no proof
            strings = doc.vocab.strings
            found = numpy.unique(orths[ends]).tolist()
            wrong = [o for o in found if strings[o] not in self.punct_chars]
            if wrong:
                ends &= ~numpy.isin(orths, numpy.array(wrong, dtype=numpy.uint64))  # (never yet)
        plain = numpy.flatnonzero(~ends & (rows[:, 1] == 0))
        seen = numpy.concatenate(([0], numpy.cumsum(ends)))  # seen[k]: ends before token k
        before = numpy.concatenate(([0], plain[:-1] + 1))  # just after the plain token before
        starts[plain[seen[plain] > seen[before]]] = True
        starts[0] = True
        return starts

    def set_annotations(self, docs: Iterable[Doc], batch_tag_ids: list[numpy.ndarray]) -> None:  # type: ignore[override]
        """Each token's start as spaCy's sets it: 1 or -1 where no component set one (any,
        with ``overwrite``), in one array."""
        if isinstance(docs, Doc):
            docs = [docs]
        for doc, starts in zip(docs, batch_tag_ids, strict=True):
            if not len(doc):
                continue
            current = doc.to_array([SENT_START])
            no_start = ~current.dtype.type(0)  # all bits: -1, "not a start"
            unset = numpy.ones(len(doc), dtype=bool) if self.overwrite else current == 0
            current[unset] = numpy.where(numpy.asarray(starts, dtype=bool)[unset], 1, no_start)
            doc.from_array([SENT_START], current)


@Language.factory(
    "claimcheck_sentencizer",
    default_config={"punct_chars": None, "overwrite": False},
)
def make_array_sentencizer(
    nlp: Language, name: str, punct_chars: list[str] | None, overwrite: bool
) -> ArraySentencizer:
    return ArraySentencizer(name, punct_chars=punct_chars, overwrite=overwrite)
