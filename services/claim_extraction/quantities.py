"""Quantities: numbers with their unit, hedge ("approximately"), bound ("more than") and ranges.

Handles digits ("11,000", "12.5%"), scale words and suffixes ("1.2 million", "$1.5bn"), number words
("seven", "twenty-five", "a dozen", "two-thirds", "half"), ranges ("between 5 and 10 percent",
"5-10"), adjectival measures ("30-day" -> 30, unit "day") and ordinals ("its fourth year" -> 4).
Numbers that belong to a date or a clock time are left to ``dates.py`` (callers pass those spans).
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
from collections.abc import Sequence
from itertools import islice

from spacy.tokens import Span, Token

from schemas.claims import QuantityFacet

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_SPECIAL = {
    "a dozen": 12, "dozen": 12, "a hundred": 100, "hundred": 100, "a thousand": 1000, "half": 0.5,
    "a million": 1e6, "a billion": 1e9, "a trillion": 1e12,
}  # fmt: skip
_FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "eighth": 8,
    "eighths": 8,
    "tenth": 10,
    "tenths": 10,
}
_ORDINALS = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
# "twenty-fifth", "seventy-fifth", "two hundredth": written out past the table
_UNIT_ORDINALS = {"first": 1, **{k: v for k, v in _ORDINALS.items() if v < 10}}
ORDINAL_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:"
    + "|".join(_UNIT_ORDINALS)
    + r")|(?:two|three|four|five)\s+hundredth|"
    + "|".join(sorted(_ORDINALS, key=len, reverse=True))
    + ")"
)


_ORDINAL_AFTER = re.compile(r"-(?:" + "|".join(_UNIT_ORDINALS) + r")\b|\s+hundredth\b", re.IGNORECASE)


def ordinal_value(word: str) -> float:
    """ "fourth" -> 4, "seventy-fifth" -> 75, "two hundredth" -> 200, "41st" -> 41."""
    word = word.lower()
    if word in _ORDINALS or word == "first":
        return float(_ORDINALS.get(word, 1))
    if m := re.fullmatch(r"(\w+)-(\w+)", word):
        return float(_TENS_WORDS.get(m[1], 0) + _UNIT_ORDINALS.get(m[2], 0))
    if m := re.fullmatch(r"(\w+)\s+hundredth", word):
        return float(_UNITS_WORDS.get(m[1], 1) * 100)
    return float(re.sub(r"\D", "", word))


_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    "trln": 1e12, "tril.": 1e12, "bil.": 1e9, "mil.": 1e6,  # Kyodo's "1.2 tril. yen"
    # India's: "Rs 50 lakh", "₹1.2 crore", "11.11 lakh crore"
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "lakh crore": 1e12,
}  # fmt: skip
_CURRENCIES = {"p": ("GBP", "pence"), "$": ("USD", "dollars"), "us$": ("USD", "dollars"),
               "£": ("GBP", "pounds"),
               "€": ("EUR", "euros"), "¥": ("JPY", "yen"), "₹": ("INR", "rupees"),
               "c$": ("CAD", "Canadian dollars"), "a$": ("AUD", "Australian dollars"),
               "r$": ("BRL", "reais"), "rs": ("INR", "rupees"), "rs.": ("INR", "rupees"),
               "₦": ("NGN", "naira"), "n": ("NGN", "naira"), "₱": ("PHP", "pesos"), "r": ("ZAR", "rand"),
               "gh¢": ("GHS", "cedis"),
               "gh₵": ("GHS", "cedis"), "ksh": ("KES", "shillings"), "kshs": ("KES", "shillings"),
               "ksh.": ("KES", "shillings"), "kshs.": ("KES", "shillings"), "sh": ("KES", "shillings"),
               "sh.": ("KES", "shillings")}  # fmt: skip
# ISO codes written before the amount: "CHF 2 billion", "SEK 450m"
_CURRENCY_CODES = {"usd": "dollars", "eur": "euros", "gbp": "pounds", "chf": "Swiss francs", "jpy": "yen",
                   "cny": "yuan", "sek": "Swedish kronor", "nok": "Norwegian kroner", "dkk": "Danish kroner",
                   "cad": "Canadian dollars", "aud": "Australian dollars", "inr": "rupees", "ngn": "naira",
                   "kes": "shillings", "zar": "rand", "ghs": "cedis", "ugx": "shillings", "tzs": "shillings",
                   "nzd": "New Zealand dollars", "sgd": "Singapore dollars",
                   "hkd": "Hong Kong dollars"}  # fmt: skip
_CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "euro": "EUR",
                   "euros": "EUR", "yen": "JPY", "roubles": "RUB", "rubles": "RUB", "franc": "CHF",
                   "francs": "CHF", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR",
                   "lira": "TRY", "shekels": "ILS", "shekel": "ILS", "rand": "ZAR", "zloty": "PLN",
                   "forint": "HUF", "hryvnias": "UAH", "hryvnia": "UAH", "dirhams": "AED", "riyals": "SAR",
                   "baht": "THB", "ringgit": "MYR", "naira": "NGN", "pence": "GBP"}  # fmt: skip


def scale_of(word: str) -> float | None:
    """The multiplier a scale word or abbreviation stands for, singular or plural: "millions" -> 1e6,
    "bn" -> 1e9, "crore" -> 1e7."""
    word = word.lower()
    return _SCALES.get(word) or _SCALES.get(word.removesuffix("s"))


def currency_of(mark: str) -> tuple[str, str] | None:
    """(unit word, ISO code) of a currency sign or word: "$" -> ("dollars", "USD"), "euros" -> ("euros",
    "EUR")."""
    mark = mark.lower()
    if mark in _CURRENCIES:
        code, word = _CURRENCIES[mark]
        return word, code
    return (mark, _CURRENCY_WORDS[mark]) if mark in _CURRENCY_WORDS else None


# square measures written as symbols or abbreviations, right after the number
_AREA = re.compile(
    r"\s?(?:(?P<km>km²|km2|sq\.?\s?km\b|square\s+kilomet(?:re|er)s?\b)"
    r"|(?P<m>m²|sq\.?\s?m\b|square\s+met(?:re|er)s?\b)|(?P<mi>sq\.?\s?mi\b|square\s+miles?\b))",
    re.IGNORECASE,
)
_AREA_UNITS = {"km": "square kilometres", "m": "square metres", "mi": "square miles"}
# "S&P 500", "FTSE 100", "No. 10 Downing Street": a number that is part of a name (fiscal years are
# left out by the caller, with dates and clock times: ``dates.undated_spans``)
_MONTH_AND_DAY_NAMES = {
    m.lower() for m in (*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name)
}
_NAMED_NUMBER_BEFORE = re.compile(
    r"(?:S&P|FTSE|(?:Euro )?STOXX|Stoxx|Nikkei|Russell|DAX|CAC|Hang Seng|Nasdaq|ASX|KOSPI|Nifty|"
    r"No\.|Number|"
    # "type 2 diabetes", "stage 4 cancer", "a phase 3 trial", "Route 9", "Section 230", "a Category 5
    # hurricane", "Flight 370", "Proposition 50": the number names a kind or a thing, it counts nothing
    r"\b(?i:type|stage|phase|grade|level|category|class|tier|route|highway|interstate|section|article|"
    r"chapter|title|amendment|proposition|prop\.|measure|question|flight|gate|terminal|pier|platform|"
    r"building|district|ward|precinct|unit|room|suite|apartment|exit|channel|version|model|episode|"
    r"line|resolution|glock|block|"
    r"h\.r\.|h\.b\.|s\.b\.|a\.b\.))\s?$"
)
# "50 or more employees", "ten or fewer": a bound written after the number
_OR_BOUND_AFTER = re.compile(
    r"(?:\s+(?P<word>[a-z]+))?\s+(?:or|and)\s+"
    r"(?:(?P<lower>more|over|above|greater|older|up)|(?P<upper>fewer|less|under|below|younger))\b(?!\s+than)"
)
# "rose 3,000 to 225,000", "narrowed $2.1 billion to $48.3 billion": a change and a level, not a range
_CHANGE_VERBS = (
    r"rose|fell|dropped|climbed|increased|decreased|declined|jumped|slipped|gained|added|lost|narrowed|"
    r"widened|grew|shrank|dipped|slid|surged|soared|plunged|tumbled|rising|falling|rise|fall|drop|climb|"
    r"increase|decrease|decline|jump|grow|shrink|raised|raise|cut|reduced|boosted|lifted|lowered|expanded|"
    r"trimmed|slashed|hiked|reduce|boost|lift|lower|expand"
)
# the verb right before, or further back before "by": "increased the scheme's hardship fund by £250,000
# to £1 million"
_CHANGE_BEFORE = re.compile(
    rf"\b(?:{_CHANGE_VERBS})\s+(?:by\s+)?$|\b(?:{_CHANGE_VERBS})\b[^.;]{{0,50}}\bby\s+$", re.IGNORECASE
)
_HEDGES = (
    r"approximately|approx\.|about|around|roughly|nearly|almost|some|an estimated|estimated|close to|circa|"
    r"closer to|maybe|perhaps|more or less|give or take|in the neighbou?rhood of|somewhere around|"
    r"more like|like|a ballpark of|ballpark|"
    r"something like|in the region of|on the order of|"
    # "rates stay near 7%", "near $100 a barrel" (a number after "near" that is an amount)
    r"near(?=\s+(?:\$|£|€|\d[\d,.]*\s?(?:%|per ?cent|percent|million|billion|trillion|bn|m\b)))"
)
_LOWER = (
    r"more than|over|at least|above|exceeding|upwards of|no fewer than|in excess of|higher than|greater than|"
    r"north of|past|topped|surpassed|exceeded"
)
_UPPER = (
    r"up to|within|fewer than|less than|under|below|at most|no more than|as few as|as (?:many|much|high) as|"
    r"lower than|no higher than|(?:just )?shy of|south of"
)
# "forty-five", "seven"
_SMALL_WORD_NUMBER = (
    r"(?:(?:"
    + "|".join(_TENS_WORDS)
    + r")(?:[- ](?:"
    + "|".join(k for k in _UNITS_WORDS if k != "zero")
    + r"))?"
    r"|" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) + ")"
)
# "five hundred and forty-five", "a hundred and fifty", "twenty-five", "a dozen"
_WORD_NUMBER = (
    rf"(?:(?:{_SMALL_WORD_NUMBER}|a)\s+hundred(?:\s+(?:and\s+)?{_SMALL_WORD_NUMBER}(?![- ]hundred))?"
    rf"|{_SMALL_WORD_NUMBER}|a dozen|dozen|a hundred|a thousand|a million|a billion|a trillion)"
)
# Africa's papers write the naira as "N2.5bn", the rand as "R450m" and the shilling as "Sh3.2 billion" or
# "KSh86,000", Manila's the peso as "P850 million". A lone N, R or P is a currency only before an amount
# with a scale or thousands groups (not "N95 masks", "the R2 value", "P45").
_SCALED_AMOUNT = r"(?=\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:bn|mn|m|k|tn|trn|billion|million|trillion)\b)"
_CURRENCY = (
    r"US\$\s?|C\$|A\$|(?<![A-Za-z])(?-i:R)\$\s?|(?<![A-Za-z])(?-i:Rs)\.?\s?(?=\d)|[$£€¥₹₦]|GH[¢₵]\s?|"
    r"(?<![A-Za-z])(?-i:KSh|Ksh|Kshs|Sh)\.?\s?(?=\d)|"
    rf"(?<![\w.,$])(?-i:[NRP]){_SCALED_AMOUNT}|₱|"
    r"(?-i:USD|EUR|GBP|CHF|JPY|CNY|SEK|NOK|DKK|CAD|AUD|INR|NGN|KES|ZAR|GHS|UGX|TZS|NZD|SGD|HKD)\s?"
)
# a decimal comma, as Europe writes it, before a percent or a scale: "0,3 percent", "€1,5 million"
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?=\s?(?:%|per ?cent\b|(?:million|billion|trillion|bn|mn|m)\b))"
# thousands set apart by a thin or no-break space, as European and Canadian texts print them ("46\u202f000",
# "2\u00a0300"), or by a space before a group a count never starts with ("46 000 residents"; "on May 5 200
# people" stays two numbers)
_SPACED_THOUSANDS = (
    r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)|\d{1,3}(?: 0\d\d)+(?!\d)"
    # (or any group, when a unit is glued to the last: "15 920MW", as South Africa's papers write it)
    r"|(?<![\d,.])\d{1,3}(?: \d{3})+(?=(?:MW|GW|kW|MWh|GWh|km|kg|ha)\b)"
)
_DIGITS = rf"{_DECIMAL_COMMA}|{_SPACED_THOUSANDS}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
# (a scale word after a hyphen, "a Rs 48-crore racket", "a $5-million contract"; a wire's abbreviation
# after a space, "480 mln euro", "2.1 bln")
_SCALE = (
    r"(?:(?:\s{1,12}|-)?(?:hundred|thousand|million|billion|trillion|lakh\s+crore|lakhs?|crores?)\b|"
    # (not a video's length: "8m 41s")
    r"\s?(?:mn|mln|bn|bln|tn|trn|trln)\b|\s(?:tril|bil|mil)\.|(?:k|m(?!\s\d{1,2}s\b)|b)\b)"
)
_NUMBER = rf"(?:{_DIGITS}|\b{_WORD_NUMBER}\b)"
_QUANTITY = re.compile(
    rf"(?:(?P<hedge>\b(?:{_HEDGES})\s+(?:an?\s+(?=\d))?)|(?P<lower>\b(?:{_LOWER})\s+)|(?P<upper>\b(?:{_UPPER})\s+))?"
    # "negative 3.5%", "minus $2 billion": below zero
    # (not "plus or minus 2%": a margin either way)
    r"(?P<neg>(?<!plus or )\b(?:negative|minus)\s+|−)?"
    rf"(?P<between>\bbetween\s+)?(?P<cur>{_CURRENCY})?(?P<num>{_NUMBER})(?!\d*(?:st|nd|rd|th)\b)"
    # "three and a half years", "two and a half million"
    r"(?P<half>[\s-]+and[\s-]+a[\s-]+half\b)?"
    rf"(?P<scale>{_SCALE})?"
    # "between 2.6°C and 3.1°C", "4.25%-4.50%": the unit written on both ends of a range
    r"(?:(?P<unit1>\s?%|\s?°\s?[CF]\b)(?=\s*(?:-|–|to|and)\s*[\d.]))?"
    rf"(?:(?P<sep>\s*(?:-|–|to|and|or)\s*)(?P<cur2>{_CURRENCY})?(?P<num2>{_NUMBER})(?P<scale2>{_SCALE})?)?"
    # ("5.5pc": the British papers' per cent, glued to its number)
    r"(?:(?P<pct>\s?(?:%|per ?cent\b|percentage points?\b|basis points?\b|bps\b)|(?<=\d)(?-i:pc)\b)"
    r"|(?P<pence>(?<=\d)p\b(?!\.m)))?"
    r"(?P<deg>\s?°\s?[CF]\b|(?-i:[CF])(?![\w'’-]))?"
    # ("£1,000-a-month", "a €1.2m-a-year contract": a rate, read after the match)
    r"(?P<adj>-(?!(?:a|an|per)-)(?P<adjunit>(?:basis|percentage)-points?|(?:year|month|week|day)s?-old|[a-z]+)\b)?",
    re.IGNORECASE,
)
# "tens of thousands of", "hundreds of millions of", "thousands of", "several hundred", "a few million":
# an order of magnitude, read as its lower end and approximate
_MAGNITUDES = {"dozens": 12, "scores": 20, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6,
               "billions": 1e9, "trillions": 1e12, "tens": 10}  # fmt: skip
_VAGUE = re.compile(
    r"\b(?:(?P<lead>tens|dozens|hundreds)\s+of\s+)?"
    r"(?P<mag>dozens|scores|hundreds|thousands|millions|billions|trillions)"
    # "thousands of homes", "hundreds of thousands per month", "tens of millions." (not "test scores.")
    r"(?=\s+(?:of|more|upon|per|a|each|every|in)\b|(?<=s)(?<!scores)(?<!dozens)\s*[.,;:!?](?!\d))"
    r"|\b(?P<few>a\s+few|several|a\s+couple\s+of)\s+(?P<fmag>dozen|hundred|thousand|million|billion)\b(?!s)",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    rf"\b(?:(?P<num>{_WORD_NUMBER}|a|one)[- ])?"
    r"(?P<den>halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b",
    re.IGNORECASE,
)
# "half a million", "a quarter of a million", "three-quarters of a billion": a part of a scale word
_PART_SHARES = {"half": 0.5, "half of": 0.5, "a quarter of": 0.25, "quarter of": 0.25,
                "three quarters of": 0.75, "a third of": 1 / 3, "two thirds of": 2 / 3}  # fmt: skip
_PART_OF_SCALE = re.compile(
    rf"(?:(?P<hedge>\b(?:{_HEDGES})\s+)|(?P<lower>\b(?:{_LOWER})\s+)|(?P<upper>\b(?:{_UPPER})\s+))?"
    r"\b(?P<part>half(?:\s+of)?|a\s+quarter\s+of|quarter\s+of|three[\s-]quarters\s+of|a\s+third\s+of|"
    r"two[\s-]thirds\s+of)\s+an?\s+(?P<scale>million|billion|trillion)\b",
    re.IGNORECASE,
)
# a result or a tally: two numbers joined by a dash after a verb of winning, losing or voting, or before
# the noun it qualifies ("won 3-1", "fell to 9-11", "a 112-104 win", "a 14-2 run", "a 7-2 vote")
_SCORE = re.compile(r"\b(?P<a>\d{1,3})\s?[-–]\s?(?P<b>\d{1,3})\b(?![-–%\d]|\s*(?:percent|per\b))")
_SCORE_BEFORE = re.compile(
    r"\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beats|beaten|defeated|drew|draw|tied|tie|trail|"
    r"trailed|trails|trailing|led|lead|leads|leading|record|fell to|improved to|moved to|dropped to|voted|"
    r"vote|votes|ruled|passed|approved|rejected|score|scored|finished|ended|stand|stands|sit|sits|"
    r"(?:deficit|lead|gap|margin|advantage) to)\b[^.;,]{0,12}$"
    # the other side named in between: "beat Ipswich Town 6-0", "defeated the Kansas City Chiefs 31-24"
    r"|\b(?:won|beat|beats|defeated|drew|tied|lost|thrashed|edged|routed|crushed|downed)\s+"
    r"(?:(?:the|against|with|to)\s+)?(?:(?-i:[A-Z])[\w.'’&-]*\s+){1,4}$"
    r"|(?:we|they)(?:'re|’re| are| were)\s+$",
    re.IGNORECASE,
)
# a tally of votes: "voted 7-2", "by a vote of 52-48", "a 6-3 ruling"
_VOTES_BEFORE = re.compile(
    r"\b(?:voted|vote|votes|ruled|passed|approved|rejected)\b[^.;,]{0,12}$", re.IGNORECASE
)
_VOTES_AFTER = re.compile(r"\s+(?:vote|votes|decision|majority|split|verdict|ruling)\b", re.IGNORECASE)
_SCORE_AFTER = re.compile(
    r"\s+(?:win|wins|loss|losses|victory|victories|defeat|record|lead|run|vote|decision|margin|draw|tie|"
    r"score|scoreline|rout|triumph|edge|majority|split|verdict|ruling)\b",
    re.IGNORECASE,
)
# "a full percentage point", "one basis point", "almost a full point" (a bare "one point" is a moment)
_ONE_POINT = re.compile(
    r"\b(?:a|one)\s+(?:full\s+(?:(?:percentage|(?P<fbasis>basis))\s+)?|(?:percentage|(?P<basis>basis))\s+)point\b",
    re.IGNORECASE,
)
# a single period after a hedge or a bound ("more than a year", "nearly a decade", "under a week"); a
# bare "a year" is a period of time, not an amount ("a year ago", "for a year")
_ONE_PERIOD = re.compile(
    r"\b(?P<one>an?|one)\s+(?P<period>day|week|month|year|decade|century|millimet(?:er|re)|centimet(?:er|re)|"
    r"met(?:er|re)|kilomet(?:er|re)|mile|foot|inch|degree|percentage point|point|percent|per cent|"
    r"dollar|pound|euro|cent|ton|tonne|kilogram|gram|liter|litre|gallon|hour|minute|second)\b",
    re.IGNORECASE,
)
# a whole number and a fraction: "8 1/2 years", "2 1/2 years", "3½ tons"
# (the Federal Reserve writes "3-3/4 to 4 percent"); a fraction alone before a unit: "by 1/4 percentage
# point", "7/8 of an inch" (not a date: "on 1/4", "1/4/2025", "1/4 at noon")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_PART = r"(?:[1357]/8|[13]/4|1/2|[12]/3)"
_MIXED_FRACTION = re.compile(
    r"\b(?P<whole>\d{1,4})(?:(?:\s+|-)(?P<part>" + _PART + r")(?![\d/])|(?P<part2>[½¼¾⅓⅔]))"
    r"|(?<![\w/.,-])(?<!\bon )(?P<alone>" + _PART + r")(?![\w/])(?=\s+(?:of\s+)?(?:an?\s+)?[a-z])"
)
_PERCENT_AFTER_FRACTION = re.compile(
    r"\s*(?:(?:to|and|-|–)\s*\d+(?:\.\d+|[- ][1357]/[248])?\s*)?"
    r"(?P<unit>percentage\s+points?|per\s?cent\b|%)",
    re.IGNORECASE,
)
# "two dozen", "half a dozen", "a few dozen", "some two dozen"
_DOZENS = re.compile(
    rf"\b(?P<count>{_WORD_NUMBER}|\d+|half a|a few|several|a couple of|some)\s+dozen\b(?!s)", re.IGNORECASE
)
# "a quarter of a century", "half a century": years
_CENTURY_PART = re.compile(
    r"\b(?P<part>half(?:\s+of)?|a\s+quarter(?:\s+of)?|three[\s-]quarters\s+of)\s+an?\s+century\b|"
    r"\ba\s+quarter[\s-]century\b",
    re.IGNORECASE,
)
_TWICE = re.compile(r"\b(?:twice|thrice)\b", re.IGNORECASE)
# "roughly sevenfold", "a tenfold increase"; "doubled", "tripled", "halved"
_FOLD = re.compile(rf"\b(?P<n>{_WORD_NUMBER}|\d+(?:\.\d+)?)[- ]?fold\b", re.IGNORECASE)
_MULTIPLIED = re.compile(r"\b(?P<verb>doubled|tripled|trebled|quadrupled|halved)\b", re.IGNORECASE)
_MULTIPLIED_BY = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
# "one in five adults", "1 in 10": a share, read as a fraction
_RATIO = re.compile(
    rf"\b(?P<num>{_WORD_NUMBER}|\d+)\s+(?:in|out of)\s+(?:every\s+)?(?P<den>{_WORD_NUMBER}|\d+)\b",
    re.IGNORECASE,
)
_ORDINAL = re.compile(
    r"(?<!\d-)\b(?P<ord>" + ORDINAL_WORDS + r"|\d+(?:st|nd|rd|th))(?:\s+(?P<unit>[a-z]+(?:-[a-z]+)*)\b"
    # ("a 67th-minute penalty": a match report's minute)
    r"|-(?P<hunit>minute|hour|day|week|month|year)\b)",
    re.IGNORECASE,
)
# a position in a ranking: "rank 41st in the nation", "ranked 22nd", "came 3rd out of 40", "now sits
# 15th in the league": the ordinal is the checkable figure (unit "rank")
_RANK = re.compile(
    r"\b(?:rank(?:s|ed|ing)?|placed|finish(?:ed|es)?|came|comes|sit(?:s|ting)?|sat|stood|stand(?:s|ing)?|"
    r"lie(?:s)?|lying|lay|(?:fell|falls|rose|rises|climbed|climbs|dropped|drops|slipped|slips|slid|moved|"
    r"jumped)\s+(?:back\s+)?to)\s+(?:(?:at|as)\s+)?"
    r"(?:(?:No\.|number)\s*(?P<no>\d+)\b|(?P<ord>first|" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))\b)"
    r"|\b(?P<ord2>" + "|".join(_ORDINALS) + r"|\d+(?:st|nd|rd|th))"
    r"(?=\s+(?:in|among|out\s+of)\s+(?:the\s+)?(?:nation|country|world|state|league|region|europe|"
    r"the\s+oecd|oecd|eu|us|u\.s\.)\b)",
    re.IGNORECASE,
)
# the patterns below look back from a match; they are searched in a short window before it only
_NAME_BEFORE = re.compile(r"[A-Za-z]-?$")
_PARTS_PER = re.compile(r"\s+parts\s+per\s+(?P<scale>million|billion)\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# "estimates ranging from 120,000 to 200,000", "anywhere from 5 to 10 percent": a range, not a change
_RANGE_FROM_BEFORE = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|vary|varies|varied|varying|anywhere|estimates?|forecasts?)\b[^.;]{0,20}\bfrom\s+$",
    re.IGNORECASE,
)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[- ]$", re.IGNORECASE)
# "a 5.9 magnitude quake", "6.8 on the Richter scale"
_MAGNITUDE_AFTER = re.compile(r"[- ](?:magnitude|on the Richter scale)\b", re.IGNORECASE)
_POINT_AFTER = re.compile(
    r"-(?:percentage-)?point\b|(?:\s+of)?\s+an?\s+(?:(?:percentage|(?P<basis>basis))\s+)?point\b"
    # "cut rates by a quarter point", "another half point": a rate's move, like "a quarter-point"
    r"|(?P<bare>\s+(?:percentage\s+)?point)\b"
    # "half a cent", "half a percent", "half a degree": a part of a unit
    r"|\s+an?\s+(?P<unit>cent|penny|percent|per cent|degree|mile|kilometre|kilometer|pound|kilo|gallon|"
    r"litre|liter)\b",
    re.IGNORECASE,
)  # "a quarter of a percentage point", "a quarter-point cut", "half a point"
# a word after "a third" that makes it an ordinal ("a third term"), not a share ("a third of", "a third
# more", "a quarter-point")
_ORDINAL_NOUN_AFTER = re.compile(
    r"[ -](?!of\b|as\b|more\b|less\b|fewer\b|percent\b|per\b|point\b|"
    # "down by nearly a third since 2022", "rose by a fifth over three years": a share, then its phrase
    r"since\b|over\b|in\b|from\b|to\b|after\b|before\b|between\b|compared\b|during\b|by\b|and\b|or\b|"
    r"but\b|than\b|on\b|at\b|for\b|this\b|last\b|when\b|while\b|within\b|through\b|until\b|"
    r"year[- ](?:to|over|on)\b|"
    # "about a third are in buildings at risk": a share as the subject of its verb
    r"(?:are|is|was|were|have|has|had|will|would|could|can|say|said|live|lived|work|worked|voted|own)\b)[a-z]"
)
# a noun before the number that says what it counts: people ("a crowd of 31,402") or deaths ("the
# death toll rose to 1,142")
_COUNTED_BEFORE = re.compile(
    r"\b(?:(?P<people>crowd|audience|attendance|population|workforce|turnout)\s+of|"
    r"(?P<toll>death toll|toll)\s+(?:of|rose to|reached|climbed to|stood at|stands at|is|was|at|to))\s+"
    r"(?:(?:about|around|roughly|nearly|almost|more than|at least|some|over)\s+)?$",
    re.IGNORECASE,
)
_AGE_VERB_BEFORE = re.compile(r"\b(?:is|was|turned|turns)\s+$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s+(?:when|now\b|at the time)|\s+years? old", re.IGNORECASE)
_NOW_BEFORE = re.compile(r",\s+now\s+$", re.IGNORECASE)  # "Tor, now 48, lives in Oslo"
# "Halvorsen, 34, was charged", "One man, 24, died at the scene"
_AGE_APPOSITION = re.compile(
    r"(?:[A-Z][a-z'’-]+|\b(?:man|woman|boy|girl|victim|suspect|driver|teenager|teen|mother|father|son|"
    r"daughter|wife|husband|officer|resident|student|worker|passenger|pedestrian)), $"
)
_AGED_BEFORE = re.compile(
    # "aged 18 to 65", "died at 100", "dies at 87": an age
    r"\bage[ds]?\s+(?:between\s+)?$|"
    r"\b(?:die[sd]?|dying|passed away|retired|retires)\s+at\s+(?:the\s+age\s+of\s+)?$",
    re.IGNORECASE,
)
# "+1 614-555-0142", "(202) 555-0199": a phone number has no amounts in it
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\b\d{3}[\s.-])\d{3}[\s.-]\d{4}\b"
    # "1-800-577-TIPS (8477)": a toll-free number spelled in letters, with its digits after it
    r"|\b1[\s.-]?8\d\d[\s.-]\w{3}[\s.-]\w{4}\b(?:\s*\(\d{4}\))?"
    # a short number to call or text: "call 101", "dial 999", "text 741741"; a reference to quote: "log
    # 1903", "case number 24-118", "ref 5521"
    # (a local number first: "call 555-0142")
    r"|(?i:\b(?:call|dial|ring|text|phone|telephone|number)\s+)\d{3}[-.]\d{4}\b"
    r"|(?i:\b(?:call|dial|ring|text|phone|telephone)\s+)\d{3,6}\b(?!\s*(?:%|per|people|times))"
    r"|(?i:\b(?:log|ref\.?|reference|case(?:\s+number)?|incident(?:\s+number)?|crime\s+number)\s+)"
    r"(?:no\.?\s*)?[\d-]{3,}\b"
)
_OVER_BEFORE = re.compile(r"\b(?:over|upwards of) $", re.IGNORECASE)
# a street address: "10 Downing Street", "1600 Pennsylvania Avenue", "221B Baker St."
_ADDRESS = re.compile(
    # (a compass point may come first: "4410 NE Fremont Way", "801 SW Tenth Ave."; not "40 Main Street
    # shops")
    r"\b\d{1,5}[A-Z]?\s+(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}"
    r"(?-i:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Ln\.|Boulevard|Blvd\.|"
    r"Drive|Dr\.|Place|Square|Way|Court|Terrace|Parkway|Highway|Hwy\.)(?!\w)(?!\s+[a-z]+s\b)"
)
# a version or an address of three dotted parts or more: "Version 10.12.25", "192.168.0.1"
_DOTTED = re.compile(r"(?<![\d.])\d+(?:\.\d+){2,}(?![\d.]|\.\d)")
# a social thread's post number: "🧵 1/ The study says ...", "2/ That's double"
_THREAD_NUMBER = re.compile(r"(?<!\S)\d{1,2}/(?=\s|$)")
# "fell by half", "fell by more than half since then": a share of what it fell from
_BY_HALF = re.compile(rf"\bby\s+(?:(?:{_HEDGES}|{_LOWER}|{_UPPER})\s+)?$", re.IGNORECASE)
_PERIOD_HALF = re.compile(r"\b(?:first|second|last|latter|other|the)\s+$", re.IGNORECASE)
_HEDGE_REACH = 24  # characters: enough for "no more than " or "in excess of "
# a hedge or bound right before a fraction: "nearly two-thirds", "more than half"
_HEDGE_BEFORE = re.compile(
    rf"\b(?:(?P<hedge>{_HEDGES})|(?P<lower>{_LOWER})|(?P<upper>{_UPPER}))\s+$", re.IGNORECASE
)
# "over two years", "over the next five years": a period, not a lower bound
_TIME_UNITS = {
    "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "hour", "hours",
    "minute", "minutes", "quarter", "quarters", "season", "seasons",
}  # fmt: skip
_NOT_UNITS = {"of", "and", "or", "to", "in", "on", "at", "the", "a", "an", "for", "by", "with", "from", "as",
              "last", "next", "this", "that", "each", "every", "per",
              # when, not what: "2,000 people tonight"
              "tonight", "today", "yesterday", "tomorrow"}  # fmt: skip
_PERIODS = {"quarter", "half"}
# what an ordinal names rather than counts: "Trump's second term", "the 20th Precinct", "West 76th
# Street", "murder in the second degree", "the 14th Amendment", "finished in second place"
_ORDINAL_NAMES = {
    "term", "terms", "precinct", "street", "avenue", "degree", "district", "amendment", "floor", "grade",
    "circuit", "division", "ward", "congress", "session", "reading", "place", "round", "century", "graders",
    "grader",
    "edition", "parliament", "republic", "army", "fleet", "battalion", "brigade", "regiment",
    # a speaker's own list: "the second point", "the third thing", "my fourth idea" ("the third time we
    # sent the bill" counts attempts: an amount)
    "thing", "things", "point", "points", "question", "reason", "issue", "problem", "step", "part",
    "aspect", "example", "option", "priority", "way", "area", "item", "objective", "initiative", "idea",
    "lesson", "principle", "goal", "pillar",
}  # fmt: skip
# "the 10-year Treasury note", "a 30-year mortgage rate": an instrument's name, not a period
_INSTRUMENT_AFTER = re.compile(
    r"\s+(?:treasury|treasuries|bond|bonds|note|notes|yield|yields|gilt|gilts|mortgage)\b", re.I
)


_DIGIT_WORDS = {**{word: n for word, n in _UNITS_WORDS.items() if n < 10}, "oh": 0}
_DIGIT_WORD = "|".join(_DIGIT_WORDS)
# a decimal said aloud, as transcripts write it: "nine point two percent", "three point five million"
_SPOKEN_DECIMAL = re.compile(
    rf"\b(?P<whole>{_SMALL_WORD_NUMBER}|\d+)\s+point\s+(?P<digits>(?:{_DIGIT_WORD})(?:[\s-]+(?:{_DIGIT_WORD}))*)\b"
    r"(?P<scale>\s+(?:hundred|thousand|million|billion|trillion)\b)?"
    r"(?P<pct>\s+(?:percent|per cent|percentage points?)\b)?",
    re.IGNORECASE,
)


def word_number(text: str) -> float | None:
    """Value of a number written in digits or English words, or None."""
    t = text.lower().strip()
    t = t.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", t) else t.replace(",", "")  # "0,3 percent"
    if re.fullmatch(r"\d{1,3}(?:\s\d{3})+", t):
        t = re.sub(r"\s", "", t)  # "46 000"
    try:
        return float(t)
    except ValueError:
        pass
    if t in _SPECIAL:
        return float(_SPECIAL[t])
    # "five hundred and forty-five": units and tens add up, "hundred" multiplies what came before
    total = 0
    for part in re.split(r"[- ]+", t):
        if part in _UNITS_WORDS:
            total += _UNITS_WORDS[part]
        elif part in _TENS_WORDS:
            total += _TENS_WORDS[part]
        elif part == "hundred" and total < 100:
            total = (total or 1) * 100
        elif part not in {"a", "and"}:
            return None
    return float(total) if t not in {"a", "and"} else None


def _scaled(value: float, scale: str | None) -> float:
    """``value`` times its scale word, without binary artefacts ("8.45 billion" -> 8450000000.0)."""
    if not scale:
        return value
    factor = _SCALES[" ".join(scale.strip(" -").split()).lower()]  # "-crore", " lakh  crore"
    return float(f"{value * factor:.12g}")


_UNIT_QUALIFIERS = {"nautical", "square", "cubic", "metric", "imperial", "light"}


_CELL_GAP = re.compile(r"\t|\s{2,}")
_UNIT_WINDOW = 16  # tokens after a number that its unit may be among (a run of 4, hyphens joined)


def _unit_after(span: Span, end: int) -> str | None:
    """The head noun of the noun phrase right after a number (``end``: a character offset into
    ``span.doc``): "200 flood warnings" -> "warnings", "11,000 North Korean troops" -> "troops"."""
    doc = span.doc
    # the first token that ends after ``end`` (a bisection: a sentence of thousands of amounts stays
    # linear), and a short window from it: a unit is within a few words of its number
    k = bisect.bisect_left(range(span.start, span.end), end, key=lambda i: doc[i].idx + len(doc[i]))
    k += span.start
    window = doc[k : min(k + _UNIT_WINDOW, span.end)]
    # "160km/h": one token, or "/" splits it
    if len(window) and (speed := _SPEED_UNIT.match(window.text, end - window.start_char)):
        return _UNIT_ALIASES[speed["unit"].lower().replace("/hr", "/h")]
    run: list[Token] = []
    joined: dict[int, str] = {}  # run position -> the hyphenated word it ends ("co-defendants")
    tokens = [t for t in window if t.idx >= end and not t.is_space]
    if tokens and tokens[0].pos_ == "PROPN" and _CELL_GAP.search(doc.text, end, tokens[0].idx):
        # a table's next cell is no unit: "2    Rafael Quintero    Meridian" (a wrapped line's next word,
        # its margin blanked, may be: "nine      clinics")
        return None
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if _MODEL_TOKEN.fullmatch(token.text) and i + 1 < len(tokens) and tokens[i + 1].pos_ == "NOUN":
            i += 1  # a model's name before what it names: "12 A320neo planes", "5 A350 jets"
            continue
        if token.like_num and i + 2 < len(tokens) and _MODEL_WORD_AFTER.match(" " + tokens[i + 1].text):
            i += 2  # "40 737 MAX jets"
            continue
        # "co-defendants", "first-time": spaCy splits at the hyphen; the word is the unit
        word = token.lower_
        while (
            i + 2 < len(tokens)
            and tokens[i + 1].text == "-"
            and not tokens[i].whitespace_
            and not tokens[i + 1].whitespace_
            and tokens[i + 2].is_alpha
        ):
            i += 2
            token = tokens[i]
            word += "-" + token.lower_
        if (
            not token.is_alpha
            or (
                token.pos_ not in {"NOUN", "PROPN", "ADJ"}
                and "-" not in word  # "flu-related" qualifies
                # so does a participle before its noun: "212 staffed lighthouses", "124 guided aerial bombs"
                and not (
                    token.tag_ in {"VBN", "VBG"}
                    and i + 1 < len(tokens)
                    and tokens[i + 1].pos_ in {"NOUN", "ADJ"}
                )
            )
            or token.lower_ in _NOT_UNITS
        ):
            break
        if "-" in word:
            joined[len(run)] = word
        run.append(token)
        i += 1
        if len(run) == 4:
            break
    nouns = [t for t in run if t.pos_ == "NOUN"]
    if run and run[0].lower_ in _CURRENCY_WORDS:
        # "a five million dollar deal": the money, not what it buys
        word = run[0].lower_
        return (
            word
            if word.endswith("s") or word in {"yen", "yuan", "pence", "lira", "rand", "baht"}
            else word + "s"
        )
    if nouns:
        # the last noun of the first noun run: "flood warnings", not "... troops Russia" beyond it
        # ("dozens of state legislative races": past an adjective to the noun it qualifies)
        last = run.index(nouns[0])
        if nouns[0].lower_ not in {"times", "fold"}:  # a multiplier qualifies nothing: "eight times average"
            for j in range(last + 1, len(run)):
                if run[j].pos_ == "NOUN":
                    last = j
                elif run[j].pos_ != "ADJ":
                    break
        head = joined.get(last, run[last].lower_)
        if last > 0 and run[last - 1].lower_ in _UNIT_QUALIFIERS:
            head = f"{run[last - 1].lower_} {head}"  # "22 nautical miles", "400,000 square feet"
        return _unit_name(head, run[last].text)
    return _unit_name(joined.get(0, run[0].lower_), run[0].text) if run and run[0].pos_ == "PROPN" else None


_SPEED_UNIT = re.compile(r"\s?(?P<unit>km/hr?|kmh|kph|mph|m/s)\b", re.IGNORECASE)
# one name per unit, whichever way the text writes it ("250 GW" and "268 gigawatts" are gigawatts)
_UNIT_ALIASES = {
    "gw": "gigawatts", "mw": "megawatts", "kw": "kilowatts", "tw": "terawatts", "gwh": "gigawatt-hours",
    "twh": "terawatt-hours", "mwh": "megawatt-hours", "kwh": "kilowatt-hours", "km": "kilometres",
    "kms": "kilometres", "kilometers": "kilometres", "kilometer": "kilometres", "kilometre": "kilometres",
    "meters": "metres", "meter": "metres", "metre": "metres", "mph": "miles per hour",
    "kph": "kilometres per hour", "km/h": "kilometres per hour", "kmh": "kilometres per hour",
    "m/s": "metres per second", "kg": "kilograms", "kgs": "kilograms",
    "cm": "centimetres", "ha": "hectares", "mt": "tonnes", "tons": "tons",
    "tonnes": "tonnes", "mi": "miles",
}  # fmt: skip


def _unit_name(unit: str, written: str) -> str:
    """A unit under its one name; an acronym as written ("47 Labour MPs" counts MPs, not "mps")."""
    if unit in _UNIT_ALIASES:
        return _UNIT_ALIASES[unit]
    letters = written.rstrip("s")
    if len(letters) >= 2 and letters.isupper() and unit == written.lower():
        return written
    return unit


def _overlaps(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in taken)


def _word_amount(
    found: list[QuantityFacet],
    taken: list[tuple[int, int]],
    match: re.Match[str],
    value: float,
    shift: int,
    **update: object,
) -> None:
    """An amount written in words ("two dozen", "sevenfold", "a full point"), with the hedge or bound
    before it and the ``update``'s unit, unless another amount holds its span already."""
    if _overlaps(match.start() + shift, match.end() + shift, taken):
        return
    amount = _fraction(match.string, match, value, shift).model_copy(update=update)
    found.append(amount)
    taken.append((amount.start, amount.end))


