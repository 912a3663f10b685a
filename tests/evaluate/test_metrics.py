"""Each metric against known values: rouge-score's own test cases, SQuAD v1.1's definitions,
the number-aware score, ranking metrics and P/R/F1 on hand-made inputs."""
import pytest

from summarize.evaluate.metrics import (
    UnicodeTokenizer,
    answer_scores,
    conflict_matches,
    conflict_prf,
    exact_match,
    first_hit,
    jaccard,
    mrr,
    normalize_answer,
    number_exact,
    pair_prf,
    prf,
    recall_at,
    rouge,
    support_scores,
    token_f1,
    truncate_words,
    values_match,
)
from summarize.model import Conflict, Side

from ..conftest import SEEDS

# --- ROUGE: cases from rouge-score's rouge_scorer_test.py --------------------------------


def test_rouge1_from_rouge_score_tests():
    r = rouge(["testing"], [["testing one two"]])
    assert r.best["rouge1"] == pytest.approx(1 / 2)  # P = 1, R = 1/3


def test_rouge2_from_rouge_score_tests():
    assert rouge(["testing one"], [["testing one two"]]).best["rouge2"] == pytest.approx(2 / 3)


def test_rougeL_non_consecutive_from_rouge_score_tests():
    assert rouge(["testing two"], [["testing one two"]]).best["rougeL"] == pytest.approx(4 / 5)


def test_rougeLsum_from_rouge_score_tests():
    # rouge-score: target "w1 w2 w3 w4 w5", prediction on two lines -> R 0.8, P 0.4, F 0.5333.
    r = rouge(["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"], [["w1 w2 w3 w4 w5"]], types=("rougeLsum",))
    assert r.best["rougeLsum"] == pytest.approx(0.5333, abs=1e-4)


def test_multi_reference_best_is_score_multi_and_mean_is_the_average():
    # rouge-score's testRougeAllMulti: references "first text", "first something"; prediction "text first".
    r = rouge(["text first"], [["first text"], ["first something"]], types=("rouge1", "rouge2", "rougeL"))
    assert r.best == pytest.approx({"rouge1": 1.0, "rouge2": 0.0, "rougeL": 0.5})
    assert r.mean["rouge1"] == pytest.approx((1.0 + 0.5) / 2)


def test_best_agrees_with_score_multi_on_real_references():
    from summarize.evaluate.metrics import rouge_scorer

    refs = [p.read_text(encoding="utf-8").splitlines() for p in sorted((SEEDS.parent / "eval" / "seeds" / "refs").glob("*.txt"))]
    summary = [line for line in (SEEDS / "001_d08085707fdcdf0c.txt").read_text(encoding="utf-8").splitlines()[2:6] if line]
    multi = rouge_scorer().score_multi(["\n".join(r) for r in refs], "\n".join(summary))
    assert rouge(summary, refs).best == pytest.approx({t: s.fmeasure for t, s in multi.items()})


def test_empty_summary_scores_zero_and_no_reference_is_an_error():
    assert rouge([], [["testing one two"]]).best["rouge1"] == 0.0
    with pytest.raises(ValueError):
        rouge(["x"], [])


def test_stemming_matches_inflections():
    assert rouge(["the leaders crossed"], [["leader cross"]]).best["rouge1"] > 0.7


def test_tokenizer_agrees_with_rouge_score_on_ascii_and_keeps_other_letters():
    from rouge_score.tokenizers import DefaultTokenizer

    ours, theirs = UnicodeTokenizer(use_stemmer=False), DefaultTokenizer(use_stemmer=False)
    texts = [line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
             if line.strip() and line.isascii()]
    assert len(texts) > 20
    for text in texts:
        assert ours.tokenize(text) == theirs.tokenize(text), text
    assert theirs.tokenize("Zürich café") == ["z", "rich", "caf"]
    assert ours.tokenize("Zürich café") == ["zürich", "café"]
    assert rouge(["Pyeongyang 평양"], [["평양"]]).best["rouge1"] > 0


