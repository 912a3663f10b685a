"""A person's title as news writes it beside the name: the job, apart from its owner and the words around it.

News gives a job in a few constructions, before or after the name and with or without its owner:
"Ann Lee, the agency's director of roads," / "Ann Lee, 41, a nurse at the clinic" / "Its treasurer, Ann Lee," /
"chief engineer Dr Ann Lee" / "Chief Harbour Officer Ann Lee" / "Acme finance director Ann Lee" / "chief executive
of Acme, Ann Lee" / "Ann Lee, who was head of sales," / "Ann Lee, a former teacher," / "Ann Lee will take over as
finance director". ``titles`` reads each into a ``Title``: the title as written (an article, a possessive owner,
"former" and the owner after "of"/"at" left out: "director of roads", "nurse"), its owner as written, and when
it was held as told ("past" for "a former teacher", "future" for "will take over as"). A reader who asks for a
job asks for the title; the owner is what the question already knows.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .names import HONORIFICS, TITLE_MODIFIERS, is_closed, is_org_head, is_role
from .senses import is_known, is_person, light_stem
from .tokens import verb_shaped


class Title(NamedTuple):
    """A title ``text`` at ``start``..``end`` of the sentence, its ``owner`` as written ("Acme", "the agency",
    "its"; "" when none is told), ``tense``: "past" (a post held before), "future" (one to come) or "", and whether
    a job noun heads it (``job``; not "Its factor, Ann Lee", read as a title by its owner alone)."""

    start: int
    end: int
    text: str
    owner: str
    tense: str
    job: bool = True


# Nouns for a person that say who they are to others or what befell them, not what they do for a living.
_NOT_JOBS = frozenset("""colleague friend son daughter wife husband brother sister mother father cousin uncle aunt
nephew niece grandfather grandmother grandson granddaughter partner fiance fiancee boyfriend girlfriend widow widower
victim survivor witness resident neighbour neighbor passenger suspect defendant hostage captive evacuee refugee
teenager youngster toddler child man woman boy girl person people family member mourner fan customer visitor tourist
motorist pedestrian cyclist patient owner""".split())
# Words that end a title phrase read forward: a relative or a verb of saying, a conjunction, an auxiliary.
_ENDS = frozenset("who whom whose which that said says told added and but or when while since after before because as "
                  "has had have is was are were will would could can may might".split())
# Prepositions after which a title's complement ("director of roads", "consultant in public health") or its owner
# ("a nurse at the clinic") follows; only the first three take a complement.
_OWNER_PREPOSITIONS = frozenset("of at for with on in from to".split())
_COMPLEMENTED = frozenset("of in for".split())
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*|[,.;:!?()\"“”]")
# An owner before a title: a possessive pronoun, a name's possessive or a kind's ("the agency's"). Bounded: linear.
_POSSESSIVE_RE = re.compile(r"^(?:(?:[Tt]he\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,2}|(?:[A-Z][\w&.-]{0,30}\s{1,3}){0,3})"
                            r"[A-Za-z][\w&.-]{0,30}['’]s?|"
                            r"[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)\s{1,3}")
_ARTICLE_RE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s{1,3}")
_FORMER_RE = re.compile(r"^(?:former|ex-|one-time|erstwhile)\s{0,3}", re.I)
# "new" before a title tells it was taken up lately, and is no word of it ("its new chief executive").
_NEW_RE = re.compile(r"^(?:newly[\s-]{1,3}(?:appointed|elected)|new)\s{1,3}", re.I)
# An age told between commas after a name ("Ann Lee, 41, a nurse"). Bounded: short.
_AGE_RE = re.compile(r"\s{0,3},\s{1,3}(?:aged\s{1,3})?\d{1,3}(?=\s{0,3},)")
# What links a name to a title after it, and the tense it tells: a comma or a bracket of apposition, a relative
# clause's verb ("who was"), a copula or a verb of taking up a post ("will take over as"). First match wins.
_S = r"\s{1,3}"
_LINKS = tuple((re.compile(rx.replace(" ", _S)), tense) for rx, tense in (
    (r"\s{0,3}, who (?:is|remains|has been|becomes|became) ", ""),
    (r"\s{0,3}, who (?:was|had been|served as|worked as) ", "past"),
    (r"\s{0,3}, who (?:will be|is to be|will become|is to become|will take over as) ", "future"),
    (r"\s{0,3}, |\s{0,3}\(\s{0,3}", ""),
    (r" (?:is|remains|has been|becomes|became|has become|was appointed|has been appointed|has been named|"
     r"took over as|serves as|works as) (?:as )?", ""),
    (r" (?:was|had been|served as|worked as) ", "past"),
    (r" (?:will|is to|is set to|is due to) (?:become|be|take over as|serve as|join as) ", "future")))
# The link of apposition among ``_LINKS``: those after it are verbs.
_APPOSED = 3
MAX_WORDS = 7


def is_job(word: str) -> bool:
    """Is ``word`` (or its singular) a noun for what someone does ("engineer", "curator", "treasurer"), not who they
    are to others or what befell them ("colleague", "victim")?"""
    low = word.lower().strip("'’")
    return low.isalpha() and low not in _NOT_JOBS and low.removesuffix("s") not in _NOT_JOBS and low not in HONORIFICS \
        and (is_role(low) or is_person(light_stem(low)) and is_known(light_stem(low)))


def _words(text: str, at: int, end: int) -> list[re.Match]:
    return list(_WORD_RE.finditer(text, at, end))


def _complement(word: str, head: str) -> bool:
    """Does ``word`` after "of"/"in"/"for" complete a title (``head`` its noun): a lower-case noun ("director of
    roads", "consultant in public health"), or a capitalised common word after a capitalised title ("Curator of
    Mineralogy"); not an owner ("chief executive of Acme", "of the agency", "of MTA")?"""
    if word.islower():
        return not is_closed(word) and not verb_shaped(word)
    return head[:1].isupper() and not word.isupper() and is_known(light_stem(word)) and not is_org_head(word)


def _run(text: str, at: int, end: int) -> tuple[list[re.Match], int]:
    """The words of a title phrase from ``at``, to the first that ends it (a stop, a relative, a verb, an owner's
    preposition), and where its complement begins ("of roads"; the run's length when it has none)."""
    tokens = _words(text, at, end)[:MAX_WORDS + 2]
    kept: list[re.Match] = []
    complement = 0
    for k, t in enumerate(tokens):
        word, low = t.group(), t.group().lower()
        after = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        if not word[0].isalpha() or low in _ENDS or ("'" in word or "’" in word) and not _possessed(word, complement) \
                or not complement and is_closed(low) and low not in _OWNER_PREPOSITIONS:
            break  # a stop, a relative, a contraction ("you're"), a word that names nothing
        if complement:
            if is_closed(low) or verb_shaped(low) or word[:1].isupper() != kept[complement - 1].group()[:1].isupper():
                break
        elif low in _OWNER_PREPOSITIONS:
            if not (kept and low in _COMPLEMENTED and after and _complement(after, kept[-1].group())):
                break
            complement = len(kept)
        elif kept and word[:1].isupper() and kept[-1].group().islower():
            break  # "chief engineer Dr": a name begins
        kept.append(t)
    if complement and complement == len(kept) - 1:
        kept.pop()  # "director of" before a word that ends the run: no complement is told
        complement = 0
    return kept, complement or len(kept)


def _possessed(word: str, complement: int) -> bool:
    """Is ``word`` a lower-case possessive inside a title's complement ("director of women's health",
    "head of members' welfare"), not a contraction ("you're", "it's")?"""
    stem = re.sub(r"['’]s?$", "", word)
    return bool(complement) and word.islower() and stem.isalpha() and stem != word and not is_closed(stem)


def _read(text: str, at: int, end: int, *, owned: bool) -> tuple[int, int, bool] | None:
    """The title phrase of ``text`` from ``at`` (its article and owner already passed) before ``end``, to its last
    job noun (``is_job``) and that noun's complement ("a nurse working at" -> "nurse"; "consultant in public
    health"), or to its last word when its owner is told before it (``owned``: "Its factor, Ann Lee"); (start, stop,
    whether a job heads it) or ``None``."""
    kept, complement = _run(text, at, end)
    jobs = [k for k in range(complement) if is_job(kept[k].group())]
    head = jobs[-1] if jobs else complement - 1 if owned and complement else None
    if head is None or len(kept) > MAX_WORDS:
        return None
    last = kept[head].group().lower()
    if not jobs and (is_closed(last) or verb_shaped(last)):
        return None
    stop = kept[-1] if head == complement - 1 else kept[head]
    return kept[0].start(), stop.end(), bool(jobs)


def _forward(text: str, at: int, end: int, tense: str) -> Title | None:
    """A title told from ``at`` on, past its article or owner and a "former" (a post held before)."""
    owner = _POSSESSIVE_RE.match(text[at:end])
    article = None if owner else _ARTICLE_RE.match(text[at:end])
    at += owner.end() if owner else article.end() if article else 0
    former = _FORMER_RE.match(text[at:end])
    at += former.end() if former else 0
    new = _NEW_RE.match(text[at:end])
    at += new.end() if new else 0
    read = _read(text, at, end, owned=owner is not None)
    if read is None:
        return None
    start, stop, job = read
    return Title(start, stop, text[start:stop], " ".join(owner.group().split()) if owner else _owner_after(text, stop),
                 "past" if former else tense, job)


# The owner after a title: a preposition and a name or a body named by its kind. Bounded: linear.
_OWNER_AFTER_RE = re.compile(r"\s{1,3}(?:of|at|for|with|on)\s{1,3}((?:the\s{1,3})?[A-Z][\w&'’-]{0,30}"
                             r"(?:\s{1,3}(?:of\s{1,3})?[A-Z][\w&'’-]{0,30}){0,5}"
                             r"|the\s{1,3}(?:[a-z-]{2,20}\s{1,3}){0,2}[a-z]{2,20})")


def _owner_after(text: str, stop: int) -> str:
    owner = _OWNER_AFTER_RE.match(text, stop)
    return owner.group(1) if owner else ""


def _titled(word: str) -> bool:
    """Is ``word`` a title's word or a form of address written into a name ("Captain", "Chief", "Dr")?"""
    low = word.lower().rstrip(".")
    return low in HONORIFICS or low in TITLE_MODIFIERS or is_job(word)


def _name_start(text: str, start: int, end: int) -> int:
    """Where a person's own name begins in a name span ``start``..``end`` that opens with titles ("Fire Officer Ann
    Lee" -> "Ann", "Captain Ann Lee" -> "Ann"), its last two words kept."""
    words = _words(text, start, end)
    k = 0
    while k < len(words) - 2:
        if _titled(words[k].group()):
            k += 1
        elif k < len(words) - 3 and _titled(words[k + 1].group()):
            k += 2  # "Fire" of "Fire Officer": a title's word WordNet does not know as one
        else:
            break
    return words[k].start() if words else start


# A comma of apposition before a name, past a form of address (", Dr "). Bounded: short.
_ADDRESS = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.?\s{1,3})?"
_COMMA_BEFORE_RE = re.compile(r",\s{1,3}" + _ADDRESS + "$")
# Where a title before that comma may open: an article, a possessive pronoun, a name's possessive.
_OPENER_RE = re.compile(r"(?:^|(?<=[\s(]))(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y"
                        r"|[A-Z][\w&.-]{0,30}['’]s)\s")
