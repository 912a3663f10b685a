"""Input limits users can see and change: the defaults live here, the API and CLI take overrides."""
from __future__ import annotations

import math
from numbers import Real

from .errors import InputError, InputTypeError

# A saved news page or export is rarely over a few MB; 20 MB keeps one stray file from eating memory.
MAX_FILE_BYTES = 20_000_000
# Dedup and ranking grow with the cluster; past this the run takes minutes and gigabytes.
MAX_SENTENCES = 500_000
# A question is a sentence or two; a pasted article is not a question.
MAX_QUESTION_CHARS = 1000


def positive(name: str, value: int | float) -> int | float:
    """``value`` when it is a finite number above zero, else a usage ``InputError`` naming the limit."""
    if isinstance(value, bool) or not isinstance(value, Real):
        raise InputTypeError(f"{name} must be a number, got {type(value).__name__}")
    if not math.isfinite(value):
        raise InputError(f"{name} must be a finite number, got {value}", usage=True)
    if value <= 0:
        raise InputError(f"{name} must be above 0, got {value}", usage=True)
    return value
