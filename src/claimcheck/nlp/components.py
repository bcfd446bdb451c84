"""claimcheck's spaCy components, registered as factories.

They run on ``spacy.blank("en")``: no statistical model is needed or downloaded.
- ``claimcheck_blocks`` starts a sentence after every line or block break, so a sentence never
  runs across a heading, list item or table cell (the document readers keep those as breaks);
- ``claimcheck_quantities`` finds the quantities (``doc.spans["quantities"]``, the tokens of
  each, and ``doc._.quantities``, the :class:`~claimcheck.nlp.quantity.Quantity` of each span
  in the same order: several may share a token, ``days 1,8,15``, and a span's ``._`` values are
  keyed by its characters, so they cannot live there) and the group labels that
  name who they are about (``doc._.groups``, character offsets: a label such as
  ``over-40s`` need not fall on token boundaries);
- ``claimcheck_claims`` groups them by sentence into :class:`~claimcheck.nlp.claim.Claim`s
  (``doc._.claims``), with the words they are about.
The ``spacy_factories`` entry points in pyproject.toml make ``nlp.add_pipe`` work without
importing this module first.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import NamedTuple

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from claimcheck.documents.document import BLOCK_BREAK
from claimcheck.nlp.age_lists import age_item_labels
from claimcheck.nlp.bare_ages import with_bare_ages
from claimcheck.nlp.cell_scales import with_header_scale
from claimcheck.nlp.cell_units import with_header_hedge, with_header_unit
from claimcheck.nlp.claim import CellText, Claim
from claimcheck.nlp.count_shares import with_counts_kept
from claimcheck.nlp.elided_units import with_elided_units
from claimcheck.nlp.frame_headers import (
    course_row_labels,
    frames_as_a_band,
    frames_cells,
    framing_headers,
    stratifier_row_headers,
)
from claimcheck.nlp.header_statistics import with_header_statistics, without_statistic
from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantities.accounting_brackets import negative_in_brackets
from claimcheck.nlp.quantities.first_chars import PeriodAnchored
from claimcheck.nlp.quantities.groups import GroupLabel, find_group_labels
from claimcheck.nlp.quantities.verb_counts import counted_parts
from claimcheck.nlp.quantity import Quantity
from claimcheck.nlp.rate_leads import with_rate_lead
from claimcheck.nlp.reference_ranges import with_reference_units
from claimcheck.nlp.share_points import with_share_points
from claimcheck.nlp.shared_periods import with_shared_periods
from claimcheck.nlp.statistic_columns import as_column_statistic
from claimcheck.nlp.subjects import subject_words
from claimcheck.nlp.tables import (
    CellHeaders,
    age_column_cells,
    age_row_headers,
    count_of_total_cells,
    header_spans,
    label_row_headers,
)
from claimcheck.nlp.terms import TERMS_KEY
from claimcheck.nlp.timed_leads import timepoints_of_lead
from claimcheck.nlp.tokenizer import doc_text
from claimcheck.nlp.units_columns import with_units_columns

QUANTITIES_KEY = "quantities"

if not Doc.has_extension("quantities"):
    Doc.set_extension("quantities", default=None)
if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)
if not Doc.has_extension("groups"):
    Doc.set_extension("groups", default=None)


BREAK_CHARS = re.compile(f"[\n{BLOCK_BREAK}]")


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset, read in one vectorised call (iterating Tokens in
    Python costs as much as tokenising)."""
    return doc.to_array([IDX]).tolist() if len(doc) else []


