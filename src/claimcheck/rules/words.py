"""Words, not substrings: the token matcher, inflections and the negation window of the rules.

No statistical model (and so no lemmatizer table) is available, so a trigger word is expanded
into its regular inflections (``cure`` -> cure, cures, cured, curing) and compared with whole
tokens of spaCy's tokenizer: "secure", "procurement" and "incurable" are other tokens, never
"cure". Hyphens are ignored on both sides, so "FDA-approved" and "FDA approved" are one
phrase. Forms a suffix rule cannot make (``curative``, ``proven``) are listed as their own
terms in the rule.

A rule's term is a small pattern, so that one term names a family of wordings rather than
one example of it (see :func:`expand_term`): ``(a|b c)`` is one of the alternatives,
``[a|b]`` optionally one of them, ``...`` up to three words of the same clause (``...5``: up
to five), and ``!(a|b)`` or ``!a`` says the next word is none of these (zero-width; it looks
past a short bracketed aside, so "carcinoma (HCC) cells" is followed by "cells").
"(no|zero|without) [any|known] side effect" is six wordings, each with its inflections.
Registry subjects are matched literally (:class:`PhraseFinder`), never as patterns.

A hit is *negated* when a negation (``not``, ``no``, ``never``, ``without``, ``lack``, ``far
from``...) stands within six words before it, or ``not``/``never``/``elusive``/
``ineffective``... within three words after it ("a cure remains elusive", "proven
ineffective"); it is *hedged* when a hedge stands there: a possibility or an intent before it
(``potential(ly)``, ``possible``, ``may``, ``might``, ``could``, ``whether``, ``too early``,
``hope``, ``aims to``, ``designed to``...) or a part of a group (``most people``, ``some
patients``) or a purpose (``given to``, ``used to``), or after it an uncertainty or a limit
to whom it applies (``unclear``, ``unknown``, ``depends``, ``varies``, ``in some``, ``in a
few``, ``in certain``, ``in 12 of``, ``in 30% of``...). Both look only within the clause:
commas, semicolons, dashes, brackets and "but"/"however"/"although" end a clause.

Whether a hedge silences a hit is each rule's choice (its ``hedged`` field, see
:data:`HEDGE_POLICIES`): a modal (``may``, ``might``, ``could``, ``perhaps``, ``maybe``: "may
cure", "could reverse") leaves a cure or a guarantee promised, while a possibility named as
such, an intent, a purpose, an uncertainty or a part of a group ("potentially curative",
"hope to cure", "given to shrink", "in some patients") defuses it. Negation always silences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from claimcheck.documents.document import BLOCK_BREAK

HYPHENS = frozenset("-‐‑")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})
CLAUSE_BREAKS = frozenset(
    {",", ";", ":", "—", "–", "(", ")", "[", "]", "but", "however", "although", "though"}
    | {"whereas", "while", ".", "!", "?", BLOCK_BREAK}
)
NEGATION_BEFORE: tuple[tuple[str, ...], ...] = (
    *((word,) for word in "not n't no never without nor neither none nothing unlikely".split()),
    # nobody promises it, and a debunking frame quotes a claim to deny it: "nobody can
    # promise a cure", "it is a myth that herbs have no side effects", "falsely claims"
    *((word,) for word in "nobody myth myths false falsely untrue debunk debunked".split()),
    *((word,) for word in "debunking misconception misconceptions".split()),
    ("lack",),
    ("lacks",),
    ("far", "from"),
    ("rather", "than"),
    ("instead", "of"),
    ("yet", "to"),
)
MODAL_HEDGE_BEFORE: tuple[tuple[str, ...], ...] = tuple(
    (word,) for word in "may might could perhaps maybe".split()
)
"""A possibility said with a modal verb or adverb: "may cure", "could reverse", "perhaps a
miracle"."""
OTHER_HEDGE_BEFORE: tuple[tuple[str, ...], ...] = (
    # "potentially curative options" and "a potential cure under study" are clinical usage
    *((word,) for word in "whether potential potentially possible possibly".split()),
    *((word,) for word in "hope hopes hoped".split()),
    # a doubt said first: "it is unclear if the drug could cure hepatitis"
    *((word,) for word in "unclear uncertain unknown doubtful questionable".split()),
    ("too", "early"),
    *(
        (quantifier, group)  # "most people have no side effects": not everyone
        for quantifier in "some many most few".split()
        for group in "people patients adults children women men users of".split()
    ),
    *((word, "to") for word in "aim aims aimed aiming designed intended meant".split()),
    *((word, "to") for word in "given used".split()),  # a purpose: "given to shrink it"
    *((word, "to") for word in "try tries trying attempt attempts seek seeks".split()),
)
"""An intent, a purpose or a part of a group: "hope to cure", "given to shrink", "most people"."""
HEDGE_BEFORE = MODAL_HEDGE_BEFORE + OTHER_HEDGE_BEFORE

