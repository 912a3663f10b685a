"""Drop paragraphs that are not news: appeals to the reader, captions, credits, bylines, page chrome.

Each rule is a small pure function over one paragraph's text that returns the reason it is
boilerplate, or ``None``; one statistic works across the cluster (short lines that many
articles repeat word for word are page furniture, not news).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Sequence

from ..ingest.header import WIRE_DATELINE_RE, leading_date
from ..model import Block
from ..text.quantities import quantities
from ..text.speakers import Label, alone, speaker_label, turns
from ..text.values import after_label
from .split import sentence_spans

# A quotation runs to its closing mark, or to the end of the paragraph when news style
# leaves it open for a quote that continues in the next paragraph. A single-quoted one stops
# at the next opening mark, so a run of unclosed ‘ is not rescanned from each (quadratic).
_QUOTED_RE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|‘[^’‘]{12,}’")
# Lower-case "us" only: "the US" is a country, not the reader.
_READER_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Ww]e|us|[Oo]ur|[Oo]urs)\b")
# The reader addressed in the second person. "We" and "our" alone are a body's own voice (a press release: "We have
# found no evidence ...", "Our revised estimate is £31m") or a newsroom's reporting ("Rescuers tell us ..."): news.
_YOU_RE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours)\b")
# A newsroom's "we" of its own output, not of the news: a live page's welcome and sign-off ("That's all from us",
# "that's where we leave it", "we'll be back", "join us", "thanks for following", "here is what we know") and the
# nouns it calls its work by (its coverage, blog, page, bulletin, programme, newsroom, readers); a closed set of the
# news page's conventions, not of any story's words.
_OWN_OUTPUT_RE = re.compile(
    r"\b(?:coverage|live (?:blog|page|updates?)|blog|bulletin|programme|newsroom|readers|viewers|listeners)\b|"
    r"\b(?:all|it) from us\b|\bthat(?:'s|’s| is) where we\b|\bwe(?:'ll|’ll| will) be back\b(?!\s+to\b)|\bjoin us\b|"
    r"\bthanks? (?:you )?for (?:following|joining|reading|watching|listening)\b|\bwhat we know\b", re.I)
_CALL_RE = re.compile(
    r"\b(?:donat\w*|subscri\w*|sign(?:ing)? up|newsletters?|paywalls?|support (?:us|now|our)|read more|"
    r"click here|become a (?:member|subscriber)|membership|unlimited access|log ?in|register)\b", re.I)
_UI_PREFIX_RE = re.compile(
    r"^(?:open (?:image|photo) in gallery|view (?:image|gallery|photos?|slideshow)|click to (?:enlarge|expand|play)|"
    r"(?:image|photo|picture|slide) \d+ of \d+|photo(?:graph)?s?\s*:|pictures?\s*:|images?\s*:|"
    r"(?:(?:image|photo|video|picture)\s+)?caption\s*:|(?:image|photo) credit\s*:|"
    r"file photo\b|watch\s*:|video\s*:|listen\s*:|advertisement\b|ad\b|skip (?:ad|advertisement))", re.I)
_CREDIT_WORDS = (r"via|photo|photos|photograph|picture|pictures|image|images|getty|reuters|afp|ap|pa|epa|"
                 r"kcna|copyright|credit|pool|shutterstock|file|handout|alamy|bloomberg|xinhua|yonhap|©")
# ``\)\s*(?:\.\s*)?$``, not ``\)\s*[.]?\s*$``: two runs of spaces with only an optional dot between
# them split a long run every possible way (quadratic).
_CREDIT_TAIL_RE = re.compile(rf"\((?=[^()]*(?:\b(?:{_CREDIT_WORDS})\b|©))[^()]*\)\s*(?:\.\s*)?$", re.I)
_PICTURE_RE = re.compile(r"\bin (?:this|a|an) (?:handout )?(?:picture|photo|photograph|image|file photo|video grab)\b", re.I)
_BYLINE_RE = re.compile(
    r"^\(?(?:by|written by|reporting by|reported by|additional reporting by|edited by|compiled by|"
    r"story by|words by|with reporting by)\s+\S", re.I)
_COPYRIGHT_RE = re.compile(r"^(?:©|\(c\)\s|copyright\b)|all rights reserved", re.I)
_CHROME_RE = re.compile(
    r"^(?:follow (?:us|@)|share (?:this|on)|sign up|subscribe|related\s*:|read more\b|read next|more\s*:|see also|"
    r"listen to this|download (?:the|our)|click (?:here|to)|tap (?:here|to)|recommended|most read|"
    r"trending|topics?\s*:|tags?\s*:|comments?\b|(?:contact|e-?mail) (?:the )?(?:reporter|writer|author)s?\b)", re.I)
# The wire's notes to its editors, not news: "Eds: UPDATES with ...", "EDITOR'S NOTE _ ...", a
# correction of an earlier story, the photo or graphic that goes with it ("With AP Photo NY112"),
# instructions in capitals ("(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)", "(MORE)") or in
# brackets ("(Optional add end)", "(End optional trim)"), the reporters who contributed, the
# heading over web links ("On the Net:") and a note that the story was updated or corrected.
_NOTE_RE = re.compile(
    r"^\(?(?:eds?|editors?|editor'?s'? notes?|correction|clarification)\s*(?::|_|—|--)"
    r"|^(?:with\s+)?(?:AP|UPI|NYT|Reuters|AFP)\s+(?:photos?|laserphotos?|graphics?|wirephotos?)"
    r"(?:\s+[A-Z]{2,4}\d{1,4}\b|\s*[.:]?\s*$)"
    r"|^on the (?:net|web|internet)\s*:?\s*$"
    r"|^this (?:story|article|report) (?:has been|was) (?:updated|corrected|amended)\b"
    r"|^an earlier version of this (?:story|article|report)\b"
    r"|^\((?:optional|end|more|add|insert|trim|first|second|third|\d\w*)\b[^().]{0,60}\)$", re.I)
_CONTRIBUTED_RE = re.compile(r"\bcontributed (?:reporting )?(?:to|for) (?:this|the) (?:report|story|article)\b", re.I)
_NOTE_WORDS = 30
# A note is a paragraph, never an article whose paragraphs its layout ran together.
_NOTE_MAX_WORDS = 80
_END_PUNCT = tuple(".!?\"'”’…:;)")
_SENTENCE_END = tuple(".!?\"'”’…")
FRAGMENT_WORDS = 12
REPEATED_MIN_DOCS = 3
REPEATED_MAX_WORDS = 20


def _unquoted(text: str) -> str:
    """``text`` with quoted speech blanked out, same length (offsets stay valid)."""
    return _QUOTED_RE.sub(lambda m: " " * len(m.group()), text)


def reader_appeal(text: str) -> str | None:
    """A paragraph that talks to the reader (``_speaks_to_reader`` in two or more of its sentences), or that says we,
    our or you and asks for something. A transcript's turn ("ANN LEE (PRESENTER): ", ``speaker_label``) is speech,
    whose "you" and "we" are the speaker's, not the page's to its reader."""
    plain = _unquoted(text)
    if not _READER_RE.search(plain):
        return None
    spans = sentence_spans(text)
    addressed = sum(1 for s, e in spans if _speaks_to_reader(plain[s:e]))
    if addressed >= 2 and addressed / max(len(spans), 1) >= 0.4 and not speaker_label(text):
        return "addresses the reader"
    if _CALL_RE.search(plain):
        return "appeal to the reader"
    return None


def _speaks_to_reader(sentence: str) -> bool:
    """Does a sentence (quotes blanked) talk to the reader: in the second person, or as the newsroom of its own
    coverage? A body's "we" of what it did or found is its statement, news."""
    return bool(_YOU_RE.search(sentence) or (_READER_RE.search(sentence) and _OWN_OUTPUT_RE.search(sentence)))


