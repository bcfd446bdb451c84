"""The direction of a comparison: which group a relative figure says is the more likely one.

"Women are 1.5 times more likely than men to develop it" restates every number of "Men are
1.5 times more likely to have it than women", yet says the opposite: the figure agrees and
the claim is contradicted. A comparison has two sides, the group said before the figure
and the one said after ``than`` (or ``as … as``); the draft reverses its claim when each of
its sides is the claim's other side, word for word where the sides differ ("women" and
"men"; "Black" and "white" in "Black adults … than white adults"). "Less likely" turns the
comparison round, so a draft saying "women are 1.5 times less likely than men" says what the
claim says.
"""

from __future__ import annotations

import re

from claimcheck.nlp.claim import Claim
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.loader import RegistryClaim
from claimcheck.verify.matching import own_statement_quantities

COMPARED_AFTER = re.compile(
    r"[^.;:()]{0,30}?\b(?P<how>more|less|higher|lower|greater|fewer|as)\b"
    r"(?P<between>[^.;:()]{0,45}?)\b(?:than|as)\W+(?:in\W+|among\W+)?(?P<side>[^.;:,()]{1,60})",
    re.IGNORECASE,
)
"""What follows a relative figure that compares two groups: ``times more likely than men``,
``times as likely as white adults``, ``% higher than in rural areas``."""
LESS = frozenset({"less", "lower", "fewer"})
SIDE_END = re.compile(
    r"\b(?:to|who|with|of|at|for|when|after|before|during|by|and|or|if|because|in)\b",
    re.IGNORECASE,
)
"""Where the side after ``than`` ends: ``than men to develop it``, ``than women who …``."""
NOT_A_SIDE = frozenset(
    "a an the are is was were be been being have has had about around roughly nearly almost"
    " some approximately estimated likely times fold more less than as among in people those"
    " it they them their its risk chance odds".split()
)
"""Words of either side that name no group."""
GROUP_BETWEEN = re.compile(r"\b(?:in|among)\W+(?P<group>.+)", re.IGNORECASE)
"""The first side said between the comparison's words ("more common in white people than")."""
WORD = re.compile(r"[A-Za-z][\w'-]*")
CLAUSE_START = re.compile(r"[.;:,]\s")
"""Where the side before a figure begins: "In the Framingham study, women were …"."""


def _words(text: str) -> frozenset[str]:
    words = (w.lower() for w in WORD.findall(text))
    return frozenset(_singular(w) for w in words if w not in NOT_A_SIDE and len(w) > 1)


def _singular(word: str) -> str:
    """Enough of a stem for the groups a comparison names ("men"/"man", "adults")."""
    word = {"men": "man", "women": "woman", "children": "child", "people": "person"}.get(word, word)
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def sides(text: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str], bool] | None:
    """The two sides of the comparison a figure at ``text[start:end]`` makes: the group words
    before it in its clause, those after ``than``/``as``, and whether it says "less"; None
    when the figure compares nothing."""
    after = COMPARED_AFTER.match(text, end)
    if after is None:
        return None
    side = after.group("side")
    stop = SIDE_END.search(side)
    if stop is not None:
        side = side[: stop.start()]
    opening = max((m.end() for m in CLAUSE_START.finditer(text, 0, start)), default=0)
    first, second = _words(text[opening:start]), _words(side)
    named = GROUP_BETWEEN.search(after.group("between"))
    if named is not None:  # "… is 20 times more common in white people than in Black people"
        first = _words(named.group("group"))
    if not first or not second:
        return None
    return first, second, after.group("how").lower() in LESS


def reversed_comparison(claim: Claim, quantity: Quantity, registry_claim: RegistryClaim) -> str:
    """Why the figure says the claim's comparison the other way round ("" when it does not):
    each side of the draft's comparison is the claim's other side where the sides differ."""
    said = sides(claim.text, quantity.start - claim.start, quantity.end - claim.start)
    if said is None:
        return ""
    statement = registry_claim.statement
    value = registry_claim.value
    figure = next(
        (
            f
            for f in own_statement_quantities(registry_claim)
            if (f.low, f.high) == (value.low, value.high)
        ),
        None,
    )
    if figure is None:
        return ""
    source = sides(statement, figure.start, figure.end)
    if source is None:
        return ""
    first, second, less = said
    their_first, their_second, their_less = source
    if less != their_less:
        first, second = second, first  # "women are less likely than men": men are more
    # what each side of the draft says that the same side of the source does not: the
    # source's other side, and never this one ("White Americans" against "Black adults")
    ours, others = first - their_first, second - their_second
    if (
        ours & their_second
        and others & their_first
        and not ours & their_first
        and not others & their_second
    ):
        return f'the source says it the other way round: "{statement}"'
    return ""
