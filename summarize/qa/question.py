"""A question parsed once: the kind of answer it wants, the noun it asks about, its key terms.

``parse`` reads the wording ("how many", "when", "which city", "who") into a frozen
``Question`` that retrieval, answering and disputes share, so nothing re-reads the string.
The word lists below are general English (role, organisation, place and time nouns), not
names from any article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.dates import plans, tense_cue
from ..text.names import is_org_head, is_person_noun, is_role, is_venue, noun_kind, verb_roles
from ..text.polarity import ATTRIBUTION_VERBS
from ..text.tokens import PAST_FORMS, STOP_WORDS, normalise_word, stem, term_spans, terms, verb_shaped
from ..text.quantities import quantities
from ..text.senses import has_length, is_known, is_organisation, is_person, light_stem, related, value_kind
from ..text.values import values

# The kinds of answer a question can want; "other" and "reason" are answered with a phrase.
KINDS = ("number", "duration", "speed", "date", "person", "org", "place", "name", "reason", "other")
# The kind of answer each kind of name the text layer reads gives.
NAME_KINDS = {"person": "person", "organisation": "org", "place": "place", "name": "name"}
# The kind (and dimension) of value each kind of question asks for, as ``text.values`` types it:
# what retrieval favours and what disputes compare. A person or a place is asked for by name of its
# kind (a conflict's topic opens with what it names).
QUESTION_KINDS = {"number": ("quantity", None), "duration": ("quantity", "duration"),
                  "speed": ("quantity", "speed"), "date": ("date", None), "org": ("name", None),
                  "person": ("name", "name of the person"), "place": ("name", "name of the place"),
                  "name": ("name", None)}

_ROLE_NOUNS = frozenset(stem(w) for w in (
    "person people man woman leader president minister official lawmaker aide spokesman spokeswoman "
    "expert analyst director chief secretary diplomat general commander envoy premier king queen prince "
    "chancellor governor mayor senator adviser advisor correspondent journalist judge officer scientist "
    "member sister brother wife husband father mother son daughter relative author founder head player "
    "singer actor coach captain winner candidate").split())
_ORG_NOUNS = frozenset(stem(w) for w in (
    "agency newspaper paper outlet broadcaster network channel service party ministry organisation "
    "organization company firm group council committee department university institute tank bank "
    "union alliance bloc court army navy station media police force charity team club body "
    "airline manufacturer government").split())
_PLACE_NOUNS = frozenset(stem(w) for w in (
    "city country town village region province state capital place square border location nation "
    "island district area port continent ocean sea river county").split())
# A noun that names a person by what they do ("geologist", "columnist").
_AGENT_RE = re.compile(r"^\w{4,}ists?$")
# A noun for one who does something, in "-ator" or "-utor" ("mediator", "prosecutor"), when no list types it.
_DOER_RE = re.compile(r"^\w{3,}(?:at|ut)ors?$")
_TIME_NOUNS = frozenset(stem(w) for w in "day year month date time week decade century hour".split())
# The parts of a day or a week ("On which night ...", "what morning"): a date asked, the day of that part
# (a word the articles may date it with: "on census night", so a key term still).
DAY_PARTS = frozenset(stem(w) for w in "night morning afternoon evening weekend".split())
# Nouns that are a sum of money ("what was his salary", "how much profit"); with them the nouns of a firm's or a
# public body's accounts that business news states as sums ("a pre-tax loss of £38.6m", "a deficit of £18m"), which
# "What loss did ... report?" asks as "What profit ...?" does ("bill" and "rent" are left out: "the bill" is a law
# in political news, and "raise the rent" asks a rise, told as a share as often as a sum).
_SUM_NOUNS = ("cost|price|budget|salary|wage|fine|compensation|profit|revenue|turnover|dividend|fee|ransom|reward|bail|fare"
              "|payout|income|valuation|earnings|loss|deficit|debt|shortfall")
_COUNT_NOUNS = frozenset(stem(w) for w in (
    "anniversary percentage proportion share number figure amount total age sum cost price toll rate distance length size "
    "height depth altitude elevation weight budget salary value population score capacity magnitude temperature margin turnout inflation unemployment "
    "revenue profit turnover dividend vote scoreline rank ranking position range rise increase decrease drop gain hike dose "
    "shareholding").split())
# Nouns for what measures or counts a thing, which news gives as a figure ("what reading triggers ...", "the latest
# estimate", "which kilometre mark", "the legal limit for lead", "what flow"): a number asked, its kind the one news
# attaches to the noun (``_expects``), the noun itself a key term (the figure is told with it: "the reading reached
# 30.5C"); so do the nouns of a sum.
_MEASURE_NOUNS = frozenset(stem(w) for w in (
    "reading estimate mark marker level threshold tally measurement density humidity majority premium bonus attendance "
    "flow limit concentration"
).split() + _SUM_NOUNS.split("|"))
# The kinds of figure (``text.senses.value_kind``) a noun of no kind of its own asks for when it is what a question's
# "what is ..." names ("what were the firm's sales?" -> money, "what was the fiercest gust?" -> speed): a sum, a share,
# a speed, a warmth, a quake's magnitude, a force or a power, which only an amount of a happening is told as; not a
# length or a mass, which news tells of things asked for by name as well ("the 290-metre ship": "what is the ship
# called?"), nor a count or a rank.
_MEASURED_KINDS = frozenset("money percent speed temperature magnitude force power".split())
# Nouns for a span of time someone is given ("what prison term", "the longest ban").
_DURATION_NOUNS = frozenset(stem(w) for w in "ban suspension sentence term stint tenure".split())
_NOUN_KINDS = (("person", _ROLE_NOUNS), ("org", _ORG_NOUNS), ("place", _PLACE_NOUNS),
               ("date", _TIME_NOUNS | DAY_PARTS), ("number", _COUNT_NOUNS | _MEASURE_NOUNS), ("duration", _DURATION_NOUNS))
_FRAME = frozenset(stem(w) for w in (
    "what which who whom whose when where why how many much long far fast old name called nickname "
    "does do did is are was were the a an like kind sort type exact exactly precise precisely roughly "
    "approximately").split())
# A part of something: a place's ("which part of Lyon", as a focus) or a whole's ("how much of
# the roof", as a dimension).
PART = "part"
_IRREGULAR_PLURALS = frozenset("people children men women police personnel staff cattle".split())
_AUX = frozenset("is are was were do does did has have had will would can could should may might".split())
_MODALS = frozenset("must shall".split())
# The verb "to be" before a participle: a passive.
_BE = frozenset("is are was were be been being".split())
_TYPE_NOUNS = _TIME_NOUNS | _PLACE_NOUNS | _COUNT_NOUNS
# "which city", "what day of the week": the noun names the answer's type, not its content.
_TYPE_WORD_RE = re.compile(r"\b(?:which|what|whose)\s+((?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:\s+of\s+(?:the\s+)?(?:day|week|month|year))?)",
                           re.I)
# A rank in a contest asked as a place ("In which place did she finish?", "what place did they come"):
# an ordinal, not somewhere. Bounded: linear.
# So is a place in a league's table asked by "where" ("Where is the club placed in the table?", "where do they sit in the
# standings"), or a position ("what position are they in the league?"): sports news tells it as an ordinal ("24th");
# not "Where did the league meet?", which names no place in one.
_RANK_ASKED = (r"\b(?:what|which) place\b.{0,60}\b(?:finish|finished|come|came|end|ended)\b|"
               r"^\W*(?:where|(?:what|which) position)\b.{0,60}\b(?:in|on|at|up|down) the (?:[\w'’-]+ ){0,2}?"
               r"(?:table|league|standings|rankings|ladder|charts?)\b")
# "How warm was ...", "how cold did it get": a temperature asked by its adjective.
_WARMTH_ASKED = r"\bhow (?:warm|hot|cold|cool|chilly)\b"
# "What did the firm pay for ...", "what will the repairs cost", "what is the deal worth (to the city)?", "what had the
# dealer expected the vase to fetch", "what did the car sell for": a sum asked without "how much" (not "pay
# tribute", "pay attention", nor "what will the money pay for?", which asks what is bought); so is one asked by the verb
# in "-ing" after "end up" or "keep" ("what did the trip end up costing?") or by the participle of a valuation ("what is
# the firm valued at?", "what were the tickets priced at?"), after a phrase that sets the scene ("At the last count,
# what ..."). Bounded: linear.
_PAID_ASKED = (r"^\W*(?:[^,?]{1,60},\s)?(?:and |so |but )?what (?:did|does|do|will|would|could|has|have|had|is|was|are|were)\b"
               r"(?: [\w'’-]{1,30}){1,8}? (?:(?:(?:pay|spend|cost|fetch)(?:ing)?|charg(?:e|ing)|(?:get|gets|got|be|being) paid)\b"
               r"(?! (?:tribute|attention|respects?|homage|heed)\b)(?! for\W*$)|"
               r"sell for\W*$|(?:valued|priced) at\W*$|worth(?:\W*$| (?:under|to|in|at|after|for|now|today)\b))")
# "How full was the silo", "how empty are the shelves": the share of a whole it holds ("80 per cent full").
_FULL_ASKED = r"\bhow (?:full|empty)\b"
# "How strong were the gusts", "how powerful was the wind": the strength of a wind is its speed. Bounded: linear.
_WIND_ASKED = r"\bhow (?:strong|powerful|fierce)\b(?: [\w'’-]{1,30}){0,4}? (?:winds?|gusts?|gales?)\b"
# The verbs of a change a question asks the size of ("how much did profit rise", "by how much is the tax going up"), in
# their forms and as phrasal verbs.
_CHANGE_ASKED = (r"\b(?:(?:rise|rose|risen|fall|fell|fallen|grow|grew|grown|drop|increase|decrease|climb|jump|slump|decline|"
                 r"gain|cut|lower|slash|trim|hike)(?:s|d|ed|ing|ped|ping|ting|med|ming)?|reduc\w*|(?:go|goes|going|gone|went|come|comes|"
                 r"coming|came) (?:up|down))\b")
# "How much time do residents have", "how much notice must the union give", "how much longer": a span of time asked by
# "how much".
_TIME_AMOUNT = r"\bhow much (?:(?:more |extra |advance |prior )?(?:time|notice|warning)|longer)\b"
# What a share trades at ("the share price", "the price of its shares"). Bounded: linear.
SHARE_PRICE = r"\b(?:(?:share|stock) prices?|prices? of (?:[\w'’-]{1,30}\s{1,3}){0,2}?(?:shares?|stock))\b"
# "What was the result of the board's vote?", "the outcome of the ballot", "the final score in the derby", "by how many
# votes": the tally or score of a vote or game, one value ("8-3", "seven votes to four"). Bounded: linear.
_RESULT_ASKED = (r"\bwhat (?:is|was|were|will be|would be) the (?:final |overall |eventual )?(?:result|outcome|score|scoreline|"
                 r"tally|count)s? (?:of|in|from) (?:the |a |an |its |their |this |that )?(?:[\w'’-]{1,30} ){0,4}?(?:vote|votes|"
                 r"ballot|poll|match|game|final|tie|fixture|derby|contest|referendum)\b|\bby how many votes\b")
# A clause that times or conditions what is asked ("... once the increase applies", "... after the rise"): a change
# named in it is not the change asked about. Bounded: linear.
_TIMING = r"\s(?:once|when|after|before|until|till|unless|if)\s"
_TIMING_CLAUSE_RE = re.compile(rf"(?<=\w)\W{{0,3}}{_TIMING}.*$", re.I)


def main_clause(text: str) -> str:
    """``text`` without a clause after its first word that times or conditions it ("How much will a ride cost once the
    increase applies?" -> "How much will a ride cost")."""
    return _TIMING_CLAUSE_RE.sub("", text)


# "How near to the houses did the fire get?", "how close did the ship come to the rocks?": a distance asked by nearness
# (not "how close was the vote?", a margin). Bounded: linear.
_NEAR_ASKED = (r"\bhow near\b|\bhow close (?:to\b|(?:[\w'’-]{1,30} ){1,6}?"
               r"(?:get|gets|got|come|comes|came|pass|passes|passed|fall|falls|fell|land|lands|landed)\b)")
# "How large is the area over which ...", "how big an area": an area asked by its noun after an adjective of size.
# Bounded: linear.
_AREA_ASKED = r"\bhow (?:large|big)\b(?: [\w'’-]{1,30}){0,2}? area\b"

# The measure a number question wants ("how old" -> age), first match wins.
_DIMENSION_PATTERNS = ((_RESULT_ASKED, "score"), (rf"\bhow (?:long|late|soon)\b|\bhow many (?:seconds|minutes|hours|days|weeks|months|years)\b|{_TIME_AMOUNT}",
                        "duration"),
                       (rf"\bhow fast\b|\bspeed\b|{_WIND_ASKED}", "speed"), (r"\bhow old\b|\bage\b", "age"),
                       # "how much of the tunnel caved in": a part of a whole (a share or a measure), not a count
                       (rf"\bhow much of\b(?!.*(?:\b(?:money|cash|funds?|aid|dollars?|{_SUM_NOUNS})s?\b|[$€£]))", PART),
                       # "how far did the shares fall": a change, of any measure (below)
                       (rf"\bhow far\b(?!.*{_CHANGE_ASKED})|{_NEAR_ASKED}|\bdistance\b|\baltitude\b|\belevation\b|"
                        r"\bhow (?:high|deep|tall|wide|broad|thick)\b",
                        "distance"),
                       (r"\bhow heavy\b|\bweigh", "mass"), (_WARMTH_ASKED, "temperature"), (_PAID_ASKED, "money"),
                       # "how large is the area ...": the noun names the measure, an area
                       (_AREA_ASKED, "area"),
                       # the noun that names the measure itself ("how much data was copied": bytes, as read in text)
                       (r"\bhow much (?:data|storage)\b", "data"),
                       # "how much ... for each Saltcote share": a price per share, not a share of a whole
                       (r"\bhow much\b.*\b(?:each|every|per|a)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?share\b", "money"),
                       # "the share price", "the price of its shares": what a share costs, not a share of a whole (how
                       # much it fell may be told as a share: below)
                       (rf"^(?!.*\b(?:how (?:much|far)|by what)\b.*{_CHANGE_ASKED}).*{SHARE_PRICE}", "money"),
                       # a holding in a company is told as a share of it ("a 29.9% shareholding"; not "stake", which
                       # may be a sum bet)
                       (rf"\bper ?cent|\bpercentage\b|{_FULL_ASKED}|(?<!per )\bshare\b|\bshareholding\b|\bproportion\b|"
                        r"\bturnout\b|\binflation\b|\bunemployment\b|\bhumidity\b",
                        "percent"),  # not "earnings per share", a sum of money
                       # a change asked "by how much" may be a share or a sum ("how much did profit rise")
                       (rf"\bhow (?:much|far)\b(?:(?!{_TIMING}).)*{_CHANGE_ASKED}", ""),
                       (r"\bhow much\b.*\b(?:money|pay|paid|spen[dt]|worth|fund|donat|pledg|contribut|aid|raise|damage|dollars?|euros?|"
                        rf"pounds?|earn|income|loss|bonus|refund|invest|tax|debt|bill|charg|{_SUM_NOUNS})", "money"),
                       # what a vessel holds when full ("How much water does the reservoir hold?", "how much can the
                       # tank store"): a volume, never the share of it now held; not "held back"
                       (r"\bhow much\b.*\b(?:hold|holds|held|contain|contains|store|stores|capacity)\b"
                        r"(?!\s(?:back|up|out|on|off|over)\b)", "volume"),
                       (r"\bhow many\b", "count"),
                       # a score or a vote's split as written ("3-1", "7-2"); "share of the vote" asks a percent, above
                       (r"\bscore(?:line)?s?\b|\bvote\b", "score"),
                       (r"\brank(?:ing|ed)?\b|\banniversary\b|" + _RANK_ASKED, "ordinal"),  # "ranked fifth", "its fourth anniversary"
                       # a noun that is a sum of money asks for money however asked ("what was his salary")
                       (rf"\b(?:{_SUM_NOUNS})s?\b", "money"), (r"\btemperatures?\b", "temperature"))
# What may open a question before its question word: a linking word, or whom it asks after ("According to the
# union, when ...": a source named first does not make "when" ask for a thing). Bounded: linear.
_OPENS = r"^\W*(?:according to [^,?]{1,60}, )?(?:and |so |but )?"
# Verbs by which news says what brought something about, the cause their subject ("a gust pushed
# the basket into the lines", "corrosion had weakened the supports"): the verbs of causing, and
# those of force and damage, which say how. One list for the questions that ask with them and
# for the answers that state a cause with them.
CAUSING_VERBS = ("caused|triggered|sparked|set off|touched off|ignited|led to|resulted in|contributed to|gave rise to|"
                 "prompted|provoked|brought about")
FORCING_VERBS = ("forced|pushed|drove|driven|knocked|blew|blown|brought down|weakened|softened|damaged|undermined|"
                 "eroded|loosened")
# What may stand between "what" and the verb of causing it is the subject of: an adverb ("what actually caused"), a
# perfect or a modal's ("what has caused", "what could have caused"), or a verb that reports or guesses a cause with
# "to have" ("what was found to have caused", "what is thought to have led to"). English asks a cause in each of these
# forms; the auxiliaries and the verbs of reporting are closed classes. Bounded: linear.
_CAUSE_LEAD = (r"(?:(?:most|more|very|quite) )?(?:[a-z]{2,20}ly )?"
               r"(?:(?:has|have|had) |(?:may|might|could|would|must|should|will) have |"
               r"(?:is|was|are|were|has been|have been) (?:[a-z]{2,20}ly )?(?:thought|believed|found|suspected|said|"
               r"understood|known|reported|alleged|presumed|likely) to have )?")
# "What caused ...", "what was behind ...", "what was the cause of ...", "what was the delay blamed
# on": a cause asked for, as "why" asks ("which body is investigating the causes" asks for a body); a source named
# first may open it ("According to the inquiry, what caused ...", ``_OPENS``).
_CAUSE_ASKED = (_OPENS + r"what (?:(?:is|was|are|were|has been) (?:(?:the|a|an) )?(?:\w+ )?(?:behind|blamed for|responsible for|"
                rf"causes? of|reasons? (?:for|behind))|{_CAUSE_LEAD}(?:{CAUSING_VERBS}|{FORCING_VERBS})|causes|"
                # "what started the fire?": a cause asked by what began it, of a thing named after
                r"(?:started|began) (?=(?:the|a|an|this|that|its|their)\b)|"
                r"(?:is|was|are|were|has been|have been) (?:[\w'’-]+ ){1,10}?(?:blamed on|attributed to|traced to)(?=\W*$)|"
                # what its sources say caused it ("what do the early findings say caused the collapse?", "what do
                # vets think may have caused it?", "what do they think was mainly behind it?", "what does the airline
                # blame for the failure?"), or found caused it ("what did the inquiry find caused the crash?", "what did
                # the report conclude had led to it?", "what do they believe most probably caused it?")
                rf"(?:do|does|did) (?:[\w'’-]+ ){{1,6}}?(?:(?:say|said|believe|think|suspect|suggest|show|find|"
                rf"conclude|establish|determine|confirm)s? "
                rf"(?:{_CAUSE_LEAD}(?:{CAUSING_VERBS}|{FORCING_VERBS})|(?:is|was) (?:[a-z]{{2,20}}ly )?behind)|"
                r"blame for)|"
                # what a source names as the cause ("what did the report identify as the main reason the bus
                # crashed?", "what do engineers see as the likely cause?"): the object, "as" and the cause's noun after
                r"(?:do|does|did|has|have|had) (?:[\w'’-]+ ){1,8}?as (?:the|a|an|its|their) (?:[a-z]+ ){0,2}?"
                r"(?:reason|cause|factor|trigger|explanation|culprit)s?)\b")
# Wordings that fix the kind, tried in order after "how many/much".
# "What is the most a council may borrow ...?", "what is the least they will accept?": a bound on an amount, a
# clause after "the most" (not "the most popular dish"). Bounded: linear.
_BOUND_ASKED = (r"^\W*what (?:is|was|are|were|will be|would be) the (?:most|least|maximum|minimum|highest|lowest|fewest) "
                r"(?:that )?(?:the|a|an|it|they|he|she|we|you|any|its|their|his|her|one)\b")
# "What is the maximum penalty?", "what was peak demand?": a noun of no kind of its own that a bound or a peak qualifies
# is a figure (the adjectives a limit is told with; "highest" and "top" may rank names: "the highest court"). Bounded.
_PEAK_ASKED = (r"^\W*what (?:is|was|are|were|will be|would be) (?:the |its |their )?(?:[a-z]+ )?(?:maximum|minimum|peak) "
               r"(?!of\b)[a-z]")
# "What do the losses now total?", "what will the bill come to?", "what did the claims add up to?": a sum asked by the
# verb that tells a sum's size, its subject what is summed. Bounded: linear.
_TOTAL_ASKED = (r"^\W*(?:and |so |but )?what (?:do|does|did|will|would|could|might|may) (?:[\w'’-]{1,30} ){1,8}?"
                r"(?:total|amount to|come to|add up to)\W*$")
_KIND_PATTERNS = ((_RANK_ASKED, "number"), (_BOUND_ASKED, "number"), (_RESULT_ASKED, "number"), (_TOTAL_ASKED, "number"), (rf"\bhow (?:long|late|soon)\b|{_TIME_AMOUNT}", "duration"), (rf"\bhow fast\b|\bwhat speed\b|{_WIND_ASKED}", "speed"),
                  (r"\bhow (?:far|old|big|large|tall|high|deep|wide|heavy|dense(?:ly)?|often|frequently)\b|\bwhat (?:distance|age)\b|"
                   + _NEAR_ASKED + "|" + _FULL_ASKED + "|" + _WARMTH_ASKED + "|" + _PAID_ASKED, "number"),
                  # "when", "where", "why" ask only when they open the question
                  # ("What was he wearing when ..." asks for a thing, not a date).
                  (_OPENS + r"when\b|\b(?:since|until|till|by) when\b|\bwhat time\b|\bwhat year\b|\bwhat date\b|\bon what day\b"
                   r"|\b(?:over|during|in|across) what (?:period|span|stretch|timeframe|time frame)\b", "date"),
                  (_OPENS + r"where\b|\bin what place\b", "place"),
                  (_OPENS + r"why\b|\bfor what reason\b|\bwhat reasons? (?:did|does|do|was|were|has|have|had)\b|"
                   r"\bin exchange for\b|\boccasion\b|" + _CAUSE_ASKED, "reason"),
                  # a speed named anywhere else asks for one, once no question word asks for more
                  # ("When was the speed limit set?" asks for a date)
                  (r"\bspeed\b", "speed"))


# "What was the death toll (in ...)?": the noun after "what is" names the answer, unless a verb
# follows it ("what was the coach wearing" asks about something else).
# A time said after it ("last year", "so far") dates the noun and is no part of it.
# Up to five words, an owner's name and modifiers before the noun ("Acme Holdings' annual revenue"), none a preposition
# (what is "worth under the terms of the deal" names no terms).
_COMPLEMENT_RE = re.compile(r"\b(?:what|which) (?:is|was|are|were) (?:the |an? )?([\w'-]+(?: (?!(?:under|with|without|"
                            r"over|into|about|against|than|as|through|between|among)\b)[\w'-]+){0,4}?)"
                            r"(?:\W*$|,? according to\b| (?:of|in|for|on|at|from|to|by|per|during|after|before|when|while)\b"
                            # a clause of its own after it: "the longest ban (that) he could receive", "the last day
                            # gift cards will be taken", "the longest sentence the judge handed down"
                            r"| (?:that )?(?:(?:(?:the|a|an|his|her|its|their) (?:[\w'-]+ )?|(?:[\w'-]+ )?(?=[\w'-]+s ))?"
                            r"[\w'-]+ (?:could|can|would|will|might|may|must|should|did|does|do|has|have|had)"
                            rf"|(?:the|a|an|his|her|its|their) (?:[\w'-]+ )?[\w'-]+ (?:[\w'-]+ed|{'|'.join(sorted(PAST_FORMS))})"
                            r"|(?:he|she|they|it|we|you) [\w'-]+)\b"
                            r"| (?:last|this|next|previous|past) [\w'-]+\W*$| (?:yesterday|today|tonight|now|so far|overall)\W*$)")


# "What will the fare be from June?", "what would the toll be": the noun of a copula in the future, as "what is the ...".
# Bounded: linear.
_FUTURE_COMPLEMENT_RE = re.compile(r"^\W*(?:and |so |but )?what (?:will|would|could|might|should) (?:the |an? |its |their )?"
                                   r"((?:[\w'-]+ ){0,3}[\w'-]+) be\b")


# "What injury did ...", "what colour was ...", "what gas escaped ...": one noun between "what" and
# the verb names what is asked for.
# Up to two modifiers may stand before that noun, its phrase's head ("what side effect led ..."): the words after "what"
# in group 1, to be read up to the verb. A source may open the question and a preposition "what" ("According to the
# survey, in what (kind of) soil were the roots found?": the soil's kind asked, as "what soil were ...").
_WHAT_NOUN_RE = re.compile(r"\W{0,3}(?:according to [^,?]{1,60}, )?(?:and |so |but )?(?:(?:in|on|at|with|from|by|for|into|"
                           r"of|under|behind|through) )?what((?: [\w'-]+){2,4})\b", re.I)
# "What type of evictions ...", "which kind of vehicle ...", "which piece of equipment": the noun after "of" is what is
# asked about (a piece or an item of a mass noun is one of its things).
_KIND_OF_RE = re.compile(r"\b(what|which)\s+(?:type|kind|sort|form|class|piece|item|species|breed|variety)s?\s+of\s+",
                         re.I)
# A question for a kind of thing ("What species of moth ...?", "What type of rock is it?", "What breed was the
# dog?"): the answer names the kind, the words that narrow the noun ("a pale tiger moth"), not one of them.
KIND_ASKED_RE = re.compile(r"\b(?:what|which)\s{1,3}(?:type|kind|sort|class|species|breed|variety)\b", re.I)
# "What species were the nesting terns?": the kind of the thing the copula's subject names (group 1, its last word the
# noun). Bounded: linear.
_KIND_OF_SUBJECT_RE = re.compile(r"^\W*what\s{1,3}(?:type|kind|sort|class|species|breed|variety)\s{1,3}"
                                 r"(?:is|are|was|were)\s{1,3}(?:the|this|these|those|its|their)\s{1,3}"
                                 r"((?:[\w'-]{1,30}\s{1,3}){0,3}?[a-z][\w'-]{1,30})"
                                 r"\s{0,3}(?:\?|$|\s(?:that|which|who|in|at|on|off|near|found|seen)\b)", re.I)


# "Where in Lyon", "which part of Lyon", "which part of the city": a place inside a named one or one a place noun
# calls (focus ``PART``), not a country (group 1: the noun).
_INSIDE_RE = re.compile(r"\b(?:[Ww]here in|(?:[Ww]hich|[Ww]hat) part of) (?:the )?(?:[A-Z]|([a-z]{3,20})\b)")

# A question that opens with an auxiliary asks whether something is so.
_YES_NO_RE = re.compile(r"\W{0,3}(?:(?:and|so|but)\s)?(?:will|would|did|does|do|is|are|was|were|has|have|had|can|could|"
                        r"should|shall|may|might|must)(?:n['’]t)?\s", re.I)


@dataclass(frozen=True)
class Question:
    """A question read once: ``kind`` of answer (one of ``KINDS``), ``focus`` the stemmed noun it
    asks about ("how many troops" -> "troop"), ``dimension`` the measure a number question wants
("how old" -> "age", "how much ... cost" -> "money"; "" when any), ``terms`` its stemmed key terms in order (the words
    that only frame a question removed), ``words`` its normalised words (to spot answers it gives);
    ``yes_no`` when it opens with an auxiliary ("Will Putin attend?") and wants yes or no;
    ``names`` the key terms written with a capital after the first word (what it is about:
    a reader rewords the verbs of a question, seldom its names); ``counts`` what a "how many"
    question counts as ``text.values`` reads it of a number ("how many people were killed" ->
    "toll", "how many vehicles" -> "vehicl"; "" when it reads none); ``heads`` the key terms
    that say what is asked about, the first ones after the question word but for names ("Who
    chairs the board?" -> chair, board): an unanswerable question usually shares the event's
    words and names, and misses in the evidence the role, verb or counted noun it asks about;
    ``roles`` the roles it asks a person's name for, stemmed ("Who chairs the board?" -> chair);
    ``tense`` "future" or "past" as its first word that tells a tense says ("When will ...",
    "When did ..."), else ""; ``amount`` when it asks "how much" of no span of time (an amount of
    money, a share or a mass, never a duration or an age); ``noun`` the stemmed noun a "which
    <noun>" or "what <noun> did" question of no known kind names its answer by ("What injury did
    he have?" -> injuri), which heads a phrase that answers it ("a knee injury"); ``organisations``
    when a "who" question's verb is one an organisation does ("Who owns the mine?": a company may
    answer); ``about`` the name a "who is <name>" question asks to be described ("Who is Ann
    Lee?" -> "Ann Lee": her role, not her name, answers); ``moment`` "first" or "last" when it
    pins the time of a figure that changes ("when the search began", "in the end": ``_moment``), else ""); ``unit``
    the unit a number question asks its answer in, as ``text.quantities`` names it ("in acres" -> "acre", "how many
    miles" -> "mile", "in euros" -> "EUR"), else "": a figure stated in two units answers in the one asked;
    ``referents`` the terms of the names the question refers to by a description the articles give them
    ("the chemist's lawyer" -> the chemist's name: ``text.descriptions``), set against a cluster
    (``answer.Answerer.resolved``), which the answer's retrieval adds to the question's words; ``length`` the stemmed
    noun of the subject when a "how long" question may ask its length, as no verb but a copula asks a span of time ("How
    long is the tanker?" -> tanker, not "How long was the tanker held?"), else "": a distance that measures it answers
    it too; ``stretches`` whether that noun names a thing with a length (``_stretches``: "the cable", not "the
    strike"), which no span of time answers."""

    text: str
    kind: str
    focus: str | None = None
    dimension: str = ""
    terms: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()
    yes_no: bool = False
    names: tuple[str, ...] = ()
    counts: str = ""
    heads: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    tense: str = ""
    amount: bool = False
    noun: str = ""
    organisations: bool = False
    about: str = ""
    moment: str = ""
    unit: str = ""
    referents: tuple[str, ...] = ()
    length: str = ""
    stretches: bool = False
    expects: str = ""
    grain: tuple[str, ...] = ()


# A "who" question whose verb an organisation does: "Who owns ...", "who has bought ...".
_ORG_VERB_RE = re.compile(
    r"^\W*(?:and |so |but )?who\s+(?:(?:has|have|had|will|would|now|currently|still|later)\s+)*"
    r"(?:owns?|owned|runs?|ran|operates?|operated|employs?|employed|buys?|bought|makes?|made|manufactures?|"
    r"manufactured|builds?|built|sells?|sold|funds?|funded|sponsors?|sponsored|acquires?|acquired|publishes|published|"
    r"supplies|supplied|insures?|insured|represents?|represented|produces?|produced|controls?|controlled|hires?|hired)\b",
    re.I)
# "Who is Ann Lee?": a name alone after "who is" asks who the person is.
# "What job does Ann Lee do?", "what is Ann Lee's role?", "what was her job before politics?": her role asked for, as
# "who is" asks it.
_JOB = r"(?i:job|role|position|post|title|occupation|profession|rank)s?"
_ABOUT_RES = (re.compile(r"^\W*(?i:who\s+(?:is|was|are|were))\s+((?:[A-Z][\w'’.-]*\s*){1,4}?)\s*\?*\s*$"),
              re.compile(rf"^\W*(?i:what)\s+{_JOB}\s+(?i:does|did|do|has|had|is|was|will)\s+((?:[A-Z][\w'’.-]*\s*){{1,4}}?)"
                         r"\s*(?i:do|does|have|had|hold|held|play|played|take|took)?\s*\?*\s*$"),
              re.compile(rf"^\W*(?i:what)\s+(?i:is|was)\s+((?:[A-Z][\w'’.-]*\s*){{1,4}}?)['’]s\s+{_JOB}"
                         r"(?:\s+(?i:before|after|until|prior\s+to)\s[^?]{1,80})?\s*\?*\s*$"))


# "How much" asks for an amount; "how much time", "how much notice", "how much longer" for a span of time. "How far"
# before a change ("How far did the shares fall?") asks its size, as "how much" does.
_AMOUNT_RE = re.compile(r"\bhow much\b(?!\s+(?:(?:more|extra|advance|prior)\s+)?(?:time|notice|warning|longer|later|earlier|"
                        rf"older|younger)\b)|\bhow far\b(?=.*{_CHANGE_ASKED})", re.I)


# "What does MDA stand for?", "What is NTSB short for?": the name an acronym (group 1) spells. Bounded: linear.
STANDS_FOR_RE = re.compile(r"^\W*(?i:what\s{1,3}(?:does|do|did|is)\s{1,3}(?:the\s{1,3}(?:(?:letters|initials|acronym|"
                            r"abbreviation)\s{1,3})?)?)[\"“']?((?:[A-Z]\.){2,}|[A-Z][A-Z&]{1,7})[\"”']?\s{1,3}"
                            r"(?i:stands?\s{1,3}for|short\s{1,3}for|mean)\W*$")


def parse(text: str) -> Question:
    """``text`` read into a ``Question``."""
    plain = _KIND_OF_RE.sub(r"\1 ", text)
    kind, focus = _classify(plain)
    about = next((m for rx in _ABOUT_RES if (m := rx.match(text))), None)
    # "Who is Acme's Chief Executive?": an owner's titled role asks who holds it, not who a name is
    about = None if about and re.search(r"['’]s\s", about.group(1)) and kind == "person" else about
    kind = "other" if about else kind
    words = frozenset(normalise_word(w).removesuffix("'s") for w in re.findall(r"[\w'’]+", text))
    spelled = STANDS_FOR_RE.match(text)
    # "stand for" frames what an acronym asks; "in charge of" asks for the head of a body, as the articles name one
    headed = _as_head(text)
    key = terms(spelled.group(1)) if spelled else key_terms(headed)
    # The terms of the words written with a capital, after the first ("U.N." is one: "un").
    first = re.search(r"[\w'’-]+", text)
    capitalised = {t for at, t in term_spans(text) if first and at > first.start() and text[at].isupper()}
    wh = _WH_RE.search(text)
    asked = _as_head(text[wh.end():]) if wh else ""  # what follows the question word
    dimension = _dimension(text.lower()) if kind in ("number", "duration", "speed") else ""
    # A span of time is asked in any unit ("how many hours" - "two days"); a distance, an area or a sum in the
    # one named, and "How long was the queue in kilometres?" asks a distance, not a span of time.
    measure, unit = asked_unit(text) if kind in ("number", "duration", "speed") else ("", "")
    if measure in ("duration", "age"):
        unit = ""
    elif measure:
        kind, dimension = "number" if kind == "duration" else kind, measure
    return Question(text, kind, focus, dimension or ("duration" if kind == "duration" else ""),
                    tuple(key), words, kind == "other" and bool(_YES_NO_RE.match(text)),
                    tuple(t for t in key if t in capitalised), _counts(text),
                    _heads(asked, key, capitalised, _pinning(text), kind),
                    _roles(asked if wh else text), _tense(asked if wh else text), bool(_AMOUNT_RE.search(text)),
                    _noun(plain, kind, focus), kind == "person" and bool(_ORG_VERB_RE.match(headed)),
                    about.group(1).strip() if about else "", _moment(text), unit,
                    length=next(iter(terms(subject := _length_asked(text))), ""), stretches=_stretches(subject),
                    expects=_expects(text, focus) if kind == "number" and not dimension else "",
                    grain=_grain_terms(headed) if kind == "date" else ())


# "How big is the signing fee ...?", "how large was the payout": the size of a thing asked by an adjective, its
# noun phrase after the copula. Bounded: linear.
_SIZE_ASKED_RE = re.compile(r"^\W*how\s{1,3}(?:big|large|generous|high|much)\s{1,3}(?:is|was|are|were|will\s{1,3}be)\s{1,3}"
                            r"((?:[\w'’-]+\s{1,3}){0,5}?[\w'’-]+)(?=\s{1,3}(?:each|every|that|which|the|a|an|for|of|to|in|on|"
                            r"at|by|he|she|they|it|we|you)\b|\W*$)", re.I)


def _expects(text: str, focus: str | None) -> str:
    """The kind of figure news mostly attaches to the noun ``text`` asks the size of (``text.senses.value_kind``):
    its focus as written ("What wage increase ..."), or the head of the noun phrase a "how big is ..." question asks
    about ("How big is the signing fee each player will get?" -> fee); "" where the table tells none."""
    said = re.findall(r"[\w'’-]+", text)
    size = _SIZE_ASKED_RE.match(text)
    noun = next((w for w in said if focus and stem(w.lower()) == focus), "") or (size.group(1).split()[-1] if size else "")
    return value_kind(light_stem(noun)) if noun else ""


# "How long is the tanker?", "how long was the wall that collapsed?", "how long will the new line be?", "how long is the
# field where the stones fell?": "how long" and a copula, whose subject may be a thing as well as an event. Bounded:
# linear.
_LENGTH_ASKED_RE = re.compile(r"^\W*how\s{1,3}long\s{1,3}(?:(?:is|was|are|were)\s{1,3}((?:[\w'’-]+\s{0,3}){1,9}?)|"
                              r"(?:will|would)\s{1,3}((?:[\w'’-]+\s{0,3}){1,7}?)\s{1,3}be)"
                              r"(?:\s{0,3}(?:that|which|where|who)\b[^?]{0,80})?\W*$", re.I)


# Words that end the noun phrase of a "how long" question's subject, English's prepositions ("the crack in the dam
# wall": the crack; "the divers inside the wreck": the divers, not the wreck).
_SUBJECT_ENDS = frozenset("of in on at to from along across between near by for after before during since until with "
                          "within without inside outside into onto under over through around behind beyond aboard off "
                          "among against".split())


def _length_asked(text: str) -> str:
    """The noun whose length ``text`` asks, when it asks "how long" its subject is ("How long is the crack in the dam
    wall?" -> crack), no verb of its own after it ("held", "closing") asking a span of time instead; a participle after
    a determiner qualifies the subject's noun ("How long is the flooded tunnel?"), and what follows a preposition is
    no part of the subject ("the stretch of canal dredged by the trust": stretch); else ""."""
    asked = _LENGTH_ASKED_RE.match(text)
    said = (asked.group(1) or asked.group(2)).lower().split() if asked else []
    words = said[:next((k for k, w in enumerate(said) if k and w in _SUBJECT_ENDS), len(said))]
    if any(verb_shaped(w) and not (k and words[k - 1] in _DETERMINERS) for k, w in enumerate(words)):
        return ""
    return words[-1] if words else ""


def _stretches(noun: str) -> bool:
    """Does ``noun`` name a thing with a length, as news measures it (``value_kind``: "the 210-metre bridge") or as
    WordNet says it is (``has_length``: a physical thing, nothing that lasts: "the network of pipes")?"""
    return bool(noun) and (value_kind(light_stem(noun)) == "distance" or has_length(light_stem(noun)))


# The question word a wh-question's head terms follow.
_WH_RE = re.compile(r"\b(?:who|whom|whose|what|which|when|where|why|how)\b", re.I)
# The words that end the phrase a question asks about: a role after them is someone else's
# ("spoke to reporters", "the board of directors").
_ROLE_BLOCKERS = frozenset("of to for with among from by about against at on in into".split())
# A role asked about stands among the first words after the question word ("which union official
# ...", "the name of the election lawyer"); farther on it is someone else ("... met the mayor").
ROLE_REACH = 3


# The endings of an adjective set after its noun ("the minister responsible for ...", "the staff available"): what
# follows a noun so only tells more of it.
_POSTPOSED_ENDS = ("able", "ible")


def _as_role(word: str, after: str, before: str = "") -> str:
    """``word``, or the role noun of a job it names the doer of as a verb ("Who was driving the train?" asks
    for its driver, "Who leads the union?" for its leader): a role noun itself stays ("Who heads ...?"), and so
    does a participle that qualifies the role ``after`` it ("the managing partner" asks for a partner), a word after a
    determiner, which no verb follows ("the lead auditor" asks for an auditor, not a leader), and a verb
    "to" follows, whose sense is another's ("led to the halt" tells a cause, "reports to the board" whom one answers
    to)."""
    modifier = is_role(after) or before.lower() in _DETERMINERS
    return word if is_role(word) or modifier or after.lower() == "to" else next(iter(verb_roles(word)), word)


# Phrases that ask for a body's head without a role noun ("Who is in charge of the regulator?", "who is at the helm
# of the firm"): read as the role "head", whose job group (``text.names.same_roles``) any chief's title matches.
_HEAD_PHRASE_RE = re.compile(r"\b(?:in\s{1,3}(?:overall\s{1,3})?charge|at\s{1,3}the\s{1,3}helm)(?=\s{1,3}of\b)", re.I)
# "Who runs the museum?", "who will run the merged bank?": "run" with a body as its object asks for the body's
# head, as "heads" does (a thing run, "who runs the ferry service", may be a firm's); the object's head word in group 1,
# before a preposition, a relative pronoun ("who runs the firm that owns the pier?") or the end. Bounded: linear.
_RUNS_RE = re.compile(r"\b(?:runs?|ran|running)(\s{1,3}(?:the\s{1,3})?(?:[\w'’&-]{1,30}\s{1,3}){0,4}?([\w'’&-]{1,30}))"
                      r"(?=\s{1,3}(?:as|now|today|since|for|in|at|from|after|before|until|that|which|who)\b|\W*$)", re.I)


# "Who is acting as the firm's lawyer?", "who serves as its director": a verb that only says the role after "as" is
# held, read as the copula, so the role is the one asked. Bounded: linear.
_HOLDS_AS_RE = re.compile(r"\b(?:act(?:s|ed|ing)?|serv(?:e|es|ed|ing))\s{1,3}as\b", re.I)


def _as_head(text: str) -> str:
    """``text`` with the phrases that ask for a body's head written "head" ("in charge of", "at the helm of", "runs"
    before a body: ``_HEAD_PHRASE_RE``, ``_RUNS_RE``), which ``_roles`` reads as the role asked, and a role held "as"
    written as one that is (``_HOLDS_AS_RE``)."""
    ran = _RUNS_RE.search(text)
    if ran and (_is_body(ran.group(2)) or _is_named(ran.group(1))):
        text = f"{text[:ran.start()]}heads{ran.group(1)}{text[ran.end():]}"
    return _HOLDS_AS_RE.sub("be", _HEAD_PHRASE_RE.sub("head", text))


def _is_named(phrase: str) -> bool:
    """Is ``phrase`` a proper name, every word of it capitalised, no article before it ("Tarnmoor Vale Water")? What
    is run and named so is a body, whatever its name ends in: a firm, a service, a club, a town's council."""
    words = phrase.split()
    return bool(words) and all(w[0].isupper() for w in words)


def _is_body(word: str) -> bool:
    """Is ``word`` the head of a body's name or a noun for a body ("Holdings", "museum", "company", "airline"), not
    a place ("port")?"""
    return is_org_head(word) or _noun_kind(word.lower()) == "org"


# A role's possessive before "name" ("What is the driver's name?"): the role is whose name is asked.
_NAME_OWNER_RE = re.compile(r"['’]s(?=\s{1,3}(?:full\s{1,3})?names?\b)", re.I)


def _roles(asked: str) -> tuple[str, ...]:
    """The roles a question asks about (stemmed role nouns) among the first ``ROLE_REACH``
    content words of ``asked``, what follows its question word, or the whole question without
    one ("Who chairs ...", "the name of the election lawyer", "who was driving" -> driver, "the driver's
    name", "in charge of" -> head), before a preposition ends the phrase asked about ("spoke to reporters",
    "standing in for the mayor"), and not capitalised (a name's title)."""
    content: list[str] = []
    said = re.findall(r"[\w'’-]+", _NAME_OWNER_RE.sub("", _as_head(asked)))
    for k, w in enumerate(_as_role(w, said[k + 1] if k + 1 < len(said) else "", said[k - 1] if k else "")
                          for k, w in enumerate(said)):
        if content and w.lower() in _ROLE_BLOCKERS or len(content) == ROLE_REACH:
            break
        if _is_object_after(w, said[k - 1].lower() if k else ""):
            break  # "Who arrested the lorry driver?": the driver is who it was done to, not the one asked for
        if w.lower() not in STOP_WORDS and not set(terms(w)) <= _FRAME:
            content.append(w)
    return tuple(dict.fromkeys(stem(w.lower()) for w in content if w.islower() and is_person_noun(w)))


def _is_object_after(word: str, before: str) -> bool:
    """Whether ``word`` is an active verb after which a role is its object: one in the past ("arrested", "shot"),
    not after "was" or "been" (a passive whose role is the subject's: "was named captain"), or a participle in
    "-ing" after a form of "be" ("is representing the stall owner" asks for who represents the owner)."""
    low = word.lower()
    if is_role(low):
        return False
    return (low in PAST_FORMS or _is_past(low)) and before not in _BE or low.endswith("ing") and before in _BE


def _noun(text: str, kind: str, focus: str | None) -> str:
    """The noun an "other" question names its answer by: the focus of a "which <noun>" pick, or the
    head of the phrase between "what" and its verb, its last word ("What injury did ...", "what side effect led ..."),
    unless it only frames the question."""
    if kind != "other" or focus:
        return focus or ""
    subject = _KIND_OF_SUBJECT_RE.match(text)
    if subject:
        return stem(subject.group(1).split()[-1].lower())
    what = _WHAT_NOUN_RE.match(text)
    said = what.group(1).lower().split() if what else []
    verb = next((k for k, w in enumerate(said) if k and (w in _AUX or w in PAST_FORMS or _is_past(w))), 0)
    word = said[verb - 1] if verb and not any(w in STOP_WORDS or w in _AUX for w in said[:verb]) else ""
    return stem(word) if word and stem(word) not in _FRAME else ""


# A question for the value that held before a change ("the highest price before this sale", "the previous record", "the
# usual deadline", "before the change"; not "before the report comes out", a time). Bounded: linear.
EARLIER_WORDS = r"\b(?:previous(?:ly)?|prior|former(?:ly)?|earlier|original(?:ly)?|usual(?:ly)?|normal(?:ly)?)\b"
# "once" after an auxiliary or its subject, before a verb, asks of a time before, as "formerly" does ("How much did the
# firm once expect ...?", "did Acme once own"); not "once" the conjunction ("pay once fees were added") nor "once more".
EARLIER_ASKED_RE = re.compile(EARLIER_WORDS + r"|\b(?:did|had|has|have|was|were|is|are|would|it|they|he|she|(?-i:[A-Z])[\w'’-]{1,30})"
                              r"\s{1,3}(?:(?:the|its|their|his|her)\s{1,3}[\w'’-]{1,30}\s{1,3})?once\s{1,3}"
                              r"(?!(?:more|again|the|an?|its|their|this|that|these|those)\b)[a-z]{3,}\b"
                              r"(?!\s{1,3}(?:were|was|is|are|had|has|have)\b)"
                              r"|\bbefore\s{1,3}(?:this|that)\b|\bbefore\s{1,3}(?:the|its|their)\s{1,3}(?:change|extension|cut|"
                              r"rise|increase|hike|reform|move)s?\W*$", re.I)
# Words that pin a question to the first or the last value of a figure that changes: "How many
# officers took part in the search when it began?", "In the end, how many containers were lost?", "How many
# people ended up in hospital?" ("end up" tells where a figure ended, as "in the end" does; not "when did it end"),
# "By the end of the week, how many ...?", "How many were first reported dead?" ("first" as an
# adverb before a participle, after its verb: not "the first named victim"). Bounded: linear.
_MOMENTS = (("first", re.compile(r"\b(?:at first|initially|originally|at the (?:start|outset|beginning)|when (?:it|they|"
                                 r"the [\w-]+(?: [\w-]+)?) (?:began|begun|started|opened|broke out)|(?:was|were|is|are|been)"
                                 r"\b[\w' -]{0,40}?(?<!\bthe )\bfirst (?:\w+ed|due|said|told|known|thought|given|shown|"
                                 r"seen|put|set|taken))\b", re.I)),
            ("last", re.compile(r"\b(?:now|currently|at present|in the end|end(?:s|ed)? up|ending up|by the end|at the end|finally|eventually|ultimately|latest|most recent|so far|to date|"
                                r"in total|altogether|all told|overall|in all(?=\s{0,3}[?,.]|\s*$)|"
                                r"final\s{1,3}(?:count|figures?|numbers?|tally|total|toll|valuation|value|estimate|"
                                r"cost|bill|price|sum|amount))\b", re.I)))


def _pinning(text: str) -> set[str]:
    """The terms of the words that pin the time of what ``text`` asks (``_MOMENTS``: "latest", "so far", "in the end"):
    they say when, not what is asked, so no head term ("the latest estimate of the repair bill" asks of a bill)."""
    return {t for _, pinned in _MOMENTS for m in pinned.finditer(text) for t in terms(m.group())}


# An earlier word after a determiner, an adjective ("the former chemist", not "members usually have"), and the one or
# two words after it, each with the mark of a possessive ("the previous pilots' strike").
_EARLIER_NOUN_RE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|your|my)\s{1,3}" + EARLIER_WORDS
                              + r"\s{1,3}([\w-]{2,30})(['’]s?)?(?:\s{1,3}([\w-]{2,30})(['’]s?)?)?", re.I)


