"""A figure the sentence denies: "Gestational diabetes does not affect 20% of pregnancies",
"It is a myth that 50% of women over 50 have osteoporosis", "affects not 20% but 9%",
"Some sites say 90% of strokes are preventable, but this is wrong", a sentence followed by
"That is not true." or a question answered "No.".

Myth-busting pages and FAQs repeat the wrong figure to deny it. The figure is not what the
draft asserts, so it is no conflict to accuse: a reviewer is told nothing about it (a figure
the sentence denies that agrees with a claim is judged as before: the draft may deny a true
figure). A negation that shapes a bound ("not more than 4 g") is the figure's comparator,
read by extraction, and no denial; nor is a sentence whose claim says the same negation.
"""

from __future__ import annotations

import re

from claimcheck.nlp.claim import Claim
from claimcheck.nlp.quantity import Quantity

_H = r"[ \t\u00a0]"
DENIED_BEFORE = re.compile(
    rf"\b(?:it{_H}+is|it's|it’s|that{_H}+is|this{_H}+is){_H}+(?:simply{_H}+)?"
    rf"(?:not{_H}+true|untrue|false|wrong|a{_H}+myth|a{_H}+misconception){_H}+that\b"
    rf"|(?<!not{_H}a{_H})(?<!no{_H})\b(?:myth|misconception|mistaken{_H}+belief|false{_H}+claim"
    rf"|false{_H}+belief){_H}+(?:is{_H}+)?that\b"
    rf"|\b(?:wrongly|mistakenly|falsely){_H}+(?:believe[sd]?|think|thinks|thought|claim(?:s|ed)?"
    rf"|say|says|said|assume[sd]?){_H}+(?:that{_H}+)?"
    rf"|\A\W*(?:myth|false|fiction)(?:{_H}*:|{_H}+[–—-]{_H})",
    re.IGNORECASE,
)
"""Words that deny what follows them in the sentence: "It is not true that …", "It is a
myth that …", "the misconception that …", "people wrongly believe that …", a line opening
"Myth:" (not "It is not a myth that …", which asserts it)."""
DENIED_AFTER = re.compile(
    rf"(?:,?{_H}+but{_H}+(?:this|that|it){_H}+(?:is|was)|{_H}+(?:is|are|was|were))"
    rf"{_H}+(?:simply{_H}+|just{_H}+)?"
    rf"(?:wrong|not{_H}+true|untrue|false|incorrect|a{_H}+myth|not{_H}+the{_H}+case)"
    rf"{_H}*(?:[.!;:,)\u2013\u2014]|\Z)",
    re.IGNORECASE,
)
"""Words after a figure that deny what came before, ending the sentence or clause: "…, but
this is wrong.", "…, but this is wrong: about 80% …" (the corrected figure after the colon is
asserted), "The idea that … 50% … is a myth." ("96.4% were false positives" denies
nothing)."""
NEGATED_VERB = re.compile(
    rf"\b(?:(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could){_H}+not"
    rf"|doesn[’']t|don[’']t|didn[’']t|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|hasn[’']t"
    rf"|haven[’']t|won[’']t|cannot|can[’']t|couldn[’']t)\b",
    re.IGNORECASE,
)
"""A verb said negated before the figure in its clause: "does not affect 20% of …"."""
PAUSE = re.compile(r"[,;:()\u2013\u2014]")
SUBORDINATE = re.compile(
    r"\b(?:who|whose|whom|which|that|if|when|where|unless|because|although|though|whether"
    r"|while)\b(?:\W+\w+){0,4}\W*\Z",
    re.IGNORECASE,
)
"""A negation inside a phrase set off from the figure ("whose water was not fluoridated,
fluoridation cut … by 35%") or in a subordinate clause ("people who could not have a
transplant") is not the figure's verb negated."""
ASSERTED = re.compile(
    rf"\b(?:not|no|never)(?:{_H}+a)?{_H}+(?:myth|misconception|untrue|false|wrong|lie)"
    rf"{_H}+that\b",
    re.IGNORECASE,
)
"""A denial denied: "It is not a myth that …", "it is no lie that …" assert what follows."""
_WRONG = (
    rf"(?:simply{_H}+|just{_H}+|actually{_H}+|completely{_H}+)?"
    rf"(?:wrong|untrue|false|incorrect|inaccurate|a{_H}+myth|a{_H}+misconception"
    rf"|an{_H}+exaggeration|out{_H}+of{_H}+date|outdated"
    rf"|not{_H}+(?:true|correct|accurate|right|the{_H}+case|so))"
)
DENIED_NEXT = re.compile(
    rf"\A\W*(?:(?:but|and){_H}+)?(?:(?:this|that|it|the|such){_H}+(?:figure|claim|number|idea"
    rf"|statistic|belief|estimate|statement){_H}+|this{_H}+|that{_H}+|it{_H}+)"
    rf"(?:is|was|has{_H}+been){_H}+{_WRONG}{_H}*(?:[.!;:,\u2013\u2014]|\Z)"
    rf"|\A\W*(?:that[’']s|this[’']s|it[’']s){_H}+{_WRONG}{_H}*(?:[.!;:,\u2013\u2014]|\Z)"
    rf"|\A\W*(?:(?:this|that|it){_H}+(?:isn[’']t|wasn[’']t)|(?:that|it)[’']s{_H}+not)"
    rf"{_H}+(?:true|correct|accurate|right|the{_H}+case|so){_H}*(?:[.!;:,\u2013\u2014]|\Z)"
    rf"|\A\W*(?:not{_H}+true|untrue|false|wrong|incorrect|myth|not{_H}+so)"
    rf"{_H}*(?:[.!:]|\Z)",
    re.IGNORECASE,
)
"""A next sentence that denies the whole of the one before, said as a verdict on it and
nothing more: "That is not true.", "This figure is out of date: …", "It's a myth.",
"False!" ("This is not true for children under 5" limits it, and denies nothing)."""
ANSWERED_NO = re.compile(
    rf"\A\W*(?:no|nope|not{_H}+quite|not{_H}+really|not{_H}+exactly)\b(?:{_H}*[.,!:;\u2013\u2014])",
    re.IGNORECASE,
)
"""A question answered "No." in the next sentence ("Do half of all adults over 50 break a
bone? No. …"): the question's figure is the one denied."""
NOT_THIS_BUT = re.compile(rf"\bnot{_H}+\Z", re.IGNORECASE)
BUT_THAT = re.compile(rf",?{_H}+but{_H}+", re.IGNORECASE)
STATEMENT_NEGATED = re.compile(r"\b(?:not|no|never|n[’']t|cannot|without)\b", re.IGNORECASE)