HEDGED_PASS, HEDGED_REPORT_MODAL, HEDGED_REPORT = "pass", "report-modal", "report"
HEDGE_POLICIES = (HEDGED_PASS, HEDGED_REPORT_MODAL, HEDGED_REPORT)
"""What a hedge does to a rule's hit: ``pass`` (any hedge silences it), ``report-modal`` (a
modal possibility does not; other hedges do), ``report`` (only negation silences it)."""
NEGATION_AFTER = frozenset(
    {"not", "n't", "never", "elusive", "unlikely", "ineffective", "unsuccessful"} | {"insufficient"}
)
HEDGE_AFTER: tuple[tuple[str, ...], ...] = (
    *((word,) for word in "uncertain unclear unknown difficult challenging".split()),
    *((word,) for word in "depends depend depended varies vary varied".split()),
    ("in", "some"),
    ("in", "a", "few"),
    ("in", "few"),
    ("in", "certain"),
    ("in", "selected"),
    ("in", "a", "minority"),
    ("in", "a", "subset"),
    ("for", "some"),
)
DEBUNKED_AFTER = frozenset(
    "false untrue myth myths wrong unfounded baseless bogus nonsense debunked misleading".split()
)
"""Words that deny a claim said before them, within :data:`DEBUNK_WINDOW` words of its
clause: "claims that it cures cancer are false", "that vinegar cures gout is a myth"."""
DEBUNK_WINDOW = 5
FEW_NOT_AFTER = frozenset({"a"})
"""``few`` denies ("few drugs are completely safe": most are not), ``a few`` does not."""
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten half".split())
WINDOW_BEFORE = 6
WINDOW_AFTER = 3


class Word(NamedTuple):
    """A token as the matcher sees it: lower-cased text and its offsets in the file (a named
    tuple: pages make one per token, and a frozen dataclass took twice as long to build)."""

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


GAP_WORDS = 3  # what "..." in a term may skip
GAP = re.compile(r"\.\.\.(\d*)$")
NOT_NEXT = re.compile(r"!(?:\(([^()]*)\)|(\S+))$")
SPECIAL = re.compile(r"(\.\.\.\d*|!\([^()]*\)|!\S+)")


class TermSyntaxError(ValueError):
    """A rule term that is not a well-formed pattern (the message says what is wrong)."""


@dataclass(frozen=True)
class Gap:
    """Up to ``most`` words of the same clause."""

    most: int


@dataclass(frozen=True)
class NotNext:
    """The next word is none of ``forms`` (or there is none); matches no word itself."""

    forms: frozenset[str]


Element = frozenset[str] | Gap | NotNext
Pattern = tuple[Element, ...]