NUMBER_ABBREVIATION = re.compile(
    r"\b(?:No|Nos|[Ee]xtn?|[Tt]el|[Mm]ax|Min|[Aa]pprox)\.[ \u00a0]?(?=\d)"
)
"""Abbreviations with a period that a number follows within its sentence: ``No. 1``, ``ext.
12``, ``Tel. 020 …``, ``Max. 4 g``, ``Min. 4 hours``, ``approx. 20``. A lower-case ``min.``
is left out: it as often ends a sentence in minutes (``took 30 min. 5 patients left``)."""
ABBREVIATION_INSIDE = PeriodAnchored(
    re.compile(
        NUMBER_ABBREVIATION.pattern
        + r"|\bet[ \u00a0]al\.[ \u00a0]*(?=[(\[\d,;)]|[a-z])"
        + r"|\b(?:e\.g|i\.e|cf|vs|approx|appr|ca|c|ref|refs|[Ff]igs?|avg|av|est|incl|resp|norm|wks?"
        r"|yrs?|mos?|pts|min|max|vol)\.[ \u00a0]*(?=[a-z(\d:~≈<>≤≥±£$€])"
        + r"|\b(?:inc|incl|excl|ex)\.[ \u00a0]*(?=VAT\b|GST\b|tax\b|P&P|p&p|[a-z])"
    ),
    reach=6,  # "approx." and "Approx.", the longest words; "et al." has its stop at 5
)
"""Where a period closes an abbreviation inside a sentence, not the sentence: before a number
(:data:`NUMBER_ABBREVIATION`), ``et al.`` before a bracket, a comma, a number or a lower-case
word (``Smith et al. (2019) found 40%`` is one sentence; ``… by Smith et al. The next`` is
two), ``e.g.``, ``i.e.``, ``cf.``, ``vs.`` before a lower-case word, and a price's ``inc.``,
``incl.``, ``excl.`` and ``ex.`` before ``VAT``, ``GST``, ``tax`` or a lower-case word.
The short forms health pages put before or after a figure (``ref.``, ``ca.``, ``c.``,
``approx.``, ``avg.``, ``est.``, ``incl.``, ``resp.``, ``Fig.``, ``wk.``, ``yrs.``, ``pts``,
``min.``, ``max.``) end no sentence before a lower-case word, a bracket, a colon, a digit or a
figure's sign: ``6.1 mmol/L (ref. range: 3.5-5.0)`` is one sentence, so the interval keeps the
result's unit, and ``22% vs. 35%`` one comparison."""
SUPERSCRIPT_DIGIT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
FOOTNOTE_AFTER_STOP = re.compile(
    rf"[.!?][\"'”’)]*[ \u00a0]*(?P<marker>[{SUPERSCRIPT_DIGIT}]+(?:[,–-][{SUPERSCRIPT_DIGIT}]+)*"
    r"|\[\d{1,3}(?:[,–-]\d{1,3})*\])[ \u00a0]+(?=[\"“‘(]?[A-Z])"
)
"""A sentence's full stop followed by a footnote marker (``high.³ A``, ``high.³,⁴ A``,
``high.[3] A``; in HTML, ``high.<sup>3</sup> A``, whose tags are blanks), then a capital.
Glued to the stop, the marker hides it from spaCy's sentencizer, which ends a sentence only
after a token of punctuation, and the two sentences run into one; set apart by a tag's
blanks, the marker would open the next sentence. The marker ends its sentence, and the word
after it starts the next."""


