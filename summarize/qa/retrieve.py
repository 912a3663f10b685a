"""Retrievers over deduplicated sentences, one registry: BM25 (bm25s), TF-IDF cosine, their
fusion, and passage retrieval (a sentence scored with its document and neighbours, the query
expanded from the top documents)."""
from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Callable, NamedTuple, Protocol, Sequence, TypedDict

import numpy as np

from ..model import Block, Group
from ..text.acronyms import AcronymTable
from ..text.names import same_roles
from ..text.senses import light_stem, neighbours
from ..text.similarity import TfidfModel, analyse
from ..text.tokens import speech_marks, speech_open, terms, words, writer_asks
from ..text.dates import When, dates
from ..text.quantities import quantities
from ..text.values import values
from . import RETRIEVERS
from .answer import reason_mentions
from .question import CLOCK_FOCUS, DAY_GRAINS, NAME_KINDS, QUESTION_KINDS, Question

RETRIEVER_NAMES = RETRIEVERS.names


class Layout(NamedTuple):
    """Where each indexed sentence sits: the documents that state it, the sentences right
    before and after it in those documents, of those the ones right before it, whether it is a
    question its article asks (``asks``; ``text.tokens.writer_asks``, outside quoted speech) and
    those it answers (``answered``: the heading "Who owns the mine?" above it); indices into the
    same list, ``before``, ``asks`` and ``answered`` empty when not known."""

    docs: tuple[tuple[str, ...], ...]
    neighbours: tuple[tuple[int, ...], ...]
    before: tuple[tuple[int, ...], ...] = ()
    asks: tuple[bool, ...] = ()
    answered: tuple[tuple[int, ...], ...] = ()


def layout(groups: Sequence[Group], paragraphs: Sequence[Block] = ()) -> Layout:
    """The ``Layout`` of deduplicated ``groups`` (a group's neighbours are its members'), split
    into ``paragraphs`` when given (else each document is one)."""
    where = {m.key: i for i, g in enumerate(groups) for m in g.members}

    def placed(g: Group, i: int, steps: tuple[int, ...]) -> tuple[int, ...]:
        """The other groups whose members sit ``steps`` sentences from one of ``g``'s."""
        return tuple(sorted({where[k] for m in g.members for k in ((m.doc_id, m.index + d) for d in steps)
                             if k in where} - {i}))

    return Layout(tuple(tuple(sorted({m.doc_id for m in g.members})) for g in groups),
                  tuple(placed(g, i, (-1, 1)) for i, g in enumerate(groups)),
                  tuple(placed(g, i, (-1,)) for i, g in enumerate(groups)),
                  *asked_in(groups, paragraphs))


def asked_in(groups: Sequence[Group], paragraphs: Sequence[Block] = ()) -> tuple[tuple[bool, ...],
                                                                                  tuple[tuple[int, ...], ...]]:
    """Per group, whether it is a question its article asks (``writer_asks``, and no quotation
    open before it in its paragraph: "Did you see him?" in a police appeal is speech), and the
    groups of the questions it answers: a question's answer is the rest of its paragraph, or the
    next paragraph when it ends one (a heading), up to the next question. ``paragraphs`` place the
    sentences (one per document when empty)."""
    starts: defaultdict[str, list[int]] = defaultdict(list)
    for p in paragraphs:
        starts[p.doc_id].append(p.start)
    for found in starts.values():
        found.sort()
    by_doc: defaultdict[str, list[tuple[int, int, int, str]]] = defaultdict(list)
    for i, g in enumerate(groups):
        for m in g.members:
            by_doc[m.doc_id].append((m.index, bisect_right(starts[m.doc_id], m.start), i, m.text))
    asks = [False] * len(groups)
    out: list[set[int]] = [set() for _ in groups]
    for placed in by_doc.values():
        placed.sort()
        asking: tuple[int, int] | None = None  # the open question's group and the paragraph it answers in
        marks: list[str] = []  # the quotation marks of its paragraph so far
        for k, (_, paragraph, i, text) in enumerate(placed):
            if k and paragraph != placed[k - 1][1]:
                marks = []
            if asking is not None and paragraph > asking[1]:
                asking = None
            if writer_asks(text) and not speech_open(marks):
                after = placed[k + 1][1] if k + 1 < len(placed) else paragraph
                asks[i], asking = True, (i, after if after > paragraph else paragraph)
            elif asking is not None:
                out[i].add(asking[0])
            marks += speech_marks(text)
    return tuple(asks), tuple(tuple(sorted(a)) for a in out)


