"""Regression: a claim quoted and closed with '..., he said.' after a sentence that named its speaker as a body's
spokesperson, and a denial a body gave "in a statement it said" after the sentence that named the body, left "Which
group says ...?" and "Which body denied ...?" withheld: only a sentence that opened with "He" or "She" read its
pronoun, and never for a body. A pronoun that says goes on from who says in the sentence before (the body a spokesperson
speaks for too), else stands for the last name of its kind; what the sentence tells of the pronoun reads of the name,
and a denial asked is a speaker's words that deny. Invented news."""
from summarize.qa.answer import antecedents, as_written, does_asked
from summarize.qa.question import parse
from summarize.text.names import names

SPOKESPERSON = "Mira Voss, spokesperson for Fenlow River Trust, told us the weir gates had been left open."
QUOTED = '"We believe the sluice was opened on Friday night, and we want the council to say so," she said.'
ASKED = "We asked the Tarvin Port Authority for a response."
STATEMENT = 'In a statement it said: "No dredging took place in the estuary last week."'


def _found(text: str, before: str, question: str) -> list[str]:
    return [m.text for m in antecedents(text, f"{before} {text}", parse(question))]


def test_a_quote_closed_by_a_pronoun_is_its_speaker_s_and_their_body_s():
    assert _found(QUOTED, SPOKESPERSON, "Who said the sluice was opened on Friday night?") == ["Mira Voss"]
    assert _found(QUOTED, SPOKESPERSON, "Which group says the sluice was opened on Friday night?") \
        == ["Fenlow River Trust"]
    found = antecedents(QUOTED, f"{SPOKESPERSON} {QUOTED}", parse("Which group says the sluice was opened?"))
    assert found[0].offset == QUOTED.index("she said")


def test_it_said_stands_for_the_body_named_before_and_denies_what_it_says_is_not_so():
    question = parse("Which body denied that any dredging took place in the estuary?")
    found = antecedents(STATEMENT, f"{ASKED} {STATEMENT}", question)
    assert [m.text for m in found] == ["Tarvin Port Authority"]
    written = as_written(STATEMENT, found[0])
    assert written.startswith("In a statement Tarvin Port Authority said")
    assert does_asked(written, found[0].offset, found[0].offset + len(found[0].text), question) == 1.0
    affirmed = 'In a statement it said: "Dredging took place in the estuary last week."'
    assert does_asked(as_written(affirmed, found[0]), found[0].offset, found[0].offset + len(found[0].text),
                      question) == 0.0  # no denial in what it said
    assert _found(STATEMENT, ASKED, "Who denied that any dredging took place?") == []  # "it" is no person


def test_a_pronoun_that_only_says_tells_nothing_of_what_its_speaker_is():
    assert _found(QUOTED, SPOKESPERSON, "Who is the chair of the river trust?") == []


def test_the_body_a_spokesperson_speaks_for_is_no_person():
    text = "Ann Rudd, spokesperson for Tarn Valley Watch, said the count was wrong."
    assert [n.kind for n in names(text) if n.text == "Tarn Valley Watch"] != ["person"]
