"""Fit the answerer's weights on questions generated from news text; writes summarize/qa/weights.json.

A question is made from a sentence with a typed span (a quantity, a date, a person, an
organisation, a place): the span becomes a wh-phrase ("how many troops", "when", "who",
"which organisation", "where") and a few words around it, some dropped, become the rest of
the question. The toolkit then answers it from the cluster, for every other question with the source
sentence removed, so the answer has to come from another sentence or another outlet's
wording; the candidate equal to the span is the positive, every other candidate a negative.
A value whose sentence states another of its kind is also asked with its own clause's words
(``bound_questions``), so the model learns which of two values the question's words bind.
Unanswerable questions calibrate abstention: a question whose answer no remaining sentence
gives, every question asked again with every sentence that states its answer removed (the
question still matches the cluster, as a reader's question about what the articles never say
does), every other question asked against another cluster, and every question asked again
about another name or word of its cluster (``swap``), about another thing or deed than its
head terms say (``reword``) or for another property of what it asks about (``reask``: "How
old ...?" for "Who ...?"), with the sentences that could state that left out. Each question is
also asked with a head word in a related sense (``resense``: "vessels" for "ships"), its answer
unchanged, as people ask in their own words. The abstention threshold is chosen for the
operating point ``ANSWERED_SHARE`` on the questions of the clusters named (or the default ones),
not on ``--news``' small clusters (``train``'s ``operating``). Questions from eval/ are never used. Deterministic: same clusters, same seed, same bytes.

    python scripts/train_answerer.py [CLUSTER_DOCS ...] [--news] [--extend | --extend-candidates] [--out summarize/qa/weights.json]

Default clusters: seeds/ and ../shared/data/multiling2011/*/docs (or $SUMMARIZE_SHARED/data).
A run takes about a minute of CPU (two on a busy machine). ``--news`` adds tests/data's invented
clusters (``news_clusters``: 181, articles only, the fresh_news sets left out), ``NEWS_PER_CLUSTER``
questions each at most: 61,467 questions asked, about 4 minutes of CPU. The shipped weights.json is
not this script's output: it was fitted at 9c240dd, and the rules changed since were tuned with it
frozen. Regenerated they score lower on dev gold (EM/F1 0.672/0.697, 239 of 274 answered, 18 of 25
abstained, against 0.726/0.748, 252, 19 then). With ``--news`` (round 20; the shipped file gives
dev 0.736/0.756, 249 answered, 20 abstained, test 0.567/0.596, 224 of 254, 25 of 44) dev rose to
0.742/0.768 (256, 20) but test fell to 0.557/0.586 (227, 20 abstained): fitted on small clusters the
calibration abstains more on generated unanswerable questions and less on people's (fresh_news7 39
-> 44 of 81 right, fresh_news6 66 -> 64, its abstentions the ones lost); 20 questions a cluster, dev
0.722/0.751, test 0.550/0.579 (21 abstained). A feature of the head terms said in a related sense
(``text.senses``, "chief executive" for "heads") took a negative weight, as generated questions
reword a head into the cluster's other words, never a synonym, and lost (dev 0.726, test 0.544).
Round 21 added the related-sense questions (``resense``, 9,516 asked) and the threshold chosen on
the default clusters only: the senses feature then learns a positive weight (candidate +1.25,
calibration +1.4 to +3.5 by family), the calibration's AUC on generated questions rises 0.860 ->
0.887 with it, but against the shipped file (dev 0.736/0.756, 249, 20; test 0.567/0.596, 224,
25) both runs lost: without the feature dev 0.719/0.743 (243, 19), test 0.554/0.577 (216, 23);
with it dev 0.709/0.732 (241, 16), test 0.544/0.571 (217, 23); fresh_news6 66 -> 61 / 62,
fresh_news7 40 -> 44 / 43 of 81. The same model as the first with its threshold chosen on every
cluster gave dev 0.739/0.765 (253, 19), test 0.550/0.576 (221, 20): the threshold rule keeps test
abstentions (23 against 20) but costs dev answers (243 against 253). The fresh_news6 losses are
unanswerable role questions ("Who leads ...?") answered with a name: a reader's word for a role
now reads as the articles' word for another. So the file stays until a run is not worse on dev and test.
Round 27 added ``--extend``: it fits only the calibration's ``EXTENDED`` coefficients (``other_year``), every
other weight and the thresholds kept as in ``--out``, on the generated questions that name a year, among them
those asked of another year (``redate``, "redated"); on the default clusters (the shipped value) 151 questions
read it, 3 of them answerable. Round 28 added ``other_noun`` (a count of a thing the question names but does not
count) and the "how many" questions asked again for another thing the cluster counts, their own counted noun kept
as what restricts them (``recount``, "recounted"); both coefficients are fitted on the questions that name a year
or count a thing.
Round 29 refitted both on the current code (``--extend``, default clusters; a year after a possessive, "the
council's 2031 budget", now dates the question): other_year -2.40 -> -2.75, other_noun -1.37 -> -1.95, as the rules
changed since move which generated questions read them (276 read, 3 of them answerable). With ``--news`` too, 2,455
read, 86 of them answerable (a small cluster's generated question often names a year its answer's clause is not
dated to), and other_year fell to -2.01, so the default clusters stay.
Round 34 added ``other_owner`` (the best candidate's clause tells its value of another place or organisation than
the one the question names: ``answer.owned_elsewhere``) and the questions asked again restricted to another place or
firm the cluster names ("... at <firm>?", "... in <town>?"; ``reown``, "reowned"), and ``--extend`` now fits it alone,
on the questions that name a name (6,743 asked on the default clusters, 373 read it, 19 of them answerable): -0.53.
On the dev fresh sets it reads for 3 answered unanswerable questions and 2 right answers; at -0.53 one unanswerable
question is abstained on and no answer lost.
Round 30 measured abstention on the dev fresh sets (fresh_news4..18, update_news1, explainer_news1: 1,091
answerable and 214 unanswerable questions; 946 right at the shipped thresholds, 983 answered, 140 abstained). Of
the 108 answers withheld only 37 had a right best candidate (quantity 21, name 12, date 3, phrase 1), and each
family's score peaks at its shipped threshold (x0.5 / x1 / x1.5: quantity 546/553/539, name 217/229/221, date
119/120/120, phrase 44/43/43): lowering one regains about one right answer for two unanswerable questions answered.
Chosen on 16 sets and scored on the 17th (leave-one-set-out), per-family thresholds gave 938, one shift of every
threshold's logit 941, a logistic refit of the calibration on the dev questions (a right best answer against an
unanswerable question) 936 to 946, the shipped margin with any one more candidate or calibration feature at most
943. The withheld right answers read lower than the unanswerable questions answered on every calibration feature
(AUC of the confidence between them 0.02, of the best single feature, rarest, 0.53): they are asked in other words
than the articles' ("boss" for a chief executive, "shops" for stores), so the thresholds stay.
Round 34 refitted on the current code (default clusters) against the shipped file on every dev fresh set
(fresh_news4..22, update_news1, explainer_news1: 1,214 of 1,653 right): 1,173 (1,174 with ``--extend`` after). Half
the loss is the ranker, half the calibration: the refit's candidate model with the shipped calibration 1,193, the shipped
model with the refit's calibration 1,188 (of questions whose best candidate is right it answered 0.915, not 0.950, its
AUC against the unanswerable ones 0.905, not 0.920). Generated value questions held 6 terms (14 words) where people's
hold 4 (9), and the answer's sentence led the evidence for 0.87 of generated quantity questions, 0.66 of people's: the
generated answerable questions were easier, so the thresholds chosen on them sat high (0.07 to 0.09 against 0.02 to
0.04). With a word kept the less the farther it stands from the value (``_kept``; 4 terms) the refit gave 1,177: its
calibration with the shipped model 1,206 (the calibration's gap 26 -> 8), its candidate model with the shipped
calibration 1,192 (unchanged: ``cover_behind`` -0.88 -> -2.48, ``clause_heads`` +0.47 -> -0.71, ``near`` 3.00 -> 4.90
push another value of the answer's clause up). Foreign words in a quarter of the questions, not half (people's name
questions find their rarest term in the answer's window 0.66 of the time, generated ones 0.29), gave 1,175. The file stays.
Round 34 added ``--extend-candidates``: it fits only the candidate model's ``EXTENDED_FEATURES`` (``called``, how
closely a "which <noun>" question's candidate is called the noun asked), every other weight and the calibration kept,
on the answerable questions that ask a name by a noun, among them those asked by the noun a sentence introduces a name
with ("the campaign group Save Tarlow Pool": ``_introduced_spans``). With ``--news`` (the shipped value; its
questions are many more "which <noun>" questions, and no calibration is fitted, so the small clusters' abstentions do
not come in) 253 candidate rows read it, 129 of them answers: called 1.21; on the default clusters alone 150 rows read
it and it took 0.62 (0.57 without the introduced names), too little to move a name nearer the question's words.
Round 35 measured abstention on fresh_news4..23 (1,394 answerable, 285 unanswerable questions): 49 answerable
questions are withheld with a right best candidate, 82 unanswerable ones answered. Tabulated against the confidence's
logit less its threshold, per question kind, each kind's threshold sits where right best candidates and unanswerable
questions cross (number: 8 right to 12 unanswerable in the half logit below it, 30 to 10 in the half above; person 5
to 14 and 16 to 2), and setting any calibration weight of a doubtful sign to 0 (``rarest``, ``clause_heads``) lost 0
to 2 right (replayed on each question's calibration features). A calibration feature of the head terms the best
candidate's clause says only in a related sense (``senses_of``: "stores" for "shops"), read by 10 of the 49 withheld
right answers, 99 of the 1,029 right best candidates and 18 of the 285 unanswerable questions, fitted with
``--extend`` at 3.60 (3.01 with each resensed question also asked with its answer's sentences left out, 3.77 with
``--news``): at 3.60 or 3.01, +11 right answers and +11 unanswerable questions answered (seven sets up, seven down),
net 0; on gold (at 3.01) dev EM 0.712 -> 0.718 but test 0.619 -> 0.616 (abstained 23 -> 21 of 29 and 37 -> 35 of 52),
so it was left out. The resensed questions' related word always links them to their answer's sentence, where WordNet's
broad senses link a reader's unanswerable question to some clause nearly as often.
Round 35 added ``unrounded`` (a quantity question's candidate whose figure another candidate states hedged and rounded,
"11,486" beside "about 11,500": ``answer._rounded_elsewhere``), fitted alone by ``--extend-candidates`` on the quantity
questions; a candidate that states exactly the figure a question was made from hedged answers it too (``_exactly``:
news rounds in its lead what it tells exactly further down, and a reader asks for the figure). No candidate of the
default clusters reads it; with ``--news`` (the shipped value) 57 candidate rows read it, 16 of them answers: 0.49
(0.19 without ``_exactly``; read beside a plain round figure too, "300 metres" beside a "294-metre" ship, 158 rows
and 0.25). Of the dev fresh questions whose answer was candidate 2 to 4 (106, 91 of them answered wrong), the rank
of the evidence decided against the answer in 56, in 19 of the 20 sets: the answer told further down than a
sentence that shares more of the question's words; corroboration across outlets told them apart no better.
Round 36 added ``doer`` (a "who" or "which <noun>" question's name that does the deed its verb asks, as subject, a
passive's agent or the holder of its doer's noun: ``answer.does_asked``; not for a question of a role's job, "Who runs
the utility?", whose holder ``role`` reads, nor for a name the question says), fitted alone by ``--extend-candidates``
with ``--news`` on the name questions that ask a verb: 1,168 candidate rows, 43 read it, 14 of them answers: 0.79
(0.89 on 1,705 rows with the role questions in, where a verb of one sense with the role's job, "campaign" for "runs",
lifted a director of another body). Before it the doer only kept names of no fit out (``doers``), so "The Authority on
Monday blocked Brackwin Foods' takeover" answered "Which body blocked the takeover?" with the object's owner, told nearer.
Round 35 also tried telling a phrase answer from a span that only overlaps it: a candidate labelled right only when its
terms are the answer's, one that overlaps it left out of the candidate fit (``_same``'s half of the words makes a
phrase and its core both right, so no feature could learn which of two nested spans answers). On the default clusters
97 of the 1,286 right candidate rows (10,736 questions) only overlap their answer. With it, a noun phrase's core
without its post-modifier (a preposition of an adjunct, a relative word, an apposition after a comma: "fee waivers" of
"fee waivers for veterans who served abroad"; not an of-phrase) was offered beside the answer window, with a candidate
feature ``core`` fitted alone (``--extend-candidates``) on 285 generated "what" questions about such phrases, answered
by the core where another sentence of the cluster writes it without its post-modifier (106), else by the whole phrase:
395 candidate rows read it, 40 of them answers (232 rows left out as overlapping), and it took +0.04; the dev fresh
sets stayed at 1,292 of 1,740 (set by hand at 1.5, 1,293: fresh_news15 and 23 +1, fresh_news19 -1). The core is a
candidate only where no typed, object or "which" phrase fits (``answer_window``), and ``words`` (+1.60) keeps the
longer of the two. Neither was kept.
Round 36 fitted a second stage on people's questions instead: every dev fresh question (fresh_news4..24, update_news1,
explainer_news1: 1,827, 1,523 answerable) asked as ``Corpus.ask`` asks it, its candidates' ``FEATURES`` and shipped
logit dumped, a candidate right when its text is a gold answer; scored leave-one-set-out (fitted on 22 sets, scored on
the 23rd, summed). The answer is among the candidates of 1,292 questions and the shipped model puts it first in 1,114
(second in 101 of the others, third in 50; 114 of the 178 ask a quantity). A softmax over each question's candidates
with the shipped logit as offset and an L2 penalty toward it (0.1 to 1,000 on standardised features; with them also
per family, relative to the question's best, each candidate's ``ClauseFit``, or over the first 2 or 4 candidates only)
put 1,099 to 1,115 first, at 30 1,112 (8 sets up, 7 down); a class-weighted logistic regression with the shipped logit
as an input 1,098; gradient boosting (depth 2 or 3) 1,114. Fitted on every set it raises the likelihood (529 -> 464)
but not the answers put first (1,114 -> 1,110 to 1,116): the answer put second or lower is told further down (its
evidence's rank -0.40 and score -0.22 below the best's on average) with fewer of the question's words
(``sentence_cover`` -0.10, ``clause_heads`` -0.12), a revised or reworded figure no weight of these features tells
from the first one. The answer/withhold decision learned the same way (on the 1,755 questions with a candidate: a
right best candidate and an unanswerable question each a logistic regression over ``CALIBRATION`` and the family,
answered where the first exceeds the second by a margin chosen on the other sets) kept 1,227 right against the shipped
1,229 (9 sets up, 8 down), one calibration per family 1,218, thresholds per family chosen on the other sets 1,223. The
shipped weights stay: held out, people's questions fit them no better than the generated ones did.
Round 37 added ``uncaused`` (a "why" question's best candidate read with no cue of a cause: the evidence tells the
event, not its cause), fitted alone by ``--extend`` with ``--news``: 663 "why" questions, 160 read it, 1 answerable:
-1.45 (-0.17 on the default clusters alone, where 19 of their 141 read it). On the dev fresh sets (fresh_news4..25,
update_news1, explainer_news1) 1,413 -> 1,414 right: one unanswerable "why" question abstained on, one wrong answer
withheld, none lost. Of the 91 unanswerable questions answered there, 42 ask a quantity, mostly of the event's own
words with the figure of another thing or deed ("how much did the <thing> cost" with another cost); no lexical share
(a head term or any term of the question missing from the answer's sentence, its evidence or the cluster) nor the
best candidate's ``measures``, type fit or evidence rank told them from the 56 withheld questions whose best candidate
was right (those read lower on every one: their answer is told in other words than the question's). A feature of a
"when will" question whose best day its dated article does not tell to come (``tense_fit`` below 1), read by 4 of the
13 unanswerable date questions answered on dev and by none of the right answers, took +0.68 fitted so (1,766
questions, 277 read either feature, 11 of them answerable): generated questions take their tense from the answer's
own clause, so it was left out.
Round 38 added ``kin`` (a "how many" question's count of its counted noun in another word of its sense or kind, either
way, not beside a count of the noun itself: ``answer._kin_of_counted``), fitted alone by ``--extend-candidates`` with
``--news`` on the count questions, among them those ``resense`` now also asks by a kind (a WordNet hypernym) of the
counted noun ("How many vehicles ...?" of "nine trams"): 10,976 candidate rows, 584 read it, 214 of them answers: 1.90.
On the dev fresh sets (fresh_news4..26, update_news1, explainer_news1) 1,482 -> 1,484 right, withheld 164 -> 162, no
set lost; read also beside a count of the noun asked itself ("five helicopters and two aircraft") it lost two and
answered one unanswerable question more. Read also where the clause leaves the counted noun's qualifiers untold, or
tells a standing question no standing count ("will close 18 outlets" for "How many shops does it have?"), it answered
an invented cluster's standing count by the part closed and an unanswerable count of "agency" staff (fitted so: 1.84,
822 reading it, 260 of them answers; the same dev figures).
Round 39 sorted the 96 unanswerable dev questions answered (fresh_news4..27, update_news1, explainer_news1) by what the
answer's sentence lacks, first cause that holds, against the 1,292 right answers: the kind asked (the best candidate's
``type_exact`` 0) 34 against 175; the question's deed in no wording in the answer's window 16 against 150; a name the
question asks about missing from the answer's clause 12 against 86; under half its head terms there 16 against 308;
all of these told, the thing asked restricted otherwise (a part, another branch, another fund) 15 against 567; read by
``other_year``/``other_owner``/``other_noun`` 3 against 6. Replayed as one more calibration term on every dev
question's logit (answered when it still clears its family's threshold), each of these readings (each family or all,
sentence or window, the deed also told elsewhere in the evidence or not), at every weight that withheld more than one
unanswerable question, lost more right answers than it withheld unanswerable questions or cost some set a right answer
net: the deed missing, at -1, withheld 17 for 52 right; the kind, 14 for 40; the best, a phrase question's candidate of
no type fit at -2, 6 for 3, two sets one each. Only a date
question's deed (the verb it asks the day of missing from the best day's sentence: "When was the pier built?" answered
by "the pier reopened in May") gained on replay, 2 to 3 with none lost up to -0.6; fitted alone by ``--extend`` on the
generated questions that ask a deed's day it took +0.36 (200 questions, 81 read it, 8 answerable) and +0.82 with
``--news`` (2,361, 768, 74): the frozen calibration already abstains on the generated questions that read it, and at
+0.82 dev answers 3 unanswerable questions more and gains 1 right, so it was left out. The right answers near the
thresholds are told in other words than the question's as often as the unanswerable questions' answers are of another
deed.
Round 41 added ``unrated`` (a question that asks a figure per span of time, "a day", "each year", "weekly", "annual",
answered by a figure whose clause tells no such span and that ``conflicts.rate_period`` reads as no rate:
``answer.rate_untold``), fitted alone by ``--extend`` with ``--news`` on the 568 generated questions that ask a rate
(246 read it, 6 of them answerable): -0.63 (the default clusters alone give 5 such questions: -0.11). On the dev
fresh sets (fresh_news4..29, update_news1, explainer_news1) 11 questions read it: 4 unanswerable ones answered, 3
right answers (two already under their threshold, one 1.56 logits above it), 3 wrong, 1 withheld; at -0.63 two
unanswerable questions are abstained on and one wrong answer withheld, no right answer lost (1,684 -> 1,686). Replayed,
a weight below -1.56 would lose the right answer ("a monthly pass": a rate's adjective before a thing priced).
"""
from __future__ import annotations

