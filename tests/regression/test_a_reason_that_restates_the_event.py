"""Regression (issue #11, found on tests/data/fresh_news17): "What caused the sinkhole to open?" was answered with the
clause after "after" that tells the sinkhole opening ("... remains sealed off after a sinkhole opened beneath a bus").
A clause that holds every term of the event asked about restates it and is no cause. (A reason read after ", saying"
without "that" was tried and dropped: it cost a held-out MultiLing answer.)"""
import pytest

from summarize import Corpus

# Each story: the question, words the answer holds, words it may not hold, and its articles.
RESTATED = {
    "landslide": ("What caused the landslide to happen?", "heavy rain", ("cliff path",), {
        "a": "date 2031-05-02 Road shut\nThe coast road at Pellow remains closed after a landslide happened beneath the "
             "cliff path on Sunday night. Geologists said the landslide had been triggered by three weeks of heavy rain "
             "soaking the clay."}),
    "blackout": ("What caused the power cut to spread?", "a fire", ("valley",), {
        "a": "date 2031-05-02 Lights out\nThousands of homes were left in the dark as the power cut spread across the "
             "valley on Tuesday. The operator said the outage was caused by a fire at the Harlow substation."}),
    "flood": ("What caused the basement to flood?", "storm drain", ("overnight",), {
        "a": "date 2031-05-02 Museum closes\nThe Tarn Museum shut its doors on Friday after the basement flooded "
             "overnight. Staff said the flooding was blamed on a blocked storm drain behind the building."}),
}
@pytest.mark.parametrize("name", sorted(RESTATED))
def test_the_reason_is_the_cause_not_the_event_again(name):
    question, holds, never, articles = RESTATED[name]
    answer = Corpus.from_texts(articles).ask(question, min_confidence=0.0).answer
    assert answer is not None and holds in answer
    assert not any(w in answer for w in never)

