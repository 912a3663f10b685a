"""Markdown articles: front matter gives title and date; the body is parsed (markdown-it-py,
CommonMark with tables and strikethrough) and rendered to plain text.

Paragraphs, headings, list items and table rows become one line each (blank lines between
blocks, none inside a tight list or a table); emphasis, inline code and link text keep their
text; images, code blocks, HTML comments and tags, rules and link definitions are dropped.
A parser with a grammar, not a pile of regexes: markdown-it's rules are linear in the input
(measured: 100 KB of "[" or "![", its worst cases, parse in 1-3 s; 1 MB of news in 0.3 s),
so no input makes the reader backtrack. Sentence offsets point into the rendered text.
"""
from __future__ import annotations

import re
from functools import lru_cache
from html import unescape
from typing import TYPE_CHECKING, Sequence

from ...model import Document
from ..header import make_document

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_FRONT_RE = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_KEY_RE = re.compile(r"[A-Za-z_][\w-]*")
# Inline tokens whose text is not prose: pictures and raw HTML.
_SKIPPED_INLINE = frozenset({"image", "html_inline"})
# Block tokens that are not prose: code (fenced or indented) and rules.
_SKIPPED_BLOCK = frozenset({"fence", "code_block", "hr"})
# A tag; the lookahead stops the name from backtracking into the attributes (linear time).
_TAG_RE = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(?![A-Za-z0-9-])[^<>]*>")
# HTML elements that separate words when a block of raw HTML becomes text.
_HTML_BREAKS = frozenset("p div br li tr td th h1 h2 h3 h4 h5 h6 blockquote section article".split())


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple ``key: value`` fields of a leading YAML block (quotes removed), and the rest of the text."""
    m = _FRONT_RE.match(text)
    if not m:
        return {}, text
    fields = {}
    for line in m["body"].split("\n"):
        key, colon, value = line.partition(":")
        if colon and _KEY_RE.fullmatch(key.strip()):
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, text[m.end():]


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _html_text(html: str) -> str:
    """The words of a block of raw HTML: comments and tags dropped, entities decoded."""
    kept, pos = [], 0
    while (start := html.find("<!--", pos)) >= 0:
        kept.append(html[pos:start])
        end = html.find("-->", start + 4)
        pos = len(html) if end < 0 else end + 3
    kept.append(html[pos:])
    text = _TAG_RE.sub(lambda m: " " if m.group(1).lower() in _HTML_BREAKS else "", "".join(kept))
    return " ".join(unescape(text).split())


def _inline_text(children: Sequence[Token] | None) -> str:
    """Plain text of an inline token's children: markup gone, soft breaks as spaces."""
    parts = []
    for child in children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)


def _leaves(tokens: Sequence[Token]) -> list[tuple[str, str]]:
    """(text, separator before it) of each line of prose: a blank line between blocks, one
    newline between the items of a tight list and between the rows of a table."""
    out: list[tuple[str, str]] = []
    cells: list[str] | None = None
    row = item = False
    for i, tok in enumerate(tokens):
        if tok.type == "tr_open":
            cells = []
        elif tok.type == "tr_close":
            out.append((" ".join(c for c in cells or () if c), "\n" if row else "\n\n"))
            cells, row = None, True
        elif tok.type == "table_close":
            row = False
        elif tok.type == "inline" and cells is not None:
            cells.append(_inline_text(tok.children).strip())
        elif tok.type == "inline":
            tight = tokens[i - 1].type == "paragraph_open" and tokens[i - 1].hidden
            out.append((_inline_text(tok.children), "\n" if tight and item else "\n\n"))
            item = tight
        elif tok.type == "html_block":
            out.append((_html_text(tok.content), "\n\n"))
    return out


def strip_markdown(text: str) -> str:
    """Plain text of a Markdown body: one line per paragraph, heading, list item or table row."""
    tokens = [t for t in _parser().parse(text) if t.type not in _SKIPPED_BLOCK]
    for tok in tokens:
        if tok.children:
            tok.children = [c for c in tok.children if c.type not in _SKIPPED_INLINE]
    parts: list[str] = []
    for line, separator in _leaves(tokens):
        line = "\n".join(part.strip() for part in line.split("\n"))
        if line.strip():
            parts += [separator, line] if parts else [line]
    return "".join(parts)


def read_markdown(text: str, *, stem: str, path: str) -> list[Document]:
    """One document, id = file stem; title and date from front matter, else from the text."""

    fields, body = front_matter(text)
    return [make_document(stem, strip_markdown(body), path=path, title=fields.get("title", ""),
                          date=fields.get("date", ""), source=fields.get("url", fields.get("source", "")))]
