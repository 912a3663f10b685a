"""The table of related words (summarize/text/senses.txt, from WordNet by scripts/build_senses.py)."""
import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.text.senses import (has_length, is_organisation, is_person, kind_of, kinds, light_stem, look_up, neighbours,
                                   read_table, related, related_to_any, value_kind)


@pytest.mark.parametrize("a, b", [
    ("bribes", "payments"),  # a kind of
    ("blaze", "fire"),
    ("hurt", "injured"),  # one sense
    ("taking", "accepted"),
    ("inquiry", "investigation"),
    ("took", "accept"),  # an irregular form is its verb
    ("died", "perished"),  # a past of a short verb keeps its "e" ("died" is "die", not "di")
    ("tried", "attempted"),  # "-ied" is "-y"
])
def test_words_of_one_sense_are_related_both_ways(a, b):
    assert related(light_stem(a), light_stem(b)) and related(light_stem(b), light_stem(a))


@pytest.mark.parametrize("a, b", [
    ("won", "lost"),
    ("barn", "mill"),
    ("rose", "fell"),
    ("opened", "closed"),
    ("arrested", "released"),
])
def test_opposites_and_neighbours_are_not_related(a, b):
    assert not related(light_stem(a), light_stem(b))


def test_a_stem_meets_itself_even_outside_the_table():
    assert related("zorvex", "zorvex") and not related("zorvex", "fir")


def test_neighbours_are_read_both_ways_and_leave_the_stem_out():
    # The table relates a word to its hypernym's words: "ship" lists "vessel", and "vessel" meets "ship" back.
    assert "ship" in neighbours(light_stem("vessels")) and "vessel" in neighbours(light_stem("ships"))
    assert light_stem("ships") not in neighbours(light_stem("ships"))
    assert neighbours("qzxv") == frozenset()


@pytest.mark.parametrize("a, b", [("died", "die"), ("dies", "die"), ("used", "use"), ("tried", "try"),
                                  ("carried", "carry"), ("closed", "close"), ("agreed", "agree")])
def test_a_past_and_its_verb_have_one_stem(a, b):
    assert light_stem(a) == light_stem(b)


@pytest.mark.parametrize("a, b", [("needed", "need"), ("needs", "need"), ("speeding", "speed"), ("proceeded", "proceed"),
                                  ("exceeds", "exceed")])
def test_a_verb_in_eed_and_its_forms_have_one_stem(a, b):
    # the table's stems are its words' own ("need" -> "nee"): "were needed" meets "necessary" as "need" does
    assert light_stem(a) == light_stem(b)
    assert related(light_stem("needed"), light_stem("necessary"))


_STEMS = [light_stem(w) for w in "bribes payments blaze fire hurt injured vessel ship ships took accept zorvex barn mill".split()]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_STEMS), st.frozensets(st.sampled_from(_STEMS), max_size=6))
def test_related_to_any_is_related_to_one_of_them(a, others):
    assert related_to_any(a, others) == any(related(a, b) for b in others)


def test_related_to_any_reads_the_table_both_ways():
    # "vessel" lists no "ship" of its own, "ship" lists "vessel": asked either way round, they meet
    assert related_to_any(light_stem("vessels"), frozenset({light_stem("ships"), "zorvex"}))
    assert related_to_any(light_stem("ships"), frozenset({light_stem("vessels")}))
    assert not related_to_any(light_stem("barn"), frozenset({light_stem("mill"), light_stem("fire")}))


@pytest.mark.parametrize("word, person", [
    ("nurses", True), ("fishermen", True),  # an irregular plural is its noun
    ("pilgrim", True), ("burglars", True),
    ("people", False),  # a group, not a kind of person
    ("ships", False), ("coins", False), ("hospital", False),
])
def test_nouns_that_name_a_kind_of_person(word, person):
    assert is_person(light_stem(word)) == person