def _fraction(sentence: str, match: re.Match[str], value: float, shift: int) -> QuantityFacet:
    """A share ("two-thirds", "one in five") with the hedge or bound right before it ("nearly",
    "more than"); ``shift`` maps sentence offsets to article offsets."""
    hedge = _HEDGE_BEFORE.search(sentence, max(0, match.start() - _HEDGE_REACH), match.start())
    bound = "lower" if hedge and hedge["lower"] else "upper" if hedge and hedge["upper"] else "exact"
    begin = hedge.start() if hedge is not None else match.start()
    return QuantityFacet(
        text=sentence[begin : match.end()],
        value=round(value, 6),
        unit="fraction",
        approximate=bool(hedge and hedge["hedge"]),
        bound=bound,
        start=begin + shift,
        end=match.end() + shift,
    )


_DURATION_BEFORE = re.compile(r"\b(?:for|within|lasting|spanning)\s+$", re.IGNORECASE)
_IDIOMATIC_ONE = {"day", "week", "month", "year", "decade", "century", "point", "hour", "minute", "second"}
# "one" as a pronoun before its noun is not counting it: "one day, he said" (a time, not an amount)
_ONE_AS_PRONOUN = re.compile(r"\s*,")


def _plural(unit: str) -> str:
    """ "year" -> "years", "inch" -> "inches", "foot" -> "feet", "percent" stays."""
    if unit in {"percent", "per cent"}:
        return "percent"
    if unit == "foot":
        return "feet"
    return unit + ("es" if unit.endswith(("ch", "sh")) else "s")