import argparse
import math
import json
import os
import random
import re
import sys
from pathlib import Path
from dataclasses import replace
from typing import NamedTuple

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarize.corpus import Corpus  # noqa: E402
from summarize.qa import ANSWER_RETRIEVER  # noqa: E402
from summarize.qa.answer import (  # noqa: E402
    CALIBRATION,
    FAMILIES,
    FEATURES,
    FAMILY_NAMES,
    NAME_QUESTIONS,
    PHRASE_KINDS,
    YES_NO,
    Answerer,
    Candidate,
    Weights,
    anchor_date,
    asked_verb,
    asks_rate,
    years_told,
    calibration_features,
    described_names,
    family_block,
    family_of,
    reason_mentions,
    says_asked,
    stated_quantity,
)
from summarize.qa.question import NAME_KINDS, Question, parse  # noqa: E402
from summarize.text.clauses import clause_spans  # noqa: E402
from summarize.text.dates import dates  # noqa: E402
from summarize.text.names import name_kinds, names  # noqa: E402
from summarize.text.quantities import Quantity, quantities, rounded_of  # noqa: E402
from summarize.text.senses import kinds, light_stem, neighbours  # noqa: E402
from summarize.text.tokens import STOP_WORDS, terms  # noqa: E402

# The operating point, for each family of answers: answer this share of the generated questions
# whose answer the rest of the cluster gives, right or wrong, and abstain below the confidence
# that allows it. On the generated questions, with a fifth of them unanswerable as in issue 11's
# held-out set, the expected exact match (the top candidate right on an answerable question,
# an abstention on an unanswerable one; yes/no questions aside) rises as the share falls (0.97: 0.682, 0.95: 0.681,
# 0.94: 0.683, 0.93: 0.685, 0.85: 0.697; measured with the earlier calibration over every
# candidate feature); the other floor, 85% of answerable questions
# answered, bounds the fall, as people's questions come out less confident than generated ones.
# With the calibration over the best candidate's fit (``CALIBRATION``) and the clause-bound
# candidate features, over every dev half (274 answerable and 25 unanswerable questions, with
# eval/written3's) 0.94 answers 253 (abstaining on 16), EM 0.645; 0.92 250 (18), EM 0.645; 0.90
# 238 (19), EM 0.622, too near the 85% floor. Of 40 answerable and 32 unanswerable questions
# written for four fresh clusters (helpers' clusters, not gold) 0.94 answers 37 (19 abstained),
# 0.92 37 (21), 0.90 37 (25). With the calibration's two features of what the evidence offers
# (the rarest term's share, how many candidates), 0.92 answered 246 of the dev halves' 274 (18 of 25
# abstained); 0.935 is the lowest share that answers as many as before, 250 (18), chosen on dev.
# With the head terms' share in the calibration and the reasked questions, 0.935 answers 252 (18);
# shifting every threshold's logit by -0.5 / +0.25 / +0.5 gives 259 (14) / 239 (19) / 226 (20), the
# last below the 85% floor, so the share stays.
ANSWERED_SHARE = 0.935
# A "what" or "why" question asks about the event, and its evidence nearly always holds some
# clause that answers it in part: on the dev halves phrase questions answered at 0.95 gave token
# F1 0.38 (29 of 45 answered), at 0.99 0.47, with 1 unanswerable phrase question among 46.
FAMILY_SHARE = {"phrase": 0.99}
EVIDENCE = 10
# Spans asked about per sentence: 6 rather than 3 gives a third more questions and steadier
# weights (seed 0 -> 1 changed 6 of the 135 dev answers' scores, with 3 it changed 13).
PER_SENTENCE = 6
# Every DROP_EVERY-th question is answered with its source sentence left out, so the model must
# find another outlet's wording; the others keep it, as a reader asks about what an article says
# (all dropped: dev top-1 EM 0.40; one in two: 0.50).
DROP_EVERY = 2
# Questions generated at most from each of tests/data's clusters (``--news``): 181 small clusters
# give 15,946 in all, eight times the default clusters' 1,954; 50 each keep a run near 4 minutes of CPU.
NEWS_PER_CLUSTER = 50
# The share of a sentence's content words dropped beside the span asked about (``_kept``): 0.3 at any distance gave
# value questions of 6 terms (14 words) where people's dev questions have 4 (9 words); dropped the more the farther
# from the span, 0.2 next to it, they keep about as many as people's (4.1 for a quantity, 3.4 for a date, 4.2 for a
# name), and a phrase question, 0.2 at any distance, 3.5 -> 4 (people's 4.0).
CONTEXT_DROP = 0.2
# The share of generated questions that take a word the cluster never uses.
FOREIGN_SHARE = 0.5
_CAUSE_RE = re.compile(r"\b(?:because|due to|owing to|as a result of|in order to|in response to)\b", re.I)
_WH = {"duration": "How long", "money": "How much money", "age": "How old", "distance": "How far",
       "percent": "What percentage", "speed": "How fast"}