class BlockBoundaries:
    """Mark the first word after a newline or block break, and after a full stop with a
    footnote marker (:data:`FOOTNOTE_AFTER_STOP`), as a sentence start, and the number
    after an abbreviation such as "No." or "ext." as none ("the No. 1 clinic" is one
    sentence). The sentencizer that runs next leaves tokens already marked as they are."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = token_starts(doc)
        # set in one array: each Token.is_sent_start assignment scans the whole doc for a
        # parse, which made a page of many short paragraphs quadratic
        sent_starts = doc.to_array([SENT_START])
        sent_starts[0] = 1
        text = doc_text(doc)
        is_space = doc.to_array([IS_SPACE]).tolist()  # doc[i].is_space makes a Token each
        for found in BREAK_CHARS.finditer(text):
            index = bisect.bisect_right(starts, found.start())
            while index < len(doc) and is_space[index]:
                index += 1
            if index < len(doc):
                sent_starts[index] = 1
        for found in FOOTNOTE_AFTER_STOP.finditer(text):
            index = bisect.bisect_left(starts, found.end())
            if index < len(doc) and starts[index] == found.end():
                sent_starts[index] = 1
                marker = bisect.bisect_left(starts, found.start("marker"))
                if marker < index and starts[marker] == found.start("marker"):
                    sent_starts[marker] = ~sent_starts.dtype.type(0)  # "not a start"
        for found in ABBREVIATION_INSIDE.finditer(text):
            index = bisect.bisect_left(starts, found.end())
            if index < len(doc) and starts[index] == found.end() and sent_starts[index] != 1:
                sent_starts[index] = ~sent_starts.dtype.type(0)  # all bits: -1, "not a start"
                # "et al. (2019)": the sentencizer would start at the first word after the
                # bracket, so that word is no start either
                after = index + 1
                punctuation = not doc[index].is_alpha and not doc[index].like_num
                if punctuation and after < len(doc) and sent_starts[after] != 1:
                    sent_starts[after] = ~sent_starts.dtype.type(0)
        doc.from_array([SENT_START], sent_starts)
        return doc


class QuantityFinder:
    """Add every quantity in the text to ``doc.spans["quantities"]`` and every group label
    to ``doc._.groups``."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        quantities = []
        starts = token_starts(doc)
        text = doc_text(doc)
        groups = find_group_labels(
            text, (*age_row_headers(text), *age_column_cells(text), *age_item_labels(text))
        )
        doc._.groups = groups
        found = find_quantities(text, groups)
        found = with_units_columns(text, found)  # "| ALT | U/L | < 50 |"
        if BLOCK_BREAK in text:  # "| Stage | … |" over "| 4 | … |": stage 4, no figure
            labels = set(label_row_headers(text))
            found = [q for q in found if not any(s <= q.start and q.end <= e for s, e in labels)]
            # "| Waiting over 52 weeks | 1,244 |": the row's frame, the cells its figures
            frames = list(framing_headers(text))
            found = [
                q
                for q in found
                if not frames_cells(text, q, frames) and not frames_as_a_band(text, q, frames)
            ]
            # "| CrCl (mL/min) | Dose (mg) |" over "| 30–49 | 500 |": whom the row is for;
            # "| MenB (2 doses) | 90.6 |": which course the row is of
            bands = [*stratifier_row_headers(text), *course_row_labels(text)]
            found = [q for q in found if not any(s <= q.start and q.end <= e for s, e in bands)]
        found = sorted([*found, *_parts_of_wholes(text, found)], key=lambda q: q.start)
        for quantity in found:
            # the tokens that cover the quantity (Doc.char_span would scan the doc each time)
            first = bisect.bisect_right(starts, quantity.start) - 1
            last = bisect.bisect_left(starts, quantity.end)
            if first < 0 or last <= first:
                continue
            spans.append(Span(doc, first, last))
            quantities.append(quantity)
        doc.spans[QUANTITIES_KEY] = spans
        doc._.quantities = quantities
        return doc


