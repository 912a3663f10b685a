"""The ``summarize`` command line: parse, call the API, print. No logic lives only here."""
from __future__ import annotations

import json
import sys
from enum import Enum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, List, Optional, Sequence

import typer

from ..errors import InputError
from ..lazy import lazy_module
from ..limits import MAX_FILE_BYTES, MAX_QUESTION_CHARS, MAX_SENTENCES, positive
from ..model import Conflict, Scored, labels
from ..persist import output as output_files
from ..persist.records import summary_record
from ..qa import DEFAULT_RETRIEVER, RETRIEVERS
from ..summary import RANKER_NAMES
from . import ENGINES

if TYPE_CHECKING:
    from rich.progress import Progress

# The pipeline is loaded on first use (numpy and scipy are not needed for --help or a usage
# error), so a corpus is typed ``Any`` here: the API itself is type-checked in corpus.py.
CorpusLike = Any


# Choices are checked by the parser, before any input is read (a typo fails at once). The
# members come from the registries, which mypy cannot read (and typer takes no click.Choice).
RankerName = Enum("RankerName", {name: name for name in RANKER_NAMES}, type=str)  # type: ignore[misc]
RetrieverName = Enum("RetrieverName", {name: name for name in RETRIEVERS.names}, type=str)  # type: ignore[misc]
EngineName = Enum("EngineName", {name: name for name in ENGINES}, type=str)  # type: ignore[misc]

api = lazy_module("summarize.corpus")
dedup_stage = lazy_module("summarize.stages.dedup")
store = lazy_module("summarize.persist.store")
archive_store = lazy_module("summarize.persist.archive")
runner = lazy_module("summarize.evaluate.runner")
report = lazy_module("summarize.evaluate.report")
batch_runner = lazy_module("summarize.cli.batch")
web = lazy_module("summarize.web.app")
version_info = lazy_module("summarize.version")  # importlib.metadata takes 15 ms: only for --version

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Summarise a cluster of news articles, answer questions, and show who reports what.")



def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"summarize {version_info.package_version()}")
        raise typer.Exit()


@app.callback()
def _options(version: bool = typer.Option(False, "--version", callback=_show_version, is_eager=True,
                                          help="Print the version and exit.")) -> None:
    """Summarise a cluster of news articles, answer questions, and show who reports what."""


PathsArg = typer.Argument(None, help="Article files or folders: .txt, .md, .html/.htm, .json, .jsonl; "
                          "'-' reads standard input (default: the bundled seed articles).", show_default=False)
JsonOpt = typer.Option(False, "--json", help="Print JSON instead of text.")
ThresholdOpt = typer.Option(None, "--threshold", help="Cosine similarity at which two sentences are duplicates (default 0.5).")
OutputOpt = typer.Option(None, "--output", "-o",
                         help="Write the result to this file (atomically: all or nothing) instead of printing it.")
MaxFileOpt = typer.Option(MAX_FILE_BYTES / 1_000_000, "--max-file-mb",
                          help="Largest input file read, in MB; larger files are refused (or skipped in a folder).")
IndexOpt = typer.Option(None, "--index", help="Read the corpus from an index file made by `summarize index` "
                        "instead of processing PATHS.", dir_okay=False)
ArchiveOpt = typer.Option(None, "--archive", help="Read the articles from an archive made by `summarize add` "
                          "instead of PATHS: only the documents that matter are processed.", dir_okay=False)
SinceOpt = typer.Option(None, "--since", help="With --archive: only documents dated on or after this date (2025-09-01).")
TopicOpt = typer.Option(None, "--topic", help="With --archive: only documents holding every content word of this query.")
LimitOpt = typer.Option(None, "--limit", help="With --archive: the most documents read into the corpus "
                        "(default: 6 for a question, 30 otherwise).")
MaxSentencesOpt = typer.Option(MAX_SENTENCES, "--max-sentences",
                               help="Largest number of sentences in the cluster; more is refused.")
FollowLinksOpt = typer.Option(False, "--follow-links",
                              help="Read symbolic links in a folder that lead outside it (skipped by default).")


