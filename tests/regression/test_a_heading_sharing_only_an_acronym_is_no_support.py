"""Regression: when "U.S." was read as two terms ("u", "s"), a short heading inside an article
("Germany tops the U.S.") shared most of its content with any sentence naming the U.S. and was
counted as a paraphrase of one, raising that sentence's support (MultiLing M000, docs/summaries.md).
A dotted acronym is one term, so the heading shares one term of three and supports nothing."""
from summarize.stages.support import with_support

from ..conftest import make_groups


def test_a_heading_sharing_only_an_acronym_is_no_support():
    first = ["Pledges of aid doubled on Saturday to nearly two billion dollars.", "Germany tops the U.S.",
             "Norway raised its pledge to 180 million dollars.",
             "The death toll is expected to climb as disease spreads."]
    second = ["U.S. citizens who give to flood relief this month may deduct the gifts from last year's taxes.",
              "The law was passed quickly by both chambers.", "Charities say giving has been strong."]
    groups = with_support(make_groups(*[("a", t) for t in first], *[("b", t) for t in second]))
    assert all(g.supporters == () for g in groups)