_NAME_WH = {"person": "Who", "org": "Which organisation", "place": "Where"}
_PREPOSITIONS = frozenset("in at from to into near on of by".split())
# How each generated question is asked (``train``): "asked" as generated (unanswerable when no
# sentence left states its answer), the others unanswerable by construction.
VARIANTS = ("asked", "removed", "foreign", "swapped", "reworded", "reasked", "redated", "recounted", "reowned")
# The calibration features ``--extend`` fits, every other weight frozen as shipped: each reads 0 for
# most questions (a question naming no year, or counting nothing), so their confidence, and the
# thresholds, stay as fitted. Round 34 added ``other_owner`` and fits it alone: ``other_year`` and
# ``other_noun``, fitted so in rounds 27 to 29, refitted on the current code move (-2.75 -> -2.52,
# -1.95 -> -1.25) and are kept as shipped, as the rules since were tuned with them. Round 37 fits ``uncaused`` alone,
# with ``--news``: the default clusters give 141 "why" questions, too few to move it from 0. Round 41 fits ``unrated``
# alone.
EXTENDED = ("unrated",)
# The questions that can read each feature ``--extend`` may fit (the others read 0 for it): one that names a
# year, one that counts a thing, one that names a name, one that asks why, one that asks a rate.
_READS = {"other_year": lambda q: bool(years_told(q.text, None)), "other_noun": lambda q: q.dimension == "count",
          "other_owner": lambda q: bool(q.names), "uncaused": lambda q: q.kind == "reason", "unrated": asks_rate}
# The candidate features ``--extend-candidates`` fits, every other weight frozen as shipped: ``called`` (fitted in round
# 34) reads 0 but for a candidate of a question that asks a name by a noun ("Which union ...?"), ``unrounded`` (round 35)
# but for one of a quantity question, ``doer`` but for one of a name question that asks a deed's doer, ``kin``
# (round 38) but for one of a "how many" question; each is fitted on the questions that can read it
# (``_CANDIDATE_READS``).
EXTENDED_FEATURES = ("kin",)
# The variants whose answer the cluster gives: "asked", and "resensed", asked with a head word in
# a related sense (``resense``).
ANSWERABLE = ("asked", "resensed")


class Generated(NamedTuple):
    """A generated question, the key of its answer, and the sentence it came from."""

    question: Question
    kind: str
    answer: str
    source: int
    bound: bool = False  # asked with its own clause's words (``bound_questions``)
    wh: str = ""  # the wh-phrase it opens with ("How many troops")