@dataclass(frozen=True)
class Hit:
    """One retrieved sentence: its index in the fitted texts and its score (higher = better)."""

    index: int
    score: float


class Retriever(Protocol):
    name: str

    def fit(self, texts: Sequence[str], *, layout: Layout | None = None) -> "Retriever":
        """Index ``texts`` (placed by ``layout`` when the retriever uses it); returns self."""

    def scores(self, question: Question) -> np.ndarray:
        """One score per fitted text, higher = more relevant."""


def best_hits(scores: np.ndarray, k: int) -> list[Hit]:
    """The ``k`` best positive scores, ties broken by position."""
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    positive = np.flatnonzero(scores > 0)
    if positive.size > k:
        # argpartition keeps this O(n) on large indexes; the sort below fixes the order.
        cut = np.argpartition(-scores[positive], k - 1)[:k]
        kth = scores[positive[cut]].min()
        positive = positive[scores[positive] >= kth]
    best = sorted(positive.tolist(), key=lambda i: (-float(scores[i]), i))[:k]
    return [Hit(i, float(scores[i])) for i in best]


def _one_day(w: When) -> bool:
    """Does ``w`` name one day ("on Sunday", "9 March", "5am on Sunday"), not a year, a month or a clock time alone?"""
    return w.kind == "date"


# The units of time a date question may name (``Question.grain``) by the test a date told in a sentence passes to
# state one: a clock time for "at what time", a year for "in which year", one day for "on what date" and "on which
# day" ("on Sunday", "on 9 March"), as news tells the day of what it reports apart from its verb ("entered
# receivership on Tuesday" for "went into receivership") and a sentence that only shares the question's words
# ("previously went into receivership in 1998") states no day. On the dev fresh sets 51 -> 59 of 71 of these
# questions right (round 40).
_GRAIN_TESTS: dict[str, Callable[[When], bool]] = {"time": lambda w: bool(w.clock), "hour": lambda w: bool(w.clock),
                                                   "year": lambda w: w.kind == "year",
                                                   "date": _one_day, "day": _one_day}


# The measures a figure is told in with a unit of its own (``text.quantities``'s dimensions), which a question asks by an
# adjective or a noun its answer seldom repeats ("how warm" - "reached 14C", "how heavy" - "weighed 180kg", "how large
# is the area" - "42 square kilometres"); not a count, a sum, a share or a span of time, which most sentences of news
# state. Nor a speed: news tells a wind's beside a vehicle's ("gusts of 40km/h"), and on fresh_news4..21 a speed here
# answered one question ("At what speed was the train going?") and answered one the articles never do ("What is the
# top speed of the cabins?" - a gust's), where the other measures gained three and lost none (nums33). Nor an age: a
# story gives the ages of several people, and one told "who is 34" is no age the value layer reads, so the others' rank
# above it (span_news8).
_MEASURE_GRAINS = frozenset("temperature area mass volume".split())


def grains_stated(text: str) -> list[str]:
    """The tokens of the units of time ``text`` states a date in ("@time" for "at 4.42am", "@year" for "in 1871") and of
    the measures it states a figure in (``_MEASURE_GRAINS``: "@mass" for "weighed 180kg"), indexed beside its terms: a
    question that names the unit or the measure it asks for ranks the sentences that state one (predictive
    annotation, Prager et al., 2000)."""
    found = dates(text)
    measured = sorted({q.dimension for q in quantities(text) if q.dimension in _MEASURE_GRAINS})
    return [*(f"@{grain}" for grain, test in _GRAIN_TESTS.items() if any(map(test, found))), *(f"@{d}" for d in measured)]


def asked_grains(question: Question) -> list[str]:
    """The tokens of the unit of time and of the measure ``question`` names (``grains_stated``'s), if any; none for a
    measure asked in its unit ("how many tonnes"), whose word its answer repeats, nor a day that only qualifies the unit
    asked ("at what time of day" asks a clock time)."""
    measure = question.dimension if QUESTION_KINDS.get(question.kind, ("",))[0] == "quantity" and not question.unit else ""
    return [*(f"@{grain}" for grain in question.grain
              if grain in _GRAIN_TESTS and (grain not in DAY_GRAINS or question.focus in DAY_GRAINS)),
            *([f"@{measure}"] if measure in _MEASURE_GRAINS else [])]


