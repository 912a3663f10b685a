"""Question answering: a parsed question, evidence retrieval and short answers.

``RETRIEVERS`` names the retrievers, imported when first asked for (the CLI checks a name
without loading numpy)."""
from __future__ import annotations

from ..registry import Registry

RETRIEVERS = Registry("retriever", {
    "bm25": f"{__name__}.retrieve:bm25_retriever",
    "tfidf": f"{__name__}.retrieve:TfidfRetriever",
    "hybrid": f"{__name__}.retrieve:HybridRetriever",
    "passage": f"{__name__}.retrieve:passage_retriever",
})
# The evidence searched and shown by default: "passage" puts a sentence that states the answer
# in the top 3 for more questions (dev gold recall@3 0.90 against BM25's 0.80).
DEFAULT_RETRIEVER = "passage"
# The evidence short answers are read from, whatever evidence is shown: the answerer's weights are fitted on
# BM25's (scripts/train_answerer.py); read from passage evidence, even with the answerer trained on it, dev
# EM fell 0.645 -> 0.605. Round 29 (dev fresh sets, 878/1218 with BM25): passage evidence 855 (sentences
# about something else, raised for stating a value of the kind asked, lend confident candidates: 46 fewer
# withheld, 33 more wrong, 36 more unanswerable answered); refitted on it 834 against 842 refitted on BM25;
# BM25's 10 with passage's best 3 it missed added (BM25 order) 877, in passage order 862, refitted 843; its
# best 1 added 878. Round 36 (dev fresh4..24, update1, explainer1; 1523 answerable, 1356/1827 answered right): a
# logistic re-ranker of BM25's best 50 (its score and its own-words score over the cluster's best, stating a value of
# the kind asked, log length; labelled by holding a gold answer) raised recall@10 of people's questions, each set
# ranked by the model fitted without it, 1396 -> 1451 (no set fell), recall@3 1146 -> 1283; read by the answerer,
# answers fell to 1343 (23 gained, 36 lost: 20 more unanswerable answered, from typed sentences about something
# else). Its best 3 in BM25's last 3 slots 1345, its best 1 in the 10th 1350, up to 1 or 3 of the 50 it rates above
# all 10 added 1355; without the answer-type feature (recall@10 1407) 1339.
ANSWER_RETRIEVER = "bm25"
