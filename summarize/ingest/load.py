"""Read articles from files, folders and standard input into ``Document``s: decoding, size
limit, date marker and headline; the format readers live in ``summarize.ingest.readers``."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Mapping, cast

from ..errors import InputError, InputTypeError
from ..limits import MAX_FILE_BYTES, positive
from ..model import Document
from .header import parse_document
from .readers import SUFFIXES, read_documents, sniff_stdin

Notice = Callable[[str], None]

STDIN = "-"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF8_BOM = b"\xef\xbb\xbf"
# A file is UTF-8 with a few bad bytes (a bad paste, a truncated character) when valid
# non-ASCII characters outnumber the bad bytes this many times; text in a legacy encoding read
# as UTF-8 gives more bad bytes than accidental characters (cp1251: 86 to 0, Shift-JIS: 33 to 13).
UTF8_MAJORITY = 4


def decode(data: bytes, *, name: str, notice: Notice | None = None, declared: str | None = None) -> str:
    """Text of ``data``: UTF-16 by BOM; else the ``declared`` charset when it decodes; else UTF-8
    (BOM or not); else UTF-8 with a few bad bytes replaced; else the encoding charset-normalizer
    detects. A ``notice`` says when the text was not clean UTF-8.

    Raises ``InputError`` for binary data (NUL bytes or many control characters).
    """
    if data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid UTF-16 text ({exc.reason})") from None
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or (head and controls / len(head) > 0.05):
        raise InputError(f"{name}: looks like a binary file, not text")
    if declared and not data.startswith(_UTF8_BOM):
        try:
            return data.decode(declared)
        except (UnicodeError, LookupError):
            pass  # a mislabelled page: read it as if it declared nothing
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if non_ascii - bad >= UTF8_MAJORITY * bad:
        if notice:
            notice(f"{name}: {bad} byte(s) are not valid UTF-8; read as UTF-8 with them replaced by \ufffd")
        return text
    return _detected(data, name=name, notice=notice)


def _detected(data: bytes, *, name: str, notice: Notice | None) -> str:
    """``data`` decoded in the encoding charset-normalizer finds most likely (Windows-1252 when
    it finds none), with a notice naming it."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        encoding, text = best.encoding, str(best)
    else:  # nothing fits well: Windows-1252 reads most Western bytes, Latin-1 every byte
        try:
            encoding, text = "cp1252", data.decode("cp1252")
        except UnicodeDecodeError:
            encoding, text = "latin-1", data.decode("latin-1")
    if notice:
        notice(f"{name}: not UTF-8; read as {encoding} (detected)")
    return text


