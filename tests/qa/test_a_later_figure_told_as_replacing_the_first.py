"""A later article's figure supersedes the first when asked where it ended ("final valuation", "in all"), though the
later article also writes the first figure, when its sentence tells its figure as replacing it ("raised it to a final
£560,000", "the 8 May date first promised": ``answer._supersedes``); two figures side by side do not."""
import pytest

from summarize import Corpus
from summarize.qa.answer import FEATURES, Candidate, _supersedes
from summarize.qa.question import parse

ARTICLES = {
    "a1.txt": "date 2062-03-09\n\nBronze statue found in river valued\n\nA panel of experts set a provisional value of "
              "£510,000 on the Roman bronze statue found in the River Saffel, the museum said.\n\nThe museum hopes to "
              "raise the money to keep it in the county.\n",
    "a2.txt": "date 2062-05-22\n\nStatue price rises\n\nThe valuation panel, which put a provisional figure of "
              "£510,000 on the statue in March, raised it to a final £560,000 on Friday after a second expert's "
              "report.\n\n"
              "The museum's appeal has so far raised £200,000.\n",
}


@pytest.fixture
def corpus(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    return Corpus.from_paths(sorted(tmp_path.glob("*.txt")))


def test_the_final_figure_answers_and_the_first_is_kept_for_a_question_of_the_first(corpus):
    assert corpus.ask("What is the statue's final valuation?").answer == "£560,000"
    assert corpus.ask("What provisional value did the panel first put on the statue?").answer == "£510,000"


@pytest.mark.parametrize("question, moment", [
    ("How many volunteers were hurt in all?", "last"),
    ("What is the statue's final valuation?", "last"),
    ("According to the final figures, how deep was the shaft?", "last"),
    ("How many people live in all three towns?", ""),
    ("What share of members backed the final deal?", ""),
])
def test_a_figure_asked_where_it_ended(question, moment):
    assert parse(question).moment == moment


def _candidate(text, sentence):
    return Candidate(text, f"x:{text}", tuple([1.0] * len(FEATURES)), ("a",), 0.5, sentence, ("a",))


@pytest.mark.parametrize("sentence, rival, best, supersedes", [
    ("The panel raised it to a final £560,000 on Friday.", "£560,000", "£510,000", True),
    ("The ferry finally returned on 9 June, a month after the 8 May date first promised.", "9 June", "8 May", True),
    ("Fares cover 31% of costs now and will cover 34% next year.", "34%", "31%", False),
])
def test_a_rival_told_as_replacing_the_best(sentence, rival, best, supersedes):
    assert _supersedes(_candidate(rival, sentence), _candidate(best, sentence)) is supersedes
