"""With or without: a figure said of those without something is not the claim about those
with it, and the other way round.

"Awareness was reported in 1 in 8,200 anaesthetics when no neuromuscular block was given"
against two sibling claims, "With neuromuscular block, … 1 in 8,200" and "Without
neuromuscular block, … 1 in 135,900": both claims share every word of the clause, so only the
"no" tells them apart. The registry-name rule of the matcher (``WITH_IT``) covers a condition
the registry names as a subject; this one covers any exposure, technique or setting a claim
says with a negator (``without``, ``no``, ``non-``, ``never``), read from the words
themselves.

A negated phrase is its first one or two content words after the negator. It contradicts a
text that says all of those words outside any negated phrase: the figure names the exposure
plainly while the claim is about its absence, or the figure is about its absence while the
claim names it plainly. A text that says neither way (no mention) contradicts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from claimcheck.verify.scans import NeedleScanned

NEGATOR = NeedleScanned(
    re.compile(
        r"(?:\b(?:without|no|zero|never|in\W+the\W+absence\W+of|absent)\b(?!-)"
        r"|(?<![\d.,])\b0(?=[ \t]+[A-Za-z])"
        r"|\bno-(?!(?:one|show|shows|go|brainer|fault|frills|nonsense)\b)|\bnon-|\bzero-"
        r"|\bnot\W+(?:(?:been|being)\W+)?(?:using|use|used"
        r"|taking|take|taken|on|given|receiving|receive|received|getting|get|offered"
        r"|treated\W+with)\b)\W*(?:(?:a|an|the|any|prior)\W+)?"
        r"(?P<what>[A-Za-z][\w'-]*(?:[ \t]+[A-Za-z][\w'-]*)?)",
        re.IGNORECASE,
    )
)
"""A negator and the (at most two) words it negates: ``without neuromuscular block``, ``no
muscle relaxant``, ``the no-prophylaxis group``, ``zero treated bleeds``, ``had 0 attacks``,
``non-smokers``,
``never smoked``, ``in the absence of any intervention``,
``not using PAP``, ``did not receive early
palliative care``, ``had not been given it``."""
FREE = NeedleScanned(
    re.compile(
        r"\b(?P<what>(?:[A-Za-z][\w']*-[ \t]+(?:and|or)[ \t]+)?[A-Za-z][\w']*)-free\b"
        r"|\bfree[ \t]+(?:of|from)[ \t]+(?:any[ \t]+)?(?P<after>[A-Za-z][\w'-]*"
        r"(?:[ \t]+(?:and|or)[ \t]+[A-Za-z][\w'-]*)?)",
        re.IGNORECASE,
    )
)
"""Free of something, said after it or before: ``attack-free``, ``itch- and hive-free``,
``free of seizures``, ``free from pain and stiffness`` say without attacks, itch and hives,
seizures, pain and stiffness (every word named, one phrase)."""
FREE_WORD = re.compile(r"[A-Za-z][\w']*")
NOT_NEGATED = frozenset(
    """more less fewer longer later earlier sooner greater higher lower better worse than one
    other others significant significantly difference different differences change changes
    increase increased decrease reduction evidence known clear single further matter need
    needed cost charge extra such doubt exception reason way time times problem problems
    data statistically effect impact benefit role use longer-term matter sign signs
    account case cases""".split()
)
"""Words after a negator that do not make a group of those without something: ``no more
than``, ``no significant difference``, ``no evidence``, ``no longer``, ``no extra cost``."""


COMPARED_BEFORE = re.compile(
    r"\b(?:than|compared\W+(?:with|to)|versus|vs|against|relative\W+to|as)\b[^.;,]{0,40}\Z",
    re.IGNORECASE,
)
"""A comparison just before a negated phrase: "than non-runners", "compared with those who had
never smoked", "as likely as people who have never smoked" name the reference group, not the
group the figure or claim is about."""


@dataclass(frozen=True)
class Polarity:
    """What a text says without: ``own``, one set of stems per negated phrase that is not a
    comparison's reference group; ``anywhere``, the stems of every negated phrase; and
    ``plain``, the stems it says outside any negated phrase."""

    own: tuple[frozenset[str], ...]
    anywhere: frozenset[str]
    plain: frozenset[str]
    compared: tuple[frozenset[str], ...] = ()  # the negated phrases after a comparison


NO_POLARITY = Polarity((), frozenset(), frozenset())


def read_polarity(
    text: str,
    stems: Callable[[str], list[str]],
    stop_words: frozenset[str],
    free: bool = True,
) -> Polarity:
    """The negated phrases and plain words of ``text``. A phrase is the one or two words
    after the negator, up to a stop word (``no vomiting over 24 hours`` negates vomiting);
    ``stems`` turns words into the stems the matcher compares (its ``comparable_words``),
    ``stop_words`` are never content. With ``free`` false, ``X-free`` is read as a name, not
    as without X: a claim's declared ``failure-free`` or ``progression-free`` names its
    outcome, which a figure may say either way ("avoided failure")."""
    free_of = FREE.search(text) if free else None
    if not NEGATOR.search(text) and free_of is None:
        return Polarity((), frozenset(), frozenset(stems(text)) - stop_words)
    own: list[frozenset[str]] = []
    compared: list[frozenset[str]] = []
    anywhere: set[str] = set()
    spans: list[tuple[int, int]] = []
    negated = list(NEGATOR.finditer(text))
    if free_of is not None:
        negated = sorted([*negated, *FREE.finditer(text)], key=lambda found: found.start())
    for found in negated:
        if "after" in found.re.groupindex:  # one of FREE's
            named = found.group("what") or found.group("after")
            words = [
                w
                for w in FREE_WORD.findall(named)
                if w.lower() not in stop_words and w.lower() not in NOT_NEGATED
            ]
            said = frozenset(s for s in stems(" ".join(words)) if s not in stop_words)
            if said:
                anywhere |= said
                spans.append((found.start(), found.end()))
                own.append(said)
            continue
        words = []
        # "the zero-attack rate", "the no-prophylaxis arm": a hyphen joins the negator to
        # its one word, the next is the noun it describes
        what = found.group("what").split()
        if found.group().lower().startswith(("zero-", "no-", "non-")):
            what = what[:1]
        for word in what:
            if word.lower() in stop_words or word.lower() in NOT_NEGATED:
                break
            words.append(word)
        said = frozenset(s for s in stems(" ".join(words)) if s not in stop_words)
        if not said:
            continue
        anywhere |= said
        spans.append((found.start(), found.end()))
        if COMPARED_BEFORE.search(text, max(0, found.start() - 60), found.start()):
            compared.append(said)
        else:
            own.append(said)
    plain_text = text
    for start, end in reversed(spans):
        plain_text = plain_text[:start] + " ; " + plain_text[end:]
    plain = frozenset(stems(plain_text)) - stop_words
    return Polarity(tuple(own), frozenset(anywhere), plain, tuple(compared))


def opposite(
    figure: Polarity, declared: Polarity, group: Polarity, claim: Polarity
) -> frozenset[str] | None:
    """The stems of a phrase one side says without and the other says plainly (and never
    without), or None. ``figure`` is the figure's clause; ``declared`` the claim's context
    and group names, ``group`` its group names alone, ``claim`` its statement, context and
    group together. A claim says without in the names it declares (a statement's "without
    progression" is an outcome, not a group); a figure's "without" is held against a group
    the claim declares, since its outcome may be said either way ("had no vomiting" is
    "prevented vomiting")."""
    for phrase in declared.own:
        if phrase <= figure.plain and not phrase & figure.anywhere:
            return phrase
    for phrase in figure.own:
        if phrase <= group.plain and not phrase & claim.anywhere:
            return phrase
    return None