def expand_term(term: str) -> list[str]:
    """The plain phrases a term stands for: ``(a|b)`` is one of, ``[a|b]`` optionally one of.

    ``...N`` and ``!(a|b)`` are kept whole for :func:`term_pattern`. Groups do not nest.
    Raises TermSyntaxError for an unbalanced or nested bracket or an empty alternative."""
    pieces: list[list[str]] = []
    i = 0
    while i < len(term):
        char = term[i]
        if char in "([" and not (char == "(" and term[i - 1 : i] == "!"):
            close = ")" if char == "(" else "]"
            end = term.find(close, i + 1)
            inner = term[i + 1 : end] if end >= 0 else ""
            if end < 0:
                raise TermSyntaxError(f"'{char}' at character {i + 1} is not closed by '{close}'")
            if any(c in inner for c in "()[]"):
                raise TermSyntaxError(f"'{char}' at character {i + 1}: groups do not nest")
            alternatives = [" ".join(a.split()) for a in inner.split("|")]
            if not all(alternatives):
                raise TermSyntaxError(f"'{char}{inner}{close}' has an empty alternative")
            pieces.append(alternatives + ([""] if char == "[" else []))
            i = end + 1
        elif char in ")]":
            raise TermSyntaxError(f"'{char}' at character {i + 1} closes nothing")
        else:
            end = i + 1
            while end < len(term) and term[end] not in "()[]":
                end += 1
            if term[end : end + 1] == "(" and term[end - 1] == "!":
                end = term.find(")", end) + 1 or len(term)
                if term[end - 1] != ")":
                    raise TermSyntaxError(f"'!(' at character {i + 1} is not closed by ')'")
            pieces.append([term[i:end]])
            i = end
    phrases = [""]
    for alternatives in pieces:
        phrases = [f"{p} {a}" for p in phrases for a in alternatives]
    return list(dict.fromkeys(" ".join(p.split()) for p in phrases if p.strip()))


def _words_of_text(text: str) -> list[str]:
    from claimcheck.nlp.pipeline import build_pipeline

    return [w.text for w in words_of(build_pipeline().tokenizer(" ".join(text.split())))]


@lru_cache(maxsize=4096)
def pattern_of(phrase: str) -> tuple[frozenset[str], ...]:
    """A literal phrase as the forms each of its words may take (hyphens ignored)."""
    return tuple(inflections(word) for word in _words_of_text(phrase))


def check_term(term: str) -> list[str]:
    """The phrases of a term (:func:`expand_term`), each checked to start with a word and not
    to end in a gap; no tokenizer is needed, so loading rules stays cheap.

    Raises TermSyntaxError on the first problem."""
    phrases = expand_term(term)
    for phrase in phrases:
        pieces = [p.strip() for p in SPECIAL.split(phrase) if p.strip()]
        if not pieces or SPECIAL.fullmatch(pieces[0]):
            raise TermSyntaxError(f"'{phrase}' must start with a word")
        if GAP.match(pieces[-1]):
            raise TermSyntaxError(f"'{phrase}' must not end in '...'")
    return phrases


@lru_cache(maxsize=4096)
def term_pattern(phrase: str) -> Pattern:
    """One phrase of :func:`check_term` as the elements it matches, in order."""
    pattern: list[Element] = []
    for piece in SPECIAL.split(phrase):
        piece = piece.strip()
        if not piece:
            continue
        if gap := GAP.match(piece):
            pattern.append(Gap(int(gap.group(1) or GAP_WORDS)))
        elif not_next := NOT_NEXT.match(piece):
            words = (not_next.group(1) or not_next.group(2)).split("|")
            forms = (f for w in words for word in _words_of_text(w) for f in inflections(word))
            pattern.append(NotNext(frozenset(forms)))
        else:
            pattern.extend(pattern_of(piece))
    return tuple(pattern)


def match_at(words: Sequence[Word], index: int, pattern: Pattern) -> int | None:
    """The end of the shortest match of ``pattern`` starting at words[index], or None."""
    return _match(texts_of(words), index, pattern)


def texts_of(words: Sequence[Word]) -> Sequence[str]:
    """The words' texts: all a pattern compares (a page's words give them without making
    each Word; see :class:`claimcheck.rules.tokens.WordView`)."""
    texts = getattr(words, "texts", None)
    return texts if texts is not None else [word.text for word in words]


