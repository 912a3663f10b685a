"""A "how many" question reads deeper (``corpus.COUNT_DEPTH``) the sentences that count its noun (``counts_asked``): a
later report often gives the count in a sentence that shares only the counted noun with the question, below ten
sentences that share its other words, and the answerer never saw it (a count told at rank 11 to 15 was withheld or
answered by a count of another thing). Other deeper sentences, and any of a question that counts nothing, stay out."""
from summarize import Corpus
from summarize.corpus import ANSWER_DEPTH, COUNT_DEPTH
from summarize.qa.answer import counts_asked
from summarize.qa.question import parse

# An invented story: eleven sentences share the question's other words; below them, one counts the volunteers asked
# about and one counts dogs.
_SHARED = ["Volunteers took part in the search on Harlow Moor from first light on Monday.",
           "The search on Harlow Moor was led by volunteers who took part in thick fog.",
           "Police thanked the volunteers who took part in the Harlow Moor search.",
           "Volunteers taking part in the search crossed Harlow Moor in pairs.",
           "The Harlow Moor search, in which volunteers took part, was called off at dusk.",
           "Several volunteers who took part in the search on the moor were treated for cold.",
           "Farmers near Harlow Moor lent quad bikes to the volunteers in the search.",
           "A helicopter took part in the search over Harlow Moor while volunteers walked the bogs.",
           "Volunteers searched the moor's northern edge, where the walker was last seen.",
           "The search of Harlow Moor will resume on Tuesday if the weather allows, volunteers were told.",
           "Mountain rescue teams took part alongside local volunteers on Harlow Moor."]
_COUNT = "In all, 85 volunteers had signed in at the village hall by nightfall."
_OTHER = "Two sniffer dogs from the county force arrived in the afternoon."
_QUESTION = "How many volunteers took part in the search on Harlow Moor?"


def _corpus() -> Corpus:
    return Corpus.from_texts({f"a{k}": text for k, text in enumerate([*_SHARED, _COUNT, _OTHER])})


def test_a_sentence_that_counts_the_noun_asked_joins_the_evidence_below_the_rest():
    corpus = _corpus()
    asked = parse(_QUESTION)
    total, _ = corpus._read(asked)
    ranked = sorted(range(len(total)), key=lambda i: -total[i])
    assert ANSWER_DEPTH <= ranked.index(next(g.id for g in corpus.groups if g.text == _COUNT)) < COUNT_DEPTH
    evidence = [e.text for e in corpus.evidence(asked, ANSWER_DEPTH)]
    assert evidence[-1] == _COUNT and _OTHER not in evidence
    assert corpus.ask(_QUESTION, min_confidence=0.0).answer == "85"  # the only count of the noun, though deep


def test_a_question_that_counts_nothing_reads_no_deeper():
    corpus = _corpus()
    asked = parse("How much did the search on Harlow Moor cost?")
    assert len(corpus.evidence(asked, ANSWER_DEPTH)) <= ANSWER_DEPTH


def test_a_count_of_the_noun_in_another_word_of_its_sense_is_read_as_counting_it():
    asked = parse("How many volunteers took part in the search?")
    assert counts_asked("In all, 85 volunteers had joined.", asked)
    assert not counts_asked("About 30 dogs had joined.", asked)
    assert not counts_asked("In all, 85 volunteers had joined.", parse("How much did the search cost?"))
