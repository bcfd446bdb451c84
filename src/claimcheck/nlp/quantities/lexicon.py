"""The words around a number that change what it asserts: comparators, approximators, labels.

Each comparator carries the side of the interval it bounds and whether the bound is included,
so ``more than 70%`` and ``>70%`` read the same (low 70, exclusive).
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.end_anchored import EndAnchored
from claimcheck.nlp.quantities.first_chars import StartScanned, first_class, guarded_branches
from claimcheck.nlp.quantities.numbers import H


def _word_set(words: str) -> frozenset[str]:
    """A word list written as prose-like text, one set."""
    return frozenset(words.split())


LAB_FLAG = (
    r"(?:[ \u00a0]+(?:(?-i:HH?|LL?|HIGH|LOW|High|Low|HI|LO)"
    r"|[(\[](?-i:HH?|LL?|HIGH|LOW|High|Low)[)\]]|\*{1,2}|[↑↓]{1,2}))?"
)
"""A lab portal's flag after a result, before its reference range: ``H``, ``L``, ``(H)``,
``[L]``, ``HIGH``, ``LOW``, ``*``, ``↑``/``↓`` (capitalised or upper case only, so
``mmol/L low (ref …)`` in prose is not a flag). It marks the result abnormal and asserts
nothing of its own, so a reference range after it is read as if it were not there
(``K 3.2 mmol/L L (ref 3.5-5.1)``)."""


MEASURE_MAX_NAMES = (
    r"(?<!VO2{H})(?<!VO₂{H})(?<!VO2)(?<!VO₂)(?<!\b(?-i:HR){H})(?<!(?-i:HR))(?<!heart{H}rate{H})"
)
"""``VO2 max``, ``HR max``, ``heart rate max``: ``max`` there is part of a measure's name (the
largest a body reaches, measured), so ``a VO2 max of 42`` is the figure 42, no ceiling; a
dose's ``max of 4 g`` is still one, and so are ``24hr max of 4 g`` (``HR`` only in upper case
and as a word of its own) and ``infusion rate max of 10 mL/h`` (only a heart's rate). Put
before ``max`` in :data:`COMPARATORS`."""


BOUNDED_NOUNS = (
    r"(?:loans?|deposits?|payments?|repayments?|spend|orders?|charges?|fees?|prices?|amounts?"
    r"|terms?|investments?|donations?|balances?|borrowing|credit|grants?|awards?|claims?"
    r"|salary|income|benefits?|cover|payouts?|refunds?|discounts?)"
)
"""What a floor or cap before an amount names (``Minimum loan £1,000``, ``maximum payout
£25,000``)."""

PAST_VERBS = (
    "climbed rose risen rising rises went gone goes going pushed pushes pushing moved moving "
    "crept creeping edged edging surged surging jumped jumping shot soared soaring climbing "
    "climbs got getting now well long already is are was were"
).split()
PAST_AFTER = "|".join(rf"(?<=\b{verb} past)" for verb in PAST_VERBS)
"""``past`` right after one of :data:`PAST_VERBS` (one space between): a floor gone beyond."""

MARK_AFTER = re.compile(
    rf"(?:{H}*%|{H}*per{H}?cent|{H}*(?:million|billion|thousand|bn|m|k)\b)?"
    rf"{H}+(?:mark|milestone|barrier|threshold|level)\b",
    re.IGNORECASE,
)
"""A round figure named as a mark after ``passed the`` (``the 1,000 mark``, ``the £1 billion
barrier``, ``the 90% threshold``): what :data:`COMPARATORS`' ``passed the`` needs after the
figure."""
PASSED_THE = re.compile(rf"the{H}*\Z", re.IGNORECASE)

# (surface pattern, bounded side, inclusive); {A} is the article a comparative phrase may take
# before a figure that modifies a noun: "less than a 5% chance", "at least a 2-fold rise"
COMPARATORS: list[tuple[str, str, bool]] = [
    (r"(?:more|greater|higher|longer|taller|heavier|larger|bigger|wider|thicker|deeper|later"
     r"|stronger|hotter|warmer){H}+than{A}|over|above|exceed(?:s|ed|ing)?"
     r"|surpass(?:es|ed|ing)?|tops|topped|topping|(?:can|could|may|might|will|would){H}+top"
     r"|(?<![\w-])(?:passe[sd]|passing|cross(?:es|ed|ing))"
     r"|in{H}+excess{H}+of{A}|upwards?{H}+of|beyond|north{H}+of|>"
     # "climbed past 1,000", "have gone past 7 million", "is now past 80": past after a verb
     # of rising or being, as "passed" is (session 60); "in the past 12 months" is a period
     r"|past(?:" + PAST_AFTER + r")"
     r"|broke{H}+through|break(?:s|ing)?{H}+through"
     # "passed the 1,000 mark", "crossed the £1 billion barrier": the mark gone beyond
     r"|(?:passe[sd]|passing|cross(?:es|ed|ing)|topped|broke|past(?:" + PAST_AFTER + r"))"
     r"{H}+the"
     r"|(?:over|above|beyond|past){H}+the{H}+age{H}+of", "low", False),
    (r"at{H}+least{A}|no{H}+(?:less|fewer){H}+than{A}|not{H}+(?:less|fewer){H}+than{A}"
     r"|(?:a{H}+)?minimum(?:{H}+of{A}|{H}*:)?|(?-i:Min)\.?(?:{H}*:)?|min{H}*:"
     # "a minimum visit of 30 minutes", "a minimum stay of 7 nights": the noun bounded
     r"|an?{H}+minimum{H}+(?!of\b)[a-z]+{H}+of{A}"
     # a floor named by what it bounds, then the amount: "Minimum loan £1,000"
     r"|(?:(?:the|a){H}+)?minimum{H}+" + BOUNDED_NOUNS + r"(?:{H}+(?:is|of)|{H}*:)?"
     r"|(?<!\d )(?<!\d)(?-i:min)\.|≥|>/=|>=|=>|⩾|≧"
     # a floor said as "max" says a ceiling: "(min $75, max $250)" (s57x); after a number
     # "min" is its minutes ("5 min 10 sec", "20-min 3 times a day")
     r"|(?<![\d.,-] )(?<![\d.,-])(?-i:min)(?={H})"
     r"|(?:more|greater|higher){H}+(?:than{H}+)?or{H}+equal(?:{H}+to)?"
     r"|(?:more|greater|higher){H}+than{H}*/{H}*equal(?:{H}+to)?"
     r"|equal(?:{H}+to)?{H}+or{H}+(?:more|greater|higher){H}+than|at{H}+or{H}+(?:above|over)"
     # a floor said twice over: "at least or equal to 30", "over or equal to 18", "equal to or
     # above 5"
     r"|(?:at{H}+least|over|above){H}+or{H}+equal(?:{H}+to)?|equal(?:{H}+to)?{H}+or{H}+(?:above|over)"
     # a deadline's far side: "no earlier than 12 weeks", "not before 6 weeks" (at least)
     r"|(?:no|not){H}+(?:earlier|sooner){H}+than|not{H}+before"
     r"|(?:as{H}+(?:low|little|few|cheap){H}+as|(?:start(?:s|ing)?|begin(?:s|ning)?){H}+(?:at|from))"
     r"(?:{H}+(?:just|only|a{H}+mere))?|from{H}+(?:just|only|a{H}+mere)"
     # "no more than every 4 hours", "at most every 3 days": at least that long between
     r"|(?:(?:no|not){H}+more{H}+(?:often{H}+)?than|at{H}+most){H}+(?:once{H}+)?every",
     "low", True),
    (r"(?:less|fewer|lower|shorter|lighter|smaller|thinner|shallower|earlier|sooner"
     r"|weaker|cooler|colder){H}+than{A}|under|below|sub-|south{H}+of"
     r"|shy{H}+of|<|(?:under|below|before){H}+the{H}+age{H}+of|not{H}+quite{A}"
     # a bracket's top it leaves out: "from 25 up to but not including 30"
     r"|(?:up{H}+to{H}+)?but{H}+(?:not{H}+including|excluding)"
     r"|before", "high", False),
    # "at least every 3 hours": at most that long between; "capped at 20 mg/ml"
    (r"at{H}+least{H}+(?:once{H}+)?every|capped{H}+at"
     r"|by|up{H}+to{A}|at{H}+most{A}|within(?:{H}+the{H}+(?:first|next|initial|coming))?|no{H}+more{H}+than{A}|not{H}+more{H}+than{A}"
     r"|as{H}+many{H}+as|as{H}+much{H}+as|as{H}+high{H}+as"
     r"|can(?:{H}+(?:even|sometimes|easily|occasionally))?{H}+(?:reach|hit)"
     r"|(?:(?:up{H}+)?to{H}+)?(?:a{H}+)?"
     + MEASURE_MAX_NAMES
     + r"max(?:imum|\.)?(?:{H}+of{A}|{H}*:)?"
     # "a maximum stay of 14 nights", "a maximum wait of 18 weeks": the noun bounded
     r"|an?{H}+maximum{H}+(?!of\b)[a-z]+{H}+of{A}"
     # a cap named by what it bounds, then the amount: "Maximum loan £25,000"
     r"|(?:(?:the|a){H}+)?maximum{H}+" + BOUNDED_NOUNS + r"(?:{H}+(?:is|of)|{H}*:)?"
     r"|(?:(?:recommended|daily|weekly|total){H}+)?max(?:imum|\.)?{H}+"
     r"(?:(?:recommended|daily|single|total|weekly|adult){H}+){{0,2}}(?:dose|intake|amount)"
     r"(?:{H}+(?:of|for|in)(?:{H}+(?!is\b|was\b)[\w-]+){{1,4}}?(?={H}+(?:is|was)\b|{H}*\Z))?"
     r"(?:{H}+(?:is|was|of|=){A}|{H}*[:=])?{H}*"
     r"|(?:daily|weekly|single|total){H}+max(?:imum)?{H}+(?:is|was|of){A}{H}*"
     r"|(?:daily|weekly|dose|upper){H}+limit(?:{H}+of{A}|{H}*:)?"
     # a lab's lower or reference limit is the limit's own value, no cap (``lower limit of 50
     # IU/dL``, ``upper reference limit of 4.0 mIU/L``): only other limits bound a figure
     r"|(?<!lower{H})(?<!reference{H})limit(?:ed)?(?:{H}+(?:of|to){A}|{H}*:)"
     r"|≤|</=|<=|=<|⩽|≦|(?:less|fewer|lower){H}+(?:than{H}+)?or{H}+equal(?:{H}+to)?"
     r"|(?:less|fewer|lower){H}+than{H}*/{H}*equal(?:{H}+to)?"
     r"|equal(?:{H}+to)?{H}+or{H}+(?:less|fewer|lower){H}+than|at{H}+or{H}+(?:below|under)"
     r"|(?:at{H}+most|under|below){H}+or{H}+equal(?:{H}+to)?|equal(?:{H}+to)?{H}+or{H}+(?:below|under)"
     # a deadline: "no later than 41 weeks", "not later than 6 months" (at most)
     r"|(?:no|not){H}+later{H}+than",
     "high", True),
]  # fmt: skip
_ARTICLE = rf"(?:{H}+an?(?={H}))?"


def _guarded_comparator(index: int, surface: str) -> str:
    """Comparator ``index`` as the named group ``c<index>``, behind a look-ahead at the
    characters it can start with, and each of its words behind one too
    (:func:`guarded_branches`): case-blind words and named groups are branches the regex
    engine cannot skip after one character test, so every word was tried at each word start
    of the 40 characters before every figure. The same matches and groups."""
    pattern = surface.format(H=H, A=_ARTICLE)
    guard = first_class(pattern, re.IGNORECASE)
    inner = guarded_branches(pattern, re.IGNORECASE)
    return (f"(?={guard})" if guard else "") + f"(?P<c{index}>{inner})"


COMPARATOR_BEFORE = EndAnchored(
    re.compile(
        r"(?:(?<![\w])|(?<=\w)(?=[<>≤≥⩽⩾]))(?:"
        + "|".join(_guarded_comparator(i, p) for i, (p, _, _) in enumerate(COMPARATORS))
        + rf"){H}*\Z",
        re.IGNORECASE,
    )
)
"""A comparator right before a number (searched in the text before it); see
:func:`across_a_column_gap` for the blanks a word comparator may not cross."""
NUMERALS_ONLY = re.compile(r"(?:beyond|north\W+of|south\W+of|shy\W+of)\W*\Z", re.IGNORECASE)
PASSED = re.compile(r"(?<![\w-])(?:passe[sd]|passing|cross(?:es|ed|ing))\W*\Z", re.IGNORECASE)
"""``passed``, ``passes``, ``passing`` before a figure: more than it, as ``exceeded`` is, only
before a total a count or a sum reaches (``passed twelve million``, ``passed 10,000``,
``passing 40%``); ``passed 3 stones``, ``passed 2 exams`` say what went through. ``crossed``
is read alike, as Indian and business pages write a total gone beyond (``turnover crossed
₹312 crore``, ``has crossed 10,000 members``); ``crossed 12 km`` is a way gone across."""
"""Comparators that bound a figure written in digits only: "beyond 61 years", "north of
$5,000", "just shy of 50%"; "beyond one single therapy" says no count."""
COLUMN_GAP = re.compile(
    r"(?<=\w)(?<![^\w]to)(?<![^\w]than)(?<![^\w]least)(?<![^\w]most)(?<![^\w]of)"
    r"[ \t\u00a0\u2009\u202f]{3,}\Z",
    re.IGNORECASE,
)


def across_a_column_gap(match: re.Match[str]) -> bool:
    """Whether a :data:`COMPARATOR_BEFORE` match is a word that reaches its number across
    three blanks or more: a plain-text table lines up its columns so (``Annual maximum
    $1,000`` with ten spaces between is the row's label, not a bound). An entity's padding is
    taken out before the scan, and a sign (``P<   0.05`` from ``P&lt;0.05``) reaches across.
    A comparator that ends in a word needing its object (``up to``, ``more than``, ``at
    least``, ``at most``, ``in excess of``) is no row's label: it reaches across, as where a
    wrapped list item's next line is indented (``up to`` / ``   5 years``)."""
    return COLUMN_GAP.search(match.group()) is not None


COMPARATOR_AFTER = re.compile(
    rf"{H}+(?:(?P<low>or{H}+(?:more|greater|higher|above|over|longer|older|better|warmer|hotter)|and{H}+(?:above|over)"
    rf"|at{H}+the{H}+(?:very{H}+)?least|at{H}+a{H}+minimum(?!{H}*\d)"
    rf"|and{H}+up(?:wards)?(?!{H}+to\b)|at{H}+the{H}+(?:very{H}+)?earliest)"
    rf"|(?P<high>or{H}+(?:less|fewer|lower|below|under|younger|colder|cooler)|and{H}+(?:below|under)"
    rf"|at{H}+the{H}+(?:very{H}+)?latest"
    rf"|max(?:imum)?(?!{H}*\d)|at{H}+(?:the{H}+)?most(?!{H}*(?:\d|(?:one|two|three|four|five|six"
    rf"|seven|eight|nine|ten|once|twice)\b|{H}+(?:[a-z]+s|people|of)\b))))\b"
    # "about 91% and over 99%", "5 or more than 10": a comparator before the next figure
    # bounds that one, not the figure before it
    rf"(?!{H}*(?:[$£€¥₹]{H}*)?\d|{H}+than\b)",
    re.IGNORECASE,
)
"""A comparator after a quantity: ``65 years or older``, ``5 or fewer``, ``4 g at most`` (not
``at most 4 times``, which bounds the next figure, nor ``at most pharmacies``, ``at most
people``: "most" of a plural), ``5 days at the least``, ``3 weeks at the very least``, ``2
litres at a minimum`` (at least), a price's floor ``$3,500
and up``, a score or acuity reached ``or better`` (``an acuity of 1.0 or better``: at least), a
temperature ``or colder``/``or cooler`` (at most: plasma kept at ``−25 °C or colder``, s57x)
and ``or warmer``/``or hotter`` (at least)."""

APPROX_BEFORE = EndAnchored(
    re.compile(
        rf"(?:(?<![\w])(?:about|approximately|approx\.?|around|nearly|roughly|almost|some"
        rf"|an{H}+estimated|estimated|est\.|circa|cca\.?|ca\.|c\.|close{H}+to"
        rf"|(?<![\w-])near(?:er)?(?:{H}+to)?"
        rf"|somewhere|in{H}+the{H}+(?:region|order|vicinity){H}+of|on{H}+the{H}+order{H}+of"
        rf"|upwards?{H}+of{H}+about|more{H}+or{H}+less)|[~≈∼])"
        rf"(?:{H}+an?(?={H}))?{H}*\Z",
        re.IGNORECASE,
    )
)
"""An approximation right before a number, or before its comparator (``about``, ``roughly``,
``near``/``nearer``/``near to`` as ``close to``,
``in the region of``, ``on the order of``, ``more or less``), an article between allowed
(``about a 6% chance``, ``roughly an 80% risk``)."""

BETWEEN_BEFORE = EndAnchored(re.compile(rf"(?<![\w])(?P<word>between|from){H}+\Z", re.IGNORECASE))

STATISTIC_BEFORE = EndAnchored(
    re.compile(
        rf"(?<![\w.-])(?P<stat>a?HR|a?OR|a?RR|IRR|SMD|RD|ARR|RRR|NNT[BH]?|NNH|SIR|SMR|AUROC|AUC|r|R2"
        rf"|R²|κ|[Pp])"
        rf"(?:{H}+for{H}+(?:(?:linear{H}+)?trend|interaction|heterogeneity|difference"
        rf"|non-?inferiority|superiority)|[-_]?(?:trend|interaction|het))?"
        rf"(?P<sign>{H}*[=:,]{H}*|(?<=[A-Z][A-Z]){H}+(?:was|is|were|of|remained|became){H}+|{H}*)\Z"
    )
)
"""A statistic label before its value: ``HR=0.62``, ``P < 0.001``, ``OR 1.5``, ``AUC 0.82``
(``AUROC`` is read as ``AUC``: the area under the ROC curve; ``NNTB`` and ``NNTH``, Altman's
numbers needed to treat to benefit and to harm, as ``NNT`` and ``NNH``; a model's discrimination, so
a bracketed interval after it is its CI); a P value may
name its test (``P for trend = 0.01``, ``P for interaction < 0.05``, ``P-trend = 0.03``). An
abbreviation of two capitals or more may be the subject of a verb (``The HR was 0.81``,
``OR is 2.3``), as the spelled-out name may; a lone ``P`` or ``r`` may not."""

STATISTIC_NAMES = {"hazard": "HR", "odds": "OR", "risk": "RR", "relative": "RR", "p": "P"}
STATISTIC_PHRASES = {
    "number needed to treat": "NNT",
    "number needed to harm": "NNH",
    "number needed to screen": "NNT",
    "number needed to invite": "NNT",
    "number needed to vaccinate": "NNT",
    "standardised incidence ratio": "SIR",
    "standardized incidence ratio": "SIR",
    "standardised mortality ratio": "SMR",
    "standardized mortality ratio": "SMR",
    "incidence rate ratio": "IRR",
    "rate ratio": "RR",
}
"""Statistics named in words of more than one kind by their first word: ``the number needed
to treat was 17`` is an NNT of 17 (and so is a number needed to screen, invite or vaccinate:
the people given the intervention for one event avoided), ``a standardised incidence ratio
of 0.31`` an SIR, ``the incidence rate ratio was 1.21`` an IRR, ``a rate ratio of 0.73`` a
ratio of rates (RR)."""
STATISTIC_WORDS_BEFORE = EndAnchored(
    re.compile(
        rf"(?<![\w-])(?P<stat>hazard{H}+ratio|odds{H}+ratio|risk{H}+ratio|relative{H}+risk"
        rf"|(?:incidence{H}+)?rate{H}+ratio|number{H}+needed{H}+to{H}+(?:treat|harm|screen|invite|vaccinate)|standardi[sz]ed{H}+(?:incidence|mortality)"
        rf"{H}+ratio|p{H}*-?{H}*value)(?:{H}*\((?:a?HR|a?OR|a?RR|IRR|NNT|NNH|SIR|SMR|P)\))?"
        rf"(?P<sign>{H}*(?:[=:,]|was|of|is|were){H}*|{H}+)\Z",
        re.IGNORECASE,
    )
)
"""A statistic named in words: ``hazard ratio 0.69``, ``odds ratio of 1.4``, ``p value 0.03``,
``number needed to treat was 17``, ``standardised incidence ratio 0.31``."""

STATISTIC_NAMED_AWAY = re.compile(
    rf"(?<![\w-])(?P<stat>(?i:hazard{H}+ratio|odds{H}+ratio|risk{H}+ratio|relative{H}+risk"
    rf"|(?:incidence{H}+)?rate{H}+ratio|number{H}+needed{H}+to{H}+(?:treat|harm|screen|invite|vaccinate))|a?HR|a?OR|a?RR"
    rf"|IRR|NNT[BH]?|NNH)(?P<plural>s)?"
    rf"(?:{H}*\((?:a?HR|a?OR|a?RR|NNT|NNH|\d{{2}}{H}*%{H}*CI)\))?"
    rf"(?P<qualifier>(?:{H}*,|{H}+(?i:for|in|among|of|across|comparing|with|versus|vs\.?"
    rf"|between|after|at|on|to|over|during|within|by)\b)(?:[^\d.;:!?()\[\]\n%$£€]"
    rf"|\d{{1,3}}(?={H}+(?i:days?|weeks?|months?|years?|trials|studies|cohorts)\b)"
    # a name with its digits: BRCA1, HER2-positive, COVID-19, PD-L1, type 2, grade 3
    rf"|(?<=[A-Za-z])-?\d{{1,2}}(?![\d.,])|(?i:type|grade|stage|phase|class){H}+\d{{1,2}}\b"
    rf"){{1,90}}?)?"
    rf"(?P<sign>{H}*[,:]{H}*|{H}+(?i:was|were|is|are|remained|came{H}+to|stood{H}+at){H}+)\Z"
)
"""A statistic named a few words before its value, what it is about said between them:
``The HR for death from any cause was 0.83``, ``The odds ratio of relapse was 0.62``,
``HR for progression or death, 0.58``, ``Risk ratio for fracture: 0.80``, ``The hazard
ratio, adjusted for age, was 0.81`` (NEJM's style). The words between hold no figure and no
sentence break (a number only before a time unit or ``trials``, ``of death at 30 days``,
``across 12 trials``, or as part of a name, ``BRCA1``, ``COVID-19``, ``type 2 diabetes``);
an abbreviation counts in capitals only (``OR`` is no conjunction there). The words may be
none after a plural or a bracket: ``The hazard ratios were 0.81 and 0.77``, ``HR (95% CI):
0.70 (0.60–0.80)``."""
STATISTIC_AWAY_HINT = StartScanned(re.compile(r"(?i:ratio|risk|needed)|HR|OR|RR|NN[TH]"))
"""Words one of :data:`STATISTIC_NAMED_AWAY` needs: most windows have none. Searched in the
window before each figure without a unit, skipped ahead by its first letters
(:class:`StartScanned`): its case-blind words were tried at every character."""

INTERVAL_NAMES = rf"CI|CrI|UI|(?i:confidence|credible|uncertainty){H}+(?i:intervals?|limits?)"
"""The names of an interval around an estimate: ``CI``, ``confidence interval``, ``CrI``."""
_LEVEL = r"\d{2}(?:\.\d{1,2})?"
CI_HEAD = (
    rf"(?:(?P<level>{_LEVEL}){H}*%{H}*)?(?P<interval>{INTERVAL_NAMES})"
    rf"(?:{H}*[\[(](?:CI|CrI|UI)[\])])?(?:{H}*(?P<level_after>{_LEVEL}){H}*%)?"
    rf"(?:{H}+(?:was|is|were|ran|ranged|lay|spanned|of)(?:{H}+from)?{H}+|{H}*[=:,]{H}*"
    rf"|{H}+from{H}+|{H}+)"
)
"""The head of an interval, its level before or after the name: ``95% CI``, ``95% CI,``,
``95% confidence interval [CI],`` (NEJM), ``CI 95%:``; its two bounds follow, also after a
verb (``The 95% CI was 1.2 to 3.4``, ``its CI ran from 0.5 to 0.9``): the interval is the
statistic ``CI`` either way."""
CONFIDENCE_INTERVAL = re.compile(rf"{CI_HEAD}(?=[\[(]?{H}*[-−‐]?\.?\d)")
"""A confidence interval standing alone (no figure before it to belong to)."""
CI_START = re.compile(
    rf"[\dCUcu](?:(?<=\d)\d(?=(?:\.\d{{1,2}})?{H}*%)|(?<=C)r?I|(?<=U)I"
    r"|(?<=[Cc])(?i:onfidence|redible)|(?<=[Uu])(?i:ncertainty))"
)
"""Every place a :data:`CONFIDENCE_INTERVAL` match can start: the two digits of its level (a
percentage: a match that starts with a digit starts with ``{_LEVEL}{H}*%``) or the first
letters of its name (:data:`INTERVAL_NAMES`). One character class first, so the regex engine
skips the rest of the text in C; the interval is matched only there."""
CI_LEVEL_AFTER = re.compile(rf"{H}*%{H}*(?:{INTERVAL_NAMES})\b")
"""``95% CI``: after its number, the interval's name makes the percentage a confidence
level, never a figure (``the 95% CI excluded 1``)."""


def comparator_reading(match: re.Match[str]) -> tuple[str, bool]:
    """(side, inclusive) of a :data:`COMPARATOR_BEFORE` match."""
    _, side, inclusive = COMPARATORS[int(match.lastgroup[1:])]
    return side, inclusive


_TRAILING_ARTICLE = re.compile(rf"{H}+an?\Z", re.IGNORECASE)


def comparator_words(match: re.Match[str]) -> str:
    """The comparator of a :data:`COMPARATOR_BEFORE` match as one spaced phrase, without the
    article before the figure (``less than a`` -> ``less than``)."""
    words = re.sub(r"\s+", " ", match.group()).strip()
    return _TRAILING_ARTICLE.sub("", words)


LABEL_WORDS = _word_set(
    """phase phases stage stages grade grades step steps type types table tables figure figures
    fig fig. section sections chapter chapters part class classes level levels cohort arm group
    version vol vol. volume issue no no. number page pages pp pp. row seat gate lane route
    highway interstate suite room ps ecog tier appendix box panel item question
    trial season episode game round week day month cycle visit year period act article
    schedule model ranked rank top index category code codes lot batch serial ref ref. refs
    factor footnote footnotes endnote endnotes categories
    quintile quintiles quartile quartiles tertile tertiles decile deciles
    refs. reference references rev rev. revision band bands ward wards bay bays theatre
    theatres theater
    theaters bus buses platform platforms wave waves"""
) | _word_set(
    """serotype serotypes genotype genotypes subtype subtypes serogroup serogroups chromosome
    chromosomes trisomy exon exons codon codons omega"""
)
"""Words that make the number after them a label, not an amount (``Phase 2``, ``Table 1``,
``Ward 23``, ``bus 38``, ``wave 2`` of a survey),
or part of a name (``serotype 19A``, ``genotype 3``, ``trisomy 21``, ``exon 19``, ``omega 3``).
``Quintile 1`` … ``Quintile 5`` are a bulletin's deprivation groups and ``categories 1 to 4``
an ambulance service's (s57x: which one, never how many; the annotation guide's "citation
markers and section or list numbers")."""

PLACE_WORDS = _word_set(
    """bed floor lift clinic room desk gate door entrance exit car park rooms space spaces
    cubicle cubicles locker lockers pitch pitches junction junctions zone zones window windows
    counter counters terminal terminals pod pods kiosk kiosks booth booths"""
)
"""Places in a building whose number names them (``bed 12``, ``floor 4``, ``lift B to floor 4``)
but which also stand before counts and frequencies (``squeeze the pelvic floor 10 times``):
they make a label only of a bare number or a count (:func:`filters.names_a_place`); so do
the plurals of a site's map (``parking spaces 1–24``, ``rooms 12–15``; ``clean the rooms 3
times a day``, ``a space 10 cm wide`` stay figures)."""

INDEX_NAMES = re.compile(
    r"(?:S&P(?:/\w+)?|S\s?P|[Ss]p|ASX|Nasdaq|NASDAQ|FTSE|DAX|CAC|Nikkei|Russell|Fortune|TSX|STOXX|Stoxx"
    r"|Hang\s+Seng|TA|MSCI|Big|Euro\s+Stoxx|Sensex|Nifty|Kospi|KOSPI|Formula|Windows|iPhone|Galaxy"
    r"|Apollo|Boeing|Airbus\s+A|Model|Series|Class|Covid|COVID|iOS|iPadOS|macOS|watchOS|Android"
    r"|Ubuntu)[ \u00a0]*\Z"
)
"""Names that end in a number (``S&P 500``, ``Formula 1``)."""

ENUMERATING_WORDS = _word_set("main key major principal primary broad basic core distinct general")
"""Adjectives that announce a list in the text: ``two main challenges``, ``three key steps``."""

STRUCTURAL_NOUNS = _word_set(
    """ways way points point aspects aspect components component challenges challenge mechanisms
    mechanism steps step types type reasons reason factors factor questions question areas area
    strategies strategy categories category kinds kind forms form parts part approaches approach
    pillars pillar stages stage phases phase levels level things thing ideas
    idea themes theme goals goal lessons lesson tips tip elements element principles principle
    groups group classes class sections section chapters chapter dimensions
    dimension domains domain features feature roles role functions function properties
    categories methods method modes mode pathways pathway routes route issues issue problems
    problem benefits benefit advantages advantage limitations limitation times time effects effect
    outcomes findings results insights advances concerns barriers hurdles obstacles priorities
    objectives purposes criteria scenarios possibilities directions trends patterns concepts
    terms words examples signals traits characteristics layers functions"""
)
"""Heads that show a spelled-out number counts parts of the text or abstractions (``two main
challenges``, ``four points``); concrete things stay counts (``two sides``, ``four options``,
``three different drugs``)."""

COUNT_MODIFIERS = _word_set("other more additional extra further")
"""Words between a number and its counted noun that keep it a count: ``eight other staff``."""

COUNTABLE_NOUNS = _word_set(
    """people persons individuals patients participants subjects volunteers adults children
    kids infants babies women men girls boys mothers fathers families households residents
    citizens americans people's donors recipients survivors users customers workers employees
    staff doctors physicians nurses clinicians researchers scientists experts investigators
    sites centres centers hospitals clinics countries states cities regions trials studies
    products drugs medicines therapies treatments vaccines doses injections infusions cycles
    sessions procedures surgeries operations transplants tests cases deaths births infections
    illnesses hospitalisations hospitalizations diagnoses injuries fatalities
    cancers tumours tumors lesions events episodes admissions visits prescriptions
    pregnancies outbreaks cells genes mutations variants copies units beds jobs homes
    animals mice rats dogs cats species years months weeks days hours minutes decades
    percent dollars euros pounds shares votes seats games goals miles
    kilometres kilometers metres meters yards feet inches articles papers reviews
    applications approvals companies firms schools students teachers"""
)
"""Heads that make a spelled-out number a count of concrete things (``ten patients``). The
nouns of a disease's burden are all here, as ``cases`` is (``19 to 21 million illnesses``,
``2019 illnesses were reported``, ``19.500 injuries``): surveillance writes them alike."""

ONE_COUNTED_NOUNS = _word_set(
    """dose tablet capsule pill caplet lozenge sachet injection jab shot infusion transfusion
    booster vaccination drop puff spray patch pessary suppository visit appointment session
    consultation check-up checkup class cycle course round scan smear drink cigarette serving
    portion glass cup can bottle meal snack unit scoop teaspoon tablespoon spoonful softgel
    gummy pair aid"""
)
"""What a course of care or a day's intake is counted in: a spelled ``one`` before one of them
is a count as ``two`` is (``one dose a year``, ``one tablet twice a day``, ``one visit``),
never the determiner of ``one study found`` or ``one reason``. A supplement's measures count
too (``One level scoop a day``, ``one heaped teaspoon``, s58x), and what a scheme pays for
(``one pair of frames``, ``one hearing aid per ear``, issue 11)."""
STOP_WORDS = _word_set(
    """of in on at to for with and or but nor the a an who whom whose which that this these those
    were was are is be been being have has had do does did will would can could may might must
    shall should by from as than per each every vs vs. versus compared while into onto after
    before during since until when where if then so also only just not no its their his her
    our your my we they he she it there here what how why all any both either neither last next
    first second third such same other another more most less least many much few several
    about around over under above below up down out off through across against among between
    within without via like unlike including include includes included ago later earlier
    respectively alone total overall however whatever whichever whenever wherever though
    although regardless unless because"""
)
"""Words that end a counted noun phrase (a conjunction or a clause's adverb: ``one portion
however much you drink`` counts ``portion``)."""
GIVEN_WORDS = _word_set("given treated taking receiving assigned randomised randomized allocated")
"""Words after a counted noun that say what its people were given: they end the noun
(``1 child given regular transfusions`` counts a child), though before it they are part of
it (``four randomised studies``, ``12 treated patients``)."""

VERBS_NOT_NOUNS = _word_set(
    """means suggests indicates affects seems appears becomes equals represents requires
    denotes qualifies corresponds warrants constitutes implies predicts confirms defines
    classifies needs"""
)
"""Third-person verbs that look like plural nouns but never count anything after a number:
``a score of 10 suggests depression``, ``a BMI of 32 means obesity``, ``140 or higher needs a
repeat test`` (a count of needs is rare enough in health text to give up)."""
VERBS_OR_NOUNS = _word_set(
    """counts causes leads takes makes gives gets helps triggers raises lowers reduces
    increases doubles halves signals reflects remains costs sells"""
)
"""Words that are a verb or a plural noun (``blood counts``, ``causes of death``): after a
number they are a verb when what follows is what a verb takes (:data:`VERB_OBJECT_AFTER`)."""

IRREGULAR_PLURALS = _word_set(
    """people children women men mice teeth feet geese staff personnel police cattle data
    criteria phenomena bacteria sperm spermatozoa offspring"""
)
DOSE_SHORTHAND = _word_set("tsp tbsp tbs tab cap gtt")
"""Dose forms written short, the same for one and many: ``2 tsp``, ``2 1/2 tsp.``, ``2 tab``
count as ``2 teaspoons`` and ``2 tablets`` do."""
SINGULAR_IN_S = _word_set("innings series species headquarters crossroads barracks lens")
"""Nouns whose singular ends in -s: ``1 innings``, ``1 species``, ``1 series`` count one thing,
as ``1 patient`` does, and are no plural after a study's number."""
