"""How many disagreements show both sides, and how many agreeing questions show a side, on
invented clusters (tests/data/sides_news2, sides_news3 in the collections' layout; sides_news4 to sides_news12 in plain text): floors
and ceilings at what the answerer reaches, so that a change that loses a side or adds a false one fails."""
import json
from pathlib import Path

import pytest

from summarize.corpus import Corpus
from summarize.evaluate.metrics import answer_scores

DATA = Path(__file__).parents[1] / "data"
STANCES = {"affirms": "yes", "denies": "no"}
# Per set: its clusters, how many disagreements and agreeing questions it holds, both sides shown
# on at least this many disagreements and a side shown on at most this many agreeing questions
# (each README.md lists the misses by kind; sides_news2: one rival day fewer at RIVAL_SHARE_TOLD 0.3;
# sides_news3: "How many people live in <town>?" answered, since the round-9 calibrator, with the
# count of the displaced, whose disagreement it then shows; sides_news4: 3 of 9 when first run, 4 with the
# named-rival rule, 3 again with the round-10 calibrator, which gives the deal's rival value "about $5.8 billion"
# 0.150 of the best's probability, just under RIVAL_SHARE_MEASURED; sides_news5: 0 of 8 when first run,
# 1 with a failure verb read as a claim's denial, ``disputes.FAILS``, 2 at the end of round 11, 3 with a claim
# beside a denial of something else read as stated, ``disputes._side_stance``; sides_news6: 4 of 12 when first
# run, 5 with a side clause's denial read as a denial, ``disputes._side_stance``; sides_news7: 3 of 9 when first
# run, 5 with a role read past the title its holder is named with, the rival holder found for a role's verb after
# "who", and a passive perfect read as no running figure; sides_news8: 8 of 15 and one false side of 51 when
# first run, none with a bare count that is its clause's subject read as a count of the question's noun;
# sides_news9: 8 of 20 and one false side of 20 when first run; sides_news10: 12 of 28 and two false sides of
# 28 when first run, both from wrong answers, 14 with a figure's subject read in its clause and a name told
# with every word of the question read at a measured figure's share, 15 with a word of its sense read beside a
# value ("output" for "production"), 16 with a figure told in words of that sense found elsewhere ("450 people were
# moved out" for "residents evacuated"); sides_news11: 8 of 25 and no false side of 27 when first run, 11 with a
# value's words read in their senses ("the inquiry" for "the investigation"; "a three-day walkout" for "the
# strike") and a year read as another event than a day, ``disputes._grains_apart``; sides_news12: 6 of 24 and
# 4 false sides of 35 when first run, 8 of 24 with a fact box's line kept by the cleaner and its bare count read
# as a count of its label's noun ("Schools closed: 38", "Speed at time of derailment: 25mph": ``clean.fact_line``);
# 7 once a fact box's figure runs as the box is issued (conf32, ``conflicts._running``): the next day's "Schools
# closed: 38" then updates the live page's "52 schools have closed" instead of disagreeing with it).
SETS = {"sides_news2": (("balloon", "launch", "tunnel"), 21, 20, 8, 1),
        "sides_news3": (("flood", "trial", "vote"), 9, 18, 8, 1),
        "sides_news4": (("final", "takeover", "verdict"), 9, 12, 3, 0),
        "sides_news5": (("outage", "portfire"), 8, 10, 3, 0),
        "sides_news6": (("recall", "transfer", "verdict"), 12, 15, 5, 0),
        "sides_news7": (("fine", "review", "strike"), 9, 9, 5, 0),
        "sides_news8": (("crash", "dockfire", "landing", "library", "water"), 15, 51, 8, 0),
        "sides_news9": (("footbridge", "gallery", "sitin", "walkout"), 20, 20, 8, 1),
        "sides_news10": (("factory", "ferry", "landslide", "marathon"), 28, 28, 16, 2),
        # roles26: 10, "Who is leading the investigation?" now reads first the "Chief Inspector" leading the inquiry (a
        # leader's titles join the BM25 query when no "leader" is in the articles), and the other side goes unshown
        # nums32: 1 false side, "How big is the warehouse?" (answered "sixty-five" workers before and after) once "big"
        # frames the question (``question._MEASURE_ADJECTIVE_RE``): its one term left, the owner's other depot that
        # "employs 200 people" reads as a rival of the answer's figure (a figure of another site)
        "sides_news11": (("heist", "strike", "warehouse", "windfarm"), 25, 27, 10, 1),
        "sides_news12": (("auction", "derailment", "outbreak", "storm"), 24, 35, 7, 4)}


@pytest.fixture(scope="module", params=sorted(SETS))
def counts(request):
    clusters, *expected = SETS[request.param]
    both = false = disputed = agreed = 0
    for cluster in clusters:
        corpus = Corpus.from_paths([DATA / request.param / cluster / "docs"])
        path = DATA / request.param / cluster / "questions.jsonl"
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            answer = corpus.ask(row["question"])
            shown = [STANCES.get(s.value, s.value) for c in answer.conflicts if c.kind != "updated" for s in c.sides]
            if "conflict" in row:
                disputed += 1
                both += all(any(answer_scores(v, side["answers"])["f1"] >= 0.5 for v in shown)
                            for side in row["conflict"]["sides"])
            else:
                agreed += 1
                false += bool(shown)
    return (both, disputed, false, agreed), expected


def test_the_clusters_hold_the_questions_written_for_them(counts):
    (_, disputed, _, agreed), (want_disputed, want_agreed, _, _) = counts
    assert (disputed, agreed) == (want_disputed, want_agreed)


def test_disagreements_show_both_sides(counts):
    (both, _, _, _), (_, _, floor, _) = counts
    assert both >= floor


def test_agreeing_questions_show_no_more_false_sides(counts):
    (_, _, false, _), (_, _, _, ceiling) = counts
    assert false <= ceiling
