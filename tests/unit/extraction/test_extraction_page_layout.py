"""Print layout undone (page_layout.unlaid): same length, soft breaks joined, hard ones kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from services.claim_extraction.page_layout import unlaid

WRAPPED = (
    "CHAIR LANGLEY. Good afternoon. My colleagues and I remain squarely focused on achieving\n"
    "our dual-mandate goals of maximum employment and stable prices for the benefit of the\n"
    "American people. Today, the Federal Open Market Committee decided to lower our policy\n"
    "interest rate by 1/4 percentage point, bringing the target range to 3-3/4 to 4 percent.\n"
    "\n"
    "Because of the federal government shutdown, which began on October 1, some official data\n"
    "for September and October have been delayed. Two members of the Committee dissented from\n"
    "\n"
    "Page 1 of 24\n"
    "\n"
    "October 29, 2025 Chair Langley's Press Conference FINAL\n"
    "\n"
    "today's decision. Governor Elena Marchetti preferred to lower the policy rate by 1/2\n"
    "percentage point.\n"
    "\n"
    "Page 2 of 24\n"
    "\n"
    "October 29, 2025 Chair Langley's Press Conference FINAL\n"
)


def test_a_wrapped_texts_soft_breaks_and_running_heads_become_spaces() -> None:
    out = unlaid(WRAPPED)
    assert len(out) == len(WRAPPED)
    paragraphs = [" ".join(p.split()) for p in out.split("\n") if p.strip()]
    assert paragraphs[0].startswith("CHAIR LANGLEY. Good afternoon.")
    assert paragraphs[0].endswith("to 3-3/4 to 4 percent.")
    # a sentence cut by a page break is whole again, and the heads are gone
    assert "Committee dissented from today's decision." in paragraphs[1]
    assert not any("Page" in p or "FINAL" in p for p in paragraphs)


def test_a_web_pages_lines_stay_as_they_are() -> None:
    text = (
        "Home\nNews\nSport\nWeather\n\n"
        "Council approves budget\n\n"
        "The council approved a £12m budget on Tuesday after a three-hour debate in which members "
        "argued over library hours, road repairs and the cost of the new leisure centre.\n"
        "Related\nCouncil tax to rise 4.99%\nLibrary hours cut\n"
    )
    assert unlaid(text) == text


def test_a_list_and_a_speakers_turn_keep_their_line_breaks() -> None:
    text = (
        "The plan announced on Tuesday sets out the schemes the department will fund\n"
        "over the next four years and the regions that will receive the largest share\n"
        "of the money, which ministers described as the biggest programme of its kind.\n"
        "  •   118 schemes across nine English regions, with 40 starting construction\n"
        "      next month\n"
        "  •   £520 million for the Fenland and Upper Tamsey catchments hit by Storm\n"
        "      Idris\n"
        "MODERATOR: The next question goes to the minister, who has two minutes to\n"
        "answer it in full.\n"
    )
    lines = [" ".join(line.split()) for line in unlaid(text).split("\n") if line.strip()]
    assert lines[0].endswith("the biggest programme of its kind.")
    assert lines[1] == "• 118 schemes across nine English regions, with 40 starting construction next month"
    assert lines[2].endswith("hit by Storm Idris")
    assert lines[3].startswith("MODERATOR:")
    assert lines[3].endswith("in full.")


def test_margin_line_numbers_are_blanked_only_in_a_run() -> None:
    numbered = "".join(f"{n:>2}   line {n} of the page goes on here\n" for n in range(1, 8))
    assert all(not line.lstrip()[:1].isdigit() for line in unlaid(numbered).splitlines())
    two = " 1   first item\n 2   second item\n"
    assert unlaid(two) == two


@given(st.text(alphabet=st.sampled_from("ab .\n\f12:•-"), max_size=400))
def test_unlaid_keeps_every_offset(text: str) -> None:
    assert len(unlaid(text)) == len(text)


def test_a_reports_numbered_paragraphs_and_running_head() -> None:
    head = "Managing the Hospital Capital Renewal Program | Report 7: 2025–26                      {n}\n\n"
    text = (
        head.format(n=7)
        + "1.1   The Hospital Capital Renewal Program is Westmere's main vehicle for replacing\n"
        "      and refurbishing ageing public hospital buildings across the province. Since the\n"
        "      Program was launched in March 2019, the Department has approved funding for 23\n"
        "      projects across 14 of the province's 17 health districts.\n\n"
        + head.format(n=8)
        + "1.2   The audit examined whether the Department has planned, delivered and reported on\n"
        "      Program projects effectively. It covered the period from July 2019 to June 2025 and\n"
        "      included detailed testing of 11 projects, chosen for their size and their risk.\n"
    )
    out = unlaid(text)
    assert len(out) == len(text)
    paragraphs = [" ".join(p.split()) for p in out.split("\n") if p.strip()]
    assert paragraphs[0].startswith("1.1 The Hospital Capital Renewal Program")
    assert paragraphs[0].endswith("of the province's 17 health districts.")
    assert paragraphs[1].endswith("chosen for their size and their risk.")
    assert not any("Report 7" in p for p in paragraphs)


CAPTIONS = (
    "Transcript\n"
    "0:00\n[Music]\n"
    "0:02\ngood evening our top story tonight\n"
    "0:04\nthe city cut the weight limit to 10 tons back in\n"
    "0:07\nSeptember and the bridge will close\n"
    "0:09\nfor about 14 months officials say\n"
    "0:12\nthe project costs roughly 3\n"
    "0:14\nmillion dollars that is the most since 2019\n"
    "0:17\nthe council voted last tuesday\n"
    "0:19\nto approve it\n"
    "0:21\n[Applause]\n"
)


def test_a_videos_caption_stamps_join_the_lines_where_the_phrase_goes_on() -> None:
    out = unlaid(CAPTIONS)
    assert len(out) == len(CAPTIONS)
    assert "10 tons back in" + " " * 6 + "September and the bridge will close\n" in out
    assert "roughly 3" + " " * 6 + "million dollars" in out
    # a line that may end a sentence keeps its break (and its stamp, furniture of its own)
    assert "officials say\n0:12\n" in out
    assert "the most since 2019\n0:17\n" in out
    assert "our top story tonight\n0:04\n" in out


def test_a_few_stamped_lines_are_no_captions() -> None:
    text = "0:02\nthe city cut the limit to\n0:04\nten tons\n"
    assert unlaid(text) == text


def test_captions_read_as_sentences_with_their_facets(engine) -> None:
    from datetime import date

    claims = engine.extract(CAPTIONS, date(2025, 11, 6))
    found = {c.text: c for c in claims}
    limit = next(c for t, c in found.items() if "10 tons back in September" in t)
    assert [d.value for d in limit.facets.dates] == ["2025-09"]
    cost = next(c for t, c in found.items() if "roughly 3 million dollars" in t)
    assert [(q.value, q.unit) for q in cost.facets.quantities] == [(3_000_000, "dollars")]
    vote = next(c for t, c in found.items() if "voted last tuesday" in t)
    assert [d.value for d in vote.facets.dates] == ["2025-11-04"]


def test_a_tables_lines_are_never_joined() -> None:
    prose = (
        "The statewide average for a gallon of regular unleaded is $3.12, which is 9 cents less than a\n"
        "week ago and 14 cents less than a month ago, the motor club said in its weekly survey on\n"
        "Monday, as the Halcott Bay refinery returned to service after a three-week outage that\n"
        "had pushed prices up by almost 20 cents in early August across the state and beyond.\n"
    )
    table = "City              Today     Week ago   Month ago\nBellweather       $3.08     $3.17      $3.21\n"
    out = unlaid(prose + table)
    assert out.endswith(table)
    assert out.count("\n") < (prose + table).count("\n")  # (the prose's soft breaks are joined)
