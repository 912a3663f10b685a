"""Dataclasses that carry provenance (document id, position, offsets) through every stage."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence


@dataclass(frozen=True)
class Document:
    """One article: ``text`` is its plain text (the decoded file, or the text extracted from
    Markdown, HTML or JSON); ``body_start`` is where the news begins; ``path`` the file it came
    from ("-" for standard input); ``source`` its URL or outlet when the input names one. ``date`` is
    ISO ("2027-10-09"), "" when the article gives none, or "--10-09" when only a wire dateline's
    day gives it ("PORT ELLA, Oct 9 (Wire) -"): a ``Corpus`` puts that in its other articles' year."""

    id: str
    text: str
    title: str = ""
    date: str = ""
    path: str = ""
    body_start: int = 0
    source: str = ""

    def to_dict(self) -> dict:
        """The JSON record of a document's metadata (its text is not repeated)."""
        return {"id": self.id, "title": self.title, "date": self.date, "path": self.path, "source": self.source}


@dataclass(frozen=True)
class Block:
    """A paragraph (one line of the input) with its offsets into ``Document.text``."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, order=True)
class Sentence:
    """One sentence; identity is ``(doc_id, index)`` and ``doc.text[start:end] == text``."""

    doc_id: str
    index: int
    text: str = field(compare=False)
    start: int = field(compare=False)
    end: int = field(compare=False)

    @property
    def key(self) -> tuple[str, int]:
        return (self.doc_id, self.index)


@dataclass(frozen=True)
class Group:
    """Sentences that say the same thing; ``representative`` is the one shown.

    ``supporters`` are documents that state the same fact in other words (paraphrase), found
    in the groups whose ids are ``paraphrases``;
    ``sources`` is every document behind the group, sorted.
    """

    id: int
    representative: Sentence
    members: tuple[Sentence, ...]
    supporters: tuple[str, ...] = ()
    paraphrases: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        return self.representative.text

    @property
    def shown(self) -> str:
        """The representative as a reader sees it: when a summary cut its end off (a trailing
        attribution or aside), closed with a full stop, in place of a comma it ends in."""
        rep = self.representative
        if not any(m.key == rep.key and m.end > rep.end for m in self.members):
            return rep.text
        text = rep.text.rstrip()
        body = text.rstrip("\"”’'")
        if body.endswith(","):
            return f"{body[:-1]}.{text[len(body):]}"
        return text if body.endswith((".", "!", "?")) else f"{text}."

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({m.doc_id for m in self.members} | set(self.supporters)))

    def to_dict(self) -> dict:
        """The JSON record of ``dedup --json``: the text, every source and every member sentence."""
        return {"text": self.text, "sources": list(self.sources), "support": len(self.sources),
                "supporters": list(self.supporters),
                "members": [{"doc": m.doc_id, "index": m.index, "text": m.text} for m in self.members]}


@dataclass(frozen=True)
class Scored:
    """A group picked or retrieved, with its score (higher = better) and the disagreements
    between sources about a value it states (a summary shows them instead of picking a side)."""

    group: Group
    score: float
    conflicts: tuple["Conflict", ...] = ()

    @property
    def text(self) -> str:
        return self.group.text

    @property
    def sources(self) -> tuple[str, ...]:
        return self.group.sources

    def to_dict(self, *, positions: bool = True) -> dict:
        """The JSON record of a summary sentence or an evidence sentence."""
        out: dict = {"text": self.text, "sources": list(self.sources), "support": len(self.sources),
                     "score": round(self.score, 6)}
        if self.group.shown != self.text:  # a cut sentence: "text" stays the verbatim span
            out["shown"] = self.group.shown
        if positions:
            out["positions"] = [{"doc": m.doc_id, "index": m.index} for m in self.group.members]
        if self.conflicts:
            out["conflicts"] = [c.to_dict() for c in self.conflicts]
        return out


@dataclass(frozen=True)
class Side:
    """One side of a disagreement: the value it states, a sentence that says so, its sources,
    and the ``(doc_id, index)`` of every sentence that states it."""

    value: str
    text: str
    sources: tuple[str, ...]
    positions: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Conflict:
    """Sources that disagree about the same quantity, date or name, or a claim and its denial
    (``kind`` quantity, date, name or polarity); kind "updated" is a figure that later articles
    changed: its sides run oldest first and ``dates[k]`` is the first date of side ``k``."""

    topic: str
    kind: str
    sides: tuple[Side, ...]
    dates: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """The JSON record of a disagreement: every side with its value, a sentence and its
        sources; an update adds its ``timeline`` of (value, date, sources), oldest first."""
        out = {"topic": self.topic, "kind": self.kind,
               "sides": [{"value": s.value, "text": s.text, "sources": list(s.sources), "support": len(s.sources)}
                         for s in self.sides]}
        if self.dates:
            out["timeline"] = [{"value": s.value, "date": d, "sources": list(s.sources)}
                               for s, d in zip(self.sides, self.dates)]
        return out


@dataclass(frozen=True)
class Answer:
    """A short answer (or ``None`` when the documents do not answer) with ranked evidence;
    ``confidence`` is the answerer's probability (0 to 1) for its best candidate, given even
    when it abstained."""

    question: str
    answer: str | None
    evidence: tuple[Scored, ...]
    conflicts: tuple[Conflict, ...] = ()
    confidence: float = 0.0

    def to_dict(self) -> dict:
        """The JSON record of ``ask --json``."""
        return {"question": self.question, "answer": self.answer, "confidence": self.confidence,
                "evidence": [e.to_dict() for e in self.evidence],
                "conflicts": [c.to_dict() for c in self.conflicts]}


def labels(doc_ids: Sequence[str]) -> dict[str, str]:
    """Short labels for people: the id up to its first "_" when that is still unique."""
    short = {d: d.split("_", 1)[0] for d in doc_ids}
    return short if len(set(short.values())) == len(short) else {d: d for d in doc_ids}
