"""Who the descriptions of a cluster stand for: "the aviation minister", "the chemist", "the airline".

News names a party once and then describes it, or describes it in the same breath: "the harbour
master, Ann Lee,", "Tarnwell Marine, the ferry company's engine contractor,", "Tarnwell Marine is
its contractor", "Ann Lee, chief executive of ...", and later "the master", "the contractor", "the
firm". A reader resolves those descriptions across the articles; ``read_descriptions`` does it
from the articles' sentences (in reading order) two ways:

- stated: an apposition either way round or a copula gives a name a noun phrase whose noun is a
  role or a kind of organisation (``names.noun_kind``) or, before a person's name, one for a doer
  ("The chemist, Ann Lee,"); kept with its shorter forms, less its first words ("aviation
  minister", "minister"), none past a word of rank (a "deputy mayor" is no "mayor"). One after a
  name closes at punctuation, a preposition or a relative ("Ann Lee, the sailor will ..." gives
  none); none stands before a name "said" or "'s" follows; a plural describes no one name;
- referred back: a bare "the <noun>" whose noun is a kind of organisation (``names.noun_kind``:
  "the airline", "the rail firm", "the company") stands for an organisation named before it: the
  first named (mostly the subject, the likeliest to be referred to: Grosz, Joshi and Weinstein
  1995, "Centering") in the nearest sentence that names one, its own or one of the ``LOOK_BACK``
  before it (``FAR_BACK`` when it has modifiers, which must be words of the name: "the rail
  firm" is no "Dunmore Logistics"); one used fewer than ``MIN_REFERRED`` times stands for nothing.

Each use votes, stated or referring back (not when an apposition states the phrase as written,
which needs no guess); the name a majority votes for is the referent, if any.

A thing's name (a trial's, a ship's, a drug's) is described apart, in ``Descriptions.things``: by an
apposition after it whose noun is a kind of thing ("Orla-2, its phase II trial of ..."), or by that
noun beside it with no comma, from two uses ("the ferry Sea Lark", "the Orla-2 trial"; ``_things``).

``Descriptions.refers`` finds the descriptions a question makes ("the airline's IT systems",
"the chemist's lawyer") and the names they stand for, leaving out the one a "who is the ..."
question asks for.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import AbstractSet, Mapping, NamedTuple, Sequence

from .names import Name, is_org_head, is_role, noun_kind, proper_names
from .senses import is_person, kinds, light_stem
from .tokens import STOP_WORDS, is_past_form, stem, verb_shaped

# A word of a description: letters with inner apostrophes or hyphens ("airline's", "quality-control").
_WORD_RE = re.compile(r"[A-Za-z][\w’'-]{0,30}")
# What opens a noun phrase that describes someone: an article, a possessive pronoun, or a name's
# possessive ("Acme's chief executive, Ann Lee").
_DETERMINERS = frozenset("the a an its his her their".split())
_POSSESSIVE_RE = re.compile(r"['’]s$")
# A description right before a name and its comma ("the aviation minister, Ann Lee"): a determiner
# or a name's possessive and up to four words. Bounded: linear.
_BEFORE_RE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w-]{0,30}['’]s)"
                        r"((?:\s{1,3}[\w’'-]{1,30}){1,4}),\s{1,3}$")
# The words that run on from a "the" in a question, up to ``MAX_WORDS``. Bounded: linear.
_RUN_RE = re.compile(r"[\w’'-]{1,30}(?:\s{1,3}[\w’'-]{1,30}){0,3}")
# A verb of saying right after a name: what comes before it is what the person said, not who they are.
_SAYS_AFTER_RE = re.compile(r"\s{1,3}(?:said|says|told|added|wrote|explained|noted|insisted)\b")
# What may join a name to a description after it: a comma, or a form of "to be" and a determiner.
_AFTER_RE = re.compile(r",\s{1,3}|\s{1,3}(?:is|was|are|were|has been|had been|remains)\s{1,3}(?=(?:the|a|an|its|his|her|their)\s)")
# Prepositions that end a description's noun phrase ("the group behind the attack").
PREPOSITIONS = frozenset("of at for in on with from to by behind beyond near across among amid within without towards "
                          "toward inside outside alongside via like".split())
# What closes an apposition's noun phrase after a name: punctuation, a preposition, a relative
# ("Ann Lee, the chemist, said", "the head of ..."), not a verb ("Ann Lee, the sailor will ..."). Bounded: linear.
_CLOSED_RE = re.compile(r"\W{0,3}(?:[,.;:)!?]|$|\s{1,3}(?:" + "|".join(sorted(PREPOSITIONS | {"and", "who", "which", "that",
                                                                                          "whose", "since"})) + r")\b)")
# Words that rank a role, which its shorter forms keep ("deputy mayor" is no "mayor").
_RANKS = frozenset("deputy vice assistant associate acting interim junior shadow".split())
# A noun for one who does something by its ending ("chemist", "master", "sailor", "historian"),
# which may describe a person before the name with no role listed ("The chemist, Ann Lee,").
_AGENT_RE = re.compile(r"(?:ist|er|or|ian)$")
# Words that end a description's noun phrase: saying verbs and what opens a clause after the noun.
_ENDS = frozenset("said says told added who which that whose since".split()) | PREPOSITIONS
# The kinds of name a description's noun stands for (``names.noun_kind``).
_DESCRIBED = frozenset({"person", "organisation"})
# The most words a description holds (its determiner left out).
MAX_WORDS = 4
# What a question opens with when it asks for the holder of the description after it ("Who is the
# aviation minister?", "What is the name of the chemist?"). Bounded: linear.
_ASKED_RE = re.compile(r"^\W{0,3}(?:who|what|which)(?:['’]s|\s{1,3}(?:is|was|are|were))\s{1,3}(?:the\s{1,3}name\s{1,3}of\s{1,3})?$",
                       re.I)


class Referent(NamedTuple):
    """A description a text makes at ``start``..``end``, the ``name`` it stands for, and whether it
    names an ``owner`` ("the chemist's lawyer")."""

    start: int
    end: int
    name: str
    owner: bool


def _key(words: Sequence[str]) -> tuple[str, ...]:
    """The stems of a description's words, an owner's "'s" left off ("airline's" -> "airlin")."""
    return tuple(stem(_POSSESSIVE_RE.sub("", w)) for w in words)


def _phrase(words: Sequence[str]) -> list[str]:
    """The noun phrase ``words`` open with: up to ``MAX_WORDS`` words before a function word, a
    saying verb or a clause; empty unless its last word is lower case and no verb's past."""
    out: list[str] = []
    for w in words[:MAX_WORDS]:
        low = w.lower()
        if (low in STOP_WORDS and not w.isupper() and not _POSSESSIVE_RE.search(low)) or low in _ENDS:
            break
        out.append(w)
    return out if out and out[-1].islower() and not out[-1].endswith("ed") and not plural(out[-1]) else []


