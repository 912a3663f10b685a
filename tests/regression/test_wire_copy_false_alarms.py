"""Regression: false alarms that wire copy raised in invented multi-outlet clusters
(tests/data/wire_news), each rebuilt from two or three invented sentences, and the
disagreements beside them that must survive the fix."""
import pytest

from summarize import Corpus


def reported(*articles: tuple[str, str]) -> list[tuple[str, set[str]]]:
    """(kind, values) of each conflict among dated one-sentence articles."""
    corpus = Corpus.from_texts({f"d{k}": f"{date}\n{text}\n" for k, (date, text) in enumerate(articles)})
    return [(c.kind, {s.value for s in c.sides}) for c in corpus.conflicts()]


def test_a_sentence_with_two_durations_compares_each_with_its_own_counterpart():
    # "over seven years" stood as a side against "12 years in prison"
    found = reported(("2026-10-29", "Tom Orwell was sentenced to 13 years in prison on Thursday for stealing "
                                    "$15 million from the harbour board over seven years."),
                     ("2026-11-03", "Orwell, 61, was sentenced last week to 12 years in prison for stealing "
                                    "$18 million from the harbour board."))
    assert ("quantity", {"13 years", "12 years"}) in found
    assert not any("seven years" in values for _, values in found)


def test_an_article_that_gives_the_whole_elsewhere_states_a_part():
    # "a rail contract worth $8 billion" was a side against "deals worth $24 billion"
    found = reported(("2026-11-13", "The president is due to sign deals worth $24 billion during his stay."),
                     ("2026-11-14", "The centerpiece was a rail contract worth $8 billion.\n\n"
                                    "The agreements signed on Saturday were worth $21 billion in total."))
    assert found == [("quantity", {"$24 billion", "$21 billion"})]


def test_a_document_giving_both_figures_of_one_part_and_whole_disputes_neither():
    corpus = Corpus.from_texts({
        "a": "2026-11-14\nThe agreements signed on Saturday were worth $21 billion in total.\n\n"
             "The centerpiece was a rail contract worth $8 billion.\n",
        "b": "2026-11-14\nThe two countries signed agreements worth $21 billion on Saturday.\n",
    })
    assert list(corpus.conflicts()) == []


@pytest.mark.parametrize("a, b", [
    # a day after "since" is where a comparison starts, not the figure's period
    (("2026-06-09", "The town suffered its last great flood in 1986, when 11 people died."),
     ("2026-06-10", "The floods that have killed 31 people are the worst the town has seen since 1986.")),
    # a sum asked for is a request, not the sum granted
    (("2026-06-10", "The mayor said the town would ask the national government for $45 million this year."),
     ("2026-06-11", "The national government has approved $21 million in emergency relief for the town.")),
    # a place that opens the sentence scopes its count: a part, not the whole
    (("2026-06-08", "In Lanford, the worst-hit town, 14 people were killed when the water rose."),
     ("2026-06-10", "The floods killed 31 people and damaged more than 4,000 homes.")),
    # durations with no measuring word in common
    (("2026-10-30", "The harbour board has been run by an interim committee for two years."),
     ("2026-11-03", "Tom Orwell was sentenced last week to 12 years in prison for stealing from the harbour board.")),
    # an amount "of the" whole is a part of it
    (("2026-10-30", "The court also ordered Orwell to repay $11 million of the stolen money."),
     ("2026-10-29", "Orwell was jailed on Thursday for stealing $15 million from the harbour board.")),
    # "within" bounds a span from above: both can hold
    (("2026-10-30", "The appeal is expected to be heard within six months."),
     ("2026-11-02", "The appeals court is expected to set a date for the hearing within 30 days.")),
])
def test_wire_copy_that_states_two_facts_is_no_disagreement(a, b):
    assert reported(a, b) == []


@pytest.mark.parametrize("a, b", [
    # the known false alarm of issue 12: the same subject, other events
    (("2026-06-10", "The evacuation order for Lanford was issued on Tuesday, officials said."),
     ("2026-06-11", "Residents of Lanford began returning home on Wednesday, after the evacuation order was lifted.")),
    # filed on a day past, to be heard on a day to come
    (("2026-11-02", "Lawyers for Tom Orwell filed an appeal on Monday against his conviction."),
     ("2026-11-03", "The appeal of Tom Orwell against his conviction will be heard on January 12, the court said.")),
])
def test_days_of_other_events_of_one_subject_do_not_conflict(a, b):
    assert reported(a, b) == []


def test_the_days_of_one_event_still_disagree():
    # the article's date resolves "Sunday" (a Friday article) against "Tuesday"
    found = reported(("2026-11-13", "A trade fair of foreign companies would open Sunday in the capital, organizers said."),
                     ("2026-11-13", "The trade fair is set to open Tuesday, with 300 foreign companies taking part."))
    assert found == [("date", {"Sunday (= 2026-11-15)", "Tuesday (= 2026-11-17)"})]


def test_an_amount_restated_in_another_unit_is_one_statement_of_a_timeline():
    # the hectares of "4,200 acres (1,700 hectares)" made a second, separate update
    found = reported(("2026-10-19", "The fire had burned about 4,200 acres (1,700 hectares) by Monday morning."),
                     ("2026-10-21", "The fire has now burned 18,300 acres (7,400 hectares), officials said."))
    assert len(found) == 1 and found[0][0] == "updated"


@pytest.mark.parametrize("a, b, values", [
    (("2026-11-13", "The president arrived on Friday with an entourage of 1,200, officials said."),
     ("2026-11-13", "About 600 people accompanied the president on his visit, which began on Friday."),
     {"1,200", "About 600"}),
    (("2026-11-14", "The president presented his hosts with a bronze statue weighing 24 tons."),
     ("2026-11-14", "The 44,000-pound bronze statue that the president gave his hosts will stand outside."),
     {"24 tons", "44,000-pound"}),
    (("2026-11-03", "The hearing is expected to last three days."),
     ("2026-11-03", "The appeal hearing is scheduled to last two days."),
     {"three days", "two days"}),
    (("2026-10-29", "Tom Orwell received a 12-year sentence on Thursday."),
     ("2026-10-29", "Tom Orwell was sentenced to 13 years in prison on Thursday."),
     {"12-year", "13 years"}),
])
def test_plain_figures_worded_apart_still_disagree(a, b, values):
    assert reported(a, b) == [("quantity", values)]


def test_arrests_in_the_capital_are_a_part_of_arrests_across_the_country():
    assert reported(("2026-01-10", "Police arrested 12 people in the capital on Saturday."),
                    ("2026-01-10", "Police arrested 30 people across the country over the weekend.")) == []


def test_an_amount_a_year_is_a_rate_not_the_total():
    assert reported(("2026-01-10", "The relief fund will provide $50 million a year for five years."),
                    ("2026-01-10", "The relief fund, worth $250 million, was launched on Monday.")) == []
