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

A whole said all ("of all strokes", "of strokes of any type") is not a part of it that a
word qualifies ("of ischaemic strokes", "of cancer deaths"), nor the other way round: "causes
25% of all strokes" is no figure of the claim that it causes 25% of ischaemic strokes.
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
    "eyes": "eyes eye",
    "teeth": "teeth tooth",
    "grafts": "grafts graft implants implant organs",
    "lesions": "lesions polyps nodules",
    "samples": "samples specimens tests",
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


ALL_WORDS = frozenset({"all", "any", "every"})
ALL_AFTER = re.compile(
    r"\A(?P<head>[a-z][a-z'-]*)[ \t]+(?:of[ \t]+(?:any|all)[ \t]+(?:types?|kinds?|causes?|forms?)"
    r"|overall|combined)\b",
    re.IGNORECASE,
)
"""A whole said all of after its noun: "strokes of any type", "cancers overall"."""
KINDS_OF_ALL = re.compile(
    r"\A[ \t]*(?:all|any|every)[ \t]+(?:the[ \t]+)?(?:types?|kinds?|forms?|causes?|cases?"
    r"|episodes?|instances?)[ \t]+of[ \t]+",
    re.IGNORECASE,
)
POST_QUALIFIERS = frozenset({"from", "due", "caused", "related", "attributable", "with", "of"})
"""Words after a whole's noun that say which part of it is meant ("deaths from lung cancer",
"cases of colon cancer"): the phrase is then no whole said all of, nor a part said before."""
COUNTED_EVENTS = frozenset({"case", "cases", "episode", "episodes"})
"""Nouns :data:`PEOPLE` holds that still name a whole a word may narrow ("lung cancer cases")."""
PARTICIPLES = frozenset({"born", "given", "seen", "taken", "known", "living", "undergoing"})
"""Participles that end a whole's noun phrase as a verb of being does: "babies born in …"."""
NEUTRAL_WORDS = frozenset(
    """new recorded reported registered diagnosed confirmed annual yearly estimated known total
    such these those global worldwide national""".split()
)
"""Words before a whole's noun that narrow it to no part: "new strokes" are strokes."""
OF_AFTER = re.compile(r"\A[^\w]*of[ \t]+(?P<rest>[^.;:()]*)", re.IGNORECASE)
"""The words after a figure's "of", to the end of its clause."""


def _stem(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


PEOPLE_AFTER = re.compile(
    r"[a-z]+ed[ \t]+(?:in|among|amongst)[ \t]+(?:the[ \t]+)?(?:people|adults|children|women|men"
    r"|girls|boys|infants|babies|adolescents|teenagers|patients|those)\b",
    re.IGNORECASE,
)
"""A participle that narrows a whole to a group after its noun: "diagnosed in children"."""


def _whole_said(rest: str) -> tuple[bool, frozenset[str], str, bool] | None:
    """(said all of, the words that qualify it, its head noun stemmed, a name among them)
    of the noun phrase ``rest`` opens ("all lung cancers in …" -> (True, {"lung"},
    "cancer", False)), or None when it has no noun."""
    found = ALL_AFTER.match(rest)
    if found is not None:
        return True, frozenset(), _stem(found.group("head").lower()), False
    rest = KINDS_OF_ALL.sub("all ", rest)  # "all types of stroke" is all strokes
    words = []
    for found_word in list(re.finditer(r"[\w'’-]+", rest))[:6]:
        word = found_word.group()
        lower = word.lower()
        if lower in POST_QUALIFIERS:
            return None  # "all deaths from lung cancer": qualified after its noun
        if lower in PHRASE_END or lower in PARTICIPLES or lower.endswith("ed"):
            if lower.endswith("ed") and words and PEOPLE_AFTER.match(rest, found_word.start()):
                # "all cancers diagnosed in children": qualified after its noun, all of a
                # part ("childhood cancers"), no whole said all of
                return None
            break  # "babies born in …", "patients treated with …": the noun came before
        if PEOPLE.match(lower) and lower not in COUNTED_EVENTS:
            return None  # a share of people: whom it counts is the frame's, not a whole
        if not lower.endswith(("'s", "’s")):  # "the world's", "England's": whose, no part
            words.append(word)
    said_all = bool(words) and words[0].lower() in ALL_WORDS
    while words and (words[0].lower() in LEAD_WORDS | ALL_WORDS):
        words.pop(0)
    if not words or len(words) > 4:
        return None
    qualifiers = words[:-1]
    named = any(w[:1].isupper() or any(c.isdigit() for c in w) for w in qualifiers)
    kept = frozenset(w.lower() for w in qualifiers) - NEUTRAL_WORDS
    return said_all, kept, _stem(words[-1].lower()), named


def all_against_part(page_after: str, claim_after: str | None) -> str | None:
    """The page's whole when one side says a whole all of and the other a part of it that
    a word qualifies (module docstring), else None. ``page_after`` and ``claim_after`` are
    the texts right after each one's figure ("of all strokes in …", "of ischaemic strokes")."""
    page_of, claim_of = OF_AFTER.match(page_after), OF_AFTER.match(claim_after or "")
    if page_of is None or claim_of is None:
        return None
    page, claim = _whole_said(page_of.group("rest")), _whole_said(claim_of.group("rest"))
    if page is None or claim is None or page[0] == claim[0] or page[2] != claim[2]:
        return None
    whole, part = (page, claim) if page[0] else (claim, page)
    if part[3] or not part[1] - whole[1]:
        return None  # a place or a year is no part ("of US strokes"), nor a word both say
    return " ".join(("all" if page[0] else "", *sorted(page[1]), f"{page[2]}s")).strip()


THINGS = frozenset({"eyes", "teeth", "grafts", "lesions", "samples"})
"""Kinds of whole that are never people: a share of treated eyes, of teeth, of grafts or of
samples is no share of the patients they belong to (ophthalmology and dentistry report per
eye or per tooth and per patient side by side; transplant registries graft and patient
survival), nor the other way round."""
SOMEONE = re.compile(
    r"(?:people|persons?|adults?|patients?|women|men|children|infants?|babies|girls|boys"
    r"|participants?|recipients?|individuals?|adolescents?|teenagers?|users?|smokers?"
    r"|residents?|respondents?|survivors?|donors?)\Z"
)
"""Words that make a share one of people outright (not "those", "them", "cases": they may
stand for anything counted)."""


def _people_first(share_of: str) -> str | None:
    """The word naming people that the phrase after a share's "of" opens with, or None."""
    words = re.findall(r"[a-z][a-z'-]*|\d+", share_of.lower())
    while words and words[0] in LEAD_WORDS:
        words.pop(0)
    for word in words[:3]:
        if SOMEONE.match(word):
            return word
        if word in PHRASE_END or WHOLE_OF.get(word) is not None:
            return None
    return None


def another_whole(page_share_of: str, claim_share_of: str | None) -> str | None:
    """The kind of the page's whole when the claim's is of another kind, else ``None``:
    two kinds of :data:`WHOLES`, or people against a kind of :data:`THINGS` ("85% of
    grafts" against "88% of patients").

    ``page_share_of`` and ``claim_share_of`` are the words after each one's "of" (the
    page's figure's, the claim's statement's own value's)."""
    if not page_share_of or not claim_share_of:
        return None
    page, theirs = whole_kind(page_share_of), whole_kind(claim_share_of)
    if page is None and theirs in THINGS:
        return _people_first(page_share_of)
    if theirs is None and page in THINGS and _people_first(claim_share_of) is not None:
        return page
    if page is None or theirs is None or page == theirs:
        return None
    return page
