"""Markdown articles: front matter gives title and date; markup that is not text is stripped.

Headings lose their marks, emphasis and inline code their delimiters, links become their
text, images, code blocks, HTML tags, rules and link definitions are dropped. The result is
plain text with one paragraph per line, so sentence offsets point into it.
"""
from __future__ import annotations

import re

from ...model import Document
from ..header import make_document

_FRONT_RE = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FIELD_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$", re.M)
_FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S)
_RULE_RE = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+)[ \t]*$", re.M)
_LINKDEF_RE = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M)
_HEADING_RE = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_QUOTE_RE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
_LIST_RE = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?", re.M)
_TABLE_SEP_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$", re.M)
_IMAGE_RE = re.compile(r"!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_LINK_RE = re.compile(r"\[([^\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_AUTOLINK_RE = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
_TAG_RE = re.compile(r"</?[A-Za-z][^<>\n]*>|<!--.*?-->", re.S)
_CODE_RE = re.compile(r"(`+)(.+?)\1")
_EMPHASIS_RES = (
    re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
)
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
# Escaped characters hide in a private-use plane while the markup rules run.
_HIDDEN = 0xF0000
_HIDDEN_RE = re.compile("[\U000F0000-\U000F007F]")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple ``key: value`` fields of a leading YAML block (quotes removed), and the rest of the text."""
    m = _FRONT_RE.match(text)
    if not m:
        return {}, text
    fields = {f["key"].lower(): f["value"].strip("\"'") for f in _FIELD_RE.finditer(m["body"])}
    return fields, text[m.end():]


def _inline(line: str) -> str:
    line = _ESCAPE_RE.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), line)
    line = _IMAGE_RE.sub("", line)
    line = _LINK_RE.sub(r"\1", line)
    line = _AUTOLINK_RE.sub("", line)
    line = _TAG_RE.sub("", line)
    line = _CODE_RE.sub(lambda m: m.group(2).strip(), line)
    for rx in _EMPHASIS_RES:
        line = rx.sub(lambda m: m.group(m.lastindex), line)
    return _HIDDEN_RE.sub(lambda m: chr(ord(m.group()) - _HIDDEN), line)


def strip_markdown(text: str) -> str:
    """Plain text of a Markdown body: one line per input line, markup removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for rx in (_FENCE_RE, _TABLE_SEP_RE, _RULE_RE, _LINKDEF_RE):
        text = rx.sub("", text)
    text = _HEADING_RE.sub(r"\1", text)
    text = _QUOTE_RE.sub("", text)
    text = _LIST_RE.sub("", text)
    lines = []
    for line in text.split("\n"):
        if line.lstrip().startswith("|"):
            line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        lines.append(_inline(line).strip())
    return "\n".join(lines).strip("\n")


def read_markdown(text: str, *, stem: str, path: str) -> list[Document]:
    """One document, id = file stem; title and date from front matter, else from the text."""

    fields, body = front_matter(text)
    return [make_document(stem, strip_markdown(body), path=path, title=fields.get("title", ""),
                          date=fields.get("date", ""), source=fields.get("url", fields.get("source", "")))]
