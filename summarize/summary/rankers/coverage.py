"""Summaries as budgeted coverage of what the sources say (Gillick & Favre, 2009; Lin & Bilmes, 2011).

A concept is a stemmed bigram of adjacent words that punctuation does not separate, unless
both are stop words (Gillick & Favre's concepts: "north korea", "leader of", not "of the"). Its
weight is the number of documents that state it, each counting more when it states it early in
its article (news puts key facts in the lead), or, for the "learned" ranker, its chance of being
in a human summary under a learned model (``concepts.py``). The summary is the set of sentences that covers the
most concept weight within the budget; a concept counts once, so the same fact in two
wordings is not paid for twice. Small problems are solved exactly as an integer program
(``scipy.optimize.milp``, HiGHS); larger ones by the cost-scaled greedy algorithm for monotone
submodular functions with the best-singleton check (Khuller, Moss & Naor, 1999; Lin & Bilmes,
2010), which reaches at least (1 - 1/e) / 2 of the optimum.
"""
from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import threading
from dataclasses import dataclass, field
from typing import Callable, Hashable, Iterator, Mapping, NamedTuple, Sequence, TypeVar

import numpy as np

from ...model import Group, Scored
from ...text.tokens import is_question
from ..readable import Surnames
from ..select import (
    Budget,
    is_quotation,
    leans_back,
    quoted_share,
    reading_key,
    word_count,
)
from ..trim import shorter_forms, span_of, trimmed
from .base import minmax, percentile
from .concepts import (
    COUNTS,
    MIN_DOCS,
    POSITION,
    PRIORS,
    ConceptModel,
    concept_weights,
    concepts,
    content_concepts,
    facts,
    shipped_model,
    words,
)
from .consensus import SupportRanker
from .sentence_prior import SentenceModel
from .submodular import DIVERSITY, greedy, memberships, objective

# Chosen with MIN_DOCS and POSITION (concepts.py) by leave-one-cluster-out over eval/seeds and
# MultiLing 2011 (benchmarks/summary_loco.py, docs/summaries.md): three of the four folds picked
# these on their three development clusters (the fourth, M001 held out, picked salience 1).
SALIENCE = 2.0        # weight of the support ranker's salience beside coverage (see CoverageRanker)
MIN_WORDS = 8
# The integer program is solved when candidates x shared concepts stays under this; beyond it
# the greedy runs. With bigram concepts the 10-article eval clusters reach 7,000-32,000, which
# HiGHS solves in 0.01-0.28 s; 68,000 took 0.06-0.07 s and 268,000 0.3-0.9 s
# (benchmarks/coverage_time.py), while the exact optimum beats the greedy's by 0-8 %.
EXACT_LIMIT = 50_000
# HiGHS stops after this many branch-and-bound nodes (the greedy then runs): counted, not timed, so a
# summary does not change with the machine's load (a 5-second wall-clock limit did, on a loaded
# machine). The seeds, the MultiLing clusters and ten fresh clusters at 100-665 words take 1-7 nodes.
NODE_LIMIT = 200
# A wall-clock guard only for a pathological problem far beyond the node counts above.
GUARD_SECONDS = 120.0
# At most this many candidates enter the coverage problem: beyond it, those whose concepts weigh
# most (ties to the earlier). A summary takes a handful of sentences, and exclusions between
# thousands of near-copies grow with their square (20,000 near-copies in one 2.8 MB file ran out of
# 8 GB); the eval clusters have a few hundred candidates, so no summary of theirs changes.
CANDIDATE_LIMIT = 2_000
# Two candidates sharing this share of the shorter one's concepts state one fact: not both are
# chosen. Half, set a priori, not tuned: on the four eval clusters the exact optimum already
# avoids such pairs (no summary changes); it guards the salience bonus, which is paid per
# sentence and would otherwise pay twice for one fact in two wordings.
OVERLAP = 0.5
# A tiny reward per word fills the budget once concepts run out, without trading any concept for length.
FILL = 1e-4
# What to do with a candidate that leans back on the sentence before it (``select.leans_back``):
# keep it like any other, drop it, or allow it only together with that sentence's group.
LEANING = ("keep", "drop", "antecedent")
# Which shorter verbatim forms of each candidate the selection may show instead (``trim.shorter_forms``):
# none, those without a trailing attribution or aside, also without a trailing clause ("ending"),
# without an opening phrase, or cut at either end ("both").
COMPRESSIONS = {"off": (False, False, False), "asides": (True, False, False), "ending": (True, True, False),
                "opening": (False, False, True), "both": (True, True, True)}
