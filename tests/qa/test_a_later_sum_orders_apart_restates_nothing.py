"""A figure asked as it stands now is superseded by a later article's figure of the same measure (``latest_first``),
but not by one more than ``MAX_RATIO`` apart: a price is not restated by the sum a service earned."""
from summarize import Corpus
from summarize.qa.answer import _orders_apart


def _corpus(tmp_path):
    (tmp_path / "a1.txt").write_text(
        "date 2031-03-02\n\nPermit office faces backlog\n\n"
        "The standard adult fishing permit fee is £42.50.\n\n"
        "Anglers have complained of waits of up to ten weeks for a permit this spring.\n")
    (tmp_path / "a2.txt").write_text(
        "date 2031-03-20\n\nPermit office backlog grows\n\n"
        "The standard adult fishing permit fee rose in January, and the express service earned £9m in the "
        "three months to March, according to the office's accounts.\n\n"
        "Anglers say the waits have grown longer still.\n")
    return Corpus.from_paths(sorted(tmp_path.glob("*.txt")))


def test_a_price_asked_now_is_not_superseded_by_a_sum_orders_apart(tmp_path):
    assert _corpus(tmp_path).ask("What does a standard adult fishing permit cost now?").answer == "£42.50"


def test_orders_apart_reads_the_figures_of_two_candidates():
    class C:
        def __init__(self, text):
            self.text = text
    assert _orders_apart(C("£42.50"), C("£9m"))
    assert not _orders_apart(C("£42.50"), C("£46"))
    assert not _orders_apart(C("£42.50"), C("none"))
