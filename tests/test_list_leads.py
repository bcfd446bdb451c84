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


def test_a_heading_that_asks_or_holds_two_sentences_still_leads(lint_text):
    """A heading may end in a question mark or hold a question before its title; its last
    sentence still leads the list under it."""
    for page in (
        "### How common are drug K's side effects?\n\n- Nausea: 12%\n- Headache: 18%\n",
        "### Any side effects? Drug K in adults\n\n- Nausea: 12%\n- Headache: 18%\n",
        # the subject may be named in the question only: the whole heading line leads
        "### What does drug K cause? Adults' reports\n\n- Nausea: 12%\n- Headache: 18%\n",
    ):
        assert lint_text(page) == {"18%": ("CC101", "drug-k-headache")}, page


LABEL_REGISTRY = """\
- id: donation-interval-men
  statement: Men may give whole blood every 12 weeks.
  subject: [whole blood, blood donation]
  context: [men]
  group: [men]
  value: {value: 12, unit: weeks}
  sources: [{citation: "Blood service 2024", quote: "men every 12 weeks"}]
  status: approved
  review_by: 2030-01-01
- id: donation-interval-women
  statement: Women may give whole blood every 16 weeks.
  subject: [whole blood, blood donation]
  context: [women]
  group: [women]
  value: {value: 16, unit: weeks}
  sources: [{citation: "Blood service 2024", quote: "women every 16 weeks"}]
  status: approved
  review_by: 2030-01-01
"""

lint_labels = figure_verdicts_fixture(LABEL_REGISTRY)


def test_a_label_before_a_colon_holds_for_a_word_or_two_after_it(lint_labels):
    """``- Men: every 12 weeks``: "every" between the colon and the figure does not make the
    item a clause of its own; the label says whose figure it is."""
    heading = "### How often can you give whole blood?\n\n"
    assert lint_labels(heading + "- Men: every 12 weeks\n- Women: every 16 weeks\n") == {}
    assert lint_labels(heading + "- Men: every 16 weeks\n- Women: every 12 weeks\n") == {
        "16 weeks": ("CC101", "donation-interval-men"),
        "12 weeks": ("CC101", "donation-interval-women"),
    }


GOUT_REGISTRY = """\
- id: gout-men
  statement: Gout affects 5.2% of men in Freedonia.
  subject: [gout]
  context: [Freedonia]
  group: [men]
  value: {value: 5.2, unit: percent}
  sources: [{citation: "Freedonia survey 2024", quote: "5.2% of men"}]
  status: approved
  review_by: 2030-01-01
- id: gout-women
  statement: Gout affects 1.4% of women in Freedonia.
  subject: [gout]
  context: [Freedonia]
  group: [women]
  value: {value: 1.4, unit: percent}
  sources: [{citation: "Freedonia survey 2024", quote: "1.4% of women"}]
  status: approved
  review_by: 2030-01-01
"""

lint_gout = figure_verdicts_fixture(GOUT_REGISTRY)


def test_a_short_label_item_is_about_its_headings_subject(lint_gout):
    """``- Men: 1.4%`` says nothing but its group and figure: the heading's subject is the
    item's as if its label said it, so a swap clears the conflict bar for both items."""
    assert lint_gout("### How common is gout in Freedonia?\n\n- Men: 5.2%\n- Women: 1.4%\n") == {}
    assert lint_gout("### Gout in Freedonia\n\n- Men: 1.4%\n- Women: 5.2%\n") == {
        "1.4%": ("CC101", "gout-men"),
        "5.2%": ("CC101", "gout-women"),
    }