# Stems printed by the Porter stemmer inside official ROUGE-1.5.5 (``stem`` in ROUGE-1.5.5.pl,
# run with perl); NLTK's default mode, which rouge-score uses, gives the second value.
OFFICIAL_STEMS = [("days", "dai", "day"), ("died", "di", "die"), ("convoys", "convoi", "convoy"),
                  ("carefully", "carefulli", "care"), ("apology", "apolog", "apolog"),
                  ("technologies", "technolog", "technolog"), ("possibly", "possibl", "possibl"),
                  ("statements", "statem", "statement"), ("accidentally", "accid", "accident"),
                  ("commissioner", "commiss", "commission"), ("internationally", "internat", "intern"),
                  ("proceed", "proce", "proceed"), ("trying", "try", "tri"), ("leaders", "leader", "leader")]


@pytest.mark.parametrize("word,official,nltk_default", OFFICIAL_STEMS)
def test_stems_are_official_rouge_155(word, official, nltk_default):
    from nltk.stem.porter import PorterStemmer

    assert UnicodeTokenizer().tokenize(word) == [official]
    assert PorterStemmer().stem(word) == nltk_default


def test_rouge_matches_where_official_rouge_conflates():
    # ROUGE-1.5.5 -m: "proceeds"/"proceed" match ("proce"), "peacefully"/"peace" do not;
    # NLTK's default Porter (rouge-score) says the opposite on both.
    r = rouge(["proceeds peacefully"], [["proceed peace"]], types=("rouge1",))
    assert r.recall["rouge1"] == pytest.approx(0.5)
    assert r.best["rouge1"] == pytest.approx(0.5)


def test_truncate_words():
    assert truncate_words(["a b c", "d e f"], 4) == ["a b c", "d"]
    assert truncate_words(["a b c", "d e f"], 3) == ["a b c"]
    assert truncate_words(["a b"], 10) == ["a b"]


# --- Answers: SQuAD v1.1 ------------------------------------------------------------------

def test_squad_normalisation():
    assert normalize_answer("The  Armoured, train!") == "armoured train"
    assert normalize_answer("an apple a day") == "apple day"
    # Unicode punctuation goes too (the official script strips only ASCII punctuation).
    assert normalize_answer("Russia’s “actions” — now") == normalize_answer("Russia's \"actions\" now") == "russias actions now"


@pytest.mark.parametrize("prediction, gold, em, f1", [
    ("the 24 hours", "24 hours", 1.0, 1.0),
    ("20 hours", "24 hours", 0.0, 0.5),           # SQuAD gives half credit to a wrong figure
    ("3.5", "35", 1.0, 1.0),                       # and merges "3.5" with "35"
    ("Rodong Sinmun newspaper", "Rodong Sinmun", 0.0, 0.8),  # P 2/3, R 1 -> 0.8
    ("x y z", "y z w", 0.0, 2 / 3),
    ("a b c", "b c d", 0.0, 0.8),                  # "a" is an article: P 1, R 2/3
    ("Xi", "Putin", 0.0, 0.0),
])
def test_squad_em_and_f1(prediction, gold, em, f1):
    assert exact_match(prediction, gold) == em
    assert token_f1(prediction, gold) == pytest.approx(f1)


@pytest.mark.parametrize("prediction, gold, expected", [
    ("20 hours", "24 hours", 0.0),
    ("3.5", "35", 0.0),
    ("two thousand", "2,000", 1.0),
    ("Two thousand troops", "2,000 troops", 1.0),
    ("the 24 hours", "24 hours", 1.0),
    ("1,960 kN", "1960 kN", 1.0),
    ("Monday", "Tuesday", 0.0),
    ("Monday", "on Monday", 0.0),
    # quantities compare in their base unit, with their qualifier's interval and counted noun
    ("1 day", "24 hours", 1.0),
    ("$5bn", "5 billion dollars", 1.0),
    ("3.5 per cent", "3.5%", 1.0),
    ("one", "1", 1.0),
    ("more than 40 people", "over 40 people", 1.0),
    ("about 300", "300", 0.0),
    ("10-12 km", "11 km", 0.0),
    ("5 km", "5 miles", 0.0),
    ("40 people", "40 cars", 0.0),
    ("1,234,567", "1,234,568", 0.0),   # no rounding to six digits
])
def test_number_exact(prediction, gold, expected):
    assert number_exact(prediction, gold) == expected