def plural(word: str) -> bool:
    """Does ``word`` read as a plural ("artists", "artists'"), which describes several, not one name?"""
    low = word.lower().rstrip("'’")
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")) and not word.endswith("'s")


def _shorter(phrase: Sequence[str]) -> list[tuple[str, ...]]:
    """The keys of ``phrase`` and of its shorter forms, less its first words ("aviation minister",
    "minister"), none past a word of rank (a "deputy mayor" is no "mayor")."""
    rank = max((k for k, w in enumerate(phrase) if w.lower() in _RANKS), default=-1)
    return [_key(phrase[k:]) for k in range(len(phrase) if rank < 0 else rank + 1)]


def _stated(text: str, name: Name, person: bool, *, things: bool = False) -> list[tuple[str, ...]]:
    """The descriptions ``text`` gives ``name`` (a ``person``'s or not) by apposition either way
    round or by a copula, each as its key with its shorter forms: any noun before a person's name
    ("The chemist, Ann Lee,"), elsewhere a role or a kind of organisation; with ``things``, after a name no person's,
    only a kind of thing (``_thing_noun``: "Orla-2, its phase III trial of ..."; before one, "its depot, Acme Trams
    has ..." is two clauses)."""
    found = []  # (phrase, whether any noun may describe: a person's, before the name; whether it follows the name)
    before = _BEFORE_RE.search(text, max(0, name.start - 120), name.start)
    if before and not _SAYS_AFTER_RE.match(text, name.end) and not _POSSESSIVE_RE.search(name.text) \
            and text[name.end:name.end + 1] not in "'’":  # no apposition: "the crack, Keane said", "the recount, Ann Lee's lead"
        found.append((_phrase(before.group(1).split()), person, False))
    after = _AFTER_RE.match(text, name.end)
    if after:
        spans = list(_WORD_RE.finditer(text, after.end(), after.end() + 120))
        ws = [m.group() for m in spans]
        determined = bool(ws) and ws[0].lower() in _DETERMINERS
        phrase = _phrase(ws[1:] if determined else ws)
        closed = bool(phrase) and _CLOSED_RE.match(text, spans[len(phrase) + determined - 1].end())
        # with no determiner only a role describes ("Ann Lee, chief executive of ..."), not "Ann Lee, 39, resigned"
        found.append((phrase if closed and (determined or is_role(phrase[-1])) else [], False, True))
    # a description says what its last word names: a role or a kind of organisation ("the airline's
    # IT supplier"), not "Ann Lee, the records show,"; any noun in "the chemist, Ann Lee," of a person
    return [key for p, anything, after in found if p and (after and not person and _thing_noun(p[-1]) if things else
                                                          anything and _AGENT_RE.search(p[-1]) or noun_kind(p[-1]) in _DESCRIBED)
            for key in _shorter(p)]