def _part_unit(point: re.Match[str]) -> str:
    """The unit a share is a part of: "a quarter of a percentage point", "half a point", "half a cent"."""
    if point["unit"]:
        unit = point["unit"].lower().replace("per cent", "percent")
        return {"penny": "pence", "percent": "percent"}.get(unit, unit + "s")
    if point["basis"]:
        return "basis points"
    rate = "percentage" in point[0].lower() or point[0].startswith("-") or point["bare"]
    return "percentage points" if rate else "points"


def quantities(span: Span, offset: int, exclude: Sequence[tuple[int, int]] = ()) -> list[QuantityFacet]:
    """Quantities in a sentence span; ``offset`` maps doc character offsets to article offsets.

    ``exclude`` holds article spans (dates, times) whose numbers are not quantities.
    """
    base = span.start_char
    sentence = span.text  # not ``span.doc.text``: spaCy rebuilds a Doc's text on every access
    found: list[QuantityFacet] = []
    taken: list[tuple[int, int]] = list(exclude)
    for pattern in (_PHONE, _THREAD_NUMBER, _ADDRESS, _DOTTED):
        taken += [(base + m.start() + offset, base + m.end() + offset) for m in pattern.finditer(sentence)]
    for match in _PART_OF_SCALE.finditer(sentence):  # "nearly half a million people"
        start, end = base + match.start() + offset, base + match.end() + offset
        part = _PART_SHARES[re.sub(r"[\s-]+", " ", match["part"].lower())]
        unit = _unit_after(span, base + match.end())
        found.append(
            QuantityFacet(
                text=match.group(0),
                value=part * _SCALES[match["scale"].lower()],
                unit=unit,
                currency=_CURRENCY_WORDS.get(unit or ""),
                approximate=bool(match["hedge"]),
                bound="lower" if match["lower"] else "upper" if match["upper"] else "exact",
                start=start,
                end=end,
            )
        )
        taken.append((start, end))
    for match in _SCORE.finditer(sentence):  # "won 3-1", "a 112-104 win", "a 7-2 vote": a score, no range
        if not (
            _SCORE_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
            or _SCORE_AFTER.match(sentence, match.end())
        ):
            continue
        start, end = base + match.start() + offset, base + match.end() + offset
        votes = _VOTES_BEFORE.search(
            sentence, max(0, match.start() - 30), match.start()
        ) or _VOTES_AFTER.match(sentence, match.end())
        if not _overlaps(start, end, taken):
            for side in ("a", "b"):  # both sides, each its own amount: "3" and "1" of "won 3-1"
                found.append(
                    QuantityFacet(
                        text=match[side],
                        value=float(match[side]),
                        unit="votes" if votes else "score",
                        bound="exact",
                        start=base + match.start(side) + offset,
                        end=base + match.end(side) + offset,
                    )
                )
            taken.append((start, end))
    shift = base + offset
    for match in _SPOKEN_DECIMAL.finditer(sentence):  # "nine point two percent", "three point five million"
        whole = word_number(match["whole"])
        if whole is None:
            continue
        digits = "".join(str(_DIGIT_WORDS[d.lower()]) for d in re.split(r"[\s-]+", match["digits"].strip()))
        value = _scaled(whole + float("0." + digits), match["scale"].strip() if match["scale"] else None)
        pct = match["pct"]
        unit = (
            ("percentage points" if "point" in pct.lower() else "percent")
            if pct
            else _unit_after(span, base + match.end())
        )
        _word_amount(found, taken, match, value, shift, unit=unit, currency=_CURRENCY_WORDS.get(unit or ""))
    for match in _MIXED_FRACTION.finditer(sentence):  # "8 1/2 years", "3½ tons"
        written = match["part"] or match["alone"]
        fraction = _VULGAR[match["part2"]] if match["part2"] else int(written[0]) / int(written[2])
        whole = float(match["whole"] or 0) + fraction
        # a share of a percent, or the low end of a range in percent: "1/4 percentage point", "3-3/4 to 4
        # percent"
        percent_after = _PERCENT_AFTER_FRACTION.match(sentence, match.end())
        unit = (
            ("percentage points" if "point" in percent_after["unit"].lower() else "percent")
            if percent_after
            else _unit_after(span, base + (_OF_AFTER.match(sentence, match.end()) or match).end())
        )
        _word_amount(found, taken, match, whole, shift, unit=unit)
    for match in _DOZENS.finditer(sentence):  # "two dozen officers", "half a dozen cars", "a few dozen"
        count = match["count"].lower()
        few = count in {"a few", "several", "a couple of", "some"}
        n = 0.5 if count == "half a" else 3.0 if few else float(word_number(count) or 1)
        unit = _unit_after(span, base + (_OF_AFTER.match(sentence, match.end()) or match).end())
        extra: dict[str, object] = {"approximate": True} if few else {}
        _word_amount(found, taken, match, n * 12, shift, unit=unit, **extra)
    for match in _CENTURY_PART.finditer(sentence):  # "a quarter of a century": 25 years
        share_of = (match["part"] or "quarter").lower()
        years = 50.0 if share_of.startswith("half") else 75.0 if share_of.startswith("three") else 25.0
        _word_amount(found, taken, match, years, shift, unit="years")
    for match in _ONE_PERIOD.finditer(sentence):  # "more than a year", "nearly a decade", "one millimeter"
        bounded = _HEDGE_BEFORE.search(sentence, max(0, match.start() - _HEDGE_REACH), match.start())
        # a spelled "one" counts a measure ("one millimeter"); "one day", "at one point" are no amounts
        spelled = match["one"].lower() == "one" and match["period"].lower() not in _IDIOMATIC_ONE
        spelled = spelled and not _ONE_AS_PRONOUN.match(sentence, match.end())
        # "suspend the controls for one year", "within one week": a duration, however idiomatic the noun
        spelled = spelled or (
            match["one"].lower() == "one"
            and _DURATION_BEFORE.search(sentence, max(0, match.start() - 10), match.start()) is not None
        )
        if bounded is not None and _period_over(bounded["lower"], sentence, bounded.start()):
            continue  # "add $6.2 trillion over a decade": when, not "more than a decade"
        if bounded is not None or spelled:
            _word_amount(found, taken, match, 1.0, shift, unit=_plural(match["period"].lower()))
    for match in _FOLD.finditer(sentence):  # "roughly sevenfold"
        if folds := word_number(match["n"]):
            _word_amount(found, taken, match, float(folds), shift, unit="times")
    for match in _MULTIPLIED.finditer(sentence):  # "prices have nearly doubled since 2019"
        verb = match["verb"].lower()
        unit = "fraction" if verb == "halved" else "times"
        _word_amount(found, taken, match, _MULTIPLIED_BY[verb], shift, unit=unit)
    for match in _TWICE.finditer(sentence):  # "grew twice as fast", "roughly twice as much as in 1990"
        _word_amount(found, taken, match, 2.0 if match[0].lower() == "twice" else 3.0, shift, unit="times")
    for match in _RATIO.finditer(sentence):
        numerator, denominator = word_number(match["num"]), word_number(match["den"])
        if not numerator or not denominator or numerator >= denominator:
            continue  # "3 in 2024" is not a share; "one in one" says nothing
        if numerator > 10 and "out" not in match.group(0).lower():
            continue  # "105 in 120 games": a count over a period, not "one in five"
        if _overlaps(base + match.start() + offset, base + match.end() + offset, taken):
            continue
        share = _fraction(sentence, match, numerator / denominator, base + offset)
        found.append(share)
        taken.append((share.start, share.end))
    for match in _FRACTION.finditer(sentence):
        start, end = base + match.start() + offset, base + match.end() + offset
        point = _POINT_AFTER.match(sentence, match.end())
        halved = match["den"].lower() == "half" and _BY_HALF.search(
            sentence, max(0, match.start() - 30), match.start()
        )
        if (
            match["num"] is None
            and not point
            and not halved
            and not (
                match["den"].lower() == "half"
                and re.match(r"\s+of\b", sentence[match.end() :])
                and not _PERIOD_HALF.search(sentence, max(0, match.start() - 8), match.start())
            )
        ):
            continue  # a bare "third" is an ordinal; "half of" counts, "the first half of 2024" not
        if (
            match["num"]
            and match["num"].lower() == "a"
            and re.search(r"\w\s+and\s+$", sentence[: match.start()])
        ):
            continue  # "three and a half years": part of the number before it
        if (
            match["den"].lower() in {"quarters", "halves"}
            and not point
            and "-" not in match.group(0)
            and not re.match(r"\s+of\b", sentence[match.end() :])
        ):
            continue  # "two quarters ahead of schedule": periods, counted below ("three quarters of" a share)
        if (
            match["num"]
            and match["num"].lower() not in {"a", "one"}
            and not match["den"].lower().endswith("s")
        ):
            continue  # "two quarter-point cuts": two cuts, each a quarter point
        numerator = 1.0 if (match["num"] or "one").lower() in {"a", "one"} else word_number(match["num"])
        if numerator is None or _overlaps(start, end, taken):
            continue
        if numerator == 1.0 and not point and _ORDINAL_NOUN_AFTER.match(sentence, match.end()):
            continue  # "a third term", "a second half": an ordinal, not a share
        share = _fraction(sentence, match, numerator / _FRACTIONS[match["den"].lower()], base + offset)
        if point:  # "a quarter of a percentage point": the size of a move in a rate
            share = share.model_copy(
                update={
                    "unit": _part_unit(point),
                    "text": sentence[share.start - base - offset : point.end()],
                    "end": point.end() + base + offset,
                }
            )
        found.append(share)
        taken.append((share.start, share.end))
    for match in _ONE_POINT.finditer(
        sentence
    ):  # "cut rates by a full percentage point", "almost a full point"
        # (its span already taken when it is the point of "a quarter of a percentage point")
        basis = match["basis"] or match["fbasis"]
        unit = (
            "basis points" if basis else "percentage points" if "percentage" in match[0].lower() else "points"
        )
        _word_amount(found, taken, match, 1.0, shift, unit=unit)
    position = 0
    while (found_match := _QUANTITY.search(sentence, position)) is not None:
        match = found_match
        position = match.end()
        pair = None
        if _two_amounts(match):
            # "fell from £9,100 to £5,000", "1 and 2": two amounts, not a range; read the first on
            # its own and go on from the second
            position = match.end("sep")
            pair = match
            match = _QUANTITY.match(sentence, match.start(), match.start("sep")) or match
        start, end = base + match.start() + offset, base + match.end() + offset
        if _overlaps(start, end, taken):
            # "from 28,457 in 2023 to 26,180": read on after the date the match ran into
            position = max(
                match.start() + 1, min(b for a, b in taken if start < b and a < end) - base - offset
            )
            continue
        if (
            not match["cur"]
            and _NAME_BEFORE.search(sentence, max(0, match.start() - 2), match.start())
            and not _MAGNITUDE_BEFORE.search(sentence, max(0, match.start() - 12), match.start())
        ):
            continue  # "COVID-19", "F-16", "G7": part of a name
        if (
            not match["cur"]
            and not (match["hedge"] or match["lower"] or match["upper"])
            and _NAMED_NUMBER_BEFORE.search(sentence, max(0, match.start() - 12), match.start())
        ):
            continue  # "S&P 500", "FTSE 100", "No. 10" (not "the upper stage about 52 minutes later")
        if not match["cur"] and _is_model_number(sentence, match, span, base):
            continue  # "the iPhone 16e", "a Pixel 9a", "an Ariane 6 rocket": a product's name
        if match["num"][:1].isalpha() and _ORDINAL_AFTER.match(sentence, match.end("num")):
            continue  # "seventy-fifth", "two hundredth": an ordinal, read below (not "a 36-second video")
        if (
            match["num"][:1].isupper()
            and match.start("num") > 0
            and not match["cur"]
            and sentence[: match.start("num")].rstrip()[-1:] not in {"", ".", '"', "“", ":", "(", "-", "—"}
        ):
            continue  # a capitalised number word inside a sentence is a name: "Net Zero", "Group of Seven"
        if re.fullmatch(r"(?i)(a\s+)?one", match["num"]) and not (
            match["cur"] or match["scale"] or match["pct"]
        ):
            continue  # "one of them", "a one-off": too vague to be a quantity
        if match["adj"] and _INSTRUMENT_AFTER.match(sentence, match.end()):
            continue  # "the 10-year Treasury note"
        if match["adj"] and len(match["adjunit"]) == 1:
            continue  # "Form 10-K", "an 8-K filing", "3-D": a code, not a unit
        facet = _facet(match, span, base + match.end(), start, end)
        if facet is not None and facet.unit is None and facet.currency is None and pair is not None:
            facet = _unit_of_pair(facet, pair, span, base + pair.end())
        if facet is not None and facet.unit is None and facet.currency is None:
            counted = _COUNTED_BEFORE.search(sentence, max(0, match.start() - 50), match.start())
            if counted is not None:  # "a crowd of 31,402", "the death toll rose to 1,142"
                facet = facet.model_copy(update={"unit": "deaths" if counted["toll"] else "people"})
        or_bound = _OR_BOUND_AFTER.match(sentence, match.end())
        if or_bound is not None and or_bound["word"] and (facet is None or or_bound["word"] != facet.unit):
            or_bound = None  # only the unit may stand between: "6 months and older"
        if facet is not None and or_bound is not None and facet.bound == "exact":
            # "50 or more employees": the bound, and the unit after it
            facet = facet.model_copy(
                update={
                    "bound": "lower" if or_bound["lower"] else "upper",
                    "unit": facet.unit or _unit_after(span, base + or_bound.end()),
                }
            )
        if facet is not None and (per := _per_after(sentence, match.end(), facet)) is not None:
            # "$6.99 a month", "20 cents a gallon", "3% a year": a rate; its "a dozen" is no amount
            facet = facet.model_copy(update={"per": per.group("per").lower()})
            taken.append((base + per.start() + offset, base + per.end() + offset))
            over = _OVER_BEFORE.search(sentence, 0, facet.start - base - offset)
            if over is not None and facet.bound == "exact" and facet.unit in _TIME_UNITS:
                # "spend over 7 hours a day": a rate's "over" is "more than", not the period of "over
                # two years"
                at = base + offset + over.start()
                facet = facet.model_copy(update={"bound": "lower", "start": at, "text": over[0] + facet.text})
        if facet is not None:
            found.append(facet)
            taken.append((start, end))
            if facet.value_max is not None and match["num2"]:
                # a range's two ends are two figures to check: "six to eight degrees" also gives 8
                high = base + match.start("num2") + offset
                found.append(
                    facet.model_copy(
                        update={"value": facet.value_max, "value_max": None, "bound": "upper", "start": high,
                                "text": sentence[match.start("num2") : match.end()]}
                    )
                )  # fmt: skip
    for match in _VAGUE.finditer(sentence):
        start, end = base + match.start() + offset, base + match.end() + offset
        if _overlaps(start, end, taken):
            continue
        found.append(_magnitude(match, span, base, start, end))
        taken.append((start, end))
    for match in _RANK.finditer(sentence):
        group = "no" if match["no"] else "ord" if match["ord"] else "ord2"
        word = match[group].lower()
        value = ordinal_value(word)
        start, end = base + match.start(group) + offset, base + match.end(group) + offset
        if not _overlaps(start, end, taken):
            found.append(QuantityFacet(text=match[group], value=value, unit="rank", bound="exact",
                                       start=start, end=end))  # fmt: skip
            taken.append((start, end))
    for match in _ORDINAL.finditer(sentence):
        start, end = base + match.start() + offset, base + match.end() + offset
        if match["hunit"]:  # "a 67th-minute penalty"
            if not _overlaps(start, end, taken) and match["ord"][:1].isdigit():
                minute = QuantityFacet(
                    text=match.group(0), value=ordinal_value(match["ord"]), unit=match["hunit"].lower(),
                    bound="exact", start=start, end=end,
                )  # fmt: skip
                found.append(minute)
                taken.append((start, end))
            continue
        if _overlaps(start, end, taken) or match["unit"].lower() in _NOT_UNITS | _PERIODS | _ORDINAL_NAMES:
            continue  # "the third quarter", "a second term", "the 20th Precinct": no amount
        if match["ord"][:1].isupper() and match["unit"][:1].isupper() and match.start() > 0:
            continue  # "Third World debt", "the Second Amendment": a name
        word = match["ord"].lower()
        value = ordinal_value(word)
        # the noun the ordinal counts: "its fourth year" -> year, "the fourth leading cause" -> cause;
        # none in "the third highest", "a second Keystone executive" ("a second" is "another")
        after = list(islice((t for t in span if t.idx >= base + match.start("unit")), 3))
        noun = next((t for t in after if t.pos_ == "NOUN" and t.is_alpha), None)
        if noun is None or re.search(r"(?i)\ban?\s+$", sentence[max(0, match.start() - 3) : match.start()]):
            continue
        # ("its 17th hat-trick": the hyphenated word whole)
        unit = match["unit"].lower() if "-" in match["unit"] and noun.i == after[0].i else noun.lower_
        found.append(QuantityFacet(text=match.group(0), value=value, unit=unit,
                                   bound="exact", start=start, end=end))  # fmt: skip
        taken.append((start, end))
    found = _subject_units(
        _elided_units(
            _symbol_bounds(sorted(found, key=lambda q: q.start), sentence, base + offset),
            sentence,
            base + offset,
        ),
        span,
        offset,
    )
    return [
        _cents_in_currency(q, sentence, base + offset) if q.unit in {"cents", "cent"} else q for q in found
    ]


