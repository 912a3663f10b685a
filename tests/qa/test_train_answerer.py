"""The training script: questions generated from news sentences, and weights it writes."""
import importlib.util
import json
import math
import random
import re

import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import Weights
from summarize.qa.question import parse

from ..conftest import REPO

spec = importlib.util.spec_from_file_location("train_answerer", REPO / "scripts" / "train_answerer.py")
train_answerer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train_answerer)

FERRY = {
    "a": "2024-03-04\nThe ferry sank off the coast on Monday. Rescuers saved 212 passengers from the water. "
         "The captain, Maria Lindqvist, said the engine failed in Gdansk harbour.",
    "b": "2024-03-05\nA ferry went down on Monday near the coast. Officials said 212 passengers were rescued. "
         "Maria Lindqvist, the captain, blamed the engine.",
}
STADIUM = {
    "c": "2023-06-01\nThe city council approved a new stadium on Tuesday. It will cost 300 million dollars. "
         "Mayor Tom Okafor said building starts in May.",
    "d": "2023-06-02\nCouncillors backed the stadium plan on Tuesday. The project will cost 300 million dollars, "
         "Tom Okafor said. The stadium will hold 40,000 fans, up from 25,000 at the old ground.",
}


def test_generated_questions_replace_a_typed_span_with_a_wh_phrase():
    corpus = Corpus.from_texts(FERRY)
    made = train_answerer.generate(corpus, random.Random(0), 50)
    assert made and all(g.question.text.endswith("?") for g in made)
    kinds = {g.kind for g in made}
    assert {"number", "person"} <= kinds
    for g in made:
        assert g.question.kind in ("number", "duration", "speed", "date", "person", "org", "place", "reason", "other")
        assert g.question.yes_no == (g.kind == "yes_no")
        assert 0 <= g.source < len(corpus.groups)


def test_a_generated_question_the_parser_reads_as_another_kind_is_dropped():
    # a span's question is kept only when it asks for the span's kind, as the answerer will read it
    ask = train_answerer.parse
    assert train_answerer._parsed_as(ask("How many passengers did rescuers save?"), "number")
    assert not train_answerer._parsed_as(ask("Which ship did rescuers save?"), "number")
    assert train_answerer._parsed_as(ask("Did the ferry sink?"), "yes_no")
    for g in train_answerer.generate(Corpus.from_texts(STADIUM), random.Random(1), 50):
        assert g.kind == "yes_no" or g.question.kind == g.kind


@pytest.mark.parametrize("candidate,answer,kind,same", [
    ("count:212", "count:212", "number", True), ("count:212", "count:213", "number", False),
    ("2024-03-04/2024-03-04/", "2024-03-04/2024-03-04/morning", "date", True),
    ("lindqvist", "maria lindqvist", "person", True), ("gdansk", "maria lindqvist", "person", False),
])
def test_a_candidate_matches_the_generated_answer(candidate, answer, kind, same):
    assert train_answerer._same(candidate, answer, kind) is same


