"""The disagreements the toolkit shows are a function of the articles alone: not of the order in which
the conflicts stage visits sentences (its memos are keyed by content, not by which copy of a sentence it
met first), nor of whether a question, a summary or the whole cluster asked first. Invented stories."""
import json

from summarize.corpus import Corpus
from summarize.stages.conflicts import find_conflicts, touching

from ..conftest import make_groups

# Wire copy told by two outlets word for word, a third outlet's other figures, and a reported denial whose
# side shows the denier's quotation after it.
ARTICLES = {
    "a": "The storm killed 12 people in the coastal province on Tuesday, officials said. "
         "About 4,000 homes lost power overnight. "
         "The dockers' union said the harbour cranes were inspected only once before the storm.",
    "b": "The storm killed 12 people in the coastal province on Tuesday, officials said. "
         "About 4,000 homes lost power overnight. "
         "Schools across the province will reopen next week.",
    "c": "The storm killed 15 people in the coastal province on Tuesday, the governor said. "
         "About 6,500 homes lost power overnight, the utility said. "
         "The port operator denied that the harbour cranes were inspected only once before the storm. "
         "\"Every crane was inspected in March,\" a spokeswoman said.",
}
QUESTIONS = ("How many people did the storm kill?", "How many homes lost power?",
             "Were the harbour cranes inspected?", "When will schools reopen?")


def _dump(items) -> str:
    return json.dumps([x.to_dict() for x in items], sort_keys=True)


def _corpus(order) -> Corpus:
    return Corpus.from_texts({k: ARTICLES[k] for k in order})


def test_answers_are_the_same_whether_or_not_every_conflict_was_found_first():
    alone = _corpus("abc")
    asked = [alone.ask(q).to_dict() for q in QUESTIONS[::-1]]  # the first from its evidence alone
    every = _corpus("cba")
    assert every.conflicts()
    assert asked == [every.ask(q).to_dict() for q in QUESTIONS[::-1]]
    assert any(a["conflicts"] for a in asked)


def test_a_summary_shows_the_conflicts_the_whole_cluster_gives_its_sentences():
    first = _dump(_corpus("abc").summarize(sentences=6))
    known = _corpus("bca")
    known.conflicts()
    assert first == _dump(known.summarize(sentences=6))


def test_conflicts_near_a_denier_s_quotation_are_found_from_it():
    groups = make_groups(*((d, s.text) for d in "abc" for s in Corpus.from_texts({d: ARTICLES[d]}).sentences))
    every = find_conflicts(groups)
    assert {c.kind for c in every} >= {"quantity", "polarity"}
    for group in groups:
        assert touching(find_conflicts(groups, near=[group]), [group]) == touching(every, [group])
    quoted = [g for g in groups if g.text.startswith('"Every crane')]
    assert quoted and touching(every, quoted)