def test_answer_scores_best_over_answers_and_abstention():
    assert answer_scores("24 hours", ["20 hours", "up to 24 hours", "24 hours"]) == {
        "em": 1.0, "f1": 1.0, "number_exact": 1.0}
    assert answer_scores("20 hours", ["24 hours"]) == {"em": 0.0, "f1": 0.5, "number_exact": 0.0}
    assert answer_scores(None, []) == {"em": 1.0, "f1": 1.0, "number_exact": 1.0}  # abstained: right
    assert answer_scores("Tuesday", []) == {"em": 0.0, "f1": 0.0, "number_exact": 0.0}  # guessed
    assert answer_scores(None, ["Tuesday"]) == {"em": 0.0, "f1": 0.0, "number_exact": 0.0}


# --- Ranking ------------------------------------------------------------------------------

def test_first_hit_recall_and_mrr_on_a_tiny_ranking():
    ranks = [first_hit(h) for h in ([True, False], [False, False, True], [False] * 5, [False, True])]
    assert ranks == [1, 3, None, 2]
    assert recall_at(ranks, 1) == 0.25
    assert recall_at(ranks, 3) == 0.75
    assert recall_at(ranks, 5) == 0.75
    assert mrr(ranks) == pytest.approx((1 + 1 / 3 + 0 + 1 / 2) / 4)
    assert recall_at([], 1) == 0.0 and mrr([]) == 0.0
    with pytest.raises(ValueError):
        recall_at(ranks, 0)


# --- P/R/F1 -------------------------------------------------------------------------------

def test_pair_prf_on_tiny_input():
    score = pair_prf([True, True, False, False, True], [True, False, True, False, True])
    assert (score.tp, score.fp, score.fn) == (2, 1, 1)
    assert score.precision == pytest.approx(2 / 3) and score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(2 / 3)
    assert prf(0, 0, 0) == (0.0, 0.0, 0.0, 0, 0, 0)
    assert prf(0, 0, 3).recall == 0.0
    with pytest.raises(ValueError):
        pair_prf([True], [True, False])


# --- Conflicts and support ----------------------------------------------------------------

def conflict(*sides):
    """A Conflict from ``(value, sources)`` sides, as the detector or the gold reader builds it."""
    return Conflict("t", "quantity", tuple(Side(value, "", tuple(sources)) for value, sources in sides))


JOURNEY = conflict(("24 hours (up to 24 hours)", ("000", "002", "003")), ("20 hours", ("002",)))
LEADERS = conflict(("26 other leaders (besides Kim)", ("000", "003")),
                   ("25 other leaders (26 world leaders including Kim)", ("002", "004")))
TROOPS = conflict(("thousands", ("000",)), ("tens of thousands", ("003",)))


def test_values_match_numbers_as_values_and_text_otherwise():
    assert values_match("24-hour", "24 hours (up to 24 hours)")
    assert not values_match("20 hours", "24 hours")
    assert values_match("twenty-five", "25 other leaders (26 world leaders including Kim)")
    assert not values_match("26", "25 other leaders (26 world leaders including Kim)")
    assert values_match("60km (37 miles) per hour", "60 km/h")
    assert values_match("National Information Society Agency (NIA)", "national information society agency")
    assert values_match("Thousands", "thousands")
    assert not values_match("thousands", "tens of thousands")
    assert values_match("$5m", "5 million dollars")
    assert not values_match("$5m", "5 million euros")
    assert not values_match("about 300 people", "310")


def test_values_match_a_side_that_hedges_the_number_the_gold_writes_bare():
    # A reader writing a side down drops the outlet's hedge: "at least 57" states "57 homes".
    assert values_match("at least 57", "57 homes")
    assert values_match("about 300 people", "300")
    # A hedge the gold writes tells its statement from a bare one ("some 240 in the district" / "240").
    assert not values_match("12 km", "more than 12 km")
    # Two different hedges, a range, or another number are other statements.
    assert not values_match("about 250,000", "more than 250,000")
    assert not values_match("three to four weeks", "three weeks")
    assert not values_match("at least 57", "58 homes")


def test_values_match_a_bare_gold_number_by_that_number_in_any_unit():
    # A gold side the fact's name measures ("age of the keeper": "47") is stated by "a 47-year-old" or "aged 47".
    assert values_match("a 47-year-old", "47")
    assert values_match("aged 47", "47")
    assert values_match("nine years", "9")
    # Not the other way, nor another number, nor a range from it.
    assert not values_match("47", "a 47-year-old")
    assert not values_match("a 46-year-old", "47")
    assert not values_match("47 to 49", "47")
    assert not values_match("Tessa Lindgrove", "1968")


