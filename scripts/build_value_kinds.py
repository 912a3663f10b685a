"""Build the table of the kinds of value news attaches to a noun; writes summarize/text/value_kinds.txt.

A question names what it asks the size of by a noun ("What wage increase did they accept?", "How big is the fee?"),
and the noun alone tells what kind of value answers it: a rise is mostly a percentage, a bonus a sum of money, a
report's length a count of pages. The table counts, for each noun (keyed by ``senses.light_stem``, as the senses table is, so a
noun it lacks is looked up by its related words: "increase" by "rise" and "hike"), the dimensions of the figures ``text.quantities`` reads attached to it in news text: a figure just before
the noun phrase it heads ("a 4% rise", "a €2,500 signing bonus", "the 148-page report"), and a figure after the
noun and "of", a copula or a verb of reaching ("a bonus of 2,500 euros", "turnout was 74%", "the bill stood at
£3m"). The text read is the news the project ships, for its nouns and figures only (no question is read): seeds/, the shared
MultiLing 2011 articles ($SUMMARIZE_SHARED/data/multiling2011, else shared/ beside the checkout) and the
invented clusters of tests/data but for the fresh, update and explainer sets (their gold questions stay unseen).

The table is text that ``senses.read_table`` reads: a JSON header line, then one section of lines sorted by
stem, "stem<TAB>dimension:count ..." (most counted first), which ``senses.look_up`` finds by a binary search.
Deterministic: same text, same bytes.

    python scripts/build_value_kinds.py [--shared ../shared] [--out summarize/text/value_kinds.txt]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.text.quantities import quantities  # noqa: E402
from summarize.text.senses import light_stem  # noqa: E402
from summarize.text.tokens import STOP_WORDS, verb_shaped  # noqa: E402

OUT = ROOT / "summarize" / "text" / "value_kinds.txt"
# The question sets measured on: their articles are not read, so the table learns nothing of their answers.
HELD_OUT = ("fresh_news", "update_news", "explainer_news")
# The noun phrase a figure stands before: up to three words, the last its head ("93% similarity score").
_AFTER_RE = re.compile(r"[ -]((?:[a-z][a-z-]{1,30} ){0,2}[a-z][a-z-]{1,30})\b")
# A noun, then "of", a copula or a verb of reaching, then perhaps a bound, before the figure ("a rise of up to 4%",
# "turnout was 74%", "the bill stood at £3m"). Bounded: anchored at the end, each part short.
_BEFORE_RE = re.compile(r"\b([a-z][a-z-]{1,30}) (?:of|is|was|are|were|will be|would be|stood at|stands at|reached|"
                        r"totalled|totaled|came to|amounted to|rose to|fell to)"
                        r"(?: (?:about|around|some|up to|nearly|almost|more than|less than|over|under|just|roughly|"
                        r"an estimated|a record|only))? ?$")


def sources(shared: Path) -> list[Path]:
    """The news text files read, sorted: seeds, the MultiLing 2011 articles, the invented clusters but for the
    held-out sets."""
    data = ROOT / "tests" / "data"
    invented = [p for p in sorted(data.rglob("*.txt"))
                if not p.relative_to(data).parts[0].startswith(HELD_OUT)]
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted((shared / "data" / "multiling2011").glob("*/docs/*.txt")) \
        + invented


def attached(text: str) -> list[tuple[str, str]]:
    """Each figure of ``text`` with the noun it is attached to, as (stem, dimension)."""
    out = []
    for q in quantities(text, adjectives=True):
        if not q.dimension:
            continue
        after = _AFTER_RE.match(text, q.end)
        if after:
            words = after.group(1).split()
            # the phrase stops at a word that only links ("of", "the") or is shaped as a verb ("took", "agreed")
            cut = next((i for i, w in enumerate(words) if w in STOP_WORDS or verb_shaped(w)), len(words))
            if cut:
                out.append((light_stem(words[cut - 1]), q.dimension))
        before = _BEFORE_RE.search(text, 0, q.start)
        if before and before.group(1) not in STOP_WORDS and not verb_shaped(before.group(1)):
            out.append((light_stem(before.group(1)), q.dimension))
    return out


def build(paths: list[Path]) -> dict[str, Counter]:
    """Each noun's stem to the count of the dimensions of the figures attached to it."""
    table: dict[str, Counter] = defaultdict(Counter)
    for path in paths:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            for noun, dimension in attached(line):
                table[noun][dimension] += 1
    return table


def write(table: dict[str, Counter], out: Path, read: int) -> None:
    """The table as text: a header, then "stem<TAB>dimension:count ..." by stem, most counted first."""
    header = json.dumps({"built_by": "scripts/build_value_kinds.py", "files": read},
                        sort_keys=True, separators=(",", ":"))
    lines = [f"{noun}\t" + " ".join(f"{d}:{n}" for d, n in sorted(kinds.items(), key=lambda dn: (-dn[1], dn[0])))
             for noun, kinds in sorted(table.items())]
    out.write_text(header + "\n\n" + "\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("SUMMARIZE_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    paths = sources(args.shared)
    write(build(paths), args.out, len(paths))


if __name__ == "__main__":
    main()
