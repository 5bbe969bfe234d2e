from __future__ import annotations

from datetime import date

import pytest

from services.claim_extraction import Engine, stated_date

PUB = date(2025, 5, 11)  # a Sunday


def facets_of(engine: Engine, text: str, published_at: date | None = PUB):
    claims = engine.extract(text, published_at)
    quantities = [q for c in claims for q in c.facets.quantities]
    dates = [d for c in claims for d in c.facets.dates]
    quotes = [c.facets.quote for c in claims if c.facets.quote]
    return claims, quantities, dates, quotes


@pytest.mark.parametrize(
    ("text", "value", "unit", "approximate", "bound"),
    [
        ("The country has seen approximately 11,000 troops dispatched.", 11000, "troops", True, "exact"),
        # (a bound on a figure counted or estimated leaves it inexact: approximate; a rule's threshold and a
        # cap stay exact, as in test_bounds_near_their_figure_and_shares_before_a_period)
        ("More than 200 people were arrested on the border.", 200, "people", True, "lower"),
        ("Officials said at least 30 soldiers died in the attack.", 30, "soldiers", True, "lower"),
        ("The scheme will cost up to 40 million euros.", 40e6, "euros", False, "upper"),
        ("Core inflation edged up to 3.1% in October.", 3.1, "percent", False, "exact"),
        ("The jobless rate has ticked up to 4.3%.", 4.3, "percent", False, "exact"),
        ("Victims can claim compensation up to $5,000.", 5000, "dollars", False, "upper"),
        ("Fines can go up to 40,000 euros.", 40000, "euros", False, "upper"),
        ("Inflation rose to 12.5% in March last year.", 12.5, "percent", False, "exact"),
        ("The company was fined $1.5bn by the regulator.", 1.5e9, "dollars", False, "exact"),
        ("Officials reported seven deaths in the province.", 7, "deaths", False, "exact"),
        ("The city has 1.2 million residents, the census found.", 1.2e6, "residents", False, "exact"),
        ("Police detained a dozen protesters outside parliament.", 12, "protesters", False, "exact"),
        ("They called for a 30-day ceasefire in the region.", 30, "day", False, "exact"),
        ("The war has stretched into its fourth year.", 4, "year", False, "exact"),
        ("Our fourth graders now rank 41st in the nation in reading.", 41, "rank", False, "exact"),
        ("Ten years ago they ranked 22nd.", 22, "rank", False, "exact"),
        ("Beijing agreed to suspend the controls for one year.", 1, "years", False, "exact"),
        ("The deal will be reviewed within one month.", 1, "months", False, "upper"),
        ("Britain ranks second among G7 economies.", 2, "rank", False, "exact"),
        ("The state is 12th in the nation for broadband.", 12, "rank", False, "exact"),
        ("The school was ranked No. 3 in the state.", 3, "rank", False, "exact"),
        ("Ipswich sit 18th, four points from safety.", 18, "rank", False, "exact"),
        ("Texas fell to 12th in the rankings.", 12, "rank", False, "exact"),
        ("Homicides fell from 617 in 2023 to 573 in 2024.", 573, "homicides", False, "exact"),
        ("Heat-related deaths in Spain rose to 1,180 in July.", 1180, "deaths", False, "exact"),
        ("It was his 17th hat-trick for the club.", 17, "hat-trick", False, "exact"),
        ("The city marked its seventy-fifth anniversary.", 75, "anniversary", False, "exact"),
        ("We had a wonderful two hundredth birthday.", 200, "birthday", False, "exact"),
        ("It is the fifteenth year of the war.", 15, "year", False, "exact"),
        ("Inactivity is the fourth leading cause of death.", 4, "cause", False, "exact"),
        ("The world was 1.6C warmer than in 1850-1900.", 1.6, "degrees Celsius", False, "exact"),
        ("It reached 104°F in Phoenix.", 104, "degrees Fahrenheit", False, "exact"),
        ("Nearly two-thirds of the money goes to services.", 2 / 3, "fraction", True, "exact"),
        ("More than half of the voters stayed home.", 0.5, "fraction", True, "lower"),
        ("The NHS will receive £22.6 billion over two years.", 2, "years", False, "exact"),
        ("Over 2,000 people were evacuated from the town.", 2000, "people", True, "lower"),
        ("The magnitude 6.3 quake struck near Herat.", 6.3, "magnitude", False, "exact"),
        ("Two co-defendants pleaded guilty last year.", 2, "co-defendants", False, "exact"),
        ("More than a million people fled the city.", 1e6, "people", True, "lower"),
        ("Carbon dioxide reached 422 parts per million in 2024.", 422, "ppm", False, "exact"),
        ("Nearly one in five adults smoke every day.", 0.2, "fraction", True, "exact"),
        ("Two out of three voters backed the plan.", 2 / 3, "fraction", False, "exact"),
        ("A magnitude-5.9 aftershock followed.", 5.9, "magnitude", False, "exact"),
        ("The yield dropped 8 basis points to 4.12%.", 8, "basis points", False, "exact"),
        ("The bank cut rates by a quarter of a percentage point.", 0.25, "percentage points", False, "exact"),
        ("Rates could fall by half a percentage point.", 0.5, "percentage points", False, "exact"),
        ("The bid was as much as CHF 25 billion.", 25e9, "Swiss francs", True, "upper"),
        ("The deal is worth SEK 450 million.", 450e6, "Swedish kronor", False, "exact"),
        ("As many as 20 people may have died.", 20, "people", True, "upper"),
        ("Employers with ten or more staff must comply.", 10, "staff", False, "lower"),
        ("Firms with 50 or fewer employees are exempt.", 50, "employees", False, "upper"),
        ("The glacier covered roughly 1,800 km² in 1900.", 1800, "square kilometres", True, "exact"),
        ("Patients aged 18 to 65 were eligible.", 18, "years", False, "exact"),
        ("Five hundred and forty-five lawmakers voted.", 545, "lawmakers", False, "exact"),
        ("The city planted a hundred and fifty trees.", 150, "trees", False, "exact"),
        ("Tens of thousands of people marched on Sunday.", 1e4, "people", True, "lower"),
        ("The fire destroyed thousands of homes.", 1e3, "homes", True, "lower"),
        ("The scheme cost taxpayers millions of dollars.", 1e6, "dollars", True, "lower"),
        ("Several hundred migrants crossed the channel.", 100, "migrants", True, "lower"),
        ("He has scored 105 in 120 games for the club.", 120, "games", False, "exact"),
        ("Crossings ran at hundreds of thousands per month.", 1e5, None, True, "lower"),
        ("Prices rose higher than 100 percent.", 100, "percent", False, "lower"),
        ("Nearly half a million people fled.", 5e5, "people", True, "exact"),
        (
            "Trump urged Powell to cut rates by a full percentage point.",
            1,
            "percentage points",
            False,
            "exact",
        ),
        ("A quarter of a million workers went on strike.", 2.5e5, "workers", False, "exact"),
        ("The Bank cut rates by a quarter point to 4.75%.", 0.25, "percentage points", False, "exact"),
        ("Rates could fall by another quarter point.", 0.25, "percentage points", False, "exact"),
        ("He won by something like 14 points.", 14, "points", True, "exact"),
        ("The firm has been profitable for three and a half years.", 3.5, "years", False, "exact"),
        ("About two and a half million people voted.", 2.5e6, "people", True, "exact"),
        ("It costs a billion and a half dollars.", 1.5e9, "dollars", False, "exact"),
        ("It was a five million dollar deal.", 5e6, "dollars", False, "exact"),
        ("The number of people waiting more than a year fell to 191,813.", 191813, "people", False, "exact"),
        ("The number of measles cases in Texas has risen to 481.", 481, "cases", False, "exact"),
        ("Russian forces used 124 guided aerial bombs.", 124, "bombs", False, "exact"),
        ("Growth was nine point two percent in the first quarter.", 9.2, "percent", False, "exact"),
        ("We created three point five million jobs.", 3.5e6, "jobs", False, "exact"),
        ("Operating margin was negative 3.5% in the quarter.", -3.5, "percent", False, "exact"),
        ("The fund returned minus $2 billion.", -2e9, "dollars", False, "exact"),
        ("We are two quarters ahead of schedule.", 2, "quarters", False, "exact"),
        ("Three quarters of voters backed it.", 0.75, "fraction", False, "exact"),
        ("John Halvorsen, 34, was charged on Monday.", 34, "years", False, "exact"),
        ("Eleanor Brask was 19 when she arrived.", 19, "years", False, "exact"),
        ("Her son Tor, now 48, lives in Oslo.", 48, "years", False, "exact"),
        ("A 9-year-old girl was rescued.", 9, "years", False, "exact"),
        ("About a third are in buildings at risk.", 1 / 3, "fraction", True, "exact"),
        ("It is less than a tenth of what we spend.", 0.1, "fraction", True, "upper"),
        ("Norway had 212 staffed lighthouses.", 212, "lighthouses", False, "exact"),
        ("The boat sank 22 nautical miles offshore.", 22, "nautical miles", False, "exact"),
        ("A crowd of 31,402 watched the game.", 31402, "people", False, "exact"),
        ("The death toll rose to 1,142 on Tuesday.", 1142, "deaths", False, "exact"),
        ("The plant covers 400,000 square feet.", 400000, "square feet", False, "exact"),
        ("The fine was 60 billion lira.", 60e9, "lira", False, "exact"),
        ("The bank approved a 25-basis-point cut.", 25, "basis points", False, "exact"),
        ("The Fed made two quarter-percentage-point cuts.", 2, "cuts", False, "exact"),
        ("Ambulances arrived within 11 minutes.", 11, "minutes", False, "upper"),
        ("Dozens of state legislative races were close.", 12, "races", True, "lower"),
        ("There is about a 68% probability of a cut.", 68, "percent", True, "exact"),
        ("The true cost is closer to half a trillion dollars.", 5e11, "dollars", True, "exact"),
        ("It has fallen by almost a full percentage point.", 1, "percentage points", True, "exact"),
        ("It has fallen by almost a full point since then.", 1, "points", True, "exact"),
        ("The yield rose half a point.", 0.5, "points", False, "exact"),
        ("Gas fell half a cent.", 0.005, "dollars", False, "exact"),
        # the time since an event is an amount as well as the event's date
        ("It has been nine days since a storage tank ruptured.", 9, "days", False, "exact"),
        ("Output grew roughly twice as fast as the national average.", 2, "times", True, "exact"),
        ("The difference was significant (P<0.001).", 0.001, None, False, "upper"),
        ("Adults aged >= 65 years were eligible.", 65, "years", False, "lower"),
        ("Car thefts are down by nearly a third since their peak in 2022.", 1 / 3, "fraction", True, "exact"),
        ("Homicides fell by more than half since then.", 0.5, "fraction", True, "lower"),
        ("Homicides fell by half.", 0.5, "fraction", False, "exact"),
        ("Almost 250,000 people had been waiting more than a year.", 1, "years", True, "lower"),
        ("She has lived there for nearly a decade.", 1, "decades", True, "exact"),
        (
            "The fire burned about 480 square kilometers (185 square miles).",
            185,
            "square miles",
            True,
            "exact",
        ),
        ("Snowfall was up maybe 20% compared with the baseline.", 20, "percent", True, "exact"),
        ("Antarctica contributed another 8 millimeters or so.", 8, "millimeters", True, "exact"),
        ("Attendance was ~20,000 people.", 20000, "people", True, "exact"),
        ("Attendance was 20,000-odd people.", 20000, "people", True, "exact"),
        ("The stock is worth north of $50 billion.", 5e10, "dollars", True, "lower"),
        ("Attendance was just shy of 20,000 people.", 20000, "people", True, "upper"),
        ("Greenland added about one millimeter to sea level.", 1, "millimeters", True, "exact"),
        ("About 230 million people live less than a meter above high tide.", 1, "meters", True, "upper"),
        ("The ice sheet has not gained mass in a quarter of a century.", 25, "years", False, "exact"),
        ("The claim exaggerates the increase roughly sevenfold.", 7, "times", True, "exact"),
        ("Risk nearly doubled among smokers.", 2, "times", True, "exact"),
        ("The deficit has halved since 2020.", 0.5, "fraction", False, "exact"),
        ("A man was sentenced Wednesday to 8 1/2 years in prison.", 8.5, "years", False, "exact"),
        # fractions as the Federal Reserve writes them, alone before a unit or after a whole number
        (
            "The Committee lowered the rate by 1/4 percentage point.",
            0.25,
            "percentage points",
            False,
            "exact",
        ),
        ("The target range is now 3-3/4 to 4 percent.", 3.75, "percent", False, "exact"),
        # a scale word after a hyphen, a wire's abbreviation after a space
        ("Cyber cops bust a Rs 48-crore racket.", 48e7, "rupees", False, "exact"),
        ("The firm applied for a 480 mln euro grant.", 480e6, "euros", False, "exact"),
        ("The state signed a $5-million contract.", 5e6, "dollars", False, "exact"),
        # a PDF's footnote number glued to the full stop is no amount
        ("The projects have a combined approved budget of $4.6 billion.1", 4.6e9, "dollars", False, "exact"),
        ("The truck was carrying 3½ tons of steel.", 3.5, "tons", False, "exact"),
        ("Two dozen officers responded to the scene.", 24, "officers", False, "exact"),
        ("Half a dozen cars were stolen.", 6, "cars", False, "exact"),
        ("A few dozen people gathered outside the courthouse.", 36, "people", True, "exact"),
        ("The project cost in the neighborhood of $12 million.", 12e6, "dollars", True, "exact"),
        ("Thefts dropped by nearly a fifth year-to-date.", 0.2, "fraction", True, "exact"),
        ("Sales topped $5 billion.", 5e9, "dollars", False, "lower"),
        ("The army killed about 200 militants in the past 48 hours.", 48, "hours", False, "exact"),
    ],
)
def test_quantities(engine: Engine, text, value, unit, approximate, bound) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    match = [q for q in quantities if q.value == pytest.approx(value)]
    assert match, quantities
    assert match[0].unit == unit
    assert match[0].approximate is approximate
    assert match[0].bound == bound
    assert text[match[0].start : match[0].end] == match[0].text


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # a change then a level, not a range
        ("Continuing claims dropped 27,000 to 1.87 million.", [(27000, None), (1.87e6, None)]),
        ("The deficit narrowed $2.1 billion to $48.3 billion.", [(2.1e9, None), (48.3e9, None)]),
        # the unit on both ends of a range
        ("The target is in the 4.25%-4.50% range.", [(4.25, 4.5), (4.5, None)]),
        ("Warming of between 2.6°C and 3.1°C is likely.", [(2.6, 3.1), (3.1, None)]),
        ("It rose 5% and 10 people left.", [(5, None), (10, None)]),
        # numbers in names and fiscal years are not amounts; nor are periods
        ("The S&P 500 fell 1.4% and the FTSE 100 rose.", [(1.4, None)]),
        ("No. 10 Downing Street said it would act.", []),
        ("In fiscal 2026 the company expects growth.", []),
        ("Inflation will peak in the third quarter and ease in the second half of the year.", []),
        ("The annual bill will rise by £83 to £1,746.", [(83, None), (1746, None)]),
        ("Prices rose 5 to 10 percent.", [(5, 10), (10, None)]),
        ("Corvex shares jumped 31% to $79.40 in New York.", [(31, None), (79.4, None)]),
        ("Incidents fell from 28,457 in 2023 to 26,180 in 2024.", [(28457, None), (26180, None)]),
        ("She will seek a third term. A second Keystone executive was charged.", []),
        ("A third of voters stayed home after a quarter-point cut.", [(1 / 3, None), (0.25, None)]),
    ],
)
def test_changes_ranges_and_numbers_that_are_not_amounts(
    engine: Engine, text: str, amounts: list[tuple[float, float | None]]
) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    assert [(q.value, q.value_max) for q in quantities] == [
        (pytest.approx(v), None if m is None else pytest.approx(m)) for v, m in amounts
    ]


