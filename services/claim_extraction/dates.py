"""Dates: expressions found by pattern, resolved to ISO 8601 against the publication date.

Resolution rules (all relative to ``published_at``; without it only self-contained dates resolve):
* explicit: "15 May 2025", "May 15, 2025", "April 2022", "in 2019", "2025-05-11"; numeric "3/12/2025"
  month first (US) unless only day first is a date, or month first lies after publication and day
  first does not; "14.03.2025" day first.
* month-day without a year ("May 15"): the year of the closest preceding explicit year in the same
  sentence if there is one ("in April 2022, shortly after ... February 24" -> 2022), else the year that
  puts it nearest the publication date; a past-tense sentence prefers the past when that is within
  nine months, a sentence in the present tense alone the future ("The plan takes effect July 1": the
  calendar) unless the day lies within the last month.
* ranges "May 8-10" -> value 2025-05-08, end_value 2025-05-10; "between 2019 and 2023", "2019-23" ->
  value 2019, end_value 2023.
* weekdays ("on Tuesday", "said Tuesday"): the latest such day on or before publication, or the next
  one after it when the sentence is in the future or only the present tense ("The trial begins on
  Monday") or the weekday follows "until", "by", "before" or "next" ("since" and "last" look back; so
  does a weekday after "said", "according to", "a filing").
* a month alone ("in October", "since March", "last December"): the year named earlier in the sentence
  (a frame such as "in 2022" or "April 2022", not a bound such as "since 1993"), else by wording and
  tense (past: the latest such month begun by publication; future, or the present tense alone: the
  next one, but last month stays last month's: "Unemployment is 4.1% in October").
* "that year", "the same year", "that February": the year of the last date the article gave (nothing
  when it gave none).
* a decade ("the 1990s", "the '90s") as the range 1990..1999; a quarter or half of a year ("the third
  quarter of 2024", "Q3 2024", "H1 2024") as the range of its months; "N days/weeks/months/years ago"
  counted back from publication to the unit's precision (a week ago is a day; a month ago is a month),
  and so is what happened the time "since" that has passed ("it has been five days since the storm",
  "in the 10 days since the storm").
* a day known by name ("on Christmas Day", "after Thanksgiving", "Election Day 2024"; the table and
  its limits are in named_days.py): the year written or framing the sentence, else the occurrence
  the wording or the tense points to, as for a weekday; "the Sunday after Thanksgiving" counts on
  from it. A bare "Christmas" or "Easter" needs a preposition before it ("Christmas shopping" is no day).
* a quarter without its year ("third-quarter profit", "in the second quarter", "Q3 sales"), only in a
  sentence about money or output (a game has quarters): the latest one over by publication, or in a
  sentence about what is to come the one under way or the next.
* "over the weekend", "last/this/next weekend": that Saturday and Sunday (value and end_value).
* a day of the month alone ("on the 14th", "the 28th of this month"): by the tense, as for a weekday
  (nothing without one); not an ordinal before what it ranks ("the 3rd Infantry Division").
  "November the 5th" is November 5. "The start/end of the year/month" is this year's/month's.
* "9/11", and "September 11" with what names the attacks ("since September 11", "the September 11
  attacks"): 2001-09-11.
* relative: yesterday/today/tomorrow, tonight, last night, this morning/afternoon/evening;
  last/this/next week-less units (year, month, season).
  "last/this/next week" as that calendar week, Monday to Sunday (value and end_value).
  Vague expressions ("recently", "over the past week", "over the past year") yield nothing; nor do recurring
  weekdays ("every Friday") and fiscal years ("fiscal 2026": not the calendar year). A weekday
  right before a date ("Thursday, June 19, 2025") is that date, not a second one. "2022/23" is the
  range 2022..2023; "by 2100" is a year; "January of this year" is this year's January.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from schemas.claims import DateFacet
from services.claim_extraction.named_days import DAY_FORM, NAMED_DAY_PATTERN, named_day
from services.claim_extraction.quantities import ORDINAL_WORDS, ordinal_value

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)"
# "the first of April", "March the twenty-first": a day of the month in words
_WORD_DAY = r"(?P<wday>first|" + ORDINAL_WORDS + r")"
_AGO_COUNT = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
# "three and a half years ago", "a year and a half ago": a year's half is six months
_AGO_UNIT = (
    r"(?P<half1>\s+and\s+a\s+half)?\s+(?P<agounit>day|week|fortnight|month|year)s?"
    r"(?P<half2>\s+and\s+a\s+half)?"
)
# "February 6 and 7, 2026", "between November 23 and 25,": the second day ends the phrase (not "on
# March 3 and 4 people died")
_DAY_AND = (
    r"\s+(?:and|to|through|until)\s+(?P<day2b>[0-3]?\d)(?:st|nd|rd|th)?"
    # (a year, a stop, or a word no count is of: "the storms on January 9 and 10 alone removed", "on
    # March 3 and 4 flooded"; not "on March 9 and 10 people")
    r"(?=,?\s+(?:1[6-9]|20)\d\d\b|\s*[.,;:)]|\s*$|\s+(?:alone|only|respectively|both|when|while|as|at|in|"
    r"on|after|before|during|with|this|last|next|and|or|but|were|was|will|would|had|have|has|[a-z]{3,}ed)\b)"
)
_MONTH_NAME = "(?:" + "|".join(calendar.month_name[1:]) + ")"  # a month's full name, capitalised
_PATTERNS = [
    # "the first of April", "April the first"
    re.compile(rf"\bthe\s+{_WORD_DAY}\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+the\s+{_WORD_DAY}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE),
    re.compile(r"\b(?P<iso>(?:1[6-9]|20)\d\d-[01]\d-[0-3]\d)\b"),
    # numeric: "3/12/2025", "03/12/25" (US order unless only the other reads as a date), "14.03.2025"
    re.compile(
        r"(?<![\d/.])(?P<na>[01]?\d|[23]\d)/(?P<nb>[0-3]?\d)/(?P<nyear>(?:19|20)\d\d|\d\d)\b(?![/.]\d)"
    ),
    re.compile(r"(?<![\d/.])(?P<eday>[0-3]?\d)\.(?P<emonth>[01]?\d)\.(?P<eyear>(?:19|20)\d\d)\b(?!\.\d)"),
    # with a two-digit year, day and month in two digits each: "from 24.02.22 to 15.03.25"
    # (not a version number: "Version 10.12.25", "v10.12.25", "build 10.12.25")
    re.compile(
        r"(?<![\d/.vV])(?<!ersion )(?<!elease )(?<!uild )"
        r"(?P<eday>[0-3]\d)\.(?P<emonth>[01]\d)\.(?P<eyear>\d\d)\b(?![.,]\d)"
    ),
    # ("November the 5th", as said aloud)
    re.compile(
        rf"\b{_MONTH}\s+(?:the\s+)?{_DAY}(?:\s*[-–]\s*{_DAY2}|{_DAY_AND})?(?:,?\s+{_YEAR})?\b(?!:\d)",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_DAY}(?:\s*[-–]\s*{_DAY2})?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b", re.IGNORECASE),
    # a quarter or half of a year: "the third quarter of 2024", "Q3 2025", "third-quarter 2025",
    # "the first half of 2024", "H1 2024" -> the months it spans
    re.compile(
        r"\b(?:(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?P<qpart>quarter|half)(?:\s+of)?,?"
        r"|(?-i:(?P<qletter>[QH])(?P<qnum>[1-4])))\s+(?P<qyear>(?:19|20)\d\d)\b",
        re.IGNORECASE,
    ),
    # a day known by name: "on Christmas Day", "after Thanksgiving", "Election Day 2024"
    re.compile(
        r"(?:\b(?P<nprep>on|before|after|since|by|until|till|over|at|for|during|around|through|ahead\s+of|"
        r"last|next|this)\s+(?:the\s+)?)?\b(?P<named>" + NAMED_DAY_PATTERN + r")\b"
        r"(?:,?\s+(?:of\s+)?(?P<namedyear>(?:19|20)\d\d)\b)?",
        re.IGNORECASE,
    ),
    # a quarter without its year: "third-quarter profit", "in the second quarter", "Q3 sales"; counted
    # from publication, and only where the sentence talks money or output (a game has quarters too)
    re.compile(
        r"\b(?P<bqord>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\b(?!\s+of\b|[- ]?(?:19|20)\d\d)"
        r"|(?-i:\b(?P<bqletter>Q)(?P<bqnum>[1-4]))\b(?!\s*(?:19|20)\d\d|\s*/)"
        # a quarter named by its last month, as Australian and Indian statistics do: "the March quarter"
        r"|\bthe\s+(?P<bqmonth>(?-i:March|June|September|December))\s+quarter\b(?!\s+of\b|\s+(?:19|20)\d\d)",
        re.IGNORECASE,
    ),
    # "in the last quarter", "this quarter", "next quarter": counted from publication (money or output
    # only; not "the previous quarter", which counts from the period the sentence names)
    re.compile(
        r"\b(?:the\s+)?(?P<rqwhich>last|past|latest|most\s+recent|this|current|next|coming)\s+"
        r"quarter\b(?!\s+of\b|\s+century)",
        re.IGNORECASE,
    ),
    # "since the start of the year", "by the end of the month": this year's, this month's; the start of
    # a year is its January, its end December ("at the end of last year": last December)
    re.compile(
        r"\b(?:the\s+)?(?P<edge>start|beginning|end|middle|close|turn)\s+of\s+"
        r"(?P<edgewhich>the|this|last|next)\s+(?P<edgeunit>year|month)\b",
        re.IGNORECASE,
    ),
    # a day of the month alone: "on the 14th", "the 28th of this month", "by the 3rd of next month" (not
    # "the 5th generation", "the 3rd Infantry Division": an ordinal before a word it ranks)
    re.compile(
        r"\b(?:(?P<odprep>on|by|until|since|from|before|after)\s+)?the\s+(?P<oday>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
        r"(?:\s+of\s+(?P<odwhich>this|next|last)\s+month\b)?"
        r"(?=\s*(?:[,.;:)!?]|$)|\s+(?-i:at|in|when|for|after|before|until|with|as|but|so|and)\b(?!\s+\d))",
        re.IGNORECASE,
    ),
    # "over the weekend", "last weekend", "this weekend": Saturday to Sunday
    re.compile(
        r"\b(?P<wkprep>over|on|at|during|through|until|into|by|this|last|next|past)\s+(?:the\s+)?weekend\b"
        r"(?!\s+of\b)",
        re.IGNORECASE,
    ),
    # "the first half of the year", "the third quarter of last year": counted from publication
    re.compile(
        r"\b(?P<rord>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?P<rpart>quarter|half)\s+of\s+"
        r"(?P<rwhich>the|this|last|next)\s+year\b",
        re.IGNORECASE,
    ),
    # "9/11", "post-9/11": the attacks of September 11, 2001
    re.compile(r"(?<![\d/])(?P<nineeleven>9/11)(?![\d/])"),
    # "the '90s", "the ’80s": a decade written short (the twentieth century from the '30s on)
    re.compile(r"(?<!\w)['’](?P<sdecade>\d)0s\b"),
    # "in September last year", "March next year": the month of that year
    re.compile(r"\b(?P<ymonth>" + _MONTH_NAME + r")\s+(?:of\s+)?(?P<ywhich>(?i:last|this|next))\s+year\b"),
    # year ranges: "between 2019 and 2023", "from 2019 to 2023", "2019-2023", "2019–23"
    re.compile(
        r"\b(?:between|from)\s+(?P<ryear>(?:1[6-9]|20)\d\d)\s+(?:and|to|through|until)\s+"
        r"(?P<ryear2>(?:1[6-9]|20)\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?P<ryear>(?:1[6-9]|20)\d\d)\s*[-–/]\s*(?P<ryear2>(?:1[6-9]|20)\d\d|\d\d)\b(?![-–/%])"),
    re.compile(
        r"\b(?:in|since|by|until|from|of|during|before|after|early|late|mid-?)\s+(?P<byear>(?:1[6-9]|20)\d\d|2100)\b(?!s)",
        re.IGNORECASE,
    ),
    # a bare year ("2024 was the hottest year", "the 2015 Paris Agreement"): a four-digit number from
    # 1800 to 2099 that is not money, a share, a decimal or part of a larger number
    re.compile(r"(?<![\d,.$£€¥])\b(?P<byear>(?:18|19|20)\d\d)\b(?!s\b|[,.]\d|\s*(?:%|per ?cent|[-–]\d))"),
    # a span of months without a year: "in the October-December period", "the July–September quarter"
    re.compile(
        r"\b(?:in|during|for|over|from)\s+the\s+(?P<mr1>"
        + _MONTH_NAME
        + r")\s*[-–]\s*(?P<mr2>"
        + _MONTH_NAME
        + r")\b(?!\s*\d)"
    ),
    # a month without day or year ("in October", "since March", "last December"): capitalised only
    re.compile(
        r"\b(?P<prep>(?i:in|since|by|until|through|to|and|from|between|during|before|after|early|late|mid-?|of|last|this|next|for))"
        r"(?:\s+|(?<=-))(?P<bmonth>" + _MONTH_NAME + r")\b(?!\s*\d)"  # ("mid-October")
        # "compared with April", "up 3% over March" (not "with May": Theresa May)
        r"|\b(?P<cprep>(?i:compared (?:with|to)|over|than|versus|vs\.?))\s+(?P<cmonth>"
        + "|".join(m for m in calendar.month_name[1:] if m != "May")
        + r")\b(?!\s*\d)"
        # the middle of a list of months: "in October, November and December"
        r"|(?<=,\s)(?P<lmonth>" + _MONTH_NAME + r")\b(?=,|\s+(?:and|or)\s)(?!\s*\d)"
    ),
    # "on Tuesday", and the wire style "was sentenced Tuesday" (capitalised: a weekday, not a word); a
    # clock time may stand between the preposition and the day: "until 6am on Saturday", "since 06:00
    # Saturday"
    re.compile(
        r"\b(?:(?P<wprep>(?i:on|until|till|by|before|from|since|next|last|this|as of))\s+"
        r"(?:(?i:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|noon|midnight)"
        r"\s+(?:(?i:on)\s+)?)?)?"
        r"(?P<weekday>" + "|".join(calendar.day_name) + r")\b"
    ),
    re.compile(
        r"\b(?P<rel>yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b",
        re.IGNORECASE,
    ),
    # "three days ago", "a year ago": counted back from publication, to the unit's precision
    re.compile(
        r"\b(?P<ago>" + _AGO_COUNT + r")" + _AGO_UNIT + r"\s+ago\b",
        re.IGNORECASE,
    ),
    # so is what happened the time "since" that has passed: "It has now been five days since the hurricane
    # came ashore", "in the 10 days since the storm"
    re.compile(
        r"\b(?:been|the)\s+(?P<ago>" + _AGO_COUNT + r")" + _AGO_UNIT + r"\s+since\b",
        re.IGNORECASE,
    ),
    # "the following day", "the previous morning", "two days later", "a week later": counted from the
    # last day the sentence or the article dated
    re.compile(
        r"\bthe\s+(?P<dayrel>following|next|previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b|"
        # "the day before", "the night after" (not "the day before the vote": counted from the vote)
        r"\bthe\s+(?:day|morning|afternoon|evening|night)\s+(?P<dayrel2>before|after)\b(?=\s*(?:[,.;:)]|$))|"
        r"\b(?P<dayn>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<dayunit>days?|weeks?)\s+"
        r"(?P<daydir>later|earlier|before|after)\b(?=\s*(?:[,.;:)]|$|and\b|when\b))",
        re.IGNORECASE,
    ),
    # "the previous month", "the month before", "the prior year": counted from the month (or the year)
    # the sentence dated before it ("accelerated in November after ... the previous month")
    re.compile(
        r"\bthe\s+(?P<monthrel>previous|preceding|prior|following)\s+month\b|"
        r"\bthe\s+month\s+(?P<monthrel2>before|after)\b(?=\s*(?:[,.;:)]|$))|"
        r"\bthe\s+(?P<yearrel>previous|preceding|prior|following)\s+year\b|"
        r"\bthe\s+year\s+(?P<yearrel2>before|after)\b(?=\s*(?:[,.;:)]|$))",
        re.IGNORECASE,
    ),
    # "three years earlier", "a year later": counted from the year the sentence (or the article) named
    re.compile(
        r"\b(?P<shiftn>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+"
        r"(?P<shiftdir>earlier|before|later|after)\b(?=\s*(?:[,.;:)]|$|and\b|when\b|in\b))",
        re.IGNORECASE,
    ),
    # "that week", "the same day", "that night": the last day the article dated
    re.compile(r"\b(?i:that|the same)\s+(?P<thatday>(?i:day|morning|afternoon|evening|night|week))\b"),
    # "that year", "the same year", "that same year", "that February": the year the article named last
    re.compile(
        r"\b(?i:that(?:\s+same)?|the same)\s+(?:(?P<thatyear>(?i:year))\b|(?P<thatmonth>"
        + _MONTH_NAME
        + r")\b)"
    ),
    # a decade: "the 1990s" -> 1990..1999
    re.compile(r"\b(?P<decade>(?:1[6-9]|20)\d0)s\b"),
    re.compile(
        # (not "in the last year": the last twelve months, like "the past year")
        r"(?<!\bthe )\b(?P<which>last|this|next|past)\s+"
        r"(?P<unit>year|month|week|spring|summer|autumn|fall|winter)\b",
        re.IGNORECASE,
    ),
]
_MONTH_NAMES_NEEDING_CAPS = {"may", "march", "jan", "mar", "jun", "aug", "sept", "sep", "oct", "dec", "nov"}
_FISCAL_YEAR = re.compile(
    r"\b(?:fiscal(?:\s+year)?|financial\s+year|FY)\s*(?:1[6-9]|20)\d\d(?:\s*[-–/]\s*\d\d(?:\d\d)?)?\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b\d{1,2}(?::\d\d)?\s?(?:[ap]\.?m\.?)(?![a-z])|\b\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?\b"
    # a race's time, on the clock's pattern: "2:05:41", "1:21.907", "1h31m07.412s"
    r"|\b\d{1,2}h\d\dm\d\d(?:\.\d+)?s\b"
    # "six o'clock this morning"
    r"|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b"
    # a wire service's 24-hour clock with its zone: "at 0900 GMT", "1430 ET"
    r"|\b(?:[01]\d|2[0-3])[0-5]\d"
    r"(?=\s?(?-i:GMT|UTC|ET|EST|EDT|BST|CET|CEST|JST|HKT|SGT|local time)(?![\w-]))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateContext:
    """What resolution needs to know about the sentence."""

    published_at: date | None
    past: bool
    future: bool
    present: bool = False  # present tense only: "City travel to Tottenham on Sunday" is the next one
    # (month, day) -> year of the days the article dated in full earlier: "October 7, 2023" makes a
    # later "the October 7 attack" 2023, not the latest October 7
    known_days: Mapping[tuple[int, int], int] = field(default_factory=dict)
    last_year: int | None = None  # the year of the last date the article gave: what "that year" means
    last_day: date | None = None  # the last day the article dated: what "the following day" counts from
    last_month: date | None = None  # the first day of the last month the article dated


def _nearest_year(month: int, day: int, anchor: date, past: bool, scheduled: bool = False) -> int:
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, min(day, calendar.monthrange(year, month)[1])))
        except ValueError:
            continue
    best = min(candidates, key=lambda d: (abs((d - anchor).days), d > anchor))
    if past and best > anchor:
        # a past-tense sentence looks back up to nine months ("cut rates on March 15", published in
        # October); further back, the day is more likely one still to come ("offered talks on May 15")
        earlier = [d for d in candidates if d <= anchor]
        if earlier and (anchor - earlier[-1]).days <= 270:
            best = earlier[-1]
    elif scheduled and (anchor - best).days > _RECENT_DAYS:
        # only the present tense ("The plan takes effect July 1", published in November): what is
        # scheduled, the next one within nine months; a day of the last month may be a report's
        later = [d for d in candidates if d > anchor]
        if later and (later[0] - anchor).days <= 270:
            best = later[0]
    return best.year


_RECENT_DAYS = 31  # a present-tense sentence may report on the last month ("Sales are up 5% in October")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _resolve(
    m: re.Match[str],
    ctx: DateContext,
    anchor_year: int | None,
    anchor_day: date | None = None,
    anchor_month: date | None = None,
) -> tuple[str, str | None] | None:
    groups = m.groupdict()
    if monthrel := (groups.get("monthrel") or groups.get("monthrel2") or "").lower():
        counted_from_month = anchor_month or ctx.last_month
        if counted_from_month is None:
            return None
        return _month_from(counted_from_month, 1 if monthrel in {"following", "after"} else -1), None
    if yearrel := (groups.get("yearrel") or groups.get("yearrel2") or "").lower():
        # (the article's last year only for a sentence that opens with it, as for "a year later")
        year = anchor_year or (ctx.last_year if not m.string[: m.start()].strip() else None)
        if year is None:
            return None
        return str(year + (1 if yearrel in {"following", "after"} else -1)), None
    # "the following day", "the day before"
    which = (groups.get("dayrel") or groups.get("dayrel2") or "").lower()
    if which or groups.get("dayn"):
        counted_from = anchor_day or ctx.last_day
        if counted_from is None:
            return None
        if which:
            shift = 1 if which in {"following", "next", "after"} else -1
        else:
            n = _count(groups["dayn"])
            n *= 7 if groups["dayunit"].lower().startswith("week") else 1
            shift = -n if groups["daydir"].lower() in {"earlier", "before"} else n
        return (counted_from + timedelta(days=shift)).isoformat(), None
    if groups.get("shiftn"):
        # the year named earlier in the sentence; the article's last one only for a sentence that opens
        # with it ("The plant opened in 2019. Two years later, it closed."): "down from $1.02 a year
        # earlier" counts from a period the sentence does not name
        year = anchor_year or (ctx.last_year if not m.string[: m.start()].strip() else None)
        if year is None:
            return None
        n = _count(groups["shiftn"])
        sign = -1 if groups["shiftdir"].lower() in {"earlier", "before"} else 1
        return str(year + sign * n), None
    if groups.get("thatday"):
        that_day = anchor_day or ctx.last_day  # the sentence's own day first: "on May 29, ... that week"
        if that_day is None or (ctx.future and not ctx.past):
            return None  # ("That day will come": a day ahead, not the one dated)
        if groups["thatday"].lower() == "week":  # that calendar week, Monday to Sunday
            monday = that_day - timedelta(days=that_day.weekday())
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
        return that_day.isoformat(), None
    if groups.get("thatyear") or groups.get("thatmonth"):
        if ctx.last_year is None:
            return None
        if groups.get("thatmonth"):
            return f"{ctx.last_year:04d}-{MONTHS[groups['thatmonth'].lower()]:02d}", None
        return str(ctx.last_year), None
    if groups.get("nineeleven"):
        return "2001-09-11", None
    if groups.get("iso"):
        return (groups["iso"], None) if _safe_date(*map(int, groups["iso"].split("-"))) else None
    if groups.get("byear"):
        return groups["byear"], None
    if groups.get("nyear"):
        return _numeric(int(groups["na"]), int(groups["nb"]), groups["nyear"], ctx.published_at)
    if groups.get("eyear"):
        year = int(groups["eyear"])
        year += 0 if year >= 100 else 2000 if year < 70 else 1900  # "24.02.22"
        dotted = _safe_date(year, int(groups["emonth"]), int(groups["eday"]))
        return (dotted.isoformat(), None) if dotted else None
    if groups.get("ryear"):
        first, last = groups["ryear"], groups["ryear2"]
        if len(last) == 2:
            last = first[:2] + last
        return (first, last) if int(last) > int(first) else None
    if groups.get("decade"):
        return groups["decade"], str(int(groups["decade"]) + 9)
    if groups.get("sdecade"):
        first = (1900 if int(groups["sdecade"]) >= 3 else 2000) + 10 * int(groups["sdecade"])
        return str(first), str(first + 9)
    if groups.get("qyear"):
        return _part_of_year(groups)
    pub = ctx.published_at
    if groups.get("named"):
        named = _named(groups, ctx, anchor_year)
        weekday_before = _WEEKDAY_FROM.search(m.string, max(0, m.start() - 16), m.start())
        named_prep = (groups.get("nprep") or "").lower()
        if named is None or weekday_before is None or named_prep not in {"after", "before"}:
            return named
        # "the Sunday after Thanksgiving": that weekday counted from the day
        holiday, target = date.fromisoformat(named[0]), WEEKDAYS[weekday_before["wd"].lower()]
        if named_prep == "after":
            step = (target - holiday.weekday()) % 7 or 7
        else:
            step = -((holiday.weekday() - target) % 7 or 7)
        return (holiday + timedelta(days=step)).isoformat(), None
    if groups.get("bqord") or groups.get("bqletter") or groups.get("bqmonth"):
        return _bare_quarter(groups, ctx)
    if groups.get("edgeunit"):
        if pub is None:
            return None
        step = {"last": -1, "next": 1}.get(groups["edgewhich"].lower(), 0)
        edge = groups["edge"].lower()
        if groups["edgeunit"].lower() == "year":
            year = pub.year + step
            edge_month = 1 if edge in {"start", "beginning"} else 12 if edge in {"end", "close"} else None
            return (f"{year:04d}-{edge_month:02d}" if edge_month else str(year)), None
        return _month_from(pub, step), None
    if groups.get("oday"):
        return _day_of_month(int(groups["oday"]), groups, ctx)
    if groups.get("rqwhich"):
        return _relative_quarter(" ".join(groups["rqwhich"].lower().split()), ctx)
    if groups.get("wkprep"):
        return _weekend(groups["wkprep"].lower(), ctx)
    if groups.get("rwhich"):
        if pub is None:
            return None
        counted = pub.year + {"last": -1, "next": 1}.get(groups["rwhich"].lower(), 0)
        part = {"qord": groups["rord"], "qpart": groups["rpart"], "qletter": None, "qnum": None}
        return _part_of_year({**part, "qyear": str(counted)})
    if groups.get("ago"):
        if pub is None:
            return None
        if (groups.get("half1") or groups.get("half2")) and groups["agounit"].lower() == "year":
            months = 12 * _count(groups["ago"]) + 6
            return _ago(str(months), "month", pub)
        return _ago(groups["ago"].lower(), groups["agounit"].lower(), pub)
    if groups.get("rel"):
        if pub is None:
            return None
        word = groups["rel"].lower()
        shift = -1 if word in {"yesterday", "last night"} else 1 if word == "tomorrow" else 0
        return (pub + timedelta(days=shift)).isoformat(), None
    if groups.get("weekday"):
        if pub is None:
            return None
        target = WEEKDAYS[groups["weekday"].lower()]
        prep = (groups.get("wprep") or "on").lower()
        ahead = (target - pub.weekday()) % 7
        behind = -((pub.weekday() - target) % 7)
        if prep == "by" and ctx.past and not (ctx.future or ctx.present):
            delta = behind  # "By Tuesday evening, utilities had restored power": a past deadline
        elif prep in {"until", "till", "by", "before", "next"}:  # "suspended until Wednesday"
            delta = (ahead or 7) if prep == "next" else ahead
        elif prep in {"since", "last", "as of"}:  # ("Polls show Hale leading as of Wednesday")
            delta = (behind or -7) if prep == "last" else behind
        elif _REPORTED_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
            delta = behind  # "will cut 1,200 jobs, according to a filing on Thursday": the filing is past
        elif _POSSESSIVE_DAY.match(m.string, m.end()) and not _WILL.search(m.string):
            delta = behind  # "Read the transcript of Thursday night's debate": an event that happened
        else:
            delta = ahead if (ctx.future or ctx.present) and not ctx.past else behind
        return (pub + timedelta(days=delta)).isoformat(), None
    if groups.get("which"):
        return _relative_period(groups["which"].lower(), groups["unit"].lower(), pub)
    if groups.get("ymonth"):
        if pub is None:
            return None
        shifted = pub.year + {"last": -1, "this": 0, "next": 1}[groups["ywhich"].lower()]
        return f"{shifted:04d}-{MONTHS[groups['ymonth'].lower()]:02d}", None
    listed = groups.get("bmonth") or groups.get("lmonth")
    if listed and (shared := _SHARED_YEAR_AFTER.match(m.string, m.end())):
        # "in January and April 2023", "in October, November and December 2019": the list's year
        return f"{int(shared['year']):04d}-{MONTHS[listed.lower()]:02d}", None
    if groups.get("mr1"):
        first, last = MONTHS[groups["mr1"].lower()], MONTHS[groups["mr2"].lower()]
        # a period of data, which has ended whatever the tense ("is expected to show the economy shrank
        # in the July-September period")
        ended = _bare_month(last, "since", ctx, anchor_year)
        if ended is None:
            return None
        year = int(ended[0][:4]) - (1 if first > last else 0)
        return f"{year:04d}-{first:02d}", ended[0]
    if groups.get("bmonth"):
        if groups["prep"].lower() == "by" and _DEADLINE_NOUN.search(
            m.string, max(0, m.start() - 40), m.start()
        ):
            # "bets on a cut by March": the deadline of something still to come, whatever the tense
            ctx = replace(ctx, past=False, future=True, present=False)
        if (
            groups["prep"].lower() in {"through", "to"}
            and _COVERAGE_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
            and not ctx.future
        ):
            # "The data cover the year through June", "in the 12 months to September": a period of
            # data that has ended, whatever the tense
            ctx = replace(ctx, past=True, future=False, present=False)
        prep = groups["prep"].lower()
        if prep == "in" and _BACK_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
            prep = "since"  # "lowered the limit back in September": the past one, whatever the tense
        return _bare_month(MONTHS[groups["bmonth"].lower()], prep, ctx, anchor_year)
    if groups.get("lmonth"):  # listed after another month: the same reading as "and December"
        return _bare_month(MONTHS[groups["lmonth"].lower()], "and", ctx, anchor_year)
    if groups.get("cmonth"):  # a month compared with: one already begun
        return _bare_month(MONTHS[groups["cmonth"].lower()], "since", ctx, anchor_year)
    month = MONTHS[groups["month"].lower()]
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("wday"):
        groups = {**groups, "day": str(int(ordinal_value(groups["wday"])))}
    if groups.get("day") is None:
        return f"{year:04d}-{month:02d}", None
    day = int(groups["day"] or 0)
    if year is None and (month, day) in ctx.known_days:
        year = ctx.known_days[(month, day)]
    if year is None and (month, day) == (9, 11) and _THE_ATTACKS.search(m.string):
        year = 2001  # "since September the 11th", "the September 11 attacks": the day itself
    if year is None:
        if anchor_year is not None:
            year = _nearest_year(month, day, date(anchor_year, 7, 1), ctx.past)
        elif pub is not None:
            year = _nearest_year(month, day, pub, ctx.past, _scheduled(ctx))
        else:
            return None
    start = _safe_date(year, month, day)
    if start is None:
        return None
    end = None
    if second := groups.get("day2") or groups.get("day2b"):
        last = _safe_date(year, month, int(second))
        end = last.isoformat() if last and last > start else None
    return start.isoformat(), end


def _named(
    groups: dict[str, str | None], ctx: DateContext, anchor_year: int | None
) -> tuple[str, None] | None:
    """ "on Christmas Day": that day in the year written after it or framing the sentence, else the
    occurrence the wording or the tense points to (as for a weekday), else the nearest one."""
    name = groups["named"] or ""
    year = int(groups["namedyear"] or 0) if groups.get("namedyear") else anchor_year
    if year is not None:
        day = named_day(name, year)
        return (day.isoformat(), None) if day else None
    pub = ctx.published_at
    if pub is None:
        return None
    prep = " ".join((groups.get("nprep") or "").lower().split())
    candidates = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := named_day(name, y))]
    if not candidates:
        return None
    past = [d for d in candidates if d <= pub]
    ahead = [d for d in candidates if d >= pub]
    if prep == "last" or (prep == "since" and past):
        chosen = [d for d in past if d < pub or prep == "since"][-1:]
    elif prep in {"next", "until", "till", "before", "ahead of", "by"} and not (
        ctx.past and not ctx.future and prep != "next"
    ):
        chosen = [d for d in ahead if d > pub or prep != "next"][:1]
    elif ctx.past and not ctx.future:
        chosen = past[-1:]
    elif ctx.future or _scheduled(ctx):
        chosen = ahead[:1]
    else:
        chosen = [min(candidates, key=lambda d: (abs((d - pub).days), d))]
    return (chosen[0].isoformat(), None) if chosen else None


# what makes "September 11" the attacks of 2001 rather than this year's September 11
_THE_ATTACKS = re.compile(
    r"\b(?:since|post|prior to)\s+(?:the\s+)?Sept(?:ember|\.)?\s+(?:the\s+)?11(?:th)?\b"
    r"|\bSept(?:ember|\.)?\s+(?:the\s+)?11(?:th)?,?\s+(?:attacks?|terror\w*|hijack\w*|commission)\b"
    r"|\bfateful\s+(?:day|morning)\s+of\s+Sept",
    re.IGNORECASE,
)
_WEEKDAY_FROM = re.compile(r"\bthe\s+(?P<wd>" + "|".join(calendar.day_name) + r")\s+$")
# a quarter without its year is a company's or an economy's: "third-quarter profit", not a game's
_MONEY_CUE = re.compile(
    r"[%$£€¥]|\b(?:percent|per cent|profits?|revenues?|sales|earnings|income|loss(?:es)?|GDP|econom(?:y|ic)|"
    r"growth|output|deliveries|shipments|margins?|inflation|prices|spending|investment|exports|imports|"
    r"unemployment|jobs|orders|production|results|deficit|surplus|borrowing|dividend)\b",
    re.IGNORECASE,
)


def _bare_quarter(groups: dict[str, str | None], ctx: DateContext) -> tuple[str, str] | None:
    """ "third-quarter profit fell": the latest such quarter over by publication; in a sentence about
    what is to come, the one under way or the next."""
    pub = ctx.published_at
    if pub is None:
        return None
    if groups.get("bqletter"):
        index = int(groups["bqnum"] or 0)
    elif groups.get("bqmonth"):
        index = MONTHS[(groups["bqmonth"] or "").lower()] // 3
    else:
        index = _PART_NUMBERS[(groups["bqord"] or "").lower()]
    forward = (ctx.future or _scheduled(ctx)) and not ctx.past
    last_month = index * 3
    over = pub.month > last_month  # this year's is over by publication
    year = pub.year if over else pub.year - 1  # the latest one over
    ended = pub.year * 12 + pub.month - (year * 12 + last_month)  # months since it ended
    if forward and ended > 2:
        # the one under way or the next; but a quarter that ended a month or two ago is still to be
        # reported: "Boeing expects a third-quarter loss" in October is this year's
        year += 1
    return _months(year, last_month - 2, 3)


def _day_of_month(day: int, groups: dict[str, str | None], ctx: DateContext) -> tuple[str, None] | None:
    """ "the 28th of this month"; "on the 14th": that day of the month the tense points to (past: the
    latest one by publication; future: the next one), as for a weekday."""
    pub = ctx.published_at
    if pub is None:
        return None
    which = (groups.get("odwhich") or "").lower()
    prep = (groups.get("odprep") or "").lower()
    index = pub.year * 12 + pub.month - 1
    if which:
        index += {"this": 0, "next": 1, "last": -1}[which]
    else:
        backward = prep == "since" or (prep not in {"by", "until", "before"} and ctx.past and not ctx.future)
        forward = not backward and (ctx.future or _scheduled(ctx) or prep in {"by", "until", "before"})
        if backward and day > pub.day:
            index -= 1
        elif forward and day < pub.day:
            index += 1
        elif not backward and not forward:
            return None  # no tense to go by: which month's 14th is unknown
    found = _safe_date(index // 12, index % 12 + 1, day)
    return (found.isoformat(), None) if found else None


def _relative_quarter(which: str, ctx: DateContext) -> tuple[str, str] | None:
    """ "last quarter": the latest quarter over by publication; "this quarter" the one under way;
    "next quarter" the one after it."""
    pub = ctx.published_at
    if pub is None:
        return None
    current = pub.year * 4 + (pub.month - 1) // 3
    step = {"this": 0, "current": 0, "next": 1, "coming": 1}.get(which, -1)
    year, index = divmod(current + step, 4)
    return _months(year, 3 * index + 1, 3)


def _weekend(prep: str, ctx: DateContext) -> tuple[str, str] | None:
    """ "over the weekend": the Saturday and Sunday of the weekend the wording or the tense points to."""
    pub = ctx.published_at
    if pub is None:
        return None
    latest = pub - timedelta(days=(pub.weekday() - 5) % 7)  # the latest Saturday on or before publication
    coming = latest + timedelta(days=7) if latest < pub else latest
    if prep == "last":
        saturday = latest - timedelta(days=7) if pub.weekday() >= 5 else latest
    elif prep == "next":
        saturday = latest + timedelta(days=7) if pub.weekday() >= 5 else coming
    elif prep == "this":  # "had elections this weekend" (the one just over), "is held this weekend"
        saturday = latest if pub.weekday() >= 5 or (ctx.past and not ctx.future) else coming
    elif prep == "past" or (ctx.past and not ctx.future):
        saturday = latest
    elif ctx.future or _scheduled(ctx):
        saturday = latest if pub.weekday() >= 5 else coming
    else:
        saturday = latest
    return saturday.isoformat(), (saturday + timedelta(days=1)).isoformat()


_PART_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _months(year: int, first: int, count: int) -> tuple[str, str]:
    """The months ``first`` .. ``first + count - 1`` of ``year`` as a value and end value: (2024, 7, 3)
    -> 2024-07..2024-09."""
    return f"{year:04d}-{first:02d}", f"{year:04d}-{first + count - 1:02d}"


def _part_of_year(groups: dict[str, str | None]) -> tuple[str, str] | None:
    """ "the third quarter of 2024" -> 2024-07..2024-09; "H1 2024" -> 2024-01..2024-06."""
    year = int(groups["qyear"] or 0)
    if groups["qletter"]:
        index, months = int(groups["qnum"] or 0), 3 if groups["qletter"] == "Q" else 6
    else:
        index, months = (
            _PART_NUMBERS[(groups["qord"] or "").lower()],
            3 if groups["qpart"] == "quarter" else 6,
        )
    if index * months > 12:
        return None  # "H3", "third half"
    return _months(year, (index - 1) * months + 1, months)


def _numeric(first: int, second: int, year_text: str, pub: date | None) -> tuple[str, None] | None:
    """ "3/12/2025": month first, as in US copy, unless only the day-first reading is a date, or the
    month-first one lies after publication and the day-first one does not (a report of 03/10 published
    on 14 March is about 3 October only if that has happened)."""
    year = int(year_text)
    if len(year_text) == 2:
        century = (pub.year if pub else 2000) // 100 * 100
        year = century + year if century + year <= (pub.year if pub else 2099) + 1 else century - 100 + year
    us, day_first = _safe_date(year, first, second), _safe_date(year, second, first)
    chosen = us or day_first
    if us and day_first and pub and us > pub >= day_first:
        chosen = day_first
    return (chosen.isoformat(), None) if chosen else None


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip


def _count(word: str) -> int:
    """ "3" -> 3, "three" / "Three" -> 3, "a" -> 1."""
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def _month_from(day: date, step: int) -> str:
    """The month ``step`` months from ``day``'s, as "YYYY-MM": (2025-01-15, -1) -> "2024-12"."""
    index = day.year * 12 + day.month - 1 + step
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _ago(count: str, unit: str, pub: date) -> tuple[str, None]:
    n = _count(count)
    if unit in {"day", "week", "fortnight"}:
        return (pub - timedelta(days=n * {"day": 1, "week": 7, "fortnight": 14}[unit])).isoformat(), None
    if unit == "month":
        return _month_from(pub, -n), None
    # "a year ago": the same month, as "18 months ago" and "three and a half years ago" are
    return _month_from(pub, -12 * n), None