def _describes_person(text: str, start: int) -> bool:
    """Whether the earlier word at ``start`` describes the person its noun names ("the former chemist", "the previous
    owner", "a former doctoral student"): who someone was, not the value before a change ("the previous record")."""
    m = next((m for m in _EARLIER_NOUN_RE.finditer(text, max(0, start - 10)) if m.start() < start <= m.end()), None)
    if not m:
        return False
    first = is_person(light_stem(m.group(1).lower())) and not m.group(2)
    second = m.group(3) is not None and is_person(light_stem(m.group(3).lower())) and not m.group(4)
    return first or (second and not m.group(2))


def asks_earlier(text: str) -> bool:
    """Whether ``text`` asks for the value before a change (``EARLIER_ASKED_RE``), not for someone an earlier word
    describes ("How old is the former chemist?")."""
    return any(not _describes_person(text, m.start()) for m in EARLIER_ASKED_RE.finditer(text))


# A count asked under a condition an earlier word names ("How many bids were entered under the first timetable?",
# "How many seats were sold at the usual price?"): the word says which condition, not the count's first report.
# Bounded: linear.
_COUNT_ASKED_RE = re.compile(r"\s{0,3}how\s{1,3}many\b", re.I)
_EARLIER_CONDITION_RE = re.compile(r"\b(?:under|within|at|by|before|after|in|on|for)\s{1,3}"
                                   r"(?:the|its|their|his|her)\s{1,3}" + EARLIER_WORDS, re.I)


