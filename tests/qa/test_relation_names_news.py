"""People and bodies asked for through a relation, as news writes them (invented stories): the host or chair named as a
passive's agent or with a role of the one asked, though nothing else types the name a person's ("presented by Mira
Tolland", "led by the property investor Osgood Varley-Penn"); a name and the lower-case word a hyphen joins to it, a
modifier and never a name ("a Qatar-backed fund"); a role's owner after "of", a body and not one of the people a
sentence lists ("Ann Lee, chief executive of Marrick Water, and ..."); and the noun for an owner or an operator
written before a name as its title ("owner Lionel Brisk")."""
import pytest

from summarize.corpus import Corpus
from summarize.text.names import names


def _answer(texts: dict[str, str], question: str) -> str | None:
    return Corpus.from_texts(texts).ask(question).answer


_PODCAST = {"a1.txt": (
    "Council leader grilled on bin strike\nRiver Radio, Densby, 4 March 2044\n\n"
    "The following is an edited transcript of a discussion broadcast on Monday on Densby Tonight, presented by "
    "Mira Tolland. With her were Piers Oakden, leader of Densby Borough Council, and Ruth Hallam, branch secretary "
    "of the refuse workers' union. Oakden said the council could not afford the pay rise the union wants.")}
_PANEL = {"a1.txt": (
    "Flood review reports\nFen Gazette, Marlow Fen, 9 June 2045\n\n"
    "The review of last winter's floods, chaired by Edwina Sallow, published its findings on Tuesday. It heard from "
    "Tomas Reeve, director of the Fen Drainage Board, and from Alma Quist, a farmer whose fields were under water "
    "for six weeks. The board said it accepted every recommendation.")}
_DEBATE = {"a1.txt": (
    "Hustings turn heated\nNorthfield Courier, Northfield, 2 May 2046\n\n"
    "Candidates clashed over housing at a hustings on Thursday night hosted by Corin Blakey. Greta Munro, the "
    "Labour candidate, and Stellan Voss, the Liberal candidate, both promised more council homes. About 200 people "
    "attended the event at St Anne's Hall.")}
_BID = {"a1.txt": (
    "Takeover of marina collapses\nHarbour Post, Kelling, 8 October 2047\n\n"
    "The sale of Kelling Marina collapsed on Friday after a £12m bid by a Qatar-backed fund was withdrawn. "
    "Bellwether Leisure, the fund led by the property investor Osgood Varley-Penn, said it had found debts it had "
    "not been told about. The marina's staff have been told their jobs are safe.")}
_MILL = {"a1.txt": (
    "Mill buyer pulls out\nDale Echo, Holby, 11 November 2048\n\n"
    "A Swiss-owned group has pulled out of a deal to buy Holby Mill. Tarn Holdings, the group headed by the "
    "banker Lucan Ferreira-Dast, said the building needed more repairs than it could pay for. The mill closed in 2041.")}


@pytest.mark.parametrize("texts, question, answer", [
    (_PODCAST, "Who presented the discussion with the council leader and the union official?", "Mira Tolland"),
    (_PANEL, "Who chaired the review of the floods?", "Edwina Sallow"),
    (_DEBATE, "Who hosted the hustings?", "Corin Blakey"),
    (_BID, "Who led the fund that withdrew its bid?", "Osgood Varley-Penn"),
    (_MILL, "Who headed the group that pulled out of the deal?", "Lucan Ferreira-Dast"),
])
def test_the_agent_or_the_holder_of_what_is_asked_answers_who(texts, question, answer):
    assert _answer(texts, question) == answer


@pytest.mark.parametrize("text, kept, modifier", [
    ("The marina went to a Qatar-backed fund on Friday.", "Qatar", "Qatar-backed"),
    ("Police raided the offices of a Kremlin-linked bank, Volta Credit, on Monday.", "Volta Credit", "Kremlin-linked"),
    ("The yard builds Rolls-Royce-powered ferries for Halvard Line.", "Halvard Line", "Rolls-Royce-powered"),
    ("Shares in Pfizer-owned Hospira Ltd rose on Tuesday.", "Hospira Ltd", "Pfizer-owned Hospira"),
])
def test_a_name_and_its_hyphenated_tail_make_a_modifier_not_a_name(text, kept, modifier):
    found = [n.text for n in names(text)]
    assert kept in found and modifier not in found and not any(f.endswith(modifier.rsplit("-", 1)[-1]) for f in found)


@pytest.mark.parametrize("text, body, person", [
    ("With me are Ann Lee, chief executive of Marrick Water, and Tom Cole, a lawyer for the residents.", "Marrick Water", "Tom Cole"),
    ("Joining us are Pia Stone, director of Fenby Rail, and Omar Haig, who chairs the users' group.", "Fenby Rail",
     "Omar Haig"),
    ("Ivo Grant, chairman of Lowther Estates, said the homes would be sold.", "Lowther Estates", "Ivo Grant"),
])
def test_the_body_a_role_is_of_is_not_one_of_the_people_named(text, body, person):
    kinds = {n.text: n.kind for n in names(text)}
    assert kinds[body] != "person" and kinds[person] == "person"