def _match(texts: Sequence[str], index: int, pattern: Pattern, at: int = 0) -> int | None:
    """:func:`match_at` on the words' texts, from element ``at`` of the pattern on."""
    count = len(texts)
    while at < len(pattern):
        element = pattern[at]
        if isinstance(element, frozenset):
            if index < count and texts[index] in element:
                index, at = index + 1, at + 1
                continue
            return None
        if isinstance(element, NotNext):
            if index < count and texts[index] in element.forms:
                return None
            aside = _aside_end(texts, index)  # "carcinoma (HCC) cells": the word after it
            if aside is not None and aside < count and texts[aside] in element.forms:
                return None
            at += 1
            continue
        for skipped in range(element.most + 1):  # a Gap
            if skipped and (index + skipped > count or texts[index + skipped - 1] in CLAUSE_BREAKS):
                return None
            end = _match(texts, index + skipped, pattern, at + 1)
            if end is not None:
                return end
        return None
    return index


ASIDE_WORDS = 3  # the longest bracketed aside "!" looks past: "(HCC)", "(stage 3)"


def _aside_end(texts: Sequence[str], index: int) -> int | None:
    """The index after a short bracketed aside that opens at texts[index], if one does."""
    if index >= len(texts) or texts[index] != "(":
        return None
    for end in range(index + 1, min(len(texts), index + ASIDE_WORDS + 2)):
        if texts[end] == ")":
            return end + 1
    return None


def _reach(pattern: Pattern) -> int:
    """The most words a match of ``pattern`` can span."""
    return sum(
        1 if isinstance(e, frozenset) else e.most if isinstance(e, Gap) else 0 for e in pattern
    )


class _Node:
    """A branch of :class:`PhraseFinder`'s tree of required word lists: whether a phrase's
    list ends here, and the word lists that follow."""

    __slots__ = ("ends", "next")

    def __init__(self) -> None:
        self.ends = False
        self.next: dict[frozenset[str], _Node] = {}