def _moment(text: str) -> str:
    """"first" or "last" as ``text`` pins the time of what it asks (``_MOMENTS``; "first" too for a value before a
    change, ``EARLIER_ASKED_RE``, but not for a count asked under a condition an earlier word names:
    ``_EARLIER_CONDITION_RE``), else ""."""
    condition = bool(_COUNT_ASKED_RE.match(text)) and bool(_EARLIER_CONDITION_RE.search(text))
    return next((moment for moment, pinned in _MOMENTS if pinned.search(text)), "") \
        or ("first" if asks_earlier(text) and not condition else "")


def _tense(asked: str) -> str:
    """"future" or "past" as the first word of ``asked`` that tells a tense says ("will", "did",
    "expected to": ``text.dates.tense_cue``, the reading of a date's clause), else "": also "" for a past that
    a later word puts a plan in ("When was the school due to reopen?", "When did the firm say it would close?"),
    whose day was to come when it was planned and may be either side of an article's date."""
    ws = re.findall(r"[\w'’]+", asked)
    after = ws[1:] + [""]
    cues = [t for w, following in zip(ws, after) if (t := tense_cue(w, following))]
    planned = any(plans(w, following) for w, following in zip(ws, after))
    return "" if cues[:1] == ["past"] and planned else next(iter(cues), "")


