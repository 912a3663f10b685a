"""Regression (issue #11, found on tests/data/fresh_news17): "Until when does the company now expect the ban to stay in
place?" was answered with the day the ban came into force, and the day it was expected to last to ("likely to last
until at least October") was not read as a day at all. News hedges a forecast between the preposition and its month
("until at least October", "from as early as May"); and "until when" asks when a thing ends, told after "until",
"to" or "through", never the day told as its start ("comes into force at 00:01 on Friday", "from Monday")."""
import pytest

from summarize import Corpus

# Each story: the question, words the answer holds, words it may not hold, and its articles.
STORIES = {
    "bridge": ("Until when will the bridge stay closed?", "June", ("10 March", "Monday"), {
        "a": "date 2031-03-10 Bridge shut\nThe Kelby bridge closed to traffic from 6am on Monday 10 March for repairs "
             "to its deck. The council now says the bridge will stay closed until at least June."}),
    "curfew": ("Until when will the curfew remain in force?", "20 March", ("8 March", "Saturday"), {
        "a": "date 2031-03-10 Curfew\nA night curfew came into force at 22:00 on Saturday 8 March across the capital. "
             "Officials said the curfew would remain in force until 20 March, when it will be reviewed."}),
    "pool": ("Till when is the pool expected to stay shut?", "April", ("February",), {
        "a": "date 2031-03-10 Pool shut\nThe Marsh Lane pool has been shut since 3 February after cracks were found in "
             "its tank. Managers expect it to stay shut until the end of April."}),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_until_when_is_answered_with_the_end(name):
    question, holds, never, articles = STORIES[name]
    answer = Corpus.from_texts(articles).ask(question).answer
    assert answer is not None and holds in answer
    assert not any(w in answer for w in never)
