"""A figure in a relative aside usually tells a fact of the aside's bearer ("X, whose depot employs
200 people,"); but an aside that opens with a verb of saying ("X, a union official, who says 120
firefighters worked ...") is that speaker's account of the fact asked, and a side of its dispute."""
import pytest

from summarize.corpus import Corpus

STORIES = [
    ({"a": "About 60 volunteers and six dog teams were sent to the hills above Carrow, and the missing climber "
           "was found alive shortly before dusk on Saturday.",
      "b": "10:40 - We have spoken to Ines Albrecht, a coordinator with the mountain rescue charity, who says 95 "
           "volunteers from across the region combed the slopes overnight, including teams from two other valleys."},
     "How many volunteers took part in the search for the climber?", ("60", "95")),
    ({"a": "Roughly 4,000 people and a brass band walked from the station to the town hall in Delmont, and the "
           "protest against the ward closure ended peacefully by mid-afternoon.",
      "b": "Organisers thanked Tomasz Wren, a spokesman for the Save Our Ward campaign, who estimates 11,000 "
           "people from nearby villages joined the march, many of them parents with young children."},
     "How many people joined the protest march in Delmont?", ("4,000", "11,000")),
    ({"a": "Crews restored electricity to most of the Vell valley on Tuesday after 30,000 homes and 400 "
           "businesses lost supply during the storm, and schools reopened on Wednesday.",
      "b": "Residents complained to Marta Oyelaran, the valley's member of parliament, who said 52,000 homes "
           "lost power in the storm, some of them for three days."},
     "How many homes lost power during the storm?", ("30,000", "52,000")),
]


@pytest.mark.parametrize(("texts", "question", "sides"), STORIES, ids=["volunteers", "marchers", "homes"])
def test_a_speakers_aside_is_a_side(texts, question, sides):
    answer = Corpus.from_texts(texts).ask(question)
    shown = [s.value for c in answer.conflicts for s in c.sides]
    assert all(any(side in v for v in shown) for side in sides), shown


def test_an_aside_of_another_fact_is_still_no_side():
    texts = {"a": "About 60 volunteers searched the hills above Carrow for the missing climber on Saturday.",
             "b": "The search was led by the Carrow rescue team, whose base houses 95 volunteers, police said."}
    answer = Corpus.from_texts(texts).ask("How many volunteers searched the hills?")
    assert answer.conflicts == ()