@pytest.mark.parametrize("word, long", [
    ("cable", True), ("runway", True), ("tunnel", True), ("gondola", True),
    ("network", True),  # by its second sense, a system of wires or pipes
    ("pipe", True),  # read by its noun of the most senses, not "pip" nor "piping"
    ("strike", False), ("ban", False), ("alert", False), ("meeting", False),  # they last: an act, a state, a gathering
    ("stay", False),  # an act first, though "stays" is a garment
    ("nurse", False), ("whale", False),  # a living thing: how long it did something
])
def test_nouns_that_name_a_thing_with_a_length(word, long):
    assert has_length(light_stem(word)) == long


@pytest.mark.parametrize("word, organisation", [
    ("committee", True), ("firm", True), ("insurers", True),
    ("house", True), ("panel", True),  # by their second sense: a business firm, a committee
    ("plant", False), ("gallery", False), ("nurse", False), ("river", False),
])
def test_nouns_that_name_a_kind_of_organisation(word, organisation):
    assert is_organisation(light_stem(word)) == organisation


def test_a_kind_of_a_kind_is_a_kind():
    # a pistol is a firearm and a firearm a gun: two steps up, where one step does not reach
    assert not related(light_stem("pistol"), light_stem("gun"))
    assert kind_of(light_stem("pistol"), light_stem("gun"))
    assert kind_of(light_stem("drug"), light_stem("medicine"))
    assert not kind_of(light_stem("ship"), light_stem("bucket"))  # siblings under "vessel" are no kinds of each other


@pytest.mark.parametrize("thing, kind", [
    ("tanker", "vessel"),  # tanker -> cargo ship -> ship -> vessel: three steps
    ("ferries", "vessels"),  # a noun no tagged text uses as one (WordNet's order of its senses tells nothing)
    ("lorry", "vehicle"),  # lorry -> truck -> motor vehicle -> self-propelled vehicle -> wheeled vehicle -> vehicle
    ("rifles", "weapons"),
    ("hospital", "building"),
])
def test_a_noun_is_a_kind_of_what_it_is_a_few_steps_down_from(thing, kind):
    assert kind_of(light_stem(thing), light_stem(kind)) and not kind_of(light_stem(kind), light_stem(thing))


@pytest.mark.parametrize("thing, general", [
    ("tanker", "artifact"), ("ship", "object"), ("truck", "entity"), ("minister", "person"), ("charity", "organization"),
])
def test_the_most_general_nouns_are_no_kinds(thing, general):
    # depth stops the climb: a thing is not "which object" or "which organisation" by WordNet alone
    assert light_stem(general) not in kinds(light_stem(thing))
    assert not kind_of(light_stem(thing), light_stem(general))


def test_an_instance_lends_no_kind_to_a_common_noun():
    # "Mill" the philosopher is an instance, no sense of the noun "mill"
    assert "philosopher" not in kinds(light_stem("mill")) and "plant" in kinds(light_stem("mill"))


_KEYS = st.text(alphabet="abcz", min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_KEYS, st.text(alphabet="xy ", max_size=5)), _KEYS)
def test_a_look_up_finds_what_a_dict_of_the_lines_holds(table, key):
    # a line of the key alone ("") and a key that prefixes another ("ab" / "abc") are found as themselves
    block = "\n".join(k if v == "" else f"{k}\t{v}" for k, v in sorted(table.items()))
    assert look_up(block, key) == table.get(key)


def test_a_table_file_is_a_header_and_blocks_of_lines(tmp_path):
    path = tmp_path / "table.txt"
    path.write_text('{"steps":2}\n\nant\tinsect\nbee\tinsect\n\nant\n', encoding="utf-8")
    header, (words, alone) = read_table(path)
    assert header == {"steps": 2} and look_up(words, "bee") == "insect" and look_up(alone, "ant") == ""
    assert look_up(words, "cat") is None and look_up(alone, "bee") is None


@pytest.mark.parametrize("noun, kind", [
    ("rise", "percent"),  # "a 4% rise": its own figures
    ("bonus", "money"),
    ("sentence", "duration"),
    ("cost", "money"),  # none of its own: its related words' ("price", "value")
])
def test_the_kind_of_figure_news_attaches_to_a_noun(noun, kind):
    assert value_kind(light_stem(noun)) == kind


def test_a_noun_of_no_figures_has_no_kind():
    assert value_kind(light_stem("umbrella")) == ""
