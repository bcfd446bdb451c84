"""``paragraph 25(4)(a)``, ``regulation 12(1)``, ``Article 9(2)(h)``, ``section 3.2``,
``Schedule 2``: a reference to a provision of a law, regulation, code or guidance names
where a rule is written, never an amount.

Regulators' reports, NHS policies and consent leaflets cite the provision they rely on.
Read as figures, ``25`` and ``12`` were bare numbers every check reported as unsupported
(CC102), and ``regulation 12 providers`` even a count of providers. The rule: a provision's
word (``paragraph``, ``para``, ``section``, ``s.``, ``§``, ``regulation``, ``reg.``,
``article``, ``art.``, ``schedule``, ``clause``, ``rule``, ``annex``, ``appendix``,
``chapter``, in any case, singular or plural; ``Part``, ``Standard``, ``Rule``,
``Criterion``, ``Principle``, ``Direction`` only capitalised, as a title names them, since
``a standard 500 mg dose`` and ``in part 2 weeks`` are no provision) followed by its number
holds no figure: the number with its dotted
sub-numbers and letter (``3.2``, ``12A``), its bracketed sub-provisions (``(4)(a)``), and the
further numbers of a list or span of provisions (``sections 3 and 4``, ``paragraphs 12–14``;
after a comma only where the list goes on, so ``in section 3.2, 40 patients`` keeps its count).
A number with a percent sign or unit after it (``section 2 30%``) is not a provision's. The
short forms ``s.`` and ``art.`` name a provision only before a bracketed sub-provision
(``s. 117(3)``), since ``s`` and ``art`` end other words and units.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.first_chars import StartScanned
from claimcheck.nlp.quantities.numbers import H

_NUMBER = r"\d{1,4}(?:\.\d{1,3})*[A-Z]?(?:\([0-9a-z]{1,4}\))*"
_UNIT = (
    r"(?:mg|g|kg|mL|ml|L|µg|mcg|mmol|IU|units?|hours?|days?|weeks?|months?|years?|minutes?"
    r"|mmHg|cm|mm|times)"
)
"""A unit after the number: the number is an amount (``a standard 500 mg dose``)."""
_PROVISION = (
    r"(?i:paragraphs?|paras?\.?|sub-?paragraphs?|sections?|sub-?sections?|§§?|regulations?"
    r"|regs?\.|articles?|schedules?|sch\.|clauses?|sub-?clauses?|annex(?:es)?"
    r"|appendix|appendices|chapters?)"
    r"|(?:Parts?|Standards?|Criteri(?:on|a)|Principles?|Directions?|Rules?|PART|STANDARD)"
)
LEGAL_REFERENCE = StartScanned(
    re.compile(
        rf"(?<![\w-])(?:(?:{_PROVISION}){H}*|(?i:ss?|arts?)\.{H}*(?=\d+[A-Z]?\())"
        rf"(?P<numbers>{_NUMBER}(?:{H}*(?:and|or|to|[-–]){H}*{_NUMBER}"
        rf"|,{H}*{_NUMBER}(?={H}*(?:,|and\b|or\b)))*)"
        rf"(?!{H}*(?:%|per{H}?cent|percent|{_UNIT}\b)|[\w.,]\d)"
    )
)
"""A provision's word and its numbers (:mod:`legal_references`)."""


def legal_references(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that name provisions (word and numbers), which hold no figure."""
    if not any(char.isdigit() for char in text):
        return []
    return [match.span() for match in LEGAL_REFERENCE.finditer(text)]
