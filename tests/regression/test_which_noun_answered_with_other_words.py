"""Regression: a "which <noun>" question of no known kind ("Which shipyard built the steamer?", "Which museum will show
the finds?") was answered with words that name no such thing: a verb phrase of the evidence, a noun phrase of another
noun, or a name whose last word makes it a place of another kind (a sea, a street). A "which" picks one
of the things its noun names; the stories below are invented."""
import pytest

from summarize import Corpus
from summarize.qa.answer import mentions
from summarize.qa.question import parse


def texts(question: str, sentence: str) -> list[str]:
    """The candidate answers ``mentions`` reads for ``question`` in ``sentence``."""
    return [m.text for m in mentions(sentence, parse(question))]


@pytest.mark.parametrize("question, sentence, unfit", [
    # a verb phrase about the thing asked about, not the shipyard that built it
    ("Which shipyard repaired the trawler?",
     "Photographs taken on Friday show the trawler lying on her side at a depth of about 40 metres.", "her side"),
    # a noun phrase of another noun, not a gallery
    ("Which gallery will show the paintings?",
     "The owners said the paintings would be put on public view once they had been cleaned.", "public view"),
    # a name whose last word makes it a street, not a bakery
    ("Which bakery supplied the bread?", "Stalls lined Mercer Row as the fair opened on Saturday.", "Mercer Row"),
])
def test_words_that_name_no_such_thing_are_no_candidate(question, sentence, unfit):
    assert not any(unfit in t for t in texts(question, sentence))


@pytest.mark.parametrize("question, sentence, fit", [
    ("Which runway was closed?", "Runway 2L was closed for four hours while crews cleared the debris.", "2L"),
    ("Which bacterium caused the illness?", "The illness among the guests was caused by listeria, tests showed.", "listeria"),
    ("Which bakery supplied the bread?", "The bread came from Hollis Bakery, a family firm in the town.", "Hollis Bakery"),
])
def test_a_name_a_code_or_a_kind_of_the_noun_stays_a_candidate(question, sentence, fit):
    assert any(fit in t for t in texts(question, sentence))


def test_a_story_that_never_names_the_thing_asked_gives_no_other_thing():
    corpus = Corpus.from_texts({
        "a": "2031-04-02\nDivers have found the wreck of the coaster Elsa Marn, which sank in a storm in 1902.\n\n"
             "Images show the coaster sitting upright on the seabed at a depth of about 60 metres.\n\n"
             "The finds will be put on public display in the town next year, the team said.\n",
        "b": "2031-04-03\nThe Elsa Marn went down in Tresk Bay with the loss of eleven crew.\n\n"
             "Relatives gathered on Quay Row on Thursday to lay flowers.\n"})
    assert corpus.ask("Which shipyard built the Elsa Marn?").answer is None  # not the bay she sank in
    assert "display" not in (corpus.ask("Which museum will put the finds on show?").answer or "")


@pytest.mark.parametrize("question, sentence, subject", [
    ("Which shipyard built the ferry?", "Divers reached the Corran Light, a passenger ferry that sank in 1911.", "Corran Light"),
    ("Which foundry made the bell?", "Ringers tolled Great Tamsin, a bronze bell, for the last time on Sunday.",
     "Great Tamsin"),
    ("Which charity runs the hospice?", "Volunteers repainted the hospice St Brann's over the weekend.", "St Brann's"),
])
def test_a_name_the_text_calls_by_another_noun_of_the_question_is_what_it_asks_about(question, sentence, subject):
    assert not any(subject in t for t in texts(question, sentence))
