"""Invented stories where a rule of the answerer dropped the right figure before ranking: "how much did <a named person
or firm> lose?" read as asking a fall, so the sum lost ("made a loss of £2.4 million") was no candidate; and a change
told by "up"/"down" before its figure ("closed up 1.2 per cent"), which the change check could not see
(``answer._asks_change``, ``answer._states_change``)."""
from pathlib import Path

import pytest

from summarize import Corpus
from summarize.qa.answer import _asks_change, _states_change, mentions
from summarize.qa.question import parse

STORIES = {
    # a firm's loss told as a noun, beside a fall of its shares
    "pottery": ("Pottery closes kiln\nMidland Courier, Harrowgate, 3 March 2044\n\n"
                "Harrowgate Pottery, which made a loss of £2.4 million last year, said it would close its oldest kiln. "
                "Its shares fell 6% on the news. The firm employs 310 people.\n",
                "Kiln to close\nNorth Potteries Post, Harrowgate, 3 March 2044\n\n"
                "The company made a loss of £2.4 million last year, and its order book has shrunk 15%.\n"),
    # an airline's loss told with the verb, beside a rise of its costs
    "airline": ("Quillon results\nAir Trade Daily, Lisk, 28 August 2041\n\n"
                "Quillon Airways lost €55m in the first half of the year as fuel costs climbed 12%, the carrier said. "
                "It flew 4.1 million passengers.\n"),
    # changes told with "up" and "down" before the figure
    "markets": ("Markets close\nCity Ledger, Tarn, 14 May 2040\n\n"
                "The main share index closed up 1.2 per cent at 7,310 points on Friday.\n"),
    "retail": ("Shop sales slide\nHigh Street Journal, Ambry, 2 February 2043\n\n"
               "Sales at the Ambry department store chain were down 8% on the year, at £41m, the company said.\n"),
    "port": ("Port busier\nHarbour News, Selby Cove, 30 September 2038\n\n"
             "Passenger numbers at Selby Cove were up 14,000 on last summer, reaching 212,000, the port said.\n"),
}


def _ask(tmp_path: Path, name: str, question: str) -> str | None:
    folder = tmp_path / name
    folder.mkdir()
    story = STORIES[name]
    for k, text in enumerate(story if isinstance(story, tuple) else (story,), 1):
        (folder / f"a{k}.txt").write_text(text, encoding="utf-8")
    return Corpus.from_paths(sorted(folder.glob("*.txt"))).ask(question).answer


@pytest.mark.parametrize("sentence, question, figure", [
    ("Harrowgate Pottery, which made a loss of £2.4 million last year, said it would close its oldest kiln.",
     "How much did Harrowgate Pottery lose last year?", "£2.4 million"),
    ("Delia Marsh, 68, who lost savings of 12,000 dollars when the fund collapsed, said she had given up hope.",
     "How much did Delia Marsh lose?", "12,000 dollars"),
    ("Quillon Airways reported a first-half loss of €55m, blaming the cost of fuel.",
     "How much did Quillon Airways lose in the first half?", "€55m"),
])
def test_a_named_loser_s_sum_is_a_candidate(sentence, question, figure):
    assert figure in {m.text for m in mentions(sentence, parse(question))}


@pytest.mark.parametrize("name, question, figure", [
    ("pottery", "How much did Harrowgate Pottery lose last year?", "2.4"),
    ("airline", "How much did Quillon Airways lose in the first half?", "55"),
])
def test_a_named_loser_is_not_answered_with_a_change(tmp_path, name, question, figure):
    answer = _ask(tmp_path, name, question)
    assert answer is None or figure in answer and "%" not in answer


@pytest.mark.parametrize("name, question, change", [
    ("markets", "How much did the share index rise on Friday?", "1.2"),
    ("retail", "How much did sales at the chain fall?", "8%"),
    ("port", "By how much did passenger numbers at Selby Cove rise?", "14,000"),
])
def test_a_change_told_up_or_down_answers_how_much_it_moved(tmp_path, name, question, change):
    answer = _ask(tmp_path, name, question)
    assert answer is not None and change in answer


@pytest.mark.parametrize("question, asks", [
    ("How much did Harrowgate Pottery lose last year?", False),
    ("How much did the share index lose?", True),  # a thing with a level loses ground
    ("How much did Vantor shares lose on Monday?", True),  # the shares of a named firm, not the firm
    ("How much did sales fall?", True),
])
def test_only_a_named_owner_losing_asks_a_sum(question, asks):
    assert _asks_change(parse(question)) is asks


@pytest.mark.parametrize("clause, told", [
    ("the index closed up 1.2 per cent", True),
    ("sales were down 8% on the year", True),
    ("the port handled 212,000 passengers", False),
])
def test_up_or_down_before_a_figure_states_a_change(clause, told):
    assert _states_change(clause) is told