# The files of ``BM25Retriever.to_state`` that hold the acronyms it links and the units of time each text states (not
# bm25s's).
_ACRONYMS_FILE = "acronyms.json"
_GRAINS_FILE = "grains.json"
_STEMS_FILE = "stems.json"


def stem_terms(texts: Sequence[str]) -> dict[str, set[str]]:
    """The index terms of the words of ``texts`` by the words' light stem (``text.senses``), by which
    a word related to an asked one is met in the index."""
    out: defaultdict[str, set[str]] = defaultdict(set)
    for w in {w for text in texts for w in words(text)}:
        out[light_stem(w)].update(terms(w))
    return dict(out)


def related_terms(question: Question, by_stem: dict[str, set[str]], asked: set[str]) -> list[str]:
    """The index terms (``by_stem``: ``stem_terms``) whose words are related (``text.senses``) to a key
    word of ``question`` and that it does not ask already (``asked``), sorted."""
    return sorted({t for found in related_by_word(question, by_stem, asked) for t in found})


def related_by_word(question: Question, by_stem: dict[str, set[str]], asked: set[str]) -> list[list[str]]:
    """Per key word of ``question`` that has any, the index terms related to it (``related_terms``),
    sorted."""
    keys = set(question.terms)
    found = (sorted({t for r in neighbours(light_stem(w)) for t in by_stem.get(r, ())} - asked)
             for w in dict.fromkeys(words(question.text)) if set(terms(w)) & keys)
    return [f for f in found if f]


class BM25Scores(NamedTuple):
    """A question's BM25 per fitted text (higher = more relevant): with the words related to its key words
    (``total``, ``BM25Retriever.scores``) and for the words it writes alone (``said``, ``said_scores``)."""

    total: np.ndarray
    said: np.ndarray


