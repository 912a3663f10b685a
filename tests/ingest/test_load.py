from pathlib import Path

from dataclasses import replace

import pytest

from summarize import Corpus
from summarize.errors import InputError
from summarize.ingest.header import parse_document, settle_years
from summarize.ingest.load import decode, from_texts, load_paths

from ..conftest import SEEDS


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
    # a byline or an outlet's name between the headline and the date line
    ("Fire forces evacuation\nBy Ann Lee, Northern Courier\nJune 4, 2026\n\nResidents fled on Wednesday.",
     "Fire forces evacuation", "2026-06-04", "By Ann Lee"),
    ("Thousands flee\nValley Post staff\n\n5 June 2026\n\nAbout 3,500 people left.", "Thousands flee", "2026-06-05",
     "Valley Post staff"),
    # a date that closes a byline or an outlet's line after a separator
    ("Survivors count the cost\n\nWire report, 13 May 2026\n\nShops stayed shut.", "Survivors count the cost",
     "2026-05-13", "Wire report"),
    ("Dam talks resume\nBy Ann Lee | June 4, 2026\n\nTalks resumed.", "Dam talks resume", "2026-06-04", "By Ann Lee"),
    # an outlet's line a date closes may name a long body (here 14 words before the date)
    ("Ferry fares review\nPort Avrel Harbour Board Planning Transport and Licensing Sub-Committee of the Whole Council, "
     "Port Avrel, 3 May 2027\n\nFares rose.", "Ferry fares review", "2027-05-03", "Port Avrel Harbour Board"),
    # a date inside a line of news, or without its year, dates no article
    ("Vote count\nThe vote, held on June 4, 2026, was close.\n\nMore text.", "Vote count", "", "The vote"),
    ("Vote count\nBy Ann Lee, May 4\n\nThe vote was close.", "Vote count", "", "By Ann Lee"),
    # a headline that asks, a press release's line with a clock time, a byline that opens the text
    ("Dock strike: what happens now?\n\nValley Gazette | Friday 18 June 2027\n\nDockers voted.",
     "Dock strike: what happens now?", "2027-06-18", "Valley Gazette"),
    ("Ferry row: who pays now?\nHarbour Times, Port Avrel, 3 October 2027\n\nThe ferry sank.",
     "Ferry row: who pays now?", "2027-10-03", "Harbour Times"),
    ("Is the dam safe?\nBy Ann Lee | June 4, 2026\nEngineers disagree.", "Is the dam safe?", "2026-06-04", "By Ann Lee"),
    # a headline that ends on the words it quotes, above the outlet's dated line or a blank line
    ('Ferry firm boss: "We got the timetable wrong"\nHarbour Times, Port Avrel, 9 May 2027\n\nThe ferry was late.',
     'Ferry firm boss: "We got the timetable wrong"', "2027-05-09", "Harbour Times"),
    ("Orchard growers on the frost: \u2018Half the crop is gone\u2019\n\nBy Ann Lee | 2 April 2026\n\nFrost hit.",
     "Orchard growers on the frost: \u2018Half the crop is gone\u2019", "2026-04-02", "By Ann Lee"),
    ("'The lights just went out'\nValley Post, Dunmore, 11 January 2028\n\nThe grid failed.",
     "'The lights just went out'", "2028-01-11", "Valley Post"),
    # a quotation that opens the text, a line of news after it: no headline, no date
    ('"We will appeal," the club said.\nIts manager was banned on 4 June 2026 for six games.', "", "",
     '"We will appeal,"'),
    # a question that opens the text, a line of news after it: no headline, no date
    ("Who pays now?\nThe council met on 4 June 2026 and voted.", "", "", "Who pays now?"),
    ("NEWS RELEASE\n\nFor immediate release: Sunday 10 October 2027, 18:00\n\nThe firm said.", "NEWS RELEASE",
     "2027-10-10", "For immediate release"),
    ("By Ann Lee | June 4, 2026\n\nRain fell.", "", "2026-06-04", "By Ann Lee"),
    # a wire's dateline: with its year a date, without it a year-less day for the cluster to settle
    ("Bank fails\n\nLONDON, March 13, 2027 (Reuters) - The bank failed.", "Bank fails", "2027-03-13", "LONDON"),
    ("Ferry aground\n\nPORT ELLA, Oct 9 (Coast Wire) - Two died.", "Ferry aground", "--10-09", "PORT ELLA"),
    ("Senate votes\n\nWASHINGTON (AP) - The Senate voted.", "Senate votes", "", "WASHINGTON"),
    # a wire's dateline below a byline or a press release's lines; a weekday alone dates nothing
    ("Train derails\n\nBy Ann Lee, Coast Wire\n\nPORT ELLA, March 8 (Coast Wire) - A train derailed.", "Train derails",
     "--03-08", "By Ann Lee"),
    ("Firm sets up fund\n\nPRESS RELEASE\nFOR IMMEDIATE RELEASE\n\nPORT ELLA, March 11, 2027 - The firm said.",
     "Firm sets up fund", "2027-03-11", "PRESS RELEASE"),
    ("Quarry blast\n\nBy a staff reporter\n\nHOLMBRIDGE, Tuesday \u2014 Homes cracked.", "Quarry blast", "", "By a"),
    # a standfirst between the headline and the byline, then the date line
    ("Analysis: what did the firm know?\n\nThe recall has doubled in four days. Emails raise questions about the "
     "firm's account of how the fault was found\n\nBy Ann Lee, Health Correspondent\nSaturday 22 May 2027\n\nIt began.",
     "Analysis: what did the firm know?", "2027-05-22", "The recall has doubled"),
    # a bare date line after a sentence of news dates no article
    ("Fire forces evacuation\nResidents fled on Wednesday as the fire spread.\nJune 4, 2026\nMore.",
     "Fire forces evacuation", "", "Residents fled"),
    # a date past the first paragraph of news dates no article
    ("Fire forces evacuation\nResidents fled on Wednesday as the fire spread.\nJune 4, 2026 was the hottest day.",
     "Fire forces evacuation", "", "Residents fled"),
    # an incident update's issue line dates it, below its headline and the incident's name
    ("FIRE SERVICE INCIDENT UPDATE\nHollin Ridge Fire\nIssued: 17 Aug 2027, 09:00\n\nSize: 5,100 hectares",
     "FIRE SERVICE INCIDENT UPDATE", "2027-08-17", "Hollin Ridge Fire"),
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


