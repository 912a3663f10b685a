import pytest

from summarize.text.acronyms import AcronymTable, acronyms, defined, fold, runs, spelled_out
from summarize.text.tokens import terms


@pytest.mark.parametrize("written, folded", [("U.N.", "UN"), ("UN", "UN"), ("AT&T", "ATT"), ("N.A.T.O.", "NATO")])
def test_dotted_and_plain_forms_fold_to_one(written, folded):
    assert fold(written) == folded


def test_acronyms_written_in_a_text():
    text = "The U.N. envoy met NTSB staff and a Reuters reporter in Oslo; I saw it."
    assert acronyms(text) == ["UN", "NTSB"]


def test_dotted_forms_are_one_term():
    assert terms("the U.N. said") == terms("the UN said") == ["un"]
    assert terms("U.S. troops") == terms("US troops")
    assert terms("a rise of 3.5 percent") == ["rise", "3.5", "percent"]  # numbers keep their points


def test_the_pronoun_us_is_no_country():
    assert terms("He told us the U.S. would stay") == ["tell", "us", "stay"]
    assert terms("They sent us aid") == ["send", "aid"]


def test_runs_end_at_lower_case_words_punctuation_and_an_owner():
    text = "Kelda Marrow of the Office of Rail Safety's report, said Hannes Brück."
    assert [[w.text for w in r] for r in runs(text)] == [
        ["Kelda", "Marrow", "of", "the", "Office", "of", "Rail", "Safety"], ["Hannes", "Brück"]]


def test_a_bracket_defines_an_acronym_either_way():
    assert list(defined("Staff of the Northern Grain Marketing Board (NGMB) walked out.")) == [
        ("NGMB", tuple(terms("Northern Grain Marketing Board")))]
    assert list(defined("The NGMB (Northern Grain Marketing Board) met.")) == [
        ("NGMB", tuple(terms("Northern Grain Marketing Board")))]
    # letters in another order, as a name translated from another language gives them
    assert list(defined("Fighters of the Popular Liberation Army of Veldra (APLV) fled.")) == [
        ("APLV", tuple(terms("Popular Liberation Army of Veldra")))]


def test_initials_link_an_acronym_to_a_name_written_elsewhere():
    table = AcronymTable.from_texts(["Kelda Marrow of the Office of Rail Safety spoke on Monday.",
                                     "The ORS will publish its findings."])
    assert table.names == {"ORS": frozenset({tuple(terms("Office of Rail Safety"))})}
    # the name is indexed with its acronym; a text without it gets none
    assert table.linked_terms("Kelda Marrow of the Office of Rail Safety spoke.") == ["or"]
    assert table.linked_terms("The ORS will publish its findings.") == []


def test_no_link_when_the_acronym_is_never_written():
    table = AcronymTable.from_texts(["Kelda Marrow of the Office of Rail Safety spoke on Monday."])
    assert table.names == {}
    assert table.linked_terms("the Office of Rail Safety") == []


def test_a_query_asks_for_both_forms():
    table = AcronymTable.from_texts(["Kelda Marrow of the Office of Rail Safety spoke on Monday.",
                                     "The ORS will publish its findings."])
    # a name spelled out asks for its acronym too
    assert table.query_terms("What did the Office of Rail Safety find?") == terms("ORS")
    # an acronym the texts never write asks for the names that spell it
    only_names = AcronymTable.from_texts(["Kelda Marrow of the Office of Rail Safety spoke on Monday."])
    assert only_names.query_terms("Who spoke for the ORS?") == sorted(terms("Office of Rail Safety"))
    assert only_names.query_terms("Who spoke for the XYZ?") == []


def test_the_links_survive_plain_data():
    table = AcronymTable.from_texts(["The Northern Grain Marketing Board (NGMB) met.", "The NGMB said no."])
    again = AcronymTable.from_json(table.to_json())
    assert again.names == table.names
    assert again.linked_terms("the Northern Grain Marketing Board") == ["ngmb"]


def test_a_bracket_whose_name_holds_the_acronym_defines_nothing():
    assert list(defined("Troops from the U.S. Base Harlan (US) left.")) == []


@pytest.mark.parametrize("text, acronym, names", [
    ("The Medicines and Devices Authority (MDA) said on Friday.", "MDA", ["Medicines and Devices Authority"]),
    ("The U.S. Coast Guard and the National Transportation Safety Board met.", "NTSB",
     ["National Transportation Safety Board"]),
    ("The U.S. Coast Guard and the National Transportation Safety Board met.", "USCG", ["U.S. Coast Guard"]),
    ("The Medicines and Devices Authority (MDA) said on Friday.", "NTSB", []),  # no name spells it
])
def test_the_names_an_acronym_spells_are_found_where_they_are_written(text, acronym, names):
    assert [text[a:b] for a, b in spelled_out(text, acronym)] == names
