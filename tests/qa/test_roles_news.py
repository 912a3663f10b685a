"""Who holds a role, as news writes it (invented stories): a title abbreviated without a period ("Dr", "Sgt"), a post
that makes its holder an official ("regional secretary"; a body's head is not one), and a title in capitals after a name ("Ann Lee, Chief
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

# a body's head (a firm's president, director or chairman) is no "official" of the union asked about
_MILL = {"a1.txt": ("Paper mill to shut\nValley Post, Ardley, 4 November 2043\n\n"
                    "\"This step lets us invest in our newer mills,\" said Ewan Carrick, president of Holm Paper, as "
                    "the Ardley mill's closure was announced. The union says it will ballot members on strike action. "
                    "\"We will fight for every job,\" said union organiser Tess Harlan.")}
_DEPOT = {"a1.txt": ("Depot closure fight\nNorth Echo, Carrow, 9 January 2044\n\n"
                     "\"The depot has lost money for three years,\" said Idris Vane, director of Carrow Freight, as "
                     "drivers voted to strike over its closure. The union says the strike will start on Monday. "
                     "\"Nobody consulted us,\" said union branch secretary Lena Ord.")}
_CALL = {"a1.txt": ("Call centre staff walk out\nBay Courier, Penmar, 21 May 2045\n\n"
                    "\"The new shifts are needed to keep the centre open,\" said Rhys Maddox, chairman of Penmar "
                    "Direct, as staff walked out on Friday. The union says the walkout will last a week. \"Our "
                    "members have had enough,\" said union steward Alys Brent.")}


CASES = [
    (_CLINIC, "Which doctor said patients would be sent to the hospital?", "Ines Calloway"),
    (_QUARRY, "Which union official said the filters had been taken out?", "Morag Elston"),
    (_PARTY, "Which party official said the gift had been accepted by mistake?", "Ada Venn"),
    (_SHIP, "Who is the firm's chief operating officer?", "Hal Borrow"),
    (_MILL, "Which union official spoke for the mill's workers?", "Tess Harlan"),
    (_DEPOT, "Which union official spoke for the drivers who voted to strike?", "Lena Ord"),
    (_CALL, "Which union official spoke for the staff who walked out?", "Alys Brent"),
]


@pytest.mark.parametrize("texts, question, answer", CASES)
def test_a_role_s_holder_answers_who_holds_it(texts, question, answer):
    assert _answer(texts, question) == answer
