"""``summarize serve``: one page over articles kept in memory (add them, read the summary with
its sources, see where outlets disagree, ask questions) and JSON endpoints that return exactly
the CLI's ``--json`` records."""
from __future__ import annotations

import threading
from functools import partial
from pathlib import Path
from typing import Iterable, Sequence
from urllib.parse import quote

from markupsafe import Markup, escape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ..corpus import DEFAULT_TOP_K, Corpus
from ..errors import InputError
from ..ingest.load import add_unique, from_texts, load_bytes, load_paths, read_limited
from ..limits import MAX_FILE_BYTES, MAX_QUESTION_CHARS, MAX_SENTENCES
from ..model import Conflict, Document, Sentence, Side, labels
from ..persist.records import summary_record
from ..qa import DEFAULT_RETRIEVER
from ..stages.dedup import DEFAULT_THRESHOLD

HERE = Path(__file__).resolve().parent
# One upload is a day's articles on a story, not an archive; with the per-file limit this
# bounds what a request may send before any of it is read.
MAX_UPLOAD_FILES = 20


class Desk:
    """The articles added so far and the corpus over them; adding builds a new corpus to the
    side and swaps it in only when every new article is usable."""

    def __init__(self, corpus: Corpus | None, *, threshold: float, max_file_bytes: int, max_sentences: int,
                 max_question_chars: int) -> None:
        self.corpus = corpus
        self.max_file_bytes = max_file_bytes
        self._build = partial(Corpus, threshold=threshold, max_sentences=max_sentences,
                              max_question_chars=max_question_chars)
        self._lock = threading.Lock()

    @property
    def documents(self) -> tuple[Document, ...]:
        return self.corpus.documents if self.corpus else ()

    def current(self) -> Corpus:
        """The corpus, or a usage ``InputError`` while no article has been added."""
        if self.corpus is None:
            raise InputError("no articles yet: add some first", usage=True)
        return self.corpus

    def add(self, files: Sequence[tuple[str, bytes]], text: str) -> list[Document]:
        """Read uploaded ``files`` (name, bytes) and pasted ``text``, add them, and return them."""
        found = [d for name, data in files for d in load_bytes(data, name=name)]
        with self._lock:
            docs = {d.id: d for d in self.documents}
            if text.strip():
                found += from_texts({_free_id(docs, "pasted"): text})
            if not found:
                raise InputError("nothing to add: choose files or paste an article", usage=True)
            add_unique(docs, found)
            corpus = self._build(list(docs.values()))
            corpus.conflicts()  # process now: errors surface here and pages are fast after
            self.corpus = corpus
        return found


def _free_id(docs: dict[str, Document], prefix: str) -> str:
    return next(f"{prefix}-{n}" for n in range(1, len(docs) + 2) if f"{prefix}-{n}" not in docs)