def caption(text: str) -> str | None:
    """A photo or video caption: gallery chrome, a trailing photo credit, 'in this picture'."""
    if _UI_PREFIX_RE.search(text):
        return "page chrome or caption"
    if len(text.split()) <= 80 and (_CREDIT_TAIL_RE.search(text) or _PICTURE_RE.search(text)):
        return "photo caption or credit"
    return None


def credit(text: str) -> str | None:
    """A byline, copyright line or a call to share, follow or subscribe."""
    short = len(text.split()) <= FRAGMENT_WORDS
    if short and _BYLINE_RE.search(text):
        return "byline"
    if _COPYRIGHT_RE.search(text):
        return "copyright notice"
    if short and _CHROME_RE.search(text):
        return "page chrome"
    return None


def wire_note(text: str) -> str | None:
    """A wire service's note to editors: an Eds: or correction note (at most ``_NOTE_MAX_WORDS``),
    a photo note, an instruction in capitals, a contributor line (a sentence of its own)."""
    if _NOTE_RE.search(text) and len(text.split()) <= _NOTE_MAX_WORDS:
        return "note to editors"
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and not any(c.islower() for c in letters):
        return "instruction in capitals"
    if len(text.split()) <= _NOTE_WORDS and _CONTRIBUTED_RE.search(text) and len(sentence_spans(text)) == 1:
        return "contributor line"
    return None


def fact_line(text: str) -> bool:
    """Does a line state a figure right after its label (``values.after_label``: "- Homes
    flooded: 240", "Containment: 40%")? A fact box lists facts without sentence punctuation; a
    line dated or timed ("Issued: 17 Aug 2027") is none."""
    return any(after_label(text, q.start) for q in quantities(text))


def fragment(text: str) -> str | None:
    """A short line without sentence punctuation: a sub-heading, label or stray caption; not a
    fact box's line (``fact_line``)."""
    if len(text.split()) <= FRAGMENT_WORDS and not text.rstrip().endswith(_END_PUNCT) and not fact_line(text):
        return "fragment without sentence punctuation"
    return None


