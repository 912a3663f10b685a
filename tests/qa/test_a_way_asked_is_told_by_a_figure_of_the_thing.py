"""A distance question that asks the way its distance runs ("How tall was the mast?") reads its head "tall" as said by
a figure told along that way in other words ("stood 87 metres high", "350 kilometres above the sea"), as a "how far"
question, the kind the weights were fitted on, names no way (``_way_heads``); a figure along another way ("12 metres
below the promenade") or of no way ("the 4.1-mile tunnel", its length) says no such thing. Before, such a right answer
read half the head terms and was withheld. Invented news."""
import pytest

from summarize.corpus import Corpus
from summarize.model import Group, Scored, Sentence
from summarize.qa.answer import Answerer
from summarize.qa.question import parse

_MAST = ("The radio mast, which stood 87 metres high on Brack Hill, came down in the storm on Friday.",)
_PROBE = ("The probe was released about 350 kilometres above the sea, the agency said.",)
_WALL = ("Engineers said the old harbour pipe runs 12 metres below the promenade.",)
_TUNNEL = ("Work on the 4.1-mile tunnel under the Corrow estuary stopped on Monday after a roof fall.",)


def _heads(sentences: tuple[str, ...], question: str) -> dict[str, float]:
    scored = [Scored(Group(k, s, (s,)), 5.0 - k) for k, s in
              enumerate(Sentence("a1", k, t, 0, len(t)) for k, t in enumerate(sentences))]
    return {c.text: c.feature("heads") for c in Answerer(list(sentences)).pick(parse(question), scored).candidates}


@pytest.mark.parametrize("sentences, question, figure", [
    (_MAST, "How tall was the radio mast?", "87 metres"),
    (_PROBE, "How high was the probe when it was released?", "350 kilometres"),
])
def test_a_figure_told_along_the_way_asked_says_it(sentences, question, figure):
    assert _heads(sentences, question)[figure] == 1.0


@pytest.mark.parametrize("sentences, question, figure", [
    (_WALL, "How high is the promenade?", "12 metres"),
    (_TUNNEL, "How deep is the tunnel under the estuary?", "4.1-mile"),
])
def test_a_figure_of_another_way_or_none_leaves_the_way_unsaid(sentences, question, figure):
    assert _heads(sentences, question)[figure] < 1.0


def test_the_figure_told_along_the_way_answers():
    corpus = Corpus.from_texts({"a": " ".join(_MAST), "b": " ".join(_TUNNEL)})
    assert corpus.ask("How tall was the radio mast on Brack Hill?").answer == "87 metres"