# "asides" by default since round 10: held out over every gold cluster as written and in DUC 2004's
# layout, and tests/data/collection_news (benchmarks/wire_copy_loco.py, docs/summaries.md), every
# fold chose it among the five; it raised the held-out mean R-1 + R-2 recall (32.98 -> 33.11) and
# changed no real news summary as written; the trailing clauses and opening phrases lost on news.
COMPRESS = "asides"
# How the support ranker's scores become each candidate's salience in 0..1 (``CoverageRanker.scale``).
SCALES = {"minmax": minmax, "rank": percentile}
# By rank by default since round 23: min-max scaling lets one outlier at the top (a lead many outlets
# repeat) shrink every other candidate's bonus, so which sentences win turns on one score. Held out
# over every gold cluster as written and in DUC 2004's layout and tests/data/collection_news
# (benchmarks/wire_copy_loco.py, docs/summaries.md) every fold chose "rank" at today's salience; it
# raised the held-out mean R-1 + R-2 recall (33.15 -> 33.60), real news recall at 100 words
# (28.18 / 12.17 -> 29.51 / 12.88) and MultiLing recall at the references' length (50.45 / 21.54 ->
# 51.07 / 22.58), and lost one collection_news cluster at 100 words (R-2 26.73 -> 26.28 over the four).
SCALE = "rank"
# Tied to its antecedent by default since round 8: held out over every gold cluster as written and in
# DUC 2004's layout, and tests/data/collection_news (benchmarks/wire_copy_loco.py, docs/summaries.md),
# every fold chose "antecedent" over "drop" (round 5's default, which it had tied with on fewer
# clusters); it raised F1 at the references' length in DUC's layout (real news 48.23 / 20.65 ->
# 49.34 / 21.68) and changed no summary at 100 words. Either way no summary opens leaning on a
# sentence it does not show just before (benchmarks/readability.py).
LEANS = "antecedent"
# Shell nouns after "The" ("The move ...", ``select.SHELL_NOUNS``) lean back too by default since
# round 8: held out it changed no summary (two candidates of all the clusters open so), and it keeps
# such an opener from reading as the summary's own news.
SHELLS = True
# Opening dates ("On Sunday, January 16, ") cut off each candidate (``trim.opening_cut``; an opening
# attribution stays, so a claim never reads as the summary's own) by default since round 7: held out over every gold cluster
# as written and in DUC 2004's layout, and tests/data/collection_news (benchmarks/wire_copy_loco.py,
# docs/summaries.md), every fold chose it; it raised F1 at the references' length on real news
# (MultiLing 49.50 / 21.41 -> 51.00 / 22.69) and recall at 100 words in DUC's layout.
OPENING = True
# Each counted concept weight is raised to this power (``concepts.concept_weights``). 1 by default:
# held out in round 13 (docs/summaries.md) 1.5 won on the hand-written clusters but cost news R-2 at
# 100 words, DUC 2004's measure, as written, in DUC's layout and on tests/data/collection_news.
POWER = 1.0
# The "inverse" position prior falls as 1 / (1 + p) ** DECAY. 1 by default: held out in round 14
# (docs/summaries.md) every fold chose 0.5 with position 2, a gain on the hand-written clusters only;
# news was unchanged at 100 words, lost at the references' length in DUC's layout, and the unseen
# eval/written4 lost at 100 words.
DECAY = 1.0
# Share of a learned sentence prior in each candidate's bonus (``sentence_prior.py``). 0 by default:
# held out in round 15 (benchmarks/sentence_prior_loco.py, docs/summaries.md) beside the default
# salience it met the MultiLing floor but lost the hand-written clusters and MultiLing's R-2 at 100
# words (held out 33.08 -> 33.04); the folds' best pairs it with salience 1, which loses the seeds at 100 words.
SENTENCES = 0.0
# Share of its counted weight a bigram with a stop word in it keeps ("leader of", "said on"; the
# bigrams ``stop_bigrams`` False leaves out). 1 by default: held out in round 16 (docs/summaries.md)
# 0.75 met the MultiLing floor and won the hand-written clusters but lost real news R-2 at 100 words.
STOPS = 1.0
# What the selection maximises: concept coverage (the integer program above), or Lin & Bilmes'
# (2011) saturated sentence coverage plus diversity reward by their greedy (``submodular.py``).
OBJECTIVES = ("concepts", "lin-bilmes")


class Problem(NamedTuple):
    """A budgeted coverage problem: each candidate's cost and concepts (indices into
    ``weights``), a small per-candidate bonus, sets of candidates of which at most one may be
    chosen (``exclusive``: a pair, or every wording of one fact at once, so that a thousand alike
    sentences make one constraint rather than half a million pairs), and pairs ``(i, j)`` where
    ``i`` may be chosen only together with ``j``."""

    costs: np.ndarray
    covers: tuple[tuple[int, ...], ...]
    weights: np.ndarray
    bonus: np.ndarray
    budget: float
    exclusive: tuple[tuple[int, ...], ...] = ()  # at most one of each
    requires: tuple[tuple[int, int], ...] = ()   # (i, j): i may be chosen only with j
    forced: tuple[int, ...] = ()                  # candidates every choice includes
    needs_one: tuple[tuple[int, tuple[int, ...]], ...] = ()   # (i, js): i may be chosen only with one of js
    # The sentence each candidate is a form of (empty: each its own); forms of one sentence must be
    # ``exclusive``, so a concept only they state counts at most once whichever is chosen.
    owners: tuple[int, ...] = ()

    def value(self, chosen: Sequence[int]) -> float:
        """Covered concept weight plus the bonuses of ``chosen``."""
        covered = {c for i in chosen for c in self.covers[i]}
        return float(self.weights[list(covered)].sum() + self.bonus[list(chosen)].sum())


def shared(problem: Problem) -> Problem:
    """The same problem with every concept that only one candidate (or only forms of one sentence,
    ``owners``) states folded into that candidate's bonus (it counts exactly when that candidate is
    chosen): same optimum, far fewer variables, as most bigrams occur in one sentence only."""
    owners = problem.owners or range(len(problem.covers))
    stated = {(c, owner) for owner, cover in zip(owners, problem.covers) for c in cover}
    counts = np.bincount([c for c, _ in stated], minlength=len(problem.weights))
    keep = np.flatnonzero(counts >= 2)
    new = {int(c): k for k, c in enumerate(keep)}
    bonus = problem.bonus + np.array([sum(problem.weights[c] for c in cover if counts[c] == 1)
                                      for cover in problem.covers], dtype=float)
    covers = tuple(tuple(new[c] for c in cover if c in new) for cover in problem.covers)
    return problem._replace(covers=covers, weights=problem.weights[keep], bonus=bonus)


_QUIET = threading.Lock()