_CHANGE_LEMMAS = {
    "rise", "fall", "drop", "climb", "increase", "decrease", "decline", "jump", "slip", "grow", "surge",
    "soar", "plunge", "tumble", "dip", "slide", "shrink", "reach", "hit", "total", "number",
}  # fmt: skip


def _subject_units(found: list[QuantityFacet], span: Span, offset: int) -> list[QuantityFacet]:
    """A bare count after a verb of change takes the plural noun its subject counts: "Homicides fell
    from 617 in 2023 to 573" -> homicides; "Heat-related deaths in Spain rose to 1,180" -> deaths."""
    if not any(q.unit is None and q.currency is None for q in found):
        return found
    verb = next((t for t in span if t.tag_ in {"VBD", "VBZ", "VBP"}), None)
    if verb is None or verb.lemma_.lower() not in _CHANGE_LEMMAS:
        return found
    subject = [t for t in span if t.i < verb.i]
    # (a plural that opens the sentence may be tagged a proper noun: "Homicides fell ...")
    nouns = [
        t
        for t in subject
        if t.is_alpha
        and (
            t.tag_ == "NNS"
            or (t.i == span.start and t.tag_ == "NNP" and t.text[1:].islower() and t.lower_.endswith("s"))
        )
    ]
    if not nouns or any(t.tag_ in {"PRP", "CD", "$"} or t.like_num for t in subject):
        return found  # ("They rose to 40", "In 2023, 40 ...": no counted noun to take)
    unit = nouns[0].lower_  # the head before any "of"/"in" phrase: "deaths in Spain"
    after = verb.idx + offset
    return [
        q.model_copy(update={"unit": unit})
        if q.unit is None
        and q.currency is None
        and q.start >= after
        and ("." not in q.text or q.value >= 1000)
        else q
        for q in found
    ]


