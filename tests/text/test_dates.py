"""The date reader on news phrasing: spans, units, and the days they denote with and without the article's date."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarize.text.dates import (
    CALENDAR_WORDS,
    MONTHS,
    WEEKDAYS,
    When,
    _cues,
    _readers,
    dates,
    in_style,
    month_number,
    parse_date,
    writes_day_first,
    weekday_number,
    weekday_pattern,
)

THU = dt.date(2025, 9, 4)   # the default article date: Thursday 4 September 2025
MON = dt.date(2025, 9, 8)
WED = dt.date(2025, 9, 10)
JAN = dt.date(2026, 1, 15)


class Want(NamedTuple):
    """One expected expression: its text, unit, days (ISO; high defaults to low), whether it is relative,
    its time, and whether it can be resolved without the article's date."""
    span: str
    kind: str
    low: str | None
    high: str | None = None
    relative: bool = False
    time: str = ""
    from_text: bool = False


def R(span: str, kind: str, low: str | None, high: str | None = None, time: str = "") -> Want:
    """An expression whose days depend on the anchor."""
    return Want(span, kind, low, high, True, time)


A = Want
CASES = [
    # Wire datelines and leads.
    ("WASHINGTON, Sept 2 (Reuters) - The central bank held rates steady.", THU,
     [R("Sept 2", "date", "2025-09-02")]),
    ("LONDON, 2 September (AFP) - European shares opened higher.", THU, [R("2 September", "date", "2025-09-02")]),
    ("NEW YORK, Sept. 3, 2025 /PRNewswire/ -- The company reported quarterly results.", THU,
     [A("Sept. 3, 2025", "date", "2025-09-03")]),
    ("PARIS, Wednesday, 3 September 2025 - Ministers met behind closed doors.", THU,
     [A("Wednesday, 3 September 2025", "date", "2025-09-03")]),
    ("TOKYO, Aug. 29 (Kyodo) - Exports fell for a fourth month.", THU, [R("Aug. 29", "date", "2025-08-29")]),
    # Weekdays, resolved by tense.
    ("The minister said on Tuesday that talks would resume.", THU, [R("Tuesday", "date", "2025-09-02")]),
    ("The museum will open Sunday after a two-year renovation.", THU, [R("Sunday", "date", "2025-09-07")]),
    ("The new bridge is set to open Tuesday, officials said.", THU, [R("Tuesday", "date", "2025-09-09")]),
    ("The regulator is expected to rule on Friday.", WED, [R("Friday", "date", "2025-09-12")]),
    ("Police arrested two men late Monday.", THU, [R("late Monday", "date", "2025-09-01", time="late")]),
    ("Voting began early Tuesday in the capital.", THU, [R("early Tuesday", "date", "2025-09-02", time="early")]),
    ("The storm made landfall Tuesday morning near the coast.", THU,
     [R("Tuesday morning", "date", "2025-09-02", time="morning")]),
    ("Monday's vote was closer than expected.", THU, [R("Monday", "date", "2025-09-01")]),
    ("On Friday, the company said it had cut 200 jobs.", MON, [R("Friday", "date", "2025-09-05")]),
    ("The shop reopened last Friday.", THU, [R("last Friday", "date", "2025-08-29")]),
    ("Talks resume next Friday in Geneva.", THU, [R("next Friday", "date", "2025-09-05")]),
    ("Turnout was high this past Sunday.", THU, [R("past Sunday", "date", "2025-08-31")]),
    ("The summit opens Monday.", THU, [R("Monday", "date", "2025-09-08")]),
    # a passive takes the tense of its auxiliary; a short past form in -ed is past
    ("The vote on the levy will be held on Monday.", THU, [R("Monday", "date", "2025-09-08")]),
    ("The strike would be called off on Monday.", THU, [R("Monday", "date", "2025-09-08")]),
    ("The vote on the levy was held on Monday.", THU, [R("Monday", "date", "2025-09-01")]),
    # so does a participle after a verb of staying
    ("The line will stay closed until at least Monday.", THU, [R("Monday", "date", "2025-09-08")]),
    ("The schools will remain shut until Monday.", THU, [R("Monday", "date", "2025-09-08")]),
    ("The line remained closed on Monday.", THU, [R("Monday", "date", "2025-09-01")]),
    ("The singer died on Sunday.", THU, [R("Sunday", "date", "2025-08-31")]),
    ("Shops shut early on a Sunday in the town.", THU, [R("Sunday", "date", None)]),
    ("On Monday of this week, the envoy arrived.", dt.date(2025, 9, 5),
     [R("Monday of this week", "date", "2025-09-01")]),
    ("Leaders may stand on the rostrum at the square during Wednesday's parade, and anticipated crowds.",
     dt.date(2025, 9, 2),
     [R("Wednesday", "date", "2025-09-03")]),
    ("The results of Tuesday (Sep 2) were certified.", THU, [R("Tuesday (Sep 2)", "date", "2025-09-02")]),
    # Deictic days.
    ("Firefighters were still battling the blaze yesterday.", THU, [R("yesterday", "date", "2025-09-03")]),
    ("The report is due out today.", THU, [R("today", "date", "2025-09-04")]),
    ("Heavy rain is expected tonight across the region.", THU, [R("tonight", "date", "2025-09-04", time="night")]),
    ("The verdict will be announced tomorrow.", THU, [R("tomorrow", "date", "2025-09-05")]),
    ("Two people were hurt in a crash last night.", THU, [R("last night", "date", "2025-09-03", time="night")]),
    ("Markets steadied this morning after a sell-off.", THU,
     [R("this morning", "date", "2025-09-04", time="morning")]),
    ("Gunfire was heard overnight in the north.", THU,
     [R("overnight", "date", "2025-09-03", "2025-09-04", time="night")]),
    ("The rally was held yesterday afternoon.", THU,
     [R("yesterday afternoon", "date", "2025-09-03", time="afternoon")]),
    # Weeks, weekends, months and years counted from the anchor.
    ("Unemployment fell last week to its lowest level since 1959.", THU,
     [R("last week", "week", "2025-08-25", "2025-08-31"), A("1959", "year", "1959-01-01", "1959-12-31")]),
    ("Thousands marched through the city centre last weekend.", THU,
     [R("last weekend", "weekend", "2025-08-30", "2025-08-31")]),
    ("Thousands marched through the city centre this past weekend.", THU,
     [R("this past weekend", "weekend", "2025-08-30", "2025-08-31")]),
    ("Organisers expect thousands to march this coming weekend.", THU,
     [R("this coming weekend", "weekend", "2025-09-06", "2025-09-07")]),
    ("Organisers expect record crowds this weekend.", THU, [R("this weekend", "weekend", "2025-09-06", "2025-09-07")]),
    ("Protests continued over the weekend.", THU, [R("the weekend", "weekend", "2025-08-30", "2025-08-31")]),
    ("The new rules take effect next month.", THU, [R("next month", "month", "2025-10-01", "2025-10-31")]),
    ("Profits doubled last year, the company said.", THU, [R("last year", "year", "2024-01-01", "2024-12-31")]),
    ("The agency warned earlier this month that supplies were low.", THU,
     [R("earlier this month", "month", "2025-09-01", "2025-09-04")]),
    ("A decision is expected later this month.", THU, [R("later this month", "month", "2025-09-04", "2025-09-30")]),
    ("Prices have climbed since early this year.", THU, [R("early this year", "year", "2025-01-01", "2025-04-30")]),
    ("The merger closed late last year.", THU, [R("late last year", "year", "2024-09-01", "2024-12-31")]),
    ("Lawmakers will return early next week.", THU, [R("early next week", "week", "2025-09-08", "2025-09-10")]),
    ("Sales rose this week on strong demand.", THU, [R("this week", "week", "2025-09-01", "2025-09-07")]),
    # Counted offsets.
    ("The plant closed two days ago.", THU, [R("two days ago", "date", "2025-09-02")]),
    ("Three weeks later, the company filed for bankruptcy.", THU,
     [R("Three weeks later", "relative", "2025-09-22", "2025-09-28")]),
    ("She was charged on Aug. 28. The next day she resigned.", THU,
     [R("Aug. 28", "date", "2025-08-28"), R("The next day", "date", "2025-08-29")]),
    ("The firm was founded on 1 March 2010. Ten days later it raised money.", THU,
     [A("1 March 2010", "date", "2010-03-01"),
      Want("Ten days later", "date", "2010-03-11", relative=True, from_text=True)]),
    ("The flood struck a fortnight ago.", THU, [R("a fortnight ago", "relative", "2025-08-18", "2025-08-24")]),
    ("Cases have doubled in the past 24 hours.", THU, [R("past 24 hours", "relative", "2025-09-03", "2025-09-04")]),
    ("Police made 12 arrests in the last 48 hours.", THU, [R("last 48 hours", "relative", "2025-09-02", "2025-09-04")]),
    ("The walkout will begin on Monday and last 48 hours.", THU, [R("Monday", "date", "2025-09-08", "2025-09-08")]),
    ("The strike is due to last 48 hours.", THU, []),  # "last" is the verb: a length of time, no period
    ("Rents rose 8% over the past three years.", THU,
     [R("past three years", "relative", "2022-09-04", "2025-09-04")]),
    ("More storms are forecast in the coming weeks.", THU, [R("coming weeks", "relative", None)]),
    ("Several days ago the talks collapsed.", THU, [R("Several days ago", "date", None)]),
    # Years, decades, centuries, seasons.
    ("She joined the club in 2015 and left in 2019.", THU,
     [A("2015", "year", "2015-01-01", "2015-12-31"), A("2019", "year", "2019-01-01", "2019-12-31")]),
    ("The treaty was signed in 1648, and 1776 people signed the petition.", THU,
     [A("1648", "year", "1648-01-01", "1648-12-31")]),
    ("Prices have risen steadily since the 1990s.", THU, [A("1990s", "decade", "1990-01-01", "1999-12-31")]),
    ("The band peaked in the early '80s.", THU, [A("early '80s", "decade", "1980-01-01", "1983-12-31")]),
    ("The line was built in the 1800s.", THU, [A("1800s", "decade", "1800-01-01", "1899-12-31")]),
    ("Output is expected to recover by mid-2026.", THU, [A("mid-2026", "year", "2026-05-01", "2026-08-31")]),
    ("The 2015-16 season ended in May.", THU,
     [A("2015-16", "year", "2015-01-01", "2016-12-31"), R("May", "month", "2025-05-01", "2025-05-31")]),
    ("Spending rises in the 2024/25 financial year.", THU, [A("2024/25", "year", "2024-01-01", "2025-12-31")]),
    ("The mill dates from the 19th century.", THU, [A("19th century", "century", "1801-01-01", "1900-12-31")]),
    ("The festival will return in the spring.", THU, [R("spring", "season", "2026-03-01", "2026-05-31")]),
    ("The drought began in the summer of 2022.", THU, [A("summer of 2022", "season", "2022-06-01", "2022-08-31")]),
    ("Gas demand spiked last winter.", THU, [R("last winter", "season", "2024-12-01", "2025-02-28")]),
    ("The reservoir ran low this summer.", THU, [R("this summer", "season", "2025-06-01", "2025-08-31")]),
    ("Work on the stadium starts in the fall.", MON, [R("fall", "season", "2025-09-01", "2025-11-30")]),
    # Months.
    ("Sales slumped in March, the data showed.", THU, [R("March", "month", "2025-03-01", "2025-03-31")]),
    # a comparative with "than" bounds a month as a preposition does; "than" alone leaves a name alone
    ("Output will resume no earlier than November, the maker said.", THU,
     [R("November", "month", "2025-11-01", "2025-11-30")]),
    ("The report is due no later than December.", THU, [R("December", "month", "2025-12-01", "2025-12-31")]),
    ("The new wing may open sooner than October.", THU, [R("October", "month", "2025-10-01", "2025-10-31")]),
    ("He polled better than May.", THU, []),
    # a hedge between the preposition and its month keeps the month the preposition's
    ("The line will stay shut until at least October.", THU, [R("October", "month", "2025-10-01", "2025-10-31")]),
    ("Fares are frozen until at the earliest January, the board said.", THU,
     [R("January", "month", "2026-01-01", "2026-01-31")]),
    ("Tickets go on sale from as early as November.", THU, [R("November", "month", "2025-11-01", "2025-11-30")]),
    ("Construction will begin in March.", THU, [R("March", "month", "2026-03-01", "2026-03-31")]),
    ("Inflation hit 3.1% in March 2024.", THU, [A("March 2024", "month", "2024-03-01", "2024-03-31")]),
    ("The station has been closed since May.", THU, [R("May", "month", "2025-05-01", "2025-05-31")]),
    ("Hurricane season peaks in September.", THU, [R("September", "month", "2025-09-01", "2025-09-30")]),
    ("Talks stalled in early March.", THU, [R("early March", "month", "2025-03-01", "2025-03-10")]),
    ("The vote slipped to late January.", THU, [R("late January", "month", "2026-01-21", "2026-01-31")]),
    ("Hiring slowed in December, the survey said.", JAN, [R("December", "month", "2025-12-01", "2025-12-31")]),
    ("Sales slumped in March, the review of the year showed.", JAN, [R("March", "month", "2025-03-01", "2025-03-31")]),
    ("The plant opened in March last year and shut on 3 May this year.", THU,
     [R("March last year", "month", "2024-03-01", "2024-03-31"), R("3 May this year", "date", "2025-05-03")]),
    ("In the 12 months to August, inflation was 3.8%.", THU, [R("August", "month", "2025-08-01", "2025-08-31")]),
    ("The minister wrote to May about the plan.", THU, []),
    ("A referendum is planned for June 2027.", THU, [A("June 2027", "month", "2027-06-01", "2027-06-30")]),
    # Court dates, fixtures, weather warnings: written dates and clock times.
    ("The hearing was adjourned until 14 October.", THU, [R("14 October", "date", "2025-10-14")]),
    ("He is due to be sentenced on Oct. 3.", THU, [R("Oct. 3", "date", "2025-10-03")]),
    ("The trial is scheduled to begin on January 12.", THU, [R("January 12", "date", "2026-01-12")]),
    ("The appeal will be heard on 2nd of December.", THU, [R("2nd of December", "date", "2025-12-02")]),
    ("Fireworks lit up the sky on July 4th.", THU, [R("July 4th", "date", "2025-07-04")]),
    ("The Sept. 11, 2001, attacks changed air travel.", THU, [A("Sept. 11, 2001", "date", "2001-09-11")]),
    ("Polls open on Sept. 7 and close Sep. 8.", THU,
     [R("Sept. 7", "date", "2025-09-07"), R("Sep. 8", "date", "2025-09-08")]),
    ("The fair runs Sept. 12-14 at the showground.", THU, [R("Sept. 12-14", "date", "2025-09-12", "2025-09-14")]),
    ("Tickets go on sale on 20-22 November.", THU, [R("20-22 November", "date", "2025-11-20", "2025-11-22")]),
    ("Kick-off is at 3pm on Saturday.", THU, [R("3pm on Saturday", "date", "2025-09-06", time="15:00")]),
    ("Fixture: Sun 7 Sep, 16:30 BST", THU, [R("Sun 7 Sep, 16:30 BST", "date", "2025-09-07", time="16:30")]),
    ("The Met Office issued a yellow warning for rain from 6am Saturday until 9pm Sunday.", THU,
     [R("6am Saturday", "date", "2025-09-06", time="06:00"), R("9pm Sunday", "date", "2025-09-07", time="21:00")]),
    # a verb in the past whose object runs on to the day did it then, whichever day is nearer
    ("Students occupied the main library of the university on Saturday.", THU,
     [R("Saturday", "date", "2025-08-30")]),
    ("Police arrested the man at his home in the city on Saturday night.", THU,
     [R("Saturday night", "date", "2025-08-30", time="night")]),
    # but a day in the possessive is its noun's day ("Saturday's expected vote"), not the verb's
    ("The seizure took place on the eve of Saturday's expected vote.", THU, [R("Saturday", "date", "2025-09-06")]),
    ("The warning is in force between 00:01 and 23:59 on Tuesday.", MON,
     [A("00:01", "time", None, time="00:01"), R("23:59 on Tuesday", "date", "2025-09-09", time="23:59")]),
    ("The attack happened on Tuesday, Sept. 2, at 10 a.m. ET.", THU,
     [R("Tuesday, Sept. 2, at 10 a.m. ET", "date", "2025-09-02", time="10:00")]),
    ("Trading resumes at 0800 GMT.", THU, [A("0800 GMT", "time", None, time="08:00")]),
    ("His partner raised the alarm at 8pm.", THU, [A("8pm", "time", None, time="20:00")]),  # the full stop ends the sentence
    ("The polls closed at 10 p.m.", THU, [A("10 p.m.", "time", None, time="22:00")]),
    ("Doors open at 8.30pm and the band plays until midnight.", THU,
     [A("8.30pm", "time", None, time="20:30"), A("midnight", "time", None, time="00:00")]),
    ("Updated: 3 September 2025 at 14:05", THU, [A("3 September 2025 at 14:05", "date", "2025-09-03", time="14:05")]),
    # Edges of periods, quarters, holidays.
    ("The law takes effect at the end of the year.", THU, [R("end of the year", "year", "2025-09-01", "2025-12-31")]),
    ("Fares rise from the start of next month.", THU, [R("start of next month", "month", "2025-10-01", "2025-10-10")]),
    ("The plant should be finished by the middle of 2026.", THU,
     [A("middle of 2026", "year", "2026-05-01", "2026-08-31")]),
    ("Revenue rose 4% in Q3 2025 from the third quarter of 2024.", dt.date(2025, 10, 28),
     [A("Q3 2025", "quarter", "2025-07-01", "2025-09-30"),
      A("third quarter of 2024", "quarter", "2024-07-01", "2024-09-30")]),
    ("The bank reports Q3 results next week.", dt.date(2025, 10, 14),
     [R("Q3", "quarter", "2025-07-01", "2025-09-30"), R("next week", "week", "2025-10-20", "2025-10-26")]),
    ("He scored twice in the third quarter.", THU, []),
    ("Trains will not run on Christmas Day or Boxing Day.", THU,
     [R("Christmas Day", "date", "2025-12-25"), R("Boxing Day", "date", "2025-12-26")]),
    ("The march is planned for Easter Monday 2026.", THU, [A("Easter Monday 2026", "date", "2026-04-06")]),
    ("Crowds gathered on Good Friday.", dt.date(2025, 4, 20), [R("Good Friday", "date", "2025-04-18")]),
    ("The suspect was seen the day before yesterday.", THU, [R("the day before yesterday", "date", "2025-09-02")]),
    # Numeric dates.
    ("Posted 02/09/2025 by the council.", THU, [A("02/09/2025", "date", "2025-09-02")]),
    ("The deadline is 13/02/2026.", THU, [A("13/02/2026", "date", "2026-02-13")]),
    ("Filed 2025/09/02 with the registry.", THU, [A("2025/09/02", "date", "2025-09-02")]),
    ("Effective 02.09.2025 the tariff changes.", THU, [A("02.09.2025", "date", "2025-09-02")]),
    ("Date: 2025-09-02T08:15:00Z", THU, [A("2025-09-02T08:15:00Z", "date", "2025-09-02", time="08:15")]),
    ("Updated 02/09/2025 14:30", THU, [A("02/09/2025 14:30", "date", "2025-09-02", time="14:30")]),
    # Words that are not dates.
    ("He may resign if the vote fails.", THU, []),
    ("Supporters march on the capital on Sunday.", THU, [R("Sunday", "date", "2025-09-07")]),
    ("The Arab Spring protests spread quickly.", THU, []),
    ("The fall of the government surprised few.", THU, []),
    ("A 2,000-strong crowd watched the side win 2-1.", THU, []),
    ("Growth slowed to 3.5 per cent.", THU, []),
    ("The book was written by Jan Novak.", THU, []),
    ("Theresa May met her cabinet.", THU, []),
]


