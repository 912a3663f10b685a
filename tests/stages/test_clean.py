import pytest

from summarize.ingest.load import load_paths
from summarize.model import Block, Document
from summarize.stages.clean import (
    caption,
    clean,
    credit,
    fragment,
    reader_appeal,
    repeated_lines,
    trim_dateline,
    wire_note,
)
from summarize.stages.split import blocks

from ..conftest import SEEDS

APPEALS = [
    "Independent journalism needs you. Your donation keeps our reporters in the field. Give today.",
    "We rely on readers like you. Subscribe now for unlimited access to our award-winning coverage.",
    "Sign up to our morning newsletter and we will send you the day's top stories.",
]
NEWS = [
    'The minister said: "We will not give up, and you will see results by June."',
    "Officials said donations from the public reached $3 million by Friday.",
    "The US and its allies imposed sanctions on the country in 2017.",
    "Our correspondent in Seoul said the train crossed the border early on Tuesday.",
]
CAPTIONS = [
    "View gallery Firefighters battle the blaze near the motorway on Sunday",
    "Protesters gather outside parliament in Lima (Photo: Juan Perez/Reuters)",
    "The mayor speaks to residents, in this handout picture released by the city council.",
    "A rescue worker carries a child through floodwater (AFP via Getty Images)",
]


@pytest.mark.parametrize("text", APPEALS)
def test_reader_appeals_are_dropped(text):
    assert reader_appeal(text)


@pytest.mark.parametrize("text", NEWS)
def test_news_is_kept(text):
    assert not any(rule(text) for rule in (reader_appeal, caption, credit, fragment))


@pytest.mark.parametrize("text", CAPTIONS)
def test_captions_are_dropped(text):
    assert caption(text)


@pytest.mark.parametrize("text", ["By Jane Smith and Omar Khan", "© 2025 Example Media Ltd. All rights reserved.",
                                  "Follow us on Instagram", "Share this article"])
def test_credits_and_chrome_are_dropped(text):
    assert credit(text)


def test_short_unpunctuated_line_is_a_fragment_but_a_sentence_is_not():
    assert fragment("Local death tolls")
    assert not fragment("Rain fell.")


@pytest.mark.parametrize("line, dropped", [
    ("- Homes flooded: 240", False),  # a fact box states its figures after labels, unpunctuated
    ("Containment: 40%", False),
    ("Structures destroyed: 37 homes, 12 outbuildings", False),
    ("Issued: 17 Aug 2027, 09:00", True),  # a date or time after a label is no figure
    ("Next update: 18:00", True),
    ("Casualties and damage", True),
])
def test_a_fact_box_line_is_no_fragment(line, dropped):
    assert bool(fragment(line)) is dropped


def test_lines_repeated_across_many_outlets_are_furniture():
    bl = [Block(d, 0, 10, t) for d in "abc" for t in ("Most read stories", f"Story {d} is unique news.")]
    assert repeated_lines(bl) == {"most read stories"}
    kept, dropped = clean(bl)
    assert all("Most read" not in b.text for b in kept) and len(dropped) == 3


def test_seed_boilerplate_is_removed_and_news_kept():
    docs = load_paths([SEEDS])
    kept, dropped = clean([b for d in docs for b in blocks(d)])
    kept_text = " ".join(b.text for b in kept)
    for marker in ("open image in gallery", "Your support helps us", "(Photo:", "via AP)", "KNS/AP)"):
        assert marker not in kept_text
    assert "expected to take 20 hours" in kept_text and "15,000 troops" in kept_text
    assert len(dropped) == 7


@pytest.mark.parametrize("text, news", [
    ("OSLO (Wire) _ The fjord bridge reopened on Monday.", "The fjord bridge reopened on Monday."),
    ("PORT ELLA, May 3 (Coast News) - A trawler sank overnight.", "A trawler sank overnight."),
    ("TALLINN -- Storms cut power to 9,000 homes.", "Storms cut power to 9,000 homes."),
    ("RIGA: The port reopened after the storm.", "The port reopened after the storm."),
    ("Lisbon (Agency) -- Police said 12 people were hurt.", "Police said 12 people were hurt."),
    ("MERIDA, Yucatan, Oct. 4 - \"We are safe,\" the mayor said.", "\"We are safe,\" the mayor said."),
])
def test_a_wire_dateline_is_cut_and_the_offsets_follow(text, news):
    trimmed = trim_dateline(Block("d", 100, 100 + len(text), text))
    assert trimmed.text == news and text[trimmed.start - 100:] == news


@pytest.mark.parametrize("text", [
    "UN - EU talks resumed on Monday.",  # a hyphen after capitals with no day or agency joins two names
    "NATO officials said - after a pause - that talks would go on.",
    "The Mayor (Independent) - who resigned - said nothing.",
    "Ola Berg -- the skipper -- swam ashore.",
])
def test_text_that_only_looks_like_a_dateline_is_kept(text):
    assert trim_dateline(Block("d", 0, len(text), text)).text == text