# a hedge after the amount (its unit in between): "8 millimeters or so", "20,000 or thereabouts"
_HEDGE_AFTER = re.compile(r"(?:\s+[A-Za-z%-]+){0,2}\s+(?:or so|or thereabouts|give or take)\b", re.IGNORECASE)
_CONVERTED = re.compile(r"[^\d()]{0,30}\(\s*")  # the unit, then the bracket: " square kilometers ("
_SYMBOL_BOUNDS = {"<": "upper", "≤": "upper", "⩽": "upper", ">": "lower", "≥": "lower", "⩾": "lower"}


# an emphasis, not an amount: "We'll protect pre-existing conditions, 100 percent.", "I agree with
# that 100 percent", "I'm a million percent behind our police"
EMPHATIC_PERCENT = re.compile(
    r"(?:,\s*|\b(?:that|it|you|him|her|them|this|agree|am|is|are)\s+|['’]m\s+)"
    r"(?:100|110|1,000|a hundred|a million|one hundred)"
    r"\s*(?:%|percent|per cent)(?=\s*(?:[.!,;]|behind\b|sure\b|$))",
    re.IGNORECASE,
)


_ESTIMATE_BOUND = re.compile(
    r"(?:more than|over|at least|upwards of|in excess of|north of|fewer than|less than|as many as|"
    r"as much as)\s",
    re.IGNORECASE,
)
_RULE_WORDS = re.compile(
    r"\b(?:must|shall|may not|cannot|can't|eligible|eligibility|required?|requires|requirements?|allowed|"
    r"permitted|prohibit\w*|bans?|banned|limits?|caps?|capped|threshold|qualify|qualifies|applies|apply|"
    r"exempt\w*|penalty|penalties|fines?|punishable|faces?|facing|sentence)\b",
    re.IGNORECASE,
)


