"""A body asked for by a noun ("Which trust ...?", "Which local authority ...?"), on invented news: news names a body
once and then calls it, more than once, by the head of its name ("the trust", "the council", "the board"), so a sentence that tells
what is asked of "the trust" answers with the trust's name; the noun asked is read as a body though its stem is a
role's ("authority", "author")."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.answer import Answerer
from summarize.qa.question import parse
from summarize.text.descriptions import read_descriptions
from summarize.text.tokens import stem

_TRUST = ("Pool shut after ceiling fall\nValley Courier, Brenholt, 4 March 2041\n\n"
          "Part of the ceiling over the main pool at Orrin Leisure Centre fell in on Sunday night. Nobody was hurt. "
          "Tamsin Crewe, chief executive of Harlow Vale Leisure Trust, said the centre would stay shut for a month. "
          "The council has offered swimmers free entry to its pool in Brenholt. "
          "The trust that operates the centre says damp had weakened the ceiling boards over many years. "
          "The trust will pay for the repairs from its reserves.")
_COUNCIL = ("Flood defences fail in Marrow\nCoast Weekly, Marrow, 11 November 2039\n\n"
            "Sea water poured over the wall at Marrow on Friday, flooding 140 homes along Quay Row. "
            "Ellis Varga, an engineer who advises coastal towns, said the wall had been too low for years. "
            "Dunmore District Council said it had warned residents on Thursday. "
            "The storm surge swamped the council's new pumping station before it had run for a week. "
            "The council will meet on Monday to discuss repairs.")
_BOARD = ("Ferry fares to rise\nIsland Times, Kelsby, 2 June 2036\n\n"
          "Fares on the Kelsby crossing will rise by 8 per cent in July. "
          "Owen Pask, who chairs the Kelsby Harbour Board, said fuel costs had doubled. "
          "A spokesman for the ferry operator, Dunvale Ferries, said timetables were unchanged. "
          "The board that runs the harbour has also raised mooring fees for fishing boats. "
          "The board said the new fees would pay for dredging.")


def _answer(text: str, question: str) -> str | None:
    return Corpus.from_texts({"a1.txt": text}).ask(question).answer


@pytest.mark.parametrize("text, question, answer", [
    (_TRUST, "Which organisation operates the centre?", "Harlow Vale Leisure Trust"),
    (_COUNCIL, "Which local authority had its pumping station swamped?", "Dunmore District Council"),
    (_BOARD, "Which organisation runs the harbour?", "Kelsby Harbour Board"),
])
def test_a_body_called_by_its_head_answers_for_its_name(text: str, question: str, answer: str) -> None:
    assert _answer(text, question) == answer


def test_a_head_noun_stands_for_the_one_name_it_heads_however_far_back() -> None:
    sentences = ["Harlow Vale Leisure Trust runs six pools.", "Tamsin Crewe is its chief executive.",
                 "The pools close on Mondays.", "Swimmers were told on Friday.", "The trust said the roof was safe.",
                 "The Trust will reopen the pool in May.", "The trust has not said what the repairs will cost."]
    table = read_descriptions(sentences).bodies
    assert table[(stem("trust"),)] == "Harlow Vale Leisure Trust"
    # the head capitalised as it is referred to ("the Trust") is no name of its own that the description could stand for
    assert "Trust" not in table.values()


def test_a_question_s_bare_head_is_not_resolved_to_pull_its_retrieval() -> None:
    sentences = ["Harlow Vale Leisure Trust runs six pools.", "The trust said the roof was safe.",
                 "The trust will reopen the pool in May."]
    found = read_descriptions(sentences)
    assert not found.refers("Which engineer disputes the trust's figure?")
    assert [r.name for r in found.refers("The trust said the roof was safe.", bodies=True)] == ["Harlow Vale Leisure Trust"]


def test_a_head_noun_stands_for_no_name_it_does_not_head() -> None:
    sentences = ["The Schools Building Fund gave £2m.", "The school said it was grateful.", "The school reopens in May."]
    assert (stem("school"),) not in read_descriptions(sentences).bodies


@pytest.mark.parametrize("question", ["Which local authority was hit by the flood?",
                                      "Which health authority closed the ward?",
                                      "Which office issued the warning?"])
def test_a_body_noun_whose_stem_a_role_shares_asks_for_a_body(question: str) -> None:
    assert parse(question).kind == "org"


@pytest.mark.parametrize("question, kind", [("Which author wrote the report?", "person"),
                                            ("Which officer fired the shot?", "person")])
def test_the_role_itself_still_asks_for_a_person(question: str, kind: str) -> None:
    assert parse(question).kind == kind


def test_the_body_that_reports_a_sentence_did_not_do_its_deed() -> None:
    sentences = ["Halden Appliances is recalling 12,000 kettles after reports of scalds.",
                 "The company said a faulty switch had let some kettles boil dry.",
                 "The company will replace the kettles free of charge."]
    answerer = Answerer(sentences)
    question = parse("Which company made the faulty switch?")
    reported = "The fault was traced to a switch made by a supplier, Marrick Controls, the company said."
    told = "The company made the switch itself until 2040."
    assert answerer.referred_bodies(reported, question) == []
    assert [m.text for m in answerer.referred_bodies(told, question)] == ["Halden Appliances"]


def test_a_sentence_that_tells_nothing_asked_of_the_body_gives_no_candidate() -> None:
    text = ("Gondola stops mid-air\nAlpine News, Tarsk, 3 January 2040\n\n"
            "The gondola at Tarsk stopped for three hours on Sunday. Orla Peaks Resorts said a motor had failed. "
            "The company said the gondola would stay shut until Friday.")
    assert _answer(text, "Which company built the gondola?") is None