# Two head terms: the noun asked about and the verb next to it ("how many trucks crossed"), or the
# verb and its object ("who chairs the board"); a third is mostly the event's own words.
HEADS = 2


# Adjectives that say how much of a thing is meant, not what it is ("the whole network", "the entire fleet"): a closed
# class of quantifiers, no head of what is asked (an outlet writes "the full network" for "the whole network"); not
# "full", which "how full" asks.
_QUANTIFYING = frozenset(stem(w) for w in "whole entire total overall".split())
# Adjectives that make a noun a figure worked out over many things ("the average response time", "the total bill",
# "the combined cost"): a closed class of the words of a sum or a statistic. A noun of no kind they qualify is asked
# as a figure, and a time noun as a span ("the average response time" is so many minutes, not a time of day).
_STATISTIC = frozenset(stem(w) for w in "average mean median total overall combined cumulative aggregate".split())


# Words that open a noun phrase: the articles and the possessive pronouns (a closed class), and any word written as an
# owner's (``_is_owners``: "the government's", "residents'"). Not the demonstratives of ``_DETERMINERS``: "that" opens a
# clause as often ("said that two patients had died").
_PHRASE_OPENERS = frozenset("a an the its their his her our".split())
# The auxiliaries a question puts before its subject when the verb after it is bare ("did the board appoint", "will the
# cable come"): do-support and the modals, a closed class (a form of "be" or "have" is followed by no bare verb).
_INVERTING = frozenset("do does did will would can could shall should may might must".split())