def test_fraction_and_range(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(
        engine, "Two-thirds of voters backed the plan, between 5 and 10 percent more."
    )
    assert any(q.value == pytest.approx(2 / 3, rel=1e-4) for q in quantities)
    ranged = [q for q in quantities if q.value_max is not None]
    assert ranged
    assert ranged[0].value == 5
    assert ranged[0].value_max == 10
    assert ranged[0].unit == "percent"


def test_estimates_ranging_from_one_amount_to_another_are_a_range(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "Estimates ranging from 120,000 to 200,000 jobs were expected.")
    assert [(q.value, q.value_max, q.unit) for q in quantities] == [
        (120000, 200000, "jobs"),
        (200000, None, "jobs"),
    ]


def test_a_change_from_one_amount_to_another_is_two_amounts_not_a_range(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "The threshold will fall from £9,100 to £5,000 next year.")
    assert [(q.text, q.value, q.value_max, q.currency) for q in quantities] == [
        ("£9,100", 9100, None, "GBP"),
        ("£5,000", 5000, None, "GBP"),
    ]
    _, quantities, _, _ = facets_of(engine, "The cost rose from $2 million to $3.5 million.")
    assert [(q.value, q.value_max) for q in quantities] == [(2e6, None), (3.5e6, None)]
    _, quantities, _, _ = facets_of(engine, "Each visit costs $2 to $3.5 million.")
    assert [(q.value, q.value_max) for q in quantities] == [(2e6, 3.5e6), (3.5e6, None)]  # no "from": a range


def test_a_bare_year_is_a_date_not_a_quantity(engine: Engine) -> None:
    _, quantities, dates, _ = facets_of(
        engine, "2024 was the hottest year, breaking the 1.5C limit of the 2015 Paris Agreement.", PUB
    )
    assert [d.value for d in dates] == ["2024", "2015"]
    assert [q.value for q in quantities] == [1.5]
    _, quantities, dates, _ = facets_of(engine, "The firm paid $2024 for 20 shares, 2,024 in all.", PUB)
    assert dates == []  # money and a number with a thousands separator are not years
    assert [q.value for q in quantities] == [2024.0, 20.0, 2024.0]


def test_half_of_a_period_is_not_a_quantity(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "Sales fell in the first half of 2024, the report said.")
    assert quantities == []


def test_year_and_time_are_not_quantities(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "Talks held in April 2022 began at 1:38 AM in the capital.")
    assert quantities == []


def test_a_number_to_call_and_a_reference_to_quote_are_no_amount_and_no_year(engine: Engine) -> None:
    text = "Anyone with information is asked to call 101, quoting log 1903 of 12 October."
    _, quantities, dates, _ = facets_of(engine, text, date(2025, 10, 13))
    assert quantities == []
    assert [d.value for d in dates] == ["2025-10-12"]
    _, quantities, _, _ = facets_of(engine, "The city spent $2m on 500 new buses.")
    assert [q.value for q in quantities] == [2e6, 500]


def test_the_two_as_a_pronoun_is_no_amount_but_the_seventy_who_voted_are(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "The two also sparred over abortion.")
    assert quantities == []
    _, quantities, _, _ = facets_of(engine, "He voted with the seventy against the twelve.")
    assert [q.value for q in quantities] == [70, 12]


def test_a_wire_clock_time_is_no_amount(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "Shares were down 1.8% at 0900 GMT and flat by 1430 local time.")
    assert [(q.value, q.unit) for q in quantities] == [(1.8, "percent")]
    _, quantities, _, _ = facets_of(engine, "The firm sold 1500 GMT-branded watches.")
    assert [(q.value, q.unit) for q in quantities] == [(1500, "watches")]


@pytest.mark.parametrize(
    ("text", "value", "end_value"),
    [
        ("He offered talks in Istanbul on May 15.", "2025-05-15", None),
        ("Negotiations took place in April 2022 in Belarus.", "2022-04", None),
        ("The region was infiltrated last summer by troops.", "2024", None),
        ("He proposed a truce for May 8-10 during the celebrations.", "2025-05-08", "2025-05-10"),
        ("The minister resigned on Tuesday after the vote.", "2025-05-06", None),
        ("The minister will resign on Tuesday after the vote.", "2025-05-13", None),
        ("A former engineer was sentenced Tuesday to three years in prison.", "2025-05-06", None),
        ("Rail services are suspended until Wednesday, the operator says.", "2025-05-14", None),
        # a clock time between the bound and its day: the coming day, whatever the verb's tense
        ("The Met Office has extended its wind warning until 6am on Wednesday.", "2025-05-14", None),
        # the time "since" something happened counts back to it, as "ago" does
        ("It has now been five days since the hurricane came ashore.", "2025-05-06", None),
        ("In the 10 days since the storm, 300 homes were rebuilt.", "2025-05-01", None),
        ("It has been two years since the plant closed.", "2023-05", None),
        # a year written after the second month of a pair ("of 2022") is the first month's too
        ("They were installed between August and October of 2022.", "2022-08", None),
        # a quarter named by its last month (Australian and Indian statistics): the latest one over
        ("Annual inflation was 3.8 per cent in the March quarter.", "2025-01", "2025-03"),
        # a passive infinitive looks ahead, whatever the main verb's tense
        ("Oxley announced a buyback, to be completed by the end of June.", "2025-06", None),
        ("Amber wind warning EXTENDED until 06:00 Wednesday for exposed coasts.", "2025-05-14", None),
        ("Prices have fallen since Friday, traders said.", "2025-05-09", None),
        ("The treaty was signed on 3 March 1999 in Paris.", "1999-03-03", None),
        (
            "The talks collapsed in April 2022, shortly after the invasion began on February 24.",
            "2022-02-24",
            None,
        ),
        ("The bridge opened in December last year.", None, None),
        ("The call is at 5 p.m. on Thursday, June 19, 2025.", "2025-06-19", None),
        ("Admissions reached 1.2 million in 2023/24.", "2023", "2024"),
        ("Sea levels could rise by up to 1.5 metres by 2100.", "2100", None),
        ("Harris lost badly last night, he wrote.", "2025-05-10", None),
        ("The minister spoke this morning.", "2025-05-11", None),
        ("An announcement could come as soon as Monday, they said.", "2025-05-12", None),
        ("The vote will be held on Thursday.", "2025-05-15", None),
        ("The Fed cut rates to zero on September 15.", "2024-09-15", None),  # past, eight months back
        ("The trial begins on Monday.", "2025-05-12", None),
        ("The firm will cut 1,200 jobs, according to a regulatory filing on Thursday.", "2025-05-08", None),
        ("Ridership fell in September last year.", "2024-09", None),
        ("He served from 2021 until January of this year.", "2025-01", None),
        ("It was the smallest gain since July 2021, after advancing 4.0% in November.", "2024-11", None),
        ("The Fed cut rates in December and is expected to hold them steady in March.", "2024-12", None),
        ("The Fed cut rates in December and is expected to hold them steady in June.", "2025-06", None),
        ("The Fed could cut rates again in June.", "2025-06", None),
        ("What I will say is that the party lost ground in November.", "2024-11", None),
        ("Aid deliveries fell by two-thirds in May compared with April.", "2025-04", None),
        ("Sales rose 3% over March, the company said.", "2025-03", None),
        # an infinitive after "how"/"whether" looks ahead, whatever the main verb's tense
        ("There were strongly differing views about how to proceed in December.", "2025-12", None),
        ("The board voted to close the plant in September.", "2025-09", None),
        # closed captions, all in capitals
        ("WE HIT 68 DEGREES AT THE AIRPORT THIS AFTERNOON.", "2025-05-11", None),
        ("A PUBLIC HEARING IS SET FOR MONDAY NIGHT AT THE DISTRICT OFFICE.", "2025-05-12", None),
    ],
)
def test_dates(engine: Engine, text, value, end_value) -> None:
    _, _, dates, _ = facets_of(engine, text)
    if value is None:
        assert all(not d.value.startswith("2025-12") for d in dates)
        return
    match = [d for d in dates if d.value == value]
    assert match, dates
    assert match[0].end_value == end_value


def test_by_a_weekday_in_a_past_perfect_sentence_looks_back(engine: Engine) -> None:
    _, _, dates, _ = facets_of(
        engine, "By Tuesday evening, utilities had restored power to 85 percent of homes."
    )
    assert [d.value for d in dates] == ["2025-05-06"]
    _, _, dates, _ = facets_of(engine, "Service is suspended until Wednesday.")
    assert [d.value for d in dates] == ["2025-05-14"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The House is expected to vote on Friday.", "2025-05-16"),  # published Sunday 2025-05-11
        ("The House voted on Friday.", "2025-05-09"),
        ("The court is set to rule on Tuesday.", "2025-05-13"),
        ("The White House told us the signing is planned for Monday.", "2025-05-12"),
        ("The vote is expected Tuesday.", "2025-05-13"),
        ("Join us again here Monday evening.", "2025-05-12"),
    ],
)
def test_weekday_after_a_future_phrase_looks_ahead(engine: Engine, text: str, value: str) -> None:
    _, _, dates, _ = facets_of(engine, text)
    assert [d.value for d in dates] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # published 2025-01-15
        ("The unemployment rate rose to 6.1% in December.", ["2024-12"]),
        ("The government cut its forecast, made in October, to 0.3%.", ["2024-10"]),
        ("Prices have risen every month since March.", ["2024-03"]),
        ("The court will rule in March.", ["2025-03"]),
        ("The plant reopens next January.", ["2026-01"]),
        ("The plant closed last January.", ["2024-01"]),
        ("Sales fell in January.", ["2025-01"]),
        ("In 2019, sales fell in March and rose in April 2020.", ["2019", "2019-03", "2020-04"]),
        # a bound ("since 1993") is not the sentence's time frame
        ("The largest rise since 1993 came after borrowing jumped in October.", ["1993", "2024-10"]),
        ("Inflation rose to 2.3% in the year to October.", ["2024-10"]),
        ("Sales fell between March and June.", ["2024-03", "2024-06"]),
        ("They may march in the spring.", []),
        ("The May 2 vote and the march on Washington.", ["2025-05-02"]),
        # the present tense alone is the calendar: the next one, unless it is last month's report
        ("The new library opens in September.", ["2025-09"]),
        ("The spending plan takes effect July 1.", ["2025-07-01"]),
        ("Unemployment is 4.1% in December.", ["2024-12"]),
        # a list of months
        ("Rains fell in October, November and December.", ["2024-10", "2024-11", "2024-12"]),
        ("He met Smith, May and Jones.", []),
    ],
)
def test_month_without_day(engine: Engine, text: str, values: list[str]) -> None:
    _, _, dates, _ = facets_of(engine, text, date(2025, 1, 15))
    assert [d.value for d in dates] == values


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Some 500,000 children missed a dose between 2019 and 2023.", [("2019", "2023")]),
        ("Output grew from 2010 to 2015.", [("2010", "2015")]),
        ("The 2019-20 season was cancelled.", [("2019", "2020")]),
        ("Turnout fell in 2019 and 2024.", [("2019", None), ("2024", None)]),  # a list, not a range
        ("Rates rose from 96% in 2019 to 93% in 2023.", [("2019", None), ("2023", None)]),
    ],
)
def test_year_ranges(engine: Engine, text: str, spans: list[tuple[str, str | None]]) -> None:
    _, _, dates, _ = facets_of(engine, text, date(2025, 1, 15))
    ranges = [(d.value, d.end_value) for d in dates if d.end_value]
    assert ranges == [s for s in spans if s[1]]
    # a written range also dates its end on its own ("between 2019 and 2023" gives 2023)
    singles = [s[0] for s in spans if not s[1]] + [s[1] for s in spans if s[1]]
    assert sorted(d.value for d in dates if not d.end_value) == sorted(singles)