# Words right before a name with no comma between, up to five, past a form of address. Bounded: linear.
_BEFORE_RE = re.compile(r"((?:[A-Za-z][\w'’-]{0,30}\s{1,3}){0,4}[A-Za-z][\w-]{0,30})\s{1,3}$")
_ADDRESS_RE = re.compile(_ADDRESS + "$")


def _apposed_before(text: str, start: int) -> Title | None:
    """A title before a comma of apposition and the name at ``start`` ("Its treasurer, Ann Lee"), read whole from
    the nearest article or owner it opens with: its words end at the comma or at its owner ("the chief executive of
    Acme, Ann Lee")."""
    comma = _COMMA_BEFORE_RE.search(text, max(0, start - 12), start)
    if not comma:
        return None
    for opener in reversed(list(_OPENER_RE.finditer(text, max(0, comma.start() - 120), comma.start()))):
        found = _forward(text, opener.start(), comma.start(), "")
        rest = text[found.end:comma.start()].strip() if found else ""
        if found and (not rest or found.owner and rest.endswith(found.owner)):
            return found
    return None


def _before(text: str, start: int) -> Title | None:
    """A title written right before the name at ``start``: after a comma of apposition (``_apposed_before``) or as a
    title with no comma, its last word a job ("chief engineer Dr Ann Lee", "Chief Harbour Officer Ann Lee", "Acme
    finance director Ann Lee": the capitalised words before lower-case ones are its owner)."""
    apposed = _apposed_before(text, start)
    address = _ADDRESS_RE.search(text, max(0, start - 8), start)  # "chief engineer Dr Ann Lee"
    start = address.start() if address else start
    plain = None if apposed else _BEFORE_RE.search(text, max(0, start - 80), start)
    words = _words(text, plain.start(1), plain.end(1)) if plain else []
    if apposed or not words or not is_job(words[-1].group()):
        return apposed
    k = len(words) - 1
    capital = words[-1].group()[:1].isupper()
    while k > 0:
        word = words[k - 1].group()
        low = word.lower()
        if is_closed(low) or low in _ENDS or word.endswith(("'s", "’s")) or word.islower() and verb_shaped(low):
            break
        if word[:1].isupper() and not (low in TITLE_MODIFIERS or is_job(word) or capital and not is_org_head(word)):
            break  # "Acme finance director": the owner
        capital = capital and word[:1].isupper()
        k -= 1
    own = re.search(r"((?:[A-Z][\w&.-]{0,30}\s{1,3}){1,4})$|([A-Z][\w&.-]{0,30}['’]s)\s{1,3}$",
                    text[max(0, words[k].start() - 60):words[k].start()])
    return Title(words[k].start(), words[-1].end(), text[words[k].start():words[-1].end()],
                 own.group().strip() if own else "", "")


