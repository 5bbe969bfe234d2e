"""Days known by name: holidays and observances that news copy dates things by ("on Christmas Day",
"after Thanksgiving", "over Easter", "on Election Day").

Fixed days are a month and a day; moveable ones are computed for the year: Easter and the days
counted from it (``dateutil.easter``, the Western computation), and the days defined as the n-th
weekday of a month. Where countries differ (Thanksgiving, Labor Day, Election Day) the United
States' day is the one returned: a day name alone does not say whose it is, and US copy dominates
the sources we ingest. Names whose day depends on the country ("Independence Day", "Labour Day",
"Mother's Day") are left out, as are lunar-calendar days (Eid, Diwali, Lunar New Year), which need
tables per year and per country: a wrong day is worse than none.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import easter


def _nth_weekday(month: int, weekday: int, n: int) -> Callable[[int], date]:
    """The n-th ``weekday`` (Monday 0) of ``month``; ``n = -1`` is the last one."""

    def day_in(year: int) -> date:
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)

    return day_in


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _from_easter(days: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=days)


def _thanksgiving(year: int) -> date:
    return _nth_weekday(11, 3, 4)(year)


def _us_election_day(year: int) -> date:
    """The Tuesday after the first Monday in November."""
    return _nth_weekday(11, 0, 1)(year) + timedelta(days=1)


# the names as written (lower case, straight apostrophes, "saint" spelled out) -> the day in a year
NAMED_DAYS: dict[str, Callable[[int], date]] = {
    "new year's day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25),
    "boxing day": _fixed(12, 26),
    "valentine's day": _fixed(2, 14),
    "saint patrick's day": _fixed(3, 17),
    "juneteenth": _fixed(6, 19),
    "fourth of july": _fixed(7, 4),
    "july fourth": _fixed(7, 4),
    "bastille day": _fixed(7, 14),
    "halloween": _fixed(10, 31),
    "guy fawkes night": _fixed(11, 5),
    "bonfire night": _fixed(11, 5),
    "veterans day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "remembrance day": _fixed(11, 11),
    "canada day": _fixed(7, 1),
    "australia day": _fixed(1, 26),
    "good friday": _from_easter(-2),
    "easter sunday": _from_easter(0),
    "easter": _from_easter(0),
    "easter monday": _from_easter(1),
    "ash wednesday": _from_easter(-46),
    "martin luther king jr. day": _nth_weekday(1, 0, 3),
    "martin luther king day": _nth_weekday(1, 0, 3),
    "mlk day": _nth_weekday(1, 0, 3),
    "presidents' day": _nth_weekday(2, 0, 3),
    "presidents day": _nth_weekday(2, 0, 3),
    "memorial day": _nth_weekday(5, 0, -1),
    "father's day": _nth_weekday(6, 6, 3),
    "labor day": _nth_weekday(9, 0, 1),
    "columbus day": _nth_weekday(10, 0, 2),
    "indigenous peoples' day": _nth_weekday(10, 0, 2),
    "thanksgiving day": _thanksgiving,
    "thanksgiving": _thanksgiving,
    "black friday": lambda year: _thanksgiving(year) + timedelta(days=1),
    "cyber monday": lambda year: _thanksgiving(year) + timedelta(days=4),
    "election day": _us_election_day,
}

# the alternation, longest names first ("Christmas Day" before "Christmas"), with the spellings
# news copy uses: curly apostrophes, "St." or "St" for "Saint", "Presidents Day", "July 4th"
_SPELLED = {
    "saint ": r"(?:saint|st\.?)\s+",
    "'": "['’]?",
    " ": r"\s+",
    ".": r"\.?",
}


def _pattern(name: str) -> str:
    out = ""
    i = 0
    while i < len(name):
        for written, pattern in _SPELLED.items():
            if name.startswith(written, i):
                out += pattern
                i += len(written)
                break
        else:
            out += re.escape(name[i])
            i += 1
    return out


NAMED_DAY_PATTERN = "|".join(_pattern(name) for name in sorted(NAMED_DAYS, key=len, reverse=True))
# names that are a day by their form ("Election Day", "Christmas Eve", "Black Friday"), dated without a
# preposition before them; a bare "Christmas" or "Easter" is a day only after one ("before Christmas",
# not "Christmas shopping")
DAY_FORM = re.compile(r"(?:day|eve|night|friday|monday)$|^juneteenth$", re.IGNORECASE)


def normalise(written: str) -> str:
    """The table's key for a name as written: "St. Patrick’s Day" -> "saint patrick's day"."""
    name = " ".join(written.lower().replace("’", "'").split())
    name = re.sub(r"^the\s", "", name)
    name = re.sub(r"^st\.?\s", "saint ", name)
    name = name.replace("presidents day", "presidents' day").replace("mlk jr. day", "mlk day")
    if name not in NAMED_DAYS:  # an apostrophe or a period left out: "valentines day", "king jr day"
        for key in NAMED_DAYS:
            if re.sub(r"['.]", "", key) == re.sub(r"['.]", "", name):
                return key
    return name


def named_day(written: str, year: int) -> date | None:
    """The day ``written`` names in ``year``; None when the name is not one we know."""
    day_in = NAMED_DAYS.get(normalise(written))
    return day_in(year) if day_in else None
