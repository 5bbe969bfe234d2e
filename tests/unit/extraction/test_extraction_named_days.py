from __future__ import annotations

from datetime import date

import pytest

from services.claim_extraction.named_days import named_day, normalise


@pytest.mark.parametrize(
    ("written", "year", "day"),
    [
        ("Christmas Day", 2024, date(2024, 12, 25)),
        ("Easter", 2025, date(2025, 4, 20)),
        ("Good Friday", 2024, date(2024, 3, 29)),
        ("Easter Monday", 2026, date(2026, 4, 6)),
        ("Thanksgiving", 2025, date(2025, 11, 27)),
        ("Black Friday", 2024, date(2024, 11, 29)),
        ("Election Day", 2024, date(2024, 11, 5)),
        ("Election Day", 2026, date(2026, 11, 3)),  # the Tuesday after the first Monday
        ("Memorial Day", 2025, date(2025, 5, 26)),  # the last Monday of May
        ("Labor Day", 2025, date(2025, 9, 1)),
        ("Martin Luther King Jr. Day", 2026, date(2026, 1, 19)),
        ("Presidents Day", 2025, date(2025, 2, 17)),
        ("St. Patrick’s Day", 2025, date(2025, 3, 17)),
        ("the Fourth of July", 2025, date(2025, 7, 4)),
        ("Valentines Day", 2025, date(2025, 2, 14)),
    ],
)
def test_named_days(written: str, year: int, day: date) -> None:
    assert named_day(written, year) == day


def test_names_whose_day_depends_on_the_country_are_unknown() -> None:
    assert named_day("Independence Day", 2025) is None
    assert named_day("Labour Day", 2025) is None
    assert normalise("St Patrick's  Day") == "saint patrick's day"