def test_numbers_inside_names_are_not_quantities(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "Since the COVID-19 pandemic, 12 F-16 jets and G7 envoys came.")
    assert [q.value for q in quantities] == [12.0]
    text = (
        "He has type 2 diabetes and stage 4 cancer, and the phase 3 trial near Route 9 and Section 230 "
        "of the act enrolled 1,200 patients before the Category 5 hurricane."
    )
    _, quantities, _, _ = facets_of(engine, text)
    assert [q.value for q in quantities] == [1200.0]
    _, quantities, _, _ = facets_of(
        engine, "The Department for Energy Security and Net Zero said costs rose 5%."
    )
    assert [q.text for q in quantities] == ["5%"]
    text = "Apple unveiled a $599 iPhone 16e and a Pixel 9a rival as 5G covered 5km of road."
    _, quantities, _, _ = facets_of(engine, text)
    assert [(q.value, q.unit) for q in quantities] == [(599, "dollars"), (5, "kilometres")]


@pytest.mark.parametrize(
    ("text", "value", "end_value"),
    [
        ("Crime fell throughout the 1990s.", "1990", "1999"),
        ("Crime fell throughout the '90s.", "1990", "1999"),
        ("Sales rose in the third quarter of 2024.", "2024-07", "2024-09"),
        ("Sales rose in Q4 2024.", "2024-10", "2024-12"),
        ("Sales fell in the first half of 2024.", "2024-01", "2024-06"),
        ("The strike began two weeks ago.", "2025-04-27", None),  # published Sunday 2025-05-11
        ("He left three days ago.", "2025-05-08", None),
        ("It opened 18 months ago.", "2023-11", None),
        ("Prices were lower a year ago.", "2024-05", None),
        ("Ten years ago the plant opened.", "2015-05", None),
        ("Three and a half years ago, she took the job.", "2021-11", None),
        ("A year and a half ago the plant closed.", "2023-11", None),
    ],
)
def test_decades_and_counted_back_dates(engine: Engine, text: str, value: str, end_value: str | None) -> None:
    _, quantities, dates, _ = facets_of(engine, text)
    assert [(d.value, d.end_value) for d in dates] == [(value, end_value)]
    assert quantities == []  # "two weeks" in "two weeks ago" is the date, not a quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Shares rose on 3/12/2025 after the report.", "2025-03-12"),  # US order: month first
        ("The deal closed on 4/5/25.", "2025-04-05"),
        ("The deal closed on 28/02/2025.", "2025-02-28"),  # only day first is a date
        ("The vote was held on 5/10/2025.", "2025-05-10"),  # both before publication: month first
        ("The vote was held on 10/5/2025.", "2025-05-10"),  # month first (October) is after publication
        ("The plant opened on 14.03.2024.", "2024-03-14"),  # dotted: day first
    ],
)
def test_numeric_dates(engine: Engine, text: str, value: str) -> None:
    _, quantities, dates, _ = facets_of(engine, text)
    assert [d.value for d in dates] == [value]
    assert quantities == []


