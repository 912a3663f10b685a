"""The Python API: a cluster of articles, processed once, summarised and questioned many times."""
from __future__ import annotations

from dataclasses import replace
from functools import cached_property
from numbers import Real
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np

from .errors import InputError, InputTypeError
from .ingest.header import settle_years
from .ingest.load import Notice, from_texts, load_paths
from .limits import MAX_FILE_BYTES, MAX_QUESTION_CHARS, MAX_SENTENCES, positive
from .model import Answer, Block, Conflict, Document, Group, Scored, Sentence
from .qa import ANSWER_RETRIEVER, DEFAULT_RETRIEVER
from .qa.answer import Answerer, age_beside, as_asked, causes_stated, counts_asked, who_is_aged
from .qa.disputes import (
    aligned_conflict,
    another_subject,
    candidate_conflict,
    changed_in_sentence,
    course_asked,
    dated_elsewhere,
    dated_update,
    disputed_answer,
    inside_a_side,
    is_short,
    moved_day,
    named_elsewhere,
    off_kind,
    rejoined,
    restated_elsewhere,
    running_count,
    side_of,
    stated_elsewhere,
    story_terms,
    told_exactly,
    told_now,
    yes_no_answer,
)
from .qa.question import QUESTION_KINDS, Question, parse
from .qa.retrieve import (BM25Retriever, BM25Scores, Headings, Layout, PassageRetriever, Retriever, best_hits,
                          get_retriever, layout, states_asked)
from .qa.sources import named_source, source_articles
from .stages.clean import Dropped, clean, speakers
from .stages.conflicts import find_conflicts, touching
from .stages.dedup import DEFAULT_THRESHOLD, group_sentences
from .stages.split import blocks, split_blocks
from .stages.support import with_support
from .summary.rankers import get_ranker
from .summary.rankers.base import Chooser, Ranker
from .summary.select import DEFAULT_SENTENCES, Budget, select
from .text.dates import writes_day_first
from .text.speakers import Label, as_named, holds

DEFAULT_TOP_K = 5
# Short answers are looked for a little deeper than the evidence shown.
ANSWER_DEPTH = 10
# A "how many" question reads this deep the sentences that count its noun (``answer.counts_asked``): a later report
# gives the count in a sentence that shares little else with the question. On the dev fresh sets' "how many" / "how
# much" questions (round 39) depth 10 / 15 / 20 / 30 answers 524 / 527 / 524 / 524 right: deeper, more counts of a
# broad noun ("people") come in and change which figure the disagreement steps read as the latest.
COUNT_DEPTH = 15
# A "why" question reads this deep the sentences that state a cause with a cue of cause (``answer.causes_stated``): a
# lead gives the cause in a long sentence that BM25 ranks below shorter ones about the event ("..., blaming a cut in
# its grant"). On the dev fresh sets' 61 "why" questions (round 44) depth 10 / 15 / 25 answers 30 / 31 / 31 right.
CAUSE_DEPTH = 15


