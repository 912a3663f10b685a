"""A question asked per item, of a cap or of the whole prefers the figure its sentence tells so (issues 11 and 12),
on invented news: "each club was given £6,000" for "How much did each club get?", "£30,000 in total" for "How much did
the board give altogether?", "grants of up to £12,000 per farm" for "What is the most a single farm can get?"; a count
of the items asked per ("nine farms") is no figure per item."""
import pytest

from summarize import Corpus
from summarize.qa.answer import mentions
from summarize.qa.question import parse

_EACH = "Each of the flooded clubs has been given £6,000 by the county board, which gave £30,000 in total."
_AFTER = "The flooded clubs were given £6,000 each by the county board, which gave £30,000 in all."
_WORDS = "The county board handed every flooded club six thousand pounds, thirty thousand pounds altogether."
_CAP = "The £3m fund has paid grants to nine farms, offering up to £12,000 per farm towards new barns."


def _fits(sentence: str, question: str) -> dict[str, float]:
    """Each quantity mention's fit in ``sentence`` for ``question``."""
    return {m.text: m.fit for m in mentions(sentence, parse(question))}


@pytest.mark.parametrize("sentence, each, total", [
    (_EACH, "£6,000", "£30,000"), (_AFTER, "£6,000", "£30,000"),
    (_WORDS, "six thousand pounds", "thirty thousand pounds"),
])
def test_a_question_per_item_prefers_the_figure_per_item(sentence, each, total):
    found = _fits(sentence, "How much did the county board give each flooded club?")
    assert found[each] == 1.0 > found[total]


@pytest.mark.parametrize("sentence, each, total", [
    (_EACH, "£6,000", "£30,000"), (_AFTER, "£6,000", "£30,000"),
])
def test_a_question_of_the_whole_prefers_the_total(sentence, each, total):
    found = _fits(sentence, "How much did the county board give the flooded clubs altogether?")
    assert found[total] == 1.0 > found[each]


def test_the_most_a_single_item_can_get_asks_the_cap_and_no_count_of_items():
    found = _fits(_CAP, "What is the most a single farm can get from the fund?")
    assert found.get("£12,000") == 1.0 > found["£3m"]
    assert "nine" not in found and "nine farms" not in found


def test_a_cap_is_no_figure_per_item_unless_asked_so():
    assert _fits("Anyone caught can be fined up to £1,000.", "What is the maximum fine?")["£1,000"] == 1.0


def test_a_labelled_count_of_the_items_asked_per_is_no_figure_per_item():
    found = _fits("- Farms flooded: 14", "How much could each flooded farm claim from the board?")
    assert "14" not in found


_CLUBS = {
    "a": "Vale Courier, Ostwick, 4 March 2091\nHeavy rain flooded five football pitches in Ostwick on Saturday. Each of "
         "the flooded clubs has been given £6,000 by the county board to help repair the pitches.\n",
    "b": "Ostwick Weekly, Ostwick, 11 March 2091\nThe county board gave £30,000 in total to the flooded football clubs "
         "to help repair the pitches, it said on Monday.\n",
}


def test_a_figure_per_item_is_answered_and_no_total_is_its_rival():
    answer = Corpus.from_texts(_CLUBS).ask("How much did the county board give each flooded club?")
    assert answer.answer == "£6,000"
    assert not any({s.value for s in c.sides} == {"£6,000", "£30,000"} for c in answer.conflicts)


def test_a_figure_beside_the_total_its_sentence_tells_is_a_part_of_it():
    # value44: "refunds of £20 ..., at a total cost of £96,000": the £20 is no answer to "altogether"
    found = _fits("The museum paid refunds of £20 to visitors turned away, at a total cost of about £96,000.",
                  "What did the refunds cost the museum altogether?")
    assert found["£96,000"] == 1.0 > found["£20"]


def test_a_cap_asked_is_no_floor_and_a_floor_asked_no_cap():
    # value44: "limited to 8,000" is the cap; "crowds of at least 5,000" a floor
    sentence = "Until the gates are tested at two games with crowds of at least 5,000, the ground is limited to 8,000."
    capped = _fits(sentence, "What attendance limit did the league set on the ground?")
    assert capped["8,000"] == 1.0 > capped["5,000"]
    floored = _fits(sentence, "What is the minimum crowd for the test games?")
    assert floored["5,000"] == 1.0 > floored["8,000"]


def test_a_fact_box_label_told_per_item_scopes_its_figure():
    # value44: "- Refund for each ticket holder: £20" is a figure per item, no whole
    found = _fits("- Refund for each ticket holder: £20", "What did the refunds cost the museum altogether?")
    assert found["£20"] == 0.5
