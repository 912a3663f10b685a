"""The web app: every endpoint returns the CLI's JSON, bad uploads get the CLI's errors, and
the page shows sources, disagreements and highlighted answers."""
from __future__ import annotations

import json
import sys

import pytest
from typer.testing import CliRunner

pytest.importorskip("starlette", reason="the [web] extra is not installed")
pytest.importorskip("multipart", reason="the [web] extra is not installed")

from markupsafe import escape  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from summarize.cli.main import app as cli  # noqa: E402
from summarize.corpus import Corpus  # noqa: E402
from summarize.model import Conflict, Side  # noqa: E402
from summarize.web.app import create_app, highlight, timeline  # noqa: E402
from tests.conftest import SEEDS  # noqa: E402

QUESTION = "How long is the train journey expected to take?"


def cli_json(*args: str) -> dict:
    result = CliRunner().invoke(cli, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app([SEEDS]))


@pytest.fixture
def empty() -> TestClient:
    return TestClient(create_app(max_file_bytes=1000))


@pytest.mark.parametrize("query, args", [("", []), ("?words=40", ["--words", "40"]),
                                         ("?sentences=2&ranker=lead", ["-n", "2", "-r", "lead"])])
def test_summary_is_the_cli_record(client, query, args):
    assert client.get("/api/summary" + query).json() == cli_json("summary", str(SEEDS), *args)


def test_ask_is_the_cli_record(client):
    answer = client.get("/api/ask", params={"q": QUESTION}).json()
    assert answer == cli_json("ask", QUESTION, str(SEEDS))
    assert answer["answer"] == "24 hours"
    two = client.get("/api/ask", params={"q": QUESTION, "top_k": 2, "retriever": "tfidf"}).json()
    assert two == cli_json("ask", QUESTION, str(SEEDS), "-k", "2", "--retriever", "tfidf")
    assert len(two["evidence"]) == 2


def test_conflicts_are_the_cli_record(client):
    assert client.get("/api/conflicts").json() == cli_json("conflicts", str(SEEDS))


@pytest.mark.parametrize("query, message", [
    ("/api/ask?q=", "the question is empty"),
    ("/api/ask?q=the%20of", "the question has no content words to search for"),
    ("/api/summary?words=ten", "words must be a whole number, got 'ten'"),
    ("/api/summary?words=0", "the budget must be at least 1, got 0"),
    ("/api/summary?words=9&sentences=2", "give a budget in sentences or in words, not both"),
    ("/api/summary?ranker=nope", "unknown ranker 'nope'"),
    ("/api/ask?q=train&retriever=nope", "unknown retriever 'nope'"),
])
def test_bad_queries_are_400_with_the_cli_message(client, query, message):
    response = client.get(query)
    assert response.status_code == 400
    assert response.json()["error"].startswith(message)


def test_nothing_to_ask_before_articles_are_added(empty):
    for path in ("/api/summary", "/api/conflicts", "/api/ask?q=train"):
        response = empty.get(path)
        assert (response.status_code, response.json()) == (400, {"error": "no articles yet: add some first"})
    assert "Add articles" in empty.get("/").text


def test_upload_files_and_paste_text(empty):
    files = [("files", ("rain.txt", b"Rain fell in Paris on Monday. The streets were flooded by noon.")),
             ("files", ("storm.md", b"# Storm\n\nRain fell in Paris on Monday, officials said."))]
    response = empty.post("/api/documents", files=files, data={"text": "Paris saw heavy rain on Monday."})
    assert response.status_code == 200
    assert [d["id"] for d in response.json()["documents"]] == ["rain", "storm", "pasted-1"]
    assert response.json()["documents"][1] == {"id": "storm", "title": "Storm", "date": "", "path": "storm.md",
                                               "source": ""}
    summary = empty.get("/api/summary?sentences=1").json()
    assert [d["id"] for d in summary["documents"]] == ["pasted-1", "rain", "storm"]
    assert summary["sentences"][0]["sources"] == ["pasted-1", "rain", "storm"]
    again = empty.post("/api/documents", data={"text": "A second pasted article about the rain in Paris."})
    assert again.json()["documents"][0]["id"] == "pasted-2"


@pytest.mark.parametrize("name, data, message", [
    ("photo.txt", b"\x89PNG\x00\x00\x01" * 20, "photo.txt: looks like a binary file, not text"),
    ("empty.txt", b"   \n", "empty.txt: the file is empty"),
    ("big.txt", b"word " * 300, "big.txt: 1500 bytes is over the file size limit of 1000 bytes "
                                "(raise it with --max-file-mb / max_file_bytes)"),
])
def test_bad_uploads_get_the_cli_error_and_change_nothing(empty, tmp_path, name, data, message):
    good = ("files", ("good.txt", b"Rain fell in Paris on Monday. The streets were flooded."))
    response = empty.post("/api/documents", files=[good, ("files", (name, data))])
    assert (response.status_code, response.json()) == (400, {"error": message})
    (tmp_path / name).write_bytes(data)
    result = CliRunner().invoke(cli, ["summary", str(tmp_path / name), "--max-file-mb", "0.001"])
    assert result.stderr.strip() == f"error: {tmp_path / name}{message[len(name):]}"
    assert empty.app.state.desk.corpus is None