class BM25Retriever:
    """Okapi BM25 (Robertson & Zaragoza, 2009; Lucene variant, k1=1.5, b=0.75) via ``bm25s``,
    over stemmed content terms; an acronym and its name are one term (``text.acronyms``: a
    text that writes a name is indexed with its acronym too, a query that writes one asks for
    the other). The words related to a question's key words (``text.senses``, WordNet) that the
    texts write add their BM25 at weight ``related`` (0, plain BM25, by default; the named
    retriever's is chosen on generated questions, ``bm25_retriever``): a question worded apart
    from the article still reaches the sentence that answers it (query expansion with WordNet,
    Voorhees, 1994)."""

    name = "bm25"

    def __init__(self, *, k1: float = 1.5, b: float = 0.75, related: float = 0.0) -> None:
        self.k1 = k1
        self.b = b
        self.related = related

    def fit(self, texts: Sequence[str], *, layout: Layout | None = None) -> "BM25Retriever":
        import bm25s

        self.n_ = len(texts)
        self.texts_ = list(texts)
        self.model_ = bm25s.BM25(k1=self.k1, b=self.b)
        self.acronyms_ = AcronymTable.from_texts(texts)
        if texts:
            # An empty token list would break bm25s; a placeholder term matches no query.
            self.model_.index([terms(t) + self.acronyms_.linked_terms(t) or ["\x00"] for t in texts],
                              show_progress=False)
        return self

    @cached_property
    def grains_(self) -> list[list[str]]:
        """The units of time and the measures each fitted text states (``grains_stated``), read when a question
        first names one or the index is saved: most questions name none, and a passage retriever's documents
        are never asked for one."""
        return [grains_stated(t) for t in self.texts_]

    @cached_property
    def by_stem_(self) -> dict[str, set[str]]:
        """The index terms by light stem (``stem_terms``), read when a question's related words are first
        looked for or the index is saved (a passage retriever's documents never look for them)."""
        return stem_terms(self.texts_)

    def to_state(self) -> dict[str, bytes]:
        """The fitted index as the files ``bm25s`` saves (JSON and ``.npy``, no pickle), by name."""
        import tempfile
        from pathlib import Path

        if not self.n_:
            return {}
        with tempfile.TemporaryDirectory() as tmp:
            self.model_.save(tmp, show_progress=False)
            files = {f.name: f.read_bytes() for f in sorted(Path(tmp).iterdir())}
        return {**files, _ACRONYMS_FILE: json.dumps(self.acronyms_.to_json(), sort_keys=True).encode(),
                _GRAINS_FILE: json.dumps(self.grains_).encode(),
                _STEMS_FILE: json.dumps({k: sorted(v) for k, v in sorted(self.by_stem_.items())}).encode()}

    @classmethod
    def from_state(cls, files: dict[str, bytes], n: int, *, related: float = 0.0) -> "BM25Retriever":
        """A retriever fitted on ``n`` texts, from ``to_state``'s files (read with pickle off), with the
        weight ``related`` of the words related to the asked ones."""
        import tempfile
        from pathlib import Path

        import bm25s

        retriever = cls(related=related)
        retriever.n_ = n
        stems = files.get(_STEMS_FILE)
        retriever.by_stem_ = {k: set(v) for k, v in json.loads(stems).items()} if stems else {}
        links = files.get(_ACRONYMS_FILE)
        retriever.acronyms_ = AcronymTable.from_json(json.loads(links) if links else {})
        grains = files.get(_GRAINS_FILE)
        retriever.grains_ = json.loads(grains) if grains else [[] for _ in range(n)]
        if n:
            with tempfile.TemporaryDirectory() as tmp:
                for name, blob in files.items():
                    if name not in (_ACRONYMS_FILE, _GRAINS_FILE, _STEMS_FILE):
                        (Path(tmp) / Path(name).name).write_bytes(blob)
                retriever.model_ = bm25s.BM25.load(tmp, allow_pickle=False, show_progress=False, verbosity=0)
            if retriever.model_.scores["num_docs"] != n:
                raise ValueError(f"the BM25 index holds {retriever.model_.scores['num_docs']} texts, not {n}")
        return retriever

    def scores(self, question: Question) -> np.ndarray:
        return self.scored(question).total

    def scored(self, question: Question) -> BM25Scores:
        """Every text's BM25 for ``question`` with the related words (``total``) and without them (``said``,
        ``said_scores``), its query terms read once for both: the answerer reads evidence by the one and rates
        it by the other."""
        asked = self.asked(question)
        said = self._said(question, asked)
        kin = self._related(question, asked) if self.related else 0.0
        return BM25Scores(said + self.related * kin, said)

    def said_scores(self, question: Question) -> np.ndarray:
        """BM25 of every text for the words ``question`` writes (``asked``) and the unit of time it names,
        without the related words: what the answerer's confidence was fitted on, so a sentence met only
        through a related word is read as sharing none of the question's words."""
        return self._said(question, self.asked(question))

    def _said(self, question: Question, asked: Sequence[str]) -> np.ndarray:
        """``said_scores`` for ``question`` whose query terms are ``asked``."""
        return self.term_scores(asked) + self.grain_scores(question)

    def asked(self, question: Question) -> list[str]:
        """The query terms of ``question``: its words (not the unit of time it names), its referents,
        each role asked (a verb's doer, "leads" -> leader) where the texts title it so, else the roles that
        stand for it, and the acronyms it links (``query``)."""
        vocab = self.model_.vocab_dict if self.n_ else {}
        held = sorted({r for asked in question.roles for r in ((asked,) if asked in vocab else same_roles(asked))}
                      - set(terms(question.text)))
        said = [t for t in terms(question.text) if t not in question.grain]
        return self.query(question, [*said, *question.referents, *held])

    def related_scores(self, question: Question) -> np.ndarray:
        """BM25 of every text for the words related to ``question``'s key words that it does not ask
        (``related_by_word``), each key word's shared among the related words the texts write (a word
        of many senses, "run", meets a dozen, each weighing little; one of a single sense its one in
        full: a translation model's uniform share, Berger & Lafferty, 1999), which ``scores`` adds at
        weight ``related``: a reader words a question apart from the article ("How strong was the
        tremor?" of "The quake measured 5.8")."""
        return self._related(question, self.asked(question))

    def _related(self, question: Question, asked: Sequence[str]) -> np.ndarray:
        """``related_scores`` for ``question`` whose query terms are ``asked``."""
        found = related_by_word(question, self.by_stem_, set(asked))
        return sum((self.term_scores(ts) / len(ts) for ts in found), np.zeros(self.n_))

    def grain_scores(self, question: Question) -> np.ndarray:
        """For a question that names the unit of time it asks (``Question.grain``), the BM25 a sentence that states a
        date in that unit (``grains_stated``) would score for one more term held once (its IDF, the weight of a
        rare word), else 0: kept apart from the index so that no other question's scores move."""
        asked = set(asked_grains(question))
        held = np.array([bool(asked & set(g)) for g in self.grains_], dtype=bool) if asked else np.zeros(self.n_, bool)
        df = int(held.sum())
        return np.where(held, np.log(1 + (self.n_ - df + 0.5) / (df + 0.5)), 0.0)

    def query(self, question: Question, asked: Sequence[str]) -> list[str]:
        """The query terms ``asked`` of ``question``, with the acronyms of the names it writes
        and the names of the acronyms it writes (as the fitted texts link them)."""
        return [*asked, *self.acronyms_.query_terms(question.text)]

    def term_scores(self, tokens: Sequence[str]) -> np.ndarray:
        """BM25 of every text for the stemmed query ``tokens`` (unknown terms ignored)."""
        if self.n_ == 0:
            return np.zeros(0)
        vocab = self.model_.vocab_dict
        tokens = [t for t in tokens if t in vocab]
        if not tokens:
            return np.zeros(self.n_)
        return np.asarray(self.model_.get_scores(tokens), dtype=float)


