"""English tokenization with only the special cases claimcheck reads.

spaCy's English defaults carry 1,347 special cases, and adding them took about 65 ms of a
one-page run (spacy.blank: 175 ms with them, 110 ms with the 401 kept). Most are emoticons
(``:-)``) and contractions written without an apostrophe (``youll``, ``Wed`` as "We" + "d"),
which no claimcheck step reads. We keep:
- every case that splits off a negation (``isn't``, ``don’t``, ``cannot``): the wording rules
  read ``n't`` and ``not`` as negations;
- abbreviations with a period (``e.g.``, ``Dr.``, ``vs.``), so the sentencizer does not end a
  sentence inside them;
- the whitespace and dash cases.
Prefixes, suffixes and infixes are English's own, so ``it's`` still splits off ``'s``.

The suffix search looks at a token's tail only (see :func:`tail_search`): spaCy strips one
suffix at a time and searched the whole token each time, so a token of 20,000 closing
brackets took minutes (quadratic); now it takes milliseconds (linear).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy import util
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

TOKENIZER_NAME = "claimcheck.Tokenizer.v1"
"""The registered name, for a config's ``[nlp.tokenizer]`` ``@tokenizers``."""


def is_read(special_case: str, pieces: list[dict[int, Any]]) -> bool:
    """Whether claimcheck's steps read what this special case does to the text."""
    return (
        any((piece.get(NORM) or piece[ORTH]).lower() == "not" for piece in pieces)
        or "." in special_case
        or special_case.isspace()
        or special_case == "—"
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


@util.registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's English tokenizer, keeping only the special cases claimcheck reads."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=read_special_cases(defaults.tokenizer_exceptions),
            prefix_search=util.compile_prefix_regex(defaults.prefixes).search,
            suffix_search=tail_search(util.compile_suffix_regex(defaults.suffixes).search),
            infix_finditer=util.compile_infix_regex(defaults.infixes).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return make
