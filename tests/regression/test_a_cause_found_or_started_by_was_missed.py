"""Regression (issue #11, found on fresh_news29's wildfire and rocket clusters): a cause asked as what a source found or
believes caused it ("What did the panel find caused ...?", "What do police believe most probably caused ...?"; the
forms are in tests/qa/test_cause_asked_in_other_forms.py) was asked as a thing, so a phrase of the question's subject
or words saying the cause was not known answered. The causes are told as the subject of "caused" after a colon, as what
"started" a fire, as what damage is "consistent with" and as a thing blamed with a figure in it; "as it was designed to
do" tells how a thing went, no cause (invented stories)."""
from summarize.corpus import Corpus
from summarize.qa.answer import reason_mentions


def _causes(text):
    return [m.text for m in reason_mentions(text)]


def test_the_causes_of_several_constructions_are_read():
    assert _causes("The board upheld its first finding: a split seal in a coolant hose caused the pump to stop.") == [
        "a split seal in a coolant hose"]
    assert _causes("Police said the fire was most likely started accidentally by a discarded cigarette.") == [
        "a discarded cigarette"]
    assert _causes("The staining is consistent with a leak from the tank above, the surveyor said.") == [
        "a leak from the tank above"]
    assert _causes("The chain will shut 40 shops, blaming a 12% rise in rents and weaker sales.") == [
        "a 12% rise in rents and weaker sales"]


def test_a_thing_doing_what_it_was_meant_to_is_no_cause():
    assert _causes("The valve shut, and the pressure fell, as it was designed to do.") == []


_STORY = {
    "a1.txt": "Harbour Post, Tennick, 3 March 2051\n\nA fire swept across Tennick Common on Sunday, burning 40 "
              "hectares of gorse.\nThe cause of the fire has not yet been established, the fire service said.\n"
              "Crews stayed on the common overnight.",
    "a2.txt": "Harbour Post, Tennick, 10 March 2051\n\nInvestigators said on Friday that the fire on Tennick Common "
              "was most likely started accidentally by a discarded cigarette.\n"
              "The common reopened to walkers on Saturday.",
}


def test_the_cause_found_later_answers_not_the_early_doubt():
    answer = Corpus.from_texts(_STORY).ask("What do officers think most probably caused the fire?").answer
    assert answer == "a discarded cigarette"