def _scheduled(ctx: DateContext) -> bool:
    """Only the present tense: what is on the calendar ("The trial begins on Monday")."""
    return ctx.present and not ctx.past and not ctx.future


def _bare_month(month: int, prep: str, ctx: DateContext, anchor_year: int | None) -> tuple[str, None] | None:
    """ "in October": the year named earlier in the sentence, else the occurrence that the wording
    or the tense points to (past: the latest one begun by publication; future: the next one not yet
    over), else the one nearest the publication date."""
    pub = ctx.published_at
    if anchor_year is not None:
        return f"{anchor_year:04d}-{month:02d}", None
    if pub is None:
        return None
    if prep == "this":
        return f"{pub.year:04d}-{month:02d}", None
    backward = prep in {"last", "since"} or (prep != "next" and ctx.past and not ctx.future)
    months_ago = (pub.month - month) % 12
    # only the present tense: scheduled ("The library opens in September"), unless it is last month's
    # report ("Unemployment is 4.1% in October", published in November)
    scheduled = _scheduled(ctx) and months_ago > 1
    forward = prep == "next" or (not backward and ((ctx.future and not ctx.past) or scheduled))
    if backward:  # "last October" excludes the current month, "in October" (past tense) includes it
        year = pub.year if month < pub.month or (month == pub.month and prep != "last") else pub.year - 1
    elif forward:
        year = pub.year if month > pub.month or (month == pub.month and prep != "next") else pub.year + 1
    else:  # nearest by month distance; a tie goes to the past
        year = min(
            (pub.year - 1, pub.year, pub.year + 1),
            key=lambda y: (abs(y * 12 + month - pub.year * 12 - pub.month), y),
        )
    return f"{year:04d}-{month:02d}", None


