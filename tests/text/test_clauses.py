import pytest

from summarize.text.clauses import clause_of, clause_spans


@pytest.mark.parametrize("sentence, word, clause", [
    # a comma splice that opens with a number: each count keeps its own clause
    ("Twelve of the hostages were teachers, three were nurses.", "three", "three were nurses."),
    ("Twelve of the hostages were teachers, three were nurses.", "Twelve", "Twelve of the hostages were teachers"),
    # "and" before a number that opens a fact of its own
    ("Of the 30 injured, 8 were firemen and 5 were police officers.", "5", "and 5 were police officers."),
    ("Of the 30 injured, 8 were firemen and 5 were police officers.", "8", "8 were firemen"),
    # ", and" divides; so does a subordinate opener
    ("The dam burst late Thursday, and the water reached the valley Friday.", "Friday",
     "and the water reached the valley Friday."),
    ("The dam burst late Thursday, and the water reached the valley Friday.", "Thursday", "The dam burst late Thursday"),
    ("Talks stalled on Monday before a deal came on Wednesday.", "Wednesday", "before a deal came on Wednesday."),
    # a relative aside is a clause of its own; the words around it are one clause
    ("The walkout, which began on Monday, ended on Friday.", "Friday", "The walkout ended on Friday."),
    ("The walkout, which began on Monday, ended on Friday.", "Monday", "which began on Monday"),
    # a comma inside a figure ends no aside
    ("Shelters opened in two halls in the capital, where about 1,200 people slept on Friday.", "1,200",
     "where about 1,200 people slept on Friday."),
    ("The plant, which employs 2,400 staff, will close.", "close", "The plant will close."),
    # a time set by another event between subject and verb is an aside; a subordinate clause ends at its comma
    ("Families evacuated after the blast were let home on Thursday.", "Thursday", "Families evacuated were let home on Thursday."),
    ("Two hours after the fire started, crews reached the roof on Sunday.", "Sunday", "crews reached the roof on Sunday."),
    ("Officials said 40 dams were checked after the flood and 6 were closed.", "6", "and 6 were closed."),
])
def test_a_value_belongs_to_its_own_clause(sentence, word, clause):
    assert clause_of(sentence, sentence.index(word)) == clause


@pytest.mark.parametrize("sentence, word", [
    ("On Tuesday, the council approved the budget.", "Tuesday"),  # a fronted time is no clause of its own
    ("Omar Haddad, 61, was released on bail.", "61"),  # nor an age between commas
    ("Prices rose between 1990 and 1995 in the north.", "1995"),  # nor a second number of a range
])
def test_a_plain_comma_or_a_number_alone_does_not_divide(sentence, word):
    assert clause_spans(sentence, sentence.index(word)) == ((0, len(sentence)),)