class Corpus:
    """Articles about one event: cleaned, split, deduplicated on first use.

    >>> corpus = Corpus.from_texts({"a": "Rain fell in Paris on Monday. It was cold.",
    ...                             "b": "Rain fell in Paris on Monday, officials said."})
    >>> [s.sources for s in corpus.summarize(sentences=1)]
    [('a', 'b')]
    """

    documents: tuple[Document, ...]
    threshold: float
    max_sentences: int
    max_question_chars: int

    def __init__(self, documents: Sequence[Document], *, threshold: float = DEFAULT_THRESHOLD,
                 max_sentences: int = MAX_SENTENCES, max_question_chars: int = MAX_QUESTION_CHARS) -> None:
        if isinstance(documents, (str, bytes)):
            raise InputTypeError("documents must be a list of Document; use Corpus.from_texts for strings")
        documents = tuple(documents)
        if not all(isinstance(d, Document) for d in documents):
            raise InputTypeError("documents must be a list of Document; use Corpus.from_texts for strings")
        if not documents:
            raise InputError("no documents given")
        if isinstance(threshold, bool) or not isinstance(threshold, Real):
            raise InputTypeError(f"threshold must be a number, got {type(threshold).__name__}")
        if not 0.0 < threshold <= 1.0:
            raise InputError(f"threshold must be in (0, 1], got {threshold}", usage=True)
        self.documents = tuple(sorted(settle_years(documents), key=lambda d: d.id))
        self.threshold = threshold
        self.max_sentences = positive("max_sentences", max_sentences)
        self.max_question_chars = positive("max_question_chars", max_question_chars)
        self._retrievers: dict[str | int, Retriever] = {}
        self._searched_near: bool = False  # whether a question's conflicts were found near its evidence (``ask``)

    @classmethod
    def from_paths(cls, paths: Iterable[str | Path], *, threshold: float = DEFAULT_THRESHOLD,
                   notice: Notice | None = None, max_file_bytes: int = MAX_FILE_BYTES,
                   max_sentences: int = MAX_SENTENCES, max_question_chars: int = MAX_QUESTION_CHARS,
                   follow_links: bool = False) -> "Corpus":
        """Load articles (.txt, .md, .html, .json, .jsonl; "-" for standard input) from files and
        folders; symbolic links leading out of a folder are skipped unless ``follow_links``."""
        return cls(load_paths(paths, notice=notice, max_file_bytes=max_file_bytes, follow_links=follow_links),
                   threshold=threshold, max_sentences=max_sentences, max_question_chars=max_question_chars)

    @classmethod
    def from_texts(cls, texts: Mapping[str, str] | Iterable[str], *, threshold: float = DEFAULT_THRESHOLD,
                   max_sentences: int = MAX_SENTENCES, max_question_chars: int = MAX_QUESTION_CHARS) -> "Corpus":
        """Articles given as strings: a mapping id -> text, or texts numbered 000, 001, ..."""
        return cls(from_texts(texts), threshold=threshold, max_sentences=max_sentences,
                   max_question_chars=max_question_chars)

    @classmethod
    def from_sentences(cls, documents: Sequence[Document], sentences: Sequence[Sentence], *,
                       threshold: float = DEFAULT_THRESHOLD, max_sentences: int = MAX_SENTENCES,
                       max_question_chars: int = MAX_QUESTION_CHARS) -> "Corpus":
        """Articles cleaned and split before (an archive keeps their sentences): the later
        stages run on ``sentences`` as given; ``paragraphs`` and ``dropped`` are computed from
        the documents if asked for."""
        corpus = cls(documents, threshold=threshold, max_sentences=max_sentences,
                     max_question_chars=max_question_chars)
        ids = {d.id for d in corpus.documents}
        if any(s.doc_id not in ids for s in sentences):
            raise InputError("a sentence belongs to none of the documents given")
        corpus.__dict__["sentences"] = _check_size(list(sentences), corpus.max_sentences)
        return corpus

    @classmethod
    def restore(cls, documents: Sequence[Document], *, threshold: float, paragraphs: list[Block],
                dropped: list[Dropped], sentences: list[Sentence], groups: list[Group],
                conflicts: Sequence[Conflict], retrievers: Mapping[str, Retriever], layout: Layout | None = None,
                max_question_chars: int = MAX_QUESTION_CHARS) -> "Corpus":
        """A corpus from stages computed before (``store.load``; ``layout`` when the retrievers
        were placed by it); nothing is recomputed."""
        corpus = cls(documents, threshold=threshold, max_sentences=max(MAX_SENTENCES, len(sentences)),
                     max_question_chars=max_question_chars)
        # cached_property keeps its value in the instance dict: fill it as if computed.
        corpus.__dict__.update(_cleaned=(paragraphs, dropped), sentences=sentences, groups=groups,
                               _conflicts=tuple(conflicts), **({} if layout is None else {"layout": layout}))
        corpus._retrievers.update(retrievers)
        return corpus

    @cached_property
    def _cleaned(self) -> tuple[list[Block], list[Dropped]]:
        return clean([b for d in self.documents for b in blocks(d)])

    @property
    def paragraphs(self) -> list[Block]:
        """The news paragraphs left after cleaning, in document then reading order."""
        return self._cleaned[0]

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Every news sentence, in document then reading order."""
        return _check_size(split_blocks(self.paragraphs), self.max_sentences)

    @property
    def dropped(self) -> list[Dropped]:
        """Paragraphs left out as boilerplate, with the reason."""
        return self._cleaned[1]

    @cached_property
    def groups(self) -> list[Group]:
        """Deduplicated sentences: each group is one statement and every source of it, the
        documents that paraphrase it included (``Group.supporters``)."""
        return with_support(group_sentences(self.sentences, threshold=self.threshold))

    def conflicts(self) -> list[Conflict]:
        """Where the documents disagree about the same quantity, date, name or claim, and the
        figures later articles updated (kind "updated", with a timeline)."""
        return list(self._conflicts)

    @cached_property
    def _conflicts(self) -> tuple[Conflict, ...]:
        return tuple(find_conflicts(self.groups, self.dates))

    @cached_property
    def _story(self) -> frozenset[str]:
        """The terms at least half the dated articles use (``story_terms``): a later article may leave them unsaid."""
        return story_terms(self.groups, self.dates)

    @property
    def dates(self) -> dict[str, str]:
        return {d.id: d.date for d in self.documents}

    def duplicates(self) -> list[Group]:
        """Groups that more than one sentence says (the repeats that deduplication removed)."""
        return [g for g in self.groups if len(g.members) > 1]

    def summarize(self, *, sentences: int | None = None, words: int | None = None,
                  ranker: str | Ranker = "default", seed: int = 0) -> list[Scored]:
        """An extractive summary within a budget of ``sentences`` (default 5) or ``words``,
        in reading order; each sentence carries its score and sources."""
        if sentences is None and words is None:
            sentences = DEFAULT_SENTENCES
        budget = Budget(sentences=sentences, words=words)
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise InputTypeError(f"seed must be a whole number, got {type(seed).__name__}")
        try:
            model = get_ranker(ranker, seed=seed)
        except TypeError as exc:
            raise InputTypeError(str(exc)) from None
        except ValueError as exc:
            raise InputError(str(exc), usage=True) from None
        groups = self.groups
        if isinstance(model, Chooser):
            picked = model.choose(groups, budget, dates=self.dates)
        else:
            picked = select(groups, model.score(groups), budget, dates=self.dates)
        found = self._conflicts_near([s.group for s in picked])
        return [replace(s, conflicts=tuple(touching(found, [s.group]))) for s in picked]

    def _conflicts_near(self, groups: list[Group], *, once: bool = False) -> Sequence[Conflict]:
        """At least the conflicts ``groups`` take a side in: found from them alone (``find_conflicts(near=)``) unless
        all are known, or, with ``once``, unless they were searched for so once before (a corpus asked many
        questions finds them all once). Both give the same conflicts for ``groups``: the stage's verdicts depend on
        content alone, not on which sentences it visits first."""
        known = self.__dict__.get("_conflicts")
        if known is None and once and self._searched_near:
            known = self._conflicts
        self._searched_near = self._searched_near or once
        return known if known is not None else find_conflicts(self.groups, self.dates, near=groups)

    @cached_property
    def layout(self) -> Layout:
        """Where each deduplicated sentence sits: its documents, its neighbours and the questions
        its article asks that it answers."""
        return layout(self.groups, self.paragraphs)

    @cached_property
    def _headings(self) -> Headings:
        return Headings.of([g.text for g in self.groups], self.layout)

    def _scores(self, asked: Question, retriever: str | Retriever) -> np.ndarray:
        """Every sentence's score for ``asked`` by ``retriever``, an article's own question's moved
        to the sentences that answer it (``Headings.moved``)."""
        return self._headings.moved(self.retriever(retriever).scores(asked), asked)

    def retriever(self, name: str | Retriever = DEFAULT_RETRIEVER) -> Retriever:
        """The fitted retriever ``name`` (or a retriever object) over the deduplicated sentences,
        built once."""
        key = name if isinstance(name, str) else id(name)
        if key not in self._retrievers:
            try:
                model = get_retriever(name)
            except TypeError as exc:
                raise InputTypeError(str(exc)) from None
            except ValueError as exc:
                raise InputError(str(exc), usage=True) from None
            texts = [self._printed(g) for g in self.groups]
            # Our retrievers read where each sentence sits; an object of the caller's fits on texts.
            if not isinstance(name, str):
                model = model.fit(texts)
            elif isinstance(model, PassageRetriever):
                # It scores sentences with the BM25 answers are read from: one index, fitted once.
                bm25 = self.retriever("bm25")
                model = model.fit(texts, layout=self.layout, sentences=bm25 if isinstance(bm25, BM25Retriever) else None)
            else:
                model = model.fit(texts, layout=self.layout)
            self._retrievers[key] = model
        return self._retrievers[key]

    @cached_property
    def _speakers(self) -> dict[str, dict[int, Label]]:
        return speakers([b for d in self.documents for b in blocks(d)])

    def _printed(self, group: Group) -> str:
        """A sentence for retrieval: after the name of the speaker whose turn it opens, as the label prints it ("ANN
        LEE: We closed ..."), so a question that names the speaker finds what they said, though the sentence reads
        without it. The label's role and body are the speaker's fact (``_held_by_speaker``), not words of every reply:
        a body's name would make any of its spokesman's replies a match for a question about the body."""
        said = (label.speaker for m in group.members if (label := self._speakers.get(m.doc_id, {}).get(m.start)))
        return " ".join([*dict.fromkeys(said), group.text])

    def build_index(self, retriever: str = DEFAULT_RETRIEVER) -> "Corpus":
        """Fit ``retriever`` and the answerer (with the retriever it reads) now, so the first
        question is as fast as the rest."""
        self.retriever(retriever)
        self.retriever(ANSWER_RETRIEVER)
        self._answerer
        return self

    @cached_property
    def _answerer(self) -> Answerer:
        return Answerer([g.text for g in self.groups], dates=self.dates,
                        day_first=writes_day_first(d.text for d in self.documents),
                        articles={d.id: d.text for d in self.documents})

    def search(self, question: str | Question, *, top_k: int = DEFAULT_TOP_K,
               retriever: str = DEFAULT_RETRIEVER) -> list[Scored]:
        """The ``top_k`` sentences most relevant to ``question``, best first."""
        asked = question if isinstance(question, Question) else check_question(question, max_chars=self.max_question_chars)
        check_top_k(top_k)
        return self._best(self._scores(asked, retriever), top_k)

    def evidence(self, asked: Question, top_k: int, read: BM25Scores | None = None) -> list[Scored]:
        """The ``top_k`` best sentences by ``ANSWER_RETRIEVER``'s scores (``read``: ``_read``'s, found when not given),
        which the answerer reads for ``asked``, each scored and ordered by its BM25 for the words ``asked`` writes
        alone (``BM25Retriever.said_scores``; ties in ``read``'s order): the related words bring a sentence worded
        apart into the evidence, but the answerer's features (a sentence's rank and score) were fitted on the words
        it shares with the question, and a related word ("lost" / "missing") is weaker evidence of the deed asked. A
        "how many" question also reads, after them, the sentences down to ``COUNT_DEPTH`` that count its noun
        (``counts_asked``), and a "why" question those down to ``CAUSE_DEPTH`` that state a cause (``causes_stated``),
        each kept below the rest so its rank tells it was found deep."""
        total, said = self._read(asked) if read is None else read
        depth = COUNT_DEPTH if asked.dimension == "count" else CAUSE_DEPTH if asked.kind == "reason" else top_k
        found = self._best(total, max(top_k, depth))
        deeper = [e for e in found[top_k:] if counts_asked(e.text, asked) or causes_stated(e.text, asked)]
        return [e for part in (found[:top_k], deeper)
                for e in sorted((replace(e, score=float(said[e.group.id])) for e in part), key=lambda e: -e.score)]

    def _read(self, asked: Question) -> BM25Scores:
        """``ANSWER_RETRIEVER``'s scores for ``asked`` and, when it is BM25, those of the words ``asked`` writes
        alone (else its scores again), each moved as ``_scores`` moves them; BM25 reads the question once for both."""
        model = self.retriever(ANSWER_RETRIEVER)
        if not isinstance(model, BM25Retriever):
            read = self._scores(asked, ANSWER_RETRIEVER)
            return BM25Scores(read, read)
        return BM25Scores(*(self._headings.moved(s, asked) for s in model.scored(asked)))

    def _within(self, scores: np.ndarray, told: frozenset[str]) -> np.ndarray:
        """``scores`` with those of the sentences no article of ``told`` (document ids) states set to 0; all of them
        when ``told`` is empty."""
        if not told:
            return scores
        return np.where([any(m.doc_id in told for m in g.members) for g in self.groups], scores, 0.0)

    def _best(self, scores: np.ndarray, top_k: int, *, first: Group | None = None) -> list[Scored]:
        """The ``top_k`` best sentences by ``scores`` (one per sentence), ``first`` before them
        when given."""
        lead = [Scored(first, float(scores[first.id]))] if first is not None else []
        hits = [h for h in best_hits(scores, top_k) if first is None or h.index != first.id]
        return (lead + [Scored(self.groups[h.index], h.score) for h in hits])[:top_k]

    def window(self, group: Group) -> str:
        """A sentence with the sentences around it in its documents and the questions it answers
        (a heading above it), in reading order."""
        around = {*self.layout.neighbours[group.id], *self.layout.answered[group.id]}
        return " ".join(self.groups[i].text for i in sorted({*around, group.id}))

    def asked_above(self, group: Group) -> str:
        """The questions its articles ask that ``group`` answers (the heading above it), in reading order."""
        return " ".join(self.groups[i].text for i in self.layout.answered[group.id])

    def ask(self, question: str | Question, *, top_k: int = DEFAULT_TOP_K, retriever: str = DEFAULT_RETRIEVER,
            min_confidence: float | None = None) -> Answer:
        """A short answer to ``question`` (``None`` when the articles do not say, or when the answer's
        confidence is below ``min_confidence``, default the threshold fitted with the answerer's
        weights) with evidence and the disagreements it stands in. The answer is read from the
        evidence the answerer was fitted on (``ANSWER_RETRIEVER``'s); the evidence shown is the
        sentence it was read from, then ``retriever``'s best."""
        if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
            raise InputError(f"min_confidence must be in [0, 1], got {min_confidence}", usage=True)
        check_top_k(top_k)
        asked = question if isinstance(question, Question) else check_question(question, max_chars=self.max_question_chars)
        written = asked.text
        # a question asked of one outlet's or one day's report is answered as asked of that report's sentences alone
        named = named_source(written)
        told = source_articles(named.source, self.documents) if named else frozenset()
        asked = self._answerer.resolved(parse(named.rest) if named and told else asked)
        read = BM25Scores(*(self._within(s, told) for s in self._read(asked)))
        evidence = [_told_by(_read_from_stating(e, asked), told)
                    for e in self.evidence(asked, max(top_k, ANSWER_DEPTH), read)]
        best, confidence, found = self._answerer.pick(asked, evidence, [self.window(e.group) for e in evidence],
                                                      [self.asked_above(e.group) for e in evidence])
        threshold = self._answerer.weights.threshold_for(asked) if min_confidence is None else min_confidence
        text = best.text if best is not None and confidence >= threshold else None
        stating = next((e.group for e in evidence if e.text == best.sentence), None) \
            if best is not None and text is not None else None
        if text is None and (held := self._held_by_speaker(asked)):
            best, (text, stating) = None, held  # "ANN LEE (HEAD TEACHER, HILL SCHOOL):" for "Who is the head ...?"
        if text is None and (aged := self._age_of_described(asked, min_confidence)):
            best, (text, stating, confidence) = None, aged  # "Captain Lee, 49," for "How old is the ship's master?"
        # The reader sees the sentence the answer was read from, with its score in ``retriever``,
        # before what only shares the question's words; BM25's scores are read once when it is both.
        shown = [_told_by(e, told) for e in self._best(
            read.total if retriever == ANSWER_RETRIEVER else self._within(self._scores(asked, retriever), told), top_k,
            first=stating)]
        stands_in = touching(self._conflicts_near([e.group for e in evidence], once=True), [e.group for e in evidence])
        disputed = disputed_answer(asked, text, shown, stands_in, found)
        if not disputed and best is not None and (piece := inside_a_side(best, text, stands_in)):
            disputed, text = [piece[0]], piece[1]  # "four" of "seven votes to four": the whole disputed value
        rival = (changed_in_sentence(asked, best, found, self.dates) or moved_day(asked, found, evidence, self.dates)
                 or candidate_conflict(asked, found, evidence, self.dates)
                 or aligned_conflict(asked, best, evidence, self.dates)
                 or stated_elsewhere(asked, best, self.groups) or named_elsewhere(asked, best, self.groups)
                 or rejoined(asked, best, self.groups, self.dates)
                 or restated_elsewhere(asked, best, self.groups, self.dates)
                 or dated_elsewhere(asked, best, self.groups, self.dates)) \
            if best is not None and text is not None and not disputed and not told else None
        if rival:  # the side most sources take, or the answer's when asked now and told last
            disputed, text = [rival], text if told_now(asked, rival, text, self.dates) else rival.sides[0].value
        elif best is not None and text == best.text and (exact := told_exactly(best, found)):
            text = exact.text  # "10.52pm" for "just before 11pm": one moment, told exactly
        # sides first stated on days apart are an update: its latest value answers
        # (an update the stage found whose latest value leaves out a name the answer is told with is of another subject)
        read_from = best.sentence if best else ""
        disputed = [c for c in (dated_update(asked, c, self.dates, read_from, self._story) for c in disputed)
                    if (c.kind != "updated" or not another_subject(asked, c.sides[-1], read_from, self._story))
                    and not course_asked(asked, c, self.dates)]
        # what a source the question names says answers it, whatever the others say
        if disputed and text is not None and is_short(text) and not told and (taken := side_of(disputed[0], text)):
            if disputed[0].kind == "updated" and asked.moment:  # one point of the timeline: no disagreement
                text = disputed[0].sides[0 if asked.moment == "first" else -1].value
                disputed = [c for c in disputed if c.kind != "updated"]
            elif disputed[0].kind == "updated":
                text = disputed[0].sides[-1].value  # the latest figure; the earlier ones are its timeline
            elif len(disputed[0].sides[0].sources) > len(taken.sources) \
                    and not told_now(asked, disputed[0], text, self.dates):
                # the side more sources take; on a tie, or asked where it stands now and told last, the answer stands
                text = disputed[0].sides[0].value
        elif disputed and text is not None and not told and off_kind(found) and side_of(disputed[0], text) is None:
            text = disputed[0].sides[0].value  # a value of the kind asked, as most sources give it
        # a count that runs as news comes in ("the toll rose to 11"): its latest value answers, or the point asked
        if is_short(text) and not told and (update := running_count(asked, found, self.groups, self.dates)):
            text = update.sides[0 if asked.moment == "first" else -1].value
            # the disagreements the answer takes a side of are this update's values
            disputed = [*([] if asked.moment else [update]), *(c for c in disputed if side_of(c, text) is None)]
        if asked.yes_no:
            text, claims = yes_no_answer(asked, text, evidence, stands_in)
            disputed = claims or disputed
        return Answer(written, as_asked(asked, text), tuple(shown), tuple(disputed),
                      confidence=round(confidence, 4))

    def _held_by_speaker(self, asked: Question) -> tuple[str, Group] | None:
        """For a "who" question, the first speaker of a transcript whose label gives them every term asked as their
        role and body (``speakers.holds``), as the articles name them, and the group their turn opens with; else
        ``None``: a label states who the speaker is as an apposition does ("ANN LEE (HEAD TEACHER, HILL SCHOOL):")."""
        if asked.kind != "person":
            return None
        held = ((doc_id, start, label) for doc_id, turns in self._speakers.items() for start, label in turns.items()
                if holds(label, asked.terms))
        return next(((as_named(label.speaker, (d.text for d in self.documents)), g) for doc_id, start, label in held
                     for g in self.groups if any(m.doc_id == doc_id and m.start == start for m in g.members)), None)

    def _age_of_described(self, asked: Question, min_confidence: float | None) -> tuple[str, Group, float] | None:
        """For an age asked of someone described ("How old is the ship's master?", ``who_is_aged``), the age the
        articles give beside the name its "who" question answers, the first group that gives it and that answer's
        confidence; ``None`` when it names no one or no age is given beside the name."""
        who = who_is_aged(asked)
        named = self.ask(who, min_confidence=min_confidence) if who else None
        if named is None or named.answer is None:
            return None
        return next(((age.text, g, named.confidence) for g in self.groups
                     if (age := age_beside(g.text, named.answer)) is not None), None)


def _told_by(scored: Scored, told: frozenset[str]) -> Scored:
    """``scored`` shown by its first member of an article of ``told`` (document ids), as that article words it."""
    member = next((m for m in scored.group.members if m.doc_id in told), None)
    return scored if member is None else replace(scored, group=replace(scored.group, representative=member))


def _read_from_stating(scored: Scored, question: Question) -> Scored:
    """``scored`` shown by the member of its group that states a value of the kind ``question`` asks for when its
    representative states none: outlets that write one sentence alike may give the figure in one copy only
    ("Households on the register - one in eight -" / "Customers on the register - about 96,000 households -")."""
    if question.kind not in QUESTION_KINDS or states_asked(scored.text, question):
        return scored
    member = next((m for m in scored.group.members if states_asked(m.text, question)), None)
    return scored if member is None else replace(scored, group=replace(scored.group, representative=member))


def _check_size(sentences: list[Sentence], max_sentences: int) -> list[Sentence]:
    """``sentences`` when there are at most ``max_sentences`` of them, else an ``InputError``."""
    if len(sentences) > max_sentences:
        raise InputError(f"the articles hold {len(sentences)} sentences, over the limit of "
                         f"{max_sentences} (raise it with --max-sentences / max_sentences)")
    return sentences


def check_question(question: str, *, max_chars: int = MAX_QUESTION_CHARS) -> Question:
    """The question parsed; rejects empty, overlong or stop-word-only questions with a clear message."""
    if not isinstance(question, str):
        raise InputTypeError(f"the question must be a str, got {type(question).__name__}")
    if not question.strip():
        raise InputError("the question is empty", usage=True)
    if len(question) > max_chars:
        raise InputError(f"the question is {len(question)} characters, over the limit of {max_chars} "
                         "(raise it with --max-question-chars / max_question_chars)", usage=True)
    parsed = parse(question)
    if not parsed.terms:
        raise InputError("the question has no content words to search for", usage=True)
    return parsed


def check_top_k(top_k: int) -> int:
    """``top_k`` when it is a whole number of at least 1, else a usage ``InputError``."""
    if isinstance(top_k, bool) or not isinstance(top_k, int):
        raise InputTypeError(f"top-k must be a whole number, got {type(top_k).__name__}")
    if top_k < 1:
        raise InputError(f"top-k must be at least 1, got {top_k}", usage=True)
    return top_k
