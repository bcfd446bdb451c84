"""The Claim: one sentence of a draft with the quantities it states and what they are about."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from claimcheck.nlp.quantities.groups import GroupLabel
from claimcheck.nlp.quantity import Quantity


@dataclass(frozen=True)
class CellText:
    """The headers of the table cell a figure stands in ("" where the table has none): the
    row header, the title of the row headers' column ("Age group"), the cell's column header
    and the heading or caption above the table; ``column_before`` is the header of the column
    to the cell's left (a ``95% CI`` column is the interval of the ratio beside it)."""

    row: str = ""
    row_title: str = ""
    column: str = ""
    heading: str = ""
    column_before: str = ""


@dataclass(frozen=True)
class Claim:
    """A sentence carrying at least one quantity. Offsets index the file's text.

    ``subject`` holds the words the quantities are about (the noun phrases around them),
    ``terms`` the registry subjects and aliases found in the sentence, as (start, end, name),
    with the names said inside a longer one too ("HIV" in "living with HIV": ``inner_terms``),
    ``nearby_terms`` the names found in the sentence before (a pronoun's antecedent: "GPC3 …
    It is found in 70–80% …"), ``document_terms`` every name found in the document (where a
    registry claim's context, such as the disease, is usually set once for the whole page).
    ``headers`` and ``header_terms`` are empty outside tables; in a table row they hold, for
    each quantity in order, its cell's headers (:class:`CellText`) and the registry names
    found in them: a bare figure in a cell is about its row and column.
    ``groups`` are the group labels in the sentence (``women aged 38–40``, ``stage 3``): the
    population its figures are about, never figures themselves. ``previous_text`` is the
    sentence before (with words): the group or arm a pronoun opening this one stands for
    ("Smokers given placebo did worst. Only 9.4% of them …"). ``lead_terms`` are the names of
    the heading or lead-in line above a short list item ("### Gout in Freedonia" above "-
    Men: 5.2%"): what the item is about, as if its label said it; ``lead_text`` is that
    line itself, whose group, place, year and timepoint ("### Acne in adults aged 30 to 39")
    hold for the item where it says none. ``next_text`` is the worded sentence after: it may
    deny this one ("Some sites say 50% of … That is a myth."). ``section_text`` is the last
    heading line above the sentence (a short line with no figure that no full stop or colon
    ends): the place it names ("# HIV in South Africa") holds for the section's figures that
    name none, as a list's lead holds for its items.
    """

    text: str
    start: int
    end: int
    quantities: tuple[Quantity, ...]
    subject: tuple[str, ...] = ()
    terms: tuple[tuple[int, int, str], ...] = ()
    nearby_terms: tuple[str, ...] = ()
    document_terms: frozenset[str] = frozenset()
    headers: tuple[CellText, ...] = ()  # per quantity in a table cell: its headers' texts
    header_terms: tuple[tuple[str, ...], ...] = ()  # per quantity: registry names in them
    groups: tuple[GroupLabel, ...] = ()
    previous_text: str = ""  # the worded sentence before: what "them" may stand for
    lead_terms: tuple[str, ...] = ()  # names of the heading or lead-in above a list item
    lead_text: str = ""  # that heading or lead-in itself: the group, time, year it says
    next_text: str = ""  # the worded sentence after: "That is not true." denies this one
    section_text: str = ""  # the heading above the paragraph: the place it says

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "subject": list(self.subject),
            "terms": [{"start": s, "end": e, "name": n} for s, e, n in self.terms],
            "quantities": [q.extraction_record() for q in self.quantities],
            "groups": [g.to_dict() for g in self.groups],
        }

    @cached_property
    def outer_terms(self) -> tuple[tuple[int, int, str], ...]:
        """The terms no other term contains: the names as written, one per mention (made
        once: every figure's surroundings and every candidate's evidence ask, and each
        asking compared every term with every other)."""
        return tuple(t for t in self.terms if not _inside_another(t, self.terms))

    @cached_property
    def inner_terms(self) -> tuple[tuple[int, int, str], ...]:
        """The terms inside a longer one ("HIV" in "people living with HIV")."""
        return tuple(t for t in self.terms if _inside_another(t, self.terms))

    def moved(self, text: str) -> Claim:
        """The same claim with every surface taken from ``text`` (the file, not the analysis)."""
        return Claim(
            text=text[self.start : self.end],
            start=self.start,
            end=self.end,
            quantities=tuple(q.moved(text) for q in self.quantities),
            subject=self.subject,
            terms=self.terms,
            nearby_terms=self.nearby_terms,
            document_terms=self.document_terms,
            headers=self.headers,
            header_terms=self.header_terms,
            groups=tuple(g.moved(text) for g in self.groups),
            previous_text=self.previous_text,
            lead_terms=self.lead_terms,
            lead_text=self.lead_text,
            next_text=self.next_text,
            section_text=self.section_text,
        )

    def cell_of(self, quantity: Quantity) -> tuple[CellText | None, tuple[str, ...]]:
        """The table headers of one of this claim's quantities and the registry names in
        them; (None, ()) outside a table."""
        for index, own in enumerate(self.quantities):
            if own is quantity or own == quantity:
                if index < len(self.headers):
                    return self.headers[index], self.header_terms[index]
                break
        return None, ()


def _inside_another(term: tuple[int, int, str], terms: tuple[tuple[int, int, str], ...]) -> bool:
    start, end, _name = term
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e, _n in terms)
