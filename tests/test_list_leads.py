"""A heading or lead-in line above a list ("### Side effects of drug K", "Drug K's side effects
in the trial:") says what each short item under it is about: the names it holds count for
every item, as the sentence before does for a pronoun, until a long paragraph ends the list."""

from __future__ import annotations

from verdict_helpers import figure_verdicts_fixture

REGISTRY = """\
- id: drug-k-nausea
  statement: Nausea affected 12% of adults taking drug K.
  subject: [drug K]
  context: [nausea]
  value: {value: 12, unit: percent}
  sources: [{citation: "K label", quote: "nausea (12%)"}]
  status: approved
  review_by: 2030-01-01
- id: drug-k-headache
  statement: Headache affected 8% of adults taking drug K.
  subject: [drug K]
  context: [headache]
  value: {value: 8, unit: percent}
  sources: [{citation: "K label", quote: "headache (8%)"}]
  status: approved
  review_by: 2030-01-01
"""

lint_text = figure_verdicts_fixture(REGISTRY)


def test_every_item_under_a_heading_is_about_its_subject(lint_text):
    page = "### Side effects of drug K\n\n- Nausea: 12%\n- Headache: 18%\n- Rash: 3%\n"
    assert lint_text(page) == {"18%": ("CC101", "drug-k-headache"), "3%": ("CC102", None)}


def test_a_lead_in_line_works_as_a_heading(lint_text):
    page = "Side effects of drug K in adults:\n\n- Nausea: 12%\n- Headache: 8%\n"
    assert lint_text(page) == {}


def test_a_long_paragraph_ends_the_list(lint_text):
    page = (
        "### Side effects of drug K\n\n- Nausea: 12%\n\n"
        "Most people who stop a treatment early do so for reasons that have little to do with "
        "how well it works, and surveys of patients keep finding the same few causes.\n\n"
        "- Headache: 18%\n"
    )
    assert lint_text(page) == {"18%": ("CC102", None)}


def test_a_plain_title_line_works_as_a_heading(lint_text):
    """A title line with no '#' and no colon, opening the page or after a blank line."""
    for page in (
        "Drug K at a glance\n\n- Nausea: 12%\n- Headache: 18%\n",
        "We list what patients reported.\n\nDrug K at a glance\n\n- Nausea: 12%\n- Headache: 18%\n",
    ):
        assert lint_text(page) == {"18%": ("CC101", "drug-k-headache")}, page
