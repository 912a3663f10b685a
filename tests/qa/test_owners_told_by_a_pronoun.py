"""An owner told by a possessive pronoun (invented stories): news names whom an article is about, then refers back to
them ("Her manager, Ada Venn, said ..."), so a clause whose pronoun stands for the owner a question names ("Who is
Marlow's manager?") holds that owner, though its name is written sentences before."""
import pytest

from summarize.corpus import Corpus
from summarize.qa.question import parse

_SINGER = {"a1.txt": ("Singer cancels tour\nStage Weekly, Orlby, 3 March 2039\n\n"
                      "The singer Delphine Marlow has cancelled the rest of her autumn tour after a throat operation. "
                      "Doctors told her to rest her voice for at least two months. Ticket holders will be refunded "
                      "within 14 days. Her manager, Tobias Wrenfield, said the decision had been hard. The tour was due "
                      "to visit nine cities.")}
_CLUB = {"a1.txt": ("Rowing club loses boathouse\nRiver Post, Wenmoor, 8 August 2040\n\n"
                    "Wenmoor Rowing Club must leave its boathouse by December after the council sold the land. "
                    "Members have trained there since 1921. The site will become flats. Its chairman, Osric Pellham, "
                    "said the club was looking at two new sites. About 140 rowers use the boathouse each week.")}
_CHEF = {"a1.txt": ("Chef fined over hygiene\nCounty Voice, Harle, 12 June 2042\n\n"
                    "The chef Ravi Quellan was fined £6,000 on Tuesday after inspectors found mice at his restaurant. "
                    "The inspection took place in March. The restaurant reopened in May after a deep clean. His "
                    "lawyer, Mira Trowbridge, said he accepted the fine. Diners had complained of droppings.")}

CASES = [(_SINGER, "Who is Marlow's manager?", "Tobias Wrenfield"),
         (_CLUB, "Who is the chairman of Wenmoor Rowing Club?", "Osric Pellham"),
         (_CHEF, "Who is Quellan's lawyer?", "Mira Trowbridge")]


@pytest.mark.parametrize("texts, question, expected", CASES)
def test_a_role_told_by_a_possessive_pronoun_is_answered(texts, question, expected):
    assert Corpus.from_texts(texts).ask(question).answer == expected


@pytest.mark.parametrize("texts, question, expected", CASES)
def test_the_pronoun_holds_the_owner_the_article_names(texts, question, expected):
    corpus = Corpus.from_texts(texts)
    asked = parse(question)
    doc = next(iter(texts))
    clause = next(s for s in texts[doc].split(". ") if expected in s)
    assert corpus._answerer.owner_named(asked, clause, (doc,)) == frozenset(asked.names)
    # a clause with no possessive pronoun holds no owner by one
    assert corpus._answerer.owner_named(asked, f"{expected} said the decision had been hard", (doc,)) == frozenset()
