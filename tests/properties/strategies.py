"""Hypothesis strategies for news-like and hostile text, and the settings every property uses."""
from __future__ import annotations

import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Modest counts keep the suite fast and the same examples keep it steady; `HYPOTHESIS_PROFILE=deep
# pytest tests/properties` tries 25x more, freshly drawn.
SCALE = 25 if os.environ.get("HYPOTHESIS_PROFILE") == "deep" else 1
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("default", max_examples=40, deadline=None, suppress_health_check=_QUIET,
                          derandomize=True)
settings.register_profile("deep", max_examples=40 * SCALE, deadline=None, suppress_health_check=_QUIET)


def examples(n: int) -> settings:
    """Settings for a slower property: ``n`` examples (times the deep profile's scale)."""
    return settings(max_examples=n * SCALE, deadline=None, suppress_health_check=_QUIET)


FEW = examples(12)

VOCAB = ("the storm river bridge council police minister train border Porto Beijing Kim Jong Un Mr. U.S. "
         "Sep 2 1,960 kN 3.5 24 hours closed opened said rose fell people homes road city leader "
         "arrived crossed officials reported on Monday Tuesday after before two thousand of in and a").split()
BOILERPLATE = [
    "Subscribe to our newsletter and support us today.",
    "Open image in gallery",
    "A man waves a flag (Photo: Jane Doe via Reuters)",
    "By John Smith",
    "Copyright 2024 Daily News. All rights reserved.",
    "Read more",
    "Please donate to keep our journalism free for you.",
]

unicode_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
word = st.one_of(st.sampled_from(VOCAB), st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
                                                 min_size=1, max_size=12))
sentence = st.builds(lambda ws, end, quote: (f"“{' '.join(ws)}{end}”" if quote else " ".join(ws) + end),
                     st.lists(word, min_size=1, max_size=25), st.sampled_from([".", "!", "?", ".", "", "…"]),
                     st.booleans())
long_sentence = st.builds(lambda ws: " ".join(ws) + ".", st.lists(st.sampled_from(VOCAB), min_size=300, max_size=1500))
paragraph = st.lists(sentence, min_size=1, max_size=5).map(" ".join)
header = st.sampled_from(["", "date 2024-03-11 Storm hits coast\n", "Tuesday, January 18, 2005\n", "Headline here\n",
                          "2023-13-45 not a date\n"])
news_document = st.builds(
    lambda h, paras, sep: h + sep.join(paras),
    header,
    st.lists(st.one_of(paragraph, paragraph, st.sampled_from(BOILERPLATE), long_sentence, unicode_text,
                       st.just(""), st.sampled_from(VOCAB)), min_size=0, max_size=8),
    st.sampled_from(["\n", "\n\n", "\r\n", " \n \t\n"]))
boilerplate_document = st.lists(st.sampled_from(BOILERPLATE), min_size=1, max_size=6).map("\n".join)
document = st.one_of(news_document, news_document, unicode_text, boilerplate_document,
                     st.sampled_from(VOCAB), st.just(""))
cluster = st.dictionaries(st.from_regex(r"[a-z0-9_]{1,8}", fullmatch=True), document, min_size=1, max_size=6)