RULES: tuple[Callable[[str], str | None], ...] = (caption, credit, wire_note, reader_appeal, fragment)


@dataclass(frozen=True)
class Dropped:
    """A paragraph left out, and why."""

    block: Block
    reason: str


def _key(text: str) -> str:
    return re.sub(r"[\W\d_]+", " ", text.lower()).strip()


def _furniture_shaped(text: str) -> bool:
    """Short and not ended like a sentence: a line that could be page furniture.

    A sentence that several outlets print word for word is wire copy, which dedup groups
    and credits to every outlet; it must not be thrown away here.
    """
    return len(text.split()) <= REPEATED_MAX_WORDS and not text.rstrip().endswith(_SENTENCE_END)


def repeated_lines(blocks: Sequence[Block]) -> set[str]:
    """Keys of short, unpunctuated lines that at least ``REPEATED_MIN_DOCS`` documents repeat
    word for word."""
    docs_by_key: dict[str, set[str]] = {}
    for b in blocks:
        if _furniture_shaped(b.text):
            docs_by_key.setdefault(_key(b.text), set()).add(b.doc_id)
    return {k for k, d in docs_by_key.items() if k and len(d) >= REPEATED_MIN_DOCS}


def trim_dateline(block: Block) -> Block:
    """Cut a dateline off the front of a paragraph: a date glued to it ("Tuesday, January 18,
    2005Through ...") or a wire dateline ("PORT ELLA, May 3 (Wire) - A ferry ..."); what
    follows is the news, and only it should count in a summary's words or a sentence's match."""
    _, length = leading_date(block.text)
    wire = WIRE_DATELINE_RE.match(block.text)
    length = length or (wire.end() if wire else 0)
    if not length or length >= len(block.text):
        return block
    rest = block.text[length:]
    cut = length + len(rest) - len(rest.lstrip())
    return replace(block, start=block.start + cut, text=block.text[cut:])


def _lead_in(block: Block, following: Block | None) -> str | None:
    """A one-sentence paragraph that ends in a colon before a table's row or a list's item, a
    fragment or a fact box's line ("Here is how the indexes closed:", "Key facts:"): without them
    it says nothing."""
    if (block.text.rstrip().endswith(":") and following is not None and following.doc_id == block.doc_id
            and (fragment(following.text) or fact_line(following.text)) and len(sentence_spans(block.text)) == 1):
        return "lead-in to a table or list"
    return None


def trim_label(block: Block, label: Label | None) -> Block:
    """Cut a transcript's speaker label off the front of a paragraph ("ANN LEE (REPORTER): The bridge ...",
    ``speakers.turns``): the speech is the sentence, the label who says it; else cut a dateline (``trim_dateline``)."""
    if label is None or not label.end:
        return trim_dateline(block)
    return replace(block, start=block.start + label.end, text=block.text[label.end:])


def _labels(blocks: Sequence[Block]) -> list[Label | None]:
    """The speaker's label of each paragraph (``speakers.turns``), read document by document."""
    out: list[Label | None] = []
    for i, b in enumerate(blocks):
        if not i or blocks[i - 1].doc_id != b.doc_id:
            end = next((j for j in range(i, len(blocks)) if blocks[j].doc_id != b.doc_id), len(blocks))
            out.extend(turns([d.text for d in blocks[i:end]]))
    return out


def speakers(blocks: Sequence[Block]) -> dict[str, dict[int, Label]]:
    """Each document's transcript turns (``speakers.turns``): where the speech of each paragraph a speaker's label
    opens or stands above starts, and that label, by document id."""
    out: dict[str, dict[int, Label]] = {}
    for b, label in zip(blocks, _labels(blocks)):
        if label is not None and not alone(label, b.text):
            out.setdefault(b.doc_id, {})[b.start + label.end] = label
    return out


def clean(blocks: Sequence[Block]) -> tuple[list[Block], list[Dropped]]:
    """Split paragraphs into news (kept, in order, a dateline or a speaker's label cut off) and boilerplate (with the
    reason)."""
    repeated = repeated_lines(blocks)
    labels = _labels(blocks)
    kept: list[Block] = []
    dropped: list[Dropped] = []
    # A paragraph repeated n times (wire copy, syndicated feeds) is judged once.
    judged: dict[str, str | None] = {}
    for i, b in enumerate(blocks):
        if b.text not in judged:
            reason = "repeated across outlets" if _furniture_shaped(b.text) and _key(b.text) in repeated else None
            for rule in RULES:
                reason = reason or rule(b.text)
            judged[b.text] = reason
        reason = ("speaker's label" if alone(labels[i], b.text) else judged[b.text]) \
            or _lead_in(b, blocks[i + 1] if i + 1 < len(blocks) else None)
        if reason:
            dropped.append(Dropped(b, reason))
        else:
            kept.append(trim_label(b, labels[i]))
    return kept, dropped
