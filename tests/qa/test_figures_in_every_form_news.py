"""Invented stories whose answer is a figure in a form news writes and the value layer once missed (issue 11): a
concentration ("up to 85 parts per million"), an age by its decade ("in his 50s"), "a couple of" a unit, a share of a
scale word ("a quarter of a million"), a rate per population ("31 per 100,000 people") and the article after a verb of
duration ("lasted a week"). Each asked of its cluster is answered with the whole figure, its unit kept."""
import pytest

from summarize import Corpus

_WAREHOUSE = {
    "a": "Northfold Courier, 9 June 2045\nPolice have arrested a man in his 50s after a fire at a warehouse in "
         "Northfold. The blaze took crews a couple of hours to bring under control. Nobody was hurt.",
    "b": "Northfold FM, 9 June 2045\nThe warehouse fire broke out at 2am. The owner said the stock was insured.",
}

STORIES = [
    ({"a": "Tarn Valley Times, 3 May 2044\nA gas leak forced the evacuation of the Mossgill industrial estate on "
           "Tuesday. Monitors near the depot recorded hydrogen sulphide at up to 85 parts per million, the fire service "
           "said. Workers were allowed back in the afternoon.",
      "b": "Radio Tarn, 3 May 2044\nStaff at Mossgill were sent home after the leak. The county said readings at the "
           "school stayed below 2 ppm."},
     "What was the highest hydrogen sulphide reading near the depot?", "85 parts per million"),
    (_WAREHOUSE, "How old is the man who was arrested?", "in his 50s"),
    (_WAREHOUSE, "How long did it take crews to bring the blaze under control?", "a couple of hours"),
    ({"a": "Fenmoor Post, 2 March 2046\nA quarter of a million people marched through Fenmoor on Saturday against the "
           "closure of the city's hospital. Organisers said the march was the largest in the city's history.",
      "b": "Fenmoor Radio, 2 March 2046\nThe health board says it will publish its plans in April."},
     "How many people marched through Fenmoor?", "A quarter of a million"),
    ({"a": "Lowmere Herald, 4 April 2047\nMeasles cases in the county reached 31 per 100,000 people last month, the "
           "health agency said. Clinics will open on Saturdays.",
      "b": "Lowmere Radio, 4 April 2047\nThe agency urged parents to check their children's vaccinations."},
     "What is the measles rate in the county?", "31 per 100,000 people"),
    ({"a": "Kell Bay News, 8 August 2048\nThe ferry strike lasted a week and cost the operator about £2m, the company "
           "said. Services resumed on Monday.",
      "b": "Kell Radio, 8 August 2048\nThe union said talks would continue."},
     "How long did the ferry strike last?", "a week"),
]


@pytest.mark.parametrize("texts, question, answer", STORIES, ids=[s[1] for s in STORIES])
def test_a_figure_in_its_news_form_answers_whole(texts, question, answer):
    assert Corpus.from_texts(texts).ask(question).answer == answer
