"""Shared checks for regression tests of the command line: one clear error line, the exit
code, nothing on stdout, no traceback; and a snapshot to prove inputs were left alone. Also the
disagreements reported between two dated one-sentence articles."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from summarize import Corpus
from summarize.cli.main import app

from ..cli.test_inputs import snapshot  # noqa: F401  (re-exported for the tests here)

NEWS = ("Rain fell on the town on Monday and the river rose by three metres, officials said.\n\n"
        "About 1,200 people were moved from homes near the river before the bridge was closed.\n\n"
        "Rescuers worked through the night as the water kept rising in the lower streets.\n")


def dated(day: str, title: str, text: str) -> str:
    """An article of ``text`` under a header line that dates it ``day`` (ISO) and names it ``title``."""
    return f" date {day} {title}\n{text}"


def reported(one: str, two: str, *, day: str) -> list:
    """The disagreements ``Corpus.conflicts`` reports between two articles of one sentence each, both dated ``day``."""
    return list(Corpus.from_texts({"one": dated(day, "First", one), "two": dated(day, "Second", two)}).conflicts())


def invoke(args: list[str], **kwargs):
    return CliRunner().invoke(app, [str(a) for a in args], **kwargs)


def assert_refused(result, code: int, message: str) -> None:
    """Exactly one ``error:`` line on stderr holding ``message``, exit ``code``, empty stdout."""
    errors = [line for line in result.stderr.splitlines() if not line.startswith("note: ")]
    assert result.exit_code == code, result.stdout + result.stderr
    assert len(errors) == 1 and errors[0].startswith("error: ") and message in errors[0], result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert isinstance(result.exception, (SystemExit, type(None)))


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