def _relative_period(which: str, unit: str, pub: date | None) -> tuple[str, str | None] | None:
    if pub is None:
        return None
    step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
    if which == "past" and unit in {"year", "month", "week"}:
        return None  # "over the past year": the last twelve months, not a calendar year
    if unit == "week":  # "last week": that calendar week, Monday to Sunday
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
    if unit == "year":
        return str(pub.year + step), None
    if unit == "month":
        return _month_from(pub, step), None
    season_month = SEASONS[unit]
    # "last summer": the latest summer that has begun before publication, one back if "this" one is running
    year = pub.year if pub.month >= season_month else pub.year - 1
    if which in {"last", "past"} and pub.month < season_month + 3 and year == pub.year:
        year -= 1
    if which == "next":
        year = pub.year if pub.month < season_month else pub.year + 1
    if which == "this":
        year = pub.year
    return str(year), None


# a noun phrase right before "by <month>": "a cut by March", "the deal by June"
_DEADLINE_NOUN = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+)?[a-z-]+\s+$")
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|announced|reported|disclosed|confirmed|according to|filing|statement|"
    # the nouns, not the verbs: "a report on Tuesday", not "will report on Tuesday"
    r"(?<!will )(?<!'ll )(?<!would )(?<!to )(?:release|report))\b"
    r"[^,.;]{0,24}$",
    re.IGNORECASE,
)
_WEEKDAY_JOIN = re.compile(r",?\s*(?:the\s+)?")
_RECURRING = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_ANCHOR_AFTER = re.compile(r"\s+(?:after|before|following|of)\b", re.IGNORECASE)


