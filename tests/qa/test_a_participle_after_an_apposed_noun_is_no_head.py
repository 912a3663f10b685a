"""The noun in apposition after a name says what it is ("Orrin Holdings, the consortium led by ...") up to a participle
that opens a phrase describing it ("led by", "based in"): that participle was read as the noun, so nothing called the
name a consortium and a "which consortium" question's answer went unread as one. Invented news."""
from summarize.corpus import Corpus
from summarize.qa.answer import _beside

_BID = ("Bid for club collapses\nSports Desk, Wexley, 2 March 2060\n\n"
        "Orrin Holdings, the consortium led by the banker Tomas Greer, pulled out of the takeover on Friday.")


def test_a_participle_before_a_preposition_ends_the_apposed_noun():
    text = _BID.split("\n\n", 1)[1]
    assert [n for n, _ in _beside(text, 0, len("Orrin Holdings"))] == ["consortium"]


def test_a_participle_before_a_noun_still_modifies_it():
    text = "Velmar, a newly formed party, won two seats."
    assert [n for n, _ in _beside(text, 0, len("Velmar"))] == ["party"]


def test_the_consortium_so_called_is_named():
    assert Corpus.from_texts({"a1.txt": _BID}).ask("What is the name of the consortium that pulled out?").answer \
        == "Orrin Holdings"
