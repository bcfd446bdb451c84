"""English tokenization with only the special cases claimcheck reads.

spaCy's English defaults carry 1,347 special cases, and adding them took about 65 ms of a
one-page run (spacy.blank: 175 ms with them, 110 ms with the 401 kept). Most are emoticons
(``:-)``) and contractions written without an apostrophe (``youll``, ``Wed`` as "We" + "d"),
which no claimcheck step reads. We keep:
- every case that splits off a negation (``isn't``, ``don’t``, ``cannot``): the wording rules
  read ``n't`` and ``not`` as negations;
- abbreviations with a period (``e.g.``, ``Dr.``, ``vs.``), so the sentencizer does not end a
  sentence inside them.
Prefixes, suffixes and infixes are English's own, so ``it's`` still splits off ``'s``.

English's whitespace and dash cases (`` ``, ``\t``, ``\n``, the no-break space, ``—``) are
left out: each maps a chunk to the one token the affix rules make of it anyway, and the only
thing one adds is the no-break space's NORM of two spaces (for statistical models; nothing in
claimcheck reads NORM), which :func:`create_tokenizer` gives its lexeme instead. What they
cost was the cache: spaCy saves a chunk's tokens for reuse only while no special case has
been hit earlier in the same text (spaCy issue #13950: the flag is never reset), and nearly
every draft has a newline in its first line, so nothing was ever cached and every word went
through the prefix, suffix and infix searches again: tokenising took 6x English's time.
:class:`CachingTokenizer` also works around #13950 for the cases we keep (a draft's first
"isn't" or "e.g." stopped its caching too): it tokenises each chunk not seen before on its
own first, which caches it exactly as spaCy's fixed tokenizer would.

The suffix search looks at a token's tail only (see :func:`tail_search`): spaCy strips one
suffix at a time and searched the whole token each time, so a token of 20,000 closing
brackets took minutes (quadratic); now it takes milliseconds (linear).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy import util
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

TOKENIZER_NAME = "claimcheck.Tokenizer.v1"
"""The registered name, for a config's ``[nlp.tokenizer]`` ``@tokenizers``."""


def is_read(special_case: str, pieces: list[dict[int, Any]]) -> bool:
    """Whether claimcheck's steps read what this special case does to the text."""
    return (
        any((piece.get(NORM) or piece[ORTH]).lower() == "not" for piece in pieces)
        or "." in special_case
    )


def read_special_cases(exceptions: dict[str, list[dict[int, Any]]]) -> dict[str, Any]:
    """The special cases of ``exceptions`` that claimcheck reads (see :func:`is_read`)."""
    return {text: pieces for text, pieces in exceptions.items() if is_read(text, pieces)}


SUFFIX_WINDOW = 64
"""Characters at the end of a token that the suffix search reads; English's longest suffix is a
few characters (``km``, ``'s``, ``…``), so the result is the same as searching the whole token."""


def tail_search(search: Callable[[str], Any], window: int = SUFFIX_WINDOW) -> Callable[[str], Any]:
    """``search`` (an end-anchored suffix regex's) run on the last ``window`` characters of a
    string. spaCy uses only the match's length. A match that starts at the window's edge
    might reach further back (or depend on a look-behind there), so then the whole string
    is searched as before: the answer is always the same."""

    def search_tail(text: str) -> Any:
        if len(text) <= window:
            return search(text)
        match = search(text[-window:])
        if match is not None and match.start() == 0:
            return search(text)
        return match

    return search_tail


TEXT_KEY = "claimcheck.text"
"""``Doc.user_data`` key of the text a Doc was made from (see :func:`doc_text`)."""

CACHE_SIZE = 200_000
"""Chunks (runs of non-space or of space characters) whose tokens spaCy keeps for reuse;
its default of 10,000 fills within a few hundred pages of varied text, after which every new
chunk is split afresh each time. About 100 bytes each."""

WARM_CHUNK_MAX = 200
"""Longer chunks are not tokenised alone first (see CachingTokenizer): they are rarely
repeated, and keeping them in the seen set would cost memory for nothing."""


class CachingTokenizer(Tokenizer):
    """spaCy's Tokenizer with its cache working (spaCy issue #13950, see the module docstring)
    and the text kept on the Doc (``doc.user_data[TEXT_KEY]``).

    Before a text is tokenised, each of its chunks not seen before (``str.split``'s pieces,
    and its runs of whitespace, with and without the space spaCy drops after a word) is
    tokenised alone: spaCy caches a chunk whose tokenisation hit no special case, which a
    chunk alone always gets the chance to be. Cached tokens are the ones the affix rules
    make, and a chunk's tokens never depend on its neighbours (only the special-case
    matcher looks across chunks, and it runs on the whole text as before), so the Doc is
    the one spaCy makes without the cache: only faster."""

    def __call__(self, string: str) -> Doc:
        self._warm(string)
        doc = super().__call__(string)
        doc.user_data[TEXT_KEY] = string
        return doc

    def _warm(self, string: str) -> None:
        seen: set[str] = self.__dict__.setdefault("_seen", set())
        if len(seen) >= self.max_cache_size:
            return  # spaCy's cache is full: it saves nothing more
        chunks = set(string.split())
        chunks.update(_space_chunks(string))
        new = [chunk for chunk in chunks.difference(seen) if len(chunk) <= WARM_CHUNK_MAX]
        if not new:
            return
        tokenize = super().__call__
        for chunk in new:
            tokenize(chunk)
        seen.update(new)


SPACE_RUN = re.compile(r"\s+")
OTHER_SPACE_RUN = re.compile(r"[^\S ]\s*| \s+")
"""The runs of whitespace but a lone space, each from its first character (a run opens
with a space or another blank, and then is a lone space or goes on)."""
LONE_SPACE = re.compile(r"(?<!\s) (?!\s)")


def _space_chunks(string: str) -> set[str]:
    """The runs of whitespace (:data:`SPACE_RUN`'s matches) as spaCy's chunks: a run after a
    word loses its first character when that is a plain space (spaCy records it as the word's
    trailing space). Most runs are one space between two words: they are looked for once
    (:data:`LONE_SPACE`), not made into a string each, which cost a fifth of tokenising."""
    runs = set(OTHER_SPACE_RUN.findall(string))
    if LONE_SPACE.search(string):
        runs.add(" ")
    return runs | {run[1:] for run in runs if run[0] == " " and len(run) > 1}


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once: spaCy builds it from every token on each access, which cost
    a quarter of extraction when three components each read it."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str) or len(text) != _length(doc):
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


def _length(doc: Doc) -> int:
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text) + len(last.whitespace_)


@util.registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's English tokenizer, keeping only the special cases claimcheck reads."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        nlp.vocab["\u00a0"].norm_ = "  "  # what English's no-break space case gave its token
        return CachingTokenizer(
            nlp.vocab,
            rules=read_special_cases(defaults.tokenizer_exceptions),
            prefix_search=util.compile_prefix_regex(defaults.prefixes).search,
            suffix_search=tail_search(util.compile_suffix_regex(defaults.suffixes).search),
            infix_finditer=util.compile_infix_regex(defaults.infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
            max_cache_size=CACHE_SIZE,
        )

    return make