def premodifiers(asked: str) -> set[str]:
    """The terms of ``asked`` that only qualify the noun after them in a noun phrase ("the local mountain rescue team"
    -> local, mountain, rescu; "the independent review" -> independ): English puts a phrase's head noun last, and the
    articles say a role or a deed by that noun, not by its modifiers. A phrase opens after a determiner
    (``_PHRASE_OPENERS``) and runs over words with only spaces between, to a stop word or a verb's form after its first
    word ("the grandmother going to ...": the participle tells more of her, no noun she qualifies)."""
    tokens = list(re.finditer(r"[\w'’-]+", asked))
    # "Where will the export cable come ashore?": after an inverted auxiliary the subject's bare verb follows it, spelt
    # as a noun is, so the subject's phrase is not read
    subject = bool(tokens) and normalise_word(tokens[0].group()) in _INVERTING
    out: set[str] = set()
    run: list[str] = []
    for before, m in zip([None, *tokens], tokens):
        word = m.group()
        joined = before is not None and asked[before.end():m.start()].isspace()
        if run and joined and normalise_word(word) not in STOP_WORDS and not verb_shaped(normalise_word(word)):
            run.append(word)
            continue
        out.update(() if subject else _qualifiers(run))
        subject = subject and not run
        opens = before is not None and joined and (before.group().lower() in _PHRASE_OPENERS
                                                   or _is_owners(before.group()))
        run = [word] if opens and normalise_word(word) not in STOP_WORDS else []
    return out | (set() if subject else _qualifiers(run))


