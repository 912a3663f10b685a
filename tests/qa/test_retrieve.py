from dataclasses import replace

import numpy as np
import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse
from summarize.qa.retrieve import (RETRIEVER_NAMES, BM25Retriever, Layout, PassageRetriever, best_hits, get_retriever,
                                    refers_back, stated)

TEXTS = ["The train journey to Beijing takes 24 hours.",
         "Putin arrived in China on Sunday.",
         "The parade will last 70 minutes.",
         "The armoured train has 90 carriages."]


@pytest.mark.parametrize("name", RETRIEVER_NAMES)
def test_best_match_first(name):
    r = get_retriever(name).fit(TEXTS)
    hits = best_hits(r.scores(parse("How many carriages does the train have?")), 2)
    assert hits[0].index == 3


@pytest.mark.parametrize("name", RETRIEVER_NAMES)
def test_unknown_words_and_empty_index(name):
    r = get_retriever(name).fit(TEXTS)
    assert best_hits(r.scores(parse("zebra xylophone")), 3) == []
    empty = get_retriever(name).fit([])
    assert len(empty.scores(parse("train"))) == 0


def test_top_k_breaks_ties_by_position_and_checks_k():
    assert [h.index for h in best_hits(np.array([1.0, 2.0, 2.0, 0.0]), 3)] == [1, 2, 0]
    with pytest.raises(ValueError):
        best_hits(np.zeros(2), 0)


def test_unknown_retriever():
    with pytest.raises(ValueError, match="bm25"):
        get_retriever("grep")


def test_passage_retrieval_finds_the_sentence_after_the_match():
    # The question's words are in the first sentence of an article; the answer follows it.
    texts = ["The mayor opened the new harbour bridge on Friday.",
             "She said it had cost 40 million dollars.",
             "A storm closed the harbour road.",
             "The council met on Monday."]
    where = Layout(docs=(("a",), ("a",), ("b",), ("c",)), neighbours=((1,), (0,), (), ()))
    question = parse("How much did the bridge the mayor opened cost?")
    passage = get_retriever("passage").fit(texts, layout=where).scores(question)
    plain = get_retriever("bm25").fit(texts).scores(question)
    assert passage[1] > passage[2] and passage[1] > 0
    assert plain[1] < passage[1] / passage.max() * plain.max()


def test_layout_tells_the_sentence_before_in_each_document():
    corpus = Corpus.from_texts({"a": "The dam burst on Monday. It flooded two villages. Rescuers arrived by boat.",
                                "b": "Rain fell for a week. The dam burst on Monday."})
    text = {g.text: g.id for g in corpus.groups}
    before = corpus.layout.before
    # The dam's sentence opens one article and follows the rain in the other.
    assert before[text["The dam burst on Monday."]] == (text["Rain fell for a week."],)
    assert before[text["It flooded two villages."]] == (text["The dam burst on Monday."],)
    assert before[text["Rain fell for a week."]] == ()
    assert all(set(b) <= set(n) for b, n in zip(before, corpus.layout.neighbours))


@pytest.mark.parametrize("text, refers", [
    ("She was appointed in 2022.", True),
    ("Its chief executive resigned.", True),
    ("“They will pay,” he said.", True),
    ("“We will pay,” he said.", False),
    ("Heathrow reopened on Monday.", False),
    ("The minister was appointed in 2022.", False),
    ("", False),
])
def test_refers_back_reads_an_opening_personal_pronoun(text, refers):
    assert refers_back(text) is refers


def test_follow_lifts_a_pronoun_sentence_after_a_match_and_no_other():
    # Each article names the minister, then goes on; only the first goes on with a pronoun.
    texts = ["Foreign minister Ann Vole flew to Oslo.", "She was appointed in 2022.",
             "Foreign minister Ann Vole met the press.", "Officials were appointed in 2022."]
    where = Layout(docs=(("a",), ("a",), ("b",), ("b",)), neighbours=((1,), (0,), (3,), (2,)),
                   before=((), (0,), (), (2,)))
    question = parse("When was foreign minister Ann Vole appointed?")
    still = PassageRetriever(follow=0.0).fit(texts, layout=where).scores(question)
    lifted = PassageRetriever(follow=0.5).fit(texts, layout=where).scores(question)
    assert lifted[1] > still[1] and lifted[3] == still[3]
    assert lifted[1] > lifted[3]


def test_passage_expansion_adds_terms_from_the_best_documents():
    texts = ["The airline grounded its fleet.", "Pilots walked out over pay.", "Fleet grounded after the pilots strike."]
    where = Layout(docs=(("a",), ("a",), ("b",)), neighbours=((1,), (0,), ()))
    r = get_retriever("passage").fit(texts, layout=where)
    expanded = dict(r._expansion(r.documents_.term_scores(["airlin"]), {"airlin"}))
    assert "fleet" in expanded and "airlin" not in expanded


