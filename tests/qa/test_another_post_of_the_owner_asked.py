"""A person given another post of the very body a role question names holds no post asked (invented stories): "Ann Lee,
a senior surveyor at Acme," does not answer "Who is the chief executive of Acme?", though "surveyor" is in no role
list (``text.titles`` reads the job beside the name); and an owner written as the initials of the name the question
writes out is that owner ("AHP chief executive Jo Marr" for "Who runs Alder Harbour Ports?")."""
from summarize.corpus import Corpus
from summarize.qa.answer import _owner_fit, _role_fit, initialled
from summarize.qa.question import parse

_CLAIMS = {"a1.txt": ("Hail claims pass £20m\nVale Gazette, Brinford, 12 August 2053\n\n"
                      "Insurers have received more than 900 claims since the storm. Tove Lindell, a senior surveyor at "
                      "Harwick Loss Assessors, which is handling most of the farm claims, said the damage was the worst "
                      "she had seen. Payments are expected within a month.")}


def test_another_post_of_the_owner_asked_answers_nothing():
    assert Corpus.from_texts(_CLAIMS).ask("Who is the chief executive of Harwick Loss Assessors?").answer is None


def test_another_post_is_read_beside_the_name():
    sentence = "Tove Lindell, a senior surveyor at Harwick Loss Assessors, said the damage was severe."
    asked = parse("Who is the chief executive of Harwick Loss Assessors?")
    assert _role_fit(sentence, 0, len("Tove Lindell"), asked) == 0.0
    # of another owner, a job outside the role list may be the one asked in other words: not read as another post
    assert _role_fit(sentence, 0, len("Tove Lindell"), parse("Who is the chief executive of Orrin Mutual?")) is None


def test_an_owner_told_by_its_initials_is_the_one_asked():
    sentence = "Later, AHP chief executive Jo Marr said the offer on the table was final."
    at, asked = sentence.index("Jo Marr"), parse("Who runs Alder Harbour Ports?")
    assert _owner_fit(sentence, at, at + len("Jo Marr"), asked, "") == 1.0
    assert _owner_fit(sentence, at, at + len("Jo Marr"), parse("Who runs Tarnby Chamber of Commerce?"), "") == 0.0
    assert initialled(asked, sentence) == frozenset(asked.names)  # the sentence names the body asked
