"""A broadcast transcript's speaker label ("ODA VENN (HEAD GARDENER, MILLBRAE PARK): ...") is read as a reader reads
it: the speech is a sentence of its own, and the label states who holds the role it gives, answered as the articles
name the speaker; no answer is a fragment of a label in capitals (invented transcript and story)."""
from summarize.corpus import Corpus

_TEXTS = {
    "a1": ("Park storm\nCounty Voice, Harle, 12 June 2062\n\n"
           "Gales felled 40 trees in Millbrae Park on Sunday, and the park will stay shut until July. "
           "Oda Venn said the oldest cedar had come down across the lake path."),
    "a2": ("Nightly Roundup\nHarle Radio, Harle, 13 June 2062\n\n"
           "TEO MARSH (PRESENTER): Good evening. The clear-up in Millbrae Park goes on tonight.\n\n"
           "ODA VENN (HEAD GARDENER, MILLBRAE PARK): We lost the oldest cedar in the county on Sunday night. "
           "It will take two winters to replant the avenue.\n\n"
           "TEO MARSH: Thank you."),
}


def test_the_label_gives_who_holds_its_role_as_the_articles_name_them():
    corpus = Corpus.from_texts(_TEXTS)
    answer = corpus.ask("Who is the head gardener of Millbrae Park?")
    assert answer.answer == "Oda Venn"
    assert answer.evidence[0].text.startswith("We lost the oldest cedar")


def test_the_speech_reads_without_its_label_and_no_answer_is_a_labels_capitals():
    corpus = Corpus.from_texts(_TEXTS)
    assert not any(s.text.isupper() or "(" in s.text or s.text.startswith(("TEO", "ODA")) for s in corpus.sentences)
    for question in ("Who presents the programme?", "How long will it take to replant the avenue?"):
        answer = corpus.ask(question).answer
        assert answer is None or not any(w.isupper() and len(w) > 1 for w in answer.split())


def test_retrieval_finds_a_turn_by_its_speakers_name():
    corpus = Corpus.from_texts(_TEXTS)
    assert corpus.search("What did Oda Venn say about the cedar?", top_k=2)[0].text.startswith(
        ("We lost the oldest cedar", "Oda Venn said"))