def _context(text: str, start: int, end: int, rng: random.Random, *, width: int = 8, drop: float = CONTEXT_DROP,
             reach: float = 8) -> str:
    """Words around a span (the span removed), content words dropped the more the farther they stand from it
    (``_kept``): a reader's rewording."""
    before = text[:start].split()[-width:]
    after = text[end:].split()[:width]
    if before and before[-1].lower() in _PREPOSITIONS:
        before = before[:-1]
    far = [len(before) - k for k in range(len(before))] + [k + 1 for k in range(len(after))]
    kept = [w for w, d in zip(before + after, far) if w.lower() in STOP_WORDS or _kept(d, reach, drop, rng)]
    return " ".join(re.sub(r"[^\w'’-]", "", w) for w in kept).strip()


def _kept(distance: int, reach: float, drop: float, rng: random.Random) -> bool:
    """Whether a content word ``distance`` words from the span asked about stays in the question: with
    probability (1 - ``drop``) falling linearly to zero at ``reach`` words past it. People ask for a value
    with the words of its own phrase (its deed, its counted noun) and few of the rest of the sentence; a
    question about what a sentence says (``reach`` infinite: "What ...", "Did ...") with any of its words."""
    return rng.random() < (1 - drop) * max(0.0, 1 - (distance - 1) / reach)


def _phrase_spans(text: str) -> list[tuple[str, str, int, int, str]]:
    """A reason clause after a cause cue ("because ...") or a cause told with a verb of causing,
    the words that end the sentence (a "what" question about the rest of it) and the sentence itself (a yes/no question about what
    it says, answerable where the evidence holds a sentence that says as much), as (kind,
    wh-phrase, start, end, answer key)."""
    out = [(YES_NO, "Did", 0, 0, text.lower())]
    cue = _CAUSE_RE.search(text)
    clause = reason_mentions(text[cue.start():]) if cue else []
    if clause:
        out.append(("reason", "Why", cue.start(), len(text), clause[0].key))
    # A cause told before what it brought about, or after a verb of finding ("a gust pushed the
    # basket", "a review pointed to a crack"): the cause alone is asked about.
    told = next((m for m in reason_mentions(text) if m.cue == 1.0), None) if not clause else None
    if told:
        out.append(("reason", "Why", told.offset, told.offset + len(told.text), told.key))
    tokens = list(re.finditer(r"\S+", text))
    if len(tokens) >= 10:
        start = tokens[len(tokens) // 2].start()
        out.append(("other", "What", start, len(text), text[start:].strip(" .").lower()))
    return out


def _figure_key(q: Quantity) -> str:
    """The answer key of a quantity a question is made from: its dimension and its value in the base unit."""
    return f"{q.dimension}:{q.base:.6g}"


def _spans(text: str, anchor) -> list[tuple[str, str, int, int, str]]:
    """(kind, wh-phrase, start, end, answer key) for each typed span of ``text``."""
    out = _phrase_spans(text)
    for q in quantities(text):
        wh = _WH.get(q.dimension) or (f"How many {q.noun}" if q.noun else "How many")
        kind = "duration" if q.dimension == "duration" else "speed" if q.dimension == "speed" else "number"
        out.append((kind, wh, q.start, q.end, _figure_key(q)))
    for w in dates(text, anchor):
        if w.resolved:
            out.append(("date", "When", w.start, w.end, f"{w.low}/{w.high}/{w.time}"))
    for n in names(text):
        kind = NAME_KINDS.get(n.kind, "")
        if kind in _NAME_WH and n.start > 0:
            out.append((kind, _NAME_WH[kind], n.start, n.end, n.text.lower()))
        head = n.text.split()[-1]
        if n.cue == "suffix" and n.start > 0 and head.isalpha() and head != n.text:
            # A name with a head noun ("... Airport", "... Court"): "Which airport ...?" asks for a
            # name, and a candidate answers it as a name does, not as a phrase that shares a word
            # ("Royal Marines" is not "Royal Navy").
            out.append((NAME_KINDS.get(n.kind, "name"), f"Which {head.lower()}", n.start, n.end, n.text.lower()))
    return out + _introduced_spans(text)


def _introduced_spans(text: str) -> list[tuple[str, str, int, int, str]]:
    """A name ``text`` introduces by a noun of its kind beside it ("the campaign group Save Tarlow Pool", "Lendry
    Mills, a family-owned bakery"; ``described_names``), asked for by that noun ("Which group ...?"), the noun left out
    of the question's words as the name is: news often calls a thing what it is only once, beside its name."""
    described = described_names([text])
    out = []
    for n in names(text):
        for noun, narrowed in sorted(described.get(n.text.lower(), ())):
            before, after = text.rfind(noun, max(0, n.start - 25), n.start), text.find(noun, n.end, n.end + 60)
            start, end = (before, n.end) if before >= 0 else (n.start, after + len(noun))
            if not narrowed and start > 0 and (before >= 0 or after >= 0):
                out.append((NAME_KINDS.get(n.kind, "name"), f"Which {noun}", start, end, n.text.lower()))
    return out


def generate(corpus: Corpus, rng: random.Random, limit: int, foreign: list[str] = ()) -> list[Generated]:
    """At most ``limit`` questions from ``corpus``, ``PER_SENTENCE`` spans of a sentence picked at
    random. Half of them take one of the ``foreign`` words (words this cluster never uses), as a
    reader's question uses words of its own."""
    out = []
    order = list(range(len(corpus.groups)))
    rng.shuffle(order)
    for i in order:
        g = corpus.groups[i]
        spans = _spans(g.text, anchor_date(corpus.dates.get(g.representative.doc_id, "")))
        if not spans:
            continue
        for kind, wh, start, end, key in rng.sample(spans, min(len(spans), PER_SENTENCE)):
            reach = math.inf if kind in (YES_NO, *PHRASE_KINDS) else 8  # a value's own words, or the sentence's
            words = _context(g.text, start, end, rng, reach=reach).split()
            if foreign and rng.random() < FOREIGN_SHARE:
                words.insert(rng.randrange(len(words) + 1), rng.choice(foreign))
            question = parse(f"{wh} {' '.join(words)}?")
            # A reader does not name the person or place asked about ("Who met Kim?" is not
            # answered "Kim"), so a name question whose words give part of the name, past the
            # wh-phrase's own ("Which airport"), is dropped.
            if question.terms and not (_named(kind) and (set(key.split()) - set(wh.lower().split())) & question.words) \
                    and _parsed_as(question, kind):
                out.append(Generated(question, kind, key, i, wh=wh))
        if len(out) >= limit:
            break
    return out[:limit]


# The kinds whose values a sentence often states two of ("19 were children and 11 were women").
_BOUND_KINDS = ("number", "duration", "speed", "date")


def bound_questions(corpus: Corpus, seed: int) -> list[Generated]:
    """For each value of a sentence that states another of its kind, a question asked with the
    words of the value's own clause only (``text.clauses``), some dropped: "How many of the
    dead were children?" of "Of the 48 dead, 19 were children and 11 were women" binds 19, not
    11. The rewordings of ``generate`` take words from around the value, over the clause's
    edge, and so seldom teach which value the question's words are bound to."""
    out = []
    for i, g in enumerate(corpus.groups):
        spans = [s for s in _spans(g.text, anchor_date(corpus.dates.get(g.representative.doc_id, ""))) if s[0] in _BOUND_KINDS]
        for kind, wh, start, end, key in spans:
            if not any(k == kind and not _same(other, key, kind) for k, _, _, _, other in spans):
                continue
            rng = random.Random(f"{seed}/{i}/{start}")  # its own stream: the other questions stay as they were
            own = [(a, b) for a, b in clause_spans(g.text, start)]
            words = [w.group() for w in re.finditer(r"\S+", g.text)
                     if any(a <= w.start() < b for a, b in own) and not start <= w.start() < end]
            kept = [re.sub(r"[^\w'’-]", "", w) for w in words if w.lower() in STOP_WORDS or rng.random() > 0.3]
            question = parse(f"{wh} {' '.join(kept)}?")
            if question.terms and _parsed_as(question, kind):
                out.append(Generated(question, kind, key, i, bound=True, wh=wh))
    return out


def _parsed_as(question: Question, kind: str) -> bool:
    """Whether ``question``, made for a span of ``kind``, reads as asking for that kind (a yes/no question as one):
    a rewording that the parser reads as asking another kind ("How many" before words that make it a "which"
    pick, "What" before a verb of causing) would teach the model that a candidate of the wrong kind answers."""
    return question.yes_no == (kind == YES_NO) and (kind == YES_NO or question.kind == kind)


def _named(kind: str) -> bool:
    """A span of ``kind`` is a name (a person's, an organisation's, a place's or another)."""
    return FAMILIES.get(kind) == "name"


def _same(candidate: str, answer: str, kind: str) -> bool:
    """A candidate's key names the generated answer: equal values, the same day, a part of a name."""
    if candidate == answer:
        return True
    if kind == "date":
        return candidate.split("/")[:2] == answer.split("/")[:2]
    a, b = set(candidate.split()), set(answer.split())
    if _named(kind):
        return bool(a) and (a <= b or b <= a) and not a <= STOP_WORDS
    if kind in ("reason", "other", YES_NO):  # a phrase: most of its words
        shared = len((a & b) - STOP_WORDS)
        return shared > 0 and 2 * shared / (len(a - STOP_WORDS) + len(b - STOP_WORDS) or 1) >= 0.5
    return False


def rows(corpus: Corpus, answerer: Answerer, generated: Generated, *, answerable: bool,
         gone: frozenset[int] = frozenset()):
    """Candidates, their labels and whether the evidence holds its answer; ``answerable`` = asked
    of the cluster it came from with its answer left in (else every label is False), ``gone`` =
    the sentences left out."""
    evidence = [e for e in corpus.evidence(generated.question, EVIDENCE + len(gone)) if e.group.id not in gone][:EVIDENCE]
    # The windows leave those sentences out too, or their neighbours would inherit their words.
    windows = [" ".join(corpus.groups[i].text for i in sorted({*corpus.layout.neighbours[e.group.id], e.group.id} - gone))
               for e in evidence]
    found = answerer.candidates(generated.question, evidence, windows)
    if generated.kind == YES_NO:  # no candidate is the answer; the evidence may say it
        return found, [False] * len(found), answerable and any(_same(e.text.lower(), generated.answer, YES_NO)
                                                                for e in evidence)
    asked = _asked_figure(corpus, generated) if answerable else None  # an unanswerable question may be of another cluster
    labels = [answerable and (_same(c.key, generated.answer, generated.kind)
                              or asked is not None and _exactly(c.text, c.sentence, asked)) for c in found]
    return found, labels, any(labels)


def _asked_figure(corpus: Corpus, generated: Generated) -> Quantity | None:
    """The quantity a generated quantity question was made from, as its sentence states it (None for another kind)."""
    if family_of(generated.question) != "quantity":
        return None
    return next((q for q in quantities(corpus.groups[generated.source].text) if _figure_key(q) == generated.answer), None)


def _exactly(text: str, sentence: str, asked: Quantity) -> bool:
    """Does a candidate state exactly the figure a question was made from hedged and rounded ("11,486" for "about
    11,500"; ``rounded_of``)? It answers it as well: a reader asks for the figure, which the lead rounds."""
    stated = stated_quantity(text, sentence)
    return stated is not None and rounded_of(stated, asked)


def fit(features: np.ndarray, labels: np.ndarray, weights: np.ndarray | None = None):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1.0, max_iter=2000).fit(features, labels, sample_weight=weights)


