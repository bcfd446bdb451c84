"""Words, not substrings: the token matcher, inflections and the negation window of the rules.

No statistical model (and so no lemmatizer table) is available, so a trigger word is expanded
into its regular inflections (``cure`` -> cure, cures, cured, curing) and compared with whole
tokens of spaCy's tokenizer: "secure", "procurement" and "incurable" are other tokens, never
"cure". Hyphens are ignored on both sides, so "FDA-approved" and "FDA approved" are one
phrase. Forms a suffix rule cannot make (``curative``, ``proven``) are listed as their own
terms in the rule.

A hit is negated or hedged when a cue (``not``, ``no``, ``never``, ``without``, ``cannot``,
``too early``, ``far from``, ``whether``, ``potential(ly)``...) stands within six words before
it, or ``not``/``never``/``elusive``/``uncertain``/``ineffective``... within three words
after it ("a cure remains elusive", "proven ineffective"), in the same clause: commas,
semicolons, dashes, brackets and "but"/"however"/"although" end a clause.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.documents.document import BLOCK_BREAK

HYPHENS = frozenset("-‐‑")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
CLAUSE_BREAKS = frozenset(
    {",", ";", ":", "—", "–", "(", ")", "[", "]", "but", "however", "although", "though"}
    | {"whereas", "while", ".", "!", "?", BLOCK_BREAK}
)
NEGATION_BEFORE: tuple[tuple[str, ...], ...] = (
    *(
        (word,)
        for word in "not n't no never without nor neither none nothing unlikely whether".split()
    ),
    *((word,) for word in "potential potentially possible possibly hope hopes hoped".split()),
    ("lack",),
    ("lacks",),
    ("too", "early"),
    ("far", "from"),
    ("rather", "than"),
    ("instead", "of"),
    ("yet", "to"),
)
NEGATION_AFTER = frozenset(
    {"not", "n't", "never", "elusive", "unlikely", "uncertain", "unclear", "unknown"}
    | {"ineffective", "unsuccessful", "insufficient", "difficult", "challenging"}
)
WINDOW_BEFORE = 6
WINDOW_AFTER = 3


@dataclass(frozen=True)
class Word:
    """A token as the matcher sees it: lower-cased text and its offsets in the file."""

    text: str
    start: int
    end: int


def inflections(word: str) -> frozenset[str]:
    """The regular inflections of a lower-case word: plural/3rd person, past, -ing."""
    forms = {word}
    if not word.isalpha() or len(word) < 3:
        return frozenset(forms)
    if word.endswith("ee"):
        forms |= {word + "s", word + "d", word + "ing"}
    elif word.endswith("e"):
        forms |= {word + "s", word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and word[-2] not in "aeiou":
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif word.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {word + "es", word + "ed", word + "ing"}
    else:
        forms |= {word + "s", word + "ed", word + "ing"}
        if word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # stop -> stopped
    return frozenset(forms)


def words_of(tokens: Iterable, offset: int = 0) -> list[Word]:
    """The words of spaCy tokens (whitespace and hyphens dropped), with file offsets."""
    words = []
    for token in tokens:
        text = token.text.strip(" \t\r\n")
        if not text or text in HYPHENS:
            continue
        if BLOCK_BREAK in text:
            text = BLOCK_BREAK
        start = token.idx + offset
        words.append(Word(text.lower().translate(APOSTROPHES), start, start + len(token.text)))
    return words


@lru_cache(maxsize=4096)
def pattern_of(phrase: str) -> tuple[frozenset[str], ...]:
    """A phrase as the forms each of its words may take (hyphens ignored)."""
    from claimcheck.nlp.pipeline import build_pipeline

    tokens = build_pipeline().tokenizer(" ".join(phrase.split()))
    return tuple(inflections(word.text) for word in words_of(tokens))


class PhraseFinder:
    """Finds any of several phrases in a list of words, on whole tokens and inflections."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.by_first: dict[str, list[tuple[str, tuple[frozenset[str], ...]]]] = {}
        for phrase in phrases:
            pattern = pattern_of(phrase)
            if not pattern:
                continue
            for form in pattern[0]:
                self.by_first.setdefault(form, []).append((phrase, pattern))
        for candidates in self.by_first.values():
            candidates.sort(key=lambda item: -len(item[1]))  # the longest phrase first

    def find(self, words: Sequence[Word]) -> list[tuple[int, int, str]]:
        """Non-overlapping hits as (first word index, end word index, phrase)."""
        hits = []
        i = 0
        while i < len(words):
            for phrase, pattern in self.by_first.get(words[i].text, ()):
                end = i + len(pattern)
                if end <= len(words) and all(
                    words[i + k].text in forms for k, forms in enumerate(pattern)
                ):
                    hits.append((i, end, phrase))
                    i = end - 1
                    break
            i += 1
        return hits

    def any_in(self, words: Sequence[Word]) -> bool:
        return bool(self.find(words))

    def _matches(self, words: Sequence[Word], start: int, pattern: tuple) -> bool:
        end = start + len(pattern)
        return (
            start >= 0
            and end <= len(words)
            and all(words[start + k].text in forms for k, forms in enumerate(pattern))
        )

    def starts_at(self, words: Sequence[Word], index: int) -> bool:
        """Whether one of the phrases starts at words[index] ("curative *surgery*")."""
        if index >= len(words):
            return False
        candidates = self.by_first.get(words[index].text, ())
        return any(self._matches(words, index, pattern) for _, pattern in candidates)

    def ends_at(self, words: Sequence[Word], end: int) -> bool:
        """Whether one of the phrases ends just before words[end] ("*non*-curative")."""
        return any(
            self._matches(words, end - len(pattern), pattern)
            for candidates in self.by_first.values()
            for _, pattern in candidates
        )


def negated(words: Sequence[Word], start: int, end: int) -> bool:
    """Whether the hit words[start:end] is negated or hedged within its clause."""
    before: list[str] = []
    for word in reversed(words[max(0, start - WINDOW_BEFORE) : start]):
        if word.text in CLAUSE_BREAKS:
            break
        before.insert(0, word.text)
    for cue in NEGATION_BEFORE:
        n = len(cue)
        if any(tuple(before[k : k + n]) == cue for k in range(len(before) - n + 1)):
            return True
    for word in words[end : end + WINDOW_AFTER]:
        if word.text in CLAUSE_BREAKS or word.text in ("and", "or"):
            break
        if word.text in NEGATION_AFTER:
            return True
    return False
