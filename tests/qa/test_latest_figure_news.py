"""Invented stories told over several days, each asked where a figure stands now ("so far", "now", "in the end"): a
later article's statement of the figure answers, told in its own words and not as a running count, below an earlier
figure more outlets repeat; a later value of another part of the story, or one the best's article gives beside it,
does not (``answer.latest_first``)."""
from pathlib import Path

import pytest

from summarize import Corpus
from summarize.qa.answer import FEATURES, Candidate, anchor_date, latest_first
from summarize.qa.disputes import running_count
from summarize.qa.question import parse

STORIES = {
    # a later total told as a bare figure ("taking the total sold ... to 26,500"), below the first report two outlets give
    "festival": [
        ("Riverside Gazette, Dunmore, 2 May 2033",
         "Organisers of the Harbour Lights festival said 18,000 tickets had been sold so far for the three-day event in "
         "Dunmore. The festival runs over the last weekend of June."),
        ("Dunmore Evening Post, Dunmore, 3 May 2033",
         "Ticket sales for the Harbour Lights festival have passed 18,000, organisers said, with the line-up still to "
         "be announced."),
        ("Coastal Radio News, Dunmore, 16 May 2033",
         "The festival has added a fourth stage. Ticket sales went on over the weekend, taking the total sold for the "
         "festival to 26,500."),
    ],
    # a toll that runs on, its latest article counting the missing beside it ("three people still missing")
    "landslide": [
        ("Hill Country Wire, Marrin, 9 October 2041",
         "A landslide buried part of the village of Marrin on Monday night, killing at least two people, police said."),
        ("Marrin Valley Post, Marrin, 10 October 2041",
         "Five people are now known to have died in the Marrin landslide, rescuers said."),
        ("Northern Radio, Marrin, 12 October 2041",
         "The number of people killed in the Marrin landslide has risen to eight, police said on Wednesday, as the "
         "search for three people still missing went on."),
    ],
    # a later count told in words ("has passed six thousand")
    "vaccination": [
        ("Island Health Bulletin, Carrow, 1 June 2036",
         "Nurses have given 4,200 children the measles vaccine at school clinics on Carrow since the campaign began."),
        ("Carrow Times, Carrow, 3 June 2036",
         "Some 4,200 children have been given the measles vaccine so far, the health board said."),
        ("Western Isles Radio, Carrow, 20 June 2036",
         "The school clinics closed on Friday. Nurses gave the vaccine in 31 schools, and the number of children given "
         "the measles vaccine has passed six thousand."),
    ],
    # a later figure a tabloid tells as news ("It emerged last night that ..."), not as a running count
    "villages": [
        ("County Wire, Holt, 4 February 2040",
         "Holt county council plans to withdraw funding from 40 rural bus routes in April."),
        ("Holt Advertiser, Holt, 6 February 2040",
         "The passengers' group says 11 villages, including Stowe, will be left with no bus service at all."),
        ("The Holt Mercury, Holt, 27 February 2040",
         "It emerged last night that 14 villages will be left with no bus service when the cuts take effect, after "
         "two operators pulled out of talks."),
    ],
    # a later count in a sentence that names the hospital one of them stayed in, which the other articles speak of
    "quarry": [
        ("Delby Star, Delby, 3 May 2042",
         "Two workers were treated for dust in their lungs after the blast at Delby quarry, the firm said."),
        ("Delby Star, Delby, 5 May 2042",
         "Four workers were treated for breathing problems after the quarry blast, the company said."),
        ("Northern Wire, Delby, 9 May 2042",
         "Six workers were treated for breathing problems after the blast, one of whom was kept in Ashvale General "
         "Hospital for a week."),
    ],
}


def _cluster(tmp_path: Path, name: str) -> Corpus:
    folder = tmp_path / name
    folder.mkdir()
    for k, (dateline, body) in enumerate(STORIES[name], 1):
        (folder / f"a{k}.txt").write_text(f"{name.title()} report\n{dateline}\n\n{body}\n", encoding="utf-8")
    return Corpus.from_paths(sorted(folder.glob("*.txt")))