def _days(w: When) -> tuple[str | None, str | None]:
    return (w.low.isoformat() if w.low else None, w.high.isoformat() if w.high else None)


def _expected(want: Want, anchored: bool) -> tuple:
    high = want.high or want.low
    if want.relative and not anchored and not want.from_text:
        return want.span, want.kind, None, None, want.time
    return want.span, want.kind, want.low, high, want.time


@pytest.mark.parametrize("text,anchor,wanted", CASES, ids=[c[0][:40] for c in CASES])
def test_news_phrasing_with_the_article_date(text, anchor, wanted):
    got = [(w.text, w.kind, *_days(w), w.time) for w in dates(text, anchor)]
    assert got == [_expected(w, anchored=True) for w in wanted]


@pytest.mark.parametrize("text,anchor,wanted", CASES, ids=[c[0][:40] for c in CASES])
def test_news_phrasing_without_an_anchor(text, anchor, wanted):
    found = dates(text)
    assert [(w.text, w.kind, *_days(w), w.time) for w in found] == [_expected(w, anchored=False) for w in wanted]
    assert [w.anchor_relative for w in found] == [w.relative for w in wanted]
    assert all(w.resolved == (w.low is not None) for w in found)


def test_the_same_weekday_word_resolves_by_tense():
    future = dates("The theme park said it would open Sunday.", THU)
    past = dates("The theme park opened Tuesday to long queues.", WED)
    assert (future[0].low, past[0].low) == (dt.date(2025, 9, 7), dt.date(2025, 9, 9))


