"""The doer of the verb a "who" or "which <noun>" question asks (invented stories): news opens with who did what to
whom ("The Licensing Board on Tuesday refused Corlan Shipping's application"), so the object's owner stands nearer the
question's words than the subject; the learned feature ``doer`` (``answer.does_asked``) lifts the name that does the
deed asked over one of the same kind that it was done to."""
import pytest

from summarize.corpus import Corpus
from summarize.model import Group, Scored, Sentence
from summarize.qa.answer import FEATURES, Answerer, does_asked, shipped_weights
from summarize.qa.question import parse

_QUAY = {"a1.txt": ("Quay extension refused\nCoast Ledger, Wenby, 4 April 2044\n\n"
                    "The Harbour Licensing Board on Tuesday refused Corlan Shipping's application to extend its quay at "
                    "Wenby, saying the work would block the lifeboat slipway. The company had wanted to berth larger "
                    "container ships from next year. It has 28 days to appeal.")}
_LIBRARY = {"a1.txt": ("Reading room saved\nDales Herald, Ormby, 9 October 2045\n\n"
                       "The Ibberton Trust on Friday rescued Denham Library's reading room from closure with a grant of "
                       "£80,000. The room, opened in 1904, holds the town's newspaper archive. Volunteers will run it "
                       "on Saturdays.")}
_MILL = {"a1.txt": ("Mill sale halted\nValley Post, Wendlow, 21 June 2046\n\n"
                    "The Rural Heritage Fund yesterday stopped Brantley Construction's purchase of the old corn mill at "
                    "Wendlow, buying the building for £1.1m. The developer had planned 14 flats on the site. The fund "
                    "will open the mill as a museum.")}

CASES = [(_QUAY, "Which body refused the application?", "Harbour Licensing Board"),
         (_LIBRARY, "Which organisation rescued the reading room?", "Ibberton Trust"),
         (_MILL, "Which organisation stopped the purchase of the mill?", "Rural Heritage Fund")]


@pytest.mark.parametrize("texts, question, expected", CASES)
def test_the_doer_of_the_verb_asked_is_answered(texts, question, expected):
    assert Corpus.from_texts(texts).ask(question).answer == expected


def _doers(text: str, question: str) -> dict[str, float]:
    """Each candidate's ``doer`` feature, the story's sentences read as evidence in their order."""
    sentences = [t if t.endswith(".") else t + "." for t in text.split("\n\n", 1)[1].split(". ")]
    evidence = [Scored(Group(k, s, (s,)), 5.0 - k)
                for k, s in enumerate(Sentence("a1", k, t, 0, len(t)) for k, t in enumerate(sentences))]
    return {c.text: c.feature("doer") for c in Answerer(sentences).pick(parse(question), evidence).candidates}


@pytest.mark.parametrize("texts, question, expected", CASES)
def test_only_the_doer_reads_the_feature(texts, question, expected):
    found = _doers(texts["a1.txt"], question)
    assert {text for text, v in found.items() if v} == {expected}
    assert len(found) > 1  # the name the deed was done to is a candidate too, reading 0


def test_the_feature_is_weighted_up():
    assert shipped_weights().coef[FEATURES.index("doer")] > 0


_RIVERS = {"a1.txt": ("Rivers under strain\nValley Radio, Farrowby, 2 July 2047\n\n"
                     "With me are Ann Vey, chief executive of Orrimer Water, and Rob Kell, campaign director at the Rivers "
                     "Group. The utility has banned hosepipes from Friday.")}


def test_a_role_question_reads_no_doer():
    # "Who runs ...?" asks for a role's holder, which ``role`` reads, not whoever a verb of one sense is told of
    # ("campaign" is a sense of "run")
    found = _doers(_RIVERS["a1.txt"], "Who runs Orrimer Water?")
    assert "Rob Kell" in found and not any(found.values())


@pytest.mark.parametrize("text, name, question, done", [
    ("Brack Civil, the firm that carried out the last survey of the pier, says the piles were sound.", "Brack Civil",
     "Which company carried out the survey of the pier?", 1.0),
    ("Brack Civil, the firm that repainted the pier, says the piles were sound.", "Brack Civil",
     "Which company carried out the survey of the pier?", 0.0),
    ("Morrow Foods had agreed to take over the bakery and keep 40 staff.", "Morrow Foods",
     "Which company is taking over the bakery?", 1.0),
    ("Morrow Foods had agreed to sell the bakery.", "Morrow Foods", "Which company is taking over the bakery?", 0.0),
])
def test_a_relative_clause_in_apposition_and_an_infinitive_tell_the_deed(text, name, question, done):
    start = text.index(name)
    assert does_asked(text, start, start + len(name), parse(question)) == done


_GATES = {"a1.txt": ("Gates fail at cup final\nCity Echo, Brayford, 3 May 2051\n\n"
                     "Brayford Venues Ltd, which runs the arena, brought in the arena's new phone ticketing system this "
                     "season. Thousands of fans were still outside at kick-off. The system, supplied by Quellpoint Ltd, "
                     "failed at 2pm.")}


def test_a_doer_of_the_kind_asked_is_not_outranked_by_a_name_that_did_nothing_asked():
    # the operator's sentence says more of the question's words; before, it answered
    question = "Which company supplied the arena's ticketing system?"
    found = _doers(_GATES["a1.txt"], question)
    assert found.get("Quellpoint Ltd") == 1.0 and not found.get("Brayford Venues Ltd")
    assert Corpus.from_texts(_GATES).ask(question, min_confidence=0.0).answer == "Quellpoint Ltd"