def trained_twice(main, tmp_path, shipped):
    """What a training script's ``main`` writes for FERRY and STADIUM (two folders of articles),
    asserted to be the same bytes on a second run, and the file it ships as
    ``summarize/qa/<shipped>``, both read as JSON."""
    folders = []
    for name, texts in (("ferry", FERRY), ("stadium", STADIUM)):
        folder = tmp_path / name
        folder.mkdir()
        for doc, text in texts.items():
            (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
        folders.append(folder)
    outs = [tmp_path / "1.json", tmp_path / "2.json"]
    for out in outs:
        main([str(f) for f in folders] + ["--out", str(out), "--per-cluster", "20"])
    assert outs[0].read_bytes() == outs[1].read_bytes()
    return json.loads(outs[0].read_text()), json.loads((REPO / "summarize" / "qa" / shipped).read_text())


def test_the_script_writes_loadable_weights_deterministically(tmp_path):
    data, shipped = trained_twice(train_answerer.main, tmp_path, "weights.json")
    assert set(data) == set(shipped)
    Weights.from_dict(data)
    by_variant = data["stats"]["calibration_auc_by_variant"]
    assert by_variant and set(by_variant) <= set(train_answerer.VARIANTS)
    assert all(0.0 <= auc <= 1.0 for auc in by_variant.values())


def test_a_name_with_a_head_noun_makes_a_which_question():
    made = train_answerer._spans("The crew flew out of Portela International Airport at dawn.", None)
    assert ("place", "Which airport", 21, 50, "portela international airport") in made


@pytest.mark.parametrize("text, noun, name", [
    ("Parents met at the hall, where the campaign group Keep Ashby Library has called a vote.", "group",
     "Keep Ashby Library"),
    ("On Monday Torvane Mills, a family-owned bakery, said it would close two shops.", "bakery", "Torvane Mills"),
    ("Passengers were taken off by the ferry operator Wendle Lines on Sunday.", "operator", "Wendle Lines"),
])
def test_a_name_introduced_by_its_kind_makes_a_which_question_without_that_noun(text, noun, name):
    made = [s for s in train_answerer._spans(text, None) if s[1] == f"Which {noun}"]
    assert made and made[0][4] == name.lower()
    _, _, start, end, _ = made[0]
    assert name in text[start:end] and noun in text[start:end]  # the question's words leave both out


def test_a_name_an_owner_s_noun_is_told_of_makes_no_which_question_by_the_owner():
    assert not [s for s in train_answerer._spans("Ann Lee, the union's regional organiser, said pay was too low.", None)
                if s[1] in ("Which union", "Which organiser")]


def test_extending_the_candidates_fits_only_the_new_features():
    shipped = Weights.from_dict(json.loads((REPO / "summarize" / "qa" / "weights.json").read_text()))
    fitted = train_answerer.EXTENDED_FEATURES[0]
    at = train_answerer.FEATURES.index(fitted)
    rows, labels = [], []
    for k in range(60):  # candidates alike but for the feature fitted; those that read it answer
        x = [0.0] * len(train_answerer.FEATURES)
        x[train_answerer.FEATURES.index("type_exact")] = 1.0
        x[at] = float(k % 3 == 0)
        rows.append(x)
        labels.append(k % 3 == 0)
    extended, stats = train_answerer.extend_candidates(shipped, train_answerer.np.asarray(rows),
                                                       train_answerer.np.asarray(labels))
    assert stats["extended"][fitted] > 0 and extended.coef[at] == stats["extended"][fitted]
    assert extended.coef[:at] == shipped.coef[:at] and extended.calibration == shipped.calibration


def test_a_which_question_is_answered_by_its_name_not_by_a_name_that_shares_a_word():
    # Regression: labelled as a phrase, "Royal Marines" (half its words shared) answered "Which navy".
    kind, _, _, _, key = next(s for s in train_answerer._spans("Sailors of the Royal Navy were held at sea, officials said.",
                                                               None) if s[1] == "Which navy")
    assert train_answerer._same("royal navy", key, kind) and not train_answerer._same("royal marines", key, kind)


def test_asked_without_the_sentences_that_state_it_a_question_has_no_right_candidate():
    corpus = Corpus.from_texts(FERRY)
    keys = train_answerer.span_keys(corpus)
    gen = next(g for g in train_answerer.generate(corpus, random.Random(0), 50) if g.kind == "number")
    answerer = train_answerer.Answerer([g.text for g in corpus.groups], dates=corpus.dates)
    gone = frozenset({gen.source}) | train_answerer._answer_groups(keys, gen)
    found, labels, holds = train_answerer.rows(corpus, answerer, gen, answerable=True, gone=gone)
    assert gone and not any(labels) and not holds and all(gen.answer != c.key for c in found)
    _, kept, holds = train_answerer.rows(corpus, answerer, gen, answerable=True)
    assert any(kept) and holds


def test_a_yes_no_question_is_answerable_where_the_evidence_says_it():
    corpus = Corpus.from_texts(FERRY)
    gen = next(g for g in train_answerer.generate(corpus, random.Random(0), 60) if g.kind == "yes_no")
    answerer = train_answerer.Answerer([g.text for g in corpus.groups], dates=corpus.dates)
    found, labels, holds = train_answerer.rows(corpus, answerer, gen, answerable=True)
    assert gen.question.text.startswith("Did ") and holds and not any(labels)
    keys = train_answerer.span_keys(corpus)
    gone = frozenset({gen.source}) | train_answerer._answer_groups(keys, gen)
    assert not train_answerer.rows(corpus, answerer, gen, answerable=True, gone=gone)[2]


def test_a_swapped_question_asks_about_another_name_of_the_cluster_and_no_sentence_left_states_it():
    corpus = Corpus.from_texts({**STADIUM, "e": "2023-06-03\nMayor Ruth Adeyemi opened a new library on Friday."})
    answerer = train_answerer.Answerer([g.text for g in corpus.groups], dates=corpus.dates)
    gen = train_answerer.Generated(train_answerer.parse("How much will the stadium of Tom Okafor cost?"),
                                   "number", "money:3e+08", 1)
    question, wanted = train_answerer.swap(gen, corpus, answerer, random.Random(0))
    assert question.text == "How much will the stadium of Ruth Adeyemi cost?"
    assert wanted and not wanted & set(gen.question.terms)
    keys = train_answerer.span_keys(corpus)
    gone = train_answerer._stating(keys, corpus, gen, wanted)
    assert all(wanted <= set(train_answerer.terms(corpus.groups[i].text)) for i in gone)
    assert gen.source not in gone  # the sentence that answers the original question stays, as a trap


def test_a_question_without_a_name_swaps_its_rarest_word_for_a_whole_word_of_the_evidence():
    corpus = Corpus.from_texts(FERRY)
    answerer = train_answerer.Answerer([g.text for g in corpus.groups], dates=corpus.dates)
    gen = train_answerer.Generated(train_answerer.parse("How many passengers did rescuers save?"), "number",
                                   "count:212", 1)
    question, wanted = train_answerer.swap(gen, corpus, answerer, random.Random(0))
    words = {w for g in corpus.groups for w in re.findall(r"\w+", g.text)}
    new = set(question.text.rstrip("?").split()) - set(gen.question.text.rstrip("?").split())
    assert len(new) == 1 and new <= words and new.pop().islower()


def test_a_reworded_question_asks_about_another_word_in_place_of_a_head_and_keeps_its_names():
    corpus = Corpus.from_texts(FERRY)
    gen = train_answerer.Generated(train_answerer.parse("How many passengers did Maria Lindqvist save?"), "number",
                                   "count:212", 1)
    vocabulary = sorted({w for g in corpus.groups for w in re.findall(r"\b[a-z]{4,}\b", g.text)})
    question, wanted = train_answerer.reword(gen, vocabulary, random.Random(0))
    old, new = set(gen.question.text[:-1].split()), set(question.text[:-1].split())
    assert len(old - new) == 1 and (old - new) <= {"passengers", "save"}
    assert new - old <= set(vocabulary) and {"Maria", "Lindqvist"} <= new
    assert question.kind == "number" and wanted and not wanted & set(gen.question.terms)
    headless = gen._replace(question=train_answerer.parse("Who?"))
    assert train_answerer.reword(headless, vocabulary, random.Random(0)) is None


def test_a_resensed_question_says_a_head_in_a_related_word_and_keeps_its_answer():
    corpus = Corpus.from_texts(FERRY)
    gen = train_answerer.Generated(train_answerer.parse("How many passengers did Maria Lindqvist save?"), "number",
                                   "count:212", 1)
    by_stem = {"rider": ["riders", "rider"], "rescu": ["rescued"], "stadium": ["stadium"]}
    question = train_answerer.resense(gen, by_stem, random.Random(0))
    old, new = set(gen.question.text[:-1].split()), set(question.text[:-1].split())
    # one head said in a related word, of the same ending where one has it ("passengers" -> "riders")
    assert (old - new, new - old) in (({"passengers"}, {"riders"}), ({"save"}, {"rescued"}))
    assert question.kind == "number" and {"Maria", "Lindqvist"} <= new
    assert train_answerer.resense(gen, {"stadium": ["stadium"]}, random.Random(0)) is None
    # asked of its own cluster, the answer is among the candidates as for the question itself
    answerer = train_answerer.Answerer([g.text for g in corpus.groups], dates=corpus.dates)
    _, labels, holds = train_answerer.rows(corpus, answerer, gen._replace(question=question), answerable=True)
    assert holds and any(labels)


def test_a_reworded_question_never_swaps_a_head_for_a_word_of_its_sense():
    gen = train_answerer.Generated(train_answerer.parse("How many passengers crossed?"), "number", "count:212", 1)
    for seed in range(5):
        reworded = train_answerer.reword(gen, ["riders", "tanks"], random.Random(seed))
        assert reworded and "riders" not in reworded[0].text


def test_the_abstention_threshold_is_chosen_on_the_operating_clusters_only(tmp_path):
    clusters = []
    for name, texts in (("ferry", FERRY), ("stadium", STADIUM)):
        (tmp_path / name).mkdir()
        for doc, text in texts.items():
            (tmp_path / name / f"{doc}.txt").write_text(text, encoding="utf-8")
        clusters.append(tmp_path / name)
    every, _ = train_answerer.train(clusters, per_cluster=20, seed=0)
    first, _ = train_answerer.train(clusters, per_cluster=20, seed=0, operating=1)
    # the same models, another operating point
    assert every.coef == first.coef and every.calibration == first.calibration
    assert every.thresholds != first.thresholds


def test_a_generated_question_counts_by_the_outlets_that_report_its_answer():
    corpus = Corpus.from_texts(["The ferry carried 212 passengers. It sank at dawn.",
                                "The ferry carried 212 passengers when it sank.",
                                "Rescuers reached the ferry at noon."])
    stating = {g.id for g in corpus.groups if "212" in g.text}
    assert train_answerer.reported_weight(corpus, stating) == pytest.approx(2 ** 0.5)
    assert train_answerer.reported_weight(corpus, {next(g.id for g in corpus.groups if "noon" in g.text)}) == 1.0


def test_a_value_beside_another_of_its_kind_is_asked_with_its_own_clauses_words():
    corpus = Corpus.from_texts({"e": "2024-05-02\nOf the 30 injured, 8 were firemen and 5 were police officers. "
                                     "The fire started on Tuesday."})
    made = {g.answer: g for g in train_answerer.bound_questions(corpus, 0)}
    assert set(made) == {"count:30", "count:8", "count:5"}  # the lone date is asked as before, by generate
    assert all(g.bound for g in made.values())
    assert "polic" in made["count:5"].question.terms and "firemen" not in made["count:5"].question.terms
    assert made == {g.answer: g for g in train_answerer.bound_questions(corpus, 0)}  # its own stream: deterministic


def test_a_cause_told_by_a_verb_of_causing_is_asked_why():
    spans = [s for s in train_answerer._phrase_spans("Officials said a burst pipe caused the flooding.") if s[0] == "reason"]
    assert [(wh, key) for _, wh, _, _, key in spans] == [("Why", "a burst pipe")]


def test_a_reasked_question_asks_another_familys_property_of_the_same_words():
    gen = train_answerer.Generated(train_answerer.parse("How many passengers did Maria Lindqvist save?"), "number",
                                   "count:212", 1, wh="How many passengers")
    for seed in range(5):
        question, kind, wanted = train_answerer.reask(gen, random.Random(seed))
        assert train_answerer.FAMILIES[kind] != "quantity" and question.kind == kind
        assert question.text.endswith(" did Maria Lindqvist save?") and not question.text.startswith("How many")
        assert wanted and wanted <= set(question.heads)
    why = gen._replace(question=train_answerer.parse("Why did the ferry sink?"), kind="reason", wh="Why")
    assert train_answerer.reask(why, random.Random(0)) is None


def test_a_redated_question_asks_of_another_year_and_leaves_out_the_sentences_dated_to_it():
    corpus = Corpus.from_texts({"a": "2030-05-02\nThe dairy sold 4,000 tonnes of cheese in 2029. "
                                     "It sold 3,100 tonnes in 2027, its owner said. The new shed opened on Monday."})
    keys, dated = train_answerer.span_keys(corpus), train_answerer.sentence_years(corpus)
    gen = train_answerer.Generated(parse("How many tonnes of cheese did the dairy sell in 2029?"), "number",
                                   "mass:4e+06", 0, wh="How many tonnes")
    question, gone = train_answerer.redate(gen, dated, keys, random.Random(0))
    assert re.sub(r"\d{4}", "YEAR", question.text) == "How many tonnes of cheese did the dairy sell in YEAR?"
    new = int(re.search(r"\d{4}", question.text).group())
    assert new != 2029 and all(new in dated[i] for i in gone) and 0 not in gone
    # a question that names no year is asked of one its source sentence is not dated to
    plain = gen._replace(question=parse("How many tonnes of cheese did the dairy sell?"))
    question, _ = train_answerer.redate(plain, dated, keys, random.Random(0))
    assert question.text.startswith("How many tonnes of cheese did the dairy sell in ")
    assert 2029 not in train_answerer.years_told(question.text, None)
    assert train_answerer.redate(gen._replace(kind="reason"), dated, keys, random.Random(0)) is None


def test_a_recounted_question_counts_another_thing_restricted_by_its_own_and_leaves_out_what_counts_it():
    corpus = Corpus.from_texts({"a": "The orchard sold 9,000 apples at 14 markets. Pickers from 30 farms helped. "
                                     "The harvest ended on Friday."})
    counted = train_answerer.counted_nouns(corpus)
    assert counted[0] == {"appl": "apples", "market": "markets"} and counted[2] == {}
    gen = train_answerer.Generated(parse("How many markets did the orchard sell apples at?"), "number", "count:14", 0,
                                   wh="How many markets")
    for seed in range(5):
        question, gone = train_answerer.recount(gen, counted, random.Random(seed))
        # the only thing counted elsewhere that the question does not name: the farms, their sentence left out
        assert question.text == "How many farms did the orchard sell apples at markets?" and gone == {1}
        assert question.focus == "farm" and "market" in question.terms
    assert train_answerer.recount(gen._replace(kind="date"), counted, random.Random(0)) is None
    assert train_answerer.recount(gen, [counted[0]], random.Random(0)) is None  # nothing else counted


def test_a_reowned_question_is_restricted_to_another_place_or_firm_and_leaves_out_the_sentences_naming_it():
    corpus = Corpus.from_texts({"a": "The bakery chain employs 2,300 staff at its shops. Its shop in Carrowby employs 40 "
                                     "staff. Shares in Halden Foods, its owner, rose 3% in Carrowby trading on Friday."})
    owners = train_answerer.owners_named(corpus)
    assert ("place", "Carrowby") in owners
    keys = train_answerer.span_keys(corpus)
    gen = train_answerer.Generated(parse("How many staff does the bakery chain employ?"), "number", "count:2300", 0,
                                   wh="How many staff")
    for seed in range(5):
        question, gone = train_answerer.reown(gen, owners, corpus, keys, random.Random(seed))
        kind, name = next((k, n) for k, n in owners if n in question.text)
        assert question.text == f"How many staff does the bakery chain employ {'in' if kind == 'place' else 'at'} {name}?"
        # the sentences that name it with a count are left out, the source sentence is not among them
        assert 0 not in gone and all(name in corpus.groups[i].text for i in gone)
    assert train_answerer.reown(gen._replace(kind="reason"), owners, corpus, keys, random.Random(0)) is None
    named = gen._replace(question=parse("How many staff does Halden Foods employ?"))
    assert train_answerer.reown(named, owners, corpus, keys, random.Random(0)) is None  # ``swap`` asks that of another
    assert train_answerer.reown(gen, [], corpus, keys, random.Random(0)) is None


def test_extending_fits_only_the_new_coefficients_and_keeps_the_thresholds():
    shipped = Weights.from_dict(json.loads((REPO / "summarize" / "qa" / "weights.json").read_text()))
    fitted = train_answerer.EXTENDED[0]
    width, at = len(train_answerer.CALIBRATION), train_answerer.CALIBRATION.index(fitted)
    block = width * train_answerer.FAMILY_NAMES.index("quantity")
    rows, answerable = [], []
    for k in range(40):  # confident quantity questions; read by the feature: mostly unanswerable
        x = [0.0] * width * len(train_answerer.FAMILY_NAMES)
        x[block + train_answerer.CALIBRATION.index("top")] = 14.0
        x[block + at] = float(k % 2 == 0)
        rows.append(x)
        answerable.append(k % 2 == 1 or k % 10 == 0)
    extended, stats = train_answerer.extend(shipped, train_answerer.np.asarray(rows),
                                            train_answerer.np.asarray(answerable),
                                            train_answerer.np.asarray(["asked"] * len(rows)))
    assert stats["extended"][fitted] < 0 and extended.thresholds == shipped.thresholds
    assert all(extended.calibration[f][:at] == shipped.calibration[f][:at] for f in train_answerer.FAMILY_NAMES)


def test_without_the_shared_clusters_the_script_stops_rather_than_fit_on_seeds_alone(tmp_path, monkeypatch, capsys):
    # Regression: run from a checkout with no shared/ beside it, it fitted other weights on seeds/ alone.
    monkeypatch.setenv("SUMMARIZE_SHARED", str(tmp_path))
    with pytest.raises(SystemExit) as stopped:
        train_answerer.default_clusters()
    assert stopped.value.code == 2 and "SUMMARIZE_SHARED" in capsys.readouterr().err


def test_the_news_clusters_are_folders_of_articles_and_leave_the_fresh_sets_out():
    found = train_answerer.news_clusters()
    data = REPO / "tests" / "data"
    assert len(found) > 100 and len(set(found)) == len(found)
    assert not any(p.relative_to(data).parts[0].startswith("fresh_news") for p in found)
    # no gold file read as an article
    assert all(f.suffix not in (".json", ".jsonl", ".md") for p in found for f in p.iterdir())
    assert set(train_answerer.news_clusters("wire_news*")) < set(found)


def test_each_cluster_may_have_its_own_limit_of_generated_questions():
    corpora = [Corpus.from_texts(FERRY), Corpus.from_texts(STADIUM)]
    one_each = train_answerer.generated_questions(corpora, per_cluster=[1, 20], seed=0)
    same = train_answerer.generated_questions(corpora, per_cluster=20, seed=0)
    assert len([g for g in one_each[0] if not g.bound]) == 1 < len([g for g in same[0] if not g.bound])
    assert one_each[1] == same[1]


# Invented sentences, each a value with a long sentence around it.
LONG_SENTENCES = [
    "Firefighters from three counties battled the blaze at the timber yard for 14 hours before crews finally "
    "brought it under control late on Thursday evening.",
    "The regional orchestra sold 2,300 tickets for its open-air summer concert in the old quarry, organisers "
    "said on Sunday after the final encore.",
    "After a long review the harbour board agreed to raise mooring fees by 12 per cent for every private yacht "
    "berthed at the eastern marina from April.",
]


def _kept_at(sentence: str, value: str, offsets: tuple[int, int], reach: float) -> tuple[float, float]:
    """How often, over many seeds, the content word ``offsets[0]`` words after ``value`` and the one
    ``offsets[1]`` words after it stay in the question's context."""
    start = sentence.index(value)
    after = sentence[start + len(value):].split()
    near, far = (re.sub(r"[^\w'’-]", "", after[k - 1]) for k in offsets)
    runs = [train_answerer._context(sentence, start, start + len(value), random.Random(seed), reach=reach).split()
            for seed in range(300)]
    return sum(near in r for r in runs) / len(runs), sum(far in r for r in runs) / len(runs)


@pytest.mark.parametrize("sentence,value,offsets", [
    (LONG_SENTENCES[0], "14 hours", (2, 7)),  # "before" is a stop word: "crews" and "control"
    (LONG_SENTENCES[1], "2,300 tickets", (3, 8)),  # "open-air" and "old"
    (LONG_SENTENCES[2], "12 per cent", (3, 8)),  # "private" and "eastern"
])
def test_a_value_question_keeps_the_words_beside_the_value_more_than_those_far_from_it(sentence, value, offsets):
    near, far = _kept_at(sentence, value, offsets, reach=8)
    assert near > 0.6 and far < 0.35 and near > far + 0.3
    # a question about what the sentence says keeps a word as often wherever it stands
    near, far = _kept_at(sentence, value, offsets, reach=math.inf)
    assert abs(near - far) < 0.12


def test_generated_value_questions_are_about_as_short_as_peoples():
    # people's dev questions for a value hold about 4 terms; the old flat drop gave 6
    corpus = Corpus.from_texts({str(k): f"2031-05-0{k + 1}\n{s}" for k, s in enumerate(LONG_SENTENCES)})
    made = [g for seed in range(20) for g in train_answerer.generate(corpus, random.Random(seed), 50)
            if g.kind in ("number", "duration", "date")]
    assert len(made) > 20
    assert sum(len(g.question.terms) for g in made) / len(made) < 5


@pytest.mark.parametrize("text, sentence, asked, expected", [
    ("44,812", "The health board said 44,812 doses had been given by Friday.", "about 45,000 doses", True),
    ("1,184", "The operator put the number taken off the ferry at 1,184.", "nearly 1,200 passengers", True),
    ("1,184", "The operator put the number taken off the ferry at 1,184.", "1,200 passengers", False),
    ("36", "Some 36 crew stayed on board.", "about 1,200 passengers", False),
])
def test_a_figure_a_question_was_made_from_hedged_is_answered_by_it_told_exactly(text, sentence, asked, expected):
    assert train_answerer._exactly(text, sentence, train_answerer.quantities(asked)[0]) is expected
