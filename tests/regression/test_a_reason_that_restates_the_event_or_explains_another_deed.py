"""Regression (issue #11, found on tests/data/fresh_news17): "What caused the sinkhole to open?" was answered with the
clause after "after" that tells the sinkhole opening ("... remains sealed off after a sinkhole opened beneath a bus"),
and "Why did the consortium abandon the deal?" with the event again, not the reason its actor gave after a comma
("withdrew from the deal on Friday, saying its checks had found ..."). A clause that holds every term of the event
asked about restates it and is no cause; a participle of saying after a deed gives its actor's reason for that deed,
and for no other ("the agency denied this, saying ..." explains the denial)."""
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
SAYING = {
    "bid": ("Why did the retailer abandon the takeover?", "pension deficit", ("Sunday",), {
        "a": "date 2031-05-02 Bid dropped\nShares in Fenmoor fell on Monday after a takeover bid by a rival collapsed. "
             "Orlan Stores, the retailer that had made the offer, pulled out of the takeover on Sunday, saying the "
             "pension deficit was far larger than disclosed."}),
    "drivers": ("Why did the drivers reject the pay offer?", "inflation", ("timetable", "margin")
                , {"a": "date 2031-05-02 Offer rejected\nBus drivers in Ashby rejected the pay offer by a large margin on "
                        "Wednesday, saying it fell well short of inflation. The company has denied cutting routes, "
                        "saying the timetable change is temporary."}),
    "school": ("Why did the parents boycott the school meeting?", "too late", ("Thursday",), {
        "a": "date 2031-05-02 Meeting boycott\nParents at Kelby Primary boycotted the school meeting on Thursday, "
             "arguing the plans had been sent out too late to read."}),
}


@pytest.mark.parametrize("name", sorted(RESTATED) + sorted(SAYING))
def test_the_reason_is_the_cause_not_the_event_again(name):
    question, holds, never, articles = (RESTATED | SAYING)[name]
    answer = Corpus.from_texts(articles).ask(question, min_confidence=0.0).answer
    assert answer is not None and holds in answer
    assert not any(w in answer for w in never)


def test_a_reason_given_for_another_deed_is_not_the_reason_asked():
    articles = {"a": "date 2031-05-02 Fares\nThe start of the new fares was pushed back to 5 June to retrain ticket "
                     "staff. The union says fare income will pay for a new depot; the agency has denied this, saying "
                     "the depot is paid for from its capital budget."}
    answer = Corpus.from_texts(articles).ask("Why was the start of the new fares pushed back?", min_confidence=0.0).answer
    assert answer is not None and "budget" not in answer