def _recurring(sentence: str, m: re.Match[str]) -> bool:
    """A weekday that recurs ("every Friday") names no one day; nor does one counted from a holiday or
    an event ("the Sunday after Thanksgiving", "the Friday before the vote")."""
    if not m.groupdict().get("weekday"):
        return False
    before = sentence[max(0, m.start("weekday") - 8) : m.start("weekday")]
    if _THE_BEFORE.search(before) and _ANCHOR_AFTER.match(sentence, m.end()):
        return True
    return bool(_RECURRING.search(before))


_NAME_BEFORE = re.compile(r"\b[A-Z][\w&.'’]*\s+$")


def _in_a_name(sentence: str, m: re.Match[str]) -> bool:
    """ "USA Today", "NBC's Today show": a capitalised "Today" after a capitalised word is a title."""
    rel = m.groupdict().get("rel")
    return bool(rel and rel[0].isupper() and _NAME_BEFORE.search(sentence, max(0, m.start() - 20), m.start()))


_BOUND_BEFORE = re.compile(r"\b(?:since|by|until|before|after)\s+$", re.IGNORECASE)
_BOUND = re.compile(r"(?:since|by|until|before|after)\b", re.IGNORECASE)


_REFERENCE_BEFORE = re.compile(
    r"\b(?:log|ref\.?|reference|case|incident|crime|number|no\.|flight|route|room|page|item|article|"
    r"section|form|code|line|model|version|unit|suite|exhibit|chapter|pp?\.|#)\s*$",
    re.IGNORECASE,
)


