"""Regression: text that was not UTF-8 was decoded as Windows-1252 whatever it was (Cyrillic,
Japanese and Chinese articles became mojibake), and one bad byte in a UTF-8 file turned the
whole file into Latin-1. Now: UTF-8 first, UTF-8 with a few bad bytes replaced, else detection."""
import pytest

from summarize.ingest.load import decode

from .conftest import invoke

SENTENCES = {
    "cp1251": "Власти города сообщили, что наводнение затронуло более двух тысяч домов, а спасатели "
              "работали всю ночь.",
    "shift_jis": "市当局によると、洪水で二千戸以上の住宅が被害を受け、救助隊は夜通し作業を続けた。",
    "gb18030": "市政府表示，洪水影响了两千多所房屋，救援人员工作了一整夜。",
    "cp1252": "The café’s owner said “we’re open again” after the flood, and the mayor’s office agreed — for now.",
}


@pytest.mark.parametrize("encoding", list(SENTENCES))
def test_legacy_encodings_are_detected(encoding):
    notes = []
    assert decode(SENTENCES[encoding].encode(encoding), name="f", notice=notes.append) == SENTENCES[encoding]
    assert len(notes) == 1 and notes[0].startswith("f: not UTF-8; read as ")


def test_utf8_with_one_bad_byte_stays_utf8():
    text = "Officials in Zürich said “the river is falling”, and the café reopened on Tuesday."
    data = text.encode("utf-8").replace(b"Tuesday", b"Tues\xffday")
    notes = []
    decoded = decode(data, name="f", notice=notes.append)
    assert decoded == text.replace("Tuesday", "Tues\ufffdday")
    assert notes == ["f: 1 byte(s) are not valid UTF-8; read as UTF-8 with them replaced by \ufffd"]


def test_clean_utf8_gives_no_notice():
    notes = []
    assert decode(SENTENCES["cp1251"].encode("utf-8"), name="f", notice=notes.append) == SENTENCES["cp1251"]
    assert notes == []


def test_cli_reads_a_cp1251_article_and_says_so(tmp_path):
    text = "Наводнение в городе\n\n" + SENTENCES["cp1251"] + " " + SENTENCES["cp1251"].replace("ночь", "день") + "\n"
    (tmp_path / "ru.txt").write_bytes(text.encode("cp1251"))
    r = invoke(["summary", tmp_path, "-n", "1"])
    assert r.exit_code == 0 and "наводнение" in r.stdout
    assert "ru.txt: not UTF-8; read as cp1251 (detected)" in r.stderr