def test_a_fraction_or_a_score_is_not_a_numeric_date(engine: Engine) -> None:
    _, _, dates, _ = facets_of(engine, "Turnout was 3/4 of the 2020 level and the vote split 12/13.")
    assert [d.value for d in dates] == ["2020"]


@pytest.mark.parametrize(
    ("text", "value", "unit", "per"),
    [
        ("He earns £1,000-a-month.", 1000, "pounds", "month"),
        ("She signed a €1.2m-a-year contract.", 1.2e6, "euros", "year"),
        ("Eggs cost $6.23 a dozen in March.", 6.23, "dollars", "dozen"),
        ("Pensioners get £196 a week.", 196, "pounds", "week"),
        ("Gas rose 20 cents a gallon.", 0.2, "dollars", "gallon"),
        ("Diesel hit $4.50/gallon.", 4.5, "dollars", "gallon"),
        ("The economy grew 3% a year.", 3, "percent", "year"),
        ("Participants walked 7,000 steps a day.", 7000, "steps", "day"),
        ("Petrol costs 134.2p a litre.", 134.2, "pence", "litre"),
        ("Diesel averaged 139.8p a litre.", 139.8, "pence", "litre"),
        ("Families get up to $2,400 per child.", 2400, "dollars", "child"),
        ("Arizona used 512,000 acre-feet a year.", 512000, "acre-feet", "year"),
        ("Net income was $1.12 per diluted share.", 1.12, "dollars", "share"),
        ("The disease affects 1,500 cases per 100,000 people.", 1500, "cases", "100,000 people"),
    ],
)
def test_rates(engine: Engine, text: str, value: float, unit: str, per: str) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    assert [(q.value, q.unit, q.per) for q in quantities] == [(pytest.approx(value), unit, per)]


def test_a_range_gives_its_low_end_with_the_high_end_and_the_high_end_on_its_own(engine: Engine) -> None:
    # each end is a figure a fact-checker checks: "six to eight degrees" gives 6 (up to 8) and 8
    _, quantities, _, _ = facets_of(engine, "Temperatures would drop by six to eight degrees.")
    assert [(q.text, q.value, q.value_max, q.bound) for q in quantities] == [
        ("six to eight", 6, 8, "exact"),
        ("eight", 8, None, "upper"),
    ]
    _, quantities, _, _ = facets_of(engine, "They could gain seven hundred million to a billion dollars.")
    assert [(q.value, q.value_max) for q in quantities] == [(7e8, 1e9), (1e9, None)]
    _, quantities, _, _ = facets_of(engine, "We need 1.6 or 1.7 million homes a year.")
    assert [(q.value, q.value_max, q.unit, q.per) for q in quantities] == [
        (1.6e6, 1.7e6, "homes", "year"),
        (1.7e6, None, "homes", "year"),
    ]


def test_two_amounts_share_the_unit_written_once_and_a_unit_on_the_first_alone_ends_a_range(
    engine: Engine,
) -> None:
    _, quantities, _, _ = facets_of(engine, "The interval ran from 19 to 34 per cent.")
    assert [(q.value, q.value_max, q.unit) for q in quantities] == [
        (19, None, "percent"),
        (34, None, "percent"),
    ]
    _, quantities, _, _ = facets_of(engine, "It raised the dividend by 10% to 22 cents per share.")
    assert [(q.value, q.value_max, q.unit) for q in quantities] == [
        (10, None, "percent"),
        (0.22, None, "dollars"),
    ]


def test_an_amount_a_year_ago_is_no_rate_and_scaled_amounts_are_exact(engine: Engine) -> None:
    _, quantities, dates, _ = facets_of(
        engine, "Revenue was $8.45 billion, compared with $7.9 billion a year ago."
    )
    assert [(q.value, q.per) for q in quantities] == [(8_450_000_000.0, None), (7_900_000_000.0, None)]
    assert [d.value for d in dates] == ["2024-05"]


@pytest.mark.parametrize(
    ("text", "facets"),
    [
        (
            "Cleveland recorded 412 carjackings in 2020 and 577 in 2025.",
            [(412, "carjackings", None), (577, "carjackings", None)],
        ),
        ("Mraz has 142,310 votes and Wild has 140,822.", [(142310, "votes", None), (140822, "votes", None)]),
        (
            "The economy added 212,000 jobs, well above the 165,000 that economists had expected.",
            [(212000, "jobs", None), (165000, "jobs", None)],
        ),
        ("The motion was defeated by 31 votes to 17.", [(31, "votes", None), (17, "votes", None)]),
        (
            "More than 612,000 ballots have been cast, surpassing the 2022 midterm total of 571,000.",
            [(612000, "ballots", None), (571000, "ballots", None)],
        ),
        ("It went to 750 schools, including four here.", [(750, "schools", None), (4, "schools", None)]),
        ("Rent is $1,640 a month, up from $1,050.", [(1640, "dollars", "month"), (1050, "dollars", "month")]),
        (
            "Brooks averages 27.4 points per game, second behind Jalen Price's 28.1.",
            [(27.4, "points", "game"), (28.1, "points", "game")],
        ),
        (
            "The rate was 306 per 100,000 residents in 2020 and 317 per 100,000 in 2025.",
            [(306, None, "100,000 residents"), (317, None, "100,000 residents")],
        ),
    ],
)
def test_an_elided_unit_or_rate_is_the_one_before(engine: Engine, text: str, facets: list[tuple]) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    assert [(q.value, q.unit, q.per) for q in quantities] == facets


@pytest.mark.parametrize(
    ("text", "score", "unit"),
    [
        ("City won 3-1 at home.", "3-1", "score"),
        ("The Hawks held on for a 112-104 win.", "112-104", "score"),
        ("The team fell to 9-11.", "9-11", "score"),
        ("Manchester City beat Ipswich Town 6-0 on Saturday.", "6-0", "score"),
        ("He lost to Carlos Alcaraz 6-3 in the final.", "6-3", "score"),
        # a tally of votes
        ("The council voted 7-2 to approve the plan.", "7-2", "votes"),
        ("The bill passed by a vote of 52-48.", "52-48", "votes"),
        ("In a 6-3 ruling, the court sided with the state.", "6-3", "votes"),
    ],
)
def test_a_result_or_a_tally_is_a_score_not_a_range(engine: Engine, text: str, score: str, unit: str) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    first, second = score.split("-")
    assert [(q.text, q.unit, q.value_max) for q in quantities] == [
        (first, unit, None),
        (second, unit, None),
    ]