def _plausible(sentence: str, m: re.Match[str]) -> bool:
    """Whether a match is a date where its pattern alone cannot tell: a named day written as a name
    ("Christmas Day", or "Christmas" after "before", "since" ...: not "Christmas shopping"); a yearless
    quarter in a sentence about money or output; a month inside a list only after another month; a
    bare year not after a reference's name ("log 1903")."""
    groups = m.groupdict()
    if groups.get("named"):
        name = re.sub(r"(?i)^the\s+", "", groups["named"])
        if not name[:1].isupper():
            return False
        return bool(groups.get("nprep") or groups.get("namedyear") or DAY_FORM.search(name))
    if groups.get("bqord") or groups.get("bqletter") or groups.get("bqmonth") or groups.get("rqwhich"):
        return bool(_MONEY_CUE.search(sentence))
    if groups.get("lmonth"):  # only after a month: "October, November and" (not "Smith, May and Jones")
        before = sentence[max(0, m.start() - 20) : m.start()].rstrip(", ").split()
        return bool(before) and before[-1] in calendar.month_name[1:]
    if groups.get("byear") and m.group(0) == groups["byear"]:
        # a bare number after a reference's name is the reference: "quoting log 1903", "case 2021"
        return not _REFERENCE_BEFORE.search(sentence, max(0, m.start() - 24), m.start())
    return True


