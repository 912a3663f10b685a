"""Summaries section: ROUGE of every ranker's summary at one word budget, per cluster and mean."""
from __future__ import annotations

from typing import Sequence

from ...stages.split import sentence_spans
from ..gold import Cluster
from ..metrics import ROUGE_TYPES, rouge, truncate_words
from ..report import Table, best_cells, fmt
from ..section import Advance, Loaded, Section, Settings, mean, rounded

LABELS = {"rouge1": "R-1", "rouge2": "R-2", "rougeL": "R-L", "rougeLsum": "R-Lsum"}


def reference_sentences(text: str) -> list[str]:
    """A reference's sentences, one per line as ROUGE-Lsum needs (lines split further by Punkt)."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        out += [line[a:b] for a, b in sentence_spans(line)] if line else []
    return out


def budget(references: Sequence[str], settings: Settings) -> int:
    """The word budget: ``settings.words``, else the references' mean length rounded to 10
    (about 100 words for the seeds, 250 for MultiLing), so summaries match their references."""
    if settings.words is not None:
        return settings.words
    return max(10, round(mean([len(r.split()) for r in references]) / 10) * 10)


# Besides the references' own length, summaries are also scored at DUC's 100 words.
FIXED_WORDS = 100


def budgets(references: Sequence[str], settings: Settings) -> dict[str, int]:
    """The word budgets a cluster is scored at: ``settings.words`` alone when given, else its
    references' length ("reference") and 100 words ("100")."""
    if settings.words is not None:
        return {"given": settings.words}
    return {"reference": budget(references, settings), str(FIXED_WORDS): FIXED_WORDS}


def units(cluster: Cluster, settings: Settings) -> int:
    return len(settings.rankers) * (1 if settings.words is not None else 2) if cluster.references else 0


def run(loaded: Sequence[Loaded], settings: Settings, advance: Advance) -> dict | None:
    blocks: dict[str, dict] = {}
    for item in loaded:
        if not item.gold.references:
            continue
        refs = [reference_sentences(r.text) for r in item.gold.references]
        for kind, words in budgets([r.text for r in item.gold.references], settings).items():
            rankers = {}
            for name in settings.rankers:
                picked = item.articles.summarize(words=words, ranker=name, seed=settings.seed)
                summary = truncate_words([p.text for p in picked], words)
                score = rouge(summary, refs, types=ROUGE_TYPES)
                rankers[name] = {"sentences": len(summary), "words": sum(len(s.split()) for s in summary),
                                 **{k: {t: rounded(v) for t, v in getattr(score, k).items()}
                                    for k in ("best", "mean", "recall")}}
                advance(f"summaries: {item.gold.name}, {name}, {words} words")
            blocks.setdefault(kind, {})[item.gold.name] = {
                "budget": words, "references": len(refs),
                "reference_words": [len(r.text.split()) for r in item.gold.references], "rankers": rankers}
    if not blocks:
        return None
    (first, clusters), *rest = blocks.items()
    out = {"settings": _settings(settings), "clusters": clusters, "mean": _mean(clusters, settings.rankers)}
    for kind, more in rest:
        out[f"at_{kind}"] = {"clusters": more, "mean": _mean(more, settings.rankers)}
    return out


def _settings(settings: Settings) -> dict:
    return {"words": settings.words or "mean reference length, rounded to 10 (and 100 in at_100)",
            "types": list(ROUGE_TYPES), "measure": "F1 and recall",
            "stemming": "Porter as in official ROUGE-1.5.5 -m (no WordNet exception list)",
            "budget": "sentences picked whole within the word budget, then cut to that many whitespace words",
            "tokenizer": "rouge-score's rule (lower-case, split on non-alphanumerics, stem words over 3 "
                         "letters) keeping Unicode letters instead of only a-z0-9",
            "rougeLsum": "one sentence per line (references split by Punkt)",
            "best": "rouge-score score_multi: per type, the reference with the highest F1",
            "mean": "mean F1 over the references", "recall": "mean recall over the references",
            "random_seed": settings.seed}


def _mean(clusters: dict, rankers: Sequence[str]) -> dict:
    out = {}
    for name in rankers:
        rows = [c["rankers"][name] for c in clusters.values()]
        out[name] = {"words": rounded(mean([r["words"] for r in rows])),
                     **{k: {t: rounded(mean([r[k][t] for r in rows])) for t in ROUGE_TYPES} for k in ("best", "mean", "recall")}}
    return out


def tables(figures: dict) -> list[Table]:
    s = figures["settings"]
    words = f"{s['words']} words" if isinstance(s["words"], int) else "the references' mean length, rounded to 10"
    out = [_table("Summaries: ROUGE per ranker", figures, words, s["random_seed"])]
    for key, block in figures.items():
        if key.startswith("at_"):
            out.append(_table(f"Summaries: ROUGE per ranker at {key[3:]} words", block, f"{key[3:]} words",
                              s["random_seed"]))
    return out


def _table(title: str, figures: dict, words: str, seed: int) -> Table:
    groups = list(figures["clusters"].items())
    if len(groups) > 1:
        groups.append((f"mean of {len(groups)}", {"rankers": figures["mean"]}))
    rows: list[tuple[str, ...]] = []
    breaks, bold = set(), set()
    kinds = ("best", "mean", "recall")
    for name, cluster in groups:
        label = f"{name} ({cluster['budget']} w)" if "budget" in cluster else name
        block = [(label if k == 0 else "", ranker, f"{r['words']:g}",
                  *(fmt(r[kind][t]) for kind in kinds for t in ROUGE_TYPES))
                 for k, (ranker, r) in enumerate(cluster["rankers"].items())]
        bold |= best_cells(block, range(3, 3 + len(kinds) * len(ROUGE_TYPES)), start=len(rows))
        rows += block
        breaks.add(len(rows) - 1)
    columns = ("cluster", "ranker", "words", *(f"{LABELS[t]} {kind}" for kind in ("best F", "mean F", "recall")
                                              for t in ROUGE_TYPES))
    caption = (f"ROUGE (official ROUGE-1.5.5 Porter stemming, Unicode-keeping tokenizer; R-Lsum with one sentence "
               f"per line) at a word budget of {words} (beside each cluster's name); 'words' is what the "
               f"summary used. Summaries are whole sentences cut to the budget. 'best F' = score_multi, the "
               f"reference with the highest F1; 'mean F' = mean F1 over the references; 'recall' = mean "
               f"recall over the references (ROUGE-1.5.5 -f A). Random ranker seed {seed}. Best per cluster in bold.")
    return Table(title, caption, columns, tuple(rows), frozenset(breaks), frozenset(bold))


SECTION = Section("summaries", units, run, tables)