def titles(text: str, start: int, end: int) -> list[Title]:
    """The titles ``text`` gives the person named at ``start``..``end`` (a name span may open with its titles:
    "Captain Ann Lee"), before the name and after it, in order of position."""
    lead = _before(text, _name_start(text, start, end))
    out = [lead] if lead else []
    age = _AGE_RE.match(text, end)
    at = age.end() if age else end
    for k, (link, tense) in enumerate(_LINKS):
        linked = link.match(text, at)
        found = _forward(text, linked.end(), min(len(text), linked.end() + 160), tense) if linked else None
        if not found:
            continue
        out.append(found)
        closed = _CLOSING_RE.match(text, found.end) if k == _APPOSED else None
        # "Ann Lee, chief executive of Acme, will become its chair": the post to come after the one held
        return out + [t for t in (_after_verb(text, closed.end()) if closed else None,) if t]
    # "Ann Lee, who runs the appeal, will take over as ...": past an aside that tells no title
    aside = _ASIDE_RE.match(text, at)
    return out + [t for t in (_after_verb(text, aside.end()) if aside else None,) if t]


# An apposition's rest to its closing comma ("of Acme, "), and an aside between commas. Bounded: linear.
_CLOSING_RE = re.compile(r"[^,;:.!?()]{0,80}?,")
_ASIDE_RE = re.compile(r"\s{0,3},[^,;:.!?()]{1,80}?,")


def _after_verb(text: str, at: int) -> Title | None:
    """A title a verb links to the subject before ``at`` ("will become chief operating officer")."""
    for link, tense in _LINKS[_APPOSED + 1:]:
        linked = link.match(text, at)
        found = _forward(text, linked.end(), min(len(text), linked.end() + 160), tense) if linked else None
        if found:
            return found
    return None
