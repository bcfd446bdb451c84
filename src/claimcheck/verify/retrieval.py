"""Candidate retrieval: which registry claims a figure is judged against.

A candidate names, as its subject or context, a registry name found in the figure's sentence
(with the offsets where), in the sentence before, or in its table cell's headers (an empty
offset list); and its unit is one the figure converts to (:func:`convert`). The registry is
indexed by name *and* unit (:meth:`Registry.term_units`), so a unit the figure cannot be
read in rules out all its claims with one conversion: the cost of a figure follows the claims
that could be its own, not every claim that shares a name with it.

A subject name of several words said split around the figure ("Type 2 accounts for 90–95%
of diabetes") is retrieved by its head when its first words are in the sentence too.

Candidates come in the order the matcher has always seen them (by the first name that
retrieves them, then registry order), so ties are broken as before.
"""

from __future__ import annotations

import re
import weakref

from claimcheck.nlp.claim import Claim
from claimcheck.nlp.lay_names import field_name, said_as_the_field_says
from claimcheck.nlp.quantity import Quantity
from claimcheck.registry.loader import Registry, normalise_term
from claimcheck.registry.units import PERCENTAGE_POINTS
from claimcheck.verify import analytes
from claimcheck.verify import shortlist as bounded
from claimcheck.verify.convert import convert_kept, to_a_years_count
from claimcheck.verify.daily_doses import daily_total
from claimcheck.verify.frames import row_names


def candidates(registry: Registry, claim: Claim, quantity: Quantity) -> dict[str, tuple[int, ...]]:
    """Registry ids that may be ``quantity``'s claim, each with the offsets in ``claim`` (the
    figure's sentence) where a name of it is written; an empty tuple when it is named only
    in the sentence before or in the figure's table headers. Where more than
    :data:`~claimcheck.verify.shortlist.CANDIDATE_CAP` claims are found, only the most
    promising ones (:mod:`claimcheck.verify.shortlist`)."""
    convertible: dict[str | None, bool] = {}
    conversions: dict[str | None, Quantity | None] = {}  # the figure in each unit asked

    absolute = ABSOLUTE_SAID.search(claim.text) is not None

    def usable(unit: str | None) -> bool:
        known = convertible.get(unit)
        if known is None:
            converted = conversions[unit] = convert_kept(quantity, unit)
            known = convertible[unit] = _usable(quantity, unit, converted, absolute) or (
                # "100 mg three times a day" against a total a day (the ranking multiplies)
                daily_total(claim, quantity, unit) is not None
            )
        return known

    names = [(start, name) for start, _end, name in claim.terms]
    names += [(None, name) for name in claim.nearby_terms]
    names += [(None, name) for names_ in claim.header_terms for name in names_]
    cell, _names = claim.cell_of(quantity)
    if cell is not None:  # a row "Breast" under "Cancer": breast cancer
        names += [(None, key) for key in row_names(cell)]
    # each name's claims in the units the figure converts to, one tuple of ids per unit
    groups = [
        (start, [ids for unit, ids in registry.term_units(normalise_term(name)) if usable(unit)])
        for start, name in names
    ]
    # a subject name said split ("Type 2 accounts for 90–95% of diabetes"): its head is a
    # registry name found here, its first words are in the sentence too
    heads = _by_head(registry)
    split = []
    lowered = None  # the sentence, read only where a name has a split form
    for start, _end, name in claim.terms:
        firsts = heads.get(normalise_term(name), ())
        if firsts and lowered is None:
            # (with the field's name after each everyday one: "never have symptoms" says
            # "asymptomatic", the first word of "asymptomatic gallstones")
            lowered = said_as_the_field_says(claim.text.lower())
        split.append(
            (
                start,
                [
                    ids
                    for first, ids in firsts
                    if first in lowered or ((field := field_name(first)) and field in lowered)
                ],
            )
        )
    if bounded.exceeds_cap(groups, split):
        kept = bounded.shortlist(registry, claim, quantity, groups, split, usable, conversions)
        if kept is not None:  # more than the cap: the most promising ones only
            return kept
    found: dict[str, tuple[int, ...]] = {}
    # ids by the name that retrieved them first, each name's in registry order: sorted
    # name by name with a C-level key, not as one list of tuples (thousands of claims that
    # share a name were a Python call each)
    ordered: list[str] = []
    by_position = registry.position.__getitem__
    reordered = False  # whether ``ordered`` differs from the order ``found`` was filled in
    for start, usable_groups in groups:
        fresh: list[str] = []
        for ids in usable_groups:
            # thousands of claims share a name: each step over them is one comprehension
            # or one dict.update, not a Python statement per claim; the offsets are tuples,
            # one shared by all the claims a name finds first
            new = [claim_id for claim_id in ids if claim_id not in found] if found else list(ids)
            if start is None:
                found.update(dict.fromkeys(new, ()))
            else:
                if len(new) < len(ids):
                    found.update(
                        (claim_id, found[claim_id] + (start,))
                        for claim_id in ids
                        if claim_id in found
                    )
                found.update(dict.fromkeys(new, (start,)))
            fresh += new
        if len(usable_groups) > 1:  # each unit's ids are in registry order, not all together
            fresh.sort(key=by_position)
            reordered = True
        ordered += fresh
    for start, firsts in split:
        fresh = []
        for ids in firsts:
            for claim_id in ids:
                if claim_id in found:
                    continue
                if usable(registry.by_id[claim_id].value.unit):
                    found[claim_id] = (start,)
                    fresh.append(claim_id)
        if len(fresh) > 1:
            fresh.sort(key=by_position)
            reordered = True
        ordered += fresh
    if not reordered:  # ``found`` holds them in the order retrieved
        return found
    return {claim_id: found[claim_id] for claim_id in ordered}