class TfidfRetriever:
    """Cosine between TF-IDF vectors (stemmed unigrams and bigrams) of query and sentence."""

    name = "tfidf"

    def fit(self, texts: Sequence[str], *, layout: Layout | None = None) -> "TfidfRetriever":
        self.n_ = len(texts)
        self.vectorizer_ = TfidfModel(analyse)
        self.matrix_ = self.vectorizer_.fit_transform(texts)
        return self

    def scores(self, question: Question) -> np.ndarray:
        q = self.vectorizer_.transform([question.text])
        return np.asarray((self.matrix_ @ q.T).todense(), dtype=float).ravel()


class HybridRetriever:
    """Reciprocal-rank fusion (Cormack, Clarke & Büttcher, 2009) of BM25 and TF-IDF."""

    name = "hybrid"

    def __init__(self, *, k: int = 60) -> None:
        self.k = k

    def fit(self, texts: Sequence[str], *, layout: Layout | None = None) -> "HybridRetriever":
        self.parts_ = (BM25Retriever().fit(texts), TfidfRetriever().fit(texts))
        return self

    def scores(self, question: Question) -> np.ndarray:
        total = None
        for part in self.parts_:
            s = part.scores(question)
            ranks = np.empty(len(s))
            ranks[np.lexsort((np.arange(len(s)), -s))] = np.arange(1, len(s) + 1)
            fused = np.where(s > 0, 1.0 / (self.k + ranks), 0.0)
            total = fused if total is None else total + fused
        return total if total is not None else np.zeros(0)


def _peak(x: np.ndarray) -> np.ndarray:
    """``x`` over its maximum (0 to 1), zeros when nothing scores."""
    top = float(x.max()) if x.size else 0.0
    return x / top if top > 0 else np.zeros_like(x)


# The default weight a sentence gains that states a value of the kind asked (``QUESTION_KINDS``;
# the shipped one is tuned with the others, ``tuned_passage_weights``). 0.3: on generated
# questions, recall@1+3 is 0.731 without it, 0.766 at 0.15, 0.775 at 0.3, 0.78 at 0.5; on the
# gold's dev halves, evidence recall@3 is best from 0.25 to 0.4 (the test halves were not used).
ANSWER_TYPE = 0.3


class Stated(NamedTuple):
    """A value a sentence states, as retrieval matches it to a question: ``kind`` and
    ``dimension`` as ``text.values`` gives them, and its text."""

    kind: str
    dimension: str
    text: str


def stated(text: str) -> list[Stated]:
    """The values ``text`` states: ``text.values``'s, and every date ``text.dates`` reads (an
    unanchored "on Tuesday" is a date too, though ``values`` resolves none without the
    article's date), one that tells a clock time of dimension "time"."""
    return [*(Stated(v.kind, v.dimension, v.text) for v in values(text)),
            *(Stated("date", "time" if w.clock else "date", w.text) for w in dates(text))]


def _fits(kind: str, dimension: str, question: Question) -> bool:
    """Is a value of ``kind`` and ``dimension`` what ``question`` asks for: a quantity of its
    dimension (any when it names none; a bare number may be an age or a score; a distance too for "how long is
    the bridge", ``Question.length``) for a number, a date for "when" (a clock time for "at what time"), a name of
    its kind for a person, organisation or place."""
    if kind != QUESTION_KINDS[question.kind][0]:
        return False
    if kind == "quantity":
        return dimension in ("count", question.dimension or dimension) or bool(question.length) and dimension == "distance"
    if kind == "date":
        return dimension == "time" or question.focus not in CLOCK_FOCUS
    return NAME_KINDS.get(dimension, dimension) == question.kind


