"""Regression (issue #12, recall; found on fresh text the integrator wrote, a bribery trial): a
prison term told with two verbs of one act ("was sentenced to six years in prison" / "was jailed
for five years") was never compared, as durations needed a measuring word in common. Verbs of one
act (``conflicts._ACTS``) measure one term; a term and an unrelated span of time still do not."""
from summarize import Corpus


def _values(first: str, second: str):
    return [sorted(s.value for s in c.sides) for c in Corpus.from_texts({"a": first, "b": second}).conflicts()]


def test_a_term_told_as_sentenced_and_as_jailed_is_one_fact():
    assert _values("A former city councillor was sentenced on Thursday to six years in prison for taking bribes "
                   "from developers, a court in Northby ruled.",
                   "Colin Marsh, a former Northby city councillor, was jailed for five years on Thursday after a jury "
                   "found him guilty of accepting $250,000 in bribes.") == [["five years", "six years"]]


def test_a_term_and_another_span_are_not():
    assert _values("A former councillor was sentenced on Thursday to six years in prison for taking bribes.",
                   "Colin Marsh, a former councillor, had served on the zoning board for five years.") == []