@contextlib.contextmanager
def _native_output_dropped() -> Iterator[None]:
    """Standard output at the file-descriptor level sent to the null device: HiGHS writes
    "HighsMipSolverData::transformNewIntegerFeasibleSolution tmpSolver.run();" there on some
    problems even when told to be silent (ERGO-Code/HiGHS#2783), which would corrupt the JSON a
    command prints. One solve at a time holds the descriptor."""
    with _QUIET:
        sys.stdout.flush()
        try:
            saved, null = os.dup(1), os.open(os.devnull, os.O_WRONLY)
        except OSError:  # no descriptor 1 to guard
            yield
            return
        try:
            os.dup2(null, 1)
            yield
        finally:
            os.dup2(saved, 1)
            os.close(saved)
            os.close(null)


def solve_exact(problem: Problem, *, node_limit: int = NODE_LIMIT) -> list[int] | None:
    """The optimal choice by integer programming (Gillick & Favre's concept ILP), or ``None``
    when HiGHS stops before proving optimality. Pass a :func:`shared` problem for speed."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    n, m = len(problem.costs), len(problem.weights)
    if n == 0:
        return []
    # Variables: x_0..x_{n-1} (candidates) then y_0..y_{m-1} (concepts).
    # Row 0: the budget; row 1 + c: y_c <= sum of the x_i that contain c; then the sum of the x_i
    # <= 1 per exclusive set, x_i - x_j <= 0 per required pair, and x_i - sum of the x_j <= 0 per ``needs_one``.
    rows, cols, vals = [0] * n + [1 + c for c in range(m)], list(range(n + m)), [*problem.costs, *[1.0] * m]
    for i, cover in enumerate(problem.covers):
        rows += [1 + c for c in cover]
        cols += [i] * len(cover)
        vals += [-1.0] * len(cover)
    limits = [(clique, [1.0] * len(clique), 1.0) for clique in problem.exclusive] + \
        [((i, j), [1.0, -1.0], 0.0) for i, j in problem.requires]
    for k, (members, coefficients, _) in enumerate(limits, start=1 + m):
        rows += [k] * len(members)
        cols += members
        vals += coefficients
    for k, (i, options) in enumerate(problem.needs_one, start=1 + m + len(limits)):
        rows += [k] * (1 + len(options))
        cols += [i, *options]
        vals += [1.0] + [-1.0] * len(options)
    shape = (1 + m + len(limits) + len(problem.needs_one), n + m)
    upper = np.concatenate([[problem.budget], np.zeros(m), [cap for *_, cap in limits],
                            np.zeros(len(problem.needs_one))])
    a = coo_matrix((vals, (rows, cols)), shape=shape).tocsr()
    # Only the x are integer: with the x whole, the best y_c is min(1, sum of x_i), whole too, and
    # HiGHS branches on n variables instead of n + m (0.13 s instead of 0.2 s on M001 and M002).
    # Gap 0: HiGHS's default relative gap (1e-4 of ~100) is larger than the fill and tie-break
    # bonuses, which would then go unheeded; proving the exact optimum cost no time on the eval clusters.
    lower = np.zeros(n + m)
    lower[list(problem.forced)] = 1.0
    with _native_output_dropped():
        result = milp(-np.concatenate([problem.bonus, problem.weights]),
                      integrality=np.concatenate([np.ones(n), np.zeros(m)]),
                      bounds=Bounds(lower, 1), constraints=LinearConstraint(a, -np.inf, upper),
                      options={"node_limit": node_limit, "time_limit": GUARD_SECONDS, "mip_rel_gap": 0.0})
    if result.status != 0 or result.x is None:
        return None
    return [i for i in range(n) if result.x[i] > 0.5]


def solve_greedy(problem: Problem) -> list[int]:
    """Cost-scaled greedy (gain / cost, r = 1) with the best-singleton check: at least
    (1 - 1/e) / 2 of the optimum for a monotone submodular objective. Ties go to the lower index.
    A candidate that requires others is weighed together with those of them not yet chosen (a
    strong sentence comes with its antecedent), and with the cheapest of the candidates it needs one
    of (``needs_one``) when none is chosen; the guarantee is for problems that require nothing."""
    n = len(problem.costs)
    needs: dict[int, set[int]] = {}
    for i, j in problem.requires:
        needs.setdefault(i, set()).add(j)
    one_of: dict[int, list[tuple[int, ...]]] = {}
    for i, options in problem.needs_one:
        one_of.setdefault(i, []).append(options)
    member_of = memberships(problem.exclusive)

    def bundle(i: int, have: set[int]) -> list[int] | None:
        """``i`` and what it requires (transitively) beyond ``have``, or ``None`` when two of
        them, or one of them and one of ``have``, may not both be chosen."""
        out: set[int] = set()
        todo = [i]
        while todo:
            k = todo.pop()
            if k not in out and k not in have:
                out.add(k)
                todo += needs.get(k, ())
                for options in one_of.get(k, ()):
                    if not set(options) & (out | have):
                        if not options:
                            return None
                        todo.append(min(options, key=lambda j: (float(problem.costs[j]), j)))
        taken = {c for k in have for c in member_of.get(k, ())}
        for k in sorted(out):
            if taken.intersection(member_of.get(k, ())):
                return None
            taken.update(member_of.get(k, ()))
        return sorted(out)

    chosen = sorted({k for i in problem.forced for k in bundle(i, set()) or [i]})
    covered = np.zeros(len(problem.weights), dtype=bool)
    covered[[c for k in chosen for c in problem.covers[k]]] = True
    left = problem.budget - float(problem.costs[chosen].sum())
    open_ = [i for i in range(n) if problem.costs[i] <= problem.budget and i not in chosen]
    used = {c for k in chosen for c in member_of.get(k, ())}   # exclusive sets a chosen one is in
    while True:
        best: list[int] = []
        best_ratio = 0.0
        have = set(chosen)
        for i in open_:
            if used.intersection(member_of.get(i, ())):
                continue
            take = bundle(i, have) if i in needs or i in one_of else [i]
            if not take:
                continue
            if len(take) == 1:   # the common case, kept fast
                cost, bonus = float(problem.costs[i]), float(problem.bonus[i])
                cover = [c for c in problem.covers[i] if not covered[c]]
            else:
                cost, bonus = float(problem.costs[take].sum()), float(problem.bonus[take].sum())
                cover = list({c for k in take for c in problem.covers[k] if not covered[c]})
            if cost > left:
                continue
            gain = float(problem.weights[cover].sum()) + bonus
            ratio = gain / max(cost, 1e-9)
            if ratio > best_ratio:
                best, best_ratio = take, ratio
        if not best:
            break
        chosen += best
        covered[[c for k in best for c in problem.covers[k]]] = True
        left -= float(problem.costs[best].sum())
        open_ = [i for i in open_ if i not in best]
        used.update(c for k in best for c in member_of.get(k, ()))
    singles = [(problem.value(take), -i, take) for i in range(n)
               if (take := bundle(i, set())) and float(problem.costs[take].sum()) <= problem.budget]
    if singles and not problem.forced:
        value, _, take = max(singles)
        if value > problem.value(chosen):
            return take
    return sorted(chosen)


def solve(problem: Problem, *, exact_limit: int = EXACT_LIMIT) -> list[int]:
    """Exact when candidates x shared concepts <= ``exact_limit`` (and HiGHS proves
    optimality), else greedy."""
    small = shared(problem)
    if len(small.costs) * len(small.weights) <= exact_limit:
        exact = solve_exact(small)
        if exact is not None:
            return exact
    return solve_greedy(problem)


def fill_up(problem: Problem, chosen: Sequence[int]) -> list[int]:
    """``chosen`` and, while one fits the budget left, the candidate adding the most value (ties
    to the lower index) that no chosen one excludes and that requires nothing unchosen: the
    budget an optimal choice of whole sentences leaves over, spent after the fact."""
    out = sorted(chosen)
    needs: dict[int, set[int]] = {}
    for i, j in problem.requires:
        needs.setdefault(i, set()).add(j)
    member_of = memberships(problem.exclusive)

    def met(i: int) -> bool:
        return needs.get(i, set()) <= set(out) and all(set(js) & set(out) for k, js in problem.needs_one if k == i)

    while True:
        left = problem.budget - float(problem.costs[out].sum())
        used = {c for k in out for c in member_of.get(k, ())}
        base = problem.value(out)
        gains = [(problem.value([*out, i]) - base, -i) for i in range(len(problem.costs))
                 if i not in out and not used.intersection(member_of.get(i, ())) and problem.costs[i] <= left and met(i)]
        if not gains:
            return out
        out = sorted([*out, -max(gains)[1]])


def exclusive(groups: Sequence[Group], picked: Sequence[int], covers: Sequence[tuple[int, ...]], *,
              redundant: float = 0.0) -> tuple[tuple[int, ...], ...]:
    """Sets of candidates (slots in ``picked``) of which at most one may be chosen: paraphrases of
    one another, candidates stating exactly the same kept concepts, and candidates sharing at
    least ``OVERLAP`` of the shorter one's concepts (one fact, two wordings, whatever their
    salience: the salience bonus would otherwise pay for both); with ``redundant`` > 0, also
    candidates that no one document states both of and that share that share of the shorter one's
    content words (two outlets' accounts of one event, worded apart: "evacuated ... people ...
    volcano ... Wednesday"; one article's sentences on its topic share words without repeating)."""
    slot = {groups[k].id: s for s, k in enumerate(picked)}
    sets: set[tuple[int, ...]] = {(min(slot[groups[k].id], slot[p]), max(slot[groups[k].id], slot[p]))
                                  for k in picked for p in groups[k].paraphrases if p in slot}
    alike = [same for same in _classes(covers).values() if len(same) > 1]
    sets |= {tuple(same) for same in alike}
    by_concepts = _classes([concepts(groups[k].text) for k in picked])
    sets |= {tuple(same) for same in by_concepts.values() if len(same) > 1}
    # Two overlapping classes: every member of either excludes every other, unless they all state
    # the same kept concepts and so exclude one another already (near-copies with a number changed).
    alike_in = {s: c for c, same in enumerate(alike) for s in same}
    keys = list(by_concepts)
    labels = []   # a concept class's set of alike candidates, or a label of its own (negative)
    for k, key in enumerate(keys):
        found = {alike_in.get(s, -1 - s) for s in by_concepts[key]}
        labels.append(found.pop() if len(found) == 1 else -1 - len(picked) - k)
    cliques, across = cliques_of(len(keys), *_overlap(keys, share=OVERLAP, labels=labels))
    sets |= {tuple(sorted(s for k in clique for s in by_concepts[keys[k]])) for clique in cliques}
    sets |= {tuple(sorted(by_concepts[keys[a]] + by_concepts[keys[b]])) for a, b in across}
    if redundant:
        sets |= {(i, j) for i, j in overlapping([words(groups[k].text) for k in picked], share=redundant)
                 if not set(groups[picked[i]].sources) & set(groups[picked[j]].sources)}
    return tuple(sorted(sets))


_Item = TypeVar("_Item", bound=Hashable)


def _classes(items: Sequence[_Item]) -> dict[_Item, list[int]]:
    """The slots of each distinct non-empty item, in order: candidates alike in it exclude one
    another as one set, not pair by pair."""
    out: dict[_Item, list[int]] = {}
    for s, item in enumerate(items):
        if item:
            out.setdefault(item, []).append(s)
    return out


def overlapping(sets: Sequence[frozenset[str]], *, share: float = OVERLAP) -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of non-empty sets sharing at least ``share`` of the smaller
    one (a sparse product, so only pairs with a concept in common are looked at)."""
    first, second = _overlap(sets, share=share)
    return set(zip(first.tolist(), second.tolist()))


def _overlap(sets: Sequence[frozenset[str]], *, share: float,
             labels: Sequence[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``overlapping``'s pairs as two arrays (no Python pair per two near-copies); with
    ``labels``, only pairs labelled apart."""
    from scipy.sparse import csr_matrix, triu

    index: dict[str, int] = {}
    rows = [r for r, items in enumerate(sets) for _ in items]
    cols = [index.setdefault(c, len(index)) for items in sets for c in sorted(items)]
    matrix = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), len(index)))
    common = triu(matrix @ matrix.T, k=1).tocoo()
    sizes = np.array([len(items) for items in sets], dtype=float)
    keep = common.data >= share * np.minimum(sizes[common.row], sizes[common.col])
    if labels is not None:
        keep &= np.asarray(labels)[common.row] != np.asarray(labels)[common.col]
    return common.row[keep].astype(np.int64), common.col[keep].astype(np.int64)


