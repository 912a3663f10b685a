"""Speaker labels of a broadcast transcript: who speaks a paragraph, and the role and body the label gives them.

A transcript opens each turn with its speaker in capitals, perhaps a role after a comma and a parenthesis, and a
colon: "ANN LEE (PRESENTER): ...", "DR OLE BRANDT (HARBOUR TRUST): ...", "ANN LEE, ANCHOR: ...", "CORRESPONDENT (Ole
Brandt): ...", or the label on a line of its own above the speech. The label is no part of what is said: a reader
reads the speech as a sentence of its own, said by the speaker, and the label as the fact that the speaker holds the
role and speaks for the body it names. One paragraph's opening in capitals and a colon is as well a wire dateline
("OSLO: ") or a headline ("STORM CHAOS: ..."), and a live page marks its entries ("UPDATE: ..."): a document's
labels are read as a transcript's only when two or more of its paragraphs open with one (a dateline or a headline
opens one paragraph), and never a page's own marks (``_NOT_SPEAKERS``).
"""
from __future__ import annotations

import re
from typing import Iterable, NamedTuple, Sequence

from .tokens import terms

# A speaker in capitals (at most five words), a role in capitals after a comma, a parenthesis and the colon; the
# speech after it, or nothing when the label stands on its own line. Bounded words: linear.
_CAPS = r"[A-Z][A-Z.'’-]{1,30}(?:\s{1,3}[A-Z][A-Z.'’&-]{0,30}){0,4}"
_LABEL_RE = re.compile(rf"({_CAPS})(?:,\s{{1,3}}({_CAPS}))?(?:\s{{0,3}}\(([^()\n]{{1,80}})\))?:(?:\s+|$)")
# A page's own marks, not speakers: a live page's entries, a headline's kicker, a fact box, a note to editors, an
# interview's Q and A. Closed class of the page's conventions.
_NOT_SPEAKERS = frozenset("""live update updated updates breaking latest watch listen video photo photos picture
pictures exclusive analysis opinion comment editorial correction clarification note notes editor's editors eds read
related fact facts factbox key background timeline source sources warning alert urgent flash advisory review explainer
transcript q a summary""".split())
# What a parenthesis tells of the recording, not of the speaker: "(RECORDED)", "(VOICEOVER)", "(ON LINE)".
_PRODUCTION = frozenset({"recorded", "voiceover", "voice-over", "vo", "archive", "translated", "interpreted",
                         "soundbite", "clip", "on line", "on the line", "on the phone", "by phone", "off camera",
                         "via video link"})
# A label that names the speaker's part in the programme, whose parenthesis may give their name ("PRESENTER (Ann
# Lee)"): a closed class of broadcast roles.
_PROGRAMME_ROLES = frozenset("""presenter anchor host reporter correspondent narrator interviewer announcer newsreader
caller""".split())
# At least this many paragraphs of one document open with a label for it to be a transcript.
MIN_TURNS = 2


class Label(NamedTuple):
    """A speaker's label: ``end`` is where the speech starts after it in its paragraph (0 for a paragraph under a
    label on its own line), ``speaker`` the speaker as written ("DR ANN LEE"), ``parts`` what else the label tells
    of them as written, role first ("HEAD TEACHER", "HILL ROAD SCHOOL"), production notes left out."""

    end: int
    speaker: str
    parts: tuple[str, ...]


def speaker_label(text: str) -> Label | None:
    """The speaker's label that opens a paragraph ("ANN LEE (REPORTER): ..."), else ``None``; a page's own mark
    ("UPDATE:", "LIVE:") or a time stamp ("14:05 ...") is none."""
    m = _LABEL_RE.match(text)
    if m is None or m.group(1).split()[0].lower().rstrip(":") in _NOT_SPEAKERS:
        return None
    speaker = m.group(1)
    parts = [p for p in (m.group(2), *(m.group(3) or "").split(",")) if p and p.strip()]
    parts = [p.strip() for p in parts if p.strip().lower() not in _PRODUCTION]
    if speaker.lower() in _PROGRAMME_ROLES and parts and parts[0].lower() not in _PROGRAMME_ROLES \
            and 2 <= len(parts[0].split()) <= 4:
        speaker, parts = parts[0], [speaker, *parts[1:]]  # "CORRESPONDENT (Ann Lee)": the parenthesis names them
    return Label(m.end(), speaker, tuple(parts))


def turns(paragraphs: Sequence[str]) -> list[Label | None]:
    """The speaker's label of each of one document's paragraphs, when two or more open with one (``MIN_TURNS``);
    the paragraph under a label on its own line is that speaker's (``Label.end`` 0)."""
    found = [speaker_label(p) for p in paragraphs]
    if sum(1 for f in found if f is not None) < MIN_TURNS:
        return [None] * len(paragraphs)
    out: list[Label | None] = []
    for i, f in enumerate(found):
        above = found[i - 1] if i else None
        own_line = above is not None and above.end >= len(paragraphs[i - 1].rstrip())
        out.append(f if f is not None else above._replace(end=0) if own_line and above else None)
    return out


def alone(label: Label | None, paragraph: str) -> bool:
    """Is ``paragraph`` only a speaker's label, on a line of its own above the speech?"""
    return label is not None and label.end > 0 and label.end >= len(paragraph.rstrip())


def holds(label: Label, asked: Sequence[str]) -> bool:
    """Does the label give its speaker every one of ``asked`` (a question's stemmed terms, ``tokens.terms``) in its
    role and body ("head teacher", "Hill School" for "Who is the head teacher of Hill School?")?"""
    return bool(label.parts) and bool(asked) and set(asked) <= set(terms(" ".join(label.parts)))


def as_named(speaker: str, texts: Iterable[str]) -> str:
    """The speaker as the articles write the name elsewhere, not in capitals ("Dr Ann Lee" for "DR ANN LEE"), else as
    the label writes it."""
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, speaker.split())) + r"\b", re.I)
    return next((m.group() for t in texts for m in pattern.finditer(t) if not m.group().isupper()), speaker)