@pytest.mark.parametrize("name, question, latest, earlier", [
    ("festival", "How many tickets have been sold for the festival so far?", "26,500", "18,000"),
    ("vaccination", "How many children have been given the measles vaccine so far?", "six thousand", "4,200"),
    ("villages", "How many villages will end up with no bus service at all?", "14", "11"),
    ("quarry", "How many workers ended up being treated for breathing problems?", "Six", "Four"),
    ("landslide", "How many people have now lost their lives in the landslide?", "eight", "Five"),
])
def test_a_figure_asked_as_it_stands_is_answered_by_its_latest_statement(tmp_path, name, question, latest, earlier):
    assert _cluster(tmp_path, name).ask(question).answer == latest


def _candidate(text, key, doc, probability, *, heads=1.0, cover=0.8, exact=1.0, rank=1.0):
    x = [0.0] * len(FEATURES)
    x[FEATURES.index("rank")] = rank
    x[FEATURES.index("type_exact")] = exact
    x[FEATURES.index("heads")] = heads
    x[FEATURES.index("sentence_cover")] = cover
    return Candidate(text, key, tuple(x), (doc,), probability, f"The figure was {text}.", (doc,))


DAYS = {"a": anchor_date("2040-03-01"), "b": anchor_date("2040-03-08")}


def test_a_later_statement_of_the_figure_leads():
    found = [_candidate("40", "count:40", "a", 0.6), _candidate("55", "count:55", "b", 0.2)]
    assert [c.text for c in latest_first(found, DAYS)] == ["55", "40"]


@pytest.mark.parametrize("later", [
    _candidate("$55", "money:55", "b", 0.2),  # another measure
    _candidate("55", "count:55", "b", 0.2, heads=0.5),  # told with less of what is asked
    _candidate("55", "count:55", "b", 0.2, cover=0.3),  # told with few of the question's words
    _candidate("55", "count:55", "b", 0.2, exact=0.0),  # of no kind the question asks
    _candidate("55", "count:55", "b", 0.2, rank=1 / 12),  # read from a count sentence below the first ten
])
def test_a_later_value_of_another_part_of_the_story_does_not_lead(later):
    found = [_candidate("40", "count:40", "a", 0.6), later]
    assert latest_first(found, DAYS)[0].text == "40"


def test_two_figures_one_article_gives_side_by_side_are_no_update():
    best = Candidate("40", "percent:40", _candidate("40", "percent:40", "a", 0.6).features, ("a", "b"), 0.6,
                     "It is 40 per cent.", ("a", "b"))
    found = [best, _candidate("45", "percent:45", "b", 0.3)]
    assert latest_first(found, DAYS)[0].text == "40"


def test_a_best_figure_told_without_what_is_asked_keeps_its_place():
    found = [_candidate("40", "count:40", "a", 0.6, heads=0.0), _candidate("55", "count:55", "b", 0.2, heads=0.5)]
    assert latest_first(found, DAYS)[0].text == "40"


@pytest.mark.parametrize("question, pinning", [
    ("What is the latest estimate of the repair bill?", "latest"),
    ("What is the most recent figure for the reservoir stocks?", "recent"),
    ("How many people ended up being treated for burns?", "end"),
])
def test_a_word_that_pins_the_time_is_no_head_of_what_is_asked(question, pinning):
    parsed = parse(question)
    assert parsed.moment == "last" and not any(h.startswith(pinning[:4]) for h in parsed.heads)


def _treated(later: str):
    """The running count of people treated, its third article's sentence ``later``."""
    corpus = Corpus.from_texts({"a": "Dale Wire, 2 July 2043\nThree people were treated in hospital after the gas leak.\n",
                                "b": "Dale Post, 3 July 2043\nFive people were treated in hospital after the leak, "
                                     "the hospital said.\n",
                                "c": f"Dale Post, 6 July 2043\n{later}\n"})
    question = parse("How many people ended up being treated in hospital?")
    found = [said for said in corpus._answerer.pick(question, corpus.search(question, top_k=6)).candidates]
    return running_count(question, found, corpus.groups, corpus.dates)


@pytest.mark.parametrize("later, latest", [
    # a hospital's name, some of whose words the other articles use, names where one of them stayed
    ("Seven people were treated in hospital after the leak, one of whom stayed at Brinmoor General Hospital.", "Seven"),
    ("Seven people were treated in hospital after the leak, two of whom were kept at the Dale Hospital overnight.",
     "Seven"),
    # a place no other article names tells a separate event: not the leak's count
    ("In a separate leak at Quenby, seven people were treated in hospital.", "Five"),
])
def test_a_name_only_partly_new_to_the_story_does_not_set_a_count_aside(later, latest):
    counted = _treated(later)
    assert counted is not None and counted.sides[-1].value == latest