def test_folder_of_cluster_folders_names_them(tmp_path: Path):
    for name in ("storm", "vote"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text("The bridge opened on Monday after years of work.")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"subfolders are not read.*\(storm, vote\)"):
        load_paths([tmp_path])
    (tmp_path / "storm" / "a.txt").unlink()
    (tmp_path / "vote" / "a.txt").unlink()
    with pytest.raises(InputError) as err:
        load_paths([tmp_path])
    assert "subfolders" not in str(err.value)


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


FORMATS = SEEDS.parent / "tests" / "data" / "formats"


def test_mixed_folder_reads_every_format_and_skips_unknown(tmp_path: Path):
    notes = []
    docs = load_paths([FORMATS], notice=notes.append)
    assert {Path(d.path).suffix for d in docs} == {".txt", ".md", ".html", ".json", ".jsonl"}
    assert {d.id for d in docs} == {"wire", "blog", "page", "agency-1", "export-001", "radio", "feed-001"}
    assert notes == [f"skipped {FORMATS / 'notes.csv'}: not a supported format "
                     "(.txt, .md, .markdown, .html, .htm, .json, .jsonl, .sgml, .sgm)"]
    for d in docs:
        assert d.text[d.body_start:].strip() and Path(d.path).parent == FORMATS


def test_stdin_plain_json_and_jsonl():
    import io

    (doc,) = load_paths(["-"], stdin=io.BytesIO("date 2024-01-05 Storm\nA storm hit the coast.".encode()))
    assert (doc.id, doc.path, doc.title, doc.date) == ("stdin", "-", "Storm", "2024-01-05")
    docs = load_paths(["-"], stdin=io.BytesIO(b'[{"text": "One story."}, {"id": "b", "text": "Two."}]'))
    assert [d.id for d in docs] == ["b", "stdin-000"]
    docs = load_paths(["-"], stdin=io.BytesIO(b'{"text": "One story."}\n{"text": "Two story."}\n'))
    assert [d.id for d in docs] == ["stdin-000", "stdin-001"]
    with pytest.raises(InputError, match="only once"):
        load_paths(["-", "-"], stdin=io.BytesIO(b"x"))
    with pytest.raises(InputError, match="standard input: the file is empty|-: the file is empty"):
        load_paths(["-"], stdin=io.BytesIO(b"  \n"))


