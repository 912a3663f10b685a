"""Regression (issue #11, found on tests/data/fresh_news16): "What illness was the drug being developed to treat?"
was answered "1 per cent": the articles name the illness ("rheumatoid arthritis") and never write the word
"illness", so the sentence that names it was not among the few read for a phrase, and a word that only modifies
the noun after it ("its arthritis drug") was read as the thing itself. A "what <noun>" question now draws the
sentences that name a kind of its noun (WordNet's hypernyms), reads them past the first few, and takes no modifier
for a head."""
import pytest

from summarize import Corpus

# Each story names the thing asked only by its kind, below sentences that share more of the question's words; the
# pick is asserted, whatever the confidence (a story this short gives the calibration little to go on).
STORIES = {
    "herd": ("What disease did the dairy herd at Hollin Farm catch?", "tuberculosis", (
        "The dairy herd at Hollin Farm has been kept indoors since Tuesday, the farm's owner said.",
        "Inspectors visited the dairy herd at Hollin Farm twice last week.",
        "Milk from the dairy herd will not be sold until the inspectors are satisfied.",
        "The farm's neighbours said the herd had looked thin for months.",
        "Tests confirmed on Friday that 14 cows in the herd had caught tuberculosis, the agriculture ministry said.")),
    "church": ("What metal did the thieves strip from the church roof?", "copper", (
        "Thieves stripped the roof of St Wendel's church over the weekend, the vicar said.",
        "The thieves worked on the church roof for several hours without being seen.",
        "Rain has since come through the church roof onto the organ.",
        "Police said the thieves had stripped about two tonnes of copper, worth some 18,000 euros.")),
    "river": ("What fish were found dead in the Orrin after the spill?", "salmon", (
        "Hundreds of fish were found dead in the Orrin on Sunday after the spill at the tannery.",
        "Anglers found the dead fish along a four-mile stretch of the Orrin.",
        "The spill came from a storage tank at the tannery, its manager said.",
        "Bailiffs counted 340 dead salmon on the banks of the Orrin by Monday evening.")),
}


@pytest.mark.parametrize("name", sorted(STORIES))
def test_a_what_noun_question_is_answered_by_a_kind_of_its_noun(name):
    question, kind, sentences = STORIES[name]
    answer = Corpus.from_texts({"a": " ".join(sentences)}).ask(question, min_confidence=0.0).answer
    assert answer is not None and kind in answer.lower()


def test_a_kind_that_only_modifies_the_next_noun_is_no_answer():
    text = ("The school said the measles vaccine given to the three children had been stored correctly. "
            "The children were kept at home for a week, the school said. "
            "A doctor later confirmed they had mumps, the health board said.")
    answer = Corpus.from_texts({"a": text}).ask("What illness did the three children at the school have?",
                                                 min_confidence=0.0).answer
    assert answer is not None and "measles" not in answer.lower()