def test_changes_bounds_rates_and_shares_around_amounts(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(
        engine, "The council increased the scheme's hardship fund by £250,000 to £1 million."
    )
    assert [(q.value, q.value_max) for q in quantities] == [(250_000, None), (1_000_000, None)]
    _, quantities, _, _ = facets_of(engine, "Babies 6 months and older can get it.")
    assert [(q.value, q.unit, q.bound) for q in quantities] == [(6, "months", "lower")]
    _, quantities, _, _ = facets_of(engine, "There were 9.8 flu-related hospitalizations per 100,000 people.")
    assert [(q.value, q.unit, q.per) for q in quantities] == [(9.8, "hospitalizations", "100,000 people")]
    _, quantities, _, _ = facets_of(engine, "Shareholders get $42 in cash and 0.35 of a Halcyon share.")
    assert [(q.value, q.currency) for q in quantities] == [(42, "USD"), (0.35, None)]


@pytest.mark.parametrize(
    ("text", "facets"),
    [
        ("The city grew roughly 14% to about 187,000.", [(14, "percent", None), (187000, None, None)]),
        ("The fee is $3 a month, and the city had $18 million left over.", [(3, "dollars", "month")]),
        (
            "The number of patients waiting more than 12 hours last month was 54,000.",
            [(12, "hours", None), (54000, "patients", None)],  # what "the number of" counts
        ),
        (
            "Patients had a mean age of 63.4 years and a median BMI of 29.",
            [(63.4, "years", None), (29, None, None)],
        ),
        ("House prices are eight times average earnings.", [(8, "times", None)]),
    ],
)
def test_a_number_that_counts_something_else_inherits_nothing(
    engine: Engine, text: str, facets: list[tuple]
) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    assert [(q.value, q.unit, q.per) for q in quantities][: len(facets)] == facets


def test_form_codes_are_no_amounts(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(
        engine, "The company disclosed the loss in its Form 10-K and an 8-K filing."
    )
    assert quantities == []


def test_ordinals_that_name_and_instruments_are_no_amounts(engine: Engine) -> None:
    text = (
        "Police from the 20th Precinct on West 76th Street charged him with murder in the second degree "
        "early in Trump's second term, as the 10-year Treasury yield rose and fourth graders read aloud."
    )
    _, quantities, _, _ = facets_of(engine, text)
    assert quantities == []
    # a speaker's own list and a name with an ordinal in it
    text = "The second point is that Third World debt grew for once."
    _, quantities, _, _ = facets_of(engine, text)
    assert quantities == []


def test_a_weekday_counted_from_a_holiday_is_that_weekday(engine: Engine) -> None:
    _, _, dates, _ = facets_of(
        engine, "On the Sunday after Thanksgiving, the TSA screened 3.1 million people."
    )
    assert [d.value for d in dates] == ["2024-12-01"]  # Thanksgiving 2024 was Thursday, November 28
    _, _, dates, _ = facets_of(engine, "Shops opened on the Friday before Christmas.")
    assert [d.value for d in dates] == ["2024-12-20"]


@pytest.mark.parametrize(
    ("text", "published_at", "value", "end_value"),
    [
        ("He resigned on Christmas Day.", date(2025, 11, 4), "2024-12-25", None),
        ("Talks resume after Thanksgiving.", date(2025, 11, 4), "2025-11-27", None),
        ("Polls closed at 8 p.m. on Election Day.", date(2024, 11, 6), "2024-11-05", None),
        ("Retail sales on Black Friday rose 3.4%.", date(2025, 12, 2), "2025-11-28", None),
        ("The store opened on Christmas Eve 2019.", date(2025, 11, 4), "2019-12-24", None),
        ("Since Easter, 300 people have been arrested.", date(2025, 11, 4), "2025-04-20", None),
        ("The parade takes place on St. Patrick's Day.", date(2025, 11, 4), "2026-03-17", None),
        ("The bill must pass before Memorial Day.", date(2025, 11, 4), "2026-05-25", None),
        ("In 2019, the store closed on Good Friday.", date(2025, 11, 4), "2019-04-19", None),
        ("Prices rose 2% over the weekend.", date(2025, 11, 4), "2025-11-01", "2025-11-02"),
        ("The summit will be held this weekend.", date(2025, 11, 4), "2025-11-08", "2025-11-09"),
        ("Protesters marched last weekend.", date(2025, 11, 9), "2025-11-01", "2025-11-02"),
        ("Afghans voted in elections this weekend.", date(2025, 11, 4), "2025-11-01", "2025-11-02"),
        ("Forecasters expect heavy rain through the weekend.", date(2025, 8, 28), "2025-08-30", "2025-08-31"),
        ("The median price hit $435,300 in the second quarter.", date(2025, 11, 4), "2025-04", "2025-06"),
        ("Third-quarter operating profit fell 42%.", date(2025, 10, 29), "2025-07", "2025-09"),
        ("Fourth-quarter sales rose 3%.", date(2025, 2, 10), "2024-10", "2024-12"),
        ("The firm expects growth in the fourth quarter.", date(2025, 11, 4), "2025-10", "2025-12"),
        # a quarter that ended a month or two ago is still to be reported
        ("Boeing expects a third-quarter loss.", date(2024, 10, 12), "2024-07", "2024-09"),
        ("Boeing expects a fourth-quarter loss.", date(2025, 1, 20), "2024-10", "2024-12"),
        ("Boeing expects a third-quarter loss.", date(2024, 12, 15), "2025-07", "2025-09"),
        ("Sales fell 3% in Q3.", date(2025, 11, 4), "2025-07", "2025-09"),
        ("Apple's sales fell 11% in the last quarter.", date(2025, 2, 19), "2024-10", "2024-12"),
        ("The strike began on the 14th.", date(2025, 10, 13), "2025-09-14", None),
        ("The strike will begin on the 14th, officials said.", date(2025, 10, 13), "2025-10-14", None),
        ("The vote is on the 28th of this month.", date(2025, 10, 13), "2025-10-28", None),
        ("Pay rises on the 1st of next month.", date(2025, 10, 13), "2025-11-01", None),
        ("Show up on November the 5th.", date(2025, 10, 13), "2025-11-05", None),
        ("Security has tightened since September 11.", date(2025, 10, 13), "2001-09-11", None),
        ("The September 11 attacks killed 2,977 people.", date(2025, 10, 13), "2001-09-11", None),
        ("Since 9/11, spending has tripled.", date(2025, 10, 13), "2001-09-11", None),
        ("The attack happened on September 11.", date(2025, 10, 13), "2025-09-11", None),
        ("Inflation has fallen since the start of the year.", date(2025, 10, 13), "2025-01", None),
        ("Sales fell at the end of last year.", date(2025, 10, 13), "2024-12", None),
        ("The turn of the year saw rates fall.", date(2025, 10, 13), "2025", None),
        ("The deal expires at the end of the month.", date(2025, 10, 13), "2025-10", None),
        ("Profit will rise next quarter, the firm said.", date(2025, 2, 19), "2025-04", "2025-06"),
    ],
)
def test_named_days_weekends_and_quarters_without_a_year(
    engine: Engine, text: str, published_at: date, value: str, end_value: str | None
) -> None:
    _, _, dates, _ = facets_of(engine, text, published_at)
    assert [(d.value, d.end_value) for d in dates][-1:] == [(value, end_value)]


@pytest.mark.parametrize(
    "text",
    [
        "The Chiefs scored 14 points in the fourth quarter.",  # a game's quarter
        "The Chiefs led in the last quarter.",
        "The 3rd Infantry Division left.",  # an ordinal before what it ranks
        "The 5th generation jets arrived.",
        "Christmas shopping rose 4%.",  # a season's name, not a day
        "The easter egg hunt drew 300 children.",
    ],
)
def test_names_and_quarters_that_date_nothing(engine: Engine, text: str) -> None:
    _, _, dates, _ = facets_of(engine, text, date(2025, 11, 4))
    assert dates == []


def test_a_newspaper_named_today_is_no_date(engine: Engine) -> None:
    _, _, dates, _ = facets_of(engine, "The poll was published by USA Today and cited by NBC's Today show.")
    assert dates == []


@pytest.mark.parametrize(
    "text",
    [
        "The newsletter arrives every Friday.",
        "The stock has run up 45% over the past year.",
        "The company returned $7.2 billion in fiscal 2025.",
        "For the first quarter of fiscal year 2026, it expects growth.",
    ],
)
def test_recurring_weekdays_trailing_periods_and_fiscal_years_are_no_dates(engine: Engine, text: str) -> None:
    _, _, dates, _ = facets_of(engine, text)
    assert dates == []


def test_a_weekday_before_a_date_is_that_date(engine: Engine) -> None:
    _, _, dates, _ = facets_of(engine, "The company said on Thursday, June 26, it would hold a vote.")
    assert [d.value for d in dates] == ["2025-06-26"]


def test_month_without_day_needs_a_publication_date(engine: Engine) -> None:
    _, _, dates, _ = facets_of(engine, "The rate rose in December.", None)
    assert dates == []


def test_ambiguous_month_day_prefers_past_in_past_tense(engine: Engine) -> None:
    # published 2025-01-05: "December 30" in past tense is 2024-12-30, not 2025-12-30
    _, _, dates, _ = facets_of(engine, "The plant closed on December 30.", date(2025, 1, 5))
    assert [d.value for d in dates] == ["2024-12-30"]


def test_last_this_and_next_week_are_calendar_weeks(engine: Engine) -> None:
    # published on Sunday 2025-05-11
    _, _, dates, _ = facets_of(engine, "Prices rose last week, and the vote is next week.")
    assert [(d.value, d.end_value) for d in dates] == [
        ("2025-04-28", "2025-05-04"),
        ("2025-05-12", "2025-05-18"),
    ]
    _, _, dates, _ = facets_of(engine, "Over the past week, 40 people died.")
    assert dates == []


def test_by_a_month_after_a_noun_is_a_deadline_ahead(engine: Engine) -> None:
    _, _, dates, _ = facets_of(engine, "Traders increased bets on a cut by March.")  # published May 2025
    assert [d.value for d in dates] == ["2026-03"]
    _, _, dates, _ = facets_of(engine, "By March, 300 people had died.")
    assert [d.value for d in dates] == ["2025-03"]


def test_that_year_is_the_year_the_article_named_last(engine: Engine) -> None:
    text = (
        "The lighthouse was automated in 1971. That February, the last keeper left. "
        "The same year, he married."
    )
    claims, _, _, _ = facets_of(engine, text)
    assert [[d.value for d in c.facets.dates] for c in claims] == [["1971"], ["1971-02"], ["1971"]]
    _, _, dates, _ = facets_of(engine, "Child poverty fell that year.")
    assert dates == []  # no year named before: nothing invented


def test_the_last_year_is_the_last_twelve_months_not_a_calendar_year(engine: Engine) -> None:
    _, _, dates, _ = facets_of(engine, "Water moved more in the last year than in the previous decade.")
    assert dates == []
    _, _, dates, _ = facets_of(engine, "Sales fell last year.")
    assert [d.value for d in dates] == ["2024"]


def test_no_published_date_invents_nothing(engine: Engine) -> None:
    _, _, dates, _ = facets_of(engine, "The vote happened on May 15 and yesterday.", None)
    assert dates == []


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Storm warning\nPublished March 3, 2025\nThe river rose.", date(2025, 3, 3)),
        ("Storm warning\nBy Jane Doe\nUpdated: 14 May 2025 10:02 BST\nThe river rose.", date(2025, 5, 14)),
        ("Storm warning\nPosted on Tue, June 3, 2025 at 10:02 a.m. ET\nThe river rose.", date(2025, 6, 3)),
        ("Storm warning\nTuesday, June 3, 2025\nThe war began on February 24, 2022.", date(2025, 6, 3)),
        ("Storm warning\nThe war began on February 24, 2022.", None),  # a sentence, not a stamp
        ("Storm warning\nThe river rose in May.", None),
        (
            "Remarks by Governor Elena Brandt\nMADISON, Wis., Nov. 19, 2026\nTonight we act.",
            date(2026, 11, 19),
        ),
        ("Remarks\nMADISON, Wis. (Nov. 19, 2026)\nTonight we act.", date(2026, 11, 19)),
        ("November 18, 2026 Debate Transcript\nHOLT: Good evening.", date(2026, 11, 18)),
        ("Debates\nThe debate on November 18, 2026 drew 80 million viewers.", None),
        ("Remarks\nMadison voted, Nov. 19, 2026\nTonight we act.", None),
    ],
)
def test_the_date_an_article_states_near_its_top(text: str, stated: date | None) -> None:
    assert stated_date(text) == stated