@pytest.mark.parametrize("text,day", [
    ("The party, which quit the coalition on Sunday, will campaign alone.", dt.date(2025, 8, 31)),  # past
    ("The storm hit the coast on Sunday.", dt.date(2025, 8, 31)),
    ("The bank will cut rates on Sunday.", dt.date(2025, 9, 7)),  # the modal tells: future
    ("The union plans to quit the talks on Sunday.", dt.date(2025, 9, 7)),
])
def test_a_verb_whose_past_is_its_present_takes_the_tense_of_the_word_before_it(text, day):
    assert dates(text, THU)[0].low == day


@pytest.mark.parametrize("text,day", [
    # a verb of intent before "to" holds its verb phrase however long, as a modal does (Thursday 4 September)
    ("The hackers have threatened to publish the stolen patient records on Monday.", dt.date(2025, 9, 8)),
    ("The mayor has vowed to open the old swimming baths on Monday.", dt.date(2025, 9, 8)),
    ("The union plans to hold a ballot of its members on Monday.", dt.date(2025, 9, 8)),
    ("The storm that forced the council to shut the harbour hit the coast on Monday.", dt.date(2025, 9, 1)),
])
def test_a_verb_of_intent_far_before_a_weekday_puts_it_to_come(text, day):
    assert dates(text, THU)[0].low == day


