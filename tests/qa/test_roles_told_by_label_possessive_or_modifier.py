"""The role a who-question asks for and the role a name is given, read in more of the constructions news writes: a
word after a determiner modifies the role after it and is no verb ("the lead auditor" asks for an auditor,
not a leader); an apposition opened by its owner's possessive ("Ann Lee, Acme's former chairman,"); a role as a
label before the name or in brackets after it, as minutes list who took part ("Chair: Councillor Ann Lee"); a month
the question names owns no role (invented sentences and story)."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import _holds_role, _spells
from summarize.qa.question import parse
from summarize.text.names import names, roles


@pytest.mark.parametrize("question, role, absent", [
    ("Who is the lead auditor?", "auditor", "leader"),
    ("Who is the lead negotiator handling the talks?", "negoti", "leader"),
    ("Who leads the union?", "leader", None),
    ("Who drove the van?", "driver", None),
])
def test_a_word_after_a_determiner_is_no_verb_of_a_role(question, role, absent):
    asked = parse(question).roles
    assert role is None or role in asked
    assert absent is None or absent not in asked


def _roles_of(text, name):
    found = next(n for n in names(text) if n.text == name)
    return roles(text, found.start, found.end)


@pytest.mark.parametrize("text, name, role", [
    ("Tomas Greve, Larkfield's former chairman, denied the claim.", "Tomas Greve", "chairman"),
    ("Chair: Councillor Edith Marrow.", "Edith Marrow", "chair"),
    ("Present were Councillor Edith Marrow (Chair) and six members.", "Edith Marrow", "chair"),
])
def test_a_role_told_by_an_owners_apposition_a_label_or_brackets(text, name, role):
    assert role in _roles_of(text, name)


def test_a_name_after_a_role_and_its_preposition_owns_the_role_and_holds_none():
    text = "Nadia Orme, the lead auditor at Quill Partners, said."
    assert "auditor" in _roles_of(text, "Nadia Orme")
    assert not _roles_of(text, "Quill Partners")


def test_an_apposition_of_no_role_gives_none():
    assert not _roles_of("Tomas Greve, Larkfield's oldest resident now, spoke.", "Tomas Greve") - {"resid"}


def test_a_month_asked_owns_no_role():
    text = "Chair: Councillor Edith Marrow."
    found = next(n for n in names(text) if n.text == "Edith Marrow")
    question = parse("Who chaired the planning committee meeting in March?")
    assert _holds_role(text, found.start, found.end, question, None, False) == 1.0


_STORY = {"a1.txt": ("Ferry firm collapses\nCounty Voice, Harle, 12 June 2062\n\n"
                     "Larkfield Ferries went into administration on Tuesday, stranding 4,000 passengers. "
                     "\"We will try to sell the routes,\" Nadia Orme, the lead auditor at Quill Partners, said. "
                     "Ada Pike, who leads the Larkfield Passengers' Group, said the collapse was a shock."),
          "a2.txt": ("Ferry chairman speaks\nHarle Post, Harle, 14 June 2062\n\n"
                     "Tomas Greve, Larkfield's former chairman, denied that the board had been warned. "
                     "Ada Pike, who sat on the board's audit panel, said the board had known for months.")}


def test_the_auditor_not_the_firm_nor_a_chair_answers():
    corpus = Corpus.from_texts(_STORY)
    assert corpus.ask("Who is the lead auditor?").answer == "Nadia Orme"
    assert corpus.ask("Who chaired Larkfield's board?").answer == "Tomas Greve"


_BOARD = {"a1.txt": ("Ferry board warned, union says\nCounty Voice, Harle, 12 June 2062\n\n"
                     "Its general secretary, Ada Pike, says the ferry firm's board was told of the debts in May. "
                     "Tomas Greve, Larkfield's former chairman, rejected that account last month.")}


def test_a_holder_told_in_the_posts_own_title_outranks_one_told_as_any_head():
    # "general secretary" reads as a body's head, which any chair is too; "chairman" is the very post asked
    assert Corpus.from_texts(_BOARD).ask("Who chaired the ferry firm's board?").answer == "Tomas Greve"


@pytest.mark.parametrize("question, title, spelled", [
    ("Which member of parliament wrote to the mill's owners?", "mp", True),
    ("Who is the chief executive officer of the mill?", "ceo", True),
    ("Which minister paid the mill's debts?", "mp", False),  # two words with no small word between spell nothing
    ("Which member made plans for the mill?", "mp", False),
])
def test_a_role_written_out_is_the_short_title_that_abbreviates_it(question, title, spelled):
    assert _spells(question, title, frozenset({"member", "minist", "chief"})) is spelled


def test_a_member_of_parliament_asked_is_the_mp_the_text_names():
    corpus = Corpus.from_texts({"a": "The mill at Caldery will shut in May with the loss of 210 jobs, its owners said. "
                                     "Hallam Reeve, the MP for Caldery North, said he had written to the owners "
                                     "asking them to keep their promises to the town. The mill's manager, Ros "
                                     "Tilney, said the decision was final."})
    assert corpus.ask("Which member of parliament wrote to the mill's owners?").answer == "Hallam Reeve"