def test_without_a_publication_date_the_stated_one_resolves_relative_dates(engine: Engine) -> None:
    _, _, dates, _ = facets_of(
        engine, "Storm warning\nPublished March 3, 2025\nThe river rose on Saturday.", None
    )
    assert [d.value for d in dates] == ["2025-03-03", "2025-03-01"]


def test_quote_speaker_after_with_title_and_surname(engine: Engine) -> None:
    text = (
        "Russian President Vladimir Putin spoke on Sunday.\n"
        '"We are determined to have serious negotiations," Putin stated.'
    )
    _, _, _, quotes = facets_of(engine, text)
    assert quotes
    assert quotes[0].speaker == "Vladimir Putin"


def test_quote_speaker_before(engine: Engine) -> None:
    text = (
        'Emmanuel Macron met the press. Macron added, "We have decided to support a ceasefire from May 12."'
    )
    claims, _, _, quotes = facets_of(engine, text)
    assert quotes[0].speaker == "Emmanuel Macron"
    assert any(c.type.value == "quote" for c in claims)


def test_nested_quote_is_one_quotation(engine: Engine) -> None:
    text = "Keir Starmer said: \"They called it 'a farce', and we agree with that view entirely.\""
    _, _, _, quotes = facets_of(engine, text)
    assert len(quotes) == 1
    assert "'a farce'" in quotes[0].text
    assert quotes[0].speaker == "Keir Starmer"


def test_quote_without_speaker(engine: Engine) -> None:
    _, _, _, quotes = facets_of(engine, 'A banner read "no more war in our country" on the bridge.')
    assert quotes
    assert quotes[0].speaker is None


def test_bare_year_anchors_later_month_day(engine: Engine) -> None:
    _, _, dates, _ = facets_of(engine, "The law was drafted in 2019 and signed on March 3.")
    assert [d.value for d in dates] == ["2019", "2019-03-03"]


def test_a_day_dated_in_full_earlier_keeps_its_year(engine: Engine) -> None:
    text = "Hamas attacked Israel on October 7, 2023. Officials called it a prize for the October 7 attack."
    _, _, dates, _ = facets_of(engine, text)
    assert [d.value for d in dates] == ["2023-10-07", "2023-10-07"]


@pytest.mark.parametrize(
    "text",
    [
        "Prices would rise by less than a tenth of a percentage point.",
        "The Fed cut rates by a quarter of a point.",
    ],
)
def test_a_part_of_a_point_is_one_amount(engine: Engine, text: str) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    assert len(quantities) == 1, quantities


def test_without_a_publication_date_a_days_number_is_no_amount(engine: Engine) -> None:
    claims = engine.extract("Early voting begins Dec. 7 and the vote was held on March 3.", None)
    assert [q for c in claims for q in c.facets.quantities] == []
    assert [d for c in claims for d in c.facets.dates] == []  # nothing invented without a year


def test_an_amount_in_a_clause_of_its_own_does_not_take_the_unit_before_it(engine: Engine) -> None:
    claims = engine.extract("Pay rose to $52,000, while vacancies fell from 3,100 to 900.", PUB)
    units = {q.value: q.unit for c in claims for q in c.facets.quantities}
    assert units == {52000: "dollars", 3100: None, 900: None}


@pytest.mark.parametrize(
    "text",
    [
        "Senator, we did take a price increase in January, and I would point out it was below inflation.",
        "We cut prices in January.",
        "I would note that we cut prices in January.",
    ],
)
def test_a_past_event_keeps_its_past_month_beside_a_modal(engine: Engine, text: str) -> None:
    claims = engine.extract(text, date(2026, 11, 20))
    assert [d.value for c in claims for d in c.facets.dates] == ["2026-01"]


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        ("Output rose 4% in the first half of the year.", "2026-01", "2026-06"),
        ("Sales fell in the third quarter of last year.", "2025-07", "2025-09"),
        ("The minister resigned a fortnight ago.", "2026-11-06", None),
    ],
)
def test_parts_of_this_or_last_year_and_a_fortnight_ago(
    engine: Engine, text: str, value: str, end: str | None
) -> None:
    claims = engine.extract(text, date(2026, 11, 20))
    assert [(d.value, d.end_value) for c in claims for d in c.facets.dates] == [(value, end)]


@pytest.mark.parametrize(
    "text",
    ["It happened a year ago.", "He waited for a year.", "He served a third term.", "At one point he left."],
)
def test_a_bare_period_or_an_ordinal_is_no_amount(engine: Engine, text: str) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    assert quantities == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Read the full transcript of Thursday night's vice-presidential debate", "2026-11-19"),
        ("Watch highlights from Tuesday's hearing", "2026-11-17"),
        ("The company will report on Tuesday.", "2026-11-24"),
        ("Monday's vote will decide the budget.", "2026-11-23"),
    ],
)
def test_a_days_event_in_the_possessive_and_a_report_ahead(engine: Engine, text: str, value: str) -> None:
    claims = engine.extract(text, date(2026, 11, 20))
    assert [d.value for c in claims for d in c.facets.dates] == [value]


def test_a_unit_has_one_name_and_an_acronym_keeps_its_case(engine: Engine) -> None:
    text = "China added 250 GW of solar and 268 gigawatts of wind. The lake is 40 km long. 47 MPs rebelled."
    units = {q.value: q.unit for c in engine.extract(text, PUB) for q in c.facets.quantities}
    assert units == {250: "gigawatts", 268: "gigawatts", 40: "kilometres", 47: "MPs"}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The budget proposal released in May would cut NASA's science budget by 31%.", ["2026-05"]),
        ("The rule, finalized in June, will take effect in January.", ["2026-06", "2027-01"]),
        (
            "The company, which cut 2,000 jobs in August, will hire 500 workers next year.",
            ["2026-08", "2027"],
        ),
        (
            "The council approved the budget on Thursday and will vote on the levy next Tuesday.",
            ["2026-11-19", "2026-11-24"],
        ),
        ("Polls show Hale leading by 4 points as of Wednesday.", ["2026-11-18"]),
        ("Sales fell in mid-October.", ["2026-10"]),
        ("The data cover the year through June.", ["2026-06"]),
        ("The program runs through June.", ["2027-06"]),
    ],
)
def test_a_date_takes_the_tense_of_the_verb_it_hangs_on(engine: Engine, text: str, values: list[str]) -> None:
    claims = engine.extract(text, date(2026, 11, 20))
    assert [d.value for c in claims for d in c.facets.dates] == values


def test_years_earlier_or_later_count_from_the_year_named(engine: Engine) -> None:
    text = (
        "Trust in the police was 48% in 2025, up from 54% three years earlier.\n"
        "The plant opened in 2019. Two years later, it closed.\n"
        "He left two years before the election.\n"
        "The company earned 91 cents a share, down from $1.02 a year earlier.\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))
    assert [d.value for c in claims for d in c.facets.dates] == ["2025", "2022", "2019", "2021"]


def test_the_following_day_and_days_later_count_from_the_last_day_dated(engine: Engine) -> None:
    text = (
        "Police said the shooting happened on Tuesday. Tillman was taken into custody the following day.\n"
        "The plant was inspected on Oct. 3, and the next day it closed.\n"
        "The vote came the next day.\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))
    values = [d.value for c in claims for d in c.facets.dates]
    assert values == ["2026-11-17", "2026-11-18", "2026-10-03", "2026-10-04", "2026-10-05"]
    assert engine.extract("The vote came the next day.", date(2026, 11, 20))[0].facets.dates == []


def test_that_week_and_that_night_are_the_last_day_dated(engine: Engine) -> None:
    text = (
        "Demand peaked on May 29. The grid met a peak load of 268 gigawatts that week.\n"
        "The storm hit on Oct. 3. Power failed that night.\n"
        "That day will come.\n"
        "Temperatures reached 47.8C on May 29, and the national grid hit 270 gigawatts that week.\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))
    values = [(d.value, d.end_value) for c in claims for d in c.facets.dates]
    assert values == [
        ("2026-05-29", None),
        ("2026-05-25", "2026-05-31"),
        ("2026-10-03", None),
        ("2026-10-03", None),
        ("2026-05-29", None),
        ("2026-05-25", "2026-05-31"),
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit", "bound"),
    [
        # a decimal comma, as European copy writes it, before a percent or a scale
        ("The economy contracted by 0,3 percent last year.", 0.3, "percent", "exact"),
        ("Sales reached €1,5 million in May.", 1.5e6, "euros", "exact"),
        # "over" before a length of time: a rate's bound, a span's bound, a period's none
        ("Teens spend over 7 hours a day on their phones.", 7, "hours", "lower"),
        ("He has served for over a decade.", 1, "decades", "lower"),
        ("The new station opens in just over a year.", 1, "years", "lower"),
        ("Rents rose at the fastest pace in over a decade.", 1, "decades", "lower"),
        ("The war lasted over five years.", 5, "years", "lower"),
        ("A 5.9 magnitude quake hit the east.", 5.9, "magnitude", "exact"),
        ("Jimmy Carter dies at 100.", 100, "years", "exact"),
        ("Nurses will get a 5.5pc pay rise.", 5.5, "percent", "exact"),
        ("About 40 Main Street shops closed.", 40, "shops", "exact"),
        ("She retired at 65.", 65, "years", "exact"),
        ("One man, 24, died at the scene.", 24, "years", "exact"),
    ],
)
def test_decimal_commas_bounds_over_time_and_magnitudes(
    engine: Engine, text: str, value: float, unit: str, bound: str
) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    assert [(q.value, q.unit, q.bound) for q in quantities] == [(value, unit, bound)], quantities


@pytest.mark.parametrize(
    "text",
    [
        "The plan would add $6.2 trillion to the debt over a decade.",  # when, not "more than a decade"
        "Thread 🧵 1/ The new study says 40% of teens are online. 2/ That's double.",  # post numbers
        "Deliveries of the 777X will slip to 2026.",  # an aircraft's model
        "Protesters gathered outside 1600 Pennsylvania Avenue on Monday.",  # an address
        "Anyone with information should call 555-0142.",  # a local number to call
    ],
)
def test_periods_and_thread_numbers_are_no_amounts(engine: Engine, text: str) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    assert all(q.value not in {1, 2, 777, 1600, 555, 142} for q in quantities), quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of months that ends in a year shares it
        ("The jobless rate hit 3.4% in January and April 2023.", ["2023-01", "2023-04"]),
        ("Sales fell in October, November and December 2019.", ["2019-10", "2019-11", "2019-12"]),
        # a dotted date with a two-digit year, day first
        ("Losses from 24.02.22 to 15.03.25 amounted to 893,000 personnel.", ["2022-02-24", "2025-03-15"]),
        # a participle before its noun is no verb: "a paid service" does not make June past
        (
            '"We\'re going to be launching a paid service in Austin in June," Musk told analysts.',
            ["2025-06"],
        ),
        # a date in a verbless opening phrase takes the main clause's tense
        ("In a post on X on Tuesday, Musk wrote that Tesla would start production.", ["2025-05-06"]),
        ("On Tuesday, the council will vote on the budget.", ["2025-05-13"]),
        # what a forecast is about lies ahead; when it was made does not
        ("The company forecast third-quarter revenue of $43 billion.", ["2025-07"]),
        ("The company forecast revenue for June.", ["2025-06"]),
        ("The bank predicted in March that rates would fall.", ["2025-03"]),
    ],
)
def test_month_lists_participles_and_opening_phrases(engine: Engine, text: str, expected: list[str]) -> None:
    _, _, dates, _ = facets_of(engine, text)
    assert [d.value for d in dates] == expected, dates


def test_plus_or_minus_is_a_margin_not_a_negative(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "Nvidia forecast growth of 30%, plus or minus 2%.")
    assert [q.value for q in quantities] == [30, 2]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Republicans now hold at least 52 of the Senate's 100 seats.", ["seats", "seats"]),
        ("Mahomes has won 17 of his 19 career playoff games.", ["games", "games"]),
        ("40 of 50 states signed, and 7 of them sued.", ["states", "states", None]),
        # the change right after a count is of what it counts
        (
            "Some 2.3 million people were out of work, up 60,000 from the previous quarter.",
            ["people", "people"],
        ),
    ],
)
def test_a_part_counts_what_its_total_counts(engine: Engine, text: str, units: list[str | None]) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    assert [q.unit for q in quantities] == units


