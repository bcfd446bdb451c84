"""What a share is of: the kind of whole a percentage's "of" names, compared between a page
and a claim.

"Hypertensive disorders complicate about 10% of pregnancies" and a claim that they "accounted
for 14.0% of maternal deaths" share a subject and a kind of figure, but the page's share is of
pregnancies and the claim's of deaths: a figure that is a share of one whole is never the
figure of a claim about a share of another, whatever their numbers (the same kind of near
miss as a death count against a case count). The whole is read from the noun phrase after
"of", up to what qualifies it ("of all cancer deaths in the US" -> deaths), as one of the
kinds of :data:`WHOLES` (the last kind word of the phrase decides: "cancer deaths" are
deaths). A phrase that names people or the subject's own cases first, or no kind, is left to
the frame: whom a share counts is its group, not another whole.
"""

from __future__ import annotations

import re

PHRASE_END = frozenset(
    """in among at for with who whom whose that which where when while whereas as than are is
    were was be been being have has had do does did and or but nor from by during across
    each every per over under after before within since until through to into on worldwide
    globally nationally overall annually alone aged not because if so yet like including
    according versus vs compared""".split()
)
"""Words that end the noun phrase after "of": a preposition, a verb of being, a conjunction
or an adverb of place or time (``of pregnancies worldwide``, ``of deaths in 2020``)."""

LEAD_WORDS = frozenset("the all a an its their his her our your total of".split())
"""Words before a whole's noun that say nothing of which whole it is (``of all the …``)."""

WHOLES = {
    "deaths": "deaths fatalities mortality death",
    "cancers": "cancers cancer tumours tumors tumour tumor malignancies carcinomas",
    "births": "births pregnancies deliveries childbirths birth pregnancy conceptions",
    "admissions": "admissions hospitalisations hospitalizations admission",
    "visits": "appointments visits consultations attendances",
    "spending": "spending expenditure budget costs",
    "economy": "gdp economy",
    "operations": "operations procedures surgeries",
    "prescriptions": "prescriptions prescribing",
    "infections": "infections",
    "injuries": "injuries",
}
"""Kinds of whole a share is commonly of, each by the nouns that name it: a share of deaths
is never one of births or of cancers diagnosed."""
WHOLE_OF = {noun: kind for kind, nouns in WHOLES.items() for noun in nouns.split()}

PEOPLE = re.compile(
    r"(?:people|persons?|adults?|patients?|women|men|children|child|infants?|babies|girls|boys"
    r"|participants?|subjects?|recipients?|individuals?|adolescents?|teens?|teenagers?|those"
    r"|them|these|everyone|users?|smokers?|population|populations|residents?|respondents?"
    r"|survivors?|[a-z]+ans|group|arm|cohort|cases?|episodes?)\Z"
)
"""Words that make a share one of people, or of the subject's own cases: whom it counts is
its group (the frame's business), never another whole."""


def whole_kind(share_of: str) -> str | None:
    """The kind of whole (:data:`WHOLES`) the phrase after a share's "of" names before
    anything qualifies it (``"all cancer deaths in the US"`` -> ``"deaths"``), or ``None``
    when it names people first, or no kind."""
    words = re.findall(r"[a-z][a-z'-]*|\d+", share_of.lower())
    while words and words[0] in LEAD_WORDS:
        words.pop(0)
    kind = None
    for word in words[:5]:
        if word in PHRASE_END or PEOPLE.match(word):
            break
        kind = WHOLE_OF.get(word, kind)
    return kind


def another_whole(page_share_of: str, claim_share_of: str | None) -> str | None:
    """The kind of the page's whole when the claim's is of another kind, else ``None``.

    ``page_share_of`` and ``claim_share_of`` are the words after each one's "of" (the
    page's figure's, the claim's statement's own value's)."""
    if not page_share_of or not claim_share_of:
        return None
    page, theirs = whole_kind(page_share_of), whole_kind(claim_share_of)
    if page is None or theirs is None or page == theirs:
        return None
    return page