@pytest.mark.parametrize("text,day", [
    # a weekday opening the sentence takes its verb's tense past an aside of its subject (Thursday 4 September)
    ("On Saturday the head of the port authority, Ines Varga, opened the new ferry terminal.", dt.date(2025, 8, 30)),
    ("On Friday the airline's chief executive, who joined the company in 2019, resigned.", dt.date(2025, 8, 29)),
    ("On Tuesday the city's new mayor, elected last month, will open the harvest festival.", dt.date(2025, 9, 9)),
    ("On Wednesday, the minister, Ann Lee, will resign.", dt.date(2025, 9, 10)),  # a comma after the day opens no aside
])
def test_a_weekday_opening_a_sentence_reads_its_verb_past_an_aside(text, day):
    assert dates(text, THU)[0].low == day


def test_a_bare_weekday_without_tense_takes_the_nearer_day():
    assert dates("The summit in Rome, Monday.", THU)[0].low == dt.date(2025, 9, 1)
    assert dates("The summit in Rome, Saturday.", THU)[0].low == dt.date(2025, 9, 6)


def test_the_anchor_may_be_a_datetime_but_not_a_string():
    assert dates("It rained yesterday.", dt.datetime(2025, 9, 4, 23, 0))[0].low == dt.date(2025, 9, 3)
    with pytest.raises(TypeError, match="anchor"):
        dates("It rained yesterday.", "2025-09-04")