def _symbol_bounds(found: list[QuantityFacet], sentence: str, shift: int) -> list[QuantityFacet]:
    """A comparison sign before an amount bounds it: "P<0.001", "P < .001", ">= 65 years"; an amount
    converted in brackets after an approximate one is approximate too."""
    out: list[QuantityFacet] = []
    emphases = [m.span() for m in EMPHATIC_PERCENT.finditer(sentence)]
    for q in found:
        if any(a <= q.start - shift < b for a, b in emphases):
            continue
        before = sentence[max(0, q.start - shift - 3) : q.start - shift].rstrip().removesuffix("=")
        update: dict[str, object] = {}
        if q.bound == "exact" and (bound := _SYMBOL_BOUNDS.get(before[-1:])):
            update["bound"] = bound
        if not q.approximate and (
            before.endswith("~")
            or q.text.endswith("-odd")
            or _HEDGE_AFTER.match(sentence, q.end - shift)
            or q.text.lower().startswith("just shy")
        ):
            update["approximate"] = True  # "~20,000", "20,000-odd", "8 millimeters or so", "just shy of"
        if (
            q.bound != "exact"
            and not q.approximate
            and _ESTIMATE_BOUND.match(q.text)
            and not _RULE_WORDS.search(sentence)
        ):
            # a bound reported of something counted or estimated leaves its figure inexact: "more than
            # 1,100 investors", "at least 63 killed" (not a rule's threshold: "firms with more than 50
            # staff must ...", nor a cap: "up to 20 years")
            update["approximate"] = True
        last = out[-1] if out else None
        if (
            last is not None
            and not q.approximate
            and last.approximate
            and _CONVERTED.fullmatch(sentence[last.end - shift : q.start - shift])
        ):
            update["approximate"] = True  # "about 480 square kilometers (185 square miles)": the same amount
        out.append(q.model_copy(update=update) if update else q)
    return out


# a multiplier or a share counts nothing a later number could ("14% ... to about 187,000")
_NOT_ELIDED = {None, "fraction", "times", "fold", "percent", "percentage points", "basis points", "score"}
# what compares an amount with the one before it: "$1,640 a month, up from $1,050"
_SAME_MEASURE_BEFORE = re.compile(
    r"\b(?:from|versus|vs\.?|against|compared with|compared to|than|behind|ahead of)\s+(?:[\w'’]+\s+){0,2}$",
    re.IGNORECASE,
)
# what sets a number against the one before it, up to three words back
_CONTRAST_BEFORE = re.compile(
    r"\b(?:and|or|to|by|from|versus|vs\.?|against|compared with|compared to|while|but|than|above|below|"
    r"behind|ahead of|over|under|beyond|surpass\w*|exceed\w*|topp?\w*|beat\w*|including|of which|"
    # (", up 60,000 from the previous quarter": the change of what was just counted)
    r"average of|total of|,\s*(?:up|down))\s+(?:[\w'’]+\s+){0,4}$",
    re.IGNORECASE,
)


