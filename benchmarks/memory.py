"""Peak memory and time of `summarize summary` on repeated and varied inputs and at the declared limits.

    python benchmarks/memory.py [--cases copies,near-number,...] [--scale 1.0] [--limit-gb 8] [--repo PATH]

Each case writes its input to a temporary folder and runs ``python -m summarize summary`` on it
(the `api` case runs ``Corpus.from_texts([article] * 20000).summarize()``) in a child process;
the child's wall time and peak resident memory (``ru_maxrss`` of that child, from
``os.wait4``) are printed, one JSON line a case.
A child is capped at ``--limit-gb`` of address space, so a blow-up ends as a failure, not as
an out-of-memory kill of the machine. ``--scale`` shrinks every case (for a quick look);
``--repo`` runs another checkout of summarize on the same inputs (for before/after figures).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from summarize.limits import MAX_FILE_BYTES, MAX_SENTENCES

# One invented news sentence; the near-repeats change one number or one word of it.
SENTENCE = ("The regional council said on Tuesday that {n} families had been moved from homes "
            "near the river after {w} rain flooded the lower town.")
PER_LINE = 10
COPIES = 20_000


def _word(k: int) -> str:
    """A distinct made-up word for each ``k`` ("bava", "beva", ...): the one word near-repeats vary."""
    letters, vowels = "bdfgklmnprstvz", "aeiou"
    out = ""
    while True:
        k, r = divmod(k, len(letters) * len(vowels))
        out += letters[r // len(vowels)] + vowels[r % len(vowels)]
        if k == 0:
            return out


def lines(sentences: list[str]) -> str:
    """Sentences joined ``PER_LINE`` to a paragraph, one paragraph a line."""
    return "\n".join(" ".join(sentences[k:k + PER_LINE]) for k in range(0, len(sentences), PER_LINE)) + "\n"


def copies(n: int) -> str:
    return lines([SENTENCE.format(n=42, w="heavy")] * n)


def near_number(n: int) -> str:
    return lines([SENTENCE.format(n=k + 1, w="heavy") for k in range(n)])


def near_word(n: int) -> str:
    return lines([SENTENCE.format(n=42, w=_word(k)) for k in range(n)])


def repeated_seeds(size: int) -> str:
    """The seed articles, one after another, repeated up to ``size`` bytes."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt")))
    raw = text.encode("utf-8")
    times = max(1, size // len(raw))
    return text * times


def varied(size: int) -> str:
    """Synthetic news (benchmarks/synth.py, seeded) of about ``size`` bytes in one file."""
    from synth import write_corpus

    from summarize.ingest.load import load_paths
    from summarize.stages.split import blocks, split_blocks

    seeds = [s.text for d in load_paths([REPO / "seeds"]) for s in split_blocks(blocks(d))]
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(seeds, Path(tmp), sentences=max(100, size // 140))
        text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(Path(tmp).rglob("*.txt")))
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def cases(scale: float) -> dict[str, object]:
    """Case name -> text of its one input file (or ``None`` for the API case)."""
    n = max(10, int(COPIES * scale))
    size = int((MAX_FILE_BYTES - 100_000) * scale)
    return {"copies": lambda: copies(n), "near-number": lambda: near_number(n),
            "near-word": lambda: near_word(n), "api": None,
            "repeated-20mb": lambda: repeated_seeds(size), "varied-20mb": lambda: varied(size),
            "max-sentences": lambda: copies(int(MAX_SENTENCES * scale) - 1)}


# The API case, run with the checkout under test as the working folder (so it is the one imported).
API_CASE = """
from pathlib import Path
from summarize.corpus import Corpus
article = sorted(Path({seeds!r}).glob("*.txt"))[0].read_text(encoding="utf-8")
Corpus.from_texts([article] * {n}).summarize()
"""


def run(name: str, make, scale: float, limit_gb: float, repo: Path = REPO) -> dict:
    """Run one case in a child; wall time, peak RSS, exit code and the input's size."""
    def cap() -> None:
        limit = int(limit_gb * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    with tempfile.TemporaryDirectory() as tmp:
        if make is None:
            n = max(10, int(COPIES * scale))
            cmd, size = [sys.executable, "-c", API_CASE.format(seeds=str(REPO / "seeds"), n=n)], 0
        else:
            path = Path(tmp) / f"{name}.txt"
            path.write_text(make(), encoding="utf-8")
            size = path.stat().st_size
            cmd = [sys.executable, "-m", "summarize", "summary", str(path),
                   "--max-file-mb", str(max(20, size / 1e6 + 1))]
        with tempfile.TemporaryFile() as err:
            started = time.perf_counter()
            child = subprocess.Popen(cmd, cwd=repo, stdout=subprocess.DEVNULL, stderr=err, preexec_fn=cap)
            _, status, usage = os.wait4(child.pid, 0)
            seconds = time.perf_counter() - started
            err.seek(0)
            last = err.read().decode("utf-8", "replace").strip().splitlines()[-1:]
    code = os.waitstatus_to_exitcode(status)
    return {"case": name, "bytes": size, "seconds": round(seconds, 2), "peak_mib": round(usage.ru_maxrss / 1024),
            "exit": code, "error": last if code else []}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", default=",".join(cases(1.0)))
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--limit-gb", type=float, default=8.0)
    parser.add_argument("--repo", type=Path, default=REPO, help="the summarize checkout to run")
    args = parser.parse_args()
    table = cases(args.scale)
    for name in args.cases.split(","):
        print(json.dumps(run(name, table[name], args.scale, args.limit_gb, args.repo.resolve())), flush=True)


if __name__ == "__main__":
    main()
