"""Text hard-wrapped at a fixed width read as paragraphs, and the collections' ASCII typesetting.

The toolkit's paragraphs are lines (``stages.split.blocks``), so a sentence wrapped over several
lines, as the news collections' SGML (TREC, DUC, TAC) and plain-text wire copy are written, would
be read as fragments of a sentence. A wrapped text's lines are joined back into paragraphs, which
end at a blank line or where an indented line opens the next one (the collections' convention).
"""
from __future__ import annotations

import re
import statistics

# A line that ends a sentence: its last mark, before any closing quotes or brackets.
_ENDS_RE = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")
# Wrapped text fills its width: lines of the collections hold 60-80 characters, never over this.
WRAP_WIDTH = 100
# The lines wrapped mid-sentence are most of them (a one-paragraph-per-line text ends nearly
# every line with a full stop) and long (a list's short items end unpunctuated too).
OPEN_SHARE = 0.5
OPEN_LENGTH = 40
MIN_LINES = 3
# Where a paragraph of wire copy starts although a text with no paragraph marks runs it on: at an
# agency's dateline ("... AP Business Writer NEW YORK (AP) _ Stocks fell"), and around an
# instruction in capitals ("(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)") or a "___" rule.
_DATELINE_BREAK_RE = re.compile(
    r"(?<=[^A-Z\s])(?<![A-Z][.'’-])[ \t]+(?=[A-Z][A-Z.'’-]{1,24}(?:[ \t][A-Z][A-Z.'’-]{1,24}){0,3}"
    r"(?:,[ \t][A-Z][A-Za-z.]{1,24}(?:[ \t][A-Z][A-Za-z.]{1,24}){0,2})?[ \t]\([A-Z][A-Za-z]{1,20}\)[ \t](?:_|--?|—)[ \t])")
_CAPS_WORD = r"[^()a-z\s]{0,20}[A-Z]{2}[^()a-z\s]{0,20}"
_SET_OFF_RE = re.compile(
    rf"(?:(?<![ \t])([ \t]+))?(\((?:{_CAPS_WORD}[ \t]+){{2,}}{_CAPS_WORD}\)|\((?:MORE|END|ENDIT)\)|_{{3,}}"
    # A byline and the news service's copyright: "By ANN LEE c.1998 N.Y. Times News Service".
    r"|(?:By(?:[ \t][A-Z][A-Za-z.'’-]{0,24}){1,4}[ \t])?c\.[ \t]?\d{4}[ \t][A-Z][^\n]{0,40}?News Service\b"
    # The service's transmission line: "NYT-09-15-99 1845EDT".
    r"|[A-Z]{2,5}-\d\d-\d\d-\d\d[ \t]\d{4}[A-Z]{3}\b)([ \t]+)?")
# A list's item run on after a sentence: "the counts: _ Two counts of conspiracy. _ One of perjury."
_ITEM_BREAK_RE = re.compile(r"(?<=[.:])[ \t]+(?=_[ \t][A-Z0-9])")
# A compound's hyphen at a line's end: the line breaks the word, not a space ("profit-\nsharing").
_HYPHEN_END_RE = re.compile(r"[A-Za-z]-$")
# AP's dash in the collections: an underscore standing alone between words.
_DASH_RE = re.compile(r"(?<=\S) _ (?=\S)")
# Its list item: a paragraph opened by an underscore ("_ Two counts of conspiracy.").
_ITEM_RE = re.compile(r"^_[ \t]+(?=\S)", re.M)


def _runs(text: str) -> list[list[str]]:
    """The runs of non-blank lines of ``text``, each line right-stripped."""
    runs: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line.strip():
            runs[-1].append(line.rstrip())
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def is_wrapped(text: str) -> bool:
    """Is ``text`` hard-wrapped: its lines within the width, and most of those followed by another
    line of the same paragraph broken off mid-sentence, at a length that fills the width?"""
    runs = _runs(text)
    lines = [line for run in runs for line in run]
    pairs = [(line, after.lstrip()) for run in runs for line, after in zip(run, run[1:])]  # a line and the next
    if len(pairs) < MIN_LINES or max(len(line.strip()) for line in lines) > WRAP_WIDTH:
        return False
    open_ = [(len(line.strip()), after) for line, after in pairs if not _ENDS_RE.search(line)]
    # Prose broken mid-sentence goes on in lower case more often than not; separate unpunctuated
    # lines (captions, list items) each open with a capital.
    going_on = sum(after[:1].islower() or after[:1].isdigit() for _, after in open_)
    return (len(open_) >= OPEN_SHARE * len(pairs) and statistics.median(n for n, _ in open_) >= OPEN_LENGTH
            and going_on >= OPEN_SHARE * len(open_))


def unwrap(text: str) -> str:
    """``text`` with each paragraph on one line: lines joined by a space (none after a line's
    closing hyphen), a paragraph ending at a blank line or before a line indented deeper than the
    text's least indented line."""
    lines = [line.rstrip() for line in text.split("\n")]
    indents = [len(line) - len(line.lstrip()) for line in lines if line]
    base = min(indents, default=0)
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        indented = len(line) - len(line.lstrip()) > base
        if (not line or indented) and paragraphs[-1]:
            paragraphs.append([])
        if line:
            paragraphs[-1].append(line.strip())
    return "\n".join(_join(p) for p in paragraphs if p)


def _join(lines: list[str]) -> str:
    """The lines of a paragraph joined by a space, except after a compound's hyphen."""
    out = lines[0]
    for line in lines[1:]:
        out += line if _HYPHEN_END_RE.search(out) and line[:1].isalpha() else f" {line}"
    return out


def wire_paragraphs(text: str) -> str:
    """``text`` (one paragraph a line) with a paragraph started where wire copy starts one that its
    layout ran on."""
    text = _ITEM_BREAK_RE.sub("\n", _DATELINE_BREAK_RE.sub("\n", text))
    return _SET_OFF_RE.sub(_set_off, text)


def _set_off(found: re.Match[str]) -> str:
    """An instruction or rule on a line of its own: the spaces around it become line ends."""
    before, after = ("\n" if found.group(k) else "" for k in (1, 3))
    return f"{before}{found.group(2)}{after}"


def typeset(text: str) -> str:
    """The collections' ASCII typesetting as the marks it stands for, so that quotations read as
    quotations and a dash as a dash: ``quotes'' as “quotes” and a `quote within' them opened by ‘
    (only in a text that has a ````), AP's spaced underscore (" _ ") as a dash, and the one that
    opens a list's item dropped."""
    if "``" in text:
        text = text.replace("``", "“").replace("''", "”").replace("`", "‘")
    return _ITEM_RE.sub("", _DASH_RE.sub(" — ", text))
