"""Regression: "<name>, the union's regional organiser, said ..." answered "Which union accused managers ...?":
the phrase set off after a name stopped at the owner's apostrophe, so the person read as called a union. The noun the
owner's phrase heads (an organiser) is what the name is; the owner narrows it. Invented news."""
import pytest

from summarize.qa.answer import _beside


@pytest.mark.parametrize("text, name, noun, narrowed", [
    ("Nell Garrow, the union's branch secretary, said managers had ignored complaints.", "Nell Garrow", "secretary",
     ("branch",)),
    ("Ivo Brand, the federation’s chief negotiator, walked out of the talks.", "Ivo Brand", "negotiator", ("chief",)),
    ("On Friday Rosa Tell, the charity's founder, opened the shelter.", "Rosa Tell", "founder", ()),
    ("Harbison, the region's biggest dairy cooperative, said milk prices would rise.", "Harbison", "cooperative",
     ("biggest", "dairy")),
])
def test_the_noun_an_owner_s_phrase_heads_is_what_the_name_is(text, name, noun, narrowed):
    start = text.index(name)
    assert _beside(text, start, start + len(name)) == [(noun, narrowed)]