def _fail(message: str, code: int) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def guarded(func: Callable) -> Callable:
    """Turn input errors into one line on stderr and exit code 1 (2 for usage errors)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            _fail(str(exc), 2 if exc.usage else 1)
        except MemoryError:
            _fail("out of memory: try fewer or smaller inputs", 1)

    return wrapper


def bundled_seeds() -> Path:
    """The seed articles shipped with the package (or beside it in a source checkout)."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "seeds", package.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise InputError("no input paths given and the bundled seed articles are missing", usage=True)


def _notice(message: str) -> None:
    typer.echo(f"note: {message}", err=True)


def corpus_from(paths: Optional[List[Path]], threshold: Optional[float] = None, *,
                max_file_mb: float = MAX_FILE_BYTES / 1_000_000, max_sentences: int = MAX_SENTENCES,
                max_question_chars: int = MAX_QUESTION_CHARS, output: Optional[Path] = None,
                index: Optional[Path] = None, archive: Optional[Path] = None, since: Optional[str] = None,
                topic: Optional[str] = None, question: Optional[str] = None, limit: Optional[int] = None,
                follow_links: bool = False) -> CorpusLike:
    """The corpus the command-line arguments name (or the ``index`` or ``archive`` file holds);
    checks ``output`` against the inputs first."""
    if archive is not None:
        if paths or index is not None:
            raise InputError("give article PATHS, --index or --archive, only one of them", usage=True)
        if output is not None:
            output_files.check_output(output, [archive])
        with archive_store.Archive(archive, create=False) as kept:
            return kept.corpus(since=since, topic=topic, question=question, limit=limit, threshold=threshold,
                               max_sentences=max_sentences, max_question_chars=max_question_chars, notice=_notice)
    if since is not None or topic is not None:
        raise InputError("--since and --topic need --archive", usage=True)
    if index is not None:
        return _indexed(index, paths, threshold, max_question_chars=max_question_chars, output=output)
    paths = paths or [bundled_seeds()]
    if output is not None:
        output_files.check_output(output, paths)
    corpus = api.Corpus.from_paths(paths, notice=_notice, follow_links=follow_links,
                               threshold=dedup_stage.DEFAULT_THRESHOLD if threshold is None else threshold,
                               max_file_bytes=int(positive("--max-file-mb", max_file_mb) * 1_000_000),
                               max_sentences=max_sentences, max_question_chars=max_question_chars)
    if output is not None:
        output_files.check_output(output, [d.path for d in corpus.documents])
    if not corpus.sentences:
        _notice(f"no news sentences in the input ({len(corpus.dropped)} paragraph(s) dropped as boilerplate)")
    return corpus


def _indexed(index: Path, paths: Optional[List[Path]], threshold: Optional[float], *,
             max_question_chars: int, output: Optional[Path]) -> CorpusLike:
    if paths:
        raise InputError("give article PATHS or --index, not both", usage=True)
    if output is not None:
        output_files.check_output(output, [index])
    corpus = store.load(index, notice=_notice, max_question_chars=max_question_chars)
    if threshold is not None and threshold != corpus.threshold:
        raise InputError(f"{index} was built with --threshold {corpus.threshold}; rebuild it to use {threshold}",
                         usage=True)
    return corpus


def _deliver(text: str, output: Optional[Path] = None) -> None:
    """Print ``text`` (nothing when it is empty), or write it to ``output`` atomically."""
    if output is None:
        if text:
            typer.echo(text)
        return
    output_files.write_atomic(output, text + "\n" if text else "")


def _emit(data: Any, output: Optional[Path] = None) -> None:
    _deliver(json.dumps(data, ensure_ascii=False, indent=2), output)