# (months read as names whatever the words around; "may" and "march" only where a month is meant)
_PLAIN_MONTHS = {name.lower() for name in calendar.month_name[1:]} - {"may", "march"}
_WORD = re.compile(r"[A-Za-z]+")
_WEEKDAYS = {name.lower() for name in calendar.day_name}
_DATES_WHEN_MARKED = _WEEKDAYS | {
    "may",
    "march",
}  # (in capitals, a show's "SUNDAY"; the verbs "may", "march")
_DAY_BEFORE = re.compile(
    r"\b(?:on|this|last|next|until|till|by|since|before|after|from|every|through)\s+$", re.I
)
_DAY_AFTER = re.compile(r"\s*(?:,|night|morning|afternoon|evening|'s\b|’s\b)", re.I)
_MONTH_BEFORE = re.compile(r"\b(?:in|of|since|until|by|last|next|early|late|mid|from|through)\s+$", re.I)
_DIGIT_AFTER = re.compile(r"\s+\d")


def _unshouted(sentence: str) -> str:
    """A sentence in capitals (closed captions: "WE HIT 68 DEGREES THIS AFTERNOON") in lower case but
    its month and day names, the case the patterns read names and verbs by ("MAY", "MARCH" after a
    preposition or before a day); the same length. Any other sentence as it is."""
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) < 12 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return _uncased(sentence)

    def case(m: re.Match[str]) -> str:
        word = m.group().lower()
        # a day only where marked ("THE SUNDAY BRIEFING" is a show); "MAY" and "MARCH" too (verbs)
        if word in _PLAIN_MONTHS or (word in _DATES_WHEN_MARKED and _marked_as_date(sentence, m)):
            return word.capitalize()
        return word

    return _WORD.sub(case, sentence)