def reported_weight(corpus: Corpus, stating: set[int]) -> float:
    """How much a generated question counts in the candidate model: the square root of the
    documents that state its answer (``stating``: its sentences). People ask about what the
    outlets report, a generated question as often about one outlet's detail. Unweighted, the
    model gave agreement across outlets no weight (documents -0.11, mentions +0.07); weighted by
    the count itself, dev gold fell (EM / F1 .685 / .711 -> .665 / .689); by its square root dev
    holds (.685 / .711) and agreement weighs (documents +0.00, mentions +0.24)."""
    return math.sqrt(len({m.doc_id for i in stating for m in corpus.groups[i].members}))


def _operating_threshold(confidence: np.ndarray, answerable: np.ndarray, default: float = 0.5,
                         share: float = ANSWERED_SHARE) -> float:
    """The highest threshold that answers ``share`` of the answerable questions (``default``
    when there are none)."""
    ordered = np.sort(confidence[answerable])
    return float(ordered[int((1 - share) * len(ordered))]) if ordered.size else default


def span_keys(corpus: Corpus) -> list[list[tuple[str, str]]]:
    """(kind, answer key) of every typed span, for each sentence of ``corpus``."""
    return [[(kind, key) for kind, _, _, _, key in _spans(g.text, anchor_date(corpus.dates.get(g.representative.doc_id, "")))]
            for g in corpus.groups]


def swap(gen: Generated, corpus: Corpus, answerer: Answerer, rng: random.Random) -> tuple[Question, set[str]] | None:
    """``gen``'s question about something else the cluster names, and the terms of what came in:
    a name in it swapped for another of the same kind, else its rarest word for another word of
    an evidence sentence ("How many votes did Smith win?" -> "How many votes did Jones win?"). A
    reader's unanswerable question is about the event and shares its words, but asks for a
    detail nobody states; ``None`` when there is nothing to swap."""
    text = gen.question.text
    named = [n for n in names(text) if n.start > 0]
    if named:
        old = rng.choice(named)
        cluster = [n for g in corpus.groups for n in names(g.text)]
        # A question's name has lost the cue that typed it ("Mayor ..."): its kind is the one the articles give it.
        kind = min({n.kind for n in cluster if n.text == old.text and n.kind != "name"}, default=old.kind)
        pool = sorted({n.text for n in cluster if n.kind == kind and not set(terms(n.text)) & set(gen.question.terms)})
        start, end = old.start, old.end
    else:
        rarest = max(gen.question.terms, key=lambda t: (answerer.idf(t), t))
        spans = [m for m in re.finditer(r"[\w'’-]+", text) if terms(m.group()) == [rarest]]
        if not spans:
            return None
        start, end = spans[0].start(), spans[0].end()
        evidence = corpus.search(gen.question, top_k=3, retriever=ANSWER_RETRIEVER)
        pool = sorted({w for e in evidence for w in re.findall(r"\b[a-z]{4,}\b", e.text)
                       if terms(w) and not set(terms(w)) & set(gen.question.terms)})
    if not pool:
        return None
    new = rng.choice(pool)
    question = parse(f"{text[:start]}{new}{text[end:]}")
    return (question, set(terms(new))) if question.terms and question.yes_no == gen.question.yes_no else None


def reword(gen: Generated, vocabulary: list[str], rng: random.Random) -> tuple[Question, set[str]] | None:
    """``gen``'s question about a detail its cluster never gives, and the terms of what came in:
    one of its head terms (what it asks about, ``Question.heads``: the counted noun, the verb)
    swapped for another word of the cluster's ``vocabulary`` with the same ending, as a plural
    for a plural ("How many trucks crossed?" -> "How many tanks crossed?"), the sentences that
    could state that then left out (``_stating``). A reader's unanswerable question keeps the
    event's names and words but asks for what no sentence states, its head terms missing from
    the evidence that matches the rest (dev gold: the best candidate's sentence holds 0.28 of
    an unanswerable question's head weight, 0.58 of an answerable one's); the ``swap`` of a
    name or the rarest word keeps them. ``None`` when it has no head to swap."""
    text, heads = gen.question.text, gen.question.heads
    spans = [m for m in re.finditer(r"[\w'’-]+", text) if terms(m.group())[:1] and terms(m.group())[0] in heads]
    if not spans:
        return None
    old = rng.choice(spans)
    near = neighbours(light_stem(old.group()))  # a word of the same sense asks the same (``resense``)
    other = [w for w in vocabulary if not set(terms(w)) & set(gen.question.terms) and light_stem(w) not in near]
    pool = [w for w in other if w.endswith(old.group().lower()[-2:])] or other
    if not pool:
        return None
    new = rng.choice(pool)
    question = parse(f"{text[:old.start()]}{new}{text[old.end():]}")
    return (question, set(terms(new))) if question.terms and question.yes_no == gen.question.yes_no else None


def resense(gen: Generated, by_stem: dict[str, list[str]], rng: random.Random) -> Question | None:
    """``gen``'s question with one of its head terms said in a related sense (``text.senses``:
    "How many ships sank?" -> "How many vessels sank?"), its answer unchanged: a word of
    ``by_stem`` (light stem -> words of the training clusters), of the same ending where one
    has it. People ask in their own words; without it every answerable generated question used
    the articles' words while the ``reword``-ed unanswerable ones did not, and a feature of the
    question said in other words learned to read as unanswerable. ``None`` when no head has a
    related word."""
    text, asked = gen.question.text, set(gen.question.terms)
    options = []
    for m in re.finditer(r"[\w'’-]+", text):
        if not (terms(m.group())[:1] and terms(m.group())[0] in gen.question.heads):
            continue
        near = sorted({w for s in _senses_asked(m.group(), gen.question) for w in by_stem.get(s, ())
                       if terms(w) and not set(terms(w)) & asked})
        if near:
            options.append((m, [w for w in near if w[-2:] == m.group().lower()[-2:]] or near))
    if not options:
        return None
    old, pool = rng.choice(options)
    question = parse(f"{text[:old.start()]}{rng.choice(pool)}{text[old.end():]}")
    return question if question.terms and question.yes_no == gen.question.yes_no else None


def _senses_asked(word: str, question: Question) -> frozenset[str]:
    """The stems a reader may ask ``word`` of ``question`` by: its related words (``text.senses``), and for the noun a
    "how many" question counts its kinds too ("How many vehicles ...?" for trams: ``kinds``), as people count
    what the articles count in their own, often broader, words."""
    near = neighbours(light_stem(word))
    counted = question.dimension == "count" and terms(word)[:1] == [question.focus]
    return near | kinds(light_stem(word)) if counted else near


