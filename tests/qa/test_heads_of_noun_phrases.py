""""Who chairs the independent inquiry?" asks about an inquiry, not about being independent (invented stories): English
puts a noun phrase's head last, so a name question's head terms are its verb and the noun its modifiers qualify, while
an owner ("the city's") and the word that names a role with its noun ("the finance director") stay."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse, premodifiers

_QUARRY = ("Quarry blast shakes village\nMoor Gazette, Helmsby, 3 April 2041\n\n"
           "A blast at Helmsby quarry shattered windows in nearby homes on Tuesday. The operator, Greystone Aggregates, "
           "said the charge had been larger than planned. An independent inquiry into the blast will be chaired by the "
           "retired mining engineer Oswin Tarrant, the county council said. Residents said cracks had appeared in "
           "several walls.")
_MUSEUM = ("Coin show opens\nArts Weekly, Corby Vale, 2 July 2044\n\n"
           "The Corby Vale museum's new exhibition, on Roman coins, opens next month, curated by the senior curator Hana "
           "Ostrova. Visitor numbers rose by a fifth last year, the trustees said.")


@pytest.mark.parametrize("question, heads", [
    ("Who chairs the independent inquiry into the blast?", ("chair", "inquiri")),
    ("Who leads the local volunteer flood warden team?", ("lead", "team")),
    ("Who is skipper of the old wooden trawler?", ("skipper", "trawler")),
    ("Who found the biggest nugget on the open panning day?", ("find", "nugget")),
    ("What was the name of the elderly woman who died in the fire?", ("woman", "die")),
])
def test_a_name_question_s_heads_are_its_nouns_not_their_modifiers(question, heads):
    assert parse(question).heads == heads


@pytest.mark.parametrize("question, heads", [
    ("Who is the town's finance director?", ("town", "financ")),
    ("Who is the airport's operations manager?", ("airport", "oper")),
    ("Who is the club's head coach?", ("club", "head")),
])
def test_an_owner_and_the_word_that_names_a_role_stay(question, heads):
    assert parse(question).heads == heads


@pytest.mark.parametrize("asked, qualifying", [
    ("leads the local volunteer team", {"local", "volunt"}),
    ("said that two trial patients had died", set()),  # "that" opens a clause, no noun phrase
    ("was the grandfather going to the match", set()),  # a participle after a noun qualifies nothing
    ("does the council say", set()),
    # after an inverted auxiliary the subject's bare verb follows it: the subject's phrase is not read
    ("will the new relief road open", set()),
    ("did the harbour board appoint as its acting port manager", {"act"}),
    ("could the old mill dam burst", set()),
])
def test_premodifiers(asked, qualifying):
    assert premodifiers(asked) == qualifying


def test_a_number_question_keeps_its_heads():
    assert parse("How many of the stranded whales were refloated?").heads == ("strand", "whale")


@pytest.mark.parametrize("text, question, answer", [
    (_QUARRY, "Who chairs the independent inquiry into the blast?", "Oswin Tarrant"),
    (_MUSEUM, "Who curated the new Roman coin exhibition?", "Hana Ostrova"),
])
def test_the_holder_of_the_role_answers(text, question, answer):
    assert Corpus.from_texts({"a1.txt": text}).ask(question).answer == answer
