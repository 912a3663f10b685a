"""A question an article asks (an explainer's heading, a rhetorical question) is no evidence for
itself: its match points to the sentences that answer it (``retrieve.answered``, ``Headings``)."""
import numpy as np

from summarize import Corpus
from summarize.qa.question import parse
from summarize.qa.retrieve import Headings, asked_in, layout
from summarize.text.tokens import writer_asks

# An invented ferry explainer: each heading asks, the paragraph under it answers in other words.
EXPLAINER = """Ferry grounding: your questions answered

The Pellow Gazette
By Tamsin Orr | Thursday, 4 November 2027

The Skerrin Star ran aground on Tuesday night. Here is what readers have asked us.

Who runs the ferry service?
Brellick Marine, which took over the island route in 2019 from the county council. It carries about 90,000 passengers a year.

How many people were on board?
Forty-two passengers and a crew of seven. All of them were taken off by lifeboat before dawn.

Why did it hit the rocks? Nobody knows yet. The coastguard says the tide was low and the fog thick.

When will sailings restart?
Not before Monday, the operator says.
"""

NEWS = """Ferry runs aground off Skerrin

Coastguard crews worked through the night after the Skerrin Star struck rocks near the harbour mouth.
The vessel was listing but stable on Wednesday, a spokesman said.
"Why did nobody warn us?" one islander asked. The harbour master said warnings had been issued at noon.
Police appealed for witnesses: "Did you see the boat leave? Was anyone with the skipper? Please call us."
"""


def _layout(corpus: Corpus) -> dict[str, tuple[str, ...]]:
    """Each sentence's text with the texts of the questions it answers."""
    where = layout(corpus.groups, corpus.paragraphs)
    return {g.text: tuple(corpus.groups[i].text for i in where.answered[g.id]) for g in corpus.groups}


def test_a_question_the_writer_asks_is_told_from_a_quoted_one():
    assert writer_asks("Who runs the ferry service?")
    assert writer_asks("Why did it hit the rocks?")
    assert not writer_asks('"Why did nobody warn us?" one islander asked.')
    assert not writer_asks('"Why did nobody warn us?"')
    assert not writer_asks("Brellick Marine took over the route in 2019.")


def test_a_question_inside_quoted_speech_asks_nothing():
    corpus = Corpus.from_texts({"explainer": EXPLAINER, "news": NEWS})
    asks = {g.text for g in corpus.groups if corpus.layout.asks[g.id]}
    assert asks == {"Who runs the ferry service?", "How many people were on board?", "Why did it hit the rocks?",
                    "When will sailings restart?"}
    assert "Was anyone with the skipper?" in {g.text for g in corpus.groups}


def test_a_heading_is_answered_by_the_paragraph_under_it_up_to_the_next_question():
    corpus = Corpus.from_texts({"explainer": EXPLAINER, "news": NEWS})
    under = _layout(corpus)
    owner = ("Who runs the ferry service?",)
    assert under["Brellick Marine, which took over the island route in 2019 from the county council."] == owner
    assert under["It carries about 90,000 passengers a year."] == owner
    assert under["Forty-two passengers and a crew of seven."] == ("How many people were on board?",)
    # a question inside a paragraph is answered by the rest of that paragraph
    assert under["Nobody knows yet."] == ("Why did it hit the rocks?",)
    assert under["Not before Monday, the operator says."] == ("When will sailings restart?",)
    # sentences before any question, the questions themselves and quoted speech answer none
    assert under["The Skerrin Star ran aground on Tuesday night."] == ()
    assert under["How many people were on board?"] == ()
    assert under["The harbour master said warnings had been issued at noon."] == ()


def test_without_paragraphs_a_question_is_answered_up_to_the_next_one():
    corpus = Corpus.from_texts(["Who pays? The council does. It said so on Monday. Why? Costs rose."])
    groups = corpus.groups
    asks, answered = asked_in(groups)
    assert [g.text for g, a in zip(groups, asks) if a] == ["Who pays?", "Why?"]
    found = {g.text: tuple(groups[i].text for i in a) for g, a in zip(groups, answered)}
    assert found["The council does."] == found["It said so on Monday."] == ("Who pays?",)
    assert found["Costs rose."] == ("Why?",)


def test_a_heading_passes_its_score_to_its_answers_only_when_it_shares_a_term_asked():
    texts = ["Who runs the ferry?", "Brellick Marine does.", "How many sailed?", "Forty-two."]
    where = layout(Corpus.from_texts(["\n".join(texts)]).groups)
    headings = Headings.of(texts, where)
    scores = np.array([2.0, 0.5, 1.0, 0.0])
    moved = headings.moved(scores, parse("Which company runs the ferry?"))
    assert moved.tolist() == [0.0, 2.5, 0.0, 0.0]
    # "How many" alone is no shared term: the heading's score is dropped, not passed on
    assert headings.moved(scores, parse("How many cars were carried?")).tolist() == [0.0, 0.5, 0.0, 0.0]


def test_an_explainers_answer_is_read_from_under_its_heading():
    corpus = Corpus.from_texts({"explainer": EXPLAINER, "news": NEWS})
    answer = corpus.ask("Which company operates the ferry service?")
    assert answer.answer == "Brellick Marine"
    assert not any(writer_asks(e.text) for e in answer.evidence)
    assert corpus.ask("How many people were on board the ferry?").evidence[0].text.startswith("Forty-two passengers")
    assert all(not writer_asks(e.text) for e in corpus.search("Who runs the ferry service?", top_k=5))
