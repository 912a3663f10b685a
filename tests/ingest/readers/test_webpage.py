
import pytest

from summarize.errors import InputError
from summarize.ingest.readers.webpage import read_html

from ...conftest import REPO

PAGE = REPO / "tests" / "data" / "formats" / "page.html"


def test_article_text_title_date_and_url_from_a_saved_page():
    (doc,) = read_html(PAGE.read_text(encoding="utf-8"), stem="page", path=str(PAGE))
    assert doc.id == "page" and doc.path == str(PAGE)
    assert doc.title == "Porto floods: bridges shut as Douro rises"
    assert doc.date == "2024-03-12"
    assert doc.source == "https://daily.example.com/porto-floods"
    body = doc.text[doc.body_start:]
    assert "Floods closed the main road into Porto on Monday" in body
    assert "4 million euros" in body
    # navigation, newsletter box and footer are not article text
    for chrome in ("Home", "Subscribe", "All rights reserved", "<p>"):
        assert chrome not in doc.text


def test_page_without_article_text_is_an_error():
    with pytest.raises(InputError, match="no article text"):
        read_html("<html><head><title>x</title></head><body>  </body></html>", stem="x", path="x.html")


def test_malformed_html_still_gives_its_text():
    html = ("<html><body><div><p>The council voted on Monday to close the old bridge over the river for repairs."
            "<p>Work will start in May and last <b>six months, officials said.</div></span></table>")
    (doc,) = read_html(html, stem="m", path="m.html")
    assert "close the old bridge" in doc.text and "six months" in doc.text


def test_no_network_is_used(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    (doc,) = read_html(PAGE.read_text(encoding="utf-8"), stem="page", path=str(PAGE))
    assert doc.text