class ClaimGrouper:
    """Group the quantities of each sentence into one Claim."""

    def __call__(self, doc: Doc) -> Doc:
        sentences, has_words = _sentences(doc)
        text = doc_text(doc)
        starts = [sentence.start for sentence in sentences]
        by_sentence: dict[int, list[tuple[Span, Quantity]]] = {}
        terms = sorted(
            ((t.start_char, t.end_char, t.label_) for t in doc.spans.get(TERMS_KEY, [])),
            key=lambda term: (term[0], -term[1]),  # a longer name before the ones inside it
        )
        found = zip(doc.spans.get(QUANTITIES_KEY, []), doc._.quantities or (), strict=True)
        for span, quantity in found:
            if terms and _ends_a_name(text, terms, quantity):
                continue  # "SOLO 2 participants": the trial's name, no count of participants
            # bisect, not span.sent: Token.sent walks the doc, once per quantity
            which = starts[bisect.bisect_right(starts, span.start) - 1]
            by_sentence.setdefault(which, []).append((span, quantity))
        term_starts = [start for start, _end, _name in terms]
        outer = _outermost(terms)  # table headers are read by the names as written
        outer_starts = [start for start, _end, _name in outer]
        document_terms = frozenset(name for _s, _e, name in terms)
        groups: list[GroupLabel] = doc._.groups or []
        group_starts = [group.start for group in groups]
        claims = []
        previous: Span | None = None
        earlier: Span | None = None  # the worded sentence before ``previous``
        lead: Span | _Line | None = None  # the heading or lead-in line above a list
        section: Span | _Line | None = None  # the last heading line: a section's place
        waiting: list[int] = []  # claims of the last worded sentence, awaiting the next
        for index, (sentence, has_word) in enumerate(zip(sentences, has_words, strict=True)):
            found_here = by_sentence.get(sentence.start)
            if has_word and waiting:
                # "Some sites say 50% of … That is a myth.": the sentence after may deny
                after = _text_of(text, sentence)
                for index in waiting:
                    claims[index] = replace(claims[index], next_text=after)
                waiting = []
            if (
                has_word
                and (_only_times(text, found_here) or _timed_lead_in(text, sentence, found_here))
                and _is_lead(text, sentence)
            ):
                # (a heading may say when its list's figures were measured: "### Placebo
                # arm (30 days)" leads its items as a heading without a figure does)
                lead = _lead_line(text, sentence)
                if (
                    found_here
                    and timepoints_of_lead(text, [quantity for _span, quantity in found_here])
                    and _item_follows(text, sentences, has_words, index, by_sentence)
                ):
                    found_here = None  # "alive five years after diagnosis:": the list's time
            elif has_word and not (found_here and _is_item(text, sentence)):
                lead = None  # a paragraph ends the list the lead was for
            if has_word and not found_here and _is_heading(text, sentence):
                section = _lead_line(text, sentence)
            if found_here:
                spans = [span for span, _quantity in found_here]
                quantities = tuple(quantity for _span, quantity in found_here)
                trimmed = _trimmed(sentence)
                cells = (
                    [header_spans(text, quantity.start) for quantity in quantities]
                    if _in_cell(text, trimmed.start_char, trimmed.end_char)
                    else []
                )
                if not cells and _in_cell_past_blanks(text, trimmed.start_char, trimmed.end_char):
                    cells = [header_spans(text, quantity.start) for quantity in quantities]
                    if all(cell is None for cell in cells):
                        cells = []  # blanked markup before a paragraph, no table
                cell_texts = tuple(_cell_text(text, cell) for cell in cells)
                found_read = quantities
                if any(cell != CellText() for cell in cell_texts):
                    # "17" under "(deaths per 1,000 live births)"
                    # "(3.8)" under "2023 £m": an account's negative, once in its currency
                    quantities = tuple(
                        negative_in_brackets(
                            as_column_statistic(
                                with_header_scale(
                                    with_header_hedge(
                                        with_header_unit(quantity, without_statistic(cell)),
                                        cell,
                                    ),
                                    cell,
                                ),
                                cell,
                            ),
                            text,
                        )
                        for quantity, cell in zip(quantities, cell_texts, strict=True)
                    )
                    # "81.2 (12.5)" under "Mean (SD), kg": one figure with its SD
                    merged, cell_texts = with_header_statistics(quantities, cell_texts, text)
                    if len(merged) < len(quantities):
                        kept = {q.start for q in merged}
                        cells = [
                            c for q, c in zip(quantities, cells, strict=True) if q.start in kept
                        ]
                        spans = [
                            s for q, s in zip(quantities, spans, strict=True) if q.start in kept
                        ]
                        found_read = tuple(q for q in found_read if q.start in kept)
                    quantities = merged
                    # "| 8 ug/L (15-200) |": a cell's own reference range takes its result's
                    # unit as a paragraph's does (kept only where no figure is dropped, so the
                    # cells stay one per figure)
                    ranged = with_reference_units(quantities, text)
                    if len(ranged) == len(quantities):
                        quantities = ranged
                else:
                    # "… in 2021 and 32.9 in 2022": the unit said once (in a paragraph, a list
                    # item, a quote, or a sentence beside a block break that no header heads)
                    # (an age said bare, "the mean age at death was 79", lends its years on)
                    quantities = with_share_points(
                        with_elided_units(
                            with_bare_ages(with_reference_units(quantities, text), text), text
                        )
                    )
                    # "Of 40 patients, 31 responded and nine did not": the whole's noun
                    quantities = counted_parts(quantities, text)
                    # "3,000 admissions and 40 deaths a year": the period said once is each's
                    quantities = with_shared_periods(quantities, text)
                if all(cell == CellText() for cell in cell_texts):
                    # "Per 100,000 women, 8 were diagnosed": the population said first
                    quantities = with_rate_lead(quantities, text, trimmed.start_char)
                if (
                    lead is not None
                    and _is_item(text, sentence)
                    and all(cell == CellText() for cell in cell_texts)
                ):
                    # "### Who has it (per 100,000)" above "- Women: 137": the unit the
                    # heading states in brackets, as a table's caption does
                    heading = CellText(heading=_text_of(text, lead))
                    quantities = tuple(with_header_unit(q, heading) for q in quantities)
                # "200 (81.6%)", "108 among 242 (44.6%)": the count keeps no percent
                quantities = with_counts_kept(found_read, quantities, text, cell_texts)
                claims.append(
                    Claim(
                        text=_text_of(text, trimmed),
                        start=trimmed.start_char,
                        end=trimmed.end_char,
                        quantities=quantities,
                        subject=subject_words(trimmed, spans),
                        terms=_terms_in(terms, term_starts, sentence),
                        nearby_terms=_nearby_terms(terms, term_starts, previous, earlier)
                        + tuple(
                            name
                            for _s, _e, name in _terms_in(terms, term_starts, lead)
                            if lead is not previous
                        )
                        + _heading_over_lead_terms(
                            terms, term_starts, text, sentence, lead, section
                        ),
                        document_terms=document_terms,
                        headers=cell_texts,
                        header_terms=tuple(
                            _cell_terms(outer, outer_starts, cell) for cell in cells
                        ),
                        groups=_row_groups(
                            groups, cells, _groups_in(groups, group_starts, trimmed)
                        ),
                        previous_text=_text_of(text, previous) if previous is not None else "",
                        lead_terms=tuple(
                            name
                            for _s, _e, name in _terms_in(terms, term_starts, lead)
                            if _is_item(text, sentence)
                        )
                        + _heading_over_lead_terms(
                            terms, term_starts, text, sentence, lead, section
                        ),
                        lead_text=(
                            _text_of(text, lead)
                            if lead is not None
                            and _is_item(text, sentence)
                            and not any(cell != CellText() for cell in cell_texts)
                            else ""
                        ),
                        section_text=_text_of(text, section) if section is not None else "",
                    )
                )
                waiting = [len(claims) - 1]
            if has_word:
                previous, earlier = sentence, previous
        doc._.claims = claims
        return doc