def _is_owners(word: str) -> bool:
    """Is ``word`` written as an owner's ("council's", "residents'")?"""
    return word.endswith(("'s", "’s", "'", "’"))


def _qualifiers(phrase: list[str]) -> set[str]:
    """The terms of the words of a noun ``phrase`` before its head, the last, but an owner's, who says whose it is
    ("the city's finance director": a city's, not a club's), and the word right before a role, which names the role
    with it ("the finance director", "the site manager")."""
    named = len(phrase) > 1 and is_role(phrase[-1])
    return {t for w in phrase[:-2 if named else -1] if not _is_owners(w) for t in terms(w)}


def _heads(asked: str, key: list[str], names: set[str], pinning: set[str], kind: str) -> tuple[str, ...]:
    """The first ``HEADS`` key terms in ``asked`` (what follows the question word) that are no
    names, no words that pin a time (``pinning``), no modifiers of a noun after them in a question that asks for a name
    (``premodifiers``: its role or deed's object is told by the noun) nor quantifiers (``_QUANTIFYING``; the first of
    the whole question when none is there)."""
    after = set(terms(asked))
    # Only a name question's: a number's or a phrase's heads read as fitted (over every kind, fresh_news4..22 and
    # update_news1 lost 2 answers net, counts and dates among them; over name questions they gained 2, lost none).
    qualifying = premodifiers(asked) if kind in NAME_KINDS.values() else set()
    plain = [t for t in key if t not in names and t not in pinning]
    plain = [t for t in plain if t not in qualifying] or plain
    plain = [t for t in plain if t not in _QUANTIFYING] or plain
    return tuple(([t for t in plain if t in after] or plain)[:HEADS])


# "How many of the club's players ...": what an owner's noun counts is told by the verb after it, as "how many players
# of the club's" is; "how many of the injured were firefighters" counts a part, no noun of its own. Bounded.
_PARTITIVE_RE = re.compile(r"^of\s{1,3}(?:the|its|their|his|her|our)\s{1,3}[\w-]{1,30}['’]s\s{1,3}", re.I)


_HOW_MANY_OF_RE = re.compile(r"\bhow\s{1,3}many\s{1,3}(?=of\b)", re.I)


def asks_a_part(text: str) -> bool:
    """Does ``text`` ask how many of a group it names are something ("How many of the injured were
    firefighters?", "how many of those killed"), a part and not the group's count, rather than an
    owner's noun ("how many of the club's players": ``_PARTITIVE_RE``)?"""
    m = _HOW_MANY_OF_RE.search(text)
    return m is not None and not _PARTITIVE_RE.match(text[m.end():])


def _counts(text: str) -> str:
    """What a "how many" question counts, read by the grammar that reads a stated count: the
    question with a number for "how many" ("2 people were killed ..." counts the dead; "how many of
    the firm's drivers" counts drivers)."""
    m = re.search(r"\bhow many\s", text, re.I)
    if not m:
        return ""
    stated = values(f"2 {_PARTITIVE_RE.sub('', text[m.end():], count=1)}")
    return stated[0].noun if stated and stated[0].start == 0 and stated[0].dimension == "count" else ""