def test_pooled_clusters_find_the_passage_in_the_right_cluster():
    pooled = Corpus.from_texts({
        "storm_a": "The storm hit the island on Friday. It flattened 300 homes, officials said.",
        "storm_b": "Winds reached 200 km per hour as the storm made landfall on the island.",
        "vote_a": "Voters went to the polls on Sunday. Turnout was 300 thousand, officials said.",
        "vote_b": "The vote count ended on Monday with the governing party ahead.",
    })
    hits = pooled.search("How many homes did the storm flatten on the island?", top_k=2)
    assert hits[0].group.representative.doc_id == "storm_a" and "300 homes" in hits[0].text



ACRONYM_TEXTS = ["Investigators from the Office of Rail Safety reached the junction on Tuesday.",
                 "Kelda Marrow is in charge of the inquiry for the Office of Rail Safety.",
                 "The ORS said the signal had failed twice before.",
                 "The driver was taken to hospital with a broken arm.",
                 "The U.N. envoy arrived in Dalvik on Friday.",
                 "The envoy of Nordland arrived in Dalvik on Thursday."]


@pytest.mark.parametrize("name", ["bm25", "passage"])
@pytest.mark.parametrize("question, best", [
    ("Who leads the ORS inquiry?", 1),                   # the acronym asked, the name written
    ("Which signal did the Office of Rail Safety say had failed?", 2),  # the name asked, the acronym written
    ("When did the UN envoy arrive in Dalvik?", 4)])     # a dotted form asked without its periods
def test_an_acronym_and_its_name_find_each_other(name, question, best):
    r = get_retriever(name).fit(ACRONYM_TEXTS)
    assert best_hits(r.scores(parse(question)), 1)[0].index == best


@pytest.mark.parametrize("name", ["bm25", "passage"])
def test_a_name_alone_finds_its_acronym_and_the_reverse(name):
    r = get_retriever(name).fit(ACRONYM_TEXTS)
    assert r.scores(parse("What did the Office of Rail Safety say?"))[2] > 0
    assert {h.index for h in best_hits(r.scores(parse("Where is the ORS?")), 3)} == {0, 1, 2}


def test_a_saved_bm25_index_keeps_its_acronyms():
    fitted = BM25Retriever().fit(ACRONYM_TEXTS)
    loaded = BM25Retriever.from_state(fitted.to_state(), len(ACRONYM_TEXTS))
    question = parse("Which signal did the Office of Rail Safety say had failed?")
    assert np.allclose(loaded.scores(question), fitted.scores(question))
    assert best_hits(loaded.scores(question), 1)[0].index == 2


TYPED_TEXTS = ["Boats will use the new harbour channel, the harbour board said.",
               "About 40 boats a day use the channel.",
               "Mirela Stanek, who chairs the board, opposed the plan.",
               "The harbour board's plan was opposed by the chair of the board.",
               "The board will meet again on Tuesday to debate the plan."]


def test_a_sentence_stating_the_kind_of_value_asked_gains_rank():
    question = parse("How many boats use the harbour channel?")
    plain = PassageRetriever(answer_type=0.0).fit(TYPED_TEXTS)
    typed = PassageRetriever(answer_type=0.3).fit(TYPED_TEXTS)
    assert best_hits(plain.scores(question), 1)[0].index == 0   # more of the question's words
    assert best_hits(typed.scores(question), 1)[0].index == 1   # the one that states a number
    # a person asked for: the sentence naming one climbs over one that only shares words
    who = parse("Who chairs the harbour board?")
    assert typed.scores(who)[2] - plain.scores(who)[2] == pytest.approx(0.3)
    assert typed.scores(who)[3] == pytest.approx(plain.scores(who)[3])


@pytest.mark.parametrize("text, kinds", [
    ("The board will meet again on Tuesday.", {("date", "date")}),  # no article date needed
    ("About 40 boats a day use the channel.", {("quantity", "count")}),
    ("Mirela Stanek, who chairs the board, opposed the plan.", {("name", "person")}),
    ("The plan was opposed.", set())])
def test_what_a_sentence_states(text, kinds):
    assert {(s.kind, s.dimension) for s in stated(text)} == kinds


def test_a_question_of_no_value_kind_gains_nothing():
    question = parse("Why was the plan opposed?")
    plain = PassageRetriever(answer_type=0.0).fit(TYPED_TEXTS)
    typed = PassageRetriever(answer_type=0.3).fit(TYPED_TEXTS)
    # the last sentence states a purpose after a day ("on Tuesday to debate the plan"), a cause's cue of its own
    assert np.allclose(plain.scores(question)[:4], typed.scores(question)[:4])