def create_app(corpus_or_paths: Corpus | Iterable[str | Path] | None = None, *,
               threshold: float = DEFAULT_THRESHOLD, max_file_bytes: int = MAX_FILE_BYTES,
               max_sentences: int = MAX_SENTENCES, max_question_chars: int = MAX_QUESTION_CHARS) -> Starlette:
    """The web app over a corpus (or the articles under paths, or none yet), kept in memory.
    When a corpus is given, its own threshold and limits apply to articles added later."""
    if corpus_or_paths is None or isinstance(corpus_or_paths, Corpus):
        corpus = corpus_or_paths
    else:
        corpus = Corpus(load_paths(corpus_or_paths, max_file_bytes=max_file_bytes), threshold=threshold,
                        max_sentences=max_sentences, max_question_chars=max_question_chars)
    if corpus is not None:
        threshold, max_sentences, max_question_chars = (corpus.threshold, corpus.max_sentences,
                                                        corpus.max_question_chars)
    desk = Desk(corpus, threshold=threshold, max_file_bytes=max_file_bytes, max_sentences=max_sentences,
                max_question_chars=max_question_chars)
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["highlight"] = highlight
    templates.env.globals.update(chips=chips, timeline=timeline, anchor=anchor)

    def page(request: Request, *, error: str = "", status: int = 200) -> Response:
        question = request.query_params.get("q", "") if not error else ""
        corpus = desk.current() if question else desk.corpus
        context = {"corpus": corpus, "error": error, "question": question,
                   "summary": corpus.summarize() if corpus else [],
                   "answer": desk.current().ask(question) if question else None,
                   "labels": labels([d.id for d in desk.documents]),
                   "max_mb": desk.max_file_bytes / 1_000_000, "max_files": MAX_UPLOAD_FILES}
        return templates.TemplateResponse(request, "page.html", context, status_code=status)

    def article(request: Request) -> Response:
        doc_id = request.path_params["doc_id"]
        doc = next((d for d in desk.documents if d.id == doc_id), None)
        if doc is None:
            return templates.TemplateResponse(request, "article.html", {"doc": None, "doc_id": doc_id},
                                              status_code=404)
        sentences = [s for s in desk.current().sentences if s.doc_id == doc_id]
        return templates.TemplateResponse(request, "article.html", {"doc": doc, "pieces": pieces(doc, sentences)})

    async def add_form(request: Request) -> Response:
        await run_in_threadpool(desk.add, *await _uploads(request, desk.max_file_bytes))
        return RedirectResponse("/#summary", status_code=303)

    async def add_api(request: Request) -> Response:
        added = await run_in_threadpool(desk.add, *await _uploads(request, desk.max_file_bytes))
        return JSONResponse({"documents": [d.to_dict() for d in added]})

    def summary_api(request: Request) -> Response:
        ranker = request.query_params.get("ranker", "default")
        corpus = desk.current()
        picked = corpus.summarize(sentences=_number(request, "sentences"), words=_number(request, "words"),
                                  ranker=ranker)
        return JSONResponse(summary_record(corpus.documents, picked, ranker))

    def ask_api(request: Request) -> Response:
        k = _number(request, "top_k")
        answer = desk.current().ask(request.query_params.get("q", ""), top_k=DEFAULT_TOP_K if k is None else k,
                                    retriever=request.query_params.get("retriever", DEFAULT_RETRIEVER))
        return JSONResponse(answer.to_dict())

    def conflicts_api(request: Request) -> Response:
        return JSONResponse({"conflicts": [c.to_dict() for c in desk.current().conflicts()]})

    def refused(request: Request, exc: Exception) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=400)
        return page(request, error=str(exc), status=400)

    app = Starlette(routes=[
        Route("/", page), Route("/doc/{doc_id}", article), Route("/documents", add_form, methods=["POST"]),
        Route("/api/summary", summary_api), Route("/api/ask", ask_api), Route("/api/conflicts", conflicts_api),
        Route("/api/documents", add_api, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ], exception_handlers={InputError: refused})
    app.state.desk = desk
    return app


async def _uploads(request: Request, max_file_bytes: int) -> tuple[list[tuple[str, bytes]], str]:
    """The files (name, bytes) and pasted text of a form post, each file held to the CLI's size limit."""
    length = request.headers.get("content-length", "")
    if not length.isdigit() or int(length) > MAX_UPLOAD_FILES * max_file_bytes:
        raise InputError(f"an upload is at most {MAX_UPLOAD_FILES} files of {max_file_bytes / 1_000_000:g} MB "
                         "each, with its length given")
    files = []
    async with request.form(max_files=MAX_UPLOAD_FILES, max_fields=10) as form:
        for item in form.getlist("files"):
            if isinstance(item, UploadFile) and item.filename:
                name = Path(item.filename).name
                files.append((name, read_limited(item.file, name=name, max_bytes=max_file_bytes)))
        text = form.get("text")
    return files, text if isinstance(text, str) else ""


def _number(request: Request, name: str) -> int | None:
    value = request.query_params.get(name, "")
    if not value:
        return None
    if not value.isdigit():
        raise InputError(f"{name} must be a whole number, got {value!r}", usage=True)
    return int(value)


def anchor(doc_id: str, index: int | None = None) -> str:
    """The link to an article, at sentence ``index`` when given (``#doc-<id>-s<index>``)."""
    ref = quote(doc_id, safe="")
    return f"/doc/{ref}" if index is None else f"/doc/{ref}#doc-{ref}-s{index}"


def chips(sources: Sequence[str], positions: Iterable[tuple[str, int]]) -> list[tuple[str, str]]:
    """(document id, link) per source, linked to the first sentence of it in ``positions``."""
    first: dict[str, int] = {}
    for doc_id, index in positions:
        first.setdefault(doc_id, index)
    return [(d, anchor(d, first.get(d))) for d in sources]


def timeline(conflict: Conflict, dates: dict[str, str]) -> list[tuple[str, Side]]:
    """An update's sides as (earliest date of its sources, side), oldest first; undated sides last."""
    def first(side: Side) -> str:
        return min((dates[d] for d in side.sources if dates.get(d)), default="")

    return sorted(((first(s), s) for s in conflict.sides), key=lambda pair: (not pair[0], pair[0]))


def highlight(text: str, answer: str | None) -> Markup:
    """``text`` escaped, with the first place it says ``answer`` (any case) in ``<mark>``."""
    at = text.lower().find(answer.lower()) if answer else -1
    if at < 0:
        return escape(text)
    end = at + len(answer or "")
    return escape(text[:at]) + Markup("<mark>") + escape(text[at:end]) + Markup("</mark>") + escape(text[end:])


def pieces(doc: Document, sentences: Sequence[Sentence]) -> list[tuple[str, int | None]]:
    """The article's body as (text, sentence index or ``None`` between sentences), in order."""
    out: list[tuple[str, int | None]] = []
    at = doc.body_start
    for s in sentences:
        out += [(doc.text[at:s.start], None)] if s.start > at else []
        out.append((s.text, s.index))
        at = s.end
    return out + [(doc.text[at:], None)]