def _marked_as_date(sentence: str, m: re.Match[str]) -> bool:
    """Whether the month or day name ``m`` matched is a date by the words around it: a day after "on",
    "last", "until" and the like or before "night", "'s"; a month after "in", "since", "by" and the
    like or before a number. (The words before are searched in a short window: a long list stays
    linear.)"""
    before = max(0, m.start() - 12)
    if m.group().lower() in _WEEKDAYS:
        return bool(_DAY_BEFORE.search(sentence, before, m.start()) or _DAY_AFTER.match(sentence, m.end()))
    return bool(_DIGIT_AFTER.match(sentence, m.end()) or _MONTH_BEFORE.search(sentence, before, m.start()))


_STARTING_BEFORE = re.compile(
    r"\b(?:starting|beginning|effective)\s+(?:on\s+|in\s+|from\s+)?$", re.IGNORECASE
)
_BACK_BEFORE = re.compile(r"\b(?:back|way back)\s+$", re.IGNORECASE)
_LOWER_CALENDAR_WORD = re.compile(
    r"\b(?:" + "|".join(name.lower() for name in (*calendar.month_name[1:], *calendar.day_name)) + r")\b"
)


def _uncased(sentence: str) -> str:
    """A month or day name written in lower case, as auto-captions write everything ("voted last
    tuesday", "upgraded in june"), capitalised where a preposition or a number marks it as a date
    ("in june", "june 3", "on friday"; not "an august body", "you may"); the same length."""
    if not _LOWER_CALENDAR_WORD.search(sentence):
        return sentence
    return _LOWER_CALENDAR_WORD.sub(
        lambda m: m.group().capitalize() if _marked_as_date(sentence, m) else m.group(), sentence
    )