def test_a_later_figure_told_with_every_head_of_what_is_asked_leads_in_fewer_of_its_words():
    """A later article names the measure by its heads ("raised its estimate of the repair bill to ...") without the
    first article's details of the work: it restates the figure, and the latest statement leads."""
    days = {**DAYS, "c": anchor_date("2040-03-20")}
    found = [_candidate("40", "count:40", "a", 0.6, heads=0.5, cover=0.6),
             _candidate("55", "count:55", "c", 0.2, heads=1.0, cover=0.3),
             _candidate("48", "count:48", "b", 0.1, heads=0.5, cover=0.5)]
    assert latest_first(found, days)[0].text == "55"


# Repair bills told over weeks: the first estimate in the words of the work, a revised one in the same words, and the
# latest in a trade paper's words for the measure alone ("raised its estimate of the repair bill to ...").
BILLS = {
    "pier": ("What is the latest estimate of the bill for clearing and rebuilding the pier?", "£9.4m", {
        "a": "Coast Wire, Selby Bay, 3 April 2047\nEarly estimates put the cost of clearing the wreckage and rebuilding "
             "the pier at about £6m, the council said.\n",
        "b": "Selby Bay Courier, Selby Bay, 9 April 2047\nThe council said its revised estimate for clearing and "
             "rebuilding the pier is £7.5m.\n",
        "c": "Trade Weekly, Selby Bay, 2 May 2047\nContractors face a long summer after Selby Bay council delayed the "
             "reopening of the promenade to September and raised its estimate of the repair bill to £9.4m.\n"}),
    "library": ("What is the latest estimate of the bill for drying out and restoring the books?", "£1.1m", {
        "a": "Fenmoor Wire, Fenmoor, 6 June 2048\nThe first estimate of the cost of drying out the flooded archive and "
             "restoring the books was put at £400,000, the trust said.\n",
        "b": "Fenmoor Post, Fenmoor, 8 June 2048\nThe trust said its revised estimate for drying out and restoring the "
             "books is £650,000.\n",
        "c": "Heritage Journal, Fenmoor, 30 June 2048\nConservators warned that the work will take two years, after the "
             "trust pushed back the reopening of the reading room and raised its estimate of the restoration bill to "
             "£1.1m.\n"}),
    "dock": ("What is the latest estimate of the bill for draining and repairing the dock?", "$3.5m", {
        "a": "Harbour Wire, Kelport, 1 March 2049\nEngineers said the cost of draining the dry dock and repairing the "
             "gate had first been put at about $2m.\n",
        "b": "Kelport Times, Kelport, 3 March 2049\nThe port said its revised estimate for draining and repairing the "
             "dock is $2.6m.\n",
        "c": "Shipping Daily, Kelport, 25 March 2049\nOwners of two stranded vessels face weeks of delay after the port "
             "authority moved the reopening of the dock to June and raised its estimate of the repair bill to "
             "$3.5m.\n"}),
}


@pytest.mark.parametrize("name", sorted(BILLS))
def test_the_latest_estimate_is_the_last_article_s_even_in_its_own_words(name):
    question, latest, texts = BILLS[name]
    assert Corpus.from_texts(texts).ask(question).answer == latest


def test_a_later_figure_of_no_kind_asked_leads_an_earlier_one_of_no_kind_asked_either():
    """"How many voters ...?" answered by counts of "ballots": neither fits the kind asked, so the later one restates
    the earlier as well as it could."""
    found = [_candidate("40", "count:40", "a", 0.6, exact=0.0), _candidate("55", "count:55", "b", 0.2, exact=0.0)]
    assert [c.text for c in latest_first(found, DAYS)] == ["55", "40"]


def test_the_same_figure_told_later_in_other_words_does_not_lead():
    found = [_candidate("within 10 days", "within 10 days", "a", 0.6),
             _candidate("within ten days", "within ten days", "b", 0.2)]
    assert latest_first(found, DAYS)[0].text == "within 10 days"


def test_a_later_figure_told_with_three_fifths_of_the_earlier_one_s_words_leads():
    found = [_candidate("40", "count:40", "a", 0.6, cover=0.8), _candidate("55", "count:55", "b", 0.2, cover=0.5)]
    assert latest_first(found, DAYS)[0].text == "55"
