"""How a figure is told (issue 12): words that only look like a mark of it keep no two outlets' figures of one fact
apart. A phrase of time before a pronoun subject ("By Monday night it had raised") is no owner; a share "of" a
capacity or limit is a level, not the bound; "by" before a sum after a verb of no change ("backed by") names what
backs it, not a change; the year a thing was launched or commissioned is its year of origin."""
import pytest

from summarize import Corpus
from summarize.model import Sentence
from summarize.stages.conflicts import Statement, find_conflicts
from summarize.text.values import values

from ..conftest import make_groups


def _statement(text: str, figure: str) -> Statement:
    v = next(v for v in values(text) if v.kind == "quantity" and v.text.startswith(figure))
    return Statement(v, Sentence("d", 0, text, 0, len(text)), 0, "2031-05-06")


@pytest.mark.parametrize("text, figure, owner", [
    ("By Monday night it had raised £21,000.", "£21,000", set()),
    ("Volunteers said they had so far counted 65 seals on the sandbank.", "65", set()),
    ("Figures it published in June showed 4,100 claims outstanding.", "4,100", {"figur", "publish", "june"}),
    ("The harbour trust has raised £21,000.", "£21,000", {"harbour", "trust"}),
])
def test_a_pronoun_subject_names_no_owner(text, figure, owner):
    assert set(_statement(text, figure).subject.terms) == owner


@pytest.mark.parametrize("text, figure, expected", [
    ("The depot is now running at 64% of normal capacity.", "64%", False),
    ("The depot is working at 64% of its normal capacity.", "64%", False),
    ("The scheme needs a 64% capacity threshold to go ahead.", "64%", True),
])
def test_a_share_of_a_capacity_is_no_bound(text, figure, expected):
    assert _statement(text, figure).marks.requirement is expected


@pytest.mark.parametrize("text, figure, change", [
    ("The council will hire 300 inspectors, backed by £14m of emergency funding.", "£14m", ""),
    ("The council raised its budget by £14m this year.", "£14m", "step"),
    ("The budget was cut by £14m.", "£14m", "step"),
])
def test_a_sum_after_by_backs_a_deed_and_changes_nothing(text, figure, change):
    assert _statement(text, figure).marks.change == change


def test_a_fund_raised_by_an_evening_runs_on_to_the_later_total(tmp_path):
    """"By Monday night it had raised £21,000" and, weeks on, "The appeal fund, which closed on Friday, raised
    £64,000" are one running sum: the phrase of time before "it" is no owner that keeps the two apart."""
    for name, head, body in (
            ("a1", "Monday 5 May 2031", "Friends of the rower set up an appeal fund to pay her legal costs. "
                                        "By Monday night it had raised £21,000."),
            ("a2", "Monday 30 June 2031", "The appeal fund for the rower's legal costs, which closed on Friday, "
                                          "raised £64,000.")):
        (tmp_path / f"{name}.txt").write_text(f"Rower appeal\n\nBy Staff Reporter, {head}\n\n{body}\n")
    found = Corpus.from_paths(sorted(tmp_path.glob("*.txt"))).conflicts()
    assert [(c.kind, [s.value for s in c.sides]) for c in found] == [("updated", ["£21,000", "£64,000"])]


@pytest.mark.parametrize("a, b", [
    ("The ferry Tarn Belle, launched in 1961, sank off the point with 40 people aboard.",
     "The Tarn Belle was launched in 1963 and sank off the point on Friday."),
    ("The harbour crane, commissioned in 2040, failed during a storm on Monday.",
     "The harbour crane was commissioned in 2042 and failed on Monday."),
])
def test_the_years_a_thing_was_launched_or_commissioned_are_its_years_of_origin(a, b):
    """A ship launched or a machine commissioned in a year came to be then: two outlets' years of it disagree,
    where a past year of an event ("hosted the final in 1979") is its era and compared with nothing."""
    (c,) = find_conflicts(make_groups(("a", a), ("b", b)), {"a": "2046-03-10", "b": "2046-03-10"})
    assert c.kind == "date" and len(c.sides) == 2
