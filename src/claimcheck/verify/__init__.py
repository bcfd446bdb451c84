"""Verification: which registry claim a draft's figure is about, and whether it agrees.

One direction of flow: :mod:`.frames` reads what each figure is about (subject, measure,
group, time) -> :mod:`.matching` retrieves and ranks candidate claims, converting units
(:mod:`.convert`) -> :mod:`.compare` applies the interval rules -> :mod:`.verdicts` decides.
The registry package holds the claims and their validation only.
"""