# a measure named right before a number starts a new one: "a median BMI of 29" after "63.4 years"
_MEASURE_OF_BEFORE = re.compile(
    r"\b(?P<measure>[A-Za-z]+)\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|over|under|more than|"
    r"fewer than|less than|at least|up to)\s+)?$",
    re.IGNORECASE,
)
# a clause of its own between two amounts, with words before the second: ", while vacancies fell from"
# (or a colon before a clause of its own: "That second claim is correct: installations rose from 13,900")
_NEW_CLAUSE = re.compile(
    r"[,;]\s+(?:and|but|while|whereas|as|although|though|yet)\s+[\w'’-]+\s+[\w'’-]+|"
    r":\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|half|all|none)\b)[a-z][\w'’-]*\s+[a-z]"
)  # (not a count's parts after it: "Six residents spoke: four in opposition and two in support")
_SHARED_MEASURES = {"total", "average", "sum", "which", "whom", "out", "all", "each", "both", "those", "that"}
# "the number of open teaching positions dropped from about 3,100 to fewer than 900": what it counts
# nouns that end in "s" and count nothing by themselves: "the number of measles cases"
_SINGULAR_IN_S = (
    "measles|mumps|rabies|diabetes|herpes|news|series|species|gas|bus|virus|status|census|bonus|campus|"
    "crisis|basis|analysis|process|access|business|success|congress|class|address"
)
_NUMBER_OF = re.compile(
    r"\bnumber of (?:[a-z-]+ ){0,2}?(?P<unit>(?!(?:"
    + _SINGULAR_IN_S
    + r")\b)[a-z-]+s|people|children|men|women|"
    r"staff|police)\b[^,;]*$"
)


def _elided_units(found: list[QuantityFacet], sentence: str, shift: int) -> list[QuantityFacet]:
    """A bare number after an amount with a unit counts the same thing ("412 carjackings in 2020 and
    577 in 2025", "Mraz has 142,310 votes and Wild has 140,822"), and a money amount after a rate is
    one too ("$1,640 a month, up from $1,050"; "306 per 100,000 residents ... and 317 per 100,000")."""
    out: list[QuantityFacet] = []
    last: QuantityFacet | None = None  # the last amount with a unit
    rate: QuantityFacet | None = None  # the last rate
    for q in found:
        update: dict[str, object] = {}
        # only a number set against the one before ("and 577", "and Wild has 140,822", "up from $1,050");
        # not "0.35 of a Halcyon share" after "$42 in cash", nor "... was 54,000" after "12 hours"
        before = sentence[max(0, q.start - shift - 30) : q.start - shift]
        contrasted = _CONTRAST_BEFORE.search(before) is not None
        measure = _MEASURE_OF_BEFORE.search(before)
        if measure is not None and measure["measure"].lower() not in _SHARED_MEASURES:
            contrasted = False
        if last is not None and _NEW_CLAUSE.search(sentence, last.end - shift, q.start - shift):
            contrasted = False  # "Pay rose to $52,000, while vacancies fell from 3,100": other things
        of_after = re.match(r"\s+of\b", sentence[q.end - shift :]) is not None
        counted = _NUMBER_OF.search(sentence, max(0, q.start - shift - 80), q.start - shift)
        if q.unit is None and q.currency is None and counted is not None:
            update = {"unit": counted["unit"]}
        elif (
            last is not None
            and q.unit is None
            and q.currency is None
            and last.unit not in _NOT_ELIDED
            and contrasted
            and not of_after
        ):
            update = {"unit": last.unit, "currency": last.currency}
        if rate is not None and rate.per and q.currency == rate.currency:
            same_measure = _SAME_MEASURE_BEFORE.search(before) is not None
            unit = update.get("unit", q.unit)  # (as carried over just above: "Price's 28.1" points)
            if q.per is None and unit is not None and unit == rate.unit and same_measure:
                update["per"] = rate.per
            elif q.per and rate.per.startswith(q.per + " "):
                update["per"] = rate.per  # "per 100,000" -> "per 100,000 residents"
        q = q.model_copy(update=update) if update else q
        out.append(q)
        last = q if q.unit is not None else last
        rate = q if q.per else rate
    # a part of the total after it counts what the total counts: "17 of his 19 playoff games", "at
    # least 52 of the Senate's 100 seats"
    for i, (part, total) in enumerate(itertools.pairwise(out)):
        if (
            part.unit is None
            and part.currency is None
            and total.unit not in _NOT_ELIDED
            and _PART_OF.fullmatch(sentence, part.end - shift, total.start - shift)
        ):
            out[i] = part.model_copy(update={"unit": total.unit})
    return out


# between a part and its total: " of ", " of his ", " of the Senate's "
_PART_OF = re.compile(r"\s+of\s+(?:(?:the|his|her|its|their|our|your|[\w.-]+['’]s?)\s+){0,2}")


def _magnitude(match: re.Match[str], span: Span, base: int, start: int, end: int) -> QuantityFacet:
    """ "tens of thousands of people" -> at least 10,000 people, approximately; "a few million" ->
    at least a million."""
    if match["few"]:
        value = _SCALES.get(match["fmag"].lower(), 12.0)
    else:
        value = _MAGNITUDES[match["mag"].lower()] * (
            _MAGNITUDES[match["lead"].lower()] if match["lead"] else 1
        )
    after = _OF_AFTER.match(match.string, match.end())
    unit = _unit_after(span, base + (after.end() if after else match.end()))
    return QuantityFacet(
        text=match.group(0),
        value=value,
        unit=unit,
        approximate=True,
        bound="lower",
        currency=_CURRENCY_WORDS.get(unit or ""),
        start=start,
        end=end,
    )


_OF_AFTER = re.compile(r"\s+of\s+", re.IGNORECASE)


_PER = re.compile(
    r"(?:\s+|-)(?:a|an|per|each|every)(?:\s+|-)(?:diluted\s+|basic\s+)?"
    r"(?P<per>year|month|week|day|night|hour|minute|second|gallon|litre|liter|"
    r"barrel|dozen|head|person|household|ton|tonne|kilo|kilogram|pound|share|mile|kilometre|kilometer|"
    r"megawatt-hour|kilowatt-hour|visit|pill|dose|pack|capita|student|pupil|patient|resident|game|"
    r"child|adult|employee|worker|family|ticket|vehicle|car|passenger|customer|user|subscriber|member|"
    r"voter|home|acre|hectare|square foot|square metre|kilowatt|unit|item|meal|"
    # "1,500 cases per 100,000 people": a rate over a population
    r"(?<=per )\d{1,3}(?:,\d{3})+(?:\s+(?:people|residents|inhabitants|population|adults|children|women|"
    r"men|live\s+births|births|workers|patients))?)\b",
    re.IGNORECASE,
)
_AGO = re.compile(r"\s+(?:ago|earlier|before|later|prior|back|previously)\b", re.IGNORECASE)
_PER_WORD = re.compile(r"\s*/\s*(?P<per>year|yr|month|mo|week|wk|day|hour|hr|gallon|barrel|share|person)\b")


# "for over two years", "been over a year": a span of time longer than that, a bound
# (also "just over a year", "a little over a year from now", "the strongest in over a decade")
_NEAR_BOUND_BEFORE = re.compile(r"\b(?:just|a little|slightly|barely)\s+$", re.IGNORECASE)
_LONGER_THAN_BEFORE = re.compile(
    r"\b(?:for|been|than|of|lasted|lasting|took|takes|spent|in|just|little|slightly|well|after|within|"
    r"is|was|are|were|be|'s|’s)\s+$",
    re.IGNORECASE,
)


def _period_over(bound: str | None, sentence: str, at: int) -> bool:
    """Whether "over"/"past" before a length of time names the period something happens in ("rose 9%
    over two years", "over the past decade") rather than a lower bound ("for over a decade")."""
    if bound is None or bound.strip().lower() not in {"over", "past"}:
        return False
    return _LONGER_THAN_BEFORE.search(sentence, max(0, at - 12), at) is None


# the currencies whose hundredth is a cent, when the sentence names one: "€1.20, up 5 cents"
_CENT_CURRENCIES = re.compile(
    r"(?P<eur>€|\beuros?\b)|(?P<cad>C\$|\bCanadian dollars?\b)|(?P<aud>A\$|\bAustralian dollars?\b)"
)
_CENTS_WORD = re.compile(r"\s+cents?\b", re.IGNORECASE)
_CENT_UNITS = {
    "eur": ("EUR", "euros"),
    "cad": ("CAD", "Canadian dollars"),
    "aud": ("AUD", "Australian dollars"),
}


def _cents_in_currency(facet: QuantityFacet, sentence: str, shift: int) -> QuantityFacet:
    """Cents as the full amount in their currency: "down 9 cents" -> 0.09 dollars (USD unless the
    sentence names euros or another dollar), as "$1.5bn" is 1,500,000,000 dollars; the facet's text
    takes the word "cents" in."""
    named = _CENT_CURRENCIES.search(sentence)
    kind = next((k for k, v in named.groupdict().items() if v), "") if named else ""
    currency, unit = _CENT_UNITS.get(kind, ("USD", "dollars"))
    high = None if facet.value_max is None else round(facet.value_max / 100, 8)
    update: dict[str, object] = {
        "value": round(facet.value / 100, 8),
        "value_max": high,
        "unit": unit,
        "currency": currency,
    }
    word = _CENTS_WORD.match(sentence, facet.end - shift)
    if word is not None:
        update |= {"text": facet.text + word.group(0), "end": facet.end + len(word.group(0))}
    return facet.model_copy(update=update)


def _per_after(sentence: str, end: int, facet: QuantityFacet) -> re.Match[str] | None:
    """What an amount is per, right after it (or after its unit word): "$35 a month", "£196 a week",
    "$4.50/gallon", "rose 3% a year", "7,000 steps a day", "1,500 cases per 100,000 people"."""
    after = end
    if facet.unit and facet.currency is None and facet.unit not in {"percent"}:
        # the unit, maybe after words that qualify it: "9.8 flu-related hospitalizations per 100,000"
        unit_word = re.match(
            r"(?:\s+[\w-]+){0,3}?\s+" + re.escape(facet.unit) + r"\b", sentence[after:], re.IGNORECASE
        )
        after += unit_word.end() if unit_word else 0
    elif facet.currency is not None:
        word = re.match(
            r"\s+(?:dollars?|pounds?|euros?|yen|cents?|pence|francs?|rupees|yuan)\b",
            sentence[after:],
            re.IGNORECASE,
        )
        after += word.end() if word else 0
    per = _PER.match(sentence, after) or _PER_WORD.match(sentence, after)
    if per is not None and _AGO.match(sentence, per.end()):
        return None  # "$7.9 billion a year ago": when, not a rate
    return per


def _two_amounts(match: re.Match[str]) -> bool:
    """A matched pair that is not a range: a change "from X to Y", or a second number below the first."""
    if match["num2"] is None:
        return False
    sep = match["sep"].strip().lower()
    if (
        sep == "to"
        and _FROM_BEFORE.search(match.string, max(0, match.start() - 6), match.start())
        and not _RANGE_FROM_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    ):
        return True
    values = _values(match)
    if (
        sep == "to"
        and _CHANGE_BEFORE.search(match.string, max(0, match.start() - 70), match.start())
        and values is not None
        and values[1] is not None
        and values[1] >= 3 * values[0]
    ):
        return True  # "rose 3,000 to 225,000": the change, then the level ("rose 5 to 10 percent" a range)
    if sep == "and" and not match["between"]:
        return True  # "5% and 10 people", "1 and 2"
    if match["unit1"] and not (match["pct"] or match["deg"]):
        return True  # "by 10% to 22 cents a share": a unit written on the first number only
    return values is not None and values[1] is not None and values[1] < values[0]