def _progress_bar(description: str = "{task.description}", *, transient: bool = True,
                  disable: Optional[bool] = None) -> Progress:
    """A progress bar on stderr (what, bar, done/total, time); by default only on a terminal."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    err = Console(stderr=True)
    return Progress(TextColumn(description), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err,
                    transient=transient, disable=not err.is_terminal if disable is None else disable)


def _disagreement(conflict: Conflict, label: dict[str, str]) -> str:
    """One plain line: "sources disagree: 24 hours [000, 003] vs 20 hours [002]"; an update
    gives the latest value first: "latest: 173 [003] (earlier reports: 157 [000] on 2024-05-01)"."""
    if conflict.dates:
        *earlier, last = zip(conflict.sides, conflict.dates)
        before = "; ".join(f"{s.value} {_docs(s.sources, label)} on {d}" for s, d in earlier)
        return f"latest: {last[0].value} {_docs(last[0].sources, label)} on {last[1]} (earlier reports: {before})"
    sides = " vs ".join(f"{s.value} {_docs(s.sources, label)}" for s in conflict.sides)
    return f"sources disagree: {sides}"


def _docs(ids: Sequence[str], label: dict[str, str]) -> str:
    """Document ids as people read them: "[000, 003]"."""
    return f"[{', '.join(label[d] for d in ids)}]"


def _line(number: int, item: Scored, label: dict[str, str]) -> str:
    return f"{number:>2}. {item.group.shown} {_docs(item.sources, label)}"


@app.command()
@guarded
def summary(paths: Optional[List[Path]] = PathsArg,
            sentences: Optional[int] = typer.Option(None, "--sentences", "-n", help="Number of sentences (default 5)."),
            words: Optional[int] = typer.Option(None, "--words", "-w", help="Number of words instead of sentences."),
            ranker: RankerName = typer.Option("default", "--ranker", "-r", help="How sentences are rated."),
            seed: int = typer.Option(0, "--seed", help="Seed for the random ranker."),
            threshold: Optional[float] = ThresholdOpt,
            as_json: bool = JsonOpt,
            output: Optional[Path] = OutputOpt,
            max_file_mb: float = MaxFileOpt,
            max_sentences: int = MaxSentencesOpt,
            index: Optional[Path] = IndexOpt,
            archive: Optional[Path] = ArchiveOpt,
            since: Optional[str] = SinceOpt,
            topic: Optional[str] = TopicOpt,
            limit: Optional[int] = LimitOpt,
            follow_links: bool = FollowLinksOpt) -> None:
    """Write an extractive summary; each sentence shows the sources that state it."""
    if sentences is not None and words is not None:
        raise InputError("give --sentences or --words, not both", usage=True)
    corpus = corpus_from(paths, threshold, max_file_mb=max_file_mb, max_sentences=max_sentences, output=output,
                         index=index, archive=archive, since=since, topic=topic, limit=limit,
                         follow_links=follow_links)
    picked = corpus.summarize(sentences=sentences, words=words, ranker=ranker.value, seed=seed)
    if as_json:
        _emit(summary_record(corpus.documents, picked, ranker.value), output)
        return
    label = labels([d.id for d in corpus.documents])
    lines = []
    for n, s in enumerate(picked, 1):
        lines.append(_line(n, s, label))
        lines += [f"    {_disagreement(c, label)}" for c in s.conflicts]
    _deliver("\n".join(lines), output)


@app.command()
@guarded
def ask(question: str = typer.Argument(..., help="The question, in quotes."),
        paths: Optional[List[Path]] = PathsArg,
        top_k: int = typer.Option(5, "--top-k", "-k", help="How many evidence sentences to show."),
        retriever: RetrieverName = typer.Option(
            DEFAULT_RETRIEVER, "--retriever", help="How the evidence shown is ranked (answers are read from BM25's)."),
        min_confidence: Optional[float] = typer.Option(
            None, "--min-confidence", help="Answer only above this confidence (0-1; default: the threshold "
                                           "fitted with the answerer)."),
        threshold: Optional[float] = ThresholdOpt,
        as_json: bool = JsonOpt,
        output: Optional[Path] = OutputOpt,
        max_file_mb: float = MaxFileOpt,
        max_sentences: int = MaxSentencesOpt,
        max_question_chars: int = typer.Option(MAX_QUESTION_CHARS, "--max-question-chars",
                                               help="Longest question accepted, in characters."),
        index: Optional[Path] = IndexOpt,
        archive: Optional[Path] = ArchiveOpt,
        since: Optional[str] = SinceOpt,
        topic: Optional[str] = TopicOpt,
        limit: Optional[int] = LimitOpt,
        follow_links: bool = FollowLinksOpt) -> None:
    """Answer a question from the articles, with ranked evidence and its sources."""
    api.check_question(question, max_chars=max_question_chars)
    api.check_top_k(top_k)
    corpus = corpus_from(paths, threshold, max_file_mb=max_file_mb, max_sentences=max_sentences,
                         max_question_chars=max_question_chars, output=output, index=index, archive=archive,
                         since=since, topic=topic, question=question, limit=limit, follow_links=follow_links)
    result = corpus.ask(question, top_k=top_k, retriever=retriever.value, min_confidence=min_confidence)
    if as_json:
        _emit(result.to_dict(), output)
        return
    label = labels([d.id for d in corpus.documents])
    lines = [f"answer: {result.answer if result.answer is not None else 'no answer in these articles'} "
             f"(confidence {result.confidence:.2f})"]
    lines += [_disagreement(c, label) for c in result.conflicts]
    lines += [f"{_line(n, e, label)} ({e.score:.2f})" for n, e in enumerate(result.evidence, 1)]
    _deliver("\n".join(lines), output)


@app.command()
@guarded
def dedup(paths: Optional[List[Path]] = PathsArg,
          threshold: Optional[float] = ThresholdOpt,
          show_all: bool = typer.Option(False, "--all", help="Also list sentences that only one place says."),
          as_json: bool = JsonOpt,
          output: Optional[Path] = OutputOpt,
          max_file_mb: float = MaxFileOpt,
          max_sentences: int = MaxSentencesOpt,
          follow_links: bool = FollowLinksOpt) -> None:
    """List the sentences that several places repeat, grouped, with every source."""
    corpus = corpus_from(paths, threshold, max_file_mb=max_file_mb, max_sentences=max_sentences, output=output,
                         follow_links=follow_links)
    groups = corpus.groups if show_all else corpus.duplicates()
    if as_json:
        _emit({"groups": [g.to_dict() for g in groups]}, output)
        return
    label = labels([d.id for d in corpus.documents])
    lines = []
    for n, g in enumerate(groups, 1):
        lines.append(f"{n:>2}. {g.text}")
        lines += [f"      [{label[m.doc_id]} #{m.index}] {m.text}" for m in g.members]
        if g.supporters:
            lines.append(f"      also said in other words by {_docs(g.supporters, label)}")
    _deliver("\n".join(lines), output)
    typer.echo(f"{len(groups)} group(s) of {len(corpus.sentences)} sentences from {len(corpus.documents)} documents",
               err=True)


@app.command()
@guarded
def conflicts(paths: Optional[List[Path]] = PathsArg,
              threshold: Optional[float] = ThresholdOpt,
              as_json: bool = JsonOpt,
              output: Optional[Path] = OutputOpt,
              max_file_mb: float = MaxFileOpt,
              max_sentences: int = MaxSentencesOpt,
              archive: Optional[Path] = ArchiveOpt,
              since: Optional[str] = SinceOpt,
              topic: Optional[str] = TopicOpt,
              limit: Optional[int] = LimitOpt,
              follow_links: bool = FollowLinksOpt) -> None:
    """List where the sources disagree, with every side and its sources.

    A figure, a date, a name, or a claim and its denial; a figure that later articles updated is
    shown as a timeline."""
    corpus = corpus_from(paths, threshold, max_file_mb=max_file_mb, max_sentences=max_sentences, output=output,
                         archive=archive, since=since, topic=topic, limit=limit, follow_links=follow_links)
    found = corpus.conflicts()
    if as_json:
        _emit({"conflicts": [c.to_dict() for c in found]}, output)
        return
    label = labels([d.id for d in corpus.documents])
    lines = []
    for n, c in enumerate(found, 1):
        lines.append(f"{n:>2}. {c.topic} ({c.kind})")
        dates = [f" on {d}" for d in c.dates] or [""] * len(c.sides)
        lines += [f"      {side.value} {_docs(side.sources, label)}{on}: {side.text}" for side, on in zip(c.sides, dates)]
    _deliver("\n".join(lines), output)
    typer.echo(f"{len(found)} conflict(s) among {len(corpus.documents)} documents", err=True)


@app.command("eval")
@guarded
def evaluate(gold: Optional[List[Path]] = typer.Option(
                 None, "--gold", help="A gold cluster or pairs folder, or a folder of them; repeatable (default: "
                                      "eval/seeds, eval/multiling2011 when its articles are in ../shared or "
                                      "$SUMMARIZE_SHARED, eval/written and eval/pairs)."),
             as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object instead of tables."),
             out: Path = typer.Option(Path("eval/out"), "--out", help="Folder for results.json, report.md and rankers.png."),
             words: Optional[int] = typer.Option(None, "--words", "-w", help="Word budget for every ranker's summary "
                                                                 "(default: each cluster's mean reference length).")) -> None:
    """Score every ranker, retriever and the deduplicator against hand-written gold."""
    import os
    import time

    from rich.console import Console

    output_files.check_output_folder(out)
    settings = runner.Settings(words=words)
    clusters = runner.read_golds(gold or runner.default_gold(notice=lambda note: typer.echo(note, err=True)))
    started = time.perf_counter()
    with _progress_bar("{task.description:<40}", disable=True if as_json else None) as bar:
        task = bar.add_task("evaluating", total=runner.total_units(clusters, settings))
        results = runner.evaluate(clusters, settings,
                                  advance=lambda label: bar.update(task, advance=1, description=label))
    elapsed = time.perf_counter() - started
    tables = runner.tables(results)
    command = "summarize eval" + (f" --words {words}" if words else "")
    header = (f"`{command}` on {', '.join(c.name for c in clusters)}: "
              f"{elapsed:.1f} s on {os.cpu_count()} cores.")
    written = report.write_outputs(results, tables, out, header=header)
    if as_json:
        _emit(results)
    else:
        console = Console() if Console().is_terminal else Console(width=160)
        for table in tables:
            console.print(report.to_rich(table))
            console.print()
    typer.echo(f"evaluated {len(clusters)} cluster(s) in {elapsed:.1f} s; wrote {', '.join(str(p) for p in written)}",
               err=True)


@app.command("index")
@guarded
def index_command(paths: Optional[List[Path]] = PathsArg,
                  out: Path = typer.Option(..., "--out", help="The index file to write (a zip of JSON and .npy).",
                                           dir_okay=False),
                  threshold: Optional[float] = ThresholdOpt,
                  max_file_mb: float = MaxFileOpt,
                  max_sentences: int = MaxSentencesOpt,
                  follow_links: bool = FollowLinksOpt) -> None:
    """Process the articles once and save them (sentences, groups, sources, BM25 index) to a
    file that `summary --index` and `ask --index` load instead of reprocessing."""
    paths = paths or [bundled_seeds()]
    corpus = corpus_from(paths, threshold, max_file_mb=max_file_mb, max_sentences=max_sentences, output=out,
                         follow_links=follow_links)
    manifest = store.save(corpus, out, inputs=paths)
    counts = manifest["counts"]
    typer.echo(f"indexed {counts['documents']} documents, {counts['sentences']} sentences, "
               f"{counts['groups']} groups into {out}", err=True)


@app.command()
@guarded
def add(paths: List[Path] = typer.Argument(..., help="Article files or folders to add ('-' reads standard input).",
                                          show_default=False),
        archive: Path = typer.Option(..., "--archive", help="The archive file (SQLite); made when missing.",
                                     dir_okay=False),
        max_file_mb: float = MaxFileOpt) -> None:
    """Add articles to an archive in one transaction; articles it already holds are skipped.

    Each added id is printed after the transaction committed, so a printed id is stored."""
    max_file_bytes = int(positive("--max-file-mb", max_file_mb) * 1_000_000)
    with archive_store.Archive(archive) as kept, _progress_bar() as bar:
        task = bar.add_task("adding", total=None)
        result = kept.add(paths, notice=_notice, max_file_bytes=max_file_bytes,
                          progress=lambda done, total: bar.update(task, completed=done, total=total))
        held = len(kept)
    for doc_id in result.added:
        typer.echo(doc_id)
    for s in result.skipped:
        _notice(f"skipped {s.id}: the archive already holds the same text as {s.duplicate_of}")
    typer.echo(f"added {len(result.added)} documents ({result.sentences} sentences), skipped {len(result.skipped)}; "
               f"{archive} holds {held}", err=True)


@app.command()
@guarded
def batch(clusters_dir: Path = typer.Argument(..., help="A folder with one subfolder per cluster (its articles, "
                                              "or a docs/ subfolder holding them).", show_default=False),
          out: Path = typer.Option(..., "--out", help="JSON Lines file: one summary per cluster, appended as each "
                                   "finishes; clusters already in it are skipped."),
          jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Worker processes (default: all cores)."),
          sentences: Optional[int] = typer.Option(None, "--sentences", "-n", help="Number of sentences (default 5)."),
          words: Optional[int] = typer.Option(None, "--words", "-w", help="Number of words instead of sentences."),
          ranker: RankerName = typer.Option("default", "--ranker", "-r", help="How sentences are rated, as for `summary`."),
          engine: EngineName = typer.Option("local", "--engine", help="local (all cores here) or dask."),
          scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                                  help="Dask scheduler address, e.g. tcp://10.0.0.5:8786."),
          retry_failed: bool = typer.Option(False, "--retry-failed",
                                            help="Redo clusters that failed in a way the same input would "
                                            "repeat (skipped on reruns otherwise).")) -> None:
    """Summarise every cluster folder, in parallel, writing one JSON line per cluster."""
    if sentences is not None and words is not None:
        raise InputError("give --sentences or --words, not both", usage=True)
    output_files.check_output(out, [clusters_dir], option="--out")
    with _progress_bar(transient=False, disable=False) as bar:
        task = bar.add_task("clusters", total=None)
        failed: list[str] = []

        def progress(done: int, total: int, record: dict | None) -> None:
            bar.update(task, completed=done, total=total)
            if record and "error" in record:
                failed.append(f"{record['cluster']}: {record['error']}")

        written = batch_runner.run_batch(clusters_dir, out, sentences=sentences, words=words, ranker=ranker.value,
                                         jobs=jobs, engine=engine.value, scheduler=scheduler,
                                         retry_failed=retry_failed, progress=progress)
    for line in failed:
        _notice(f"cluster {line}")
    typer.echo(f"{written} cluster(s) written to {out}", err=True)


@app.command()
@guarded
def serve(paths: Optional[List[Path]] = typer.Argument(None, help="Article files or folders to start with "
                                                       "(default: none; add articles in the page).", show_default=False),
          host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (0.0.0.0 opens it to the network)."),
          port: int = typer.Option(8000, "--port", help="Port to listen on."),
          threshold: Optional[float] = ThresholdOpt,
          max_file_mb: float = MaxFileOpt,
          max_sentences: int = MaxSentencesOpt) -> None:
    """Serve a local web page: add articles, read the summary with its sources, see where outlets
    disagree, ask questions; JSON at /api/summary, /api/ask, /api/conflicts and /api/documents."""
    try:
        import uvicorn

        create_app = web.create_app
    except ModuleNotFoundError as exc:
        raise InputError(f"`summarize serve` needs {exc.name}: install summarize[web] "
                         "(pip install 'summarize[web]')") from None
    corpus = corpus_from(paths, threshold, max_file_mb=max_file_mb, max_sentences=max_sentences) if paths else None
    application = create_app(corpus, threshold=dedup_stage.DEFAULT_THRESHOLD if threshold is None else threshold,
                             max_file_bytes=int(positive("--max-file-mb", max_file_mb) * 1_000_000),
                             max_sentences=max_sentences)
    typer.echo(f"serving on http://{host}:{port} (Ctrl-C stops)", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning")


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
