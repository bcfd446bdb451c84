"""A Doc's tokens as the rules read them, in arrays: words made only where a rule reads them.

The rules compare whole words in lower case (see :mod:`claimcheck.rules.words`): a token's
text less surrounding whitespace, lower-cased, curly apostrophes made straight; whitespace,
hyphens and block breaks are no words. A page used to make a ``Word`` for every token and
then index them all; on long pages that cost more than all the rules' checks. Here one
``Doc.to_array`` call gives every token's offset, trailing space, lower-case form (spaCy's
``LOWER``: ``text.lower()``, a hash into the Doc's strings) and sentence start; each distinct
lower-case form is made a word once (a page has a few thousand, its tokens many more), and
numpy does the per-token work: which tokens are words, where each sentence's words start and
end, and in which sentences each word stands.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import TYPE_CHECKING, overload

import numpy

from claimcheck.documents.document import BLOCK_BREAK
from claimcheck.rules.words import APOSTROPHES, HYPHENS, Word

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORDS: dict[int, str | None] = {}
"""spaCy's hash of a lower-case token -> its word, or None when it is no word. Hashes are
the same in every Doc of a process's vocabulary, so each form is read once."""
_UNREAD = object()  # a form not in _WORDS yet (None there is a form that is no word)
_WORDS_MAX = 200_000  # forgotten past this many forms, so a huge archive cannot grow it
_SMALL_FORMS = 1 << 16  # a page with fewer distinct words numbers them in 16 bits


def word_of(lower: str) -> str | None:
    """The word a lower-case token text reads as, or None (whitespace, a hyphen, a block
    break): as :func:`claimcheck.rules.words.words_of` reads a token, less block breaks."""
    text = lower.strip(" \t\r\n")
    if not text or text in HYPHENS or BLOCK_BREAK in text:
        return None
    return text.translate(APOSTROPHES)


@dataclass
class PageTokens:
    """The words of a Doc: ``starts`` and ``ends`` of the tokens that are words (the *kept*
    tokens), in order, ``form`` (per kept token, its word's number in ``words_of_form``;
    ``numbering`` maps each word to its number) and ``sentence`` (per kept token, the number
    of its sentence among those that have a word). ``spans`` gives each such sentence's
    first and end position among the kept tokens."""

    starts: list[int]
    ends: list[int]
    form: numpy.ndarray
    words_of_form: list[str]
    numbering: dict[str, int]
    sentence: numpy.ndarray
    spans: list[tuple[int, int]]
    _holding: dict[str, list[int]] = field(default_factory=dict)
    _holding_any: dict[frozenset[str], int] = field(default_factory=dict)
    _masks: dict[str, int] = field(default_factory=dict)

    def words(self, first: int, end: int) -> tuple[Word, ...]:
        """The words of kept tokens ``first`` to ``end`` (exclusive)."""
        texts = self.words_of_form
        return tuple(
            map(
                _new_word,
                zip(
                    [texts[form] for form in self.form[first:end].tolist()],
                    self.starts[first:end],
                    self.ends[first:end],
                    strict=True,
                ),
            )
        )

    @cached_property
    def word_set(self) -> frozenset[str]:
        """The page's words as a set: a rule's forms (hundreds) are met with it in a set
        intersection that walks the smaller side, where ``forms & numbering.keys()`` looked
        every form up through the dictionary view's generic path, once per rule and page."""
        return frozenset(self.numbering)

    def word_at(self, position: int) -> str:
        """The word of kept token ``position``."""
        return self.words_of_form[int(self.form[position])]

    @cached_property
    def _by_form(self) -> tuple[list[int], list[int]]:
        """Every word's sentences at once: the numbers of the sentences holding word number
        n are ``numbers[bounds[n]:bounds[n + 1]]``, distinct and in order (a stable sort of
        the kept tokens by form; a form's repeats within a sentence dropped). One pass of
        numpy for the page costs less than a search per word a rule asks about."""
        forms = self.form
        if len(self.words_of_form) <= _SMALL_FORMS:
            # the same stable order, sorted by numpy's radix sort for 16-bit keys (a tenth of
            # the time of its merge sort of 64-bit ones)
            forms = forms.astype(numpy.uint16)
        order = numpy.argsort(forms, kind="stable")
        forms, sentences = self.form[order], self.sentence[order]
        if len(forms):
            first = numpy.empty(len(forms), dtype=bool)
            first[0] = True
            first[1:] = (forms[1:] != forms[:-1]) | (sentences[1:] != sentences[:-1])
            forms, sentences = forms[first], sentences[first]
        bounds = numpy.searchsorted(forms, numpy.arange(len(self.words_of_form) + 1))
        return sentences.tolist(), bounds.tolist()

    def holding(self, word: str) -> list[int]:
        """The numbers of the sentences holding ``word`` (one of :attr:`numbering`), in
        order."""
        found = self._holding.get(word)
        if found is None:
            numbers, bounds = self._by_form
            form = self.numbering[word]
            found = self._holding[word] = numbers[bounds[form] : bounds[form + 1]]
        return found

    def mask(self, word: str) -> int:
        """The sentences holding ``word`` (one of :attr:`numbering`) as a bit mask: bit n
        set for sentence n."""
        found = self._masks.get(word)
        if found is None:
            found = self._masks[word] = as_mask(self.holding(word))
        return found

    def holding_any(self, forms: frozenset[str]) -> int:
        """The sentences holding any of ``forms`` (words or not), as a bit mask (bit n for
        sentence n): one mask per word list a phrase needs, kept for the page, since the
        phrases of a page's rules share their word lists many times over (every inflection
        of a term's first word). Masks, not sets: the phrase tree (:meth:`~claimcheck.rules.
        words.PhraseFinder.holders`) joins and meets them hundreds of times a page, and an
        ``|`` or ``&`` of two Python ints is one C loop over a few machine words, where a
        set of sentence numbers was built and hashed number by number."""
        found = self._holding_any.get(forms)
        if found is None:
            numbering, mask = self.numbering, self.mask
            found = 0
            for form in forms:
                if form in numbering:
                    found |= mask(form)
            self._holding_any[forms] = found
        return found


