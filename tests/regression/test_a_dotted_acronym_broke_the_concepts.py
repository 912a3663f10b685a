"""Regression: a dotted acronym ("U.N. troops") broke the summary's concepts at each of its periods,
so "u n" and "n troop", bigrams ROUGE-2 counts (it reads the acronym as its letters), were no
concepts, and a sentence naming the body by its dotted acronym covered less than it says. Its
periods now break no stretch of words; a decimal point still joins its number."""
from summarize.summary.rankers.concepts import concepts, words


def test_a_dotted_acronym_is_read_as_its_letters_as_rouge_reads_it():
    dotted = concepts("Aid from the U.N. reached troops in the U.S. on Monday.")
    assert dotted == concepts("Aid from the U N reached troops in the U S on Monday.")
    assert {"the u", "u n", "n reach", "u s", "s on"} <= dotted


def test_a_decimal_point_still_joins_its_number():
    assert "3.5 million" in concepts("The firm paid 3.5 million dollars.")
    assert "3.5" in words("The firm paid 3.5 million dollars.")