def test_file_size_limit(tmp_path: Path):
    import io

    f = tmp_path / "big.txt"
    f.write_text("A storm hit the coast on Friday. " * 100)
    with pytest.raises(InputError, match=r"big.txt: 3300 bytes is over the file size limit of 1000 bytes"):
        load_paths([f], max_file_bytes=1000)
    (tmp_path / "small.txt").write_text("Rain fell on the town on Monday.")
    notes = []
    assert [d.id for d in load_paths([tmp_path], max_file_bytes=1000, notice=notes.append)] == ["small"]
    assert any("big.txt" in n and "limit" in n for n in notes)
    with pytest.raises(InputError, match="standard input: .* over the file size limit"):
        load_paths(["-"], stdin=io.BytesIO(b"x" * 2000), max_file_bytes=1000)
    with pytest.raises(InputError, match="max_file_bytes must be above 0"):
        load_paths([f], max_file_bytes=0)


def test_symlink_loop_and_broken_link(tmp_path: Path):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match="loop.txt: broken symbolic link or symlink loop"):
        load_paths([loop])
    (tmp_path / "ok.txt").write_text("The bridge opened on Monday after years of work.")
    notes = []
    assert [d.id for d in load_paths([tmp_path], notice=notes.append)] == ["ok"]
    assert any("loop.txt" in n and "symlink loop" in n for n in notes)


def test_special_file_is_not_read():
    with pytest.raises(InputError, match="binary|not a regular file"):
        load_paths(["/dev/zero"], max_file_bytes=10_000)


def test_html_declared_charset_wins(tmp_path: Path):
    page = ('<html><head><meta charset="iso-8859-15"><title>Café</title></head><body><article>'
            "<p>Le café a rouvert lundi à Paris après des travaux qui ont coûté 20 000 €.</p></article></body></html>")
    (tmp_path / "p.html").write_bytes(page.encode("iso-8859-15"))
    (doc,) = load_paths([tmp_path / "p.html"])
    assert "coûté 20 000 €" in doc.text


def test_same_id_from_two_formats_is_an_error(tmp_path: Path):
    (tmp_path / "a.txt").write_text("The bridge opened on Monday.")
    (tmp_path / "a.md").write_text("# The bridge\n\nThe bridge opened on Monday.")
    with pytest.raises(InputError, match="same id 'a'"):
        load_paths([tmp_path])


def test_html_mislabelled_utf16_is_read_as_what_it_is(tmp_path: Path):
    page = ('<html><head><meta charset="utf-16"></head><body><article><p>The council voted on Monday to close '
            "the old bridge for repairs, officials said.</p></article></body></html>")
    (tmp_path / "p.html").write_bytes(page.encode("utf-8"))
    (doc,) = load_paths([tmp_path / "p.html"])
    assert "close the old bridge" in doc.text


@pytest.mark.parametrize("dated,yearless,settled", [
    (["2027-10-10", "2027-10-11"], "--10-09", "2027-10-09"),
    (["2028-01-02"], "--12-30", "2027-12-30"),  # the wire's day before the new year
    (["2024-03-01"], "--02-29", "2024-02-29"),
    (["2025-03-01"], "--02-29", "2024-02-29"),  # the nearest year that has the day
    ([""], "--10-09", ""),  # nothing dated: no year to give
])
def test_a_wire_day_without_its_year_takes_the_nearest_year_of_its_cluster(dated, yearless, settled):
    docs = [parse_document(f"d{k}", "Text.") for k in range(len(dated))]
    docs = [replace(d, date=day) for d, day in zip(docs, dated)] + [replace(parse_document("w", "Text."), date=yearless)]
    out = settle_years(docs)
    assert [d.date for d in out] == dated + [settled]


def test_a_cluster_reads_a_wire_datelines_day_in_its_year():
    corpus = Corpus.from_texts({
        "wire": "Ferry aground\n\nPORT ELLA, Oct 9 (Coast Wire) - Two people died on Saturday.",
        "paper": "Third death\n\nBy Ann Lee, Monday 11 October 2027\n\nA third passenger died on Sunday."})
    assert corpus.dates == {"paper": "2027-10-11", "wire": "2027-10-09"}