def _size_text(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 100_000 else f"{n} bytes"


def _too_big(name: str, size: int | None, limit: int) -> InputError:
    """The error for an input over ``limit`` bytes; ``size`` is None when reading stopped at the limit."""
    size_text, limit_text = _size_text(size or 0), _size_text(limit)
    if size_text == limit_text:  # rounded, the two would read the same ("20 MB is over ... 20 MB")
        size_text, limit_text = f"{size or 0:,} bytes", f"{limit:,} bytes"
    amount = "the input is" if size is None else f"{size_text} is"
    return InputError(f"{name}: {amount} over the file size limit of {limit_text} "
                      "(raise it with --max-file-mb / max_file_bytes)")


def read_limited(stream: BinaryIO, *, name: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` from ``stream``; ``InputError`` when there is more."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_big(name, stream.seek(0, os.SEEK_END) if stream.seekable() else None, max_bytes)
    return data


def _supported(path: Path) -> bool:
    """A suffix we read, or a number, which names no format (the news collections name their
    articles "APW19981016.0240"): read as plain text."""
    suffix = path.suffix.lower()
    return suffix in SUFFIXES or suffix[1:].isdigit()


def _outside(link: Path, folder: Path) -> bool:
    """Whether the symbolic link ``link`` in ``folder`` points to a file outside it."""
    home = os.path.realpath(folder)
    return link.is_symlink() and os.path.commonpath([home, os.path.realpath(link)]) != home


def _subfolders_hint(path: Path, entries: list[Path]) -> str:
    """Which subfolders hold articles, for a folder that has none of its own: one cluster is
    one folder, so subfolders are not read (a folder of clusters would merge them)."""
    try:
        held = [p.name for p in entries if p.is_dir() and any(_supported(f) and f.is_file() for f in p.iterdir())]
    except OSError:
        return ""
    if not held:
        return ""
    shown = ", ".join(held[:3]) + (f" and {len(held) - 3} more" if len(held) > 3 else "")
    return f"; subfolders are not read: give one of those holding articles ({shown}) as its own path"


def candidates(path: Path, notice: Notice | None, *, follow_links: bool = False) -> list[Path]:
    """The article files a path names: itself, or the supported files in a folder (sorted).
    A symbolic link in a folder that leads out of it is skipped unless ``follow_links``."""
    try:
        if not path.exists():
            if path.is_symlink():
                raise InputError(f"{path}: broken symbolic link or symlink loop")
            raise InputError(f"{path}: no such file or directory")
        if path.is_file():
            return [path]
        if not path.is_dir():
            raise InputError(f"{path}: not a regular file or folder")
        entries = sorted(p for p in path.iterdir() if not p.name.startswith("."))
        files = [p for p in entries if p.is_file()]
        loops = [p for p in entries if p.is_symlink() and not p.exists()]
        leaving = set() if follow_links else {p for p in files if _outside(p, path)}
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or type(exc).__name__})") from None
    chosen = [p for p in files if _supported(p) and p not in leaving]
    if not chosen and leaving:
        raise InputError(f"{path}: its only articles are symbolic links to files outside it (--follow-links "
                         "/ follow_links=True reads them)")
    if not chosen:
        raise InputError(f"{path}: no supported files in this folder ({', '.join(SUFFIXES)})"
                         + _subfolders_hint(path, entries))
    if notice:
        for p in files:
            if not _supported(p):
                notice(f"skipped {p}: not a supported format ({', '.join(SUFFIXES)})")
        for p in loops:
            notice(f"skipped {p}: broken symbolic link or symlink loop")
        for p in sorted(leaving):
            notice(f"skipped {p}: a symbolic link to a file outside {path} (--follow-links reads it)")
    return chosen


# Within one tag (``[^<>]``), and one optional quote between the spaces: ``\s*["']?\s*`` split
# a run of spaces every possible way (quadratic).
_CHARSET_RE = re.compile(rb"<meta[^<>]+charset\s*=\s*(?:[\"']\s*)?([A-Za-z0-9_.:-]+)", re.I)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag, when Python knows it as a text
    encoding (not rot13, hex, base64, zlib, uu or undefined)."""
    import codecs

    m = _CHARSET_RE.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
        "a".encode(name)  # str.encode refuses codecs that are not text encodings
    except (LookupError, UnicodeError):
        return None
    # A page that got this far has no NUL bytes, so a declared UTF-16/32 is a mislabel.
    return None if name.startswith(("utf-16", "utf-32")) else name


def decode_input(data: bytes, *, name: str, suffix: str, notice: Notice | None = None) -> str:
    """Text of one input by ``decode``'s rules; an HTML page's declared charset comes first."""
    declared = _declared_charset(data) if suffix in (".html", ".htm") else None
    return decode(data, name=name, notice=notice, declared=declared)


def load_file(path: Path, *, max_file_bytes: int = MAX_FILE_BYTES, notice: Notice | None = None) -> list[Document]:
    """The documents in one file, read by the reader for its suffix (plain text when unknown);
    a single-article file's id is its stem."""
    try:
        size = path.stat().st_size
        if size > max_file_bytes:
            raise _too_big(str(path), size, max_file_bytes)
        with path.open("rb") as stream:
            data = read_limited(stream, name=str(path), max_bytes=max_file_bytes)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or type(exc).__name__})") from None
    return load_bytes(data, name=str(path), notice=notice)


def load_bytes(data: bytes, *, name: str, notice: Notice | None = None) -> list[Document]:
    """The documents in the bytes of a file called ``name`` (a path or an uploaded file's name),
    read by the reader for its suffix (plain text when unknown); a single article's id is the stem,
    or the whole name when the suffix is none we read (DUC's "APW19981016.0240": two articles of
    one day must not share an id)."""
    path = Path(name)
    known = path.suffix.lower() in SUFFIXES
    suffix = path.suffix.lower() if known else ".txt"
    text = decode_input(data, name=name, suffix=suffix, notice=notice)
    return read_documents(text, suffix=suffix, stem=path.stem if known else path.name, path=name)


def load_stdin(stream: BinaryIO, *, max_file_bytes: int = MAX_FILE_BYTES,
               notice: Notice | None = None) -> list[Document]:
    """Documents piped in: JSON or JSON Lines when the text parses so, else one plain-text article
    with id "stdin"."""
    text = decode(read_limited(stream, name="standard input", max_bytes=max_file_bytes), name="standard input",
                  notice=notice)
    return read_documents(text, suffix=sniff_stdin(text), stem="stdin", path=STDIN)


def _stdin() -> BinaryIO:
    import sys

    stream = sys.stdin
    if hasattr(stream, "buffer"):
        return stream.buffer
    return cast(BinaryIO, stream)  # a binary stream put in place of sys.stdin (tests, embedding programs)


def _path_list(paths: Iterable[str | Path]) -> list[Path]:
    """``paths`` as ``Path``s; one string (which would be read as one path per character) or an
    item that is not a path raises ``InputTypeError``."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise InputTypeError(f"paths must be a list of paths, not one {type(paths).__name__} ({paths!r}); "
                             "wrap it in a list")
    try:
        return [Path(p) for p in paths]
    except TypeError:
        raise InputTypeError("paths must be a list of str or Path items") from None


def load_paths(paths: Iterable[str | Path], *, notice: Notice | None = None,
               max_file_bytes: int = MAX_FILE_BYTES, stdin: BinaryIO | None = None,
               follow_links: bool = False) -> list[Document]:
    """Load every article under ``paths`` (files, folders, or "-" for ``stdin``), sorted by id.

    Files found in a folder that are unsupported, empty, binary, over ``max_file_bytes`` or
    malformed are skipped with a ``notice``, and so are symbolic links leading out of the folder
    unless ``follow_links``; a file named directly that cannot be used raises ``InputError``.
    """
    positive("max_file_bytes", max_file_bytes)
    docs: dict[str, Document] = {}
    paths = _path_list(paths)
    if not paths:
        raise InputError("no input paths given", usage=True)
    if sum(str(p) == STDIN for p in paths) > 1:
        raise InputError("standard input ('-') can be named only once", usage=True)
    for path in paths:
        if str(path) == STDIN:
            found = load_stdin(stdin or _stdin(), max_file_bytes=max_file_bytes, notice=notice)
        else:
            found = []
            files = candidates(path, notice, follow_links=follow_links)
            named = files == [path]
            for file in files:
                try:
                    found.extend(load_file(file, max_file_bytes=max_file_bytes, notice=notice))
                except InputError as exc:
                    if named:
                        raise
                    if notice:
                        notice(f"skipped {exc}")
        add_unique(docs, found)
    if not docs:
        raise InputError("no usable articles in " + ", ".join(str(p) for p in paths))
    return [docs[k] for k in sorted(docs)]


def add_unique(docs: dict[str, Document], found: Iterable[Document]) -> None:
    """Add ``found`` to ``docs`` (id -> document); ``InputError`` when two inputs share an id."""
    for doc in found:
        if doc.id in docs and docs[doc.id].path != doc.path:
            first, second = sorted([docs[doc.id].path, doc.path])
            raise InputError(f"two inputs have the same id {doc.id!r}: {first} and {second}")
        docs[doc.id] = doc


def from_texts(texts: Mapping[str, str] | Iterable[str]) -> list[Document]:
    """Documents from strings: a mapping id -> text, or texts numbered 000, 001, ...

    One string (which would be read as one text per character) or a text that is not a string
    raises ``InputTypeError``."""
    if isinstance(texts, (str, bytes)):
        raise InputTypeError(f"texts must be a list of texts or a mapping of id -> text, not one "
                             f"{type(texts).__name__}; wrap it in a list")
    if not isinstance(texts, (Mapping, Iterable)):
        raise InputTypeError(f"texts must be a list of texts or a mapping of id -> text, not "
                             f"{type(texts).__name__}")
    items = list(texts.items()) if isinstance(texts, Mapping) else [(f"{i:03d}", t) for i, t in enumerate(texts)]
    for key, text in items:
        if not isinstance(text, str):
            raise InputTypeError(f"text {key!r} must be a str, got {type(text).__name__}")
    docs = [parse_document(str(k), t) for k, t in items if t.strip()]
    if not docs:
        raise InputError("no non-empty texts given")
    return sorted(docs, key=lambda d: d.id)