def _expressions(
    sentence: str, exclude: Sequence[tuple[int, int]] = ()
) -> list[tuple[int, int, re.Match[str]]]:
    """The date expressions of a sentence in reading order, resolved or not."""
    taken = _Spans([*exclude, *(m.span() for m in _FISCAL_YEAR.finditer(sentence))])
    found: list[tuple[int, int, re.Match[str]]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            if taken.overlaps(m.start(), m.end()):
                continue
            month = m.groupdict().get("month")
            if month and month.lower() in _MONTH_NAMES_NEEDING_CAPS and not month[0].isupper():
                continue  # "may", "march" as verbs
            if _recurring(sentence, m) or _in_a_name(sentence, m):
                continue
            if not _plausible(sentence, m):
                continue
            found.append((m.start(), m.end(), m))
            taken.add(m.start(), m.end())
    found.sort(key=lambda item: item[0])
    return found


class _Spans:
    """Character spans taken so far, kept merged and sorted: an overlap check in O(log n), so a
    sentence with thousands of dates stays linear in practice."""

    def __init__(self, spans: Sequence[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(spans):
            self.add(a, b)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans starting before ``end``
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        # merge with the neighbours it touches
        while i > 0 and self.ends[i - 1] > start:
            i -= 1
            start, end = min(start, self.starts[i]), max(end, self.ends[i])
            del self.starts[i], self.ends[i]
        while i < len(self.starts) and self.starts[i] < end:
            end = max(end, self.ends[i])
            del self.starts[i], self.ends[i]
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def undated_spans(sentence: str) -> list[tuple[int, int]]:
    """Clock times ("1:38 AM") and fiscal years ("fiscal 2026": a company's year, not the calendar's):
    not dates, and not quantities either."""
    return [m.span() for pattern in (_TIME, _FISCAL_YEAR) for m in pattern.finditer(sentence)]


def dates(
    sentence: str,
    base: int,
    ctx: DateContext,
    exclude: Sequence[tuple[int, int]] = (),
    local: Callable[[int], DateContext | None] | None = None,
) -> list[DateFacet]:
    """Dates in ``sentence``; ``base`` is its article offset. ``local`` gives, for an article offset,
    the tense of the verb nearest to it when that differs from the sentence's ("The Fed cut rates in
    December and is expected to hold them in March": December is past, March ahead)."""
    return read_dates(sentence, base, ctx, exclude, local)[0]


_WRITTEN_RANGE = re.compile(
    r"\d\s*(?:[-–—/]|\b(?:to|and|through|thru|until|till)\b)\s*(?:[A-Za-z]+\.?\s+)?\d"
)
_WHEN_AFTER = re.compile(r",?\s+when\b")


def elapsed_time(text: str) -> bool:
    """Whether a date expression counts the time since an event ("been five days since"): its number is
    an amount as well (5 days), resolved or not."""
    return text.lower().endswith("since")


def read_dates(
    sentence: str,
    base: int,
    ctx: DateContext,
    exclude: Sequence[tuple[int, int]] = (),
    local: Callable[[int], DateContext | None] | None = None,
) -> tuple[list[DateFacet], list[tuple[int, int]]]:
    """``dates``, and the article spans of the date expressions it could not resolve ("Dec. 7" with
    no publication date to give its year): their numbers are no quantities either."""
    unresolved: list[tuple[int, int]] = []
    found = _expressions(_unshouted(sentence), [(a - base, b - base) for a, b in exclude])
    # "on Thursday, June 19, 2025": the weekday names the same day as the date after it
    found = [
        item
        for item, following in zip(found, [*found[1:], None], strict=False)
        if not (
            item[2].groupdict().get("weekday")
            and following
            and _WEEKDAY_JOIN.fullmatch(sentence, item[1], following[0])
        )
    ]
    facets: list[DateFacet] = []
    anchor_year: int | None = None
    anchor_day: date | None = None  # the last full day this sentence dated
    anchor_month: date | None = None  # the first day of the last month this sentence dated
    for start, end, m in found:
        here = (local(base + start) if local else None) or ctx
        starting = _STARTING_BEFORE.search(sentence, max(0, start - 16), start)
        if starting and sentence[: starting.start()].strip():
            # "raised water rates by 3.5% starting Oct. 1": when a change takes effect lies ahead (not a
            # fronted "Starting in January, prices rose")
            here = replace(here, past=False, future=True, present=False)
        resolved = _resolve(m, here, anchor_year, anchor_day, anchor_month)
        groups = m.groupdict()
        explicit_year = groups.get("year") or groups.get("byear") or groups.get("ryear")
        if groups.get("nyear") and len(groups["nyear"]) == 4:
            explicit_year = groups["nyear"]
        # "in April 2022, ... in October" frames the sentence in 2022; "the largest since 1993, after
        # borrowing in October ..." names a bound, not the time the sentence is about
        # ("the highest since 2017, when ... in June and October": the clause says what 2017 saw)
        if explicit_year and (
            (not _BOUND.match(m.group(0)) and not _BOUND_BEFORE.search(sentence, max(0, start - 12), start))
            or _WHEN_AFTER.match(sentence, end)
        ):
            anchor_year = int(explicit_year)
        if resolved is None:
            if not elapsed_time(m.group(0)):
                unresolved.append((base + start, base + end))
            continue
        value, end_value = resolved
        if len(value) == 10:
            anchor_day = date.fromisoformat(value)
        if len(value) >= 7:
            anchor_month = date(int(value[:4]), int(value[5:7]), 1)
        facets.append(
            DateFacet(
                text=sentence[start:end], value=value, end_value=end_value, start=base + start, end=base + end
            )
        )
        if end_value and _WRITTEN_RANGE.search(m.group(0)):
            # a range written out ("between 2019 and 2021", "May 8-10") also dates its end, a date to
            # check of its own (not "last week", whose Sunday nobody wrote)
            facets.append(
                DateFacet(text=sentence[start:end], value=end_value, start=base + start, end=base + end)
            )
    return facets, unresolved


# a line near the top that states when the article appeared: "Published March 3, 2025", "Updated:
# 14 May 2025 10:02 BST", "Posted on Tuesday, June 3, 2025", or a date on a line of its own
_STATED_KEYWORD = re.compile(
    r"^\s*(?:first |originally )?(?:published|posted|updated|last updated|date|dated|aired|broadcast)\b",
    re.IGNORECASE,
)
_CLOCK_WORDS = re.compile(
    r"\b(?:on|at|[ap]\.?m\.?|[A-Z]{2,4}|GMT|UTC|updated|ago|hours?|minutes?|mins?|read|"
    + "|".join(calendar.day_name)
    + "|"
    + "|".join(calendar.day_abbr)
    + r")\b\.?",
    re.IGNORECASE,
)
_STATED_LINES = 12  # non-blank lines from the top
# what a transcript's date line may say besides the date: "November 18, 2026 Debate Transcript"
_STAMP_WORDS = re.compile(
    r"\b(?:(?:presidential|vice[- ]presidential|primary|republican|democratic)\s+)?(?:debate|town hall|"
    r"transcript|full|text|hearing|remarks|interview|press conference|briefing)\b",
    re.IGNORECASE,
)
# the rest of a list of months that ends in a year: ", November and December 2019", " and April 2023"
_SHARED_YEAR_AFTER = re.compile(
    rf"(?:,\s+{_MONTH_NAME})*,?\s+(?:and|or|to|through|until|till)\s+{_MONTH_NAME},?\s+(?:of\s+)?"
    r"(?P<year>(?:1[6-9]|20)\d\d)\b"
)
_COVERAGE_BEFORE = re.compile(
    r"\b(?:year|months?|weeks?|period|quarter|data|figures|numbers|statistics|stats)\s+(?:ending\s+|ended\s+)?$",
    re.IGNORECASE,
)
_WILL = re.compile(r"\b(?:will|shall|going to)\b|['’]ll\b", re.IGNORECASE)
_POSSESSIVE_DAY = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\b")
# a dateline's place on a line of its own with the date: "MADISON, Wis., Nov. 19, 2026", "MADISON, Wis.
# (Nov. 19, 2026)"
_DATELINE_PLACE = re.compile(r"^\s*[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][A-Za-z.]{1,15})?,?\s*\(?|[()—–-]")


def stated_date(text: str) -> date | None:
    """The publication date an article states near its top, for when none was given: the first full
    date (day, month and year) on a "Published ..."/"Updated ..." line or on a line of its own
    ("Tuesday, June 3, 2025 10:02 a.m. ET"); never a date inside a sentence."""
    lines = [line for line in text[:5000].splitlines() if line.strip()][:_STATED_LINES]
    context = DateContext(None, past=True, future=False)
    for line in lines:
        if len(line) > 80:
            continue
        found = [d for d in dates(line, 0, context) if len(d.value) == 10]
        if not found:
            continue
        keyword = _STATED_KEYWORD.match(line)
        rest = line[keyword.end() :] if keyword else line
        rest = _CLOCK_WORDS.sub(" ", _DATELINE_PLACE.sub(" ", rest.replace(found[0].text, " ")))
        rest = _STAMP_WORDS.sub(" ", rest)  # "November 18, 2026 Debate Transcript"
        if not re.search(r"[A-Za-z]{2,}", rest):
            return date.fromisoformat(found[0].value)
    return None
