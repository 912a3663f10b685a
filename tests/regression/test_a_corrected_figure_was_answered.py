"""A figure set right after another as the one it corrects ("228 metres short, not the 150 metres first estimated")
was answered in place of the figure that stands (the corrected one only nearly fits the question)."""
from summarize import Corpus


def test_the_figure_that_corrects_another_answers():
    corpus = Corpus.from_texts({"a": "Cycle race route came up short\nThe Hollow Post, Brinmoor, 4 June 2091\n\n"
                                     "The organisers now say the route was 310 metres short, not the 190 metres they "
                                     "first estimated, after checking the riders' GPS data.\n"})
    assert corpus.ask("How far short was the route?").answer == "310 metres"