def as_mask(numbers: Sequence[int]) -> int:
    """The bit mask with bit n set for each n of ``numbers`` (distinct, none negative)."""
    if len(numbers) < 32:
        found = 0
        for number in numbers:
            found |= 1 << number
        return found
    bits = numpy.zeros(max(numbers) + 1, dtype=bool)
    bits[numbers] = True
    return int.from_bytes(numpy.packbits(bits, bitorder="little").tobytes(), "little")


def mask_numbers(mask: int) -> list[int]:
    """The numbers of the bits set in ``mask``, in order."""
    if not mask:
        return []
    raw = numpy.frombuffer(mask.to_bytes((mask.bit_length() + 7) // 8, "little"), numpy.uint8)
    return numpy.flatnonzero(numpy.unpackbits(raw, bitorder="little")).tolist()


_new_word = partial(tuple.__new__, Word)  # Word(...) without its __new__'s Python frame


class WordView(Sequence[Word]):
    """The words of kept tokens ``first`` to ``end`` as a sequence, each made when read:
    a check that looks at a few words around each figure of a paragraph reads a handful of
    its words, not all of them. A slice is a tuple of Words."""

    __slots__ = ("_tokens", "_first", "_end", "_texts")

    def __init__(self, tokens: PageTokens, first: int, end: int) -> None:
        self._tokens, self._first, self._end = tokens, first, end
        self._texts: list[str] | None = None

    @property
    def texts(self) -> list[str]:
        """The words' texts, in order (what a phrase finder scans; a Word is made only
        where it reads more)."""
        if self._texts is None:
            forms = self._tokens.form[self._first : self._end].tolist()
            texts = self._tokens.words_of_form
            self._texts = [texts[form] for form in forms]
        return self._texts

    def __repr__(self) -> str:
        return f"WordView({tuple(self)!r})"

    def __len__(self) -> int:
        return self._end - self._first

    @overload
    def __getitem__(self, index: int) -> Word: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Word, ...]: ...

    def __getitem__(self, index: int | slice) -> Word | tuple[Word, ...]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return tuple(self[i] for i in range(start, stop, step))
            return self._tokens.words(self._first + start, self._first + max(start, stop))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("word index out of range")
        at = self._first + index
        tokens = self._tokens
        return _new_word((tokens.word_at(at), tokens.starts[at], tokens.ends[at]))

    def __iter__(self) -> Iterator[Word]:
        """The words in order, made in one pass (``Sequence``'s own iteration indexes one
        word at a time until an IndexError, several Python calls per word)."""
        return iter(self._tokens.words(self._first, self._end))

    @property
    def starts(self) -> list[int]:
        """The words' start offsets, in order."""
        return self._tokens.starts[self._first : self._end]


def page_tokens(doc: Doc) -> PageTokens:
    """The words of ``doc`` and its sentences (its ``SENT_START`` marks; the first token
    always starts one)."""
    from spacy.attrs import LOWER, SENT_START

    from claimcheck.nlp.tokenizer import doc_text
    from claimcheck.nlp.tokens import offsets

    empty = numpy.zeros(0, dtype=numpy.int64)
    if not len(doc):
        return PageTokens([], [], empty, [], {}, empty, [])
    placed = offsets(doc)  # (the extraction's term finder read them already)
    array = doc.to_array([LOWER, SENT_START])
    starts = placed[:, 0].astype(numpy.int64)
    spaced = placed[:, 1].astype(numpy.int64)
    ends = numpy.empty_like(starts)  # the next token's start less one trailing space
    ends[:-1] = starts[1:] - spaced[:-1]
    ends[-1] = len(doc_text(doc)) - spaced[-1]
    hashes, inverse = numpy.unique(array[:, 0], return_inverse=True)
    strings = doc.vocab.strings
    words = _WORDS
    if len(words) > _WORDS_MAX:
        words.clear()
    # distinct words (two lower-case forms may read as one word: "n’t" and "n't"), numbered
    # in one pass over the forms: each form's word looked up once, not read twice and then
    # walked again for its number
    numbering: dict[str, int] = {}
    numbers = []
    for key in hashes.tolist():
        word = words.get(key, _UNREAD)
        if word is _UNREAD:
            word = words[key] = word_of(strings[key])
        numbers.append(-1 if word is None else numbering.setdefault(word, len(numbering)))
    form_of_hash = numpy.array(numbers, dtype=numpy.int64)
    token_form = form_of_hash[inverse.ravel()]
    kept = numpy.flatnonzero(token_form >= 0)
    sent_start = array[:, 1] == 1
    sent_start[0] = True
    bounds = numpy.flatnonzero(sent_start)
    firsts = numpy.searchsorted(kept, bounds)
    ends_at = numpy.append(firsts[1:], len(kept))
    has_word = ends_at > firsts
    spans = list(zip(firsts[has_word].tolist(), ends_at[has_word].tolist(), strict=True))
    sentence = numpy.repeat(
        numpy.arange(len(spans), dtype=numpy.int64), (ends_at - firsts)[has_word]
    )
    return PageTokens(
        starts[kept].tolist(),
        ends[kept].tolist(),
        token_form[kept],
        list(numbering),
        numbering,
        sentence,
        spans,
    )
