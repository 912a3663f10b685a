"""Two subjects' figures in one sentence are two facts (update44): a later sentence that gives the asked donor's gift
in words and another donor's in its own clause ("..., and the parish council gave £5,000") offers no rival figure
of the gift asked, nor a later value of it (``disputes._named_apart``)."""
from summarize import Corpus

_ARTICLES = {
    "a1.txt": "date 2031-05-04\n\nHall roof appeal\n\n"
              "The Fen Valley Trust has given the appeal £40,000 towards the cost of the new roof.\n\n"
              "Work on the village hall is due to start in June.\n",
    "a2.txt": "date 2031-06-21\n\nHall roof work begins\n\n"
              "The Fen Valley Trust gave forty thousand pounds towards the new roof, and Marlow Parish Council gave "
              "£5,000 to the hall's committee.\n\nBuilders moved on to the site on Monday.\n"}


def test_another_subjects_figure_in_its_own_clause_is_no_rival():
    corpus = Corpus.from_texts(_ARTICLES)
    assert [d.date for d in corpus.documents] == ["2031-05-04", "2031-06-21"]
    a = corpus.ask("How much money did the Fen Valley Trust give?")
    assert a.answer == "£40,000"
    assert not any(s.value == "£5,000" for c in a.conflicts for s in c.sides)