def test_month_first_reads_american_slashes():
    text = "Filed 09/02/2025."
    assert dates(text)[0].low == dt.date(2025, 2, 9)
    assert dates(text, month_first=True)[0].low == dt.date(2025, 9, 2)


@pytest.mark.parametrize("header,day", [
    ("2025-09-02", "2025-09-02"),
    ("2025-09-02T08:15:00Z", "2025-09-02"),
    ("2025-09-02T23:30:00-05:00", "2025-09-02"),
    ("2025-09-02T08:15:00.123+02:00", "2025-09-02"),
    ("Tue, 02 Sep 2025 08:15:00 GMT", "2025-09-02"),
    ("Tue, 2 Sep 2025 08:15:00 +0000", "2025-09-02"),
    ("Tue, 02 Sep 2025 04:15:00 EDT", "2025-09-02"),
    ("2025-09-02 08:15:00", "2025-09-02"),
    ("02 Sep 2025 08:15:00 -0400", "2025-09-02"),
    ("Tuesday, 02-Sep-25 08:15:00 GMT", "2025-09-02"),
    ("2025/09/02", "2025-09-02"),
    ("02/09/2025", "2025-09-02"),
    ("13/02/2025", "2025-02-13"),
    ("02/13/2025", "2025-02-13"),
    ("September 2, 2025", "2025-09-02"),
    ("2 September 2025", "2025-09-02"),
    ("Sept. 2, 2025", "2025-09-02"),
    ("Tuesday, September 2, 2025", "2025-09-02"),
    ("  2 september 2025 \n", "2025-09-02"),
    ("SEPT. 2, 2025", "2025-09-02"),
])
def test_parse_date_reads_header_forms(header, day):
    assert parse_date(header) == dt.date.fromisoformat(day)


