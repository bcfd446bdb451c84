"""The interpreter: one small check per rule kind, each turning a Page into Findings.

- ``required``: some sentence scores at least ``threshold`` (rapidfuzz ``partial_ratio``,
  case and spacing ignored) against any of the rule's wordings (a wording with "not",
  "nothing"... only in a sentence that has one too), where ``placement`` says
  (anywhere; in the first or last ``within`` percent of the page; in every section that
  states a figure). A missing disclaimer is reported at line 1 col 1 (a section's heading
  for same-section) and the message says where it belongs.
- ``avoid``: a term (whole tokens, inflected) in a sentence that is not a question and where
  the term is not negated or hedged, nor right after one of ``unless_preceded_by`` or right
  before one of ``unless_followed_by`` (whole words, inflected, hyphens ignored: "curative
  surgery", "curative-intent", "non-curative" are clinical uses, not promises). With
  ``allow_if_registry_states``, a hit is allowed when a registry claim whose statement (or a
  variant) uses the term, not negated, is about a subject named in the same sentence: the
  registry records the approval.
- ``qualify``: a term in a statement (a sentence ending in "." or "!": headings, labels and
  questions are skipped) that also names one of ``near`` (when given), and is not excepted
  by ``unless_preceded_by``/``unless_followed_by`` ("your question about CAR-T"), needs one
  of the ``qualifiers`` in its ``scope``: its sentence, paragraph, section (heading and all,
  see :mod:`claimcheck.rules.page`) or the whole page. One finding per scope that has none,
  at the first such mention: a page that never says "investigational" hears it once per
  section, not at every line.
- ``relative-needs-absolute``: a relative effect (a ``multiple`` such as "2-fold" but not a
  frequency such as "3 times a day", a percent or proportion followed by a change word such
  as "32% reduction" or after "by" following a change verb, "cut deaths by 40%", one of
  ``phrases`` such as "halves" or "twice as likely", or one of ``relative_amounts`` after a
  change verb, "cut deaths by a third", "in half") in a paragraph that states no absolute
  figure (a quantity of ``absolute_kinds`` that is not itself relative, percentage points
  included); one per paragraph. Only negation silences a relative effect: a hedged one ("may
  halve the risk") still needs its absolute figures.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy
from rapidfuzz import fuzz

from claimcheck.findings import Finding
from claimcheck.fixes.disclaimers import disclaimer_fix
from claimcheck.fixes.model import Fix
from claimcheck.nlp.claim import Claim
from claimcheck.nlp.header_thresholds import defines_a_header_outcome
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.loader import Registry
from claimcheck.rules.fuzzy_bound import WordingBound
from claimcheck.rules.model import AVOID, QUALIFY, RELATIVE, REQUIRED, Rule
from claimcheck.rules.page import Page, Sentence
from claimcheck.rules.words import (
    HEDGED_REPORT,
    PhraseFinder,
    Word,
    inflections,
    negated,
    words_of,
)

MIN_LENGTH_SHARE = 0.8  # a sentence shorter than this share of a wording cannot match it
NEGATIONS = frozenset("not no nothing none never neither nor cannot".split())
VERB_WINDOW = 8
DOSE_WORDS = frozenset(
    f"{word}{suffix}"
    for word in "dose dosage tablet pill capsule patch portion serving".split()
    for suffix in ("", "s")
)


def rule_finding(
    page: Page,
    rule: Rule,
    start: int,
    end: int,
    message: str,
    sentence: Sentence | None = None,
    fix: Fix | None = None,
) -> Finding:
    document = page.document
    line, col = document.line_col(start)
    return Finding(
        path=document.path,
        line=line,
        col=col,
        code=rule.code,
        start=start,
        end=end,
        severity=rule.severity,
        message=message,
        suggestion=rule.suggestion,
        claim_text=document.raw[sentence.start : sentence.end] if sentence else None,
        rule=rule.id,
        fix=fix,
    )


@lru_cache(maxsize=256)
def _finder(terms: tuple[str, ...]) -> PhraseFinder:
    """A rule's word list read as term patterns (see :func:`claimcheck.rules.words.expand_term`)."""
    return PhraseFinder.of_terms(terms)


# -- required -----------------------------------------------------------------------------