def cliques_of(n: int, first: np.ndarray, second: np.ndarray) -> tuple[list[list[int]], set[tuple[int, int]]]:
    """The vertices ``0..n-1`` of the graph with edges ``first[k]``-``second[k]`` grouped,
    greedily in index order, into cliques (those of two or more returned), and the edges that join
    two cliques: the same exclusions in far fewer sets where many candidates all exclude one another."""
    from scipy.sparse import coo_matrix

    if not len(first):
        return [], set()
    adjacency = coo_matrix((np.ones(2 * len(first), dtype=bool), (np.r_[first, second], np.r_[second, first])),
                           shape=(n, n)).tocsr()
    clique_of = np.full(n, -1)
    out: list[list[int]] = []

    def near(v: int) -> set[int]:
        return set(adjacency.indices[adjacency.indptr[v]:adjacency.indptr[v + 1]].tolist())

    for v in range(n):
        if clique_of[v] >= 0:
            continue
        members = [v]
        open_ = {u for u in near(v) if clique_of[u] < 0}
        while open_:
            u = min(open_)
            members.append(u)
            open_ &= near(u)
        clique_of[members] = len(out)
        out.append(members)
    apart = clique_of[first] != clique_of[second]
    return [m for m in out if len(m) > 1], set(zip(first[apart].tolist(), second[apart].tolist()))