def test_a_related_word_finds_the_sentence_worded_apart():
    texts = ["Two ships ran aground off the cape on Sunday.",
             "The coastguard said the crew of the trawler were safe.",
             "Four vessels were damaged in the storm, the harbour master said.",
             "The storm also cut power to the cape."]
    question = parse("How many ships were caught in the storm?")
    plain = PassageRetriever(related=0.0).fit(texts).scores(question)
    kin = PassageRetriever(related=0.5).fit(texts).scores(question)
    # "vessels" is related to "ships": the sentence that says it gains on the others.
    assert kin[2] / kin.max() > plain[2] / plain.max() + 0.2
    assert kin[3] / kin.max() == pytest.approx(plain[3] / plain.max())


def test_bm25_adds_the_names_a_question_describes():
    texts = ["Her solicitor, Ruth Ambrey, said the vet would appeal.",
             "The vet, Colm Tarrant, lost his licence in June.",
             "Colm Tarrant's solicitor is Ruth Ambrey."]
    q = parse("Who is the vet's solicitor?")
    bm25 = BM25Retriever().fit(texts)
    plain, resolved = bm25.scores(q), bm25.scores(replace(q, referents=("colm", "tarrant")))
    assert resolved[2] > plain[2] and resolved[0] == plain[0]


def test_bm25_meets_the_titles_of_the_role_a_question_asks_for():
    # "Who leads ...?" asks for a leader, whom news may title its chair or its director; "Who drove ...?" no chair
    texts = ["Residents of the Farrow estate formed a tenants' group in May.",
             "Its chair, Wendel Ostrova, a retired joiner, says the lifts fail weekly.",
             "The lifts were installed in 1978."]
    r = BM25Retriever().fit(texts)
    assert r.scores(parse("Who leads the tenants' group?"))[1] > 0.0
    assert r.scores(parse("Who drove the van?"))[1] == 0.0


def test_bm25_meets_the_role_a_question_asks_for_by_its_verb_where_the_texts_title_it():
    # "Who leads the board?" asks for its leader: where the texts write "leader" that title is a query term, as the
    # job's other titles are where they do not, so the board's leader outranks a member said alike
    texts = ["Cllr Mirela Stanek, Leader of the Board, said: \"We are sorry.\"",
             "Cllr Dorin Vascu, member of the Board, said: \"We are sorry.\"",
             "The Farrow Valley Water Board covers 40,000 homes.",
             "Anyone titled chair or director is named elsewhere."]
    r = BM25Retriever().fit(texts)
    scores = r.scores(parse("Who leads the Farrow Valley Water Board?"))
    assert scores[0] > scores[1] > 0.0
    assert r.scores(parse("Who drove the van?"))[0] == 0.0


# Invented reports in which the sentence that tells the time or the year asked shares fewer of the question's words
# than sentences that tell none, or writes the question's own "time" or "year" in another sense; each among lines of
# its story that share no word with the question, as a cluster holds many.
_OTHER_LINES = ["Emergency services praised the response of local volunteers.",
                "A spokesperson declined to comment further.",
                "Residents said they had raised concerns with the council.",
                "An inquiry is expected to report its findings in the spring.",
                "Insurers are assessing the cost of the damage.",
                "Police asked witnesses to come forward."]
GRAIN_STORIES = [
    (["Nobody was under the crane at the time, the manager said.",
      "The crane had been inspected the day before.",
      "The crane came down at 6.40am, as the night shift was leaving.", *_OTHER_LINES],
     "At what time of day did the crane topple?", 2),
    (["The lighthouse keeper's cottage has stood empty for a year.",
      "Each year about 4,000 visitors climb the lighthouse tower.",
      "The lighthouse came into service in 1873.", *_OTHER_LINES],
     "In which year was the lighthouse first lit?", 2),
    (["For the first time in its history the orchestra cancelled a concert.",
      "The orchestra said it was the worst time of the tour.",
      "The orchestra's coach was stranded from 10.15pm on the ring road.", *_OTHER_LINES],
     "At what time did the orchestra's bus break down?", 2),
]


@pytest.mark.parametrize("texts, question, best", GRAIN_STORIES)
def test_a_sentence_stating_the_unit_of_time_asked_ranks_first(texts, question, best):
    scores = BM25Retriever().fit(texts).scores(parse(question))
    assert best_hits(scores, 1)[0].index == best


def test_a_question_naming_no_unit_of_time_ranks_by_its_words_alone():
    texts, _, _ = GRAIN_STORIES[0]
    fitted = BM25Retriever().fit(texts)
    assert np.allclose(fitted.scores(parse("Who was under the crane?")), fitted.term_scores(["crane"]))
    assert best_hits(fitted.scores(parse("When was the crane inspected?")), 1)[0].index == 1


def test_a_saved_bm25_index_keeps_the_units_of_time_its_texts_state():
    texts, question, best = GRAIN_STORIES[1]
    fitted = BM25Retriever().fit(texts)
    loaded = BM25Retriever.from_state(fitted.to_state(), len(texts))
    assert np.allclose(loaded.scores(parse(question)), fitted.scores(parse(question)))
    assert best_hits(loaded.scores(parse(question)), 1)[0].index == best