def _normalise(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _says_no(text: str) -> bool:
    """Whether a normalised text says no: "not", "nothing", "isn't"..."""
    return any(w in NEGATIONS or w.endswith("n't") for w in re.findall(r"[a-z']+", text))


def _matched_words(text: str, start: int, end: int) -> str:
    """text[start:end] widened to whole words."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]


def _wordings(rule: Rule) -> tuple[tuple[str, bool], ...]:
    """The rule's wordings, normalised, each with whether it says no."""
    return _read_wordings(rule.any)


@lru_cache(maxsize=256)
def _read_wordings(wordings: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    return tuple((_normalise(w), _says_no(_normalise(w))) for w in wordings)


@lru_cache(maxsize=256)
def _bound(wordings: tuple[tuple[str, bool], ...], threshold: float) -> WordingBound:
    return WordingBound([w for w, _ in wordings], threshold)


def _states(text: str, wordings: Sequence[tuple[str, bool]], threshold: float) -> bool:
    """Whether a sentence's text carries one of the wordings. When a wording says no ("not
    medical advice"), the words of the sentence it aligns with must say no too: a score on
    characters alone takes "for medical advice" or "without medical advice" for it."""
    return _states_normalised(_normalise(text), wordings, threshold)


def _states_normalised(text: str, wordings: Sequence[tuple[str, bool]], threshold: float) -> bool:
    """:func:`_states` of a text already normalised."""
    for wording, says_no in wordings:
        if len(text) < MIN_LENGTH_SHARE * len(wording):
            continue
        match = fuzz.partial_ratio_alignment(wording, text, score_cutoff=threshold)
        if match is None:
            continue
        if says_no and not _says_no(_matched_words(text, match.dest_start, match.dest_end)):
            continue
        return True
    return False


def states_wording(text: str, wordings: Sequence[str], threshold: float) -> bool:
    """Whether ``text`` carries one of ``wordings`` as a required rule reads a sentence."""
    return _states(text, _read_wordings(tuple(wordings)), threshold)


class Disclaimers:
    """Which sentences of a page carry one of a required rule's wordings (see
    :func:`_states`), each sentence read when first asked about: a page's answer usually
    turns on a few of them (any at all; any in a region; any in a section), and reading
    every sentence against every wording was most of the rules' time. A sentence is read in
    a block of sentences around it, first against a bound on each wording's score
    (:func:`claimcheck.rules.fuzzy_bound.may_reach`): rapidfuzz aligns only the wordings
    that may reach the threshold, a few sentences of a page. The first block is BLOCK
    sentences, enough where the page's disclaimer closes it; each later one twice the last,
    up to MAX_BLOCK: a page that has none is read to its other end, and a block's fixed
    cost (the bound's call, its arrays) was a fifth of the reading in blocks of 32. A
    sentence's answer is its own, whatever block reads it."""

    BLOCK = 32
    MAX_BLOCK = 1024

    def __init__(self, page: Page, rule: Rule) -> None:
        self.page, self.rule = page, rule
        self.wordings = _wordings(rule)
        self.shortest = MIN_LENGTH_SHARE * min((len(w) for w, _ in self.wordings), default=0)
        self._states: dict[int, bool] = {}
        self._block = self.BLOCK  # the next read's size

    def states(self, number: int) -> bool:
        """Whether sentence ``number`` of the page carries a wording."""
        found = self._states.get(number)
        if found is None:
            size = self._block
            self._block = min(2 * size, self.MAX_BLOCK)
            first = number // size * size  # the block of this size holding it, less any
            end = min(first + size, len(self.page.sentences))  # sentences read before
            self._read([n for n in range(first, end) if n not in self._states])
            found = self._states[number]
        return found

    def _read(self, numbers: list[int]) -> None:
        """Reads sentences ``numbers`` (in order)."""
        sentences = self.page.sentences  # offsets only: no Sentence made
        analysis = self.page.document.analysis
        starts, ends = sentences.starts, sentences.ends
        texts = [_normalise(analysis[starts[n] : ends[n]]) for n in numbers]
        threshold = self.rule.threshold
        found = dict.fromkeys(numbers, False)
        # a sentence shorter than every wording allows (a heading, "Tips.") is never
        # compared (:func:`_states_normalised` would pass over each of its wordings)
        long_enough = [k for k, text in enumerate(texts) if len(text) >= self.shortest]
        reach = _bound(self.wordings, threshold).may_reach([texts[k] for k in long_enough])
        for row in numpy.flatnonzero(reach.any(axis=1)).tolist():  # a few, if any
            offset = long_enough[row]
            wordings = [self.wordings[j] for j in numpy.flatnonzero(reach[row]).tolist()]
            found[numbers[offset]] = _states_normalised(texts[offset], wordings, threshold)
        self._states.update(found)

    def first(self, numbers: Iterable[int]) -> Sentence | None:
        """The first of the sentences ``numbers`` that carries a wording, if one does."""
        return next((self.page.sentences[n] for n in numbers if self.states(n)), None)

    def first_starting_in(self, start: int, end: int) -> Sentence | None:
        """The first sentence starting in [start, end) that carries a wording."""
        return self.first(range(*self.page.sentence_range(start, end)))


QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')


def disclaimer_text(rule: Rule) -> str | None:
    """The sentence ``--fix`` adds for a required rule: its ``fix`` field, else the one
    sentence its ``suggestion`` quotes ('add a sentence such as "…"'); None when neither is
    one the rule itself accepts (a fix must leave nothing for the rule to report)."""
    if rule.fix is not None:
        candidates = [rule.fix]
    else:
        quoted = [a or b for a, b in QUOTED.findall(rule.suggestion or "")]
        candidates = quoted if len(quoted) == 1 else []
    for text in candidates:
        text = " ".join(text.split())
        if text and _states(text, _wordings(rule), rule.threshold):
            return text
    return None


def _missing(page: Page, rule: Rule, message: str, section=None, at: int = 0) -> Finding:
    """A missing disclaimer's finding at ``at``, with the fix that adds the rule's sentence."""
    text = disclaimer_text(rule) if page.document.editable else None  # not Word or PDF
    fix = disclaimer_fix(page, rule.placement, text, section, rule.within) if text else None
    return rule_finding(page, rule, at, at, message, fix=fix)


def check_required(page: Page, rule: Rule, claims: Sequence[Claim]) -> list[Finding]:
    found = Disclaimers(page, rule)
    if rule.placement == "same-section":
        return _check_sections(page, rule, claims, found)
    everywhere = range(len(page.sentences))
    if rule.placement == "anywhere":  # a disclaimer usually closes a page: read from the end
        return (
            []
            if found.first(reversed(everywhere))
            else [_missing(page, rule, f"{rule.message}: add one")]
        )
    first, last = page.content
    share = rule.within / 100
    if rule.placement == "start":
        region = (first, first + share * (last - first))
        where = f"in the first {rule.within:g}% of the page"
    else:
        region = (last - share * (last - first), last + 1)
        where = f"in the last {rule.within:g}% of the page"
    at = page.document.where(int(region[0] if rule.placement == "end" else region[1]))
    where += f" ({'from' if rule.placement == 'end' else 'up to'} {at})"
    starts, ends = page.sentences.starts, page.sentences.ends
    reaching = (n for n in everywhere if starts[n] < region[1] and ends[n] > region[0])
    if found.first(reaching) is not None:  # one reaches the region
        return []
    seen = found.first(everywhere)
    if seen is not None:
        message = f"{rule.message}: the one on {page.document.where(seen.start)} belongs {where}"
        return [rule_finding(page, rule, seen.start, seen.end, message, seen)]
    return [_missing(page, rule, f"{rule.message}: add one {where}")]


def _check_sections(
    page: Page, rule: Rule, claims: Sequence[Claim], found: Disclaimers
) -> list[Finding]:
    findings = []
    for section in page.sections:
        if not any(section.start <= c.start < section.end for c in claims):
            continue
        if found.first_starting_in(section.start, section.end) is not None:
            continue
        if section.title:
            at = page.document.where(section.start)
            where = f"in section '{section.title}' ({at}), which states figures"
        else:
            where = "before the first heading, where figures are stated"
        message = f"{rule.message}: add one {where}"
        findings.append(_missing(page, rule, message, section, section.start))
    return findings


# -- avoid ----------------------------------------------------------------------------------


def _registry_subjects(rule: Rule, registry: Registry | None) -> PhraseFinder | None:
    if registry is None or not rule.allow_if_registry_states:
        return None
    key = (id(registry), rule.terms)
    cached = _SUBJECTS.get(key)
    if cached is None or cached[0] is not registry:
        cached = _SUBJECTS[key] = (registry, _subjects_stating(rule.terms, registry))
    return cached[1]


_SUBJECTS: dict[tuple[int, tuple[str, ...]], tuple[Registry, PhraseFinder]] = {}


def _subjects_stating(terms: tuple[str, ...], registry: Registry) -> PhraseFinder:
    """The subjects of registry claims whose statement or a variant uses one of the terms."""
    from claimcheck.nlp.pipeline import build_pipeline

    finder = _finder(terms)
    tokenizer = build_pipeline().tokenizer
    subjects: set[str] = set()
    for claim in registry.claims:
        for text in (claim.statement, *claim.variants):
            words = words_of(tokenizer(text))
            if any(not negated(words, i, j) for i, j, _ in finder.find(words)):
                subjects.update(claim.subject)
    return PhraseFinder(sorted(subjects))


def _excepted(rule: Rule, words: Sequence[Word], i: int, j: int) -> bool:
    """Whether the hit words[i:j] stands right after one of ``unless_preceded_by`` or right
    before one of ``unless_followed_by`` ("non-curative", "curative surgery")."""
    if rule.unless_preceded_by and _finder(rule.unless_preceded_by).ends_at(words, i):
        return True
    return bool(rule.unless_followed_by) and _finder(rule.unless_followed_by).starts_at(words, j)


NONE_ANSWERED = re.compile(
    r"\?[ \t]*(?P<none>(?i:none|zero|nil|nothing))(?:[ \t]+(?i:at[ \t]+all|whatsoever))?"
    r"[ \t]*[.!]"
)
"""A question answered "None." in the next sentence: "Side effects? None." (a page's FAQ
says the "no" the rule looks for in its answer)."""


def _answered_none(page: Page, rule: Rule, finder: PhraseFinder) -> list[Finding]:
    """ "Side effects? None.": a short question (up to six words) answered by ``None``,
    ``Zero``, ``Nil`` or ``Nothing`` alone is read as "no" + the question's words, so it
    says what "no side effects" says. Only the answer's first word stands in for "no"; a
    longer answer ("None that we know of in adults") is left to the sentence rules."""
    raw = page.document.raw
    if "?" not in raw:
        return []
    findings = []
    for answer in NONE_ANSWERED.finditer(raw):
        number = bisect.bisect_right(page.sentences.starts, answer.start()) - 1
        if number < 0:
            continue
        question = page.sentences[number]
        if question.end != answer.start() + 1 or not question.is_question:
            continue
        asked = [w for w in question.words if w.text != "?"]
        if not asked or len(asked) > 6:
            continue
        none = answer.span("none")
        words = [Word("no", *none), *asked]
        for i, j, _phrase in finder.find(words):
            if i != 0 or _excepted(rule, words, i, j):
                continue
            start, end = question.start, answer.end() - 1
            message = rule.message.replace("{match}", page.document.as_read(start, end))
            findings.append(rule_finding(page, rule, start, end, message, question))
    return findings


def check_avoid(page: Page, rule: Rule, registry: Registry | None) -> list[Finding]:
    finder = _finder(rule.terms)
    findings = _answered_none(page, rule, finder)
    for sentence in page.sentences_for(finder):
        if sentence.is_question:
            continue
        words = sentence.words
        for i, j, _phrase in finder.find(words):
            if negated(words, i, j, hedged=rule.hedged) or _excepted(rule, words, i, j):
                continue
            # the registry's statements are read only once a page uses the term
            allowed_subjects = _registry_subjects(rule, registry)
            if allowed_subjects is not None and allowed_subjects.any_in(words):
                continue
            start, end = words[i].start, words[j - 1].end
            while start > sentence.start and page.document.raw[start - 1].isalpha():
                start -= 1  # a hit that starts at "n't" quotes "doesn't"
            said = page.document.as_read(start, end)
            message = rule.message.replace("{match}", said)
            findings.append(rule_finding(page, rule, start, end, message, sentence))
    return findings


# -- qualify --------------------------------------------------------------------------------


def _mentions(terms: PhraseFinder, words: Sequence[Word]) -> list[tuple[int, int]]:
    """The term hits, adjacent ones joined: "CAR-T cell therapy" is one mention, not two."""
    mentions: list[tuple[int, int]] = []
    for i, j, _ in terms.find(words):
        if mentions and mentions[-1][1] == i:
            mentions[-1] = (mentions[-1][0], j)
        else:
            mentions.append((i, j))
    return mentions


def _scope(page: Page, scope: str, sentence: Sentence) -> tuple[int, int]:
    """Where a qualifier for a term in ``sentence`` may stand."""
    if scope == "sentence":
        return sentence.start, sentence.end
    if scope == "paragraph":
        return page.paragraph_of(sentence.start)
    if scope == "section":
        section = page.section_of(sentence.start)
        return section.start, section.end
    return 0, len(page.document.raw)


def check_qualify(page: Page, rule: Rule) -> list[Finding]:
    terms, qualifiers = _finder(rule.terms), _finder(rule.qualifiers)
    near = _finder(rule.near) if rule.near else None
    qualified: dict[tuple[int, int], bool] = {}  # scope -> has a qualifier
    findings = []
    # (where no word of ``near`` can match, the sentence is passed over unread)
    for sentence in page.sentences_for(terms, *((near,) if near is not None else ())):
        if not sentence.is_statement:
            continue
        words = sentence.words
        hits = [(i, j) for i, j in _mentions(terms, words) if not _excepted(rule, words, i, j)]
        if not hits or (near is not None and not near.any_in(words)):
            continue
        scope = _scope(page, rule.scope, sentence)
        if scope not in qualified:
            qualified[scope] = page.finds_in(qualifiers, *scope)
            if not qualified[scope]:
                i, j = hits[0]
                first, last = words[i].start, words[j - 1].end
                message = rule.message.replace("{match}", page.document.as_read(first, last))
                findings.append(rule_finding(page, rule, first, last, message, sentence))
    return findings


# -- relative-needs-absolute ----------------------------------------------------------------


@lru_cache(maxsize=64)
def _forms(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(form for word in words for form in inflections(word.lower()))


def _after_change_verb(words: Sequence[Word], index: int, rule: Rule) -> bool:
    """Whether a change verb ("cut", "reduced", "rose") stands within VERB_WINDOW words
    before words[index]: what makes "by 40%" or "by a third" a change, not a share. A change
    made to a dose or a tablet ("reduce the dose by a third", "cut the tablet in half") is an
    instruction, not an effect."""
    before = [w.text for w in words[max(0, index - VERB_WINDOW) : index]]
    verbs = _forms(rule.change_verbs)
    last_verb = max((k for k, word in enumerate(before) if word in verbs), default=None)
    return last_verb is not None and not DOSE_WORDS & set(before[last_verb + 1 :])


def is_relative(
    q: Quantity, words: Sequence[Word], rule: Rule, starts: Sequence[int] | None = None
) -> bool:
    """Whether a quantity states a relative change (see the module docstring). ``starts``,
    the words' start offsets, saves recomputing them for each quantity of a paragraph.

    A multiple is relative ("3 times more likely"), a frequency is not ("3 times a day":
    kind ``frequency``, or a multiple with a ``per`` period); a percent or a proportion is
    relative when a change word follows it ("32% reduction", "a two-thirds drop") or it
    follows "by" after a change verb ("cut deaths by 40%", "by two-thirds"); a change in
    percentage points is an absolute difference, never relative."""
    if q.kind == "multiple":
        return q.per is None
    if q.kind not in ("percent", "proportion") or q.unit == "percentage points":
        return False
    starts = starts if starts is not None else [w.start for w in words]
    first_after = bisect.bisect_left(starts, q.end)  # words are in text order
    after = [w.text for w in words[first_after : first_after + 2]]
    if _forms(rule.change_words) & set(after):
        return True
    last_before = bisect.bisect_left(starts, q.start)
    while last_before > 0 and words[last_before - 1].end > q.start:
        last_before -= 1  # a word overlapping the figure is not before it
    if last_before > 0 and words[last_before - 1].text == "by":
        return _after_change_verb(words, last_before - 1, rule)
    return False


def _kind_of(q: Quantity) -> str:
    """The quantity's kind, a bare number per a population ("20 per 1,000") being a rate."""
    return "rate" if q.kind == "number" and q.per is not None else q.kind


def _relative_words(sentence: Sentence, rule: Rule) -> list[tuple[int, int]]:
    """The spans of relative effects said in words: the rule's ``phrases`` ("halves",
    "twice as likely") and its ``relative_amounts`` after a change verb ("cut by a third").
    Negated ones ("does not halve") are no effect; hedged ones ("may halve") still are."""
    words = sentence.words
    spans = []
    for i, j, _ in _finder(rule.phrases).find(words):
        if not negated(words, i, j, hedged=HEDGED_REPORT):
            spans.append((words[i].start, words[j - 1].end))
    for i, j, _ in _finder(rule.relative_amounts).find(words):
        if _after_change_verb(words, i, rule) and not negated(words, i, j, hedged=HEDGED_REPORT):
            spans.append((words[i].start, words[j - 1].end))
    return spans


def check_relative(page: Page, rule: Rule, claims: Sequence[Claim]) -> list[Finding]:
    # a threshold in a table header's brackets ("Responders (50% fewer migraine days)")
    # names the outcome its row's cells count, which are the absolute figures: no effect
    quantities = sorted(
        (
            q
            for claim in claims
            for q in claim.quantities
            if not (claim.headers and defines_a_header_outcome(claim, q))
        ),
        key=lambda q: q.start,
    )
    quantity_starts = [q.start for q in quantities]
    in_words = {
        sentence.start
        for finder in (_finder(rule.phrases), _finder(rule.relative_amounts))
        for sentence in page.sentences_for(finder)
    }
    findings = []
    # a paragraph's sentences are read by their offsets, a Sentence made only for those a
    # rule's words stand in and the one a finding quotes (a Sentence for every sentence of
    # every paragraph with a figure was a tenth of the rules' time)
    sentence_starts, sentence_ends = page.sentences.starts, page.sentences.ends
    for start, end in page.paragraphs_holding([*quantity_starts, *in_words]):
        first_sentence, end_sentence = page.sentence_range(start, end)
        numbers = range(first_sentence, end_sentence)
        inside = quantities[
            bisect.bisect_left(quantity_starts, start) : bisect.bisect_left(quantity_starts, end)
        ]  # the paragraphs with neither a figure nor a relative effect in words are not read
        words = page.words_of(first_sentence, end_sentence)  # made as read: a few per figure
        starts = words.starts
        relative = [
            span
            for number in numbers
            if sentence_starts[number] in in_words  # elsewhere _relative_words finds nothing
            for span in _relative_words(page.sentences[number], rule)
        ]
        absolute = False
        for q in inside:
            if is_relative(q, words, rule, starts):
                first_word = bisect.bisect_right(starts, q.start) - 1
                last_word = bisect.bisect_left(starts, q.end)
                if not negated(words, max(first_word, 0), last_word, hedged=HEDGED_REPORT):
                    relative.append((q.start, q.end))
            elif _kind_of(q) in rule.absolute_kinds and not any(
                a < q.end and q.start < b for a, b in relative
            ):  # "by two-thirds" is a proportion read as part of a relative amount
                absolute = True
                break  # the paragraph states an absolute figure: nothing to report
        if not relative or absolute:
            continue
        first = min(start for start, _end in relative)  # the longest said there:
        last = max(end for start, end in relative if start == first)  # "twice as likely"
        sentence = next(
            (
                page.sentences[number]
                for number in numbers
                if sentence_starts[number] <= first < sentence_ends[number] + 1
            ),
            None,
        )
        said = page.document.as_read(first, last)
        message = rule.message.replace("{match}", said)
        findings.append(rule_finding(page, rule, first, last, message, sentence))
    return findings


def check_rule(
    page: Page, rule: Rule, claims: Sequence[Claim], registry: Registry | None
) -> list[Finding]:
    if rule.kind == REQUIRED:
        return check_required(page, rule, claims)
    if rule.kind == AVOID:
        return check_avoid(page, rule, registry)
    if rule.kind == QUALIFY:
        return check_qualify(page, rule)
    if rule.kind == RELATIVE:
        return check_relative(page, rule, claims)
    raise ValueError(f"unknown rule kind {rule.kind!r}")  # the schema admits no other
