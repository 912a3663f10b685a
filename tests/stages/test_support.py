import pytest

from summarize.stages.dedup import group_sentences
from summarize.stages.support import (
    containment,
    name_keys,
    paraphrase_pairs,
    with_support,
)

from ..conftest import make_groups


def supported(*texts_by_doc):
    return with_support(make_groups(*texts_by_doc))


def test_light_paraphrase_adds_a_supporter():
    a, b, c = supported(
        ("a", "Kim left the North Korean capital Pyongyang for Beijing on Monday and crossed the Chinese border first thing on Tuesday morning."),
        ("b", "Kim left Pyongyang for China on Monday and crossed into China early Tuesday morning, state media said."),
        ("c", "Xi told the summit that instability had increased in the last decade."))
    assert a.supporters == ("b",) and a.sources == ("a", "b")
    assert b.supporters == ("a",)
    assert c.supporters == () and c.sources == ("c",)


@pytest.mark.parametrize("x, y", [
    # same topic, different fact
    ("Before crossing into China, Kim on Monday visited a missile laboratory researching engines.",
     "Kim left Pyongyang for China on Monday on his armoured train."),
    # same words, a different number
    ("Mr Kim will join 25 other world leaders at the parade in Beijing.",
     "Mr Kim will join 26 other world leaders at the huge parade in Beijing, officials said."),
    # same frame, different people
    ("Mr Putin arrived in China on Sunday to attend the Shanghai Cooperation Organisation summit.",
     "World leaders are in China for the Shanghai Cooperation Organisation summit, which brings together ten members."),
    # a running count that grew between reports: both can be true, but neither states the other
    ("Rescuers said the quake, which struck the valley on Monday, killed at least 40 people.",
     "The number of people killed in Monday's quake in the valley has risen to 112, rescuers said."),
    # figures of different kinds only: each states its own
    ("The national agency put the quake's magnitude at 6.1.",
     "The toll from the quake has risen to 112, the national agency said on Tuesday."),
    # one measure counted in other nouns with other figures: neither states the other's
    ("About 30 houses were destroyed by the lava in the hamlet of Las Brisas, officials said.",
     "Officials said 63 buildings had been swallowed by the lava in the hamlet of Las Brisas."),
    # only the places are shared: what is said of them differs
    ("The railway between Hallam and Cowley will stay closed until Friday.",
     "Trains between Hallam and Cowley are being replaced by buses."),
])
def test_different_facts_get_no_support(x, y):
    groups = supported(("a", x), ("b", y))
    assert all(g.supporters == () for g in groups)


def test_same_document_never_supports_itself_and_groups_are_not_counted_twice():
    groups = supported(("a", "Kim left Pyongyang for China on Monday and crossed into China early Tuesday."),
                       ("a", "Kim left the capital Pyongyang for Beijing on Monday and crossed the border on Tuesday."))
    assert all(g.supporters == () for g in groups)


def test_support_is_not_transitive():
    # b paraphrases a and c, but a and c alone share too little to support each other.
    s = [("a", "The armoured train crossed the border into China early on Tuesday morning."),
         ("b", "The armoured train crossed the border into China early on Tuesday, reaching Beijing by night."),
         ("c", "The train reached Beijing late on Tuesday night after a slow journey.")]
    pairs = {(i, j) for i, j, _ in paraphrase_pairs([g.representative for g in make_groups(*s)])}
    assert pairs == {(0, 1), (1, 2)}
    a, b, c = with_support(make_groups(*s))
    assert (a.supporters, b.supporters, c.supporters) == (("b",), ("a", "c"), ("b",))


def test_containment_and_name_keys():
    assert containment(["a", "b"], ["a", "b", "c"], {}) == 1.0
    assert containment(["a", "b"], ["c"], {}) == 0.0
    assert containment([], ["c"], {}) == 0.0
    assert name_keys("Kim met Chinese officials in Beijing.") == {"chin", "beij"}


@pytest.mark.parametrize("option", ["threshold", "min_containment", "min_names"])
def test_bad_settings_are_rejected(option):
    with pytest.raises(ValueError, match=option):
        list(paraphrase_pairs([g.representative for g in make_groups(("a", "x y z"), ("b", "x y z"))], **{option: 1.5}))


def test_corpus_groups_carry_supporters(seeds):
    crossed = next(g for g in seeds.groups if g.text.startswith("Kim left the North Korean capital Pyongyang"))
    assert "001_d08085707fdcdf0c" in crossed.sources
    assert set(crossed.supporters).isdisjoint(m.doc_id for m in crossed.members)
    # Supporters only add sources; the near-duplicate groups are the same as dedup's.
    plain = group_sentences(seeds.sentences, threshold=seeds.threshold)
    assert [g.members for g in plain] == [g.members for g in seeds.groups]


def test_a_figure_in_a_relative_aside_does_not_keep_the_main_fact_apart():
    # the fact both tell (the party quit the coalition over the subsidy cut on Sunday) is in each; one gives
    # a sum only inside its "whose" aside, the other a count in its main clause
    aside = ("The farmers' party, whose leader quit the coalition on Sunday over a 1.8 billion crown cut to the diesel "
             "subsidy, will campaign alone.")
    main = "The farmers' party pulled its 18 deputies out of the coalition on Sunday over the cut to the diesel subsidy."
    plain = "The farmers' party put the cost of the cut to the diesel subsidy at 1.8 billion crowns on Sunday."
    linked, = supported(("a", aside), ("b", main))[:1]
    apart, = supported(("a", plain), ("b", main))[:1]
    assert (linked.supporters, apart.supporters) == (("b",), ())
