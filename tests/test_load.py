from pathlib import Path

import pytest

from summarize.errors import InputError
from summarize.load import decode, from_texts, load_paths, parse_document

from .conftest import SEEDS


def test_seeds_load_with_dates_and_titles():
    docs = {d.id[:3]: d for d in load_paths([SEEDS])}
    assert sorted(docs) == ["000", "001", "002", "003", "004"]
    assert docs["000"].date == "2025-09-02"
    assert docs["000"].title.startswith("Kim Jong-Un to arrive in Beijing")
    assert docs["001"].title.startswith("North Korea's Kim Jong Un crosses border")
    assert docs["003"].title == "" and docs["003"].date == ""
    # 004's marker is followed by a real sentence, not a headline.
    assert docs["004"].title == ""
    assert docs["004"].text[docs["004"].body_start:].startswith("North Korea’s leader Kim Jong Un has arrived")


@pytest.mark.parametrize("text,title,date,body", [
    ("date 2024-01-05 Storm hits coast\nA storm hit the coast on Friday.", "Storm hits coast", "2024-01-05",
     "A storm hit the coast on Friday."),
    ("2005/01/08 Aid rises in the U.S.\nSaturday, January 8, 2005\nAid rose sharply.", "Aid rises in the U.S.",
     "2005-01-08", "Aid rose sharply."),
    ("Floods\nTuesday, January 18, 2005Through a telethon, money was raised.", "Floods", "2005-01-18",
     "Through a telethon, money was raised."),
    ("The council met on Monday. It voted.", "", "", "The council met on Monday. It voted."),
    ("2023-13-45 is not a date.\nMore text here.", "", "", "2023-13-45 is not a date."),
])
def test_header_parsing(text, title, date, body):
    d = parse_document("x", text)
    assert (d.title, d.date) == (title, date)
    assert d.text[d.body_start:].strip().startswith(body)


def test_decode_fallbacks():
    assert decode("café".encode("utf-8"), name="f") == "café"
    assert decode("\ufeffcafé".encode("utf-8"), name="f") == "café"
    assert decode("café – “quoted”".encode("cp1252"), name="f") == "café – “quoted”"
    assert decode("café".encode("utf-16"), name="f") == "café"
    with pytest.raises(InputError, match="binary"):
        decode(b"\x00\x01\x02PNG\x00\x00", name="f")


def test_bad_paths(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        load_paths([tmp_path / "missing.txt"])
    with pytest.raises(InputError, match="no supported files"):
        load_paths([tmp_path])
    (tmp_path / "empty.txt").write_text("  \n\t\n")
    with pytest.raises(InputError, match="empty"):
        load_paths([tmp_path / "empty.txt"])


def test_folder_skips_unusable_files_with_notice(tmp_path: Path):
    (tmp_path / "a.txt").write_text("The bridge opened on Monday after years of work.")
    (tmp_path / "b.txt").write_text("")
    (tmp_path / "c.txt").write_bytes(b"\x00\x00binary")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    notes = []
    docs = load_paths([tmp_path], notice=notes.append)
    assert [d.id for d in docs] == ["a"]
    assert len(notes) == 3 and any("notes.pdf" in n for n in notes)


def test_inputs_are_not_modified(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_bytes(b"date 2025-01-01 Title\r\nBody sentence here.\r\n")
    before = (f.read_bytes(), f.stat().st_mtime_ns)
    load_paths([f])
    assert (f.read_bytes(), f.stat().st_mtime_ns) == before


def test_from_texts_numbers_and_rejects_empty():
    assert [d.id for d in from_texts(["One story.", "Two story."])] == ["000", "001"]
    with pytest.raises(InputError):
        from_texts(["", "   "])
