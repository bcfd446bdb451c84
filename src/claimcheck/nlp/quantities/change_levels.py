"""``fell by £9.3m to £14.6m``: after a verb that moves a level, ``by X to Y`` is the change
and the level it reached, two figures, never the range X–Y.

Annual reports, board papers and news write a level's movement this way (``income rose by
£2.1m to £48.3m``, ``the waiting list grew by 1,200 to 7,800 patients``). Read as a range,
the change and the level blur into one interval that matches neither a claim about the
change nor one about the level. The ratio rule of the finder (ends within three times each
other are one range: ``cuts cravings by 40% to 60%``) is right for effect sizes, which verbs
such as *cut*, *lower*, *reduce* or *improve* introduce; it is wrong after a verb that moves
a level, when

- the unit or currency is written on both ends (``by £9.3m to £14.6m``, ``by 2% to 3%``): a
  range says its unit once, so a repeated one marks two figures; or
- the ends lie further apart than the range ratio, even with the unit said once at the end
  (``grew by 1,200 to 7,800 patients``).

Ends near each other with the unit once (``fell by 5 to 10 mmHg``) stay a range: that is how
an effect's spread is written, whatever the verb.
"""

from __future__ import annotations

import re

from claimcheck.nlp.quantities.numbers import H

MOVED_BY = re.compile(
    rf"\b(?:ros(?:e|en)|rises|rising|fell|falls|falling|dropp(?:ed|ing)|drops|declin(?:ed|es|ing)"
    rf"|increas(?:ed|es|ing)|decreas(?:ed|es|ing)|climb(?:ed|s|ing)|jump(?:ed|s|ing)"
    rf"|grew|grown|grows|growing|slipped|dipped|shrank|shrunk|soared|surged|plunged|plummeted"
    rf"|(?:went|gone|go|goes|is|are|was|were|been|moved){H}+(?:up|down))"
    rf"(?:{H}+(?:sharply|slightly|steadily|further|again|overall))?{H}+by{H}+"
    rf"(?:(?:about|around|roughly|approximately|nearly|almost|some|over|more{H}+than){H}+)?\Z",
    re.IGNORECASE,
)
"""A verb that moves a level, then ``by`` (and a hedge), right before the change."""
WINDOW = 48


def moved_by(text: str, start: int) -> bool:
    """Whether the figure at ``start`` follows a verb that moves a level and ``by``."""
    return MOVED_BY.search(text, max(0, start - WINDOW), start) is not None
