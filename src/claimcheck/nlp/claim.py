"""The Claim: one sentence of a draft with the quantities it states and what they are about."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claimcheck.nlp.quantity import Quantity


@dataclass(frozen=True)
class Claim:
    """A sentence carrying at least one quantity. Offsets index the file's text.

    ``subject`` holds the words the quantities are about (the noun phrases around them),
    ``terms`` the registry subjects and aliases found in the sentence, as (start, end, name).
    """

    text: str
    start: int
    end: int
    quantities: tuple[Quantity, ...]
    subject: tuple[str, ...] = ()
    terms: tuple[tuple[int, int, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "subject": list(self.subject),
            "terms": [{"start": s, "end": e, "name": n} for s, e, n in self.terms],
            "quantities": [q.to_dict() for q in self.quantities],
        }

    def moved(self, text: str) -> Claim:
        """The same claim with every surface taken from ``text`` (the file, not the analysis)."""
        return Claim(
            text=text[self.start : self.end],
            start=self.start,
            end=self.end,
            quantities=tuple(q.moved(text) for q in self.quantities),
            subject=self.subject,
            terms=self.terms,
        )