def _dimension(q: str) -> str:
    """The measure a number question wants, from its wording (names as in ``text.quantities``);
    "how many" before a unit asks that unit's measure ("how many hectares" an area, "how many
    miles" a distance), as the grammar that reads a stated measure reads it."""
    found = next((dim for pattern, dim in _DIMENSION_PATTERNS if re.search(pattern, q)), "")
    unit = re.search(r"\bhow many\s+([\w-]+)", q) if found == "count" else None
    measured = values(f"2 {unit.group(1)}") if unit else []
    return measured[0].dimension if measured and measured[0].kind == "quantity" and measured[0].dimension else found


# The unit a question asks its answer in: "in acres?", "in US dollars", or the unit "how many" counts. Bounded: linear.
_IN_UNIT_RE = re.compile(r"\bin\s{1,3}((?:[a-z]{1,20}\s{1,3}){0,2}[a-z]{1,20})\W{0,3}$", re.I)
_HOW_MANY_UNIT_RE = re.compile(r"\bhow\s{1,3}many\s{1,3}((?:square\s{1,3}|cubic\s{1,3}|nautical\s{1,3})?[a-z]{1,20})", re.I)
# "Which kilometre mark ...", "what dollar amount": a unit before the noun asked names the unit. Bounded: linear.
_WHICH_UNIT_RE = re.compile(r"\b(?:what|which)\s{1,3}([a-z]{1,20})(?=\s{1,3}[a-z])", re.I)


def asked_unit(text: str) -> tuple[str, str]:
    """The measure and unit ``text`` asks its answer in, read as ``text.quantities`` reads a stated unit
    ("How large is the fire in acres?" -> ("area", "acre"); "How many miles ...?", "which mile marker" -> ("distance",
    "mile")),
    else ("", ""); a count's noun is no unit ("how many people")."""
    for m in (_IN_UNIT_RE.search(text), _HOW_MANY_UNIT_RE.search(text), _WHICH_UNIT_RE.search(text)):
        read = quantities(f"2 {m.group(1)}") if m else []
        if read and read[0].start == 0 and read[0].unit and read[0].dimension not in ("count", "ordinal"):
            return read[0].dimension, read[0].unit
    return "", ""


# "How large is the hole in the pension scheme?", "how heavy is the bell", "how hot did it get": an adjective of size,
# weight or warmth after "how" names the measure asked, as "long" and "far" do, and no sentence that answers it repeats
# it ("a deficit of £96m", "weighs 180kg", "reached 41C"; one that does tells of something else: "the largest
# creditor", "the hottest day"). Not "how deep" or "how high", which news says again after the figure ("30ft deep", "64
# metres high"). Bounded: linear.
_MEASURE_ADJECTIVE_RE = re.compile(r"\bhow\s{1,3}(big|large|heavy|hot|warm|cold|cool)\b", re.I)


def _grain_terms(text: str) -> tuple[str, ...]:
    """The terms of the nouns a date question names its unit of time by ("what year", "what time of day"): they
    say what kind of answer is asked, not a word its sentence writes ("at the time", "a day")."""
    return tuple(sorted({t for m in _TYPE_WORD_RE.finditer(text) for t in terms(m.group(1)) if t in _TIME_NOUNS}))


# "How fast was the barge going when ...?", "how fast is the mudslide moving", "at what speed did the boat travel": the
# verb after the subject of a question of speed, to the end of its main clause. Bounded: linear.
_SPEED_VERB_RE = re.compile(r"^\W*(?:how\s{1,3}fast|at\s{1,3}what\s{1,3}speed)\s{1,3}[a-z]{2,6}\s{1,3}"
                            r"((?:[\w'’-]+\s{1,3}){0,6}?[\w'’-]+)\W*$", re.I)
_TRAVEL = light_stem("travel")


def _motion_asked(text: str) -> set[str]:
    """The terms of a verb of motion ("going", "moving", "travelling": WordNet's travel and its kinds) after the
    subject of a "how fast" question ("at what speed"): a speed is how fast a thing moves, so the verb says no more than
    "how fast" and the sentence that answers words it otherwise ("entered the atmosphere at 17 km per second") or not
    at all; kept, it read as a head term the answer's clause lacks and held the answer under the threshold."""
    asked = _SPEED_VERB_RE.match(main_clause(text))
    words = asked.group(1).split()[1:] if asked else []
    return {t for k, w in enumerate(words) if w.lower().endswith("ing") or k + 1 == len(words)
            for t in terms(w) if related(light_stem(w.lower()), _TRAVEL) or related(t, _TRAVEL)}


def key_terms(text: str) -> list[str]:
    """The question's content terms, minus the words that only frame a question and the
    noun that names the kind of answer ("which city", "what year"), the verb of motion a speed is asked of
    (``_motion_asked``), and the verbs in "re-" its "again" says (``_again``)."""
    typed = {t for m in _TYPE_WORD_RE.finditer(text) for t in terms(m.group(1)) if t in _TYPE_NOUNS}
    typed |= {t for m in _MEASURE_ADJECTIVE_RE.finditer(text) for t in terms(m.group(1))} | _motion_asked(text)
    typed |= set(terms("area")) if re.search(_AREA_ASKED, text, re.I) else set()  # the measure, as "how heavy" names one
    key = [t for t in terms(text) if t not in _FRAME and t not in typed]
    return key + [t for t in _again(text) if t not in key]


# Words before a noun: what follows one is no verb ("the plant", not "plant again").
_DETERMINERS = frozenset("the a an its their his her this that these those our your my".split())


def _again(text: str) -> list[str]:
    """The verbs in "re-" a question's "again" may be written with ("open its doors again" -> reopen,
    "build again" -> rebuild), when English has that word for doing the verb again (the senses table relates
    it to the verb: not "repair" for "pair")."""
    if not re.search(r"\bagain\b", text, re.I):
        return []
    said = re.findall(r"[\w'’]+", text[:1].lower() + text[1:])
    return [stem(f"re{w}") for i, w in enumerate(said) if w.isalpha() and w.islower() and len(w) > 2
            and w not in STOP_WORDS and w != "again" and (not i or said[i - 1] not in _DETERMINERS)
            and related(light_stem(f"re{w}"), light_stem(w))]


def _counted_noun(rest: str) -> str | None:
    """The noun a "how many ..." question counts: the first plural among its next content
    words before its verb ("how many of the troops ..." -> troop), else the last of them ("how much oil leaked into the
    river" -> oil)."""
    content: list[str] = []
    for w in re.findall(r"[\w'-]+", rest):
        # the phrase ends at its verb, or once begun at a past form or "of" ("how much oil leaked into the river",
        # "how much notice of a cancellation", not "how many of the injured riders"): no part of what is counted
        if w in _AUX or w in _MODALS or content and (w in PAST_FORMS or _is_past(w) or w == "of"):
            break
        if w not in STOP_WORDS:
            content.append(w)
    content = content[:5]
    plural = next((w for w in content if w in _IRREGULAR_PLURALS or w.endswith("s") and not w.endswith("ss")), None)
    chosen = plural or (content[-1] if content else None)
    return stem(chosen) if chosen else None


def _is_past(word: str) -> bool:
    """A verb in the past ("presided", "organised"), not a noun ("speed"): its stem may equal a
    noun's ("presid" of "president"), so the ending decides."""
    return len(word) > 4 and word.endswith("ed") and not word.endswith("eed")


def _is_present(word: str, before: list[str], after: list[str]) -> bool:
    """A verb in the present after the phrase's noun ("which company employs the driver"): a word in -s of no known
    kind between a singular noun of a known kind, or any noun before an article ("which cruise line runs the ship"),
    and no such noun (a plural after the noun, "which company officials", is a noun of its own kind; one before a
    noun, "which state news agency", is part of the phrase)."""
    head = before[-1] if before else ""
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and _noun_kind(word) is None and not head.endswith("s")
            and (bool(_noun_kind(head)) or head not in STOP_WORDS and after[:1] in (["the"], ["a"], ["an"]))
            and not (after and _noun_kind(after[0])))


def _is_verb(word: str, before: list[str], after: list[str]) -> bool:
    """Is ``word`` the verb after a "which ..." phrase: a verb of saying, a present form after
    its noun, or a past form ("presided", "took") unless it stands before the phrase's first noun
    of a known kind ("which local elected representative", not "which agency briefed lawmakers")?"""
    adjective = after and _noun_kind(after[0]) and not any(_noun_kind(w) for w in before)
    return word in ATTRIBUTION_VERBS or _is_present(word, before, after) \
        or (_is_past(word) or word in PAST_FORMS) and not adjective


def _noun_kind(noun: str) -> str | None:
    """The kind of answer a noun asks for: this module's nouns first (time and count nouns too),
    then the nouns the text layer types names by ("which survivor", "which regulator")."""
    n = stem(noun.lower())
    if _AGENT_RE.search(noun.lower()):
        return "person"
    kind = next((kind for kind, nouns in _NOUN_KINDS if n in nouns), None)
    if kind == "person" and _body_not_person(noun.lower()):
        return "org"  # a body whose stem a role's shares ("authority" and "author", "office" and "officer")
    kind = kind or NAME_KINDS.get(noun_kind(noun) or "")
    if kind or _DOER_RE.search(noun.lower()) or _is_doer(noun.lower()):
        return kind or "person"
    return "org" if is_organisation(light_stem(noun.lower())) else None  # "which auction house", "which panel"


