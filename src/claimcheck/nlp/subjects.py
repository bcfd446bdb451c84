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
    kill kills killed cause causes caused affect affects affected account accounts accounted
    make makes made record records recorded live lives lived die dies died occur occurs
    occurred receive receives received respond responds responded relapse relapses relapsed
    survive survives survived treat treats treated enrol enrols enrolled enroll enrolls
    include includes included involve involves involved cost lose loses lost gain gains gained
    rise rises rose risen fall falls fell fallen reach reaches reported estimate estimates
    carry carries carried express expresses develop develops developed remain stay stays
    stayed become becomes became help helps helped need needs needed take took taken get gets
    got give gives gave given see sees saw seen find finds found typically usually often
    still now nearly roughly plus versus alone
    """.split()
)
CLAUSE_BREAKS = frozenset(";:—–|")
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
    """The chunks nearest each quantity in its clause, one on each side, in sentence order."""
    spans = list(quantity_spans)
    blocked = {i for span in spans for i in range(span.start, span.end)}
    chunks = _chunks(sentence, blocked)
    picked: dict[tuple[int, int, str], None] = {}
    for span in spans:
        lo, hi = _clause_of(sentence, span.start)
        near = [c for c in chunks if lo <= c[0] and c[1] < hi] or chunks
        left = [c for c in near if c[1] < span.start]
        right = [c for c in near if c[0] >= span.end]
        if left:  # what the figure is about usually comes before it ("GPC3 is found in 70%")
            picked[max(left, key=lambda c: c[1])] = None
        if right:  # … or right after it ("70% of hepatocellular carcinomas")
            picked[min(right, key=lambda c: c[0])] = None
    texts = dict.fromkeys(text for _, _, text in sorted(picked, key=lambda c: c[0]))
    return tuple(texts)[:MAX_SUBJECT_CHUNKS]
