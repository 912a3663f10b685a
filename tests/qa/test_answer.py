import pytest

from summarize.qa.answer import Answerer, question_kind

EVIDENCE = [
    "His full journey is expected to take 24 hours, state media said.",
    "Kim travelled with foreign minister Choe Son Hui and other officials.",
    "Kim crossed the border into China early on Tuesday.",
    "The train is slow-moving due to its heavy protection.",
    "North Korea has sent around 15,000 troops to Russia.",
    "The train runs at 60km per hour on the line to Beijing.",
]


@pytest.mark.parametrize("question,kind", [
    ("How many troops were sent?", "number"), ("How long will the journey take?", "duration"),
    ("When did Kim cross the border?", "date"), ("Who travelled with Kim?", "person"), ("Which news agency reported it?", "org"),
    ("Which South Korean agency briefed lawmakers about the trip?", "org"),
    ("How fast does the train go?", "speed"), ("What is the train called?", "name"),
    ("Where is the parade held?", "place"), ("Why is the train slow?", "reason"),
    ("What does the train serve?", "other"), ("In what year did Kim last visit?", "date"),
])
def test_question_kind(question, kind):
    assert question_kind(question) == kind


@pytest.mark.parametrize("question,evidence_index,expected", [
    ("How long is the journey expected to take?", 0, "24 hours"),
    ("Who is the foreign minister travelling with Kim?", 1, "Choe Son Hui"),
    ("On what day did Kim cross the border into China?", 2, "Tuesday"),
    ("Why is the train slow-moving?", 3, "its heavy protection"),
    ("How many troops has North Korea sent to Russia?", 4, "around 15,000 troops"),
])
def test_short_answers_from_evidence(question, evidence_index, expected):
    a = Answerer(EVIDENCE)
    ev = [EVIDENCE[evidence_index]] + [e for i, e in enumerate(EVIDENCE) if i != evidence_index]
    assert a.answer(question, ev, [5.0] + [1.0] * (len(ev) - 1)) == expected


def test_abstains_when_evidence_misses_the_question():
    a = Answerer(EVIDENCE)
    assert a.answer("How much did the submarine cost the navy?", [EVIDENCE[5]], [0.5]) is None
    assert a.answer("How fast is the train?", [], []) is None


def test_untyped_question_answers_from_the_best_sentence():
    a = Answerer(EVIDENCE)
    got = a.answer("What is the train like?", [EVIDENCE[3]], [2.0])
    assert got and got in EVIDENCE[3]


def test_answer_window_is_what_the_question_does_not_say():
    from summarize.qa.answer import answer_window, key_terms

    text = "The parade is expected to feature China's latest weaponry, such as aircraft, tanks, and drones."
    assert answer_window(text, set(key_terms("What weaponry will China feature?"))) == "aircraft, tanks, and drones"
    assert answer_window(text, set(key_terms("Who won the election?"))) is None


def test_when_inside_a_question_does_not_make_it_a_date_question():
    assert question_kind("What was Kim wearing when he stepped off the train?") == "other"
    assert question_kind("When did the train arrive?") == "date"


@pytest.mark.parametrize("question,evidence,expected", [
    # A nationality adjective is not a person.
    ("Which lawmaker spoke after the briefing?",
     ["The South Korean lawmaker Lee Seong Kweun spoke after the briefing."], "Lee Seong Kweun"),
    # Relatives share family names with the person the question names.
    ("Who is Kim Jong Un's sister?",
     ["Kim Jong Un travelled with his powerful sister Kim Yo Jong to Beijing.", "Kim Jong Un arrived in Beijing."],
     "Kim Yo Jong"),
    # "the name of" a role asks for a person.
    ("What is the name of North Korea's foreign minister?",
     ["North Korean officials said foreign minister Choe Son Hui was on the train."], "Choe Son Hui"),
    # A place right after the question's own verb.
    ("Which city did the minister leave on Monday?", ["The minister left Madrid on Monday for talks."], "Madrid"),
    # Number words and glued units.
    ("How long has she been in power?", ["She marked the end of her 14-year rule in power on Friday."], "14-year"),
])
def test_typed_answers(question, evidence, expected):
    a = Answerer(evidence)
    assert a.answer(question, evidence, [2.0] + [1.0] * (len(evidence) - 1)) == expected


def test_rare_question_terms_pull_the_answer_towards_them():
    # "crossed" and "border" are the rare, telling terms, and the day that follows them is theirs.
    evidence = ["Kim left Pyongyang for Beijing on Monday and crossed the Chinese border first thing on Tuesday morning."]
    a = Answerer(evidence + ["Kim met officials in China.", "China hosted the summit.", "Kim spoke."])
    assert a.answer("When did Kim cross the Chinese border?", evidence, [3.0]) == "Tuesday"
    assert a.answer("When did Kim leave Pyongyang for Beijing?", evidence, [3.0]) == "Monday"


def test_thousands_separators_do_not_end_an_answer_window():
    from summarize.qa.answer import answer_window, key_terms

    text = "Maximum propulsion of the new engine is 1,960 kN, KCNA said."
    assert "1,960 kN" in answer_window(text, set(key_terms("What is the maximum propulsion of the engine?")))