def denies(claim: Claim, quantity: Quantity, clause: tuple[int, int], statement: str) -> bool:
    """Whether the figure's sentence denies it (see the module's docstring). ``clause`` is
    the figure's clause as file offsets, ``statement`` the claim it would conflict with."""
    if quantity.comparator is not None or STATEMENT_NEGATED.search(statement):
        return False
    text = claim.text
    before = text[: quantity.start - claim.start]
    after = text[quantity.end - claim.start :]
    if ASSERTED.search(before):
        return False  # "It is not a myth that …": two denials assert it
    if DENIED_BEFORE.search(before):
        return True
    if NOT_THIS_BUT.search(before) and BUT_THAT.match(after):
        return True  # "affects not 20% but 9% of …"
    clause_before = text[clause[0] - claim.start : quantity.start - claim.start]
    for negated in NEGATED_VERB.finditer(clause_before):
        between = clause_before[negated.end() :]
        lead = clause_before[max(0, negated.start() - 40) : negated.start()]
        if not PAUSE.search(between) and not SUBORDINATE.search(lead):
            return True  # "… does not affect 20% of …", the clause's own verb negated
    if DENIED_AFTER.search(after[:120]):
        return True
    following = claim.next_text
    if DENIED_NEXT.match(following):
        return True  # "Some sites say 50% of … That is not true."
    return text.rstrip().endswith("?") and bool(ANSWERED_NO.match(following))
