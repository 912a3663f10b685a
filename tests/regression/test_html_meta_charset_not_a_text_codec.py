"""Regression: an HTML page whose ``<meta charset>`` named a codec that is not a text encoding
(rot13, hex, base64, zlib, uu, undefined) crashed decoding; it now counts as no charset."""
import pytest

from .conftest import NEWS, invoke


@pytest.mark.parametrize("codec", ["rot13", "hex", "base64", "zlib", "uu", "undefined"])
def test_page_is_read_as_if_it_declared_nothing(tmp_path, codec):
    body = "".join(f"<p>{para}</p>" for para in NEWS.split("\n\n"))
    page = tmp_path / "page.html"
    page.write_bytes(f'<html><head><meta charset="{codec}"><title>Floods</title></head>'
                     f"<body><article>{body}</article></body></html>".encode())
    before = page.read_bytes()
    r = invoke(["summary", page, "--json"])
    assert r.exit_code == 0, r.stderr
    assert "river rose by three metres" in r.stdout and page.read_bytes() == before