def _any_fits(said: Sequence[Stated], question: Question) -> bool:
    """Whether a value ``said`` is of the kind ``question`` asks for (``_fits``) and not one of its own words."""
    asked = set(question.terms)
    return any(_fits(kind, dimension, question) and not set(terms(text)) <= asked for kind, dimension, text in said)


def states_asked(text: str, question: Question) -> bool:
    """Whether ``text`` states a value of the kind ``question`` asks for, not one of its own words."""
    return _any_fits(stated(text), question)


class PassageRetriever:
    """A sentence scored as a reader finds a passage: its own BM25, its document's BM25 (documents
    indexed whole) and its best neighbour's (the answer often follows the sentence that matches,
    "He said ..."), each over its maximum and weighted; a sentence that opens with a personal
    pronoun gains ``follow`` times the sentence before's own score too, as that sentence names
    whom the pronoun stands for ("The minister ... She was appointed in 2022"). The query is
    first expanded with the ``feedback_terms`` most frequent new terms of the ``feedback_docs``
    best documents (RM3, Abdul-Jaleel et al., 2004; weight ``expansion``). A sentence that
    states a value of the kind asked (a person for "who", a number for "how many";
    ``text.values``; for "why", a cause by the cue that states it, "because", "due to", as the
    answerer reads it) gains ``answer_type``: a reader who words a question apart from the article
    still asks for what the answer is (answer-type matching, Prager et al., 2000). A question's
    words are also matched through their related words (``text.senses``, WordNet: "vessels" meets
    "ship", "wounded" meets "injured"; weight ``related``), as a reader words a question apart
    from the article (query expansion with WordNet, Voorhees, 1994). The weights
    are chosen on generated questions (``scripts/train_retrieval.py``)."""

    name = "passage"

    def __init__(self, *, document: float = 0.3, window: float = 0.2, follow: float = 0.0, expansion: float = 0.2,
                 answer_type: float = ANSWER_TYPE, feedback_docs: int = 3, feedback_terms: int = 10,
                 related: float = 0.0) -> None:
        self.document = document
        self.window = window
        self.follow = follow
        self.expansion = expansion
        self.answer_type = answer_type
        self.feedback_docs = feedback_docs
        self.feedback_terms = feedback_terms
        self.related = related

    def fit(self, texts: Sequence[str], *, layout: Layout | None = None,
            sentences: BM25Retriever | None = None) -> "PassageRetriever":
        """Index ``texts`` placed by ``layout``; ``sentences``, a ``BM25Retriever`` already fitted
        on ``texts`` (a corpus's own), is shared rather than fitted again."""
        return self._index(texts, layout, sentences or BM25Retriever().fit(texts), None)

    def restore(self, texts: Sequence[str], files: dict[str, bytes], *, layout: Layout,
                sentences: BM25Retriever) -> "PassageRetriever":
        """The retriever ``fit`` makes of ``texts``, its documents' index read from ``to_state``'s
        ``files`` rather than built (``sentences``: the BM25 of ``texts``, saved apart)."""
        return self._index(texts, layout, sentences, files)

    def to_state(self) -> dict[str, bytes]:
        """The documents' BM25 index as ``BM25Retriever.to_state`` gives it: the part of the
        fitted state that is slow to rebuild (the rest follows from the texts and layout)."""
        return self.documents_.to_state()

    def _index(self, texts: Sequence[str], layout: Layout | None, sentences: BM25Retriever,
               files: dict[str, bytes] | None) -> "PassageRetriever":
        """Fit on ``texts`` with the sentences' BM25 given, the documents' read from ``files``
        (``to_state``'s) or built when ``None``."""
        if sentences.n_ != len(texts):
            raise ValueError(f"the sentences' BM25 holds {sentences.n_} texts, not {len(texts)}")
        self.n_ = len(texts)
        self.layout_ = layout or Layout(tuple((str(i),) for i in range(len(texts))), ((),) * len(texts))
        self.sentences_ = sentences
        by_doc: dict[str, list[str]] = defaultdict(list)
        for text, docs in zip(texts, self.layout_.docs):
            for d in docs:
                by_doc[d].append(text)
        self.doc_ids_ = sorted(by_doc)
        joined = [" ".join(by_doc[d]) for d in self.doc_ids_]
        self.doc_terms_ = [Counter(terms(text)) for text in joined]
        self.documents_ = BM25Retriever().fit(joined) if files is None else BM25Retriever.from_state(files, len(joined))
        number = {d: i for i, d in enumerate(self.doc_ids_)}
        self.doc_index_ = [[number[d] for d in docs] for docs in self.layout_.docs]
        self.texts_ = list(texts)
        self.stated_: dict[int, list[Stated]] = {}
        self.around_ = _padded(self.layout_.neighbours)
        self.heads_ = Headings.of(texts, self.layout_)
        # A sentence that opens with a pronoun goes on from the one before it (``follow``).
        self.after_ = _padded([before if refers_back(text) else () for text, before
                               in zip(texts, self.layout_.before or ((),) * self.n_)])
        return self

    def _typed(self, question: Question, scored: np.ndarray) -> np.ndarray:
        """1 where a sentence among the ``scored`` ones states a value of the kind ``question``
        asks for (not one of its own words), else 0 (values read once per sentence); for a "why"
        question, the cue of the cause it states (``answer.reason_mentions``, 0 to 1)."""
        out = np.zeros(self.n_)
        if question.kind == "reason":
            for i in map(int, np.flatnonzero(scored)):
                out[i] = max((m.cue for m in reason_mentions(self.texts_[i])), default=0.0)
            return out
        if question.kind not in QUESTION_KINDS:
            return out
        for i in map(int, np.flatnonzero(scored)):
            if i not in self.stated_:
                self.stated_[i] = stated(self.texts_[i])
            out[i] = _any_fits(self.stated_[i], question)
        return out

    def _expansion(self, doc_scores: np.ndarray, asked: set[str]) -> list[tuple[str, float]]:
        """RM3's feedback terms: term frequency in the best documents, weighted by their scores."""
        weight: defaultdict[str, float] = defaultdict(float)
        for h in best_hits(doc_scores, self.feedback_docs) if doc_scores.size else []:
            counts = self.doc_terms_[h.index]
            length = sum(counts.values()) or 1
            for t, c in counts.items():
                if t not in asked:
                    weight[t] += h.score * c / length
        picked = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:self.feedback_terms]
        total = sum(w for _, w in picked)
        return [(t, w / total) for t, w in picked] if total else []

    def parts(self, question: Question) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per sentence: its own BM25, the expansion terms' BM25 and its document's BM25, each
        over its maximum, whether it states a value of the kind asked, and the BM25 of the words
        related to the asked ones over its maximum (``combine`` weighs them)."""
        asked = self.sentences_.query(question, list(question.terms) or terms(question.text))
        docs = self.documents_.term_scores(asked)
        sentence = _peak(self.sentences_.term_scores(asked))
        expanded = _peak(sum((w * self.sentences_.term_scores([t]) for t, w in self._expansion(docs, set(asked))),
                             np.zeros(self.n_)))
        docs = _peak(docs)
        kin = _peak(self.sentences_.term_scores(related_terms(question, self.sentences_.by_stem_, set(asked))))
        matched = self.heads_.moved(((sentence > 0) | (expanded > 0) | (kin > 0)).astype(float), question) > 0
        return (sentence, expanded, np.array([max((docs[d] for d in ds), default=0.0) for ds in self.doc_index_]),
                self._typed(question, matched | (_best(matched.astype(float), self.around_) > 0)), kin)

    def combine(self, sentence: np.ndarray, expanded: np.ndarray, document: np.ndarray,
                typed: np.ndarray, kin: np.ndarray, question: Question) -> np.ndarray:
        """The passage score from ``parts``: the sentence score expanded by feedback and related
        words, plus the document's, the best neighbour's, the sentence before's (after a pronoun)
        and the answer type's, weighted; 0 where neither the sentence nor a neighbour matches."""
        own = self.heads_.moved(_peak(sentence + self.expansion * expanded + self.related * kin), question)
        near = _best(own, self.around_)
        total = (own + self.document * document + self.window * near + self.follow * _best(own, self.after_)
                 + self.answer_type * typed)
        return np.where(((own > 0) | (near > 0)) & ~self.heads_.asks, total, 0.0)

    def scores(self, question: Question) -> np.ndarray:
        if self.n_ == 0:
            return np.zeros(0)
        return self.combine(*self.parts(question), question)