def after_antecedents(order: Sequence[int], antecedent: Mapping[int, int]) -> list[int]:
    """``order`` with each item that has an ``antecedent`` in it moved right after that one
    (a sentence opening "He added ..." follows the sentence it leans on), the rest unmoved."""
    follows: dict[int, list[int]] = {}
    for k in order:
        if antecedent.get(k) in order:
            follows.setdefault(antecedent[k], []).append(k)
    out: list[int] = []

    def put(k: int) -> None:
        out.append(k)
        for f in follows.get(k, []):
            put(f)

    for k in order:
        if antecedent.get(k) not in order:
            put(k)
    return out


@dataclass(frozen=True)
class CoverageRanker:
    """Chooses the whole summary as budgeted concept coverage (see the module docstring).

    Besides the concepts, each sentence earns a modular bonus for its salience under the
    support ranker (LexRank + centroid + lead, raised by multi-source support; its rank among the
    cluster's scores, 0..1), ``salience`` times the concept weight its length carries on average:
    coverage decides what is new, salience which of two sentences covering alike is more central.
    ``score`` rates each group alone by the concept weight it covers (higher = more salient),
    so this also works with the shared selection step; ``choose`` is what summaries use.
    Candidates are groups of at least ``min_words`` words that are neither questions nor
    quotations; one that opens with a word that leans on the sentence before ("He added ...",
    "But ...", with ``shells`` "The move ...") comes only with the group of that sentence, shown
    right before it (``leaning`` "antecedent"; "drop" leaves it out, "keep" treats it like any
    other); a group whose paraphrase is chosen is not chosen too. A person's full name is shown
    before their surname alone (``readable.Surnames.introduced_first``). Each candidate
    is shown (and costed) without an opening date ("On Monday, "; ``opening``, on by
    default: ``trim.py``), a verbatim suffix with the same provenance, and may be shown in a shorter
    verbatim form instead (``compress``: "asides" by default, the text before a trailing
    attribution or an aside in brackets or after a dash; "ending" also before a trailing clause,
    "opening" after an opening phrase, "both" either; ``trim.shorter_forms``): the integer program
    chooses at most one form of each group, weighing its concepts against its words. With a ``model``, the
    concepts that pass the document threshold weigh their learned chance instead of their count.
    Options off by default as none won held out on the real news clusters (benchmarks/selection_loco.py,
    benchmarks/wire_loco.py, benchmarks/wire_copy_loco.py, docs/summaries.md): ``unigrams`` > 0
    adds content words as concepts, counted like the bigrams and weighted that share of them
    (Lin & Bilmes' word coverage); ``trim`` cuts a trailing attribution off each candidate
    (``trim.py``) before it is costed and shown, a verbatim prefix with the same provenance;
    ``facts`` > 0 adds the text layer's typed facts as concepts (``concepts.facts``), weighted
    that share of a bigram; ``lead`` weighs up what an article states in its first sentences;
    ``quoted`` < 1 leaves out candidates with more than that share of their words quoted;
    ``introduce`` allows a candidate that uses a surname alone only with one that gives the full
    name (``Problem.needs_one``; none: it is left out);
    ``min_content`` asks each candidate for that many distinct content words (stop words aside);
    ``first`` always chooses the first candidate of the earliest article (in reading order) when it
    fits; ``prior`` and ``count`` shape the counted weights (``concepts.concept_weights``: an
    article's first sentence against the rest, or position relative to the article's length;
    every sentence stating a concept counted, not each document once); ``stop_bigrams`` False
    leaves out bigrams with a stop word in them ("leader of"); ``fill`` > 0 spends the budget the
    chosen sentences leave on candidates of at least that many words, shorter ones included
    (``fill_up``); ``redundant`` > 0 lets no
    two candidates of different outlets sharing that share of the shorter one's content words both be
    chosen (``exclusive``); ``scale`` "minmax" turns the support ranker's scores into salience by
    min-max scaling instead of by their rank (``base.percentile``, the default), so one sentence far
    ahead of the rest shrinks every other's bonus; ``objective`` "lin-bilmes" chooses by Lin & Bilmes'
    saturated coverage and diversity reward (``submodular.py``, weighted ``diversity``) instead of
    the concepts, among the same candidates and forms, leaning ones left out; ``power`` > 1 raises
    each counted concept weight to that power, so what many documents state early outweighs more
    concepts that few state (``concepts.concept_weights``); ``decay`` is the power of the "inverse"
    position prior's fall, 1 / (1 + p) ** decay (``concepts.concept_weights``); ``sentences`` > 0 adds
    a learned sentence prior to each candidate's bonus (``sentence_model``'s chance that an oracle
    summary takes it, min-max scaled, times that share of the concept weight its length carries on
    average; ``sentence_prior.py``); ``stops`` < 1 weighs each bigram with a stop word in it that
    share of its counted weight, between the default's full weight and ``stop_bigrams`` False's none.
    """

    min_docs: int = MIN_DOCS
    position: float = POSITION
    salience: float = SALIENCE
    min_words: int = MIN_WORDS
    exact_limit: int = EXACT_LIMIT
    model: ConceptModel | None = None
    unigrams: float = 0.0
    trim: bool = False
    facts: float = 0.0
    lead: float = 0.0
    quoted: float = 1.0
    leaning: str = LEANS
    min_content: int = 0
    first: bool = False
    prior: str = "inverse"
    count: str = "documents"
    stop_bigrams: bool = True
    fill: int = 0
    opening: bool = OPENING
    redundant: float = 0.0
    shells: bool = SHELLS
    introduce: bool = False
    scale: str = SCALE
    compress: str = COMPRESS
    objective: str = "concepts"
    diversity: float = DIVERSITY
    power: float = POWER
    decay: float = DECAY
    stops: float = STOPS
    sentences: float = SENTENCES
    sentence_model: SentenceModel | None = None
    name: str = "coverage"

    def __post_init__(self) -> None:
        if self.min_docs < 1 or min(self.min_words, self.position, self.salience, self.exact_limit, self.unigrams,
                                    self.facts, self.lead, self.quoted, self.min_content, self.fill, self.redundant,
                                    self.diversity, self.power, self.decay, self.sentences, self.stops) < 0:
            raise ValueError(f"bad coverage settings: min_docs={self.min_docs} (>= 1), min_words="
                             f"{self.min_words}, position={self.position}, salience={self.salience}, "
                             f"exact_limit={self.exact_limit}, unigrams={self.unigrams}, facts={self.facts}, "
                             f"lead={self.lead}, quoted={self.quoted}, min_content={self.min_content}, "
                             f"fill={self.fill}, redundant={self.redundant}, diversity={self.diversity}, "
                             f"power={self.power}, decay={self.decay}, sentences={self.sentences}, "
                             f"stops={self.stops} (each >= 0)")
        if self.sentences and self.sentence_model is None:
            raise ValueError(f"sentences={self.sentences} needs a sentence_model (rankers.sentence_prior.SentenceModel)")
        for key, value, allowed in (("leaning", self.leaning, LEANING), ("prior", self.prior, PRIORS),
                                    ("count", self.count, COUNTS), ("scale", self.scale, tuple(SCALES)),
                                    ("compress", self.compress, tuple(COMPRESSIONS)),
                                    ("objective", self.objective, OBJECTIVES)):
            if value not in allowed:
                raise ValueError(f"unknown {key} {value!r}; choose one of {', '.join(allowed)}")

    def _weights(self, groups: Sequence[Group]) -> dict[str, float]:
        """Counted concept weights, or with ``model`` its chances for the same concepts (those
        that pass the document threshold: on all concepts it did worse, docs/summaries.md)."""
        counted = concept_weights(groups, min_docs=self.min_docs, position=self.position, lead=self.lead,
                                  prior=self.prior, count=self.count, power=self.power, decay=self.decay, of=self._bigrams)
        if self.stops != 1.0:
            stopped = {c for g in groups for m in g.members for c in concepts(m.text) - content_concepts(m.text)}
            counted = {c: v * self.stops if c in stopped else v for c, v in counted.items()}
        if self.model is not None:
            learned = self.model.weights(groups)
            counted = {c: learned[c] for c in counted}
        # Content words and typed facts, counted alike and scaled by their share (a word key has
        # no space and a fact key opens with "#", so neither meets a bigram's).
        for share, of in self._extra():
            extra = concept_weights(groups, min_docs=self.min_docs, position=self.position, lead=self.lead,
                                    prior=self.prior, count=self.count, power=self.power, decay=self.decay, of=of)
            counted = counted | {w: share * v for w, v in extra.items()}
        return counted

    def _extra(self) -> list[tuple[float, Callable[[str], frozenset[str]]]]:
        """The concept kinds beside the bigrams that are on, with their weights."""
        return [(share, of) for share, of in ((self.unigrams, words), (self.facts, facts)) if share]

    @property
    def _bigrams(self) -> Callable[[str], frozenset[str]]:
        """The bigram concepts of a text: with a stop word in them or (``stop_bigrams`` False) not."""
        return concepts if self.stop_bigrams else content_concepts

    def _units(self, text: str) -> frozenset[str]:
        """The concepts of ``text``: its bigrams, its content words when ``unigrams``, its typed
        facts when ``facts``."""
        return self._bigrams(text).union(*(of(text) for _, of in self._extra()))

    def _candidates(self, groups: Sequence[Group], shown: Sequence[Group],
                    weights: Mapping[str, float]) -> tuple[list[int], dict[int, int]]:
        """The groups a summary may show (indices, in ``(doc_id, index)`` order): at least
        ``min_words`` words and ``min_content`` distinct content words, not a question, not a
        quotation nor more than ``quoted`` of it quoted, and of those the ``CANDIDATE_LIMIT`` whose
        concepts (``weights``) weigh most; with ``leaning`` "drop" none that leans
        back on the sentence before it (``select.leans_back``), with "antecedent" only one whose
        antecedent (the group of the sentence before it in its article) is a candidate too.
        Also, for "antecedent", the group each leaning candidate requires."""
        order = sorted(range(len(groups)), key=lambda k: groups[k].representative.key)
        picked = [k for k in order if word_count(shown[k].text) >= self.min_words
                  and len(words(shown[k].text)) >= self.min_content
                  and not is_question(shown[k].text) and not is_quotation(shown[k].text)
                  and (self.quoted >= 1.0 or quoted_share(shown[k].text) <= self.quoted)]
        if len(picked) > CANDIDATE_LIMIT:
            mass = {k: sum(weights.get(c, 0.0) for c in self._units(shown[k].text)) for k in picked}
            kept = set(sorted(picked, key=lambda k: -mass[k])[:CANDIDATE_LIMIT])
            picked = [k for k in picked if k in kept]
        leaning = {k for k in picked if self.leaning != "keep" and leans_back(shown[k].text, shells=self.shells)}
        if self.leaning == "drop":
            picked = [k for k in picked if k not in leaning]
        where = {m.key: k for k, g in enumerate(groups) for m in g.members}
        found = {k: where.get((groups[k].representative.doc_id, groups[k].representative.index - 1))
                 for k in leaning}
        before = {k: b for k, b in found.items() if b is not None and b != k}
        while self.leaning == "antecedent":
            kept = set(picked)
            out = {k for k in leaning & kept if before.get(k) not in kept}
            if not out:
                break
            picked = [k for k in picked if k not in out]
        # A cluster of only short sentences, questions or quotes still gets a summary.
        if not picked:
            return order, {}
        return picked, {k: before[k] for k in leaning if k in set(picked) and self.leaning == "antecedent"}

    def _shown(self, groups: Sequence[Group]) -> list[Group]:
        """The groups as a summary would show them: trimmed (``trim.py``) at the end when
        ``trim``, at the front when ``opening``."""
        if not (self.trim or self.opening):
            return list(groups)
        return [trimmed(g, ending=self.trim, opening=self.opening) for g in groups]

    def score(self, groups: Sequence[Group]) -> np.ndarray:
        weights = self._weights(groups)
        return np.array([sum(weights.get(c, 0.0) for c in self._units(g.text)) for g in self._shown(groups)],
                        dtype=float)

    def problem(self, groups: Sequence[Group], budget: Budget, *,
                dates: Mapping[str, str] | None = None) -> tuple[list[int], Problem]:
        """The candidates (the group each is a form of, indices in ``(doc_id, index)`` order) and
        their coverage problem (``dates`` by document decide which article is the earliest, for ``first``)."""
        forms, _, problem = self._problem(groups, budget, dates=dates)
        return [k for k, _ in forms], problem

    def _forms(self, shown: Sequence[Group], picked: Sequence[int]) -> list[tuple[int, Group]]:
        """Each candidate group (index) with each form it may be shown in: as ``shown``, then with
        ``compress`` its shorter verbatim forms (``trim.shorter_forms``) of at least ``min_words`` words."""
        asides, clauses, opening = COMPRESSIONS[self.compress]
        out: list[tuple[int, Group]] = []
        for k in picked:
            out.append((k, shown[k]))
            if asides or clauses or opening:
                cut = (span_of(shown[k], a, b)
                       for a, b in shorter_forms(shown[k].text, asides=asides, clauses=clauses, opening=opening))
                out += [(k, form) for form in cut if word_count(form.text) >= self.min_words]
        return out

    def _problem(self, groups: Sequence[Group], budget: Budget, *, dates: Mapping[str, str] | None = None
                 ) -> tuple[list[tuple[int, Group]], dict[int, int], Problem]:
        """The candidates (group index and form), the group each leaning candidate group requires
        (``_candidates``), and their coverage problem: at most one form of a group is chosen."""
        weights = self._weights(groups)
        index = {c: k for k, c in enumerate(weights)}
        shown = self._shown(groups)
        picked, antecedent = self._candidates(groups, shown, weights)
        forms = self._forms(shown, picked)
        slots: dict[int, list[int]] = {}
        for s, (k, _) in enumerate(forms):
            slots.setdefault(k, []).append(s)
        whole = [slots[k][0] for k in picked]   # each group's form as shown
        owner = [k for k, _ in forms]
        lengths = np.array([word_count(form.text) for _, form in forms], dtype=float)
        costs = lengths if budget.words is not None else np.ones(len(forms))
        covers = tuple(tuple(sorted(index[c] for c in self._units(form.text) if c in index)) for _, form in forms)
        weights_ = np.array(list(weights.values()), dtype=float)
        # Salience: a fully salient sentence earns ``salience`` times the concept weight its
        # length carries on average (over the groups as shown). Then fill the budget with words,
        # and break exact ties towards the earlier (doc_id, index), the longer form first.
        per_word = sum(weights_[c] for s in whole for c in covers[s]) / max(float(lengths[whole].sum()), 1.0)
        salient = SCALES[self.scale](SupportRanker().score(groups))[owner] if self.salience and forms else np.zeros(len(forms))
        rank = np.arange(len(forms), 0, -1, dtype=float) / max(len(forms), 1)
        bonus = self.salience * salient * lengths * per_word + FILL * lengths + FILL * 1e-3 * rank
        if self.sentence_model is not None and self.sentences and forms:
            chances = self.sentence_model.chances([groups[k] for k in owner], [form.text for _, form in forms])
            bonus += self.sentences * minmax(chances) * lengths * per_word
        # A leaning candidate comes with its antecedent's group, in whichever form.
        requires = tuple(sorted((s, slots[a][0]) for k, a in antecedent.items() if len(slots[a]) == 1 for s in slots[k]))
        with_one = tuple((s, tuple(slots[a])) for k, a in sorted(antecedent.items()) if len(slots[a]) > 1 for s in slots[k])
        lead = min(picked, key=lambda k: reading_key(groups[k], dates), default=None)
        forced = (slots[lead][0],) if self.first and lead is not None and lead not in antecedent \
            and costs[slots[lead][0]] <= budget.size else ()
        sets = {tuple(sorted(s for i in members for s in slots[picked[i]]))
                for members in exclusive(shown, picked, [covers[s] for s in whole], redundant=self.redundant)}
        sets |= {tuple(same) for same in slots.values() if len(same) > 1}
        return forms, antecedent, Problem(costs, covers, weights_, bonus, float(budget.size), tuple(sorted(sets)),
                                          requires, forced, with_one + self._introductions(groups, [f for _, f in forms]),
                                          tuple(owner) if len(forms) > len(picked) else ())

    def _lin_bilmes(self, groups: Sequence[Group], forms: Sequence[Group], problem: Problem) -> list[int]:
        """The forms (indices) Lin & Bilmes' greedy chooses over the cluster's groups (each
        standing for its members), one form per group; a candidate that needs another chosen with
        it (a leaning sentence) is left out, as their greedy knows no such pairs."""
        obj = objective([f.text for f in forms], [g.text for g in groups], [len(g.members) for g in groups])
        barred = frozenset(i for i, _ in problem.requires) | frozenset(i for i, _ in problem.needs_one)
        return greedy(obj, problem.costs, problem.budget, exclusive=problem.exclusive, barred=barred,
                      diversity=self.diversity)

    def _introductions(self, groups: Sequence[Group],
                       candidates: Sequence[Group]) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """With ``introduce``, each candidate (slot) that uses a surname alone and the candidates
        giving that person's full name, one of which must be chosen with it (none: it may not be)."""
        if not self.introduce:
            return ()
        mentions = [Surnames.of(g.text for g in groups).mentions(c.text) for c in candidates]
        return tuple((s, tuple(j for j, (introduced, _) in enumerate(mentions) if surname in introduced))
                     for s, (_, alone) in enumerate(mentions) for surname in sorted(alone))

    def choose(self, groups: Sequence[Group], budget: Budget, *,
               dates: Mapping[str, str] | None = None) -> list[Scored]:
        """The summary: the groups covering the most concept weight within ``budget``, each in the
        form chosen, in reading order."""
        forms, antecedent, problem = self._problem(groups, budget, dates=dates)
        if self.objective == "lin-bilmes":
            chosen = self._lin_bilmes(groups, [form for _, form in forms], problem)
        else:
            chosen = solve(problem, exact_limit=self.exact_limit)
        if self.fill and budget.words is not None:
            wider, antecedent, problem = dataclasses.replace(self, min_words=min(self.fill, self.min_words), fill=0)._problem(
                groups, budget, dates=dates)
            where = {(k, form.representative.start, form.representative.end): s for s, (k, form) in enumerate(wider)}
            kept = [(k, form.representative.start, form.representative.end) for k, form in (forms[s] for s in chosen)]
            chosen = fill_up(problem, [where[key] for key in kept if key in where])
            forms = wider
        order = sorted(chosen, key=lambda s: reading_key(groups[forms[s][0]], dates))
        order = [order[i] for i in Surnames.of(g.text for g in groups).introduced_first([forms[s][1].text for s in order])]
        of = {forms[s][0]: s for s in order}
        leans = {s: of[antecedent[k]] for s in order if (k := forms[s][0]) in antecedent and antecedent[k] in of}
        return [Scored(forms[s][1], problem.value([s])) for s in after_antecedents(order, leans)]


@dataclass(frozen=True)
class LearnedCoverageRanker(CoverageRanker):
    """Budgeted coverage with learned concept weights ("learned"): each concept that passes the
    document threshold weighs its chance of being in a human summary under the shipped concept
    model (``concepts.ConceptModel``, fitted on eval/seeds and MultiLing 2011), and no salience
    bonus is added.

    Not the default (docs/summaries.md): held out over all eight clusters with references
    (benchmarks/concept_loco.py) every fold chose salience 0 and it beat ``CoverageRanker`` on
    mean R-1 recall and, narrowly, R-2; but the gain comes from the four hand-written clusters,
    and on the four real news clusters it loses about 1 point of R-2 recall."""

    salience: float = 0.0
    model: ConceptModel | None = field(default_factory=shipped_model)
    leaning: str = "keep"     # as it was measured (concept_loco.py), before leaning sentences were dropped
    opening: bool = False     # and before opening dates were cut
    compress: str = "off"     # and shorter forms offered
    name: str = "learned"