def test_a_reporting_verb_dates_only_what_follows_it(engine: Engine) -> None:
    text = (
        "Temperatures could reach 110 degrees (43 Celsius) in Oregon this weekend, the weather service "
        "warned Thursday."
    )
    _, _, dates, _ = facets_of(engine, text, date(2024, 7, 4))
    assert [(d.value, d.end_value) for d in dates] == [("2024-07-06", "2024-07-07"), ("2024-07-04", None)]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("India allocated Rs 11.11 lakh crore for capital spending.", 11.11e12, "INR"),
        ("The scheme costs Rs. 500 crore.", 5e9, "INR"),
        ("He paid ₹50 lakh for the flat.", 5e6, "INR"),
        ("Petrobras will invest R$ 111 billion in refining.", 111e9, "BRL"),
        ("They paid 70 percent of your$265 billion tax increase.", 265e9, "USD"),  # a typo, no reais
        # Africa's papers: the naira, the rand, the shilling, the cedi
        ("The state approved N2.5bn for flood victims.", 2.5e9, "NGN"),
        ("She lost goods worth about N3.8m.", 3.8e6, "NGN"),
        ("The budget rose to ₦14.1 billion.", 14.1e9, "NGN"),
        ("The Treasury spent R450m on it.", 450e6, "ZAR"),
        ("Lorebu will spend Sh3.2 billion on hospitals.", 3.2e9, "KES"),
        ("The family had paid KSh86,000 in three days.", 86_000, "KES"),
        ("It cost GH¢2.4 million.", 2.4e6, "GHS"),
        ("Kenya raised KES 120 billion.", 120e9, "KES"),
        ("At least 14 projects worth P5.2 billion were flagged.", 5.2e9, "PHP"),
        ("It cost ₱1.9 billion.", 1.9e9, "PHP"),
        ("Japan will grant up to 1.2 tril. yen to the chipmaker.", 1.2e12, "JPY"),
    ],
)
def test_indian_scales_and_more_currencies(engine: Engine, text: str, value: float, currency: str) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    assert [(q.value, q.currency) for q in quantities if q.currency] == [(value, currency)]


def test_near_before_an_amount_is_a_hedge(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "Mortgage rates stayed near 7% in June.")
    assert [(q.value, q.approximate) for q in quantities] == [(7, True)]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Airbus sold 12 A320neo planes and 5 A350 jets.", [(12, "planes"), (5, "jets")]),
        ("Boeing delivered 40 737 MAX jets.", [(40, "jets")]),
        ("Version 10.12.25 shipped to 3,000 users.", [(3000, "users")]),
    ],
)
def test_model_names_and_versions_are_no_amounts_or_dates(
    engine: Engine, text: str, units: list[tuple[float, str]]
) -> None:
    _, quantities, dates, _ = facets_of(engine, text)
    assert [(q.value, q.unit) for q in quantities] == units
    assert dates == []


def test_the_day_before_counts_from_the_last_day_dated(engine: Engine) -> None:
    text = "Protesters marched on March 3, 2025. Police had warned them the day before."
    _, _, dates, _ = facets_of(engine, text)
    assert [d.value for d in dates] == ["2025-03-03", "2025-03-02"]
    _, _, dates, _ = facets_of(engine, "The talks began the day before the vote.")
    assert dates == []  # counted from the vote, which has no date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound close to its figure is also about it
        ("We have given just over 5,000 doses.", [(5000, "lower", True)]),
        ("It was a little under 3 percent.", [(3, "upper", True)]),
        ("It was over 3 percent.", [(3, "lower", True)]),
        ("Firms with more than 50 staff must report their pay gap.", [(50, "lower", False)]),
        ("He faces up to 20 years in prison.", [(20, "upper", False)]),
        # "over" after a copula bounds a length of time ("rose 9% over two years" is its period)
        ("That's over four hours.", [(4, "lower", True)]),
        # a share before its period: "by almost half within twelve months"
        ("Thefts fell by almost half within twelve months.", [(0.5, "exact", True), (12, "upper", False)]),
    ],
)
def test_bounds_near_their_figure_and_shares_before_a_period(
    engine: Engine, text: str, expected: list[tuple[float, str, bool]]
) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    assert [(q.value, q.bound, q.approximate) for q in quantities] == [
        (pytest.approx(v), b, a) for v, b, a in expected
    ]


@pytest.mark.parametrize(
    ("text", "published_at", "values"),
    [
        # a clause on a year ("since 2017, when ...") dates its months in that year, and so "that year"
        (
            "The toll is the highest since 2017, when 100 people were killed in fires in June and October. "
            "That year, 500,000 hectares burned.",
            date(2024, 7, 24),
            ["2017", "2017-06", "2017-10", "2017"],
        ),
        (
            "In 2023 the state cut our aid by $30 million. Prices rose that same year.",
            date(2025, 10, 21),
            ["2023", "2023"],
        ),
        # counted from the month or the year dated before
        (
            "Job growth accelerated in November after a strike the previous month.",
            date(2024, 12, 6),
            ["2024-11", "2024-10"],
        ),
        (
            "The plant opened in March 2019. It closed the following month.",
            date(2024, 12, 6),
            ["2019-03", "2019-04"],
        ),
        ("Inflation was 3% in 2023, up from 2% the previous year.", date(2024, 12, 6), ["2023", "2022"]),
        ("Sales rose 5% from the previous year.", date(2024, 12, 6), []),  # from what year, it does not say
        # the earlier level of a figure was before, whatever the tense
        ("That's down from a peak of about 118,000 on Thursday.", date(2025, 9, 8), ["2025-09-04"]),
        ("The meeting is on Thursday.", date(2025, 9, 8), ["2025-09-11"]),
        # a market's reference price was set before
        (
            "Norvik will pay 38.50 euros a share, a premium of 31% to Halden's closing price on Tuesday.",
            date(2024, 11, 14),
            ["2024-11-12"],
        ),
        ("The market will close on Tuesday.", date(2024, 11, 14), ["2024-11-19"]),
        # a relative clause after a date has its own tense
        (
            "Rebels captured Goma in January and Bukavu in February, in an offensive that the government "
            "says has killed 7,000 people.",
            date(2025, 6, 18),
            ["2025-01", "2025-02"],
        ),
        # what a forecast is for lies ahead ("compared with" is no verb)
        (
            "The company expects revenue of $4.7 billion for the quarter ending in December, compared with "
            "estimates of $4.4 billion.",
            date(2025, 10, 29),
            ["2025-12"],
        ),
        ("The company predicted in March that sales would rise.", date(2025, 10, 29), ["2025-03"]),
    ],
)
def test_dates_counted_from_the_last_one_named(
    engine: Engine, text: str, published_at: date, values: list[str]
) -> None:
    claims = engine.extract(text, published_at)
    assert [d.value for c in claims for d in c.facets.dates] == values


def test_a_time_of_day_in_words_is_no_amount(engine: Engine) -> None:
    _, quantities, dates, _ = facets_of(
        engine, "As of six o'clock this morning, 41,200 customers remain without power.", date(2025, 9, 8)
    )
    assert [(q.value, q.unit) for q in quantities] == [(41200, "customers")]
    assert [d.value for d in dates] == ["2025-09-08"]