LEAD_MAX = 100  # characters a heading or a list's lead-in line has at most
ITEM_MAX = 160  # characters a list item under a lead has at most


def _block_start(text: str, start: int) -> bool:
    """Whether a block (heading, list item, paragraph, cell) starts at ``start``: after a
    block break, a blank line, or nothing at all (a title line opening the page)."""
    before = text[max(0, start - 8) : start]
    if BLOCK_BREAK in before and not before.split(BLOCK_BREAK)[-1].strip():
        return True
    ahead = before.rstrip(" \t")
    return ahead.endswith("\n\n") or (not ahead.strip() and start <= len(before))


def _is_lead(text: str, sentence: Span) -> bool:
    """A heading or a list's lead-in (``### MDR-TB in people with TB``, ``Main causes of
    blindness:``): a short block with no figure that no full stop ends."""
    words = _text_of(text, sentence).strip()
    if words.endswith(":"):
        return True  # "Side effects of drug K in adults:"
    if not 0 < len(words) <= LEAD_MAX or words.endswith((".", "!")):
        return False  # a question may lead: "### How often can you give blood?"
    if _block_start(text, sentence.start_char):
        return True
    # the last sentence of a short title line: "### When is it anaemia? WHO cut-offs"
    end = sentence.start_char + len(_text_of(text, sentence).rstrip(f" \t\n{BLOCK_BREAK}"))
    line_start = text.rfind("\n", 0, sentence.start_char) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    first = line_start + len(line) - len(line.lstrip(f" \t{BLOCK_BREAK}"))
    return (
        len(line.strip(f" \t{BLOCK_BREAK}")) <= LEAD_MAX
        and _block_start(text, first)
        and not text[end:line_end].strip()
    )


def _is_heading(text: str, sentence: Span) -> bool:
    """A heading line (``# HIV in South Africa``): a lead (:func:`_is_lead`) that no colon
    ends, since a lead-in ("Main causes:") speaks for its list alone, not the section."""
    return _is_lead(text, sentence) and not _text_of(text, sentence).rstrip().endswith(":")


class _Line(NamedTuple):
    """A heading line of several sentences, as offsets (what ``_terms_in`` reads of a span)."""

    start_char: int
    end_char: int


def _lead_line(text: str, sentence: Span) -> Span | _Line:
    """The lead a sentence makes: the whole heading line when the sentence ends one of
    several sentences ("### How much caffeine is safe? Daily limits": the question names
    the subject for the list too), else the sentence."""
    line_start = text.rfind("\n", 0, sentence.start_char) + 1
    if line_start >= sentence.start_char or not text[line_start : sentence.start_char].strip(
        f" \t{BLOCK_BREAK}"
    ):
        return sentence
    return _Line(line_start, sentence.end_char)