SHARE_STATED = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
"""A percentage in a statement ("23.9 million (55%) of the world's 43.3 million blind …")."""


def stating_shares(registry: Registry, claim: Claim) -> tuple[str, ...]:
    """Registry ids named in the figure's sentence (its own names, as :func:`candidates`
    finds them first) whose value is no share but whose statement states one: a count's
    claim that gives its share too ("In 2000, 1,406 million people, 22.9% of the world's
    population, had myopia"). :func:`candidates` leaves them out of a share's candidates
    (their unit is not the figure's); a share the statement states backs the figure."""
    found: dict[str, None] = {}
    by_id = registry.by_id
    for _start, _end, name in claim.terms:
        for claim_id in registry.by_term.get(normalise_term(name), ()):
            registry_claim = by_id[claim_id]
            if registry_claim.value.unit not in SHARE_UNITS and SHARE_STATED.search(
                registry_claim.statement
            ):
                found[claim_id] = None
    return tuple(found)


ABSOLUTE_SAID = re.compile(r"\babsolute\b|\b(?:ARR|ARI)\b", re.IGNORECASE)
"""A sentence that says its change in risk is absolute: a share in it may be points."""


def _usable(
    quantity: Quantity, unit: str | None, converted: Quantity | None, absolute: bool = False
) -> bool:
    """Whether a claim in ``unit`` may be the figure's: its unit converts (``converted``, the
    figure in that unit), or the claim has no unit and the figure is a share that may be a
    relative change ("raises the risk by 75%" against a relative risk: the matcher reads the
    change as a ratio, or drops it), or a multiple ("1.74 times as likely", "7.7-fold": the
    ratio itself), or an age in years a claim may give bare ("the average age … is 51": the
    matcher keeps only claims that say an age)."""
    if converted is not None:
        return True
    if quantity.unit == "year-old" and (unit or "").lower() in YEAR_UNITS:
        return True  # "65 years old" against an age in years (the matcher keeps ages only)
    if (quantity.unit, unit) in analytes.PAIRS:
        return True  # "7.0 mmol/L" against glucose in mg/dL (the ranking converts it)
    if to_a_years_count(quantity, unit, per_year=True, bare=True) is not None:
        return True  # "3,500 people a day" against one year's deaths (the ranking scales it)
    if (quantity.unit, unit) == (PERCENTAGE_POINTS, "percent"):
        return True  # "2.7 percentage points" against an absolute change in percent (ranked)
    if absolute and (quantity.unit, unit) == ("percent", PERCENTAGE_POINTS):
        return True  # "an absolute risk reduction of 5%" against one in points (ranked)
    return unit is None and quantity.unit in SHARE_UNITS | MULTIPLE_UNITS | AGE_UNITS


SHARE_UNITS = frozenset({"percent", "proportion"})
MULTIPLE_UNITS = frozenset({"fold"})  # "1.74 times as likely", "7.7-fold": a ratio's value
AGE_UNITS = frozenset({"year", "year-old"})  # "66 years (old)" against an age given bare
YEAR_UNITS = frozenset({"year", "years", "yr", "yrs"})

MIN_HEAD_LETTERS = 4  # the letters a split name's head needs ("diabetes", not "B")
_HEADS: dict[
    int, tuple[weakref.ref[Registry], dict[str, tuple[tuple[str, tuple[str, ...]], ...]]]
] = {}
_HEADS_KEPT = 4  # registries whose index is kept: lint asks of its registry and its drafts


def _by_head(registry: Registry) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """(first words in lower case, registry ids) by the head of each subject name of
    several words ("diabetes" -> (("type 2", ("type-2-share",)), …)), for names said split
    around the figure; built once per registry. Claims come only when their first words are
    in the sentence too, so a head shared by thousands of names ("cancer") costs a substring
    test per distinct first words, not a candidate per claim."""
    known = _HEADS.get(id(registry))
    if known is not None and known[0]() is registry:
        return known[1]
    index: dict[str, dict[str, dict[str, None]]] = {}
    for registry_claim in registry.usable:
        for name in registry_claim.subject:
            words = name.split()
            for cut in range(1, len(words)):
                head = normalise_term(" ".join(words[cut:]))
                if sum(ch.isalpha() for ch in head) >= MIN_HEAD_LETTERS:
                    first = " ".join(words[:cut]).lower()
                    index.setdefault(head, {}).setdefault(first, {})[registry_claim.id] = None
    made = {
        head: tuple((first, tuple(ids)) for first, ids in firsts.items())
        for head, firsts in index.items()
    }
    # lint alternates between the registry and its drafts (drafts_matching): keeping only
    # the last index built it again over every claim at each switch
    while len(_HEADS) >= _HEADS_KEPT:
        del _HEADS[next(iter(_HEADS))]
    _HEADS[id(registry)] = (weakref.ref(registry), made)  # a registry let go is not kept
    return made
