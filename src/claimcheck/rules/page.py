"""A document as the rules read it: sentences of words, paragraphs and sections, with offsets.

Sentences come from the same tokenizer, block boundaries and sentencizer as the claims (only
those components run: no quantity finding), so a rule's sentence is a claim's sentence.
A paragraph is a block of the analysis text (between newlines and BLOCK_BREAKs); a section
runs from one heading (Markdown ``#``, HTML ``<h1>``-``<h6>``, a Word or PDF draft's heading
paragraph) to the next. Plain text has
no markup, and a line is a block there: a *heading* is a short line (at most HEADING_MAX
characters, with a letter) that does not end like a sentence or a clause (. ! ? : ; ,), is
not a list item (-, *, •...), does not end in a lower-case word that runs on ("and", "of",
"the"...) and starts afresh (the first line, after a blank line, a list item or a line that
ends a sentence), so "Current status" or "2.1 CAR-T cell therapy" open a section, while a
wrapped line, or the second line of a title, does not.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, overload

from claimcheck.documents.document import BLOCK_BREAK, Document
from claimcheck.rules.tokens import PageTokens, WordView, mask_numbers, page_tokens
from claimcheck.rules.words import PhraseFinder, Word

if TYPE_CHECKING:
    from spacy.tokens import Doc

PARAGRAPH = re.compile(rf"[^\n{BLOCK_BREAK}]+")
HEADING_MAX = 80  # a plain-text heading is a line of at most this many characters
CLOSERS = "\"'”’)]*_ \t\r"
SENTENCE_END = ".!?"
NO_HEADING_END = SENTENCE_END + ":;,"
BULLETS = tuple("-*•+·–—>|")
RUNS_ON = frozenset(  # a lower-case line ending in one of these goes on in the next line
    "a an and as at but by for from in into of on or that the to which who with".split()
)
MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
HTML_HEADING = re.compile(r"<h[1-6]\b[^>]*>(.*?)</h[1-6]\s*>", re.IGNORECASE | re.DOTALL)


class Sentence:
    """A sentence of the page: its first word's start, its last word's end, and its words
    (whitespace, hyphens and block breaks left out), made when a rule first reads them: most
    sentences of most pages are only ever read as text (a disclaimer's wording) or not at
    all, and a Word per token of the page cost more than the rules' own work."""

    __slots__ = ("start", "end", "_tokens", "_span", "_words")

    def __init__(
        self,
        start: int,
        end: int,
        words: Sequence[Word] | None = None,
        tokens: PageTokens | None = None,
        span: tuple[int, int] = (0, 0),
    ) -> None:
        self.start, self.end = start, end
        self._tokens, self._span = tokens, span
        self._words: Sequence[Word] | None = words

    @property
    def words(self) -> Sequence[Word]:
        """Its words, each made when read (:class:`WordView`), or as given."""
        if self._words is None:
            assert self._tokens is not None
            self._words = WordView(self._tokens, *self._span)
        return self._words

    def __repr__(self) -> str:
        return f"Sentence({self.start}, {self.end}, {self.words!r})"

    @property
    def last(self) -> str:
        """Its last word (read without making the others)."""
        if self._tokens is None:
            assert self._words is not None
            return self._words[-1].text
        return self._tokens.word_at(self._span[1] - 1)

    @property
    def is_question(self) -> bool:
        return self.last == "?"

    @property
    def is_statement(self) -> bool:
        """Ends like a statement (. or !): headings, labels and questions do not."""
        return self.last in (".", "!")


class Sentences(Sequence[Sentence]):
    """A page's sentences, each :class:`Sentence` made when first read and kept: a rule reads
    a few sentences of most pages (those its words stand in, a disclaimer's last block), and
    a Sentence per sentence of every page cost more than the rules' reading of them. Their
    first and end offsets (:attr:`starts`, :attr:`ends`) are read from the page's arrays,
    without making one."""

    __slots__ = ("_tokens", "_made", "starts", "ends")

    def __init__(self, tokens: PageTokens) -> None:
        self._tokens = tokens
        self._made: list[Sentence | None] = [None] * len(tokens.spans)
        starts, ends = tokens.starts, tokens.ends
        self.starts = [starts[first] for first, _end in tokens.spans]
        self.ends = [ends[end - 1] for _first, end in tokens.spans]

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> Sentence: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Sentence, ...]: ...

    def __getitem__(self, index: int | slice) -> Sentence | tuple[Sentence, ...]:
        if isinstance(index, slice):
            return tuple(self._at(number) for number in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("sentence index out of range")
        return self._at(index)

    def __iter__(self) -> Iterator[Sentence]:
        return (self._at(number) for number in range(len(self)))

    def __repr__(self) -> str:
        return f"Sentences({list(self)!r})"

    def _at(self, number: int) -> Sentence:
        made = self._made[number]
        if made is None:
            made = self._made[number] = Sentence(
                self.starts[number],
                self.ends[number],
                None,
                self._tokens,
                self._tokens.spans[number],
            )
        return made


@dataclass(frozen=True)
class Section:
    start: int  # where its heading starts (0 for the part before the first heading)
    end: int
    title: str  # "" for the part before the first heading


@dataclass(frozen=True)
class Page:
    document: Document
    sentences: Sentences
    paragraphs: tuple[tuple[int, int], ...]
    tokens: PageTokens  # what the sentences' words are read from

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        """The page's sections (see the module docstring), found when a rule first asks:
        most pages never need them (a section-scoped term or disclaimer reads them)."""
        return _sections(self.document)

    @property
    def content(self) -> tuple[int, int]:
        """Where the page's prose starts and ends."""
        if not self.sentences:
            return 0, len(self.document.raw)
        return self.sentences.starts[0], self.sentences.ends[-1]

    # Sentences, paragraphs and sections are in text order, so each lookup is a bisection: a
    # scan per lookup made a page of thousands of paragraphs quadratic.
    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [start for start, _ in self.paragraphs]

    @cached_property
    def _section_starts(self) -> list[int]:
        return [s.start for s in self.sections]

    def sentences_for(self, finder: PhraseFinder, *also: PhraseFinder) -> list[Sentence]:
        """The sentences, in order, where one of ``finder``'s phrases can match: each word
        of the phrase (in one of its forms) stands somewhere in the sentence. A rule reads
        these, not the whole page: most rules match nowhere on most pages, and a scan of
        every word per rule was most of the rules' time. With ``also``, only those where a
        phrase of each of them can match too (a term that needs a word near it)."""
        found = self._holders(finder)
        for other in also:
            if not found:
                break
            found &= self._holders(other)
        return [self.sentences[number] for number in mask_numbers(found)]

    def _holders(self, finder: PhraseFinder) -> int:
        """The sentences where one of ``finder``'s phrases can match, as a bit mask (the
        phrase tree is walked from the first words the page holds)."""
        present = finder.first_forms & self.tokens.word_set
        return finder.holders(present, self.tokens.holding_any) if present else 0

    def sentence_range(self, start: int, end: int) -> tuple[int, int]:
        """The first and end numbers of the sentences that start in [start, end)."""
        starts = self.sentences.starts
        return bisect_left(starts, start), bisect_left(starts, end)

    def words_of(self, first: int, end: int) -> WordView:
        """The words of sentences ``first`` to ``end`` (numbers, exclusive), as one sequence
        made as it is read."""
        spans = self.tokens.spans
        if first >= end:
            return WordView(self.tokens, 0, 0)
        return WordView(self.tokens, spans[first][0], spans[end - 1][1])

    def sentences_in(self, start: int, end: int) -> list[Sentence]:
        """The sentences that start in [start, end)."""
        first, end = self.sentence_range(start, end)
        return list(self.sentences[first:end])

    def finds_in(self, finder: PhraseFinder, start: int, end: int) -> bool:
        """Whether ``finder`` finds a phrase in the words of the sentences that start in
        [start, end), read as one list (``finder.any_in``). Their words are made only when
        the index cannot tell: a phrase of one plain word ("trial") is found wherever its
        word stands, and none is found where no phrase has each of its words."""
        first, last = self.sentence_range(start, end)
        if first >= last:
            return False
        present = finder.forms & self.tokens.word_set

        def stands(form: str) -> bool:
            numbers = self.tokens.holding(form)
            at = bisect_left(numbers, first)
            return at < len(numbers) and numbers[at] < last

        if any(stands(form) for form in present & finder.single_words):
            return True
        if not any(
            all(any(stands(form) for form in present & forms) for forms in needed)
            for needed in finder.needing(present)
        ):
            return False
        return finder.any_in([w for s in self.sentences[first:last] for w in s.words])

    def section_of(self, offset: int) -> Section:
        """The section holding ``offset`` (the page as one section when it has none)."""
        index = bisect_right(self._section_starts, offset) - 1
        if index >= 0 and offset < self.sections[index].end:
            return self.sections[index]
        return Section(0, len(self.document.raw), "")

    def paragraphs_holding(self, offsets: Iterable[int]) -> list[tuple[int, int]]:
        """The paragraphs, in order, that hold one of ``offsets`` (each once)."""
        starts, found = self._paragraph_starts, set()
        for offset in offsets:
            index = bisect_right(starts, offset) - 1
            if index >= 0 and offset < self.paragraphs[index][1]:
                found.add(index)
        return [self.paragraphs[index] for index in sorted(found)]

    def paragraph_of(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0 and offset < self.paragraphs[index][1]:
            return self.paragraphs[index]
        return offset, offset


def _ending(line: str) -> str:
    """The last character of a line that is not a closing quote, bracket or emphasis."""
    stripped = line.rstrip(CLOSERS)
    return stripped[-1] if stripped else ""


def _text_headings(document: Document) -> list[tuple[int, str]]:
    """The heading lines of a plain-text draft (see the module docstring), as (start, title)."""
    headings = []
    previous = ""  # the line before, stripped ("" at the top and after a blank line)
    offset = 0
    for text in document.analysis.split("\n"):
        line_start, offset = offset, offset + len(text) + 1
        line = text.strip()
        if not line:
            previous = ""
            continue
        heading = (  # the cheap tests first: most lines are long or follow a clause
            len(line) <= HEADING_MAX
            and (not previous or _ending(previous) in SENTENCE_END or previous.startswith(BULLETS))
            and _ending(line) not in NO_HEADING_END
            and not line.startswith(BULLETS)
            and any(ch.isalpha() for ch in line)
            and not ((last_word := line.split()[-1]).islower() and last_word in RUNS_ON)
        )
        if heading:
            start = line_start + len(text) - len(text.lstrip())
            headings.append((start, document.raw[start : start + len(line)]))
        previous = line
    return headings


def _sections(document: Document) -> tuple[Section, ...]:
    if document.blocks:  # a Word or PDF draft: its heading paragraphs
        headings = [
            (block.start, document.raw[block.start : block.end])
            for block in document.blocks
            if block.kind == "heading"
        ]
    elif document.format in ("markdown", "html"):
        pattern = MARKDOWN_HEADING if document.format == "markdown" else HTML_HEADING
        headings = [
            (m.start(), re.sub(r"<[^>]+>", "", m.group(1)).strip())
            for m in pattern.finditer(document.raw)
            if document.analysis[m.start(1) : m.end(1)].strip()  # not in code or a comment
        ]
    else:
        headings = _text_headings(document)
    starts = [0] + [start for start, _ in headings]
    titles = [""] + [title for _, title in headings]
    ends = starts[1:] + [len(document.raw)]
    return tuple(
        Section(start, end, title)
        for start, end, title in zip(starts, ends, titles, strict=True)
        if end > start
    )


def page_of(document: Document, doc: Doc | None = None) -> Page:
    """The page the rules read. ``doc`` is the extraction's Doc of ``document.analysis`` (its
    sentences come from the same tokenizer, block boundaries and sentencizer); without it,
    those three run here."""
    if doc is None:
        from claimcheck.nlp.pipeline import build_pipeline

        nlp = build_pipeline()
        doc = nlp.make_doc(document.analysis)
        for name in ("claimcheck_blocks", "sentencizer"):
            doc = nlp.get_pipe(name)(doc)
    tokens = page_tokens(doc)
    return Page(document, Sentences(tokens), _paragraphs(document.analysis), tokens)


def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each paragraph of an analysis text: each run of characters
    between newlines and block breaks that is not all whitespace (``PARAGRAPH``'s matches),
    found line by line, since a line without a block break is one run (a search of the
    pattern over the whole text cost as much as making the page's words)."""
    spans = []
    offset = 0
    for line in text.split("\n"):
        end = offset + len(line)
        if line and not line.isspace():
            if BLOCK_BREAK in line:
                spans.extend(
                    m.span()
                    for m in PARAGRAPH.finditer(text, offset, end)
                    if not m.group().isspace()
                )
            else:
                spans.append((offset, end))
        offset = end + 1
    return tuple(spans)