def _heading_over_lead_terms(
    terms: list[tuple[int, int, str]],
    term_starts: list[int],
    text: str,
    sentence: Span,
    lead: Span | _Line | None,
    section: Span | _Line | None,
) -> tuple[str, ...]:
    """The names of the heading above a list item's lead-in ("## CKD in the United States"
    above "Share of US adults:" above "- Stage 2: 3.4%"): the subject the heading names is
    each item's, as the lead-in's own names are."""
    if lead is None or section is None or section is lead or not _is_item(text, sentence):
        return ()
    return tuple(name for _s, _e, name in _terms_in(terms, term_starts, section))


def _item_follows(
    text: str, sentences: list[Span], has_words: list[bool], index: int, by_sentence: dict
) -> bool:
    """Whether the next sentence with a word after ``sentences[index]`` opens a short block
    (a list item or a line of its own) that holds a figure: a list of figures a lead-in
    gives the time of (``Reactions in the 1 to 2 days after the jab:`` above a list of
    symptoms with no figure says how long they last)."""
    for sentence, has_word in zip(sentences[index + 1 :], has_words[index + 1 :], strict=True):
        if has_word:
            return sentence.start in by_sentence and _is_item(text, sentence)
    return False


def _timed_lead_in(text: str, sentence: Span, found: list | None) -> bool:
    """A lead-in ending in a colon whose only figures are times ("The share of people alive
    five years after diagnosis depends on the stage:" above "- stage 3 – 65.1%"): its
    items are its measure's at its time, as a heading's are."""
    return (
        bool(found)
        and _text_of(text, sentence).rstrip().endswith(":")
        and all(quantity.kind == "duration" for _span, quantity in found or ())
    )


def _only_times(text: str, found: list | None) -> bool:
    """Whether a line holds no figure but durations in brackets, as a heading's ``(30
    days)`` or its dosing interval, ``every 2 weeks`` (not a list item's ``- Men: every 16
    weeks``, a figure of its own: an item is no lead), and the one
    dose that names an arm with how often it is given (``### Baricitinib 2 mg once daily``:
    its list's items are that arm's)."""
    if not found:
        return True
    doses = [q for _span, q in found if _arm_dose(q)]
    if doses and ":" in text[text.rfind("\n", 0, doses[0].start) + 1 : doses[0].start]:
        return False  # "- Dose studied: 100 mg tablet": an item's label and its value
    return len(doses) <= 1 and all(
        _arm_dose(quantity)
        or quantity.kind == "frequency"
        and doses
        or quantity.kind == "duration"
        and (
            text.rfind("(", 0, quantity.start) > text.rfind(")", 0, quantity.start)
            or (
                EVERY_BEFORE.search(text, max(0, quantity.start - 8), quantity.start) is not None
                and not ITEM_OR_LABEL.match(text, text.rfind("\n", 0, quantity.start) + 1)
            )
        )
        for _span, quantity in found
    )


EVERY_BEFORE = re.compile(r"(?:\b(?:every|each)[ \t]+|(?<![\w.])[qQ])\Z", re.IGNORECASE)
ITEM_OR_LABEL = re.compile(r"[ \t]*(?:[-*+•]|\d+[.)])[ \t]|[^\n:]*:")
"""A list item's marker or a label's colon opening a line: ``- Women: every 12 weeks`` is an
item's figure, never a heading's dosing interval."""
"""``every`` right before a duration in a heading (``### Emicizumab every 2 weeks``): how
often the heading's arm is dosed, a time as its bracketed ``(30 days)`` is."""


def _arm_dose(quantity: Quantity) -> bool:
    """A dose in µg, mg or g (or per body weight): what names a trial arm in a heading."""
    unit = quantity.unit or ""
    return quantity.low == quantity.high and (
        unit in ("mg", "µg", "g") or unit.startswith(("mg/kg", "mg/m2", "µg/kg"))
    )


def _is_item(text: str, sentence: Span) -> bool:
    """A short block with a figure: a list item or table-free line under a lead (``-
    Previously treated cases: 17%``); a long paragraph ends the lead's list."""
    return len(_text_of(text, sentence).strip()) <= ITEM_MAX and _block_start(
        text, sentence.start_char
    )


