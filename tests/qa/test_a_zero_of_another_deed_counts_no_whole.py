"""A count of none answers a "how many" question only where it can be answered zero: "No member has been fined"
tells how many members were fined, not how many the club has; "The club has no members" or a zero of the deed asked
("No member was fined") still answers (``answer._zero_mentions``, ``_HELD_ZERO_RE``). Invented news."""
import pytest

from ..conftest import candidate_feature

_FINED = ("No member has been fined by the rowing club since the flood, its treasurer said.",
            "The club was founded in 1921 on the east bank.")


def _fits(sentences: tuple[str, ...], question: str) -> dict[str, float]:
    """Each candidate's exact type fit."""
    return candidate_feature(sentences, question, "type_exact")


def test_a_zero_subject_of_another_deed_is_no_count_of_how_many_there_are():
    assert "No member" not in _fits(_FINED, "How many members does the rowing club have?")


@pytest.mark.parametrize("sentences, question", [
    (_FINED, "How many members has the rowing club fined?"),
    (("The rowing club has no members left after the flood, its treasurer said.",),
     "How many members does the rowing club have?"),
    (("There were no members at the rowing club's meeting on Monday.",), "How many members does the rowing club have?"),
])
def test_a_zero_told_as_held_or_of_the_deed_asked_still_answers(sentences, question):
    assert _fits(sentences, question).get(next(t for t in _fits(sentences, question) if t.lower().startswith("no"))) \
        == 1.0