# What a question may ask of the same deed or thing instead, and the kind of span that answers it.
_REASKED = (("When", "date"), ("Who", "person"), ("Where", "place"), ("How many people", "number"),
            ("How much money", "number"), ("How old", "number"), ("How long", "duration"))


def reask(gen: Generated, rng: random.Random) -> tuple[Question, str, set[str]] | None:
    """``gen``'s question asking for another property of what it is about, and the kind of
    that property: its wh-phrase swapped for one of another family ("How many troops crossed
    the border?" -> "When crossed the border?", "Who ... ?" -> "How old ... ?"). A reader's
    unanswerable question often asks what the articles never say of a deed or a person they
    do name (an age nobody gives, a cost nobody states), and the evidence then offers values
    of the kind asked stated of something else. Also the head terms the new wh-phrase did not
    bring (what a sentence that could state it holds); ``None`` for a phrase or yes/no question."""
    if not gen.wh or gen.kind not in FAMILIES or FAMILIES[gen.kind] == "phrase":
        return None
    new, kind = rng.choice([(wh, k) for wh, k in _REASKED if FAMILIES[k] != FAMILIES[gen.kind]])
    question = parse(f"{new}{gen.question.text[len(gen.wh):]}")
    wanted = set(question.heads) - set(terms(new))
    return (question, kind, wanted) if wanted and not question.yes_no else None


def sentence_years(corpus: Corpus) -> list[set[int]]:
    """The years each sentence of ``corpus`` dates to (``years_told``, against its article's date)."""
    return [years_told(g.text, anchor_date(corpus.dates.get(g.representative.doc_id, ""))) for g in corpus.groups]


def redate(gen: Generated, dated: list[set[int]], keys: list[list[tuple[str, str]]], rng: random.Random) -> tuple[Question, set[int]] | None:
    """``gen``'s question asked of another year, and the sentences that could state it: the year it
    names swapped for another, or, when it names none, one its source sentence is not dated to added
    ("How many ships did the port handle in 2029?" of "The port handled 418 ships last year", written
    in 2033): a reader asks for a year's value the articles give only for another. The years are the
    cluster's, else one to three years off; the sentences dated to the new year (``dated``:
    ``sentence_years``) that state a span of the kind asked (``keys``: ``span_keys``) are left out. ``None`` for a phrase or yes/no question."""
    if gen.kind not in FAMILIES or FAMILIES[gen.kind] in ("phrase", YES_NO) or gen.kind == "date":
        return None
    text = gen.question.text
    named = years_told(text, None)
    own = named or dated[gen.source]
    if not own:
        return None
    pool = sorted({y for years in dated for y in years if abs(y - min(own)) <= 10} - own) \
        or [min(own) + d for d in (-3, -2, -1, 1, 2, 3)]
    new = rng.choice(pool)
    if named:
        question = parse(re.sub(r"\b(?:%s)\b" % "|".join(map(str, sorted(named))), str(new), text))
    else:
        question = parse(f"{text.rstrip('?')} in {new}?")
    if years_told(question.text, None) != {new}:
        return None
    gone = {i for i, years in enumerate(dated) if new in years and any(kind == gen.kind for kind, _ in keys[i])}
    return question, gone


def counted_nouns(corpus: Corpus) -> list[dict[str, str]]:
    """The nouns each sentence of ``corpus`` counts, as written, by their term ("1,830 patients" -> patient)."""
    return [{terms(w)[0]: w.lower() for q in quantities(g.text) if q.dimension == "count"
             for w in q.noun.split()[-1:] if terms(w)} for g in corpus.groups]


def recount(gen: Generated, counted: list[dict[str, str]], rng: random.Random) -> tuple[Question, set[int]] | None:
    """``gen``'s "how many" question asked for the count of another thing the cluster counts, its own
    counted noun kept as what restricts it ("How many countries did the trial enrol patients in?" ->
    "How many sites did the trial enrol patients in countries?"), and the sentences that count the new
    thing, left out: a reader asks a count of one thing restricted by another ("How many of the trial's
    patients were enrolled in its home country?"), and the evidence offers the count of the restricting
    one. ``None`` for another question, or a cluster that counts nothing else."""
    if gen.kind != "number" or gen.question.dimension != "count" or len(gen.wh.split()) < 3:
        return None
    old = gen.wh.split(maxsplit=2)[2]
    asked = set(gen.question.terms) | set(terms(old))
    pool = sorted({word for nouns in counted for term, word in nouns.items() if term not in asked})
    if not pool:
        return None
    new = rng.choice(pool)
    question = parse(f"How many {new}{gen.question.text[len(gen.wh):].rstrip('?')} {old}?")
    if question.dimension != "count" or question.focus != terms(new)[0]:
        return None
    return question, {i for i, nouns in enumerate(counted) if terms(new)[0] in nouns}


def owners_named(corpus: Corpus) -> list[tuple[str, str]]:
    """The places and organisations ``corpus`` names, as (kind, name), each once, by the kind the cluster gives it
    (``name_kinds``), else its own cue's."""
    kinds = name_kinds([g.text for g in corpus.groups])
    found = {n.text: kinds.get(n.text.lower(), (n.kind, ""))[0] for g in corpus.groups for n in names(g.text)}
    return sorted((kind, name) for name, kind in found.items() if kind in _OWNER_PREPOSITION)


# How a question is restricted to an owner or place of each kind ("... at <firm>?", "... in <town>?").
_OWNER_PREPOSITION = {"organisation": "at", "place": "in"}


def reown(gen: Generated, owners: list[tuple[str, str]], corpus: Corpus, keys: list[list[tuple[str, str]]],
          rng: random.Random) -> tuple[Question, set[int]] | None:
    """``gen``'s question restricted to a place or organisation the cluster names (``owners``: ``owners_named``) that
    neither it nor its source sentence names ("How many customers hold accounts?" -> "How many customers hold accounts
    at <firm>?"), and the sentences that name it with a span of the kind asked, left out: a reader asks the figure of
    one branch, town or party that the articles give only for another, or for all of them, and the evidence offers
    theirs. ``None`` for a phrase or yes/no question, one that names a name already (``swap`` asks that of another),
    or a cluster that names no other."""
    if gen.kind not in FAMILIES or FAMILIES[gen.kind] in ("phrase", YES_NO) or gen.question.names:
        return None
    said = set(gen.question.terms) | set(terms(corpus.groups[gen.source].text))
    pool = [(kind, name) for kind, name in owners if set(terms(name)) and set(terms(name)).isdisjoint(said)]
    if not pool:
        return None
    kind, name = rng.choice(pool)
    question = parse(f"{gen.question.text.rstrip('?')} {_OWNER_PREPOSITION[kind]} {name}?")
    if not question.names or question.kind != gen.question.kind:
        return None
    return question, _stating(keys, corpus, gen, set(terms(name)))


def _stating(keys: list[list[tuple[str, str]]], corpus: Corpus, gen: Generated, wanted: set[str]) -> set[int]:
    """The sentences that could state what a swapped question asks: they hold the ``wanted``
    terms and a span of the kind it asks for."""
    return {i for i, spans in enumerate(keys) if wanted <= set(terms(corpus.groups[i].text))
            and any(kind == gen.kind for kind, _ in spans)}


def _answer_groups(keys: list[list[tuple[str, str]]], gen: Generated) -> set[int]:
    """The sentences other than the source that state the generated answer (``keys``: ``span_keys``)."""
    return {i for i, spans in enumerate(keys) if i != gen.source
            and any(kind == gen.kind and _same(key, gen.answer, gen.kind) for kind, key in spans)}


def following(corpora: list[Corpus]) -> list[int]:
    """The cluster each cluster's questions are asked of again (the next one, cyclically)."""
    return [(n + 1) % len(corpora) for n in range(len(corpora))]


def generated_questions(corpora: list[Corpus], *, per_cluster: int | list[int], seed: int) -> list[list[Generated]]:
    """Each cluster's generated questions (``generate``, at most ``per_cluster``, one limit for
    all or one each, then ``bound_questions``). A cluster's
    questions are asked again of the next cluster, and borrow their foreign words from the
    others: a word the next cluster knows would tell its questions from their own."""
    after = following(corpora)
    limits = per_cluster if isinstance(per_cluster, list) else [per_cluster] * len(corpora)
    known = [{t for g in corpus.groups for t in terms(g.text)} for corpus in corpora]
    used = [{w for g in corpus.groups for w in re.findall(r"[a-z]{4,}", g.text)} for corpus in corpora]
    word_terms = {w: set(terms(w)) for words in used for w in words}
    generated = []
    for n, corpus in enumerate(corpora):
        seen = known[n] | known[after[n]]
        foreign = sorted({w for m, words in enumerate(used) if m not in (n, after[n]) for w in words
                          if not word_terms[w] & seen})
        generated.append(generate(corpus, random.Random(seed + n), limits[n], foreign) + bound_questions(corpus, seed))
    return generated