class PhraseFinder:
    """Finds any of several phrases in a list of words, on whole tokens and inflections.

    ``PhraseFinder(phrases)`` takes phrases literally (registry subjects);
    :meth:`of_terms` reads rule terms as patterns (see :func:`expand_term`)."""

    def __init__(self, phrases: Iterable[str], *, as_terms: bool = False) -> None:
        self.by_first: dict[str, list[tuple[str, Pattern]]] = {}
        for phrase in phrases:
            expanded = check_term(phrase) if as_terms else [phrase]
            for each in expanded:
                pattern: Pattern = term_pattern(each) if as_terms else pattern_of(phrase)
                if not pattern:
                    continue
                first = pattern[0]
                if not isinstance(first, frozenset):  # a word of punctuation only, e.g. "-"
                    continue
                for form in first:
                    self.by_first.setdefault(form, []).append((phrase, pattern))
        for candidates in self.by_first.values():
            candidates.sort(key=lambda item: -_reach(item[1]))  # the longest phrase first
        self.required: frozenset[tuple[frozenset[str], ...]] = frozenset(
            tuple(e for e in pattern if isinstance(e, frozenset))
            for candidates in self.by_first.values()
            for _, pattern in candidates
        )
        """Per phrase, the word forms it needs: a phrase can match in a list of words only
        if each of these sets has a word there (gaps and "not next" need none)."""
        self.forms: frozenset[str] = frozenset(
            form for needed in self.required for forms in needed for form in forms
        )
        """Every form some phrase needs."""
        self.single_words: frozenset[str] = frozenset(
            form
            for candidates in self.by_first.values()
            for _, pattern in candidates
            if len(pattern) == 1
            for form in pattern[0]
        )
        """The forms of the phrases that are one word and nothing else ("trial"): where
        one stands, :meth:`find` finds a phrase."""
        self._needing: dict[str, list[tuple[frozenset[str], ...]]] = {}
        for needed in self.required:  # by the forms of the phrase's first word
            for form in needed[0]:
                self._needing.setdefault(form, []).append(needed)
        self._tree: dict[frozenset[str], _Node] = {}  # the required word lists as a tree
        for needed in self.required:
            level, node = self._tree, None
            for forms in needed:
                node = level.setdefault(forms, _Node())
                level = node.next
            if node is not None:
                node.ends = True
        self._roots: dict[str, list[frozenset[str]]] = {}
        for forms in self._tree:
            for form in forms:
                self._roots.setdefault(form, []).append(forms)
        self.first_forms: frozenset[str] = frozenset(self._roots)
        """The forms a phrase's first word may take: :meth:`holders` starts from those
        present, and no phrase can match where none is."""
        self._by_last: dict[str, list[tuple[Pattern, int]]] = {}
        self._open_ended: list[tuple[Pattern, int]] = []  # "cure ... !(x)" may end in its gap
        for pattern in dict.fromkeys(
            pattern for candidates in self.by_first.values() for _, pattern in candidates
        ):
            last = max(i for i, e in enumerate(pattern) if isinstance(e, frozenset))
            if any(isinstance(e, Gap) for e in pattern[last:]):
                self._open_ended.append((pattern, _reach(pattern)))
                continue
            for form in pattern[last]:
                self._by_last.setdefault(form, []).append((pattern, _reach(pattern)))

    def needing(self, present: Iterable[str]) -> set[tuple[frozenset[str], ...]]:
        """The entries of :attr:`required` whose first word has one of ``present``'s forms:
        no other phrase can match where only those forms stand."""
        return {needed for form in present for needed in self._needing.get(form, ())}

    def holders(self, present: Iterable[str], holding_any: Callable[[frozenset[str]], int]) -> int:
        """The places (sentence numbers) where every word list of some phrase of
        :attr:`required` holds a word, as a bit mask (bit n for place n): ``holding_any(forms)``
        gives the places holding any of ``forms`` as such a mask, ``present`` the forms found
        anywhere. The word lists are walked as a tree (phrases sharing their first words share
        a branch) and a branch is left as soon as no place holds all of its words."""
        found = 0
        stack: list[tuple[_Node, int]] = []
        for forms in {forms for form in present for forms in self._roots.get(form, ())}:
            here = holding_any(forms)
            if here:
                stack.append((self._tree[forms], here))
        while stack:
            node, holding = stack.pop()
            if node.ends:
                found |= holding
            for forms, child in node.next.items():
                both = holding & holding_any(forms)
                if both:
                    stack.append((child, both))
        return found

    @classmethod
    def of_terms(cls, terms: Iterable[str]) -> PhraseFinder:
        return cls(terms, as_terms=True)

    def find(self, words: Sequence[Word]) -> list[tuple[int, int, str]]:
        """Non-overlapping hits as (first word index, end word index, phrase): at each word,
        the first phrase (longest first) that matches there."""
        hits: list[tuple[int, int, str]] = []
        texts = texts_of(words)
        by_first = self.by_first
        resume = 0  # the end of the last hit: hits do not overlap
        for i in [i for i, text in enumerate(texts) if text in by_first]:
            if i < resume:
                continue
            for phrase, pattern in by_first[texts[i]]:
                end = _match(texts, i, pattern)
                if end is not None:
                    hits.append((i, end, phrase))
                    resume = end
                    break
        return hits

    def any_in(self, words: Sequence[Word]) -> bool:
        return bool(self.find(words))

    def starts_at(self, words: Sequence[Word], index: int) -> bool:
        """Whether one of the phrases starts at words[index] ("curative *surgery*")."""
        if index >= len(words):
            return False
        texts = texts_of(words)
        candidates = self.by_first.get(texts[index], ())
        return any(_match(texts, index, pattern) is not None for _, pattern in candidates)

    def ends_at(self, words: Sequence[Word], end: int) -> bool:
        """Whether one of the phrases ends just before words[end] ("*non*-curative"). A
        phrase's match ends with its last word ("not next" matches no word), so only the
        phrases whose last word is words[end - 1] are tried, and those whose gap may end
        them ("cure ... !(x)")."""
        if not 0 < end <= len(words):
            return False
        texts = texts_of(words)
        return any(
            _match(texts, start, pattern) == end
            for candidates in (self._by_last.get(texts[end - 1], ()), self._open_ended)
            for pattern, reach in candidates
            for start in range(max(0, end - reach), end)
        )


