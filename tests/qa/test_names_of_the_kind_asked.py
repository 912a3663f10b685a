"""A "which <noun>" question's candidates read whether each is called the noun asked (``called``: its own head word,
or a noun the articles put beside it), on invented news: a name of the right broad type that nothing calls so (a
directorate for "which university", a bank for "which campaign group") reads 0, the name called so reads more, and
the name so called is picked where both stand in one sentence."""
import pytest

from summarize.corpus import Corpus
from summarize.model import Group, Scored, Sentence
from summarize.qa.answer import FEATURES, Answerer
from summarize.qa.question import parse

_SOIL = ("Farm soil tests find heavy metals\nValley Courier, Ordley, 3 March 2051\n\n"
         "Dr Hanna Quist, who leads the soil science programme at Brackwater University and whose team carried out "
         "the tests with the Rural Land Directorate, said cadmium levels were twice the safe limit. The directorate "
         "said farmers in the valley had been told to stop grazing cattle on the lower fields.")
_POOL = ("Pool closure fought\nTown Echo, Marlow Cross, 9 August 2052\n\n"
         "Swimmers packed the Guildhall, where the campaign group Save Fenner Baths has called a protest over "
         "Harrowgate Council's decision to shut the pool. The council said repairs would cost too much.")
_FOUNDRY = ("Foundry workers vote to strike\nIndustry Post, Kelby, 14 May 2053\n\n"
            "Workers at the Arnott Castings foundry in Kelby have voted to strike over pay. The Metal Trades "
            "Federation, which represents 800 of the plant's workers, said managers had ignored safety complaints. "
            "Arnott Castings said it had offered a rise of 4%.")
_QUAKE = ("Quake shakes coastal towns\nHarbour News, Tenby Reach, 2 June 2054\n\n"
          "A magnitude 5.1 earthquake shook the coast on Sunday. Seismologists at Carrick Institute of Technology, "
          "working with the Coastal Hazards Agency, placed the epicentre 12km offshore. The agency said no serious "
          "damage had been reported.")


def _called(text: str, question: str) -> dict[str, float]:
    """Each candidate's ``called`` feature, the story's body read as one evidence sentence."""
    body = text.split("\n\n", 1)[1]
    s = Sentence("a1", 0, body, 0, len(body))
    return {c.text: c.feature("called")
            for c in Answerer([body]).pick(parse(question), [Scored(Group(0, s, (s,)), 5.0)]).candidates}


@pytest.mark.parametrize("text, question, called, uncalled", [
    (_SOIL, "Which university's team carried out the tests?", "Brackwater University", "Rural Land Directorate"),
    (_POOL, "Which campaign group is fighting the pool's closure?", "Save Fenner Baths", "Harrowgate Council"),
    (_FOUNDRY, "Which union said managers had ignored safety complaints?", "Metal Trades Federation", "Arnott Castings"),
    (_QUAKE, "Which institute's seismologists placed the epicentre?", "Carrick Institute of Technology",
     "Coastal Hazards Agency"),
])
def test_a_name_called_the_noun_asked_reads_above_one_nothing_calls_so(text, question, called, uncalled):
    found = _called(text, question)
    assert found.get(called, 0.0) > 0.0 and found.get(uncalled, 0.0) == 0.0


@pytest.mark.parametrize("text, question, answer", [
    (_SOIL, "Which university's team carried out the tests?", "Brackwater University"),
    (_POOL, "Which campaign group is fighting the pool's closure?", "Save Fenner Baths"),
    (_QUAKE, "Which institute's seismologists placed the epicentre?", "Carrick Institute of Technology"),
])
def test_the_name_called_the_noun_asked_is_picked(text, question, answer):
    assert Corpus.from_texts({"a1.txt": text}).ask(question).answer == answer


@pytest.mark.parametrize("texts, question, rival", [
    # a person an owner's noun tells ("the union's branch secretary") stands nearer the question's words than the
    # union called so in the next sentence
    (["Nell Garrow, the union's branch secretary, said managers had ignored safety complaints at the foundry.",
      "The Metal Trades Union (MTU) said the pressure had led managers to ignore complaints."],
     "Which union said managers ignored safety complaints?", "Nell Garrow"),
    (["Ivo Brand, the federation’s chief negotiator, said the offer to teachers was an insult.",
      "The Teachers' Federation of Orland said it would ballot members over the offer."],
     "Which federation called the offer an insult?", "Ivo Brand"),
])
def test_a_name_called_the_noun_asked_outranks_a_nearer_name_of_another_kind(texts, question, rival):
    sentences = [Sentence(f"a{i}", i, t, 0, len(t)) for i, t in enumerate(texts)]
    evidence = [Scored(Group(i, s, (s,)), 5.0 - i) for i, s in enumerate(sentences)]
    assert Answerer(texts).pick(parse(question), evidence).candidates[0].text != rival


def test_a_question_that_asks_by_no_noun_reads_no_calling():
    found = _called(_SOIL, "Who carried out the tests?")
    assert found and set(found.values()) == {0.0} and "called" in FEATURES