def _unit_of_pair(facet: QuantityFacet, pair: re.Match[str], span: Span, doc_end: int) -> QuantityFacet:
    """The first of two amounts joined by "to" counts what the second counts when it names nothing
    itself: "ran from 19 to 34 per cent" gives 19 percent, "rose from 40 to 52 seats" 40 seats."""
    if pair["sep"].strip().lower() != "to" or pair["cur"] or pair["unit1"]:
        return facet
    shared = _facet(pair, span, doc_end, facet.start, facet.end)
    if shared is None or (shared.unit is None and shared.currency is None):
        return facet
    return facet.model_copy(update={"unit": shared.unit, "currency": shared.currency})


def _values(match: re.Match[str]) -> tuple[float, float | None] | None:
    """The matched number and the second one of a pair, scaled ("1.5 to 2 million" -> 1.5e6, 2e6);
    ``None`` when a number cannot be read."""
    first = word_number(match["num"])
    if first is None:
        return None
    sign = -1.0 if match["neg"] else 1.0
    half = 0.0
    if match["half"]:
        # "two and a half million": half a unit before the scale; "a billion and a half": half the scale
        last_word = match["num"].lower().split()[-1]
        half = 0.5 * first if last_word in _SCALES and not match["scale"] else 0.5
    value = sign * _scaled(first + half, match["scale"])
    if match["num2"] is None:
        return value, None
    second = word_number(match["num2"])
    if second is None:
        return None
    # ("seven hundred million to a billion dollars": the second number carries its own scale)
    own_scale = re.search(r"(?i)\b(?:million|billion|trillion)\b", match["num2"])
    value_max = sign * (second if own_scale else _scaled(second, match["scale2"] or match["scale"]))
    if match["scale2"] and not match["scale"] and abs(value) < abs(value_max) / 100:
        value = sign * _scaled(first, match["scale2"])  # "1.5 to 2 million"
    return value, value_max


def _is_age(match: re.Match[str]) -> bool:
    """A person's age: "aged 18 to 65", "John Doe, 34, of Springfield", "Eleanor Brask was 19 when ...",
    "she is 74 now", "Tor, now 48, lives in Oslo"."""
    text, start, end = match.string, match.start(), match.end()
    comma_after = text[end : end + 1] == ","
    return bool(
        _AGED_BEFORE.search(text, max(0, start - 32), start)
        or (_AGE_APPOSITION.search(text, max(0, start - 30), start) and comma_after and not match["scale"])
        or (_AGE_VERB_BEFORE.search(text, max(0, start - 12), start) and _AGE_AFTER.match(text, end))
        or (_NOW_BEFORE.search(text, max(0, start - 8), start) and comma_after)
    )


# "edged up to", "ticked up to", "has crept up to", "was revised up to": "up" belongs to the verb
_RISE_UP_BEFORE = re.compile(
    r"\b(?:(?:edg|inch|tick|climb|jump|push|ratchet|bump|revis|rais|mov|step|trend|pick|head|float|drift|"
    r"spik|soar|surg|notch|march|shift|nudg|round|crawl|creep)(?:e|es|ed|s|ing)?|"
    r"crept|rose|risen|rising|rises|shot|leapt|went|gone)\s+$",
    re.IGNORECASE,
)


def _is_rise_to(match: re.Match[str]) -> bool:
    """Whether the "up to" before an amount ends a verb of change rather than bounding the amount."""
    upper = match["upper"]
    if not upper or not upper.lower().startswith("up to"):
        return False
    return _RISE_UP_BEFORE.search(match.string, max(0, match.start() - 24), match.start()) is not None


# letters written onto a number that make it a model, not an amount ("16e", "9a"); units and scales
# written onto amounts ("5km", "2bn", "100mph") are not among them
# a model's name of letters and digits: "A320neo", "A350", "F-35" is split by the tokenizer
_MODEL_TOKEN = re.compile(r"[A-Z]{1,3}\d{2,4}[a-z]{0,3}")
# "the Boeing 737 MAX": a model, not 737 of something
_MODEL_WORD_AFTER = re.compile(r"\s(?-i:MAX|Max)\b")
# (and "5G", "3D": a technology; "777X", "A320neo": an aircraft)
_MODEL_SUFFIX = re.compile(r"[a-z]{1,2}\b(?<!\bs)|[GD]\b|(?<=\d{3})X\b|neo\b")
_GLUED_UNITS = {"k", "m", "bn", "b", "tn", "mn", "km", "kg", "g", "mg", "ml", "l", "ft", "in", "cm", "mm",
                "x", "p", "c", "f", "mi", "lb", "oz", "gb", "mb", "tb", "kw", "mw", "gw", "hp", "th", "st",
                "nd", "rd", "am", "pm", "s", "yo"}  # fmt: skip
# a name written in camel case before the number: "iPhone 16", "eBay", "iPad 10"
_CAMEL_BEFORE = re.compile(r"\b[a-z]+[A-Z]\w*\s$")


def _between_name_and_noun(span: Span, match: re.Match[str], base: int) -> bool:
    """A number between a name and a singular noun it cannot count: "an Ariane 6 rocket", "the Falcon 9
    booster", "the Apollo 11 mission" (not "In Texas 12 people died": plural, counted)."""
    if match["hedge"] or match["lower"] or match["upper"] or match["unit1"]:
        return False
    if not match["num"].isdigit() or len(match["num"]) > 3 or int(match["num"]) < 2:
        return False
    doc = span.doc
    at = base + match.start("num")
    found = doc.char_span(at, at + len(match["num"]), alignment_mode="expand")  # (a binary search)
    token = found[0] if found is not None and len(found) else None
    if token is None or token.idx != at or token.i <= span.start or token.i + 1 >= span.end:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (
        before.text[:1].isupper()
        and before.is_alpha
        and before.i > span.start
        and before.text.lower() not in _MONTH_AND_DAY_NAMES
        and after.tag_ == "NN"
        and after.text.islower()
    )


def _is_model_number(sentence: str, match: re.Match[str], span: Span, base: int) -> bool:
    """A number that names a product model: "iPhone 16e", "Pixel 9a", "an Ariane 6 rocket"."""
    if match["pct"] or match["scale"] or match["deg"] or match["adj"] or match["num2"]:
        return False
    glued = _MODEL_SUFFIX.match(sentence, match.end("num"))
    if glued and (glued.group(0).isupper() or glued.group(0) not in _GLUED_UNITS):
        return True
    if _MODEL_WORD_AFTER.match(sentence, match.end("num")):
        return True
    if _CAMEL_BEFORE.search(sentence, max(0, match.start() - 20), match.start()) is not None:
        return True
    return _between_name_and_noun(span, match, base)


_THE_NUMBER_AS_PRONOUN = re.compile(r"\bthe\s+$", re.IGNORECASE)
_SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|both\s+|then\s+|later\s+|have\s+|had\s+)?"
    r"(?:were|are|was|is|have|had|met|spoke|sparred|clashed|agreed|disagreed|said|say|told|traded|"
    r"argued|shook|appeared|will|would|could)\b",
    re.IGNORECASE,
)


def _facet(match: re.Match[str], span: Span, doc_end: int, start: int, end: int) -> QuantityFacet | None:
    values = _values(match)
    if values is None or (values[1] is None and match["between"]):
        return None
    value, value_max = values
    currency, unit = None, None
    # "134.2p a litre", "a 5p cut": pence
    written = (match["cur"] or match["cur2"] or "").strip()
    # (a capital P before the amount is Manila's peso, "P5.2 billion"; a small one after it is pence)
    symbol = "₱" if written == "P" else (written or ("p" if match["pence"] else "")).lower()
    pct = match["pct"] or (match["unit1"] if match["unit1"] and "%" in match["unit1"] else None)
    deg = match["deg"] or (match["unit1"] if match["unit1"] and "°" in match["unit1"] else None)
    area = _AREA.match(match.string, match.end())
    if symbol in _CURRENCY_CODES:
        currency, unit = symbol.upper(), _CURRENCY_CODES[symbol]
    elif symbol:
        currency, unit = _CURRENCIES[symbol]
    elif pct:
        lowered = pct.lower()
        if "basis" in lowered or "bps" in lowered:
            unit = "basis points"
        else:
            unit = "percentage points" if "point" in lowered else "percent"
    elif deg:
        unit = "degrees Fahrenheit" if deg.strip().endswith("F") else "degrees Celsius"
    elif area is not None:
        unit = next(_AREA_UNITS[k] for k, v in area.groupdict().items() if v)
    elif match["adj"] and match["adjunit"].lower() == "odd":  # "20,000-odd people": about 20,000 people
        unit = _unit_after(span, doc_end)
    elif match["adj"]:  # "a 30-day ceasefire", "a 25-basis-point cut", "a 9-year-old girl"
        unit = match["adjunit"].lower()
        unit = (
            "basis points" if unit.startswith("basis") else "percentage points" if "-point" in unit else unit
        )
        unit = unit.split("-")[0].rstrip("s") + "s" if unit.endswith("-old") else unit
    elif _MAGNITUDE_BEFORE.search(match.string, max(0, match.start() - 12), match.start()) or (
        _MAGNITUDE_AFTER.match(match.string, match.end())
    ):
        unit = "magnitude"  # "a magnitude 6.3 quake"
    elif parts := _PARTS_PER.match(match.string, match.end()):
        unit = "ppm" if parts["scale"].lower() == "million" else "ppb"  # "422 parts per million"
    elif _is_age(match):
        unit = "years"
    else:
        unit = _unit_after(span, doc_end)
        if unit in _CURRENCY_WORDS:
            currency = _CURRENCY_WORDS[unit]
    if (
        unit is None
        and not match["num"][:1].isdigit()
        and not (match["cur"] or match["scale"])
        and _THE_NUMBER_AS_PRONOUN.search(match.string, max(0, match.start() - 5), match.start())
        and _SUBJECT_VERB_AFTER.match(match.string, match.end())
    ):
        return None  # "The two also sparred": the two people named before, no amount (not "with the seventy")
    bound = "exact"
    text = match.group(0)
    start_in = match.start()
    period = unit in _TIME_UNITS and _period_over(match["lower"], match.string, match.start())
    # "in the past 48 hours": a period, whatever the unit
    period = period or (
        match["lower"] is not None
        and match["lower"].strip().lower() == "past"
        and match.string[: match.start()].rstrip().lower().endswith("the")
    )
    if period:
        # "over two years": the period something happens in, not "more than two years"
        start += len(match["lower"])
        text = text[len(match["lower"]) :]
    elif match["lower"]:
        bound = "lower"
    elif match["upper"] and _is_rise_to(match):
        # "edged up to 3.1%", "ticked up to 4.3%": the level a figure moved to, not a ceiling
        start += len(match["upper"])
        text = text[len(match["upper"]) :]
    elif match["upper"]:
        bound = "upper"
    # "just over 5,000", "a little under 3%": a bound close to the figure, which is about it
    near = bound != "exact" and _NEAR_BOUND_BEFORE.search(match.string, max(0, start_in - 14), start_in)
    return QuantityFacet(
        text=text,
        value=round(value, 6),
        unit=unit,
        approximate=bool(match["hedge"] or near),
        bound=bound,
        value_max=value_max,
        currency=currency,
        start=start,
        end=end,
    )
