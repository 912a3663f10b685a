"""Who holds a role, as news writes it (invented stories): a title abbreviated without a period ("Dr", "Sgt"), a post
that makes its holder an official ("regional secretary"), and a title in capitals after a name ("Ann Lee, Chief
Nursing Officer"), which names the office and not a second person."""
import pytest

from summarize.corpus import Corpus


def _answer(texts: dict[str, str], question: str) -> str | None:
    return Corpus.from_texts(texts).ask(question).answer


_CLINIC = {"a1.txt": ("Clinic closes after burst pipe\nMarsh Herald, Orlby, 3 March 2039\n\n"
                      "The Orlby walk-in clinic shut on Monday after a pipe burst in its waiting room. Joel Brisk, who "
                      "was waiting to be seen, said Dr Ines Calloway had told him that patients would be sent to the "
                      "town's hospital. The clinic will reopen next week.")}
_QUARRY = {"a1.txt": ("Quarry dust row\nDale Times, Wenmoor, 8 August 2040\n\n"
                      "Workers at the Wenmoor quarry say dust filters were removed in June. Regional secretary Morag "
                      "Elston told the paper the filters had been taken out to save money. The quarry's owner, Pellam "
                      "Aggregates, denied it. A spokesman for the firm, Ross Quine, said the filters were being cleaned.")}
_PARTY = {"a1.txt": ("Donations row\nCounty Voice, Harle, 12 June 2042\n\n"
                     "The Harle Green Party returned £40,000 to a property developer on Tuesday. Its treasurer, Ada Venn, "
                     "said the gift had been accepted by mistake. The developer, Odell Mayhew, said he had done nothing "
                     "wrong.")}
_SHIP = {"a1.txt": ("Ferry firm names new boss\nCoast Weekly, Skarn, 2 May 2041\n\n"
                    "Skarn Ferries has named a new chief executive after a year of delays. \"The fleet is safe,\" said "
                    "Captain Hal Borrow, Chief Operating Officer. The firm's chief executive will be Petra Lund, who "
                    "joins from a rival line in July.")}


CASES = [
    (_CLINIC, "Which doctor said patients would be sent to the hospital?", "Ines Calloway"),
    (_QUARRY, "Which union official said the filters had been taken out?", "Morag Elston"),
    (_PARTY, "Which party official said the gift had been accepted by mistake?", "Ada Venn"),
    (_SHIP, "Who is the firm's chief operating officer?", "Hal Borrow"),
]


@pytest.mark.parametrize("texts, question, answer", CASES)
def test_a_role_s_holder_answers_who_holds_it(texts, question, answer):
    assert _answer(texts, question) == answer