def _told_after(words: list[str]) -> bool:
    """Whether ``words``, after a noun, open a reduced relative clause: a past form, after an adverb in -ly or not
    ("the porter found in the cellar", "the driver badly hurt", "the manager said to have ...")."""
    past = [w.lower() for w in (words[1:] if words[:1] and words[0].endswith("ly") else words[:1])]
    return bool(past) and (past[0] in PAST_FORMS or past[0] == "said" or _is_past(past[0]))


def _body_not_person(low: str) -> bool:
    """Is the word ``low`` a body in WordNet and no person ("authority", "office")? A stem may meet a role's ("author",
    "officer"), which the word itself is not."""
    said = light_stem(low)
    return is_organisation(said) and not is_person(said)


# The endings of English nouns for one who does something ("sculptor", "painter", "historian"): not "-ant", which
# "grant" ends in as "grantee" stems to it.
_DOER_ENDINGS = ("er", "or", "ist", "ian")


def _is_doer(low: str) -> bool:
    """Is ``low`` a noun for one who does something that WordNet calls a kind of person ("which sculptor", "which
    painter"), as a name after it is typed (``text.names``)? Its ending is a doer's, so no verb ("employs") nor noun
    whose light stem meets a person's ("grant", "grantee") is read as one."""
    return low.endswith(_DOER_ENDINGS) and (is_person(light_stem(low)) or _coined_doer(low))


def _coined_doer(low: str) -> bool:
    """Is ``low`` a doer's noun WordNet lacks, made by its ending from a word it knows ("scaffolder" from "scaffold",
    "kayaker" from "kayak")? A noun WordNet knows ("container", "tanker") keeps its own kind."""
    base = next((low[:-len(e)] for e in _DOER_ENDINGS if low.endswith(e)), "")
    return len(base) > 3 and not is_known(light_stem(low)) and is_known(light_stem(base))


# A question that asks who or which one before anything else.
_PICKS_RE = re.compile(r"\W{0,3}(?:and |so |but )?(?:who|whom|whose|which)\b")
# A "which" phrase after a preposition of place ("at which station", "from which university"): a body that is also
# a building ("station") is asked for as the site.
_AT_WHICH_RE = re.compile(r"\W{0,3}(?:at|in|from|to|into|near|outside|inside)\s+(?:which|what)\b")
# Prepositions that end a "which" phrase ("which district of the city", "which city in Argentina", "which road between
# the two villages", "which bridge over the river"): the noun before them is the one asked.
_PHRASE_PREPOSITIONS = frozenset("of in on at near from between along across over under through outside inside beside "
                                 "behind".split())
# Adverbs that may stand between a "which" phrase and its verb ("which station first reported").
_ADVERBS = frozenset("once first later still now also then ever never already recently initially originally "
                     "eventually finally previously just allegedly reportedly".split())
# The words a noun phrase in a question ends before: a preposition, a verb of naming or "to be".
_PHRASE_ENDS = frozenset("of in for on at from to by against with called named nicknamed dubbed known is was are were "
                         "that which who whose where when "
                         "has have had".split())


# The articles that open a relative clause without its pronoun after a noun ("the name of the inspector the crew called").
_ARTICLES = frozenset("the a an".split())


# The grains of a date question that ask a time of day ("at what time", "what hour").
CLOCK_FOCUS = frozenset({"time", "hour"})
# The grains of a date question that ask for one day ("on what date", "on which day").
DAY_GRAINS = frozenset({"date", "day"})
# The unit of time a date question names ("what year", "at what time"); "what time of year" asks no clock time.
_GRAIN_RE = re.compile(r"\b(?:what|which)\s+(?:\w+\s+)?(year|time|date|day|month|hour)\b(?! of (?:the )?year\b)")


def _grain(q: str) -> str | None:
    """The unit of time the date question ``q`` names (``_GRAIN_RE``), else None."""
    grain = _GRAIN_RE.search(q)
    return grain.group(1) if grain else None


def _asks_who(q: str) -> bool:
    """Is "who" (or "whom", "whose") the first question word of ``q`` ("Name the man who ...?" too): a "who" clause
    after "what" only tells which noun ("What have passengers who were stranded been offered?" asks for no person)."""
    wh = _WH_RE.search(q)
    return wh is not None and wh.group().lower() in ("who", "whom", "whose")


def _modifiers(said: list[str], head: str) -> list[str]:
    """The words of the noun phrase ``said`` before its ``head`` and after any owner's ("the overall winner's name":
    none, "overall" tells of the winner, not of the name)."""
    before = said[:said.index(head)]
    owner = max((i for i, w in enumerate(before) if _is_owners(w)), default=-1)
    return before[owner + 1:]


def _classify(question: str) -> tuple[str, str | None]:
    q = " ".join(question.lower().replace("’", "'").split())
    m = re.search(r"\bhow (?:many|much)\b(.*)", q)
    if m and not _PICKS_RE.match(q) and not re.search(_TIME_AMOUNT, q):  # "Which minister said how many ...?" asks for the minister
        return "number", _counted_noun(m.group(1))
    inside = _INSIDE_RE.search(question)
    if inside and (not inside.group(1) or noun_kind(inside.group(1)) == "place"):
        return "place", PART
    for pattern, kind in _KIND_PATTERNS:
        if re.search(pattern, q):
            return kind, (_grain(q) if kind == "date" else None)
    complement = _COMPLEMENT_RE.search(q) or _FUTURE_COMPLEMENT_RE.search(q)
    # the noun before a participle that tells of it ("the highest level measured at the well")
    said = complement.group(1).split() if complement else []
    head = next((w for w in reversed(said) if not (w in PAST_FORMS or _is_past(w))), "")
    head_kind = _noun_kind(head) if head else None
    if head and head_kind in (None, "date") and _STATISTIC.intersection(map(stem, _modifiers(said, head))):
        return ("duration" if head_kind else "number"), stem(head)  # "the average response time", "the total bill"
    if head and head_kind:
        return head_kind, stem(head)
    if head and value_kind(light_stem(head)) in _MEASURED_KINDS:
        # "what were the firm's sales?", "the fiercest gust recorded": a noun news tells as a sum, a share, a speed ...
        return "number", stem(head)
    if re.search(_PEAK_ASKED, q):
        return "number", None
    which = re.search(r"\b(?:which|what)\s+((?:[\w'-]+\s*){1,5})", q)
    if which:
        # The head noun is the last classified word before the verb or "of": "which European
        # Union leader is", "which district of the city". A "which" question whose word before
        # the verb is no known noun picks a thing of unknown kind by name: "which venue will",
        # "which council resolution were".
        window = which.group(1).split()
        window = window[1:] if window[:1] == ["of"] else window  # "which of the bombers"
        verb = next((i for i, w in enumerate(window)
                     if w in _AUX or w in _MODALS or w in _PHRASE_PREPOSITIONS
                     or (i and _is_verb(w, window[:i], window[i + 1:]))),
                    len(window))
        # "Which bank's economists ...", "which countries' leaders": the owner is what is picked, not what it owns.
        owner = next((i for i, w in enumerate(window[:verb]) if w.endswith(("'s", "s'"))), None)
        if owner is not None:
            window, verb = [*window[:owner], window[owner].removesuffix("'s").removesuffix("'")], owner + 1
        kinds = [(k, w) for w in window[:verb] if (k := _noun_kind(w))]
        noun = verb - 1  # the word before the verb, past any adverb ("which officer once trained")
        while noun > 0 and window[noun] in _ADVERBS:
            noun -= 1
        picks = re.match(r"\W*(?:\w+ )?which\b", q) and 0 < verb and _noun_kind(window[noun]) is None
        if re.match(r"\W*(?:\w+ )?what\b", q) and kinds and kinds[-1][0] in NAME_KINDS.values() \
                and 0 < verb < len(window) and _noun_kind(window[noun]) is None:
            # "what police operation was", "what side effect led": a noun of its own kind heads (a measure before a
            # noun asks for the measure: "what percentage stake")
            return "other", None
        if kinds and kinds[-1][0] == "org" and _AT_WHICH_RE.match(q) and is_venue(kinds[-1][1]):
            return "other", stem(kinds[-1][1])  # "at which station": a site one is at, picked by name ("which airport")
        if kinds and kinds[0][1] == window[0] and kinds[0][0] == "number" and kinds[-1][0] == "org" \
                and stem(kinds[-1][1]) not in _ORG_NOUNS:
            # "what percentage commission": a measure of what WordNet alone calls a body, not the body
            return kinds[0][0], stem(kinds[0][1])
        if kinds and not (picks and verb < len(window)):
            return kinds[-1][0], stem(kinds[-1][1])
        if picks:
            return "other", stem(window[noun])
    if re.search(r"\b(?:name|called|nickname|dubbed|known as)\b", q) and not _asks_who(q):
        # "the name of the foreign minister" asks for a person, "the name of the train" for a name.
        # A noun before another names no kind ("the police operation" is an operation, not the police); one before
        # a verb does ("the lawyer hired by ...").
        # "the driver's name": the name of a role's holder, a person.
        ws = re.findall(r"[\w'-]+", _NAME_OWNER_RE.sub(" of", q))
        # A noun a "who" clause tells of is a person's ("the name of the porter who found the bag").
        # An owner's possessive names whose thing it is, not the thing ("the club's training ground").
        named = [(k, w) for i, w in enumerate(ws) if (k := _noun_kind(w) or ("person" if ws[i + 1:i + 2] == ["who"]
                                                                                  else None)) in ("person", "org", "place")
                 and not w.endswith(("'s", "s'"))
                 and (i + 1 == len(ws) or ws[i + 1] in _PHRASE_ENDS or _is_past(ws[i + 1]) or ws[i + 1].endswith("ing")
                      or ws[i + 1] in _ARTICLES or _told_after(ws[i + 1:i + 3])
                      or ws[i + 1].endswith(_POSTPOSED_ENDS))]
        return (named[0][0], stem(named[0][1])) if named else ("name", None)  # the first phrase is what is named
    if _asks_who(q):
        return "person", None
    return "other", None