# A thing's name with the noun that says what it is, written with no comma: after an article or a possessive and up to
# (the noun alone: "the drug Velorin", "its ferry Sea Lark"), or after it ("the Orla-2 trial", "its Fenwick
# depot"), the noun closing its phrase ("the Orla-2 trial showed", not "the Acme share price"). Bounded: linear.
_THING_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s{1,3}([a-z][a-z-]{1,20})\s{1,3}$")
_THING_AFTER_RE = re.compile(r"\s{1,3}([a-z][a-z-]{2,20})(?:\s{0,3}[,.;:)!?]|\s{1,3}([a-z]{1,20})\b)")
_OPENS_RE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s{1,3})$")
# A name that ends in a lower-case word after a hyphen modifies a noun ("a Paris-based firm"). Bounded: linear.
_MODIFIER_RE = re.compile(r"-[a-z]{1,20}$")


def _thing_noun(word: str) -> bool:
    """Does ``word`` name a kind of thing one name may be called ("trial", "depot", "ferry"): a singular noun WordNet
    places under others (``senses.kinds``), no word for a person or a body, which a name before it owns ("the Acme
    spokesman", "the Acme board"), nor a verb's form?"""
    return (word not in STOP_WORDS and not plural(word) and not verb_shaped(word) and noun_kind(word) is None
            and not is_person(light_stem(word)) and bool(kinds(light_stem(word))))


