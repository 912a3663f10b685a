"""Check the hand-made MultiLing 2011 gold against its articles (standard library only).

Usage: python eval/multiling2011/check_gold.py [DOCS_ROOT]
DOCS_ROOT holds M000/docs, M001/docs, ... (default: the `docs` path of each cluster.json,
else /work/shared/data/multiling2011). Checks that every doc id exists, every `text` is a
whole sentence of its side's documents, every answer of an answerable question occurs
(case-insensitive) in one of its docs, unanswerable questions list no docs, and prints the
counts per type and per split. Answers that are deliberate normalised variants are reported
as notes, not errors.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"number", "date", "person", "place", "name", "other", "reason"}
KINDS = {"quantity", "date", "name", "polarity", "update"}


def load(path: Path) -> list[dict]:
    """One dict per non-empty line of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def docs_folder(cluster: Path, root: Path | None) -> Path:
    """The folder of article .txt files for a cluster folder."""
    if root is not None:
        return root / cluster.name / "docs"
    meta = json.loads((cluster / "cluster.json").read_text(encoding="utf-8"))
    folder = (cluster / meta["docs"]).resolve()
    return folder if folder.is_dir() else Path("/work/shared/data/multiling2011") / cluster.name / "docs"


def is_sentence(text: str, doc: str) -> bool:
    """True if `text` occurs in `doc` starting and ending on sentence boundaries (README rule)."""
    for m in re.finditer(re.escape(text), doc):
        before, after = doc[:m.start()], doc[m.end():]
        starts = before == "" or before.endswith("\n") or re.search(r"[.?!][\"'”’)\]]* $", before)
        ends = after == "" or after[0] in " \n" or text[-1] not in ".?!\"”"
        if starts and ends:
            return True
    return False


def check(cluster: Path, root: Path | None) -> tuple[list[str], list[str], dict]:
    """Errors, notes and counts for one cluster folder."""
    folder = docs_folder(cluster, root)
    docs = {p.stem: p.read_text(encoding="utf-8") for p in folder.glob("*.txt")}
    errors, notes = [], []
    counts = {"type": Counter(), "split": Counter(), "file": Counter()}
    for q in load(cluster / "questions.jsonl"):
        where = f"{cluster.name} {q['id']}"
        counts["type"][q["type"], q["split"]] += 1
        counts["split"]["questions", q["split"]] += 1
        if q["type"] not in TYPES:
            errors.append(f"{where}: unknown type {q['type']}")
        unknown = [d for d in q["docs"] if d not in docs]
        if unknown:
            errors.append(f"{where}: unknown docs {unknown}")
        if not q["answers"]:
            if q["docs"] or q["conflict"]:
                errors.append(f"{where}: unanswerable question lists docs or a conflict")
            continue
        for answer in q["answers"]:
            if not any(answer.lower() in docs.get(d, "").lower() for d in q["docs"]):
                notes.append(f"{where}: answer {answer!r} is not verbatim in {q['docs']}")
        for side in (q["conflict"] or {}).get("sides", []):
            if not set(side["docs"]) <= set(q["docs"]):
                errors.append(f"{where}: conflict side docs not in question docs")
    for name in ("conflicts.jsonl", "non_conflicts.jsonl"):
        for i, rec in enumerate(load(cluster / name), 1):
            where = f"{cluster.name} {name}:{i}"
            counts["split"][name, rec["split"]] += 1
            counts["file"][name, rec["kind"]] += 1
            if rec["kind"] not in KINDS:
                errors.append(f"{where}: unknown kind {rec['kind']}")
            for side in rec["sides"]:
                unknown = [d for d in side["docs"] if d not in docs]
                if unknown:
                    errors.append(f"{where}: unknown docs {unknown}")
                if not any(is_sentence(side["text"], docs.get(d, "")) for d in side["docs"]):
                    errors.append(f"{where}: text is not a whole sentence of {side['docs']}: {side['text'][:60]!r}")
    return errors, notes, counts


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    failed = False
    for cluster in sorted(p for p in HERE.iterdir() if (p / "questions.jsonl").is_file()):
        errors, notes, counts = check(cluster, root)
        failed |= bool(errors)
        print(f"== {cluster.name}")
        for line in errors:
            print("ERROR", line)
        for line in notes:
            print("note ", line)
        types = sorted({t for t, _ in counts["type"]})
        print("questions by type (dev/test):",
              ", ".join(f"{t} {counts['type'][t, 'dev']}/{counts['type'][t, 'test']}" for t in types))
        print("records by file (dev/test):",
              ", ".join(f"{f} {counts['split'][f, 'dev']}/{counts['split'][f, 'test']}"
                        for f in ("questions", "conflicts.jsonl", "non_conflicts.jsonl")))
        print("kinds:", dict(counts["file"]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
