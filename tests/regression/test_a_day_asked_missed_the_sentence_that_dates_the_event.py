"""Regression (issue #11, found on tests/data/fresh_news17, _news20 and _news25): "On what date did the mill go into
receivership?" was withheld. The sentence that dates the event words its verb apart ("entered receivership on
Tuesday") while sentences that repeat the question's words state no day ("previously went into receivership in
1998": a bare year, which no day question takes) and filled the evidence. A sentence that states one day now ranks for
"on what date" and "on which day" as one that states a clock time does for "at what time" (``retrieve.grains_stated``).
And "was notified on Monday that a sample taken ... failed" dates the notice, not the sample, as "said on Monday that"
dates the saying. With more dated sentences read, a date question whose best sentence says the time is not fixed
yet ("too early to say when production would resume") is not answered with a day told of another deed
(``answer.time_untold``). Every story below is invented."""
import pytest

from summarize import Corpus
from summarize.model import Scored
from summarize.qa.answer import time_untold
from summarize.qa.question import parse
from summarize.qa.retrieve import BM25Retriever, asked_grains, grains_stated

from .conftest import dated

# A sentence that repeats the question's words and states a year, and one that words the deed apart and states its day.
STORIES = [
    ("On what date did the mill go into receivership?",
     "The mill previously went into receivership in 1998, when it still made cloth.",
     "The Tarnby firm entered receivership on Tuesday after its last buyer withdrew."),
    ("On which day did the ferry run aground?",
     "The same ferry ran aground in 2019.", "The ferry struck a sandbank off Kelby Point early on Monday."),
]


@pytest.mark.parametrize("question, repeats, dates_it", STORIES)
def test_the_sentence_that_states_the_day_ranks_first(question, repeats, dates_it):
    bm25 = BM25Retriever().fit([repeats, dates_it])
    scores = bm25.scores(parse(question))
    assert scores[1] > scores[0]


@pytest.mark.parametrize("text, grains", [
    ("The pier closed on Tuesday.", ["@date", "@day"]),
    ("The pier closed on 4 May 2031 at 6pm.", ["@time", "@hour", "@date", "@day"]),
    ("The pier first opened in 1911.", ["@year"]),  # a year tells no day
    ("The pier closed at 6pm.", ["@time", "@hour"]),  # nor a clock time alone
])
def test_a_sentence_that_states_one_day_states_the_day_grains(text, grains):
    assert grains_stated(text) == grains


@pytest.mark.parametrize("question, grains", [
    ("On what date did the pier close?", ["@date"]),
    ("On which day did the pier close?", ["@day"]),
    ("When did the pier close?", []),
    ("At what time of day did the pier close?", ["@time"]),  # a clock time, whatever day
])
def test_a_question_asks_the_day_it_names(question, grains):
    assert asked_grains(parse(question)) == grains


def test_a_day_a_notice_is_given_on_dates_the_notice_not_what_it_tells():
    text = "Lena Vorst, a rower, was notified on Monday that a sample taken at a regatta contained a banned drug."
    corpus = Corpus.from_texts({"a": dated("2031-04-03", "Rower suspended", text)})
    assert corpus.ask("On what date was the sample taken?").answer is None  # not Monday's, March 31
    assert corpus.ask("On what date was the rower notified?").answer == "March 31, 2031"


@pytest.mark.parametrize("untold, question, said", [
    ("The owners said it was too early to say when production at the glassworks would resume.",
     "On what date is the glassworks expected to start making bottles again?", True),
    ("No timetable has been given for a restart at the glassworks.", "When will the glassworks restart?", True),
    ("It remains unclear when the glassworks will reopen.", "When will the glassworks reopen?", True),
    ("It remains unclear when the glassworks will reopen.", "How many workers were hurt?", False),  # no date asked
    ("It remains unclear when the glassworks will reopen, though the owners hope for 4 May.",
     "When will the glassworks reopen?", False),  # the sentence names a day after all
])
def test_a_time_the_best_sentence_says_is_not_fixed_is_not_answered(untold, question, said):
    text = f"{untold} An explosion tore through the furnace hall early on Tuesday, injuring four workers."
    corpus = Corpus.from_texts({"a": dated("2031-04-01", "Glassworks blast", text)})
    evidence = [Scored(g, 1.0) for g in corpus.groups]  # the untold time first, as the best match
    assert time_untold(parse(question), evidence) is said