def test_parse_date_month_first():
    assert parse_date("02/09/2025", month_first=True) == dt.date(2025, 2, 9)


@pytest.mark.parametrize("text", ["", "not a date", "Sept. 2", "2025", "yesterday", "2025-02-30", "31/31/2025",
                                  "Sept. 2, 2025 and Sept. 3, 2025", "September 2025", "08:15"])
def test_parse_date_refuses_what_is_not_one_full_date(text):
    assert parse_date(text) is None


_TOKENS = ["Sep", "Sept.", "Tuesday", "on", "last", "week", "2025", "02/09/2025", "2025-09-02", "3pm", "08:15",
           "1990s", "mid-2024", "in", "March", "yesterday", "two", "days", "ago", "later", "the", "weekend", "spring",
           "/", ".", ",", "-", "7", "12", "(", ")", "of", "early", "morning", "GMT", "'90s", "century", "19th"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=25), st.sampled_from([" ", "", "  ", "\n"]))
def test_spans_are_slices_of_the_input_in_order(tokens, sep):
    text = sep.join(tokens)
    found = dates(text, THU)
    assert all(text[w.start:w.end] == w.text and w.text for w in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert all(w.low is None or w.low <= w.high for w in found)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789/-.:, ()'’aApPmMTtQqsSJjuneoyYrhdDwWk\n"), max_size=60))
def test_any_text_reads_without_error(text):
    for w in dates(text, THU):
        assert text[w.start:w.end] == w.text
    parse_date(text)


def test_offsets_beyond_the_calendar_stay_unresolved():
    far = dates("The cycle repeats 999 decades from now.", THU)
    assert [(w.text, w.resolved) for w in far] == [("999 decades from now", False)]


def test_every_table_span_is_a_slice_of_its_sentence():
    for text, anchor, _ in CASES:
        assert all(text[w.start:w.end] == w.text for w in dates(text, anchor))


@pytest.mark.parametrize("unit", ["1", "/", "Sep ", "Tuesday ", " ", ".", "1/", "2025-", "Sept. 2, ", "12:", "a "])
def test_long_runs_do_not_backtrack(unit):
    text = unit * (100_000 // len(unit))
    found = dates(text)
    assert all(text[w.start:w.end] == w.text for w in found)


def test_names_match_the_old_calendar_module():
    assert len(MONTHS) == 12 and len(WEEKDAYS) == 7 and "may" in CALENDAR_WORDS and "sunday" in CALENDAR_WORDS
    assert [month_number(n) for n in ("Sept.", "sep", "December", "Smarch")] == [9, 9, 12, 0]
    assert weekday_number("Tuesday") == 1
    assert weekday_pattern().split("|")[0] == "Monday"


def test_a_weekday_after_for_is_the_day_something_is_set_for():
    assert dates("Unions have called a one-day strike for Monday.", THU)[0].low == dt.date(2025, 9, 8)
    assert dates("Unions called a one-day strike on Monday.", THU)[0].low == dt.date(2025, 9, 1)


@pytest.mark.parametrize("text, day", [
    # Thursday 4 September: Monday is 3 days back or 4 ahead, Tuesday 2 back or 5 ahead, Saturday 5 back or 2 ahead
    ("Engineers are inspecting Saturday's warehouse blaze.", dt.date(2025, 8, 30)),
    ("Police will question witnesses to Saturday's shooting.", dt.date(2025, 8, 30)),
    ("Fans are queueing for Saturday's final.", dt.date(2025, 9, 6)),
    ("Pundits are previewing Saturday's final.", dt.date(2025, 9, 6)),
])
def test_a_weekday_owning_an_unforeseen_event_names_a_day_past(text, day):
    assert dates(text, THU)[0].low == day


@pytest.mark.parametrize("text, deictic", [
    ("The plant closed yesterday evening.", True),
    ("Talks resume this morning.", True),
    ("Sales fell last year.", True),
    ("Profits rose early next month.", True),
    ("The plant closed on Monday.", False),
    ("The plant closed a day earlier.", False),
    ("The plant closed on May 18.", False),
    ("The plant closed three weeks later.", False),
])
def test_deictic_days_are_said_against_the_day_of_writing(text, deictic):
    found = dates(text, dt.date(2026, 5, 20))
    assert len(found) == 1 and found[0].deictic is deictic


@pytest.mark.parametrize("text, answer", [
    ("The plane landed at 6:00 PM today.", "6:00 PM"),
    ("The blast came early Sunday.", "Sunday"),
    ("The vote was held yesterday.", "May 17, 2026"),
    ("Prices rose last year.", "2025"),
    ("The talks resumed a day earlier.", "a day earlier"),
    ("The ship sank on May 3.", "May 3"),
])
def test_a_date_as_a_reader_answering_when_writes_it(text, answer):
    w, = dates(text, dt.date(2026, 5, 18))
    assert w.as_answer == answer


@pytest.mark.parametrize("texts, day_first", [
    (["Harbour Post, Kelby, 14 June 2029", "The pier reopened on 12 June and shut again on 13 June."], True),
    (["Kelby Tribune, June 14, 2029", "The pier reopened June 12th, two days after the storm of 10 June."], False),
    (["The pier reopened on Tuesday."], False),  # no date written: the calendar's own order
])
def test_a_cluster_writes_its_days_first_when_most_of_its_dates_do(texts, day_first):
    assert writes_day_first(texts) is day_first


@pytest.mark.parametrize("text, day_first, answer", [
    ("The vote was held yesterday.", True, "17 May 2026"),
    ("The vote was held yesterday.", False, "May 17, 2026"),
    ("The ship sank on May 3.", True, "May 3"),  # written by the article: kept as written
])
def test_a_day_the_calendar_gives_reads_as_the_articles_write_their_dates(text, day_first, answer):
    w, = dates(text, dt.date(2026, 5, 18))
    assert in_style(w.as_answer, w, day_first) == answer


@pytest.mark.parametrize("text, clock", [
    ("Pickets gathered from 7am on Tuesday.", "7am"),
    ("The polls closed at 10 p.m. on Thursday.", "10 p.m."),
    ("The polls closed on Thursday.", ""),
])
def test_the_clock_time_a_date_gives_as_written(text, clock):
    w, = dates(text, dt.date(2026, 5, 18))
    assert w.clock == clock


# Each pattern behind a cue (``_CUES``) is searched only where its cue is found: every text it
# matches must hold its cue, or skipping it would lose a reading.
_CUED = ["on 3 May 2024", "Tue, 4-Sep-25", "Sept. 7 and Oct 9, 2023", "Sunday (May 5)", "mid-March 2022",
         "since last June", "in the spring of 2021", "early summer", "three weeks ago", "two years from  now",
         "a few days later", "Fall 2020", "by the end of December", "OCT. 4", "2024-05-03", "2024/5/3", "3.5.2024",
         "mid-2019", "in 1650", "the 2019-20 season", "the 1990s", "the '90s", "the late 19th century"]
_PIECES = _CUED + ["may", "March", "mar", "the", "fall", "ago", "later", "later's", "-", ",", "(", ")", "2024", "4", "in",
                   "Dec", "december's", "ſpring", "\u212a", "weeks", "from", "now", "of", "springs", "autumnal", "19", "'", "s",
                   "century", "th", "early", "٣", "/", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join) | st.text(max_size=60))
def test_a_cued_pattern_matches_only_where_its_cue_does(text):
    assert len(_cues()) == 4  # month, season, offset, digit
    for rx, _, cue in _readers():
        if cue is not None and rx.search(text):
            assert cue.search(text), (rx.pattern[:40], text)


@pytest.mark.parametrize("text", _CUED)
def test_cued_phrases_are_read(text):
    assert dates(text, THU), text
    assert any(cue is not None and rx.search(text) for rx, _, cue in _readers()), text


@pytest.mark.parametrize("text", ["ſpring 2021", "laſt ſpring", "wınter 2020", "thİs fall", "two weeks ago", "next \u212aick-off"])
def test_letters_a_case_blind_pattern_takes_for_ascii_ones_read_without_error(text):
    """The long s, the dotless and dotted i and the Kelvin sign match ASCII letters case-blind; the
    reading takes them as those letters and keeps the text as written."""
    found = dates(text, dt.date(2024, 5, 1))
    assert all(text[w.start:w.end] == w.text for w in found)
    if "pring" in text or "nter" in text:
        assert [w.kind for w in found] == ["season"] and found[0].resolved


@pytest.mark.parametrize("text, day", [
    ("The alarm sounded at 4.10am on Thursday.", "Thursday"),
    ("The alarm sounded on Thursday at 4.10am.", "Thursday"),
    ("The alarm sounded at 9pm on 3 March.", "3 March"),
    ("The alarm sounded at 4.10am yesterday.", "March 9, 2026"),  # said against the article's date: the calendar's
    ("The alarm sounded in 2009.", "2009"),
])
def test_the_day_alone_drops_the_clock_time(text, day):
    assert dates(text, dt.date(2026, 3, 10))[0].day == day


def test_the_day_alone_drops_the_clock_time_without_the_article_date():
    assert [w.day for w in dates("At 4.10am yesterday and at 9pm on Friday the alarm sounded.")] == ["yesterday", "Friday"]


@pytest.mark.parametrize("text, day", [
    ("The barge sank on Tuesday evening.", "March 3, 2026"),  # a weekday resolved against the article's date
    ("The barge sank at 2.15am on 4 March.", "4 March"),  # written with its date: as written, without the clock
    ("The barge sank in 2009.", "2009"),  # no single day: as the answer gives it
])
def test_the_calendar_day_is_the_date_a_weekday_names(text, day):
    assert dates(text, dt.date(2026, 3, 6))[0].calendar_day == day


@pytest.mark.parametrize("text, shown", [
    ("The works will start early next year.", "early next year"),  # the part the calendar's "2027" would lose
    ("Sales fell later this month.", "later this month"),
    ("Sales fell last year.", "2025"),  # no part: the calendar's year
    ("A 14th-century abbey burned.", "14th century"),  # an adjective's century answers as the century
])
def test_a_part_or_a_century_answers_as_a_reader_writes_it(text, shown):
    assert dates(text, dt.date(2026, 3, 6))[0].as_answer == shown