def _text_of(text: str, span: Span) -> str:
    """``span.text``, sliced from the Doc's text: ``Span.text`` makes a Python Token of each
    token it joins, about 5% of extraction (py-spy) for the sentences the lead and list
    tests read (a span's characters are its tokens' texts and the spaces between them)."""
    return text[span.start_char : span.end_char]


def _sentences(doc: Doc) -> tuple[list[Span], list[bool]]:
    """The sentences of ``doc`` and whether each has a word (a token that is not space),
    read from two arrays: ``doc.sents`` and a loop over tokens build a Python Token per
    token, which cost a third of the whole pipeline on long pages."""
    if not len(doc):
        return [], []
    sent_starts = doc.to_array([SENT_START])
    bounds = numpy.flatnonzero(sent_starts == 1).tolist()
    if not bounds or bounds[0] != 0:
        bounds.insert(0, 0)
    ends = [*bounds[1:], len(doc)]
    words_before = numpy.concatenate(([0], numpy.cumsum(doc.to_array([IS_SPACE]) == 0)))
    sentences = [doc[start:end] for start, end in zip(bounds, ends, strict=True)]
    has_words = [
        bool(words_before[end] > words_before[start])
        for start, end in zip(bounds, ends, strict=True)
    ]
    return sentences, has_words


def _ends_a_name(text: str, terms: list[tuple[int, int, str]], quantity: Quantity) -> bool:
    """Whether the quantity's number is the last part of a registry name written with words
    before it, and the quantity reads on past the name: in "8% of SOLO 2 participants" the
    extractor reads "2 participants", but the registry names the trial "SOLO 2". A name that
    ends where the quantity does ("glucoxin 10 mg", a dose) keeps its quantity."""
    at = bisect.bisect_left(terms, (quantity.start,)) - 1
    for start, end, _name in terms[max(0, at - 3) : at + 1]:
        if (
            start < quantity.start < end < quantity.end
            and any(char.isalpha() for char in text[start : quantity.start])
            and not any(char.isalpha() for char in text[quantity.start : end])
        ):
            return True
    return False


