"""Every compiled pattern in the package, and every reader, on pathological 100 KB inputs.

A pattern that backtracks catastrophically takes minutes on such inputs; each run here is cut
off by a hard timer (``HANG_SECONDS``) so a regression fails the test instead of hanging CI.
Patterns are found by importing every module and collecting module-level ``re.Pattern``s
(also inside tuples, lists and dicts), so a new pattern is covered without listing it here.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import signal
from contextlib import contextmanager

import pytest

import summarize
from summarize.errors import InputError
from summarize.ingest.readers import read_documents

SIZE = 100_000
# A linear pattern takes milliseconds on 100 KB; the catastrophic ones took from 4 s to minutes.
HANG_SECONDS = 2.0
# A whole reader does more work per character (markdown-it parses its worst 100 KB in 1-3 s).
READER_HANG_SECONDS = 10.0

# Runs of one character class, and near-matches that open a construct and never close it.
UNITS = ["a", "A", "Abc ", "1", "1,", " ", "\n", "[", "*", "`", "<", "#", "'", '"', "-", ",", ".", "(", "‘", "“",
         "Abc's ", "A- ", "1. ", "one hundred ", "**a ", "*a ", "_a ", "![", "<!--", "<http:"]


def _inputs() -> list[tuple[str, str]]:
    """(label, text) of every pathological input, each about ``SIZE`` characters."""
    out = [(f"run of {u!r}", (u * (SIZE // len(u) + 1))[:SIZE]) for u in UNITS]
    # A construct opened, then a long run of spaces, then something that does not fit.
    for opener in ("#", "title: a", "date", "(photo)", "Monday,", "Jan", "1 km", "<meta charset="):
        out.append((f"{opener!r} + spaces", opener + " " * SIZE + "x"))
    out.append(("quote left open", "“" + "word " * (SIZE // 5)))
    out.append(("capitals then apostrophe", "Abc " * (SIZE // 4) + "’s agency"))
    return out


INPUTS = _inputs()


def _patterns() -> list[tuple[str, re.Pattern]]:
    """(qualified name, pattern) for every module-level pattern in the package."""
    found: dict[int, tuple[str, re.Pattern]] = {}

    def collect(name: str, value: object, depth: int = 0) -> None:
        if isinstance(value, re.Pattern):
            found.setdefault(id(value), (name, value))
        elif depth < 2 and isinstance(value, (tuple, list)):
            for i, item in enumerate(value):
                collect(f"{name}[{i}]", item, depth + 1)
        elif depth < 2 and isinstance(value, dict):
            for key, item in value.items():
                collect(f"{name}[{key!r}]", item, depth + 1)

    for info in pkgutil.walk_packages(summarize.__path__, "summarize."):
        if info.name.endswith("__main__"):
            continue  # running it is the CLI
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            collect(f"{info.name}.{attr}", value)
    return sorted(found.values(), key=lambda item: item[0])


PATTERNS = _patterns()


class Hang(Exception):
    """Raised by the timer when one run takes longer than ``HANG_SECONDS``."""


@contextmanager
def hang_guard(what: str, seconds: float = HANG_SECONDS):
    """Fail ``what`` when it uses over ``seconds`` of CPU (CPU, so a busy machine does not fail
    it; the regex engine checks signals, so the timer interrupts a match)."""
    def expire(signum, frame):
        raise Hang(f"{what} ran over {seconds} s")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def test_the_package_patterns_are_found():
    names = {name for name, _ in PATTERNS}
    assert {"summarize.stages.conflicts._OWNER_RE", "summarize.stages.clean._QUOTED_RE", "summarize.text.quantities._RANGE_RE"} <= names
    assert len(PATTERNS) > 30


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_is_linear_on_pathological_input(name, pattern):
    for label, text in INPUTS:
        subject = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
        with hang_guard(f"{name} on {label}"):
            for _ in pattern.finditer(subject):  # its first step is ``search``'s whole work
                pass


READER_INPUTS = {
    "backticks": "`" * 20_000,
    "brackets": "[" * SIZE,
    "bold openers": "**a " * (SIZE // 4),
    "heading then spaces": "# a" + " " * SIZE + "x",
    "front matter title then spaces": "---\ntitle: a" + " " * SIZE + "x\n---\nBody text.\n",
    "emphasis openers": "*a " * (SIZE // 3),
    "comment openers": "<!--" * (SIZE // 4),
    "autolink openers": "<http:" * (SIZE // 6),
}


@pytest.mark.parametrize("suffix", [".md", ".txt", ".html", ".json"])
@pytest.mark.parametrize("label", list(READER_INPUTS))
def test_reader_finishes_on_pathological_input(suffix, label):
    with hang_guard(f"{suffix} reader on {label}", READER_HANG_SECONDS):
        try:
            docs = read_documents(READER_INPUTS[label], suffix=suffix, stem="x", path=f"x{suffix}")
        except InputError:
            return
    for doc in docs:
        assert doc.text[doc.body_start:].strip()
