from summarize.qa.question import parse
from summarize.text.tokens import PAST_FORMS, stem, terms


def test_an_irregular_past_form_meets_its_verb():
    assert terms("The minister left on Friday.") == terms("The minister leaves on Friday.")


def test_a_noun_of_measure_meets_its_adjective():
    # "How deep was the quake?" is answered by "at a depth of 10 kilometres"
    assert set(parse("How deep was the quake?").terms) & set(terms("It struck at a depth of 10 kilometres."))
    assert stem("heights") == stem("high") and stem("length") == stem("long") and stem("widths") == stem("wide")
    assert stem("depth") != stem("death")
    assert "depth" not in PAST_FORMS  # no verb form: clause readers do not take it for one
