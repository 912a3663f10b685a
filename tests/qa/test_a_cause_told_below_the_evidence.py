"""A "why" question also reads the sentences below its ten best, down to ``CAUSE_DEPTH``, that state a cause with a cue
of cause: a lead often gives the cause at the end of a long sentence ("..., blaming a cut in its grant") that BM25 ranks
below short sentences about the event. On an invented story."""
from summarize.corpus import CAUSE_DEPTH, Corpus
from summarize.qa.answer import causes_stated
from summarize.qa.question import parse

_SHORT = [
    "Branches of Corvel Books are closing.", "Corvel Books says closing branches is painful.",
    "Staff at Corvel Books heard of the closing branches on Monday.", "Corvel Books is closing branches in the north.",
    "Closing branches hurts Corvel Books staff.", "Shoppers in Tarnby said Corvel Books is closing branches.",
    "Corvel Books closing branches: what we know.", "Unions met Corvel Books about closing branches.",
    "Corvel Books will keep closing branches until June.", "Corvel Books closing branches shocked the town.",
    "Corvel Books named the branches it is closing.",
]
_LEAD = ("Corvel Books, the bookseller founded in 1961 by two brothers in a converted garage on the high street, will "
         "close 40 of its 180 branches over the coming summer months, putting about 300 jobs at risk across the "
         "region, its owner said on Tuesday, blaming soaring rents.")


def test_a_cause_below_the_ten_best_sentences_is_read():
    corpus = Corpus.from_texts({f"s{i}": text for i, text in enumerate([*_SHORT, _LEAD])})
    asked = parse("Why does Corvel Books say it is closing branches?")
    ranked = [e.text for e in corpus.search(asked, top_k=CAUSE_DEPTH, retriever="bm25")]
    assert _LEAD in ranked and ranked.index(_LEAD) >= 10  # BM25 ranks the long lead below the short sentences
    assert _LEAD in [e.text for e in corpus.evidence(asked, 10)]
    assert corpus.ask(asked).answer == "soaring rents"


def test_only_a_cue_of_cause_counts_as_a_stated_cause():
    why = parse("Why did the shop close?")
    assert causes_stated("The shop closed because of soaring rents.", why)
    assert not causes_stated("The shop closed after a busy summer.", why)  # "after" may tell a time
    assert not causes_stated("The shop closed because of soaring rents.", parse("When did the shop close?"))