class Headings(NamedTuple):
    """The questions an article asks and the sentences that answer them (``Layout.answered``):
    ``asks`` marks a question, ``above`` names each sentence's (``_padded``), ``terms`` holds a
    question's terms (empty for a sentence that asks none)."""

    asks: np.ndarray
    above: np.ndarray
    terms: tuple[frozenset[str], ...]

    @classmethod
    def of(cls, texts: Sequence[str], layout: Layout) -> "Headings":
        """The headings of ``texts`` placed by ``layout`` (none when it marks no question)."""
        asks = layout.asks or (False,) * len(texts)
        return cls(np.array(asks, dtype=bool), _padded(layout.answered or ((),) * len(texts)),
                   tuple(frozenset(terms(t)) if a else frozenset() for t, a in zip(texts, asks)))

    def moved(self, scores: np.ndarray, question: Question) -> np.ndarray:
        """``scores`` (non-negative, one per sentence) for ``question`` with an article's question's
        moved to the sentences that answer it: a heading holds no answer, and its words are theirs
        ("Who owns the mine?" over "Halvern bought it in 2009"), so each answer adds the best score
        of a question above it that shares one of ``question``'s terms (not only "how many"); a
        question scores 0."""
        if not self.asks.any():
            return scores
        asked = set(question.terms)
        sharing = np.array([bool(t & asked) for t in self.terms], dtype=bool)
        return np.where(self.asks, 0.0, scores + _best(np.where(sharing, scores, 0.0), self.above))