class Cues:
    """Cue word tuples (:data:`NEGATION_BEFORE`, :data:`HEDGE_AFTER` …) filed by their first
    word: a hit's window holds a few words and a cue list runs to dozens, so a window is read
    word by word and only the cues opening with that word are compared (sliding every cue
    along the window was most of :func:`negated`'s time)."""

    __slots__ = ("_by_first", "_anywhere")

    def __init__(self, cues: Iterable[tuple[str, ...]]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        self._anywhere = False  # an empty cue stands in every window, as a slide finds it
        for cue in cues:
            if not cue:
                self._anywhere = True
                continue
            self._by_first.setdefault(cue[0], []).append(cue)

    def in_window(self, window: Sequence[str]) -> bool:
        """Whether one of the cues stands in ``window`` as consecutive words."""
        if self._anywhere:
            return True
        by_first = self._by_first
        for k, word in enumerate(window):
            for cue in by_first.get(word, ()):
                if tuple(window[k : k + len(cue)]) == cue:
                    return True
        return False


NEGATION_CUES = Cues(NEGATION_BEFORE)
MODAL_HEDGE_CUES = Cues(MODAL_HEDGE_BEFORE)
OTHER_HEDGE_CUES = Cues(OTHER_HEDGE_BEFORE)
HEDGE_AFTER_CUES = Cues(HEDGE_AFTER)


def _texts_in(words: Sequence[Word], start: int, end: int) -> Sequence[str]:
    """The texts of words[start:end], read from the words' texts when they give them (a
    page's :class:`~claimcheck.rules.tokens.WordView`), without making a Word each."""
    texts = getattr(words, "texts", None)
    if texts is not None:
        return texts[start:end]
    return [word.text for word in words[start:end]]


def negated(words: Sequence[Word], start: int, end: int, *, hedged: str = HEDGED_PASS) -> bool:
    """Whether the hit words[start:end] is negated, or hedged in a way that ``hedged`` (one
    of :data:`HEDGE_POLICIES`) lets silence it, within its clause; see the module docstring
    for the cues."""
    before: list[str] = []
    for text in reversed(_texts_in(words, max(0, start - WINDOW_BEFORE), start)):
        if text in CLAUSE_BREAKS or text in ("and", "but"):
            break  # "has no side effects and may cure …": the "no" is not the cure's
        before.insert(0, text)
    after: list[str] = []
    for text in _texts_in(words, end, end + max(WINDOW_AFTER, DEBUNK_WINDOW)):
        if text in CLAUSE_BREAKS or text in ("and", "or"):
            break
        after.append(text)
    if any(w in DEBUNKED_AFTER for w in after):
        return True
    after = after[:WINDOW_AFTER]
    if NEGATION_CUES.in_window(before) or any(w in NEGATION_AFTER for w in after):
        return True
    if _few_before(before):
        return True
    if hedged == HEDGED_REPORT:
        return False
    if hedged == HEDGED_PASS and MODAL_HEDGE_CUES.in_window(before):
        return True
    return (
        OTHER_HEDGE_CUES.in_window(before)
        or HEDGE_AFTER_CUES.in_window(after)
        or _part_of_group(after)
    )


def _few_before(before: Sequence[str]) -> bool:
    """``few`` (not ``a few``) before a hit: "few drugs are completely safe" says most are not."""
    return any(
        word == "few" and (k == 0 or before[k - 1] not in FEW_NOT_AFTER)
        for k, word in enumerate(before)
    )


PART_MARKERS = frozenset({"of", "%", "percent", "out"})


def _part_of_group(after: Sequence[str]) -> bool:
    """Whether the words after a hit limit it to a share: "in 12 of 40", "in 30% of"."""
    return (
        len(after) >= 3
        and after[0] == "in"
        and (after[1][:1].isdigit() or after[1] in NUMBER_WORDS)
        and after[2] in PART_MARKERS
    )