def _things(text: str, name: Name, person: bool) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The descriptions of a thing ``text`` gives its ``name`` (no ``person``'s), each as its key with its shorter
    forms: those stated by apposition after it (``_stated``), and those beside it with no comma (``_THING_BEFORE_RE``,
    ``_THING_AFTER_RE``: "the drug Velorin" -> drug; "the Orla-2 trial" -> trial), which may be words of another
    phrase ("under the agreement Acme must ...", "the Orla census revision"). A place's name before a noun tells where
    the thing is ("the Corran Point zone", "the Brenn Road depot"), not what the place is."""
    if person or name.kind == "person" or _MODIFIER_RE.search(name.text):
        return [], []  # a name that ends as a modifier ("Acme-led", "Paris-based") names no thing
    found = []
    before = _THING_BEFORE_RE.search(text, max(0, name.start - 70), name.start)
    if before:
        found += [[before.group(1)]] if _thing_noun(before.group(1)) else []
    after = _THING_AFTER_RE.match(text, name.end)  # the noun closes its phrase: punctuation, a function word or a past follows
    if after and name.kind != "place" and (after.group(2) is None or after.group(2) in STOP_WORDS or is_past_form(after.group(2))) \
            and _OPENS_RE.search(text, max(0, name.start - 8), name.start) and _thing_noun(after.group(1)):
        found.append([after.group(1)])
    return _stated(text, name, person, things=True), [key for p in found for key in _shorter(p)]


def _typed(texts: Sequence[str], kinds: AbstractSet[str]) -> frozenset[str]:
    """The names (lower case) some sentence of ``texts`` types one of ``kinds``, a person's surname,
    and the word that opens a place's name ("Holm" of "Holm Island")."""
    found = [(n.text.lower(), n.kind) for t in texts for n in proper_names(t) if n.kind in kinds]
    return frozenset(name for name, _ in found) | {name.split()[-1] for name, kind in found if kind == "person"} \
        | {name.split()[0] for name, kind in found if kind == "place"}


def _is_typed(name: str, typed: AbstractSet[str]) -> bool:
    """Is ``name`` among the ``typed`` names (``_typed``), itself or by its last word (a surname)?"""
    return name.lower() in typed or name.lower().split()[-1] in typed


def _organisations(texts: Sequence[str]) -> dict[str, str]:
    """The names ``texts`` may call an organisation (lower-cased name -> the name written in full):
    every name no sentence types a person or a place (nor a person by its surname), and a word that
    opens exactly one name of several words, one of those ("Marden" for "Marden Rail Freight")."""
    typed = _typed(texts, {"person", "place"})
    full = {n.text.lower(): n.text for t in texts for n in proper_names(t)
            if n.kind in ("organisation", "name") and not _is_typed(n.text, typed)
            and not (" " not in n.text and (noun_kind(n.text) or is_org_head(n.text)))}
    # "Company" opening a heading is no name, nor "the Trust", "the Council": a body's head capitalised as it is referred to
    firsts = Counter(k.split()[0] for k in {n.text.lower() for t in texts for n in proper_names(t) if " " in n.text})
    short = {k.split()[0]: v for k, v in full.items() if " " in k and firsts[k.split()[0]] == 1 and k.split()[0] not in typed}
    return {**full, **short}


# The fewest uses a bare description needs to stand for a name no apposition gives it: one use
# may refer to anything named before it ("the operator" after a ship's name).
MIN_REFERRED = 2
# How many sentences back a bare description looks for what it refers to, and one with modifiers
# (which must be words of the name, as good as naming it): bounded, for an archive's sentences.
LOOK_BACK = 2
FAR_BACK = 40
# A bare description of an organisation: "the", up to two lower-case modifiers and a noun, not
# followed by the name it describes ("the airline Skylane"). Bounded: linear.
_BARE_RE = re.compile(r"\b[Tt]he\s{1,3}((?:[a-z][a-z-]{1,20}\s{1,3}){0,2}[a-z]{3,20})\b(?!['’]?\s{0,3}[A-Z])")


def _referred(texts: Sequence[str], organisations: Mapping[str, str]) -> tuple[dict[tuple[str, ...], Counter], ...]:
    """For each bare description of a kind of organisation in ``texts``, the organisations named
    nearest before its uses (``organisations``' full names), whose words hold its modifiers; apart, for each bare head of
    the cluster's organisations' names ("the trust", "the council"), the names it heads."""
    votes: dict[tuple[str, ...], Counter] = {}
    heads_of: dict[tuple[str, ...], Counter] = {}
    heads = {t for full in organisations.values() for t in _key(full.split())}
    # the heads of its organisations' names of several words that close them and say what they are ("Trust", "Council")
    headed = {_key([full.split()[-1]])[0] for full in organisations.values() if " " in full and is_org_head(full.split()[-1])}
    for k, text in enumerate(texts):
        for m in _BARE_RE.finditer(text):
            words = m.group(1).split()
            noun = next((j for j, w in enumerate(words) if noun_kind(w) == "organisation" or _key([w])[0] in headed), None)
            if noun is None or any(w in STOP_WORDS for w in words[:noun]) or plural(words[noun]):
                continue
            words = words[:noun + 1]  # "the company denies": the phrase ends at its noun
            head = _key(words)[-1]
            # a modifier that is a word of the name reaches farther, and so does the head of a name of the cluster's, which
            # stands for a name it heads ("the trust" for "Fernhollow Learning Trust", "the council"): as good as naming it
            back = FAR_BACK if noun or head in headed else LOOK_BACK
            bodies = {k: v for k, v in organisations.items() if _key(v.split())[-1] == head} if head in headed \
                else organisations
            # not the name it is said of ("Acme, the operator's contractor": Acme is no operator)
            named = [[n.text for n in proper_names(text) if n.end <= m.start() and not _said_of(text, n, m.start())]] + \
                [[n.text for n in proper_names(t)] for t in texts[max(0, k - back):k][::-1]]
            fitting = next((found for names in named if (found := _fitting(words, names, bodies, heads))), [])
            if fitting:  # the first named in the nearest sentence that names one: its subject, mostly
                (votes if noun_kind(words[-1]) == "organisation" else heads_of).setdefault(_key(words), Counter())[fitting[0]] += 1
    return votes, heads_of


def _said_of(text: str, name: Name, at: int) -> bool:
    """Does the description at ``at`` open an apposition or a copula after ``name`` (``_stated``)?"""
    after = _AFTER_RE.match(text, name.end)
    return after is not None and after.end() == at


def _fitting(words: Sequence[str], names: Sequence[str], organisations: Mapping[str, str],
             named: AbstractSet[str]) -> list[str]:
    """The full names of the organisations among ``names`` that the bare description ``words`` may stand for."""
    return [full for n in names if (full := organisations.get(n.lower())) and _fits(words, full, named)]


def _fits(words: Sequence[str], name: str, named: AbstractSet[str]) -> bool:
    """Can the bare description ``words`` stand for the organisation ``name``: its modifiers are
    words of the name ("the rail firm", "Marden Rail Freight"), and so is its noun when one of the
    cluster's ``named`` words, the stems of its organisations' names ("the union" is the one named
    "... Union", no "Rail Accident Board"), or when it has modifiers and the name closes with what it
    is ("the central bank" is no "Central Statistics Office")?"""
    key, own = _key(words), _key(name.split())
    whole = key[-1] in named or len(key) > 1 and is_org_head(name.split()[-1])
    return set(key if whole else key[:-1]) <= set(own)


def _winner(counts: Counter) -> str | None:
    """The name a majority of the votes ``counts`` give, a vote for a longer name that holds it
    ("Tarnwell Marine Services" for "Tarnwell") counting for it too; on a tie the longer name, else ``None``."""
    total = sum(counts.values())
    score = {name: sum(n for other, n in counts.items() if _holds(other, name)) for name in counts}
    best = min(score, key=lambda name: (-score[name], -len(name.split()), name))
    return best if 2 * score[best] > total else None


def _holds(longer: str, name: str) -> bool:
    """Is ``name`` ``longer`` or a run of its words ("Tarnwell" of "Tarnwell Marine Services")?"""
    return f" {name} " in f" {longer} "


class Descriptions:
    """The names a cluster's descriptions stand for (``read_descriptions``)."""

    def __init__(self, table: Mapping[tuple[str, ...], str],
                 things: Mapping[tuple[str, ...], str] | None = None,
                 bodies: Mapping[tuple[str, ...], str] | None = None) -> None:
        self.table = dict(table)
        self.things = dict(things or {})
        self.bodies = dict(bodies or {})

    def refers(self, question: str, *, things: bool = False, bodies: bool = False) -> list[Referent]:
        """The descriptions ``question`` makes after "the" and the names they stand for, the
        longest that the table knows at each "the" (with ``things``, the table of things' names: "the
        trial" -> "Orla-2"; with ``bodies``, the bare heads of organisations' names too: "the trust" -> "Fernhollow Learning
        Trust", read in an article's sentence, not in a question, whose retrieval they would pull to the body's name);
        not one a "who is the ..." question asks for (an owner's, "Who is the airline's chief executive?", is no such
        one)."""
        table = self.things if things else {**self.bodies, **self.table} if bodies else self.table
        out = []
        for the in re.finditer(r"\bthe\s{1,3}", question, re.I):
            run = _RUN_RE.match(question, the.end())
            spans = list(_WORD_RE.finditer(question, the.end(), run.end())) if run else []
            stop = next((k for k, m in enumerate(spans) if m.group().lower() in STOP_WORDS), len(spans))
            spans = spans[:stop]  # the noun phrase: "the bombers do a trial run" -> "bombers"
            key = _key([m.group() for m in spans])
            # the longest phrase that ends a run of the words; a modifier may go ("the former chemist"), an owner not
            owners = [k for k, m in enumerate(spans) if _POSSESSIVE_RE.search(m.group())]
            found = next(((j, name) for j in range(len(key), 0, -1) for i in range(j)
                          if not any(k < i for k in owners) and (name := table.get(key[i:j]))), None)
            # not a plural ("the Velmarian artists": several, not one name)
            last = spans[found[0] - 1] if found else None
            if found and last and not plural(last.group()) and self._described(question, the.start(), last):
                out.append(Referent(the.start(), last.end(), found[1], bool(_POSSESSIVE_RE.search(last.group()))))
        return out

    @staticmethod
    def _described(question: str, at: int, last: re.Match) -> bool:
        """Does the description at ``at`` ending in the word ``last`` name someone the question
        asks about, not for: an owner ("the chemist's lawyer"), or any that does not follow "who
        is" ("Who is the aviation minister?"); not an owner whose name is asked ("the driver's name")?"""
        if _POSSESSIVE_RE.search(last.group()):
            return not re.match(r"\s{1,3}names?\b", question[last.end():])
        return not _ASKED_RE.match(question[:at])


def read_descriptions(texts: Sequence[str]) -> Descriptions:
    """What the descriptions in ``texts`` (a cluster's sentences in reading order) stand for:
    each use, stated or referring back to an organisation, one vote (module docstring)."""
    stated: dict[tuple[str, ...], Counter] = {}
    whole: set[tuple[str, ...]] = set()  # the phrases stated as written, not only as a shorter form
    people = _typed(texts, {"person"})
    things: dict[tuple[str, ...], Counter] = {}
    beside: dict[tuple[str, ...], Counter] = {}  # things' descriptions written with no comma
    for text in texts:
        for name in proper_names(text):
            person = _is_typed(name.text, people)
            for table, keys in zip((things, beside), _things(text, name, person)):
                for key in keys:
                    table.setdefault(key, Counter())[name.text] += 1
            if name.kind not in ("person", "organisation", "name"):
                continue
            keys = _stated(text, name, person)
            whole.update(k for k in keys if not any(len(o) > len(k) and o[-len(k):] == k for o in keys))
            for key in keys:
                stated.setdefault(key, Counter())[name.text] += 1
    referred, heads_of = _referred(texts, _organisations(texts))
    for key, counts in referred.items():
        # a phrase an apposition gives as written ("Black Lantern, the group behind ...") needs no guess
        if key not in whole and (sum(counts.values()) >= MIN_REFERRED or key in stated):
            stated.setdefault(key, Counter()).update(counts)
    bodies = {key: winner for key, counts in heads_of.items()
              if key not in stated and sum(counts.values()) >= MIN_REFERRED and (winner := _winner(counts))}
    for key, counts in beside.items():
        # a thing's noun written beside its name once may belong to another phrase; twice, or stated too, it names it
        if sum(counts.values()) >= MIN_REFERRED or key in things:
            things.setdefault(key, Counter()).update(counts)
    return Descriptions({key: winner for key, counts in stated.items() if (winner := _winner(counts))},
                        {key: winner for key, counts in things.items() if (winner := _winner(counts))}, bodies)