def test_a_number_between_a_name_and_a_singular_noun_is_part_of_the_name(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(
        engine, "The orbiter launched aboard an Ariane 6 rocket after a Falcon 9 booster."
    )
    assert quantities == []
    _, quantities, _, _ = facets_of(engine, "In Texas 12 people died.")  # plural: counted
    assert [(q.value, q.unit) for q in quantities] == [(12, "people")]
    # a hedge between a naming word and the number: an amount ("stage 4" names, "stage about 52" not)
    _, quantities, _, _ = facets_of(engine, "It separated from the upper stage about 52 minutes later.")
    assert [(q.value, q.unit, q.approximate) for q in quantities] == [(52, "minutes", True)]


def test_what_someone_is_unlikely_to_do_before_a_month_lies_ahead(engine: Engine) -> None:
    _, _, dates, _ = facets_of(
        engine, "Coach Leland said Dunaev was unlikely to return before February.", date(2025, 1, 19)
    )
    assert [d.value for d in dates] == ["2025-02"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("From the first of April, every council will have a target.", "2025-04-01"),
        ("The deadline is May the first, 2026.", "2026-05-01"),
        ("The vote is on the twenty-first of February.", "2025-02-21"),
    ],
)
def test_a_day_of_the_month_in_words(engine: Engine, text: str, value: str) -> None:
    _, _, dates, _ = facets_of(engine, text, date(2025, 1, 19))
    assert [d.value for d in dates] == [value]


@pytest.mark.parametrize(
    "text",
    ["Nurses need N95 masks.", "The R2 value was high.", "It runs on the N1 road.", "He filed a P45 form."],
)
def test_a_lone_n_or_r_is_a_currency_only_before_a_scaled_amount(engine: Engine, text: str) -> None:
    _, quantities, _, _ = facets_of(engine, text)
    assert [q for q in quantities if q.currency] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a timeline's dated entries ("October 14, 2025:" keeps its year before the colon)
        ("October 14, 2025: Health ministry confirms first cases.", ["2025-10-14"]),
        ("November 3: The government declared a public health emergency.", ["2024-11-03"]),
        # a speech verb dates the date right before it; the if-clause's past is the modal's future
        (
            "The governor on Tuesday warned that the county would invoke the rule if the workers did not "
            "resume duty by Monday.",
            ["2025-05-06", "2025-05-12"],
        ),
        ("The company would have collapsed if the state had not stepped in on Monday.", ["2025-05-05"]),
        # an offer to do something looks ahead; an appositive after the date is no verb of its clause
        (
            "Talks collapsed after the board offered to pay the arrears in instalments starting in October, "
            "an offer the union rejected.",
            ["2025-10"],
        ),
        # a quotation's verbs date only what it says
        (
            '"People are dying of a disease that is preventable," she told reporters in Geneva on Tuesday.',
            ["2025-05-06"],
        ),
        ("Prices were higher a year ago.", ["2024-05"]),
        # a speech verb after the date, however the wire puts it
        (
            "The authority would cut 40 percent of service starting in September, its director testified.",
            ["2025-09"],
        ),
        ("The city lowered the limit back in September.", ["2024-09"]),
        ("i met her at the bus stop in august and the council voted last tuesday", ["2024-08", "2025-05-06"]),
        ("an august body will march on", []),
        # a second day after "and", a span of months, a change that takes effect
        ("He was in Washington on February 6 and 7, 2025, records show.", ["2025-02-06", "2025-02-07"]),
        ("On March 3 and 4 people died.", ["2025-03-03"]),
        ("The storms on January 9 and 10 alone removed 12 metres of dune.", ["2025-01-09", "2025-01-10"]),
        ("Profit fell 18% in the October-December period, the company said.", ["2024-10"]),
        ("The council raised water rates by 3.5% starting Oct. 1.", ["2025-10-01"]),
        ("Starting in January, prices rose sharply.", ["2025-01"]),
        # a second reported clause after "and that" has its own tense
        (
            "Keller said the reservoir was full on Tuesday morning and that releases would continue.",
            ["2025-05-06"],
        ),
    ],
)
def test_dates_of_timelines_conditions_offers_and_quotations(
    engine: Engine, text: str, values: list[str]
) -> None:
    _, _, dates, _ = facets_of(engine, text)
    assert [d.value for d in dates] == values


def test_a_time_word_after_the_counted_noun_is_no_unit(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "They told me we'd maybe get 2,000 people tonight.")
    assert [(q.value, q.unit) for q in quantities] == [(2000, "people")]


def test_a_span_of_months_ends_with_its_last(engine: Engine) -> None:
    _, _, dates, _ = facets_of(engine, "Profit fell 18% in the October-December period.", date(2026, 2, 12))
    assert [(d.value, d.end_value) for d in dates] == [("2025-10", "2025-12")]


def test_a_number_before_a_hyphen_and_an_ordinal_word_is_a_length(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "The post includes a 36-second video of the dam.")
    assert [(q.value, q.unit) for q in quantities] == [(36, "second")]


def test_a_match_reports_minute(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "Osei-Talbot converted a 67th-minute penalty to win it.")
    assert [(q.value, q.unit) for q in quantities] == [(67, "minute")]


def test_cents_are_the_full_amount_in_their_currency(engine: Engine) -> None:
    # as "$1.5bn" is 1,500,000,000 dollars, "9 cents" is 0.09 dollars; euros when the sentence names them
    text = "Gas fell 9 cents to $3.12, and fast charging averages 43 cents per kilowatt-hour."
    _, quantities, _, _ = facets_of(engine, text)
    assert [(q.text, q.value, q.unit, q.currency, q.per) for q in quantities] == [
        ("9 cents", 0.09, "dollars", "USD", None),
        ("$3.12", 3.12, "dollars", "USD", None),
        ("43 cents", 0.43, "dollars", "USD", "kilowatt-hour"),
    ]
    _, quantities, _, _ = facets_of(engine, "In Dublin petrol rose 4 cents to €1.79 a litre.")
    assert [(q.value, q.currency) for q in quantities] == [(0.04, "EUR"), (1.79, "EUR")]
    _, quantities, _, _ = facets_of(engine, "Prices rose 10 to 15 cents.")
    assert [(q.value, q.value_max, q.unit) for q in quantities] == [
        (0.1, 0.15, "dollars"),
        (0.15, None, "dollars"),
    ]


def test_a_clause_after_a_colon_does_not_take_the_unit_before_it(engine: Engine) -> None:
    text = "That second claim is correct: installations rose from 13,900 in 2023 to 16,200 in 2024."
    _, quantities, _, _ = facets_of(engine, text)
    assert [(q.value, q.unit) for q in quantities][1:] == [(13900, None), (16200, None)]
    # (the parts of a count after a colon still count it)
    _, quantities, _, _ = facets_of(engine, "Six residents spoke: four in opposition and two in support.")
    assert [(q.value, q.unit) for q in quantities] == [(6, "residents"), (4, None), (2, "residents")]


def test_thousands_set_apart_by_a_space(engine: Engine) -> None:
    _, quantities, _, _ = facets_of(engine, "GHO released US$ 750 000 and 2\u202f300 homes were lost.")
    assert [(q.text, q.value, q.currency) for q in quantities] == [
        ("US$ 750 000", 750000, "USD"),
        ("2\u202f300", 2300, None),
    ]
    # (a space before a group that does not start with 0 may part two numbers)
    _, quantities, _, _ = facets_of(engine, "On May 5 200 people marched.")
    assert [(q.value, q.unit) for q in quantities] == [(200, "people")]
    # (but not when a unit is glued to the last group: "15 920MW")
    _, quantities, _, _ = facets_of(engine, "Breakdowns stood at 15 920MW, well above the 13 000MW limit.")
    assert [q.value for q in quantities] == [15920, 13000]


def test_a_race_time_is_no_amount_and_a_tables_next_cell_no_unit(engine: Engine) -> None:
    text = (
        "1. Dawit Worku (ETH) 2:05:41 CR\n"
        "Fastest lap: Rafael Quintero (Meridian), 1:21.907 on lap 52\n"
        "2    Rafael Quintero    Meridian   +1.806s\n"
    )
    found = [(q.value, q.unit) for c in engine.extract(text, date(2025, 9, 14)) for q in c.facets.quantities]
    assert not any(v in {0.907, 41.0} for v, _ in found), found
    assert (2.0, "rafael") not in found, found
    assert (1.806, None) in found, found


def test_a_tables_figures_are_as_its_note_states_them(engine: Engine) -> None:
    text = (
        "Estimated Budgetary Effects of H.R. 4412\n"
        "By fiscal year, millions of dollars\n"
        "\t2026\t2027\t2028\n"
        "Hospital payment extensions\t610\t1,140\t1,205\n"
        "Site-neutral payments\t0\t-310\t-540\n\n"
        "The following table sets forth selected data ($ in millions, except per share data):\n\n"
        "Net sales                           $  562.4       $  516.5         8.9 %\n"
        "Research and development                38.6           39.8        (3.0)%\n"
        "Diluted EPS                         $   1.07       $   0.91        17.6 %\n"
    )
    values = {
        text[c.start : c.end].strip().split("  ")[0].split("\t")[0]: [q.value for q in c.facets.quantities]
        for c in engine.extract(text, date(2025, 9, 24))
    }
    assert values["Hospital payment extensions"] == [610e6, 1140e6, 1205e6]
    assert values["Site-neutral payments"] == [0, -310e6, -540e6]
    assert values["Net sales"][:2] == [562.4e6, 516.5e6]
    assert values["Research and development"] == [38.6e6, 39.8e6, -3.0]
    assert values["Diluted EPS"][:2] == [1.07, 0.91]  # per-share figures are not scaled


def test_a_tables_figures_in_crore(engine: Engine) -> None:
    text = "Key allocations (in ₹ crore)\n\nHead | 2025-26 | 2026-27\n"
    text += "Water supply | 812 | 1,140\nRoads | 690 | 745\n"
    claims = {text[c.start : c.end]: c for c in engine.extract(text, date(2026, 3, 18))}
    assert [(q.value, q.currency) for q in claims["Water supply | 812 | 1,140"].facets.quantities] == [
        (8.12e9, "INR"),
        (1.14e10, "INR"),
    ]
    assert claims["Head | 2025-26 | 2026-27"].checkworthiness < 0.5  # a heading of years states nothing