def test_values_match_a_calendar_date_with_its_year_to_the_day_the_gold_writes():
    assert values_match("August 1, 1999", "Aug. 1")
    assert values_match("August 1, 1999", "1 August")
    assert not values_match("August 1, 1999", "August 2")
    assert not values_match("August 1, 1999", "Sunday")  # a weekday is said only against a date
    assert not values_match("March 1999", "March 1")  # a month is no day


def test_conflict_matches_needs_two_sides_with_shared_sources():
    assert conflict_matches(conflict(("24 hours", ["000"]), ("20 hours", ["002"])), JOURNEY)
    # the right values, but the 20-hour side is credited to a document that does not say it
    assert not conflict_matches(conflict(("24 hours", ["000"]), ("20 hours", ["004"])), JOURNEY)
    # one gold side only
    assert not conflict_matches(conflict(("24 hours", ["000"]), ("30 hours", ["002"])), JOURNEY)
    assert conflict_matches(conflict(("26", ["003"]), ("25", ["002", "004"]), ("27", ["001"])), LEADERS)
    assert conflict_matches(conflict(("thousands", ["000"]), ("tens of thousands", ["003"])), TROOPS)


def test_a_gold_side_that_lists_its_sources_wordings_is_matched_by_any_one():
    gold = Conflict("swell", "quantity", (Side("up to 9 metres (30 ft) / thirty-foot", "", ("a", "b")),
                                          Side("45 feet", "", ("c",))))
    assert conflict_matches(conflict(("Thirty-foot", ["b"]), ("45 feet", ["c"])), gold)
    assert conflict_matches(conflict(("up to 9 metres", ["a"]), ("45 feet", ["c"])), gold)
    # neither wording: a value between them is no match
    assert not conflict_matches(conflict(("20 feet", ["a"]), ("45 feet", ["c"])), gold)


def test_a_polarity_side_matches_the_gold_side_of_its_stance():
    gold = Conflict("warnings", "polarity", (
        Side("no warning received", "The operator received no warning from its crew.", ("x", "y")),
        Side("crew warned managers", "Crew members warned managers about the door.", ("z",))))
    warned, denied = "Crew members warned managers about the door.", "The operator received no warning from its crew."
    found = Conflict("claim", "polarity", (Side("affirms", warned, ("z",)), Side("denies", denied, ("y",))))
    assert conflict_matches(found, gold)
    # stances credited to the wrong documents
    swapped = Conflict("claim", "polarity", (Side("affirms", warned, ("y",)), Side("denies", denied, ("z",))))
    assert not conflict_matches(swapped, gold)
    # another claim and its denial between the same documents
    other = Conflict("claim", "polarity", (Side("affirms", "The ferry will sail on Friday.", ("z",)),
                                           Side("denies", "The ferry did not sail on Friday.", ("y",))))
    assert not conflict_matches(other, gold)


def test_conflict_prf():
    predicted = [conflict(("24 hours", ["000"]), ("20 hours", ["002"])),
                 conflict(("2015", ["003"]), ("1959", ["000"]))]  # a false alarm
    score = conflict_prf(predicted, [JOURNEY, LEADERS])
    assert (score.precision, score.recall, score.f1) == (0.5, 0.5, 0.5)
    assert conflict_prf([], [JOURNEY]) == (0.0, 0.0, 0.0, 0, 0, 1)


def test_support_accuracy_and_jaccard():
    score = support_scores([({"a", "b"}, ["a", "b"]), ({"a"}, {"a", "b"}), (set(), {"c"})])
    assert score.accuracy == pytest.approx(1 / 3)
    assert score.jaccard == pytest.approx((1 + 0.5 + 0) / 3)
    assert score.n == 3
    assert support_scores([]) == (0.0, 0.0, 0)
    assert jaccard([], []) == 1.0


def test_values_match_a_day_resolved_against_its_article_by_the_calendar_date_the_gold_writes():
    assert values_match("Tuesday (= 2026-05-19)", "May 19")
    assert values_match("Thursday (= 1998-10-29)", "Oct. 29")
    assert not values_match("Thursday (= 1998-10-29)", "Oct. 30")
    assert not values_match("Tuesday (= 2026-05-19)", "Monday")  # a weekday alone names no calendar day
