"""Evidence for questions that name an organisation the other way from the articles (an acronym
where they spell the name out, or the reverse), on an invented wire cluster in the collections'
layout (tests/data/acronym_news/waterhack, 12 questions written before any run): a floor at what
retrieval reaches, so that a change that loses the link between a name and its acronym fails."""
import json
from pathlib import Path

from summarize.corpus import Corpus
from summarize.evaluate.sections.evidence import holds_answer

CLUSTER = Path(__file__).parents[1] / "data" / "acronym_news" / "waterhack"
# Two questions share no word with their answer ("Who spotted the tampering?"): 10 of 12.
IN_TOP_3 = 10


def test_evidence_holds_the_answer_whichever_way_the_name_is_written():
    corpus = Corpus.from_paths([CLUSTER / "docs"])
    rows = [json.loads(line) for line in (CLUSTER / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    found = [row["id"] for row in rows
             if any(holds_answer(e.text, row["answers"]) for e in corpus.ask(row["question"]).evidence[:3])]
    assert len(found) >= IN_TOP_3, found
    # Each of these asks with the acronym ("TVWD", "EPA") or the full name the articles abbreviate.
    assert {"q01", "q02", "q04", "q05", "q10", "q11"} <= set(found), found
