"""Emergency and advice lines' short numbers said as a way to get help, which count nothing.

``call 111`` and ``dial 999`` were dropped already (a cue to dial before the number), but
pages name the service as often with other verbs and prepositions: ``You can get help from
111``, ``Contact 111 for advice``, ``Try 111 first``, ``Use 988 to reach a counsellor``,
``For help, 111 is open all day``, ``Emergency numbers: 999 and 112``, and the second of a
list after one cue, ``dial 911; in Europe, 112``. Each was a bare number, a false CC102.

Only the short service numbers of :data:`SERVICE` are read so, and only where the sentence
says they are reached (:data:`CUE_BEFORE`, :data:`OPEN_AFTER`); a count or a measure keeps
them (``111 patients``, ``112%``), as does a change (``rose from 112 in 2019 to 140``,
``fell to 111``): ``from`` and ``to`` alone are no cue, ``help from`` is.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H
from claimcheck.nlp.quantities.required_words import Gated

SERVICE = r"(?:111|999|911|112|000|988|101|119|211|311|811)"
"""Short numbers of emergency, advice and crisis lines (UK, US, EU, Australia, Canada)."""
NUMBER = Gated(re.compile(rf"(?<![\w.,£$€¥₹+-]){SERVICE}(?![\w.,]\d|\d)"))
CUE_BEFORE = re.compile(
    rf"(?:\b(?i:contact|try|use|using|via|through|reach|dial|call|ring|phone|text)"
    rf"|\b(?i:help|advice|support|care|assistance|information|info|treatment)"
    rf"{H}+(?i:from|on|via|through|at|by{H}+(?:calling|ringing|phoning|dialling|dialing))"
    rf"|\b(?i:emergency|helpline|hotline|phone|telephone|contact){H}+(?i:numbers?|lines?){H}*:?"
    rf"|\b(?i:or|and|in{H}+(?:the{H}+)?[A-Z][\w]*(?:{H}+[A-Z][\w]*)?,?))"
    rf"(?:{H}+(?i:the|NHS|us|them|on))*{H}*\Z"
)
"""What before a service number says it is reached: a verb of reaching it (``contact``,
``try``, ``use``, and the dialling verbs), a kind of help ``from``/``on`` it, a label of
emergency numbers, or, after such a cue earlier in the sentence (:data:`EARLIER_CUE`), the
``or``/``and``/``in Europe,`` that offers another."""
LIST_LINK = re.compile(
    rf"\b(?i:or|and|in{H}+(?:the{H}+)?[A-Z][\w]*(?:{H}+[A-Z][\w]*)?,?)(?:{H}+(?i:the|NHS))*{H}*\Z"
)
"""A link that offers a second number: it is a cue only after one earlier in the sentence."""
EARLIER_CUE = re.compile(
    rf"\b(?i:call|dial|ring|phone|contact|emergency{H}+numbers?|helpline|hotline)\b[^.!?\n]*\Z"
)
OPEN_AFTER = re.compile(
    rf"{H}+(?i:is|are){H}+(?:(?i:also|still|now){H}+)?(?i:open|free|available|staffed"
    rf"|there|answered)\b"
)
"""A service number as the subject of being open or free: ``111 is open all day``."""
COUNTED_AFTER = re.compile(
    rf"{H}*(?:%|[.,]\d|[-–]\d|(?i:to){H}+\d|(?i:and|or){H}+(?!{SERVICE}\b)\d|(?i:per|times|million|thousand|of|in{H}+\d)\b"
    rf"|[a-z]+s\b(?<!(?i:\bas))(?<!\bis)(?<!\bits))"
)
"""What after the number makes it an amount: a unit, a plural noun, a scale, a range, a rate,
a change's ``to`` (``from 111 to 140``)."""
CHANGE_BEFORE = re.compile(rf"\b(?i:from|to|by|rose|fell|reached|hit|was|were){H}*\Z")


def service_number_spans(text: str) -> list[tuple[int, int]]:
    """The spans of short service numbers that the sentence says are reached (no figures)."""
    spans = []
    for found in NUMBER.finditer(text):
        start, end = found.span()
        if COUNTED_AFTER.match(text, end):
            continue
        window = text[max(0, start - 80) : start]
        cue = CUE_BEFORE.search(window)
        if cue is not None and LIST_LINK.search(cue.group()):
            # "or 112", "in Europe, 112": another number only after a cue before it
            cue = cue if EARLIER_CUE.search(window[: cue.start()]) else None
        if cue is None and not (OPEN_AFTER.match(text, end) and not CHANGE_BEFORE.search(window)):
            continue
        spans.append((start, end))
    return spans