def test_an_empty_form_and_an_oversized_request_are_refused(empty):
    assert empty.post("/api/documents", data={"text": "  "}).json() == {
        "error": "nothing to add: choose files or paste an article"}
    huge = empty.post("/api/documents", content=b"x" * 20_001,
                      headers={"content-type": "multipart/form-data; boundary=b"})
    assert huge.status_code == 400 and huge.json()["error"].startswith("an upload is at most 20 files of 0.001 MB")


def test_form_upload_redirects_to_the_summary_and_errors_show_on_the_page(empty):
    added = empty.post("/documents", data={"text": "Rain fell in Paris on Monday. It was cold."},
                       follow_redirects=False)
    assert (added.status_code, added.headers["location"]) == (303, "/#summary")
    refused = empty.post("/documents", files=[("files", ("x.txt", b"\x00" * 10))])
    assert refused.status_code == 400
    assert "error: x.txt: looks like a binary file, not text" in refused.text
    assert "Rain fell in Paris on Monday." in refused.text


def test_page_shows_source_chips_linked_to_sentences(client):
    page = client.get("/").text
    assert '<section id="summary">' in page
    assert 'href="/doc/000_c10a78d90ce5a747#doc-000_c10a78d90ce5a747-s0"' in page
    assert ">003</a>" in page


def test_page_shows_both_sides_of_a_disagreement(client):
    page = client.get("/").text
    conflict = page[page.index('<article class="conflict"'):]
    conflict = conflict[:conflict.index("</article>")]
    assert "24 hours" in conflict and "20 hours" in conflict
    assert conflict.count('class="side"') == 2


def test_page_highlights_the_answer_in_its_evidence(client):
    page = client.get("/", params={"q": QUESTION}).text
    assert "<strong>24 hours</strong>" in page
    assert "full journey is expected to take <mark>24 hours</mark>." in page
    assert 'href="/doc/000_c10a78d90ce5a747#doc-000_c10a78d90ce5a747-s2">in the article</a>' in page
    assert client.get("/", params={"q": "   "}).status_code == 400


def test_article_view_anchors_every_sentence(client):
    corpus = client.app.state.desk.corpus
    doc = corpus.documents[0]
    page = client.get(f"/doc/{doc.id}").text
    for s in (s for s in corpus.sentences if s.doc_id == doc.id):
        assert f'id="doc-{doc.id}-s{s.index}">{escape(s.text)}</span>' in page
    assert client.get("/doc/nope").status_code == 404


def test_highlight_escapes_and_marks_the_first_match():
    assert highlight("<b> took 24 Hours, not 24 hours", "24 hours") == \
        "&lt;b&gt; took <mark>24 Hours</mark>, not 24 hours"
    assert highlight("no <answer> here", None) == "no &lt;answer&gt; here"


def test_updates_are_shown_as_a_timeline():
    corpus = Corpus.from_texts({"a": "date 2025-09-03\nThe toll rose to 12 on Wednesday.",
                                "b": "date 2025-09-01\nThe toll was 3 on Monday.",
                                "c": "The toll was 5, a witness said."})
    update = Conflict("death toll", "updated", (Side("12", "rose to 12", ("a",)), Side("5", "was 5", ("c",)),
                                                 Side("3", "was 3", ("b",), (("b", 0),))))
    assert [(date, side.value) for date, side in timeline(update, corpus.dates)] == \
        [("2025-09-01", "3"), ("2025-09-03", "12"), ("", "5")]
    corpus.__dict__["_conflicts"] = (update,)  # as if found: the page renders what the corpus reports
    page = TestClient(create_app(corpus)).get("/").text
    page = page[page.index('<ol class="timeline">'):]
    assert page.index("<time>2025-09-01</time>") < page.index("<time>2025-09-03</time>") < page.index("undated")


def test_serve_binds_to_localhost_and_says_how_to_install_the_extra(monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    result = CliRunner().invoke(cli, ["serve", str(SEEDS), "--port", "8123"])
    assert result.exit_code == 0, result.output
    (application, options), = calls
    assert options == {"host": "127.0.0.1", "port": 8123, "log_level": "warning"}
    assert len(application.state.desk.documents) == 5
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    missing = CliRunner().invoke(cli, ["serve"])
    assert missing.exit_code == 1
    assert "install summarize[web]" in missing.stderr
