"""Regression (issue #11, found on tests/data/sides_news12): a side stated in a fact box's line
("Schools closed: 38" under "At a glance:") was dropped by the cleaner as a fragment, so the
disagreement with "52 schools have closed" was never shown (nor "Speed at time of derailment: 25mph" beside
"travelling at roughly 40 mph")."""
from summarize import Corpus
from summarize.model import Block
from summarize.stages.clean import clean, fragment
from summarize.text.values import values


def shown(corpus: Corpus, question: str) -> list[list[str]]:
    """The sides of every disagreement (not update) shown with the answer."""
    return [[s.value for s in c.sides] for c in corpus.ask(question).conflicts if c.kind != "updated"]


def test_a_fact_line_is_kept_and_its_lead_in_dropped():
    lines = ["At a glance:", "Schools closed: 38", "Updated: 10:32", "Port Alder Mercury"]
    kept, dropped = clean([Block("m", k, k + 1, t) for k, t in enumerate(lines)])
    assert [b.text for b in kept] == ["Schools closed: 38"]
    assert fragment("Schools closed") and not fragment("Fuel released: around 2,500 litres")


def test_a_bare_count_after_a_label_counts_the_labels_noun():
    assert [v.noun for v in values("Schools closed: 38")] == ["school"]
    assert [v.noun for v in values("At a glance: 5")] == [""]  # a label that opens with no noun counts nothing


def test_a_side_in_a_fact_line_is_shown():
    corpus = Corpus.from_texts({"blog_1": "11:05 The county council says 52 schools have closed for the day.\n",
                                "mercury_1": "Residents began clearing debris yesterday.\nAt a glance:\n"
                                             "Schools closed: 38\nTrees down: more than 500\n"})
    assert any({"52", "38"} <= set(sides) for sides in shown(corpus, "How many schools were closed?"))
