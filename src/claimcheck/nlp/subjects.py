"""What a claim is about: the noun-phrase-like chunks nearest its quantities.

No statistical tagger is available (``spacy.blank("en")``), so chunks are approximated
lexically: maximal runs of content words (not stop words, not numbers, not reporting
verbs), with hyphenated names such as ``CAR-T`` kept whole. The nearest chunks on either
side of each quantity, within its clause, are what a reader would name as its subject;
the registry matcher uses them to rank candidates, and ``registry suggest`` to seed stubs.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

# Words that carry a verb's or a comparator's meaning, never a subject's.
NON_SUBJECT_WORDS = frozenset(
    """
    is are was were be been being has have had do does did show shows showed shown
    found find finds reported reports report reach reaches reached remain remains remained
    achieve achieved achieves demonstrate demonstrated demonstrates indicate indicated
    suggest suggested suggests increase increased decrease decreased reduce reduced
    improve improved improves led lead leads cost costs take takes took expressed
    more less than over under above below about around approximately nearly roughly almost
    least most up within between per percent cent estimated some fewer greater exceeds
    exceeded median mean average total
    """.split()
)
CLAUSE_BREAKS = frozenset(";:()[]—–|")
MAX_SUBJECT_CHUNKS = 4


def _is_content(token: Token) -> bool:
    text = token.text
    if token.is_space or token.is_punct or token.like_num:
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    lower = text.lower()
    return lower not in STOP_WORDS and lower not in NON_SUBJECT_WORDS


def _chunks(sentence: Span, blocked: set[int]) -> list[tuple[int, int, str]]:
    """Runs of content tokens as (first token index, last token index, text)."""
    chunks: list[tuple[int, int, str]] = []
    run: list[Token] = []

    def close() -> None:
        if run:
            text = sentence.doc[run[0].i : run[-1].i + 1].text  # doc.text would rebuild it all
            chunks.append((run[0].i, run[-1].i, text))
            run.clear()

    for token in sentence:
        joins_hyphen = (
            token.text in "-/"
            and run
            and not run[-1].whitespace_
            and token.i + 1 < len(sentence.doc)
            and not token.whitespace_
        )
        if token.i not in blocked and (_is_content(token) or joins_hyphen):
            run.append(token)
        else:
            close()
    close()
    return [c for c in chunks if c[2][-1] not in "-/"]


def _clause_of(sentence: Span, index: int) -> tuple[int, int]:
    """Token bounds of the clause around token ``index``: punctuation like ';' ends a clause."""
    start, end = sentence.start, sentence.end
    for token in sentence:
        if token.text in CLAUSE_BREAKS or token.text == ",":
            if token.i < index:
                start = token.i + 1
            elif token.i > index:
                end = token.i
                break
    return start, end


def subject_words(sentence: Span, quantity_spans: Iterable[Span]) -> tuple[str, ...]:
    """The chunks nearest each quantity in its clause, in sentence order, without repeats."""
    spans = list(quantity_spans)
    blocked = {i for span in spans for i in range(span.start, span.end)}
    chunks = _chunks(sentence, blocked)
    picked: dict[tuple[int, int, str], None] = {}
    for span in spans:
        lo, hi = _clause_of(sentence, span.start)
        near = [c for c in chunks if lo <= c[0] and c[1] < hi]
        if not near:
            near = chunks
        near.sort(key=lambda c: min(abs(c[0] - span.end), abs(span.start - c[1])))
        for chunk in near[:2]:
            picked[chunk] = None
    ordered = sorted(picked, key=lambda c: c[0])[:MAX_SUBJECT_CHUNKS]
    return tuple(text for _, _, text in ordered)