def train(clusters: list[Path], *, per_cluster: int | list[int], seed: int,
          operating: int | None = None, frozen: Weights | None = None, candidates: bool = False) -> tuple[Weights, dict]:
    """Fit the candidate model and the calibration on ``clusters``' generated questions; the
    abstention thresholds are chosen on the first ``operating`` clusters' questions (all when
    ``None``): the operating point is a share of the questions of clusters like those people
    ask about (ten articles or so), which a few hundred questions of many small clusters would
    otherwise outweigh, so that adding small clusters moves what the models learn but not how
    often the answerer abstains. With ``frozen`` weights, only the calibration's ``EXTENDED``
    coefficients are fitted (``extend``), on the questions that name a year or count a thing, the rest kept; with
    ``candidates`` too, only the candidate model's ``EXTENDED_FEATURES`` (``extend_candidates``), on the questions
    that can read them (``_CANDIDATE_READS``)."""
    from sklearn.metrics import roc_auc_score

    corpora = [Corpus.from_paths([c]) for c in clusters]
    after = following(corpora)
    generated = generated_questions(corpora, per_cluster=per_cluster, seed=seed)
    answer_keys = [span_keys(corpus) for corpus in corpora]
    years = [sentence_years(corpus) for corpus in corpora]
    nouns = [counted_nouns(corpus) for corpus in corpora]
    owners = [owners_named(corpus) for corpus in corpora]
    vocabulary = [sorted({w for g in corpus.groups for w in re.findall(r"\b[a-z]{4,}\b", g.text) if terms(w)})
                  for corpus in corpora]
    by_stem: dict[str, list[str]] = {}
    for w in sorted({w for words in vocabulary for w in words}):
        by_stem.setdefault(light_stem(w), []).append(w)
    blank = Weights((0.0,) * len(FEATURES), 0.0, dict.fromkeys(FAMILY_NAMES, (0.0,) * len(CALIBRATION)), 0.0,
                    dict.fromkeys(FAMILY_NAMES, 0.0))
    X, y, questions, found_all, families, variants, row_weights = [], [], [], [], [], [], []  # questions: (row range, answerable?)
    askers = []  # (answerer, question) of each question, to read the best candidate's clause once ranked
    origin = []  # the cluster each question was generated from
    answerers = [Answerer([g.text for g in c.groups], dates=c.dates, weights=blank,
                          articles={d.id: d.text for d in c.documents}) for c in corpora]
    rng = random.Random(seed)
    for n, (corpus, answerer) in enumerate(zip(corpora, answerers)):
        for k, gen in enumerate(generated[n]):
            source = frozenset({gen.source})
            weight = reported_weight(corpus, {gen.source} | _answer_groups(answer_keys[n], gen))
            asked = [("asked", corpus, answerer, source if k % DROP_EVERY == 0 else frozenset(), gen),
                     ("removed", corpus, answerer, source | _answer_groups(answer_keys[n], gen), gen)]
            if after[n] != n and not gen.bound:
                asked.append(("foreign", corpora[after[n]], answerers[after[n]], frozenset(), gen))
            for how, swapped in (() if gen.bound else (("swapped", swap(gen, corpus, answerer, rng)),
                                                       ("reworded", reword(gen, vocabulary[n], rng)))):
                if swapped:
                    asked.append((how, corpus, answerer, frozenset(_stating(answer_keys[n], corpus, gen, swapped[1])),
                                  gen._replace(question=swapped[0])))
            reasked = None if gen.bound else reask(gen, random.Random(f"{seed}/{n}/{k}"))  # its own stream
            if reasked:
                other = gen._replace(question=reasked[0], kind=reasked[1])
                asked.append(("reasked", corpus, answerer,
                              frozenset(_stating(answer_keys[n], corpus, other, reasked[2])), other))
            resensed = None if gen.bound else resense(gen, by_stem, random.Random(f"{seed}/{n}/{k}/sense"))
            if resensed:
                asked.append(("resensed", corpus, answerer, asked[0][3], gen._replace(question=resensed)))
            redated = None if gen.bound else redate(gen, years[n], answer_keys[n], random.Random(f"{seed}/{n}/{k}/year"))
            if redated:
                asked.append(("redated", corpus, answerer, frozenset(redated[1]), gen._replace(question=redated[0])))
            recounted = None if gen.bound else recount(gen, nouns[n], random.Random(f"{seed}/{n}/{k}/count"))
            if recounted:
                asked.append(("recounted", corpus, answerer, frozenset(recounted[1]), gen._replace(question=recounted[0])))
            reowned = None if gen.bound else reown(gen, owners[n], corpus, answer_keys[n], random.Random(f"{seed}/{n}/{k}/owner"))
            if reowned:
                asked.append(("reowned", corpus, answerer, frozenset(reowned[1]), gen._replace(question=reowned[0])))
            if frozen:  # only a question that can read an extended feature
                reads = [_CANDIDATE_READS[f] for f in EXTENDED_FEATURES] if candidates else [_READS[f] for f in EXTENDED]
                asked = [a for a in asked if any(read(a[4].question) for read in reads)]
            for how, where, who, gone, case in asked:
                found, labels, holds = rows(where, who, case, answerable=how in ANSWERABLE, gone=gone)
                origin.append(n)
                questions.append((len(X), len(X) + len(found), holds))
                askers.append((who, case.question))
                row_weights += [weight] * len(found)
                variants.append(how)
                families.append(family_of(case.question))
                found_all += found
                X += [c.features for c in found]
                y += labels
    X_, y_ = np.asarray(X, dtype=float), np.asarray(y, dtype=bool)
    # The candidate model learns from the questions asked where their answer can be found; the
    # unanswerable ones teach only the second stage.
    asked = np.zeros(len(y_), dtype=bool)
    for (a, b, _), how, family in zip(questions, variants, families):
        asked[a:b] = how in ANSWERABLE and family != YES_NO
    w_ = np.asarray(row_weights, dtype=float)[asked]
    if frozen and candidates:
        return extend_candidates(frozen, X_[asked], y_[asked])
    model = None if frozen else fit(X_[asked], y_[asked], w_ / w_.mean())
    p = model.predict_proba(X_)[:, 1] if model else np.asarray([frozen.probability(x) for x in X]) if X else np.zeros(0)
    # Second stage: do the question's candidates hold its answer (the confidence to abstain on)?
    Q, top = [], []  # top: is the first-ranked candidate of each question the answer?
    for (a, b, _), family, (who, question) in zip(questions, families, askers):
        order = sorted(range(a, b), key=lambda i: (-p[i], len(found_all[i].text)))
        top.append(bool(order) and bool(y_[order[0]]))
        ranked = [Candidate(found_all[i].text, found_all[i].key, found_all[i].features, found_all[i].documents,
                            float(p[i]), found_all[i].sentence) for i in order]
        Q.append(family_block(calibration_features(ranked, who.clause_fit(question, ranked)), family))
    Q_ = np.asarray(Q, dtype=float)
    answerable = np.asarray([ok for _, _, ok in questions], dtype=bool)
    if frozen:
        return extend(frozen, Q_, answerable, np.asarray(variants))
    calibrator = fit(Q_, answerable)
    confidence = calibrator.predict_proba(Q_)[:, 1]
    family = np.asarray(families)
    chosen = np.asarray(origin) < (len(corpora) if operating is None else operating)
    overall = _operating_threshold(confidence[chosen], answerable[chosen])
    thresholds = {f: round(_operating_threshold(confidence[chosen & (family == f)], answerable[chosen & (family == f)],
                                                overall, FAMILY_SHARE.get(f, ANSWERED_SHARE)), 6)
                  for f in FAMILY_NAMES}
    answered = confidence >= np.asarray([thresholds[f] for f in families])
    how = np.asarray(variants)
    stats = {"questions": len(questions),
             "bound_questions": sum(gen.bound for gens in generated for gen in gens),
             "resensed": int(np.sum(np.asarray(variants) == "resensed")),
             "answerable": int(answerable.sum()), "rows": len(y_),
             "positives": int(y_.sum()),
             # per family, the share of the questions asked where the evidence holds their answer
             # whose first-ranked candidate is it: the candidate model's ranking accuracy
             "top1_answerable": {f: round(float(np.mean(np.asarray(top)[kept])), 3) for f in FAMILY_NAMES
                                 if f != YES_NO and (kept := answerable & (how == "asked") & (family == f)).any()},
             "answered": round(float(np.mean(answered[answerable])), 3),
             "calibration_auc": round(float(roc_auc_score(answerable, confidence)), 3),
             # each kind of unanswerable question against the answerable ones: comparable between
             # runs that generate other kinds, or other shares of them
             "calibration_auc_by_variant": {v: round(float(roc_auc_score(answerable[kept], confidence[kept])), 3)
                                            for v in VARIANTS if (kept := answerable | (how == v)).sum() > answerable.sum()},
             "abstained_unanswerable": {v: round(float(np.mean(~answered[~answerable & (how == v)])), 3)
                                        for v in VARIANTS}}
    weights = Weights(tuple(round(float(c), 6) for c in model.coef_[0]), round(float(model.intercept_[0]), 6),
                      {f: tuple(round(float(c), 6) for c in calibrator.coef_[0][i * len(CALIBRATION):(i + 1) * len(CALIBRATION)])
                       for i, f in enumerate(FAMILY_NAMES)}, round(float(calibrator.intercept_[0]), 6),
                      thresholds)
    return weights, stats