def _outermost(terms: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The terms no other contains, from terms sorted by start and, at one start, longest
    first ("living with HIV", not the "HIV" inside it)."""
    kept: list[tuple[int, int, str]] = []
    reach = -1
    for term in terms:
        if term[1] <= reach:
            continue
        kept.append(term)
        reach = term[1]
    return kept


def _nearby_terms(
    terms: list[tuple[int, int, str]],
    starts: list[int],
    previous: Span | None,
    earlier: Span | None,
) -> tuple[str, ...]:
    """The registry names of the sentence before, or, when it names none, of the one before
    that: in "Most breast cancers are found early. When it is localized, … 99%. Once it has
    spread, … about 30%." the last "it" is still the breast cancer."""
    found = _terms_in(terms, starts, previous) or _terms_in(terms, starts, earlier)
    return tuple(name for _s, _e, name in found)


def _terms_in(
    terms: list[tuple[int, int, str]], starts: list[int], sentence: Span | _Line | None
) -> tuple[tuple[int, int, str], ...]:
    """The (start, end, name) terms inside ``sentence``, found by bisect: a long review has
    hundreds of sentences and terms, and scanning every term per sentence was quadratic."""
    if sentence is None:
        return ()
    first = bisect.bisect_left(starts, sentence.start_char)
    last = bisect.bisect_left(starts, sentence.end_char)
    return tuple(term for term in terms[first:last] if term[1] <= sentence.end_char)


CELL_REACH = 4  # characters beside a sentence searched for a table cell's edge
BLANK_REACH = 16  # blanked markup (an entity, a tag) passed over before that search


def _in_cell_past_blanks(text: str, start: int, end: int) -> bool:
    """``<td>&lt;0.001</td>``: an entity's blanks stand between the cell's edge and its
    decoded sign, farther than :data:`CELL_REACH`; passed over, the edge is found."""
    before = text[max(0, start - BLANK_REACH) : start]
    return _in_cell(text, start - (len(before) - len(before.rstrip(" "))), end)


def _in_cell(text: str, start: int, end: int) -> bool:
    """Whether a sentence sits in a table cell: a block break just before or after it (the
    readers put one between cells). Only then are its figures' headers looked for."""
    return (
        BLOCK_BREAK in text[max(0, start - CELL_REACH) : start]
        or BLOCK_BREAK in text[end : end + CELL_REACH]
        or BLOCK_BREAK in text[start:end]
    )


def _cell_text(text: str, cell: CellHeaders | None) -> CellText:
    if cell is None:
        return CellText()
    read = CellText(*(text[span[0] : span[1]] if span else "" for span in cell.spans()))
    if BLOCK_BREAK in read.row:
        # a row header stretched over its label cells ("| TAVI | 2018 |"): their words, as
        # one header
        read = replace(read, row=" ".join(read.row.replace(BLOCK_BREAK, " ").split()))
    if cell.column_before is not None:
        read = replace(read, column_before=text[slice(*cell.column_before)])
    if cell.column_unit is None:
        return read
    unit = text[cell.column_unit[0] : cell.column_unit[1]]
    if not _is_unit(unit):
        return read
    # a units row under the header (| | kg | cm |): the column's cells are in it, as under
    # "Weight (kg)"; the header's words stay for matching
    return replace(read, column=f"{read.column} ({unit})".strip())


def _is_unit(words: str) -> bool:
    """Whether a units row's cell is a unit: a number written before it reads with it as a
    measure, a duration, a share or money ("kg", "cm", "%", "years"), not a group ("Women")."""
    for written in (f"7 {words}", f"{words} 7"):  # a currency code goes before ("USD 7")
        found = find_quantities(written)
        if len(found) == 1 and found[0].kind in ("measure", "duration", "percent", "money"):
            return True
    return False


def _cell_terms(
    terms: list[tuple[int, int, str]], term_starts: list[int], cell: CellHeaders | None
) -> tuple[str, ...]:
    if cell is None:
        return ()
    return tuple(
        name
        for span in cell.spans()
        if span
        for _s, _e, name in _terms_between(terms, term_starts, *span)
    )


def _terms_between(
    terms: list[tuple[int, int, str]], starts: list[int], start: int, end: int
) -> list[tuple[int, int, str]]:
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end)
    return [term for term in terms[first:last] if term[1] <= end]


def _parts_of_wholes(text: str, found: list[Quantity]) -> list[Quantity]:
    """``34/120`` under ``Events/N``: the proportion 34 of 120 is, as prose ``34 of 120`` and
    ``34/120 (28%)`` read (never over a figure already found there)."""
    taken = [(q.start, q.end) for q in found]
    parts = []
    for start, end, part, whole in count_of_total_cells(text):
        if any(s < end and start < e for s, e in taken):
            continue
        share = part / whole
        parts.append(
            Quantity(
                text=text[start:end],
                start=start,
                end=end,
                low=share,
                high=share,
                unit="proportion",
                kind="proportion",
            )
        )
    return parts


def _row_groups(
    groups: list[GroupLabel], cells: list[CellHeaders | None], own: tuple[GroupLabel, ...]
) -> tuple[GroupLabel, ...]:
    """The cell's own group labels, then the one its row header names (an ``Age`` column's
    ``2–5 years``): the population of the row's figures, as a label in the sentence is."""
    spans = {cell.row for cell in cells if cell is not None and cell.row is not None}
    extra = tuple(g for g in groups if any(s <= g.start < e for s, e in spans) and g not in own)
    return own + extra


def _groups_in(
    groups: list[GroupLabel], starts: list[int], sentence: Span
) -> tuple[GroupLabel, ...]:
    """The group labels that start inside ``sentence`` (found by bisect, as terms are)."""
    first = bisect.bisect_left(starts, sentence.start_char)
    last = bisect.bisect_left(starts, sentence.end_char)
    return tuple(groups[first:last])


def _trimmed(sentence: Span) -> Span:
    """The sentence without leading or trailing whitespace tokens."""
    start, end = sentence.start, sentence.end
    doc = sentence.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


@Language.factory("claimcheck_blocks")
def make_block_boundaries(nlp: Language, name: str) -> BlockBoundaries:
    return BlockBoundaries()


@Language.factory("claimcheck_quantities")
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder()


@Language.factory("claimcheck_claims")
def make_claim_grouper(nlp: Language, name: str) -> ClaimGrouper:
    return ClaimGrouper()
