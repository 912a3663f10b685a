"""Read articles from files and folders into ``Document``s: decoding, date marker and headline."""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import Callable, Iterable

from .errors import InputError
from .model import Document

Notice = Callable[[str], None]

SUFFIXES = (".txt",)
MAX_TITLE_WORDS = 25

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_RE = r"(?P<month>[A-Za-z]{3,9})\.?"
_WEEKDAY_RE = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
# A leading ``date 2025-09-02`` marker or a bare ISO / slashed date before the headline.
_MARKER_RE = re.compile(r"\A\s*(?:date\s*:?\s*)?(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?![\d/-])[ \t]*", re.I)
# A dateline opening a line: "Saturday, January 8, 2005" or "8 January 2005", alone or
# glued to the first sentence ("Tuesday, January 18, 2005Through a telethon, ...").
_DATE_END = r"(?:[ \t]*\Z|[ \t]+|(?=[A-Z]))"
_DATELINE_RES = (
    re.compile(rf"\A[ \t]*{_WEEKDAY_RE}{_MONTH_RE}\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}}){_DATE_END}", re.I),
    re.compile(rf"\A[ \t]*{_WEEKDAY_RE}(?P<d>\d{{1,2}})\s+{_MONTH_RE},?\s+(?P<y>\d{{4}}){_DATE_END}", re.I),
    re.compile(rf"\A[ \t]*(?:date\s*:?\s*)?(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_DATE_END}", re.I),
)
_END_PUNCT = tuple(".!?\"'”’…:;")


def _iso(year: str, month: str, day: str) -> str:
    """ISO date from parts (month as number or name), or "" when they are not a real date."""
    m = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."), 0)
    try:
        return _dt.date(int(year), m, int(day)).isoformat()
    except ValueError:
        return ""


def leading_date(line: str) -> tuple[str, int]:
    """The ISO date that opens ``line`` and where it ends, or ("", 0)."""
    for rx in _DATELINE_RES:
        m = rx.match(line)
        if m:
            g = m.groupdict()
            iso = _iso(g["y"], g.get("m") or g.get("month") or "", g["d"])
            if iso:
                return iso, m.end()
    return "", 0


def _is_headline(line: str, rest: str) -> bool:
    """A first line is a headline when it is short, unpunctuated and more text follows."""
    stripped = line.strip()
    if not stripped or not rest.strip():
        return False
    if leading_date(rest.lstrip().split("\n", 1)[0])[0]:
        return True
    return len(stripped.split()) <= MAX_TITLE_WORDS and not stripped.endswith(_END_PUNCT)


def parse_document(doc_id: str, text: str, *, path: str = "") -> Document:
    """Split the header (date marker, headline, dateline) from the body of one article."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pos, date, title = 0, "", ""
    lead = len(text) - len(text.lstrip())
    marker = _MARKER_RE.match(text)
    if marker and _iso(marker["y"], marker["m"], marker["d"]):
        date, pos = _iso(marker["y"], marker["m"], marker["d"]), marker.end()
    else:
        pos = lead
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    first = text[pos:line_end]
    if _is_headline(first, text[line_end:]):
        title, pos = first.strip(), line_end
    # A dateline opening the body is metadata, not news.
    body = len(text) - len(text[pos:].lstrip())
    found, length = leading_date(text[body:].split("\n", 1)[0])
    if found:
        date, pos = date or found, body + length
    return Document(id=doc_id, text=text, title=title, date=date, path=path, body_start=pos)


def decode(data: bytes, *, name: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM) or UTF-16 by BOM, else Windows-1252/Latin-1.

    Raises ``InputError`` for binary data (NUL bytes or many control characters).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid UTF-16 text ({exc.reason})") from None
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or (head and controls / len(head) > 0.05):
        raise InputError(f"{name}: looks like a binary file, not text")
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _candidates(path: Path, notice: Notice | None) -> list[Path]:
    """The article files a path names: itself, or the supported files in a folder (sorted)."""
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_file():
        return [path]
    files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
    chosen = [p for p in files if p.suffix.lower() in SUFFIXES]
    if not chosen:
        raise InputError(f"{path}: no {'/'.join(SUFFIXES)} files in this folder")
    if notice:
        for p in files:
            if p.suffix.lower() not in SUFFIXES:
                notice(f"skipped {p}: not a {'/'.join(SUFFIXES)} file")
    return chosen


def load_file(path: Path) -> Document:
    """Read one article file; the document id is the file stem."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    text = decode(data, name=str(path))
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    return parse_document(path.stem, text, path=str(path))


def load_paths(paths: Iterable[str | Path], *, notice: Notice | None = None) -> list[Document]:
    """Load every article under ``paths`` (files or folders), sorted by id.

    Files found in a folder that are empty or binary are skipped with a ``notice``;
    a file named directly that cannot be used raises ``InputError``.
    """
    docs: dict[str, Document] = {}
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError("no input paths given", usage=True)
    for path in paths:
        named = path.is_file()
        for file in _candidates(path, notice):
            try:
                doc = load_file(file)
            except InputError as exc:
                if named:
                    raise
                if notice:
                    notice(f"skipped {exc}")
                continue
            if doc.id in docs and docs[doc.id].path != doc.path:
                raise InputError(f"two inputs have the same id {doc.id!r}: {docs[doc.id].path} and {doc.path}")
            docs[doc.id] = doc
    if not docs:
        raise InputError("no usable articles in " + ", ".join(str(p) for p in paths))
    return [docs[k] for k in sorted(docs)]


def from_texts(texts: dict[str, str] | Iterable[str]) -> list[Document]:
    """Documents from strings: a mapping id -> text, or texts numbered 000, 001, ..."""
    items = texts.items() if isinstance(texts, dict) else ((f"{i:03d}", t) for i, t in enumerate(texts))
    docs = [parse_document(str(k), t) for k, t in items if t and t.strip()]
    if not docs:
        raise InputError("no non-empty texts given")
    return sorted(docs, key=lambda d: d.id)
