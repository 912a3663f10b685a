"""Word tokens and stemmed content terms shared by dedup, ranking, retrieval and answering."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Numbers keep their inner commas and decimal points ("1,960", "3.5"); words keep
# inner apostrophes and hyphens ("Jong-Un", "Kim's").
WORD_RE = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’\-]\w+)*", re.UNICODE)
# A term is a word, or an acronym written with periods, which is the same term without them
# ("U.N." and "UN" are "un").
TERM_RE = re.compile(r"(?:[A-Z]\.){2,}|" + WORD_RE.pattern)

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself yourselves said says say mr mrs ms will would may might must shall""".split()
)

# Words that are stop words only in lower case: the pronoun "us" is none of the country "US" /
# "U.S." (the same term, "us").
CASED_STOP_WORDS = frozenset({"us"})


# Irregular past forms, so "left" matches "leave" and "met" matches "meet" (Snowball only
# strips suffixes).
_IRREGULAR = dict(pair.split(":") for pair in """arose:arise awoke:awake bore:bear beat:beat became:become
began:begin begun:begin bent:bend bet:bet bound:bind bit:bite bitten:bite bled:bleed blew:blow blown:blow
broke:break broken:break bred:breed brought:bring built:build burnt:burn bought:buy caught:catch chose:choose
chosen:choose came:come cost:cost crept:creep dealt:deal dug:dig did:do done:do drew:draw drawn:draw drank:drink
drove:drive driven:drive ate:eat eaten:eat fell:fall fallen:fall fed:feed felt:feel fought:fight found:find
fled:flee flew:fly flown:fly forbade:forbid forgot:forget forgave:forgive froze:freeze frozen:freeze got:get
gotten:get gave:give given:give went:go gone:go grew:grow grown:grow hung:hang heard:hear hid:hide hidden:hide
held:hold hurt:hurt kept:keep knew:know known:know laid:lay led:lead left:leave lent:lend lay:lie lain:lie
lost:lose made:make meant:mean met:meet paid:pay quit:quit ran:run rang:ring rose:rise risen:rise sought:seek
sold:sell sent:send set:set shook:shake shaken:shake shot:shoot shut:shut sang:sing sung:sing sank:sink sat:sit
slept:sleep slid:slide spoke:speak spoken:speak spent:spend spun:spin split:split spread:spread stood:stand
stole:steal stolen:steal stuck:stick struck:strike swore:swear sworn:swear swept:sweep swam:swim swung:swing
took:take taken:take taught:teach tore:tear torn:tear told:tell thought:think threw:throw thrown:throw
understood:understand woke:wake wore:wear worn:wear won:win withdrew:withdraw withdrawn:withdraw wrote:write
written:write""".split())


# The nouns of measure made from their adjective, so "How deep" meets "at a depth of" and "how
# long" "a length of" (Snowball keeps the two apart).
_MEASURE_NOUNS = dict(pair.split(":") for pair in """depth:deep depths:deep width:wide widths:wide breadth:broad
length:long lengths:long height:high heights:high""".split())

# The irregular past forms themselves, for readers that look for a clause's verb.
PAST_FORMS = frozenset(_IRREGULAR)
# Past forms spelt as their present ("Nordbank cut 800 jobs", "The project cost $4 billion", "Jobs
# cut: 800"), read as verbs where the other past forms are.
BARE_PASTS = frozenset("cut shed cost hit set put quit shut split spread hurt".split())


def verb_shaped(word: str) -> bool:
    """Is ``word`` (lower case) shaped as a verb: an irregular past ("began", "taken") or an "-ed" or "-ing"
    ending? Where a noun phrase read after a figure or a determiner stops."""
    return word in PAST_FORMS or word.endswith(("ed", "ing"))


def present_form(word: str) -> str:
    """The plain verb of an irregular past form ("began" -> "begin"), else ``word`` (lower case)."""
    return _IRREGULAR.get(word, word)


def is_past_form(word: str) -> bool:
    """Is ``word`` (lower case) a past form or participle by its spelling: "-ed", an irregular
    form ("lost", "taken") or one spelt as its present ("cut")?"""
    return (word.endswith("ed") and len(word) > 4) or word in PAST_FORMS or word in BARE_PASTS


def words(text: str) -> list[str]:
    """Word and number tokens of ``text`` in order, case kept."""
    return WORD_RE.findall(text)


@lru_cache(maxsize=1)
def _stemmer() -> Any:  # PyStemmer has no type hints
    # PyStemmer: the Snowball English algorithm in C, imported in 1 ms (NLTK takes 1.4 s).
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Lower-cased Snowball stem of one word, irregular past forms mapped to their verb and
    nouns of measure to their adjective first (cached: news vocabularies repeat)."""
    w = word.lower()
    return _stemmer().stemWord(_IRREGULAR.get(w) or _MEASURE_NOUNS.get(w, w))


def normalise_word(word: str) -> str:
    """Fold case and curly apostrophes so "Kim’s" and "kim's" compare equal."""
    return word.lower().replace("’", "'")


def terms(text: str) -> list[str]:
    """Stemmed content terms: lower-cased, stop words dropped, numbers kept as written."""
    return [t for _, t in term_spans(text)]


@lru_cache(maxsize=65_536)
def term_spans(text: str) -> tuple[tuple[int, str], ...]:
    """``(offset, term)`` for every content term of ``text``, in order (cached per text)."""
    out = []
    for m in TERM_RE.finditer(text):
        word = m.group()
        n = normalise_word(word.replace(".", "") if word[-1] == "." else word)
        if n.endswith("'s"):
            n = n[:-2]
        # "Jong-Un" and "Jong Un", "slow-moving" and "slow moving" share their terms.
        for part in n.split("-") if "-" in n else (n,):
            if part and part not in STOP_WORDS and not (part in CASED_STOP_WORDS and word.islower()):
                out.append((m.start(), part if part[0].isdigit() else stem(part)))
    return tuple(out)


def is_question(text: str) -> bool:
    """A sentence that asks rather than states ("Did you see this man?"): not summary material."""
    return text.rstrip(" \"'”’)").endswith("?")


# Marks that open or close someone's words: double quotes, guillemets, wire copy's backticks and
# the opening single quote (a closing one is also an apostrophe).
_SPEECH_RE = re.compile(r"[\"“”«»‘]|``|''")


def speech_marks(text: str) -> list[str]:
    """The quotation marks of ``text`` in order (``_SPEECH_RE``)."""
    return _SPEECH_RE.findall(text)


def speech_open(marks: list[str]) -> bool:
    """Is a quotation still open after ``marks`` (``speech_marks`` of the text so far)?"""
    straight = marks.count('"') % 2
    return bool(straight or marks.count("“") > marks.count("”") or marks.count("«") > marks.count("»")
                or marks.count("``") > marks.count("''"))


def writer_asks(text: str) -> bool:
    """A question the article itself asks, a heading ("Who owns the mine?") or a rhetorical one,
    which the sentences after it answer; a question in quotation marks is someone's speech."""
    return is_question(text) and not speech_marks(text)
