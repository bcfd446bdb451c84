"""Whose share a figure is: "X accounts for N% of Y" is X's share of Y.

"Untreated vision loss accounts for 2% of dementia cases" names what the 2% belongs to before
its verb (``accounts for``, ``made up``, ``were involved in``, ``caused``). A claim about the
share of Y that something else accounts for ("14 modifiable risk factors account for about 45%
of dementia") shares every word of Y and the subject of the sentence, so it ranks as the
figure's claim; but it is not about vision loss, and 2% is no misstatement of its 45%. A claim
whose words say nothing of the phrase that owns the figure may not accuse it (the figure may
still be another claim's, and an agreeing claim is judged as before): the verdict is
unsupported, with the reason named. The phrase is the few words right before the verb in the
figure's own clause, after any comma or "that" that opens it.
"""

from __future__ import annotations

import re

from claimcheck.nlp.claim import Claim
from claimcheck.nlp.quantity import Quantity

ATTRIBUTING_VERB = re.compile(
    r"\b(?:accounts?\W+for|accounted\W+for|ma(?:de|kes?)\W+up|(?:was|were|is|are)\W+involved\W+in"
    r"|(?:was|were|is|are)\W+(?:responsible|to\W+blame)\W+for|caused|causes|cause)"
    r"(?:\W+(?:an\W+estimated|some|about|around|roughly|nearly|almost|only|just|more\W+than"
    r"|over|under|less\W+than|up\W+to|at\W+least))?\W*\Z",
    re.IGNORECASE,
)
"""The verb that gives the figure after it to the phrase before it, with a hedge or bound the
figure's own text may leave out: "accounts for about", "made up", "were involved in"."""
OWNER_START = re.compile(
    r"(?:[,;:]|\b(?:that|while|whereas|and)\b)(?!.*(?:[,;:]|\b(?:that|while|whereas|and)\b))",
    re.IGNORECASE | re.DOTALL,
)
"""Where the owning phrase begins: after the last comma, colon, "that", "while" or "and"
before the verb ("The 2024 Lancet Commission found that untreated vision loss accounts for")."""
OWNER_WORDS = 5  # words of the owning phrase read, nearest the verb first
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
PRONOUN_OWNER = re.compile(r"\A(?:it|they|this|these|that|those|he|she)\Z", re.IGNORECASE)


def owning_phrase(claim: Claim, quantity: Quantity, clause_start: int) -> str | None:
    """The words that own the figure ("untreated vision loss"), or None when no attributing
    verb stands right before it or a pronoun owns it (its antecedent is elsewhere)."""
    if RESPECTIVELY.search(claim.text):
        return None  # "A and B caused 23% and 18% …, respectively": the pairing decides
    before = claim.text[clause_start - claim.start : quantity.start - claim.start]
    verb = ATTRIBUTING_VERB.search(before)
    if verb is None:
        return None
    lead = before[: verb.start()]
    opened = OWNER_START.search(lead)
    phrase = lead[opened.end() :] if opened else lead
    words = re.findall(r"[^\W\d_][\w'’-]*", phrase)[-OWNER_WORDS:]
    if not words or (len(words) == 1 and PRONOUN_OWNER.match(words[0])):
        return None
    return " ".join(words)


SHARED_ROOT = 6  # letters two words share at their start to be one word's forms
"""("osteoporosis" and "osteoporotic", "diabetes" and "diabetic"): the owner said as a noun,
the claim as an adjective."""


def unexplained_owner(owner_words: frozenset[str], vocabulary: frozenset[str]) -> bool:
    """Whether the owning phrase says telling words (``owner_words``, as the matcher compares
    them) and none of them is the claim's (``vocabulary``), not even by its root."""
    if not owner_words or owner_words & vocabulary:
        return False
    roots = {word[:SHARED_ROOT] for word in vocabulary if len(word) >= SHARED_ROOT}
    if any(len(w) >= SHARED_ROOT and w[:SHARED_ROOT] in roots for w in owner_words):
        return False
    # a habit and its doers are one word's forms: "vapers" own what "vaping" does (the
    # matcher's words come stemmed, "smoking" as "smok", or whole)
    habits = {doing(word) for word in vocabulary}
    return not any(doing(w) in habits for w in owner_words if DOER.search(w))


DOER = re.compile(r"(?<=\w{3})ers?\Z")
"""A doer's ending (``smokers``, ``vaper``): the habit's ``-ing`` said of those who have it."""


def doing(word: str) -> str:
    """A habit's or a doer's stem: ``smoking`` and ``smokers`` are ``smok``."""
    return re.sub(r"(?:ing|ers?)\Z", "", word)
