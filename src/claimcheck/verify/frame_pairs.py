"""What a figure's frame and a candidate claim's frame say of each other, worked out once per
pair of frames.

Thousands of registry claims that share a subject share a few hundred frames (a measure, an
age group, a timepoint, a year), and every figure asks the same questions of each
candidate's frame: does it contradict the figure's (:func:`frames.contradiction`), which and
how many slots do the two share (:func:`frames.shared_slot_names`, :func:`frames.shared_slots`),
how many sub-group slots does one fill and the other not (:func:`frames.unstated_groups`).
Claim frames are kept once per distinct value (:func:`shared_frame`), so the answers are kept
by the two frames' identities: a figure with 8,000 candidates asks each question of a few
hundred frames.

The answers are the functions' own (the same call, made once): a change to a rule in
:mod:`claimcheck.verify.frames` changes what is kept here with it. Identity keys are safe:
each entry holds both frames, so an id is never read for another object, and frames are
frozen.
"""

from __future__ import annotations

from claimcheck.registry.model import interned
from claimcheck.verify.frames import (
    Frame,
    contradiction,
    shared_slot_names,
    shared_slots,
    unstated_groups,
)

KEPT_PAIRS = 1 << 16  # pairs remembered before the memo starts afresh
KEPT_FRAMES = 1 << 17  # distinct claim frames shared before the table starts afresh

_FRAMES: dict[Frame, Frame] = {}
_CONTRADICTIONS: dict[tuple[int, int, bool], tuple[Frame, Frame, str | None]] = {}
_SLOTS: dict[tuple[int, int], tuple[Frame, Frame, int, int]] = {}
_SLOT_NAMES: dict[tuple[int, int], tuple[Frame, Frame, frozenset[str]]] = {}


def shared_frame(frame: Frame) -> Frame:
    """``frame``, or the equal frame already made: one object per distinct claim frame, so
    claims that share a frame share its answers here (and its memory)."""
    return interned(_FRAMES, frame, KEPT_FRAMES)


def contradiction_of(figure: Frame, claim: Frame, ages_said: bool) -> str | None:
    """:func:`frames.contradiction` of the two frames, once per pair."""
    key = (id(figure), id(claim), ages_said)
    kept = _CONTRADICTIONS.get(key)
    if kept is not None and kept[0] is figure and kept[1] is claim:
        return kept[2]
    why = contradiction(figure, claim, ages_said=ages_said)
    if len(_CONTRADICTIONS) >= KEPT_PAIRS:
        _CONTRADICTIONS.clear()
    _CONTRADICTIONS[key] = (figure, claim, why)
    return why


def slots_of(figure: Frame, claim: Frame) -> tuple[int, int]:
    """(:func:`frames.shared_slots`, :func:`frames.unstated_groups`) of the two frames, once
    per pair."""
    key = (id(figure), id(claim))
    kept = _SLOTS.get(key)
    if kept is not None and kept[0] is figure and kept[1] is claim:
        return kept[2], kept[3]
    shared, unstated = shared_slots(figure, claim), unstated_groups(figure, claim)
    if len(_SLOTS) >= KEPT_PAIRS:
        _SLOTS.clear()
    _SLOTS[key] = (figure, claim, shared, unstated)
    return shared, unstated


def slot_names_of(figure: Frame, claim: Frame) -> frozenset[str]:
    """:func:`frames.shared_slot_names` of the two frames, once per pair."""
    key = (id(figure), id(claim))
    kept = _SLOT_NAMES.get(key)
    if kept is not None and kept[0] is figure and kept[1] is claim:
        return kept[2]
    names = shared_slot_names(figure, claim)
    if len(_SLOT_NAMES) >= KEPT_PAIRS:
        _SLOT_NAMES.clear()
    _SLOT_NAMES[key] = (figure, claim, names)
    return names