def _asks_by_noun(question: Question) -> bool:
    """Whether ``question``'s candidates may read ``called``: it asks a name by a noun."""
    return bool(question.focus) and question.kind in ("org", "other")


# The questions whose candidates can read each feature ``--extend-candidates`` may fit.
_CANDIDATE_READS = {"called": _asks_by_noun, "unrounded": lambda q: family_of(q) == "quantity",
                    "doer": lambda q: q.kind in NAME_QUESTIONS
                    and (not q.roles and bool(asked_verb(q)) or says_asked(q)),
                    "kin": lambda q: bool(q.focus) and q.dimension == "count"}


def offset_fit(X: np.ndarray, y: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """The coefficients of a logistic regression over ``X`` with the fixed logit ``offset`` added, no intercept, and
    sklearn's default L2 penalty (L-BFGS from zero: deterministic): new features fitted beside frozen ones."""
    from scipy.optimize import minimize

    def loss(b: np.ndarray) -> tuple[float, np.ndarray]:
        z = offset + X @ b
        return (float(np.sum(np.logaddexp(0.0, z) - y * z) + b @ b / 2),
                X.T @ (1 / (1 + np.exp(-z)) - y) + b)

    return minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B").x


def extend_candidates(frozen: Weights, X: np.ndarray, y: np.ndarray) -> tuple[Weights, dict]:
    """``frozen`` with the candidate model's ``EXTENDED_FEATURES`` coefficients fitted on the candidate rows ``X`` of
    the questions whose evidence may hold their answer and whether each is it (``y``), every other weight kept."""
    extended = [FEATURES.index(f) for f in EXTENDED_FEATURES]
    coef = np.asarray(frozen.coef)
    coef[extended] = 0.0
    b = offset_fit(X[:, extended], y.astype(float), frozen.intercept + X @ coef) if len(X) else np.zeros(len(extended))
    fitted = tuple(round(float(b[extended.index(j)]), 6) if j in extended else c for j, c in enumerate(frozen.coef))
    read = X[:, extended].any(axis=1) if len(X) else np.zeros(0, dtype=bool)
    stats = {"extended": dict(zip(EXTENDED_FEATURES, (round(float(v), 6) for v in b))), "rows": len(X),
             "reading": int(read.sum()), "positives_reading": int((read & y).sum())}
    return replace(frozen, coef=fitted), stats


def extend(frozen: Weights, Q: np.ndarray, answerable: np.ndarray, variants: np.ndarray) -> tuple[Weights, dict]:
    """``frozen`` with the calibration's ``EXTENDED`` coefficients fitted on the rows ``Q``
    (``family_block``s) and whether each question is ``answerable``, every other weight and the
    thresholds kept: a logistic regression over those features alone, one coefficient each for
    every family, with the frozen calibration's logit as its offset (``offset_fit``)."""
    width = len(CALIBRATION)
    extended = [CALIBRATION.index(f) for f in EXTENDED]
    coef = np.concatenate([frozen.calibration[f] for f in FAMILY_NAMES]) if len(Q) else np.zeros(0)
    columns = [[i * width + j for i in range(len(FAMILY_NAMES))] for j in extended]
    for cols in columns:
        coef[cols] = 0.0
    offset = frozen.calibration_intercept + (Q @ coef if len(Q) else np.zeros(0))
    X = np.stack([Q[:, cols].sum(axis=1) for cols in columns], axis=1) if len(Q) else np.zeros((0, len(extended)))
    b = offset_fit(X, answerable.astype(float), offset)
    calibration = {f: tuple(round(float(b[extended.index(j)]), 6) if j in extended else c
                            for j, c in enumerate(frozen.calibration[f])) for f in FAMILY_NAMES}
    read = X.any(axis=1)
    stats = {"extended": dict(zip(EXTENDED, (round(float(v), 6) for v in b))), "questions": len(Q),
             "reading": int(read.sum()),
             "answerable_reading": int((read & answerable).sum()),
             "reading_by_variant": {v: int((read & (variants == v)).sum()) for v in VARIANTS + ANSWERABLE[1:]}}
    return replace(frozen, calibration=calibration), stats


def default_clusters() -> list[Path]:
    """seeds/ and every multiling2011 cluster; exits (2) when those are missing, as weights fitted on
    seeds/ alone (a sixth of the questions) would silently differ from the shipped ones."""
    shared = Path(os.environ.get("SUMMARIZE_SHARED", ROOT.parent / "shared")) / "data" / "multiling2011"
    found = sorted(p / "docs" for p in shared.glob("M*") if (p / "docs").is_dir())
    if not found:
        print(f"error: no multiling2011 clusters in {shared}; set SUMMARIZE_SHARED or name the clusters",
              file=sys.stderr)
        sys.exit(2)
    return [ROOT / "seeds", *found]


def news_clusters(sets: str = "*") -> list[Path]:
    """The articles of tests/data's invented clusters (``sets``: a pattern of their sets' folder
    names), one folder each: its ``docs``, its one folder of articles, or itself when it holds
    articles only (a cluster whose articles lie beside its gold files is left out). The
    fresh_news sets are left out: they measure how the toolkit does on news it was not fitted on."""
    out = []
    for cluster in sorted((ROOT / "tests" / "data").glob(f"{sets}/*")):
        if not cluster.is_dir() or cluster.parent.name.startswith("fresh_news"):
            continue
        inner = [d for d in cluster.iterdir() if d.is_dir()]
        if (cluster / "docs").is_dir():
            out.append(cluster / "docs")
        elif len(inner) == 1:
            out.append(inner[0])
        elif all(f.suffix == ".txt" for f in cluster.iterdir()):
            out.append(cluster)
    return out


def arguments(description: str, out: Path, argv: list[str] | None,
              switches: dict[str, str] | None = None) -> argparse.Namespace:
    """The command line of a training script (this one's and ``train_retrieval.py``'s): the
    cluster folders, ``--out`` (default ``out``), ``--per-cluster``, ``--seed`` and the script's
    own on/off ``switches`` (flag -> help)."""
    parser = argparse.ArgumentParser(description=description)
    for flag, text in (switches or {}).items():
        parser.add_argument(flag, action="store_true", help=text)
    parser.add_argument("clusters", nargs="*", type=Path, help="Folders of articles, one cluster each.")
    parser.add_argument("--out", type=Path, default=out)
    # 1000 takes every question the answerer's four default clusters give (they give 361 to 569); 400 cut
    # the two larger ones short (dev EM over seeds 0-2: 0.53 / 0.53 / 0.55 -> 0.56 / 0.56 / 0.55).
    parser.add_argument("--per-cluster", type=int, default=1000, help="Questions generated per cluster (at most).")
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args(argv)


def write(out: Path, trained: dict, clusters: list[Path], stats: dict) -> None:
    """Write ``trained`` to ``out`` as JSON with the names of the clusters it was trained on (a
    ``docs`` folder by its parent's) and its ``stats``, which go to stderr too."""
    out.write_text(json.dumps({**trained, "trained_on": [c.name if c.name != "docs" else c.parent.name
                                                         for c in clusters], "stats": stats},
                              indent=1) + "\n", encoding="utf-8")
    print(json.dumps(stats), file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    args = arguments(__doc__.splitlines()[0], ROOT / "summarize" / "qa" / "weights.json", argv,
                     {"--news": f"also tests/data's invented clusters ({NEWS_PER_CLUSTER} questions each at most)",
                      "--extend": f"fit only the calibration's {', '.join(EXTENDED)}, the rest kept as in --out",
                      "--extend-candidates": f"fit only the candidate model's {', '.join(EXTENDED_FEATURES)}, "
                                             "the rest kept as in --out"})
    clusters = args.clusters or default_clusters()
    news = news_clusters() if args.news else []
    limits = [args.per_cluster] * len(clusters) + [min(args.per_cluster, NEWS_PER_CLUSTER)] * len(news)
    extending = args.extend or args.extend_candidates
    shipped = json.loads(args.out.read_text(encoding="utf-8")) if extending else None
    weights, stats = train(clusters + news, per_cluster=limits, seed=args.seed, operating=len(clusters),
                           frozen=Weights.from_dict(shipped) if shipped else None, candidates=args.extend_candidates)
    if shipped:  # the file keeps what it was fitted on, and says what was fitted since
        # under the features fitted, beside the earlier fits' ("extend": other_year and other_noun, round 29)
        fitted = {f"extend_candidates_{'_'.join(EXTENDED_FEATURES)}" if args.extend_candidates
                  else f"extend_{'_'.join(EXTENDED)}": stats}
        args.out.write_text(json.dumps({**shipped, **weights.to_dict(), "stats": {**shipped["stats"], **fitted}},
                                       indent=1) + "\n", encoding="utf-8")
        print(json.dumps(stats), file=sys.stderr)
    else:
        write(args.out, weights.to_dict(), clusters + news, stats)


if __name__ == "__main__":
    main()