WIRE_NOTES = [
    "Eds: UPDATES with vote count; ADDS quotes from mayor. With AP Photo CHI104.",
    "EDITOR'S NOTE _ This story was reported from both sides of the border.",
    "CORRECTION: In a May 2 story about the ferry, The Associated Press misspelled the captain's name.",
    "AP Photo WX102 of March 3.",
    "(STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)",
    "(MORE)",
    "UPI-03-05-97 1120EST",
    "Associated Press Writer Dana Holt in Dover contributed to this report.",
    "On the Net:",
    "(Optional add end)",
    "(End optional trim)",
    "(Second of three parts)",
    "(Lee Park of The Harbor Times contributed reporting for this article.)",
]
WIRE_NEWS = [
    "AP photographers were among the first to reach the square on Tuesday.",
    "The eds of three newspapers signed the letter, officials said.",
    "Correction officers at the prison went on strike Monday.",
    "The council voted 5-2 to close the NATO base, the mayor said.",
    "Reporters from six papers contributed to the investigation.",
    "(The company declined to comment.)",
    "(More than 300 people attended the funeral.)",
    "Two counts were dropped. (Lee Park of The Harbor Times contributed reporting for this article.)",
]


@pytest.mark.parametrize("text", WIRE_NOTES)
def test_a_wire_note_to_editors_is_dropped(text):
    assert wire_note(text)


@pytest.mark.parametrize("text", WIRE_NEWS)
def test_news_that_opens_like_a_wire_note_is_kept(text):
    assert wire_note(text) is None


def test_a_one_sentence_lead_in_to_a_table_is_dropped_with_the_table():
    texts = ["The council met on Monday.", "Here is how the wards voted:", "North  412  Yes",
             "South  380  No", "Turnout was 41 percent.", "The mayor was pleased. She gave these figures:",
             "East  201  Yes"]
    kept, dropped = clean([Block("d", i * 100, i * 100 + len(t), t) for i, t in enumerate(texts)])
    assert [b.text for b in kept] == ["The council met on Monday.", "Turnout was 41 percent.",
                                      "The mayor was pleased. She gave these figures:"]
    assert [d.reason for d in dropped if d.block.text.endswith(":")] == ["lead-in to a table or list"]


@pytest.mark.parametrize("text", [
    "MARTA OYELE (HARBOUR BOARD): We have the pilot's log and we are reading it. We hope to have a first view within weeks.",
    "KELL: Our engineers were on site within the hour. We have nothing to hide from you or anyone.",
])
def test_a_transcript_turn_is_speech_not_an_address_to_the_reader(text):
    assert reader_appeal(text) is None


def test_an_unlabelled_address_to_the_reader_is_still_dropped():
    assert reader_appeal("We want to hear from you. Tell us what you saw. Our team reads every message.")


@pytest.mark.parametrize("text", [
    # a company's statement in its own voice: what it found, estimates and will do is the news
    "We have found no evidence that our filters are the source of the contamination. Our engineers tested every "
    "batch made since March.",
    "Our revised estimate for the repair of the sea wall is £12m. We no longer expect to reopen the promenade before "
    "the summer.",
    "We now estimate that 3,400 litres of diesel leaked into the canal. Our crews have laid booms along a mile of bank.",
    # a newsroom's reporting: who told its reporters what
    "Firefighters tell us the blaze is under control. We have been speaking to Aled Morgan, 61, who lives opposite "
    "the mill and saw the roof fall in.",
])
def test_a_body_or_newsroom_speaking_as_we_is_news(text):
    assert reader_appeal(text) is None


@pytest.mark.parametrize("text", [
    # a live page's sign-off: the newsroom of its own coverage
    "21:15 That's all from us this evening. Thanks for following our live coverage of the flooding.",
    "19:30 - We are pausing our live blog here. Join us again from 7am for the latest on the strike.",
    "That's where we'll leave it for today. There will be a full report on our evening bulletin at ten.",
    # the second person still addresses the reader
    "If your train is cancelled, you can claim a full refund. Keep your ticket and we will contact you within a week.",
])
def test_a_sign_off_or_second_person_paragraph_still_addresses_the_reader(text):
    assert reader_appeal(text) == "addresses the reader"


def test_a_transcripts_speaker_label_is_cut_off_its_paragraph_with_offsets_kept():
    text = ("Storm night\n\nTEO MARSH (PRESENTER): Good evening. Ferries are held in port.\n\n"
            "DR PIM ASHOLT (COASTAL SURVEY):\n\nThe cliff moved four metres.\n")
    doc = Document("d", text, body_start=text.index("TEO"))
    kept, dropped = clean(blocks(doc))
    assert [b.text for b in kept] == ["Good evening. Ferries are held in port.", "The cliff moved four metres."]
    assert all(text[b.start:b.end] == b.text for b in kept)
    assert [d.reason for d in dropped] == ["speaker's label"]
