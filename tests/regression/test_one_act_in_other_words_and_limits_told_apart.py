"""Regression (issue #12, recall; found on tests/data/conflict_news18): one person's prison term
told with a tabloid's verb ("was jailed for 12 years" / "was caged for 13 years") was never
compared, as the two sentences share no word but the name; days of work told with "resume" and
"restart" were never one act; and "carries a maximum of 20 years" was read as the article
stating the other outlet's term, which hid the clash. Precision kept: time served or an earlier
term ("has been imprisoned for two years while awaiting trial", "had previously been jailed"),
another visit's deals dated by "since 1998, when ...", and a retinue against a crowd."""
import pytest

from summarize import Corpus

from .conftest import dated, reported

DAY = "2026-05-18"  # a Monday: Thursday is the 21st


def _values(one: str, two: str, *, later: str = DAY) -> list[list[str]]:
    """The sides' values of what is reported between ``one`` dated DAY and ``two`` dated ``later``."""
    texts = {"one": dated(DAY, "First", one), "two": dated(later, "Second", two)}
    return [sorted(s.value for s in c.sides) for c in Corpus.from_texts(texts).conflicts()]


@pytest.mark.parametrize("one, two, values", [
    ("Dorian Faulke, 58, was jailed for 12 years on Monday for a fraud that cost savers millions.",
     "Greedy banker Dorian Faulke was caged for 13 years yesterday after fleecing thousands of savers.",
     ["12 years", "13 years"]),  # the tabloid's "yesterday" is the Monday
    ("Dorian Faulke has been jailed for 12 years for fraud, a court ruled on Monday.",  # news's perfect of a sentence
     "Former banker Dorian Faulke was jailed for 13 years for fraud on Monday.", ["12 years", "13 years"]),
    ("Work on the bridge was halted and will resume Thursday, the contractor said.",
     "Work on the bridge will restart on Friday 22 May after a full safety review.",
     ["Friday 22 May (= 2026-05-22)", "Thursday (= 2026-05-21)"]),
])
def test_one_act_told_with_other_verbs_is_one_fact(one, two, values):
    assert _values(one, two, later="2026-05-19") == [values]


@pytest.mark.parametrize("one, two", [
    ("Dorian Faulke was jailed for 12 years on Monday for fraud.",
     "Faulke, who has been imprisoned for two years while awaiting trial, showed no emotion."),
    ("Dorian Faulke was jailed for 12 years on Monday for fraud.",
     "Faulke had previously been jailed for two years for tax evasion."),
    ("Work on the bridge was halted and will resume Thursday, the contractor said.",
     "Work on the bridge will restart on Thursday after a full safety review."),
    ("Deals worth some $21 billion were signed on Tuesday, officials said.",
     "It is the first visit by a monarch since 1998, when her father signed deals worth $2 billion."),
    ("The queen travelled with a retinue of 1,400, including 90 business leaders.",
     "Crowds of about 3,000 lined the harbour front as the motorcade passed."),
])
def test_other_spans_days_and_groups_do_not_clash(one, two):
    assert reported(one, two, day=DAY) == []


def test_a_maximum_does_not_state_the_other_outlets_term():
    wire = ("Dorian Faulke was jailed for 12 years on Monday.\n"
            "Prosecutors had asked for 15 years; the offence carries a maximum of 20 years.")
    tabloid = "Greedy banker Dorian Faulke was caged for 13 years yesterday."
    assert _values(wire, tabloid, later="2026-05-19") == [["12 years", "13 years"]]