# Personal pronouns: a sentence that opens with one goes on about what the sentence before named.
_ANAPHORS = frozenset("he she they it his her their its".split())


def refers_back(text: str) -> bool:
    """Does ``text`` open with a pronoun that stands for something the sentence before named?"""
    first = words(text[:40])
    return bool(first) and first[0].lower() in _ANAPHORS


def _best(x: np.ndarray, around: np.ndarray) -> np.ndarray:
    """Per sentence, the largest ``x`` among the sentences its row of ``around`` (``_padded``)
    names (0 for none; ``x`` is non-negative)."""
    return np.append(x, 0.0)[around].max(axis=1, initial=0.0)


def _padded(neighbours: Sequence[Sequence[int]]) -> np.ndarray:
    """``neighbours`` as one index array, each row padded with ``len(neighbours)`` (a slot past
    the end that ``_best`` fills with 0), so the best neighbour is one vectorised max."""
    width = max(map(len, neighbours), default=0)
    out = np.full((len(neighbours), width), len(neighbours), dtype=np.intp)
    for i, ns in enumerate(neighbours):
        out[i, :len(ns)] = ns
    return out


class PassageWeights(TypedDict, total=False):
    """The settings of ``PassageRetriever`` that are tuned (the others keep their defaults)."""

    document: float
    window: float
    follow: float
    expansion: float
    answer_type: float
    feedback_docs: int
    feedback_terms: int
    related: float


@lru_cache(maxsize=1)
def _tuned() -> dict:
    """The shipped ``retrieval.json`` (written by ``scripts/train_retrieval.py``), read once."""
    return json.loads(resources.files(__package__).joinpath("retrieval.json").read_text(encoding="utf-8"))


def tuned_passage_weights() -> PassageWeights:
    """The passage settings chosen on generated questions (the "weights" of ``retrieval.json``)."""
    weights: PassageWeights = _tuned()["weights"]
    return weights


def tuned_related() -> float:
    """The weight of the related words in BM25's scores (``BM25Retriever``'s ``related``) chosen on
    generated questions ("bm25_related" of ``retrieval.json``)."""
    return float(_tuned()["bm25_related"])


def bm25_retriever() -> BM25Retriever:
    """A ``BM25Retriever`` with the related words' weight chosen on generated questions."""
    return BM25Retriever(related=tuned_related())


def passage_retriever() -> "PassageRetriever":
    """A ``PassageRetriever`` with the weights chosen on generated questions."""
    return PassageRetriever(**tuned_passage_weights())


def get_retriever(retriever: "str | Retriever") -> Retriever:
    """A fresh, unfitted retriever by name, or ``retriever`` itself when it is a retriever object."""
    if not isinstance(retriever, str):
        if not (callable(getattr(retriever, "fit", None)) and callable(getattr(retriever, "scores", None))):
            raise TypeError(f"a retriever must be a name or have fit(texts) and scores(query) methods, "
                            f"got {type(retriever).__name__}")
        return retriever
    return RETRIEVERS.load(retriever)()
