"""Verdicts: what the registry says about each quantity of each claim.

``supported``: a matched registry claim's figure (or any figure of its statement) backs it;
``conflict``: the matched claim's figure disagrees; ``overprecise``: the draft is more precise
than the source allows; ``unsupported``: no registry claim matched. The interval arithmetic
lives in :mod:`claimcheck.verify.compare`; this module only decides which claim to ask.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.nlp.claim import Claim
from claimcheck.nlp.quantities import find_quantities
from claimcheck.nlp.quantity import BEFORE, Quantity
from claimcheck.registry.loader import Registry, normalise_term
from claimcheck.registry.model import RegistryClaim, per_claim
from claimcheck.registry.units import units_compatible
from claimcheck.verify.attributed_shares import owning_phrase, unexplained_owner
from claimcheck.verify.compare import (
    ONE_IN_N,
    as_precise_as_written,
    compare,
    converted_by_power_of_ten,
    half_a_step_off,
    hedged_past_the_written_digit,
    overprecise_against_written,
    rounds_in_own_unit,
    written_last_digit,
)
from claimcheck.verify.convert import convert
from claimcheck.verify.daily_doses import compared_by_day, per_administration, restated_daily
from claimcheck.verify.denials import denies
from claimcheck.verify.directions import reversed_comparison
from claimcheck.verify.frames import (
    PEOPLE_NOUN,
    RESPECTIVELY,
    Frame,
    contradiction,
    labels_its_figure,
    listed_arm_dose,
    names_a_subgroup,
    names_an_arm,
    share_said_twice,
    times_another_figure,
    years_meet,
)
from claimcheck.verify.frozen import replace
from claimcheck.verify.matching import (
    DEFAULT_THRESHOLD,
    EXPLAINED_FOR,
    FUNCTION_WORDS,
    UNSAID_PART_PENALTY,
    Match,
    Surroundings,
    another_kind,
    claim_frame,
    claim_vocabulary,
    claim_words,
    clause_span,
    comparable_words,
    content_words,
    named_in_other_words,
    names_another_subject,
    narrows_to_a_group,
    one_of_both_arms,
    own_dose_claim,
    own_statement_quantities,
    ranked_matches,
    restates,
    says_all,
    says_what,
    sibling_names,
    statement_quantities,
    states_its_timepoint,
    subject_keys,
    telling,
    treatment_changed,
    unexplained_names,
    value_figure,
    years_of_claim,
)
from claimcheck.verify.retrieval import SHARE_UNITS, candidates, stating_shares

SUPPORTED, CONFLICT, OVERPRECISE, UNSUPPORTED = (
    "supported",
    "conflict",
    "overprecise",
    "unsupported",
)
AGREEING_MATCH_MARGIN = 15.0  # rank points a figure-agreeing match may trail the best by
CONFLICT_MARGIN = 10.0  # a conflict accuses the draft: its match must clear the threshold by this
UNEXPLAINED_CONFLICT_COST = 9.0  # … and this much more per word of the clause it leaves unexplained
AGREEMENT_BONUS = 8.0  # a figure that agrees with its claim is evidence of the match
EVIDENCE_TIE = 1.0  # attribution points within which two candidates count as equally named


@dataclass(frozen=True)
class Verdict:
    claim: Claim
    quantity: Quantity
    status: str
    match: Match | None = None  # the registry claim asked, when one matched
    near_miss: Match | None = None  # the best candidate below the threshold, for editors

    @property
    def registry_claim(self) -> RegistryClaim | None:
        return self.match.registry_claim if self.match else None


def _repeats_statement(
    quantity: Quantity, registry_claim: RegistryClaim, claim: Claim | None = None
) -> bool:
    """Whether the draft's figure is one the claim's statement states as its own (the
    value, or another figure not set against it: "16 years free of dementia out of a total
    life expectancy of 18 years" states the 18 too). Not when the draft writes its figure
    with the words the statement writes right after its value ("18 years free of
    dementia"): then the draft says the value's measure, and only the value can back it."""
    value_words = _words_after_value(registry_claim)
    says_value = (
        claim is not None
        and value_words is not None
        and _words_after(claim.text, quantity.end - claim.start) == value_words
    )
    value = registry_claim.value
    for figure in own_statement_quantities(registry_claim):
        if says_value and (figure.low, figure.high) != (value.low, value.high):
            continue
        if quantity.per and figure.per and quantity.per != figure.per:
            continue  # "14 units a day" restates no statement's "14 units … a week"
        # ("100 mg three times a day" restates a statement's "300 mg a day", not its 300 mg)
        converted = claim and restated_daily(claim, quantity, figure, registry_claim.statement)
        if not converted:
            converted = convert(quantity, figure.unit)
            if claim is not None and converted is not None:
                # "two 850 mg tablets" restates no statement's 850 mg
                converted = per_administration(claim, quantity, converted)
        if converted is not None and (converted.low, converted.high) == (figure.low, figure.high):
            return True
    return False


FOLLOWING_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
SAID_AFTER = 2  # words after a figure that say what it measures ("free of disability")


def _words_after(text: str, end: int) -> tuple[str, ...] | None:
    """The first :data:`SAID_AFTER` words other than function words right after a figure,
    up to a punctuation mark or the next figure, lowercased ("free", "disability"); None
    when none follows."""
    tail = re.split(r"[,;:.()\[\]\n]|\d", text[end:], maxsplit=1)[0]
    words = [w.lower() for w in FOLLOWING_WORDS.findall(tail)]
    said = tuple(w for w in words if w not in FUNCTION_WORDS)[:SAID_AFTER]
    return said or None


@per_claim
def _words_after_value(registry_claim: RegistryClaim) -> tuple[str, ...] | None:
    """:func:`_words_after` the statement's figure that states the claim's value, when its
    statement states other figures too (else there is nothing to tell apart)."""
    figures = statement_quantities(registry_claim)
    value = registry_claim.value
    own = [f for f in figures if (f.low, f.high) == (value.low, value.high)]
    if len(own) != 1 or len(figures) < 2:
        return None
    return _words_after(registry_claim.statement, own[0].end)


def _written_as_finely(match: Match, quantity: Quantity) -> bool:
    """Whether the statement writes the claim's value to the draft's last digit or finer
    (:func:`as_precise_as_written`), for exact figures on both sides."""
    value = match.registry_claim.value
    if value.approx or quantity.approx:
        return False
    for figure in statement_quantities(match.registry_claim):
        if (figure.low, figure.high) == (value.low, value.high):
            converted = convert(quantity, figure.unit) or match.quantity
            return as_precise_as_written(converted, figure)
    return False


CUT_OFF_STATEMENT = re.compile(
    r"\b(?:cut-?offs?|thresholds?|maximum|minimum|(?:upper|lower)\W+limit)\b", re.IGNORECASE
)
"""A statement whose value is a cut-off or a limit ("The WHO haemoglobin cut-off for anaemia
in men is 130 g/L", "the NHS threshold … is a BMI of 40", "the maximum dose is 15 mg")."""


def _another_cut_off(match: Match) -> bool:
    """Whether a one-sided bound (``below 130 g/L``, ``a BMI over 35``) restates a claim's
    cut-off, a point its statement calls a cut-off or threshold, at another figure: a page
    states a cut-off as the bound it sets, so the bound's end is compared with it as a point
    (rule 3 of :mod:`~claimcheck.verify.compare`, a bound covering the value, would pass any
    bound on the right side of it)."""
    figure, value = match.quantity, match.registry_claim.value
    if value.low is None or value.low != value.high:
        return False
    if (figure.low is None) == (figure.high is None):
        return False  # a point or a closed range: judged as written
    if not CUT_OFF_STATEMENT.search(match.registry_claim.statement):
        return False
    end = figure.low if figure.low is not None else figure.high
    point = replace(
        figure, low=end, high=end, low_inclusive=True, high_inclusive=True, comparator=None
    )
    return compare(point, value, match.registry_claim.tolerance) == CONFLICT


CRITERION = re.compile(
    r"\b(?:cut-?offs?|thresholds?|targets?|goals?|should|must|recommended|considered\W+for"
    r"|offered\W+(?:for|to)|eligible|indicated\W+for|criteri(?:on|a))\b",
    re.IGNORECASE,
)
"""Words that make a bound a criterion (a target, a threshold, who is offered what): a page
restating it gives its end, so another end is another criterion."""


LIMIT_BEFORE = re.compile(
    r"\b(?:maximum|minimum|max|upper\W+limit|lower\W+limit)\b[^.;:\d]{0,50}"
    r"\b(?:is|was|are|of|at)\W*(?:just\W+|only\W+)?\Z|\b(?:maximum|minimum|max)\W*[:=]?\W*\Z",
    re.IGNORECASE,
)
"""A limit named right before the figure as the figure's own value ("the adult maximum for
paracetamol is 400 mg", "a maximum of 4 g", "max 8 tablets"): the draft states the limit."""
LIMIT_REACH = 80  # characters before the figure searched for the limit's words


def _another_criterion(match: Match, claim: Claim, quantity: Quantity) -> bool:
    """Whether a figure restates a claim's one-sided bound that is a criterion (:data:
    `CRITERION`, in the statement or the figure's clause) at another end: "thicker than 1.5
    mm" against "considered for melanomas more than 0.8 mm thick", a target of 30 minutes
    against "within 60 minutes". A bound inside a bound is otherwise a finer figure."""
    figure, value = match.quantity, match.registry_claim.value
    if (value.low is None) == (value.high is None):
        return False  # a point or a range: other rules
    end = value.low if value.high is None else value.high
    if figure.low is None or figure.high is None:
        said = figure.low if figure.high is None else figure.high
        if (figure.high is None) != (value.high is None):
            return False  # a bound the other way: judged as written
    elif figure.low == figure.high:
        said = figure.low
    else:
        return False
    if said is None or end is None or math.isclose(said, end, rel_tol=SAME_VALUE):
        return False
    clause = _clause_text(claim, quantity)
    if figure.low == figure.high:
        # a point restates a criterion only where its clause calls it one ("the target is
        # 30 minutes"): "a cumulative dose of 540 mg/m², under the limit of 900" is a
        # figure measured against the limit
        # (or a table's cell under the criterion's heading: "Maximum salt a day" by age)
        in_a_cell = claim.cell_of(quantity)[0] is not None
        # ("the adult maximum for paracetamol is 400 mg a day" against "at most 4 g/day":
        # the draft states the limit itself, at another value)
        before = claim.text[
            max(0, quantity.start - claim.start - LIMIT_REACH) : quantity.start - claim.start
        ]
        return (
            CRITERION.search(clause) is not None
            or LIMIT_BEFORE.search(before) is not None
            or (in_a_cell and CRITERION.search(match.registry_claim.statement) is not None)
        )
    return bool(CRITERION.search(match.registry_claim.statement) or CRITERION.search(clause))


LIMIT_STATEMENT = re.compile(r"\b(?:maximum|minimum|max|(?:upper|lower)\W+limit)\b", re.I)
"""A statement whose value is a limit (the maximum dose), which no arm's dose restates."""
DEFINITION_STATEMENT = re.compile(
    r"\b(?:defined|definition|defines|classified|classed|categori[sz]ed|cut-?offs?"
    r"|thresholds?|target\W+(?:range|band)|diagnosed\W+(?:when|if|at|by))\b",
    re.IGNORECASE,
)
"""A statement whose value is a definition's band ("Stage 1 hypertension is defined as 140
to 159 mmHg", "overweight is classified as a BMI of 25 to 29.9")."""


def _another_band(match: Match) -> bool:
    """Whether a closed range restates a definition's band (:data:`DEFINITION_STATEMENT`)
    with other ends: a page that defines a category by a band gives the band, so a band
    inside it (rule 3 of :mod:`~claimcheck.verify.compare`, a range inside a range) is a
    wrong definition, not a part of the right one."""
    figure, value = match.quantity, match.registry_claim.value
    if None in (figure.low, figure.high, value.low, value.high):
        return False
    if figure.low == figure.high or value.low == value.high:
        return False
    if not DEFINITION_STATEMENT.search(match.registry_claim.statement):
        return False
    return not all(
        math.isclose(a, b, rel_tol=SAME_VALUE)
        for a, b in ((figure.low, value.low), (figure.high, value.high))
    )


def _hedged_past_written(match: Match, quantity: Quantity) -> bool:
    """Whether a hedged figure gives the source's own last digit and another value there
    (:func:`hedged_past_the_written_digit`), against an exact value the statement writes."""
    value = match.registry_claim.value
    if value.approx or value.low is None or value.low != value.high:
        return False
    for figure in statement_quantities(match.registry_claim):
        if (figure.low, figure.high) == (value.low, value.high):
            converted = convert(quantity, figure.unit)
            if converted is None or converted.low != quantity.low:
                return False  # another unit: the digits are the conversion's
            return hedged_past_the_written_digit(quantity, figure)
    return False


def _finer_than_written(quantity: Quantity, registry_claim: RegistryClaim) -> bool:
    """A draft more precise than the statement writes the claim's value (``17.93 million``
    against a value of 17900000 stated as "17.9 million") is overprecise, not a conflict."""
    value = registry_claim.value
    for figure in statement_quantities(registry_claim):
        # ("$51,612 per preterm infant" against "$51,600 per infant": the claim's own unit)
        converted = convert(quantity, figure.unit) or convert(quantity, value.unit)
        if (figure.low, figure.high) == (value.low, value.high) and converted is not None:
            return overprecise_against_written(converted, figure)
    return False


TIMEPOINT_BEFORE = re.compile(
    r"\b(?:at|after|surviv(?:e|es|ed|ing)(?:\s+for)?|alive\s+for)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
"""The words right before a duration that make it a point in time ("alive at 12 months",
"after 5 years", "30% of children … survive two years"), not a length a claim may state."""


WITHIN_OF_AN_EVENT = re.compile(r"\s+(?:of|after|from|following)\s+(?!all\b|the\s+\d)")
"""A period counted from an event ("within 1 year of surgery, 0.15% die", "in the 2 years
after diagnosis"): when the other figure was measured, as "at 12 months" is."""


def judge_claim(
    registry: Registry, claim: Claim, threshold: float = DEFAULT_THRESHOLD
) -> list[Verdict]:
    verdicts = []
    matched_here: list[RegistryClaim] = []
    ranked: dict[int, tuple] = {}  # a verdict's index: what it was chosen from
    for quantity in claim.quantities:
        if (
            quantity.kind == "duration"
            and (
                TIMEPOINT_BEFORE.search(claim.text, 0, quantity.start - claim.start)
                or labels_its_figure(claim.text, quantity, claim.start)
                or WITHIN_OF_AN_EVENT.match(claim.text, quantity.end - claim.start)
            )
            and times_another_figure(claim.text, claim.quantities, quantity, claim.start)
        ):
            # "93% were alive at 12 months": when the 93% was measured, judged with it; never
            # a figure of a claim about a length of time (a median survival of 28.4 months);
            # "90% within 18 minutes", "half for 18 days or less" are such claims' own
            verdicts.append(Verdict(claim, quantity, UNSUPPORTED, None, None))
            continue
        if listed_arm_dose(claim, quantity):
            # "Drug K 5 mg, 10 mg and 15 mg led to …": each dose names an arm of the list,
            # judged with its figure, never a claim about a dose (the maximum is 15 mg)
            verdicts.append(Verdict(claim, quantity, UNSUPPORTED, None, None))
            continue
        if quantity.kind == "percent" and names_a_subgroup(claim, quantity):
            # "among patients whose PD-L1 was below 1%, …": whom the other figures count,
            # judged with them (another threshold rules their claims out), no share of people
            # (a level in a unit of measurement may be a threshold claim's own: "130 g/L")
            verdicts.append(Verdict(claim, quantity, UNSUPPORTED, None, None))
            continue
        # (a sentence that names no registry name as written may name a subject in other
        # words: "dying at home" for home deaths)
        named = candidates(registry, claim, quantity) or named_in_other_words(registry, claim)
        # a verdict reads the allowed candidates best first and stops at the first further
        # than the margin below the best, and looks among the first EXPLAINED_FOR for one
        # the sentence does not narrow; a baseline reads them all (_best_verdict)
        window = None if quantity.role == BEFORE else AGREEING_MATCH_MARGIN
        # no candidate, nothing to rank: the figure's surroundings are not worth reading
        allowed, near = (
            ranked_matches(registry, claim, quantity, named, window) if named else ([], None)
        )
        if not allowed and named:
            # … and, where the names said as written allow none, those the sentence names in
            # other words beside them: "Risk of recurrence after a first stroke" says "stroke
            # recurrence" as well as "stroke"
            more = {k: v for k, v in _named_otherwise(registry, claim).items() if k not in named}
            if more:
                named = named | more
                allowed, near = ranked_matches(registry, claim, quantity, named, window)
        baseline = (
            quantity.role == BEFORE
            and not _dated_as_its_claim(claim, quantity, allowed)
            and not treatment_changed(claim, quantity)  # the control arm's, no baseline
        )
        verdict = _best_verdict(
            claim, quantity, allowed, near, threshold, baseline, (registry, named)
        )
        ranked[len(verdicts)] = (allowed, near, baseline, named)
        if verdict.status == SUPPORTED and verdict.match is not None:
            other = _other_sex_said(claim, quantity, verdict.match, allowed)
            if other is not None:
                # "5.9% of men and women have gout": the women's claim says 2.0%
                verdict = Verdict(claim, quantity, CONFLICT, other, near)
        if (
            verdict.status == CONFLICT
            and verdict.match.registry_claim in matched_here
            and _part_of_earlier(claim, quantity)
        ):
            # "2,700 people died of myeloma …, about 1,500 of them men": the part is no
            # figure of the claim about the whole that the earlier figure is judged against
            part = replace(verdict.match, rejected=PART_OF_WHOLE)
            verdict = Verdict(claim, quantity, UNSUPPORTED, None, part)
        if (
            verdict.status in (CONFLICT, OVERPRECISE)
            and LIMIT_STATEMENT.search(verdict.match.registry_claim.statement)
            and names_an_arm(claim, quantity)
            # (an arm's outcome said beside it as a share: "30 to 44" of an eGFR band is
            # whom a dose limit is for, and the dose then states that limit)
            and any(
                q.unit in ("percent", "proportion", "percentage points") for q in claim.quantities
            )
        ):
            # "the 7 mg dose lowered HbA1c by 0.9%", "37% on 10 mg, 43% on 20 mg": a dose
            # naming an arm, judged with its figure, never against the maximum dose
            verdict = Verdict(claim, quantity, UNSUPPORTED, None, None)
        if verdict.match is not None:
            matched_here.append(verdict.match.registry_claim)
        verdicts.append(verdict)
    # A figure that matched nothing may still be one the matched claim's statement states,
    # in a clause whose frame fits (not the 70-and-over figure of a claim about 50 and over),
    # or the timepoint the claim is measured at ("36.1% survive five years").
    for i, verdict in enumerate(verdicts):
        if verdict.status != UNSUPPORTED or not matched_here:
            continue
        around = Surroundings.of(claim, verdict.quantity)
        frame = around.frame
        for registry_claim in matched_here:
            if names_another_subject(registry_claim, around, registry.subject_terms):
                continue  # "… and 19% have impaired fecundity" is not the infertility claim's
            if restates(
                registry_claim, verdict.quantity, frame, own_value=False
            ) or states_its_timepoint(verdict.quantity, registry_claim):
                match = Match(registry_claim, verdict.quantity, 100.0, 100.0, companion=True)
                verdicts[i] = Verdict(claim, verdict.quantity, SUPPORTED, match)
                break
    verdicts = _shares_statements_state(registry, claim, verdicts)
    verdicts = _other_side_apart(registry, claim, verdicts, ranked, threshold)
    return _restated_pairs_judged_alike(claim, _bound_said_beside(claim, verdicts))


SHARE_BESIDE = re.compile(r"[^.;:]{0,20}?[(,]\s*(?:or\s+|about\s+|some\s+|around\s+)?\Z")
"""What may stand between a count and the share it is of a whole: its noun and a bracket or
a comma ("23.9 million (55%)", "1,406 million people, 22.9% of the world's population")."""


def _share_beside_value(registry_claim: RegistryClaim, quantity: Quantity) -> bool:
    """Whether the claim's statement gives ``quantity``'s share right beside its own value, a
    count, as that count's share of a whole: "23.9 million (55%) of the world's blind …",
    not a relative reduction or another arm's figure it also states ("… lowered the risk by
    35%", "… against 8% in a historical cohort")."""
    value = registry_claim.value
    if value.unit is None:
        return False
    figures = statement_quantities(registry_claim)
    statement = registry_claim.statement
    for own in figures:
        if (own.low, own.high) != (value.low, value.high):
            continue
        for share in figures:
            if (
                share.start > own.end
                and share.unit in SHARE_UNITS
                and (share.low, share.high) == (quantity.low, quantity.high)
                and SHARE_BESIDE.fullmatch(statement, own.end, share.start)
            ):
                return True
    return False


def _named_otherwise(registry: Registry, claim: Claim) -> dict[str, tuple[int, ...]]:
    """:func:`named_in_other_words` of the sentence, read once for all its figures: those
    none of whose subject names the sentence says as written (a claim named as written is
    :func:`candidates`' to keep or leave out of its shortlist)."""
    key = (id(registry), id(claim))
    kept = _OTHERWISE.get(key)
    if kept is None or kept[0] is not claim:
        if len(_OTHERWISE) > 64:
            _OTHERWISE.clear()
        written = {normalise_term(name) for _s, _e, name in claim.terms}
        found = {
            claim_id: at
            for claim_id, at in named_in_other_words(registry, claim).items()
            if not subject_keys(registry.by_id[claim_id]) & written
        }
        kept = _OTHERWISE[key] = (claim, found)
    return kept[1]


_OTHERWISE: dict[tuple[int, int], tuple[Claim, dict[str, tuple[int, ...]]]] = {}


def _shares_statements_state(
    registry: Registry, claim: Claim, verdicts: list[Verdict]
) -> list[Verdict]:
    """A share that matched no claim, backed by a claim named in its sentence whose
    statement states it beside a count, its value, in a clause whose frame fits: against
    "In 2020, 23.9 million (55%) of the world's 43.3 million blind people were women",
    "Women made up 55% of the world's blind" is supported. (Only backed, never accused:
    the statement's share is no value the claim declares, so a page's other share is left
    unsupported, not a conflict.)"""
    stating = None
    for i, verdict in enumerate(verdicts):
        if (
            verdict.status != UNSUPPORTED
            or verdict.match is not None
            or verdict.quantity.unit not in SHARE_UNITS
        ):
            continue
        if stating is None:
            stating = stating_shares(registry, claim)
        if not stating:
            return verdicts
        around = Surroundings.of(claim, verdict.quantity)
        for claim_id in stating:
            registry_claim = registry.by_id[claim_id]
            if not _share_beside_value(registry_claim, verdict.quantity):
                continue
            if names_another_subject(registry_claim, around, registry.subject_terms):
                continue
            if contradiction(around.frame, claim_frame(registry_claim)) is not None:
                continue  # (the statement's clause may leave out whom: "(45%) … were men")
            if restates(registry_claim, verdict.quantity, around.frame, own_value=False):
                match = Match(registry_claim, verdict.quantity, 100.0, 100.0, companion=True)
                verdicts[i] = Verdict(claim, verdict.quantity, SUPPORTED, match)
                break
    return verdicts


def _other_side_apart(
    registry: Registry,
    claim: Claim,
    verdicts: list[Verdict],
    ranked: dict[int, tuple],
    threshold: float,
) -> list[Verdict]:
    """One of two figures said of both arms together (:func:`one_of_both_arms`) judged
    without the claim the other figure is backed by: in "as common in both arms, at 70.0%
    and 58.2%" the 58.2% is the placebo arm's, so the 70.0% is the other arm's, not a second
    placebo figure to accuse (and to "fix" into 58.2%). Not a side that names its own arm,
    group or time ("…, against 18.8% with 15 days"), where the same claim twice is a swap."""
    backing = {
        id(v.match.registry_claim): index
        for index, v in enumerate(verdicts)
        if v.status == SUPPORTED and v.match is not None
    }
    if not backing:
        return verdicts
    for index, verdict in enumerate(verdicts):
        if (
            verdict.status == SUPPORTED
            or verdict.match is None
            or backing.get(id(verdict.match.registry_claim), index) == index
            or index not in ranked
            or not Surroundings.of(claim, verdict.quantity).frame.other_arm
            or not one_of_both_arms(claim, verdict.quantity)
        ):
            continue
        taken = verdict.match.registry_claim
        allowed, near, baseline, named = ranked[index]
        rest = [m for m in allowed if m.registry_claim is not taken]
        verdicts[index] = _best_verdict(
            claim, verdict.quantity, rest, near, threshold, baseline, (registry, named)
        )
    return verdicts


BOTH_SEXES = frozenset({"female", "male"})
SEXES_TOGETHER = re.compile(
    r"\b(?:men|males?|boys|fathers)\s+(?:and|&)\s+(?:women|females?|girls|mothers)\b"
    r"|\b(?:women|females?|girls|mothers)\s+(?:and|&)\s+(?:men|males?|boys|fathers)\b",
    re.IGNORECASE,
)
"""Both sexes named together as one group ("men and women", "girls and boys")."""
SEXES_COMPARED = re.compile(
    r"\b(?:than|versus|vs|v|against|compared|while|whereas|unlike)\b", re.IGNORECASE
)
"""A sentence that sets one sex against the other ("more common in women than in men")."""


def _other_sex_said(
    claim: Claim, quantity: Quantity, match: Match, allowed: list[Match]
) -> Match | None:
    """The claim about the other sex that a figure said of both sexes at once disagrees
    with ("men and women alike have gout at 5.9%", "5.9% of both men and women", where the
    registry gives men 5.9% and women 2.0%): a figure said of two groups is each group's,
    so the one it backs does not clear it of the other. None when the figure names one sex,
    pairs its groups one by one ("respectively"), or the other sex's claim agrees."""
    theirs = claim_frame(match.registry_claim)
    if len(theirs.sexes) != 1 or RESPECTIVELY.search(claim.text):
        return None
    around = Surroundings.of(claim, quantity)
    if (
        around.frame.sexes != BOTH_SEXES
        or not SEXES_TOGETHER.search(around.clause)
        or SEXES_COMPARED.search(claim.text)
    ):
        return None
    alike = replace(theirs, sexes=frozenset(), everyone=False)
    for other in allowed:
        frame = claim_frame(other.registry_claim)
        if (
            other is not match
            and frame.sexes == BOTH_SEXES - theirs.sexes
            and replace(frame, sexes=frozenset(), everyone=False) == alike
            and subject_keys(other.registry_claim) == subject_keys(match.registry_claim)
            and _status(quantity, other, claim) == CONFLICT
        ):
            return other
    return None


BOUND_SAID_BESIDE = "the sentence gives the claim's own bound beside it"


def _bound_said_beside(claim: Claim, verdicts: list[Verdict]) -> list[Verdict]:
    """A figure read as more precise than a claim whose value is a bound, where another
    figure of the sentence states that very bound ("a cumulative dose of 240 mg/m², well
    under the lifetime limit of 450 mg/m²"): the bound is the claim's figure, the other
    one something measured against it, no restatement of the source more precisely."""
    stated = {
        id(v.registry_claim)
        for v in verdicts
        if v.status == SUPPORTED
        and v.registry_claim is not None
        and _one_sided(v.registry_claim)
        and v.match is not None
        and (v.match.quantity.low, v.match.quantity.high)
        in (
            (v.registry_claim.value.low, v.registry_claim.value.high),
            (None, v.registry_claim.value.high),
            (v.registry_claim.value.low, None),
        )
    }
    if not stated:
        return verdicts
    return [
        Verdict(claim, v.quantity, UNSUPPORTED, None, replace(v.match, rejected=BOUND_SAID_BESIDE))
        if v.status == OVERPRECISE and v.match is not None and id(v.registry_claim) in stated
        else v
        for v in verdicts
    ]


def _restated_pairs_judged_alike(claim: Claim, verdicts: list[Verdict]) -> list[Verdict]:
    """A share said in words and again in digits in brackets (``Almost half of adults with
    hypertension (46%) may not know …``, :func:`frames.share_said_twice`) is one figure: when
    one of the two matched a claim and the other matched none, the other is judged against
    the same claim (its words may differ from the claim's more than the pair's clause does:
    "may not know", "have not been told" against "unaware"); words that disagree with their
    digits are judged against the digits' claim, whatever else they matched."""
    for i in range(len(verdicts) - 1):
        first, second = verdicts[i], verdicts[i + 1]
        if second.match is not None and (
            first.registry_claim is not second.registry_claim
            and share_said_twice(claim.text, first.quantity, second.quantity, claim.start, False)
        ):
            # the digits in brackets name the claim; words that disagree with them by more
            # than rounding are that claim's wrong figure, not a sibling's ("About a third
            # … (46%) are unaware" is no figure of the 48% treated)
            judged, lone = second, i
        elif (first.match is None) != (second.match is None) and share_said_twice(
            claim.text, first.quantity, second.quantity, claim.start
        ):
            judged, lone = (first, i + 1) if first.match is not None else (second, i)
        else:
            continue
        registry_claim = judged.match.registry_claim
        quantity = verdicts[lone].quantity
        converted = convert(quantity, registry_claim.value.unit)
        if converted is None:
            continue
        match = Match(registry_claim, converted, judged.match.score, judged.match.rank)
        verdicts[lone] = Verdict(claim, quantity, _status(quantity, match, claim), match)
    return verdicts


def _status(quantity: Quantity, match: Match, claim: Claim | None = None) -> str:
    status = compare(match.quantity, match.registry_claim.value, match.registry_claim.tolerance)
    if status == SUPPORTED and _past_a_near_value(match):
        return CONFLICT  # "over 40,000" against a source's "nearly 40,000"
    if status == SUPPORTED and _short_of_a_value_past_it(quantity, match):
        return CONFLICT  # "Nearly 27,000" against a source's 27,332
    if status in (CONFLICT, OVERPRECISE) and _repeats_statement(
        quantity, match.registry_claim, claim
    ):
        return SUPPORTED
    if claim is not None and compared_by_day(claim, quantity, match.registry_claim):
        # a day's total (or one dose of one): the rules below read the figure as written,
        # no such product; and the product's digits are no finer reading of the source
        # than the dose the writer wrote (never CC103)
        return SUPPORTED if status == OVERPRECISE else status or CONFLICT
    written_coarsely = False
    if status == CONFLICT and _finer_than_written(quantity, match.registry_claim):
        status, written_coarsely = OVERPRECISE, True
    elif (
        status == SUPPORTED
        and quantity.approx
        and _finer_than_written(quantity, match.registry_claim)
    ):
        # "about 70,350" against "about 70,000": hedged, yet given to the ten where the
        # source gives the thousand (a hedge excuses the distance, not the digits)
        status, written_coarsely = OVERPRECISE, True
    elif status in (SUPPORTED, OVERPRECISE) and _another_band(match):
        # "stage 1 hypertension is defined as 140 to 149 mmHg" against a definition of 140
        # to 159 mmHg: a band restated with another end, no part of the source's range
        return CONFLICT
    elif (
        status in (SUPPORTED, OVERPRECISE) and claim and _another_criterion(match, claim, quantity)
    ):
        # "the door-to-needle target is 30 minutes" against "should give it within 60
        # minutes": a criterion restated at another value, no finer reading of it
        return CONFLICT
    elif status == SUPPORTED and _another_cut_off(match):
        # "anaemia in women is a haemoglobin below 130 g/L" against a cut-off of 120 g/L:
        # the bound is the cut-off restated, not a range the value falls in
        return CONFLICT
    elif status == SUPPORTED and quantity.approx and _hedged_past_written(match, quantity):
        # "some 6.9 million" against "6.7 million": the hedge excuses rounding, and there is
        # none when the draft gives the source's own last digit
        return CONFLICT
    elif status == OVERPRECISE and _written_as_finely(match, quantity):
        # "24.3%" against a statement's "24.0%" (a value typed 24.0 reads as 24): the
        # source states that digit, so the figures differ
        return CONFLICT
    if status == OVERPRECISE and half_a_step_off(
        match.quantity, match.registry_claim.value, written_coarsely
    ):
        # "amoxicillin 500 mg" against 1 g, "1.5 Gy a fraction" against 2 Gy: a figure on the
        # edge of the source's rounding is one of its own, no rounding of it
        return CONFLICT
    if (
        status == OVERPRECISE
        and quantity.unit != match.quantity.unit
        and not converted_by_power_of_ten(quantity, match.quantity)
    ):
        # "18.7 kPa or more" against 140 mmHg or higher: the digits past the source's are
        # the conversion's (140.26), never the writer's
        return SUPPORTED
    if (
        status == CONFLICT
        and quantity.unit != match.quantity.unit
        and rounds_in_own_unit(quantity, match.quantity, match.registry_claim.value)
    ):
        return SUPPORTED  # "39 months" against 3.26 years: 39.12 months, rounded
    return status or CONFLICT


NEARLY = re.compile(r"\A(?:nearly|almost|just\W+under|not\W+quite|close\W+to)\b", re.I)
"""How a source says its value is a little short of the figure it writes."""


def _past_a_near_value(match: Match) -> bool:
    """Whether the figure is a strict lower bound at or past the value its claim's statement
    says it is "nearly" ("over 40,000" against "Nearly 40,000 children and adults live with
    cystic fibrosis"): the source says the count falls short of it, the draft that it passes
    it, so they cannot both hold, whatever the tolerance of an approximate value."""
    figure, value = match.quantity, match.registry_claim.value
    if figure.low is None or figure.low_inclusive or figure.high is not None or value.low is None:
        return False
    written = value_figure(match.registry_claim)
    return written is not None and bool(NEARLY.match(written.text)) and figure.low >= value.low


SHORT_OF = re.compile(r"\W*(?:nearly|almost|not\W+quite)\b", re.IGNORECASE)
"""A hedge that says the figure falls short of the number written ("nearly 27,000"), as
"just under" does: not "about", "around" or "close to", which may go past it."""


def _short_of_a_value_past_it(quantity: Quantity, match: Match) -> bool:
    """Whether a figure said to fall short of its number (:data:`SHORT_OF`) stands against a
    source wholly past that number: "Nearly 27,000 kidney transplants" where the source counts
    27,332, "nearly 850 million" where it says "more than 850 million". The writer rounded
    down and said "nearly": the figure says under what the source says it is over. Not a
    source of the very number written (it may itself be rounded: the hedge's rounding, as
    before), nor a source that says "nearly" too, nor a share in words ("nearly nine in
    ten", coarse by nature), nor a figure converted to the source's unit ("almost £8.2
    million a month" against £98.5 million a year: the conversion's own rounding)."""
    figure, value = match.quantity, match.registry_claim.value
    if quantity.kind == "proportion" or quantity.unit != figure.unit:
        return False
    if figure.low is None or figure.low != figure.high or value.low is None:
        return False
    if not SHORT_OF.match(quantity.text):
        return False
    written = value_figure(match.registry_claim)
    if written is not None and NEARLY.match(written.text):
        return False
    return value.low > figure.low or (value.low == figure.low and not value.low_inclusive)


def _dated_as_its_claim(claim: Claim, quantity: Quantity, allowed: list[Match]) -> bool:
    """Whether the start of a change carries its own year, the year of its best candidate
    ("fell from about 21% in 2005 to …" against the 2005 claim): then it is a statement of
    that claim, judged like any figure, not a baseline."""
    if not allowed:
        return False
    years = Surroundings.of(claim, quantity).frame.years
    if years and years_meet(years, claim_frame(allowed[0].registry_claim).years):
        return True
    return _qualified_as_its_claim(claim, quantity, allowed)


OWN_QUALIFIER_LEAD = 8.0  # attribution points the start's claim leads the next one by


def _qualified_as_its_claim(claim: Claim, quantity: Quantity, allowed: list[Match]) -> bool:
    """Whether the start of a change says what it is of in words of its own, after it and
    before the end ("rose from 3.3 per 1,000 at the first round to 6.9 … at the fourth"),
    and those words make its best candidate the best attributed by a clear lead: then it is
    that claim's figure (the first round's rate), judged like any figure. A bare start
    ("fell from 8.1% to 6.9%") stays a baseline."""
    start, end = clause_span(claim, quantity)
    after = claim.text[quantity.end - claim.start : end - claim.start]
    if not any(word not in FUNCTION_WORDS for word in comparable_words(after).split()):
        return False
    second = max((m.evidence for m in allowed[1:]), default=None)
    return second is None or allowed[0].evidence >= second + OWN_QUALIFIER_LEAD


def _current_first(allowed: list[Match]) -> list[Match]:
    """The allowed candidates without the retired ones when a current claim ranks near the
    best of them: the registry no longer stands by a retired claim, so it may back or accuse
    a figure only where no current claim is as well attributed ("about 75% by keyhole"
    beside a retired 80% of 1998 and today's 95% is judged against the 95%)."""
    if not any(m.registry_claim.is_retired for m in allowed):
        return allowed
    best = max(m.rank for m in allowed)
    current = [m for m in allowed if not m.registry_claim.is_retired]
    if current and max(m.rank for m in current) >= best - AGREEING_MATCH_MARGIN:
        return current
    return allowed


def _whole_first(allowed: list[Match]) -> list[Match]:
    """The candidates with the first that is no part nothing names put first, when the best
    is such a part: "About 76,000 hip fractures happen every year", the UK's sentence with
    its place left out, beside the claim about the world's 1.6 million, is a figure about
    the world (a page about the UK names it, and its claim is then no unsaid part)."""
    if not allowed[0].part_unsaid:
        return allowed
    whole = next((m for m in allowed if not m.part_unsaid), None)
    if whole is None:
        return allowed
    return [whole, *(m for m in allowed if m is not whole)]


def _best_verdict(
    claim: Claim,
    quantity: Quantity,
    allowed: list[Match],
    near: Match | None,
    threshold: float,
    baseline: bool = False,
    named: tuple[Registry, Iterable[str]] | None = None,
) -> Verdict:
    """The verdict a reviewer would give, from the allowed candidates (best first).

    A match whose figure agrees (supported or overprecise) needs a rank of ``threshold -
    AGREEMENT_BONUS``: the agreeing figure is itself evidence ("two in five American adults
    live with obesity" against "about 42% of US adults"). It wins over a conflicting match
    ranked up to :data:`AGREEING_MATCH_MARGIN` above it, so two claims on one subject (deaths
    in 2020 and in 2022) do not make a conflict of a figure one of them supports. A conflict
    accuses the draft, so it needs ``threshold + CONFLICT_MARGIN``, and
    :data:`UNEXPLAINED_CONFLICT_COST` more for each word of the figure's clause the claim
    does not explain (up to four): "users regain 10% after stopping" names the drug of a
    weight-loss claim but is about something else, and an unsupported figure, with the
    match named as the closest and the words it leaves out, is the honest verdict."""
    if not allowed:
        if near is not None and near.restated:
            # ruled out by its frame, yet its statement states this very figure for this
            # frame ("… to 10.7 months, from 7.9 months on placebo"): supported
            return Verdict(claim, quantity, SUPPORTED, near, None)
        return _paraphrase_or_unsupported(claim, quantity, near, near)
    if baseline:
        # the starting point of a change ("fell from 8.1% to 6.9%") is a baseline: a claim
        # about the result backs it only when its statement states that baseline too, and
        # never accuses it of differing from the result
        for match in allowed:
            if _repeats_statement(quantity, match.registry_claim, claim):
                return Verdict(claim, quantity, SUPPORTED, match, near)
        return Verdict(claim, quantity, UNSUPPORTED, None, allowed[0])
    allowed = _whole_first(_current_first(allowed))
    top = allowed[0]
    # a top claim the figure's words narrow (about all adults, where the row says "Men") is
    # no measure of how well a sibling about that very part is attributed: the best
    # attributed of the claims that say those words is
    parts = [m for m in allowed if not m.narrowed and says_all(m.registry_claim, top.narrowed)]
    part_evidence = max((m.evidence for m in parts), default=None) if top.narrowed else None
    best = max(allowed, key=lambda m: m.rank)  # (the top is first by names, then rank)
    for match in allowed:  # best first: past the margin, no later match is close either
        close = match.rank >= top.rank - AGREEING_MATCH_MARGIN
        if not close:
            break
        # a figure agreeing with a one-sided claim ("up to 30%", "as many as 1 in 4") says
        # little: every smaller figure does, whatever it is about
        bonus = 0.0 if _one_sided(match.registry_claim) else AGREEMENT_BONUS
        agrees_enough = match.rank + bonus >= threshold
        # an agreeing claim wins only when it is as well attributed as the top one: a figure
        # must not borrow the support of a sibling claim about another subject or group
        attributed = match.evidence >= top.evidence - EVIDENCE_TIE or (
            part_evidence is not None
            and match in parts
            and match.evidence >= part_evidence - EVIDENCE_TIE
        )
        if match is not best and attributed and _outworded(claim, quantity, best, match):
            attributed = False
        if match.part_unsaid and not top.part_unsaid:
            # India's 58,000 snakebite deaths a year, below the world's 81,410 to 137,880,
            # where the figure names no place: a part nothing names lends no support past
            # its whole (the figure is the whole's, and may be wrong about it)
            attributed = False
        if (
            not (agrees_enough and attributed)
            or narrows_to_a_group(match.narrowed, match.registry_claim)
            # a claim the figure's words narrow, beside a sibling that states those very
            # words ("88% of those with MDR-TB" against drug-susceptible TB's 88%, beside
            # MDR-TB's 68%): the figure is the sibling's, an equal value here a swap
            # (not in a "respectively" list, whose every item the clause says)
            or (
                match.narrowed
                and match not in parts
                and not RESPECTIVELY.search(claim.text)
                and not SET_AGAINST.search(claim.text)
                and _said_by_a_part(match, parts)
            )
            or another_kind(match.registry_claim, _clause_text(claim, quantity))
        ):
            # a claim the figure's group narrows ("8.4% of nurses", "31% of men aged 40–59"
            # against the 8.4% of all adults, the 31% of all men) is about others: an equal
            # figure there is no support
            continue
        status = _status(quantity, match, claim)  # compared only where it can decide
        if status != CONFLICT and (
            why := reversed_comparison(claim, quantity, match.registry_claim)
        ):
            # "Women are 1.5 times more likely than men" against the source's men than women
            return Verdict(claim, quantity, CONFLICT, replace(match, contradiction=why), near)
        if status == SUPPORTED and named is not None and _a_siblings_value(match, named):
            # "About 1 in 12 children …" against the children's "about 1 in 11", beside the
            # adults' "about 1 in 12": within the rough claim's latitude, yet exactly the
            # value of a sibling ruled out for this figure, a swap, not a rounding
            return Verdict(claim, quantity, CONFLICT, match, near)
        if status != CONFLICT:
            return Verdict(claim, quantity, status, match, near)
    if top.narrowed:
        # the figure is about a part of the top claim's subject: a claim the sentence does
        # not narrow, named as well, may still be the figure's
        unnarrowed = [m for m in allowed[1:EXPLAINED_FOR] if not m.narrowed]
        if parts and parts[0] in unnarrowed:
            top = parts[0]  # … and a claim about that very part is ("Men" against the men's)
            status = _status(quantity, top, claim)
            if status in (SUPPORTED, OVERPRECISE) and top.rank + AGREEMENT_BONUS >= threshold:
                # ("61% of those with MDR-TB": the part's claim agrees, past a sibling the
                # figure's words narrow that its other names rank above it)
                return Verdict(claim, quantity, status, top, near)
        elif unnarrowed and unnarrowed[0].evidence >= top.evidence - EVIDENCE_TIE:
            top = unnarrowed[0]
    accuse_at = (
        threshold
        if named is not None
        and (
            _swapped(claim, quantity, top, *named)
            or (
                # (a group the clause adds, "during pregnancy", is another population's dose)
                not top.unexplained
                and own_dose_claim(named[0], claim, quantity, top.registry_claim, named[1])
            )
        )
        else threshold + CONFLICT_MARGIN + UNEXPLAINED_CONFLICT_COST * len(top.unexplained)
    )
    if _status(quantity, top, claim) == CONFLICT and top.rank >= accuse_at and not top.narrowed:
        owner = _owner_not_the_claims(claim, quantity, top.registry_claim)
        if owner is not None:
            top = replace(top, rejected=f"the figure is the share {owner!r} accounts for")
            return Verdict(claim, quantity, UNSUPPORTED, None, top)
        whole = _share_of_another(claim, quantity, top.registry_claim)
        if whole is not None:
            top = replace(top, rejected=f"the figure is a share of {whole}, which it is not about")
            return Verdict(claim, quantity, UNSUPPORTED, None, top)
        other = _told_apart_by(claim, quantity, top, named)
        swapped = accuse_at == threshold
        if not other and not swapped:
            top = _latest_year_of(claim, quantity, top, allowed)
        tied = None if other or swapped else _tied_with(claim, quantity, top, allowed)
        if tied is not None:
            top = replace(top, rejected=TIED.format(tied.registry_claim.id))
            return Verdict(claim, quantity, UNSUPPORTED, None, top)
        if not other:
            if denies(claim, quantity, clause_span(claim, quantity), top.registry_claim.statement):
                # "It is a myth that 50% of …": the draft does not assert the figure
                return Verdict(claim, quantity, UNSUPPORTED, None, replace(top, rejected=DENIED))
            return Verdict(claim, quantity, CONFLICT, top, near)
        top = replace(
            top, rejected=f"the sentence speaks of {other[0]}, which its sibling claims hold"
        )
        return Verdict(claim, quantity, UNSUPPORTED, None, top)
    return _paraphrase_or_unsupported(claim, quantity, near, allowed[0])


def _said_by_a_part(match: Match, parts: list[Match]) -> bool:
    """Whether a candidate not narrowed, ranked within :data:`PART_RANK_MARGIN` of
    ``match``, states every word that narrows it: a sibling about that very part, not a
    claim that happens to use the word ("to start treatment")."""
    return any(
        says_all(part.registry_claim, match.narrowed) and part.rank >= match.rank - PART_RANK_MARGIN
        for part in parts
    )


SET_AGAINST = re.compile(r"\b(?:vs|versus|compared|than|or|whereas|while|against)\b", re.I)
"""A sentence that sets its figure against another or offers an alternative ("38% vs 26%
with standard biopsy", "5 mg as the standard dose, or 2.5 mg …"): the words that narrow a
figure may be the other side's, so they hand it to no sibling."""
PART_RANK_MARGIN = 25.0
"""How far below a narrowed claim its part's claim may rank and still take the figure: the
sibling of "MDR-TB" ranks some 14 to 21 points below drug-susceptible TB's, whose name the
sentence says too; a claim that merely says the word ranks 50 or more below."""


def denied(verdict: Verdict) -> bool:
    """Whether an unsupported figure is one its sentence denies (:mod:`~claimcheck.verify.
    denials`): ruled out as a conflict for it, or backed by no claim at all ("Many people
    wrongly believe that 50% of …"): the draft asserts nothing there to verify."""
    if verdict.status != UNSUPPORTED:
        return False
    if verdict.near_miss is not None and verdict.near_miss.rejected == DENIED:
        return True
    quantity = verdict.quantity
    return denies(verdict.claim, quantity, clause_span(verdict.claim, quantity), "")


DENIED = "the sentence denies the figure"
"""Why a figure its sentence denies (:mod:`~claimcheck.verify.denials`) is no conflict: lint
reports nothing for it."""
TIED_RANK = 0.5  # rank points within which two candidates are equally ranked
TIED = "the sentence does not say whether it is about this claim or {}"


def _a_siblings_value(match: Match, named: tuple[Registry, Iterable[str]]) -> bool:
    """Whether the figure (in the match's unit) is not the match's value as stated but is
    exactly the value of another candidate sharing a subject with it, in the same unit: the
    figure the registry gives for another group, year or arm, accepted only by the match's
    latitude ("about")."""
    figure, value = match.quantity, match.registry_claim.value
    if figure.low is None or figure.high is None or _same_value(figure, value):
        return False
    if not _written_as_its_statement(figure, match.registry_claim):
        return False  # "about 20%" against "19.6%": a rounding of the claim's own figure
    registry, ids = named
    subjects = subject_keys(match.registry_claim)
    for claim_id in ids:
        other = registry.by_id[claim_id]
        if (
            other.id != match.registry_claim.id
            and other.value.unit == value.unit
            and _same_value(figure, other.value)
            and other.status == "approved"
            and subject_keys(other) & subjects
        ):
            return True
    return False


def _written_as_its_statement(figure: Quantity, registry_claim: RegistryClaim) -> bool:
    """Whether the draft writes the figure as the statement writes the claim's value: both
    as one in N, or to the same last digit, so the figure cannot be the value rounded."""
    value = registry_claim.value
    for said in statement_quantities(registry_claim):
        in_unit = convert(said, value.unit) or said  # ("1 in 11" is read as a proportion)
        if in_unit.low is None or in_unit.high is None or not _same_value(in_unit, value):
            continue
        if ONE_IN_N.search(figure.text) or ONE_IN_N.search(said.text):
            return bool(ONE_IN_N.search(figure.text) and ONE_IN_N.search(said.text))
        digit = written_last_digit(figure)
        return digit is not None and digit == written_last_digit(said)
    return False


SAME_VALUE = 0.01  # relative difference within which two values are one ("1 in 12", 8.3%)


def _same_value(figure: Quantity, value: object) -> bool:
    """Whether the figure's ends are the value's, but for the rounding of a written form."""
    ends = (getattr(value, "low", None), getattr(value, "high", None))
    return all(
        a is not None and b is not None and math.isclose(a, b, rel_tol=SAME_VALUE)
        for a, b in zip((figure.low, figure.high), ends, strict=True)
    )


def _year_siblings(first: RegistryClaim, second: RegistryClaim) -> bool:
    """Whether two claims are one measure said for two years: the same subjects, unit and
    declared group, each dated by one year (or one season) of its own."""
    years_first, years_second = years_of_claim(first), years_of_claim(second)
    return (
        bool(years_first)
        and bool(years_second)
        and years_first != years_second
        and len(years_first) <= 2
        and len(years_second) <= 2
        and subject_keys(first) == subject_keys(second)
        and units_compatible(first.value.unit, second.value.unit)
        and first.group == second.group
    )


def _latest_year_of(claim: Claim, quantity: Quantity, top: Match, allowed: list[Match]) -> Match:
    """The top match, or the claim of a later year that says the same measure, where the
    figure names no year and conflicts with both: a page that says "about 1,500 abortions
    are carried out every day" speaks of now, the latest year the registry holds, and is
    wrong whichever year it means, so it is held to the latest (before, such a tie left the
    figure unsupported)."""
    if Surroundings.of(claim, quantity).frame.years:
        return top
    latest = top
    for match in allowed[:EXPLAINED_FOR]:
        if match is top or match.narrowed:
            continue
        if match.evidence < top.evidence - EVIDENCE_TIE or match.rank < top.rank - TIED_RANK:
            continue
        if not _year_siblings(top.registry_claim, match.registry_claim):
            continue
        if _status(quantity, match, claim) != CONFLICT:
            return top  # a year it agrees with: not wrong whichever year it means
        if max(years_of_claim(match.registry_claim)) > max(years_of_claim(latest.registry_claim)):
            latest = match
    return latest


def _tied_with(claim: Claim, quantity: Quantity, top: Match, allowed: list[Match]) -> Match | None:
    """Another candidate as well attributed as the top one and ranked close to it, whose value
    differs from the top's and which the figure conflicts with too: the sentence does not
    say which of the two claims it is about, so it cannot say which one it contradicts."""
    for match in allowed[:EXPLAINED_FOR]:
        if match is top or match.narrowed:
            continue
        if match.evidence < top.evidence - EVIDENCE_TIE or match.rank < top.rank - TIED_RANK:
            continue
        if (match.registry_claim.value.low, match.registry_claim.value.high) == (
            top.registry_claim.value.low,
            top.registry_claim.value.high,
        ):
            continue
        if (
            _year_siblings(top.registry_claim, match.registry_claim)
            and not Surroundings.of(claim, quantity).frame.years
            and max(years_of_claim(match.registry_claim)) < max(years_of_claim(top.registry_claim))
        ):
            continue  # an earlier year's: the latest is the figure's (:func:`_latest_year_of`)
        if _status(quantity, match, claim) == CONFLICT and not _told_apart_here(
            claim, quantity, top.registry_claim, match.registry_claim
        ):
            return match
    return None


TOLD_BY_FRAME = (
    "ages",
    "sexes",
    "timepoints",
    "stages",
    "schedules",
    "life_stages",
    "settings",
    "regions",
    "years",
    "control",
    "courses",
    "ethnicities",
)


def _frame_tells_apart(said: Frame, one: Frame, other: Frame) -> bool:
    """Whether a slot where the two claims' frames differ is one the figure's frame fills
    (which then fits one of them better) or one only one of the claims fills (a claim about
    ages 60 to 69 beside one about everyone, where the sentence names no age: the whole's)."""
    for slot in TOLD_BY_FRAME:
        mine, theirs = _filled(one, slot), _filled(other, slot)
        if mine != theirs and (getattr(said, slot) or not (mine and theirs)):
            return True
    return False


ALL_AGES = ((0.0, 120.0),)  # "across all ages": no age group


def _filled(frame: Frame, slot: str) -> object:
    """The frame's slot, empty when it says everyone ("across all ages")."""
    value = getattr(frame, slot)
    return () if slot == "ages" and value == ALL_AGES else value


def _told_apart_here(
    claim: Claim, quantity: Quantity, one: RegistryClaim, other: RegistryClaim
) -> bool:
    """Whether the figure's sentence, the sentence before, or the heading, lead-in or headers
    above it say a word or name that one of the two claims has and the other lacks."""
    around = Surroundings.of(claim, quantity)
    if _frame_tells_apart(around.frame, claim_frame(one), claim_frame(other)):
        return True
    apart = claim_words(one) ^ claim_words(other)
    texts = (around.sentence, around.previous_text, around.lead_text, *around.pieces)
    said = content_words(" ".join(texts))
    return bool(apart & said)


def _owner_not_the_claims(
    claim: Claim, quantity: Quantity, registry_claim: RegistryClaim
) -> str | None:
    """The phrase that owns the figure by an attributing verb ("untreated vision loss
    accounts for 2%", :mod:`~claimcheck.verify.attributed_shares`) when none of its telling
    words is the claim's: that claim cannot accuse the figure."""
    owner = owning_phrase(claim, quantity, clause_span(claim, quantity)[0])
    if owner is None:
        return None
    words = telling(comparable_words(owner).split())
    return owner if unexplained_owner(words, claim_vocabulary(registry_claim)) else None


def _share_of_another(
    claim: Claim, quantity: Quantity, registry_claim: RegistryClaim
) -> str | None:
    """The registry name a share is said of ("about 90% of genital warts") when the claim
    neither has it nor says it: the figure divides another whole than the claim's (its
    cervical cancers), so it cannot contradict it."""
    around = Surroundings.of(claim, quantity)
    if not around.share_of:
        return None
    whole = around.share_of.lower()
    for written in unexplained_names(registry_claim, around):
        # (what is counted: not a place, nor only people, "American", "babies born")
        if not whole.startswith(written.lower()) or not says_what(written, registry_claim):
            continue
        if PEOPLE_NOUN.match(whole[len(written) :].lstrip(" -")):
            continue  # "of high-risk adults": a qualifier of the people, no other whole
        return written
    return None


def _clause_text(claim: Claim, quantity: Quantity) -> str:
    start, end = clause_span(claim, quantity)
    return claim.text[start - claim.start : end - claim.start]


def _outworded(claim: Claim, quantity: Quantity, top: Match, match: Match) -> bool:
    """Whether the figure's own clause says a word of the top claim that the agreeing one
    lacks, and none that the agreeing one has and the top lacks: "38% of men … had it under
    control" is the controlled claim's figure (18%), not the treated claim's 38%, though the
    names attribute it to both alike. Words only the clause's own (not its sentence's other
    clauses, which may be the agreeing claim's partner figure's)."""
    if match.evidence > top.evidence + EVIDENCE_TIE:
        return False  # better attributed by its names and frame, whatever the words
    said = Surroundings.of(claim, quantity).words
    theirs, mine = claim_words(top.registry_claim), claim_words(match.registry_claim)
    # (telling words only: "people", "nearly", "US" tell no sibling apart)
    return bool(telling(list(said & (theirs - mine)))) and not said & (mine - theirs)


PART_OF_THEM = re.compile(r"\s*(?:of|among)\s+(?:them|whom)\b", re.IGNORECASE)
"""Words right after a figure that make it a part of a group counted before it in the
sentence: "around 2,700 people died …, about 1,500 of them men", "… 1,500 of whom …" (not
"of those", which names an arm: "12% of those on placebo")."""


PART_OF_WHOLE = "the figure counts a part ('of them') of the whole the claim is about"


COUNTED = {
    "number": "count"
}  # a bare number beside a count is a sibling count ("2.8 million of them")


def _told_apart_by(
    claim: Claim,
    quantity: Quantity,
    top: Match,
    named: tuple[Registry, Iterable[str]] | None,
) -> list[str]:
    """The names of the figure's clause by which the registry tells the top claim from its
    siblings (:func:`~claimcheck.verify.matching.sibling_names`), asked of a figure with no
    sibling figure of its kind in the sentence: where two are said together ("6.8% and 11.2%,
    respectively"), the clause holds the other figure's names too."""
    kind = COUNTED.get(quantity.kind, quantity.kind)
    if named is None or any(
        q is not quantity and COUNTED.get(q.kind, q.kind) == kind for q in claim.quantities
    ):
        return []
    return sibling_names(named[0], top.registry_claim, Surroundings.of(claim, quantity))


def _part_of_earlier(claim: Claim, quantity: Quantity) -> bool:
    """Whether the figure counts a part of the group an earlier figure of its sentence
    counts ("2,700 people died of myeloma, about 1,500 of them men"): the claim about the
    whole, which that earlier figure is judged against, is never the part's to break,
    whatever the part is (a sex, an age, a cause); a claim about that very part may still
    back or accuse it ("890 million adults were overweight, and 2.5 billion of them had
    obesity" against the obesity claim)."""
    if not any(other.end <= quantity.start for other in claim.quantities):
        return False
    return bool(PART_OF_THEM.match(claim.text, quantity.end - claim.start))


def _swapped(
    claim: Claim,
    quantity: Quantity,
    top: Match,
    registry: Registry,
    named: Iterable[str],
) -> bool:
    """Whether two figures of the sentence are a pair of siblings' figures given each to the
    other's group ("12% on velorant, against 31% on placebo" where the registry says 31% and
    12%): another figure of the sentence is the top claim's own, and another claim sharing a
    subject with the top one, named here and not chosen for the figure (ruled out by its
    arm, age group, region, year or timepoint, or outranked by the words said around it),
    states this very figure. That is the swap a reviewer
    looks for, and the pair says whose each figure is: the top claim is accused at the
    threshold, without the margin and the cost of unexplained words a conflict otherwise
    needs. One figure equal to a sibling's is not enough (a side effect in 12% of the drug
    arm is not the placebo arm's 12% response), nor is one within a sibling's bound only
    ("… and air pollution 20.7%" beside a claim that smoking causes up to 80%)."""
    around = Surroundings.of(claim, quantity)
    said = around.clause_names | around.earlier_names | around.inner_names
    if not _states_another_figure(claim, quantity, top.registry_claim):
        # "… is 16.6% in men. For women, the figure is 7.9%": a figure that names nothing
        # of its own carries on the sentence before, whose figure may be its pair
        if around.sentence_names or not _said_before(claim, top.registry_claim):
            return False
        said = said | around.before_names
    if not subject_keys(top.registry_claim) & said:
        # "Tinnitus troubles 25% of adults aged 55 to 64, and hearing loss 8.5% of them":
        # the claim's subject is named only after the figure, in its partner's clause
        return False
    subjects = {name.casefold() for name in top.registry_claim.subject}
    for claim_id in named:
        sibling = registry.by_id[claim_id]
        if sibling.id == top.registry_claim.id or sibling.is_draft or sibling.is_retired:
            continue
        if _one_sided(sibling):
            # "up to 80%" holds every smaller figure: agreeing with it pairs nothing
            continue
        if not subjects & {name.casefold() for name in sibling.subject} and not (
            subject_keys(sibling) & around.sentence_names - around.clause_names
        ):
            # a sibling of another subject pairs only when the sentence names it apart from
            # the figure's own names ("a chest CT gives about 2 mSv, while a head CT gives
            # about 7 mSv"): each figure then stands where the other claim's subject is
            continue
        converted = convert(quantity, sibling.value.unit)
        if converted is not None and compare(converted, sibling.value, sibling.tolerance) in (
            SUPPORTED,
            OVERPRECISE,
        ):
            return True
    return False


def _states_another_figure(claim: Claim, quantity: Quantity, registry_claim: RegistryClaim) -> bool:
    """Whether a figure of the sentence other than ``quantity`` agrees with the claim."""
    value, unit = registry_claim.value, registry_claim.value.unit
    for other in claim.quantities:
        converted = None if other is quantity else convert(other, unit)
        if converted is not None and compare(converted, value, registry_claim.tolerance) in (
            SUPPORTED,
            OVERPRECISE,
        ):
            return True
    return False


def _said_before(claim: Claim, registry_claim: RegistryClaim) -> bool:
    """Whether a figure of the sentence before agrees with the claim."""
    value, unit = registry_claim.value, registry_claim.value.unit
    for other in find_quantities(claim.previous_text) if claim.previous_text else ():
        converted = convert(other, unit)
        if converted is not None and compare(converted, value, registry_claim.tolerance) in (
            SUPPORTED,
            OVERPRECISE,
        ):
            return True
    return False


def _paraphrase_or_unsupported(
    claim: Claim, quantity: Quantity, near: Match | None, closest: Match | None
) -> Verdict:
    """The verdict of a figure no allowed claim decides: supported (or overprecise) by the
    near miss when the figure's clause paraphrases that claim's statement and the figure
    agrees with it (:func:`~claimcheck.verify.matching.paraphrases`), else unsupported, with
    ``closest`` named for editors. A paraphrase backs; it never accuses: a figure that
    disagrees with a claim whose subject it does not name may be about something else."""
    if near is not None and near.paraphrased:
        status = _status(quantity, near, claim)
        if status in (SUPPORTED, OVERPRECISE):
            return Verdict(claim, quantity, status, near, None)
    return Verdict(claim, quantity, UNSUPPORTED, None, closest)


def judge(
    registry: Registry, claims: Iterable[Claim], threshold: float = DEFAULT_THRESHOLD
) -> list[Verdict]:
    verdicts = [v for claim in claims for v in judge_claim(registry, claim, threshold)]
    return _wholes_said_elsewhere(registry, verdicts, threshold)


def _wholes_said_elsewhere(
    registry: Registry, verdicts: list[Verdict], threshold: float
) -> list[Verdict]:
    """The verdicts with each conflict against a whole (the world's claim) whose figure
    another figure of the page states and that claim backs, judged again without the rule
    that a part nothing names lends no support past its whole: "About 2,300 people die of
    melanoma each year. In 2020, melanoma caused 57,000 deaths." gives the world's figure in
    its second sentence, so the first, naming no place, is the country's (supported by the
    UK's claim), not the world's figure misstated."""
    backed = {v.registry_claim.id for v in verdicts if v.status == SUPPORTED and v.registry_claim}
    out = []
    for verdict in verdicts:
        if (
            verdict.status == CONFLICT
            and verdict.match is not None
            and verdict.match.registry_claim.id in backed
        ):
            verdict = _a_part_backs(registry, verdict, threshold) or verdict
        out.append(verdict)
    return out


def _a_part_backs(registry: Registry, verdict: Verdict, threshold: float) -> Verdict | None:
    """The verdict of a part nothing names (:attr:`Match.part_unsaid`) that backs the
    figure, as well attributed as the whole it conflicts with; None when there is none."""
    claim, quantity, whole = verdict.claim, verdict.quantity, verdict.match
    named = candidates(registry, claim, quantity) or named_in_other_words(registry, claim)
    allowed, near = ranked_matches(registry, claim, quantity, named) if named else ([], None)
    for match in allowed:
        if (
            match.part_unsaid
            and match.registry_claim.id != whole.registry_claim.id
            # (its penalty as a part nothing names is the rule set aside here)
            and match.evidence + UNSAID_PART_PENALTY >= whole.evidence - EVIDENCE_TIE
            and match.rank + UNSAID_PART_PENALTY >= threshold - AGREEMENT_BONUS
            and _status(quantity, match, claim) == SUPPORTED
        ):
            return Verdict(claim, quantity, SUPPORTED, match, near)
    return None


def _one_sided(registry_claim: RegistryClaim) -> bool:
    """Whether the claim's value is a bound only (``{high: 30}``, ``{low: 70}``)."""
    value = registry_claim.value
    return value.low is None or value.high is None
