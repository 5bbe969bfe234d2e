from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pytest

from schemas.claims import ExtractedClaim
from services.claim_extraction import Engine
from services.claim_extraction.segmentation import sanitise, speaker_label, speaker_name

PUB = date(2025, 5, 11)


def speakers_by_text(claims: Iterable[ExtractedClaim]) -> dict[str, str | None]:
    """Each claim's stand-alone text -> its quote speaker (None without one)."""
    return {c.text: c.facets.quote.speaker if c.facets.quote else None for c in claims}


DEBATE = """Second Mayoral Debate

MODERATOR: Good evening and welcome. Mr. Smith, what will you do about housing?
MR. SMITH: We built 4,000 new homes last year. (APPLAUSE) Rents fell by 3 percent in 2024.
And the waiting list is down to 900 families.
SEN. JONES (D): That is simply not true. [CROSSTALK] The city lost 2,000 jobs in March, and debt doubled.
MODERATOR: Thank you. Senator, your response?
(LAUGHTER)
Mr. Smith: My opponent voted against the housing bill 12 times.
"""


def test_speaker_label_forms() -> None:
    for line, name in [
        ("TRUMP: We will win.", "Trump"),
        ("MR. SMITH: Taxes fell.", "Smith"),
        ("SEN. SANDERS (I-VT): Wages rose.", "Sanders"),
        ("JOE BIDEN: Jobs grew.", "Joe Biden"),
        ("Mr. Smith: Taxes fell.", "Smith"),
        ("Ed Davey (Kingston and Surbiton) (LD): Thank you.", "Ed Davey"),
        ("The Prime Minister (Keir Starmer): We cut waiting lists.", "Keir Starmer"),
        ("The Secretary of State for Health and Social Care (Wes Streeting): Yes.", "Wes Streeting"),
        ("Q Thank you. Is the President worried?", "Q"),
        ("Chairman GRASSLEY. The committee will come to order.", "Grassley"),
        ("Ms. WATERS of California. Thank you.", "Waters"),
        ("The CHAIRMAN. The gentleman's time has expired.", "Chairman"),
        ("[00:02:11] Renata Solís: Thanks, it's good to be here.", "Renata Solís"),
        ("REAGAN: In 1980 we had 12 percent", "Reagan"),
        ("Former Congressman Luis Ferrand: (04:36)", "Luis Ferrand"),
        ("Mayor Teresa Vance: (12:04)", "Teresa Vance"),
    ]:
        m = speaker_label(line)
        assert m is not None, line
        assert speaker_name(m["label"]) == name
    for line in [
        "Note: figures are provisional.",
        "Related Sources: one",
        "Photo: Reuters staff",
        # a field and its value: numbers and names, no words of speech
        "Attendance: 27,412",
        "Corners: 8 – 4",
        "Referee: Paul Whitlock | Attendance: 27,412",
        "Possession: Harwick 58% – 42% Castlebridge",
        # a timeline's entries
        "November 3: Government declares a public health emergency.",
        "3 November: Government declares a public health emergency.",
        "Last week: WHO grades the outbreak as a level 3 emergency.",
        "Monday: Talks resume in Geneva.",
    ]:
        assert speaker_label(line) is None, line
    assert speaker_label("April: Thanks for having me.") is not None  # April is a name here


def test_stage_directions_are_blanked_in_place() -> None:
    text = "Jobs rose. (APPLAUSE) Wages fell. [crosstalk] (Inaudible) The NATO (NATO) summit."
    clean = sanitise(text)
    assert len(clean) == len(text)
    assert "APPLAUSE" not in clean
    assert "crosstalk" not in clean
    assert "Inaudible" not in clean
    assert "(NATO)" in clean
    assert sanitise("Thanks. (END OF TRANSCRIPT)").strip() == "Thanks."


def test_turn_speaker_is_the_quote_speaker_and_labels_are_not_claims(engine: Engine) -> None:
    claims = engine.extract(DEBATE, PUB)
    by_text = {DEBATE[c.start : c.end]: c for c in claims}
    homes = next(c for t, c in by_text.items() if "4,000 new homes" in t)
    assert homes.facets.quote is not None
    assert homes.facets.quote.speaker == "Smith"
    assert homes.type.value != "quote"
    continuation = next(c for t, c in by_text.items() if "waiting list" in t)
    assert continuation.facets.quote is not None
    assert continuation.facets.quote.speaker == "Smith"
    jobs = next(c for t, c in by_text.items() if "2,000 jobs" in t)
    assert jobs.facets.quote is not None
    assert jobs.facets.quote.speaker == "Jones"
    for c in claims:
        span = DEBATE[c.start : c.end]
        assert "MR. SMITH:" not in span
        assert "SEN. JONES" not in span
        assert "MODERATOR" not in span
        assert "APPLAUSE" not in span
        assert "CROSSTALK" not in span
        assert "LAUGHTER" not in span


def test_moderator_lines_and_stage_directions_score_low(engine: Engine) -> None:
    claims = engine.extract(DEBATE, PUB)
    moderator = [c for c in claims if c.facets.quote and c.facets.quote.speaker == "Moderator"]
    assert moderator
    assert all(c.checkworthiness < 0.5 for c in moderator)
    factual = [c for c in claims if "12 times" in DEBATE[c.start : c.end]]
    assert factual
    assert factual[0].checkworthiness >= 0.5


def test_moderator_found_by_questions_without_label(engine: Engine) -> None:
    text = (
        "WALLACE: Governor, will you cut taxes?\n"
        "ROMNEY: I will cut taxes by 20 percent for every family.\n"
        "WALLACE: And the deficit, what about it?\n"
        "ROMNEY: The deficit grew to $1 trillion under this president.\n"
    )
    claims = engine.extract(text, PUB)
    wallace = [c for c in claims if c.facets.quote and c.facets.quote.speaker == "Wallace"]
    assert wallace
    assert all(c.checkworthiness < 0.5 for c in wallace)
    romney = [c for c in claims if c.facets.quote and c.facets.quote.speaker == "Romney"]
    assert len(romney) == 2


def test_a_moderator_who_hands_over_and_moves_on_is_a_moderator(engine: Engine) -> None:
    text = (
        "MUIR: Thank you for joining us.\n"
        "MUIR: President Trump, your response.\n"
        "TRUMP: First of all, I have no sales tax. That's an incorrect statement. We had the greatest "
        "economy in the history of our country. We had no inflation, virtually no inflation. Under her "
        "administration, inflation hit 21 percent, the worst in 50 years. It's a disaster.\n"
        "MUIR: Let's turn to immigration. In December 2023 border crossings reached a record of 250,000.\n"
        "HARRIS: I was raised as a middle-class kid. We passed the toughest border bill in decades, and "
        "he killed it because he would rather run on a problem than fix a problem. When we took office, "
        "unemployment was at 6.4 percent, and we have since created 15 million jobs.\n"
        "MUIR: The city manager told us there were no credible reports.\n"
        "TRUMP: They passed nothing. Our border was the safest in history. Now millions of people are "
        "pouring in, 21 million people, from prisons.\n"
        "HARRIS: Here's the thing. The trade deficit with China actually went up under Donald Trump. "
        "We lost about 200,000 manufacturing jobs under his presidency.\n"
        "MUIR: Thank you both. We'll be right back.\n"
    )
    claims = engine.extract(text, PUB)
    muir = {c.text: c.checkworthiness for c in claims if c.facets.quote and c.facets.quote.speaker == "Muir"}
    # the moderator's greetings, hand-overs and undated hearsay are capped; the dated record they state
    # is a claim like any other
    assert muir.pop("In December 2023 border crossings reached a record of 250,000.") >= 0.5
    assert all(score <= 0.2 for score in muir.values()), muir
    assert any("15 million" in c.text and c.checkworthiness >= 0.5 for c in claims)


def test_a_debater_who_interjects_questions_is_not_a_moderator(engine: Engine) -> None:
    text = (
        "HOLT: Mr. Trump, the same question to you.\n"
        "TRUMP: Our jobs are fleeing the country. Ford is leaving. Under my plan, I'll be reducing "
        "taxes from 35 percent to 15 percent for companies.\n"
        "CLINTON: I have a feeling I'm going to be blamed for everything.\n"
        "TRUMP: Why not?\n"
        "CLINTON: Why not? Yeah, why not? (LAUGHTER)\n"
    )
    claims = engine.extract(text, PUB)
    taxes = next(c for c in claims if "35 percent" in c.text)
    assert taxes.facets.quote is not None
    assert taxes.facets.quote.speaker == "Trump"
    assert taxes.checkworthiness >= 0.5


def test_a_moderator_named_in_the_header_is_a_moderator(engine: Engine) -> None:
    text = (
        "PARTICIPANTS:\nFormer Secretary of State Hillary Clinton (D) and\nBusinessman Donald Trump (R)\n\n"
        "MODERATOR:\nLester Holt (NBC News)\n\n"
        "HOLT: Good evening. You've talked about creating 25 million jobs over ten years, Mr. Trump. "
        "The Commission on Presidential Debates sponsors this debate, watched by 80 million people.\n"
        "CLINTON: We have created 15 million new private sector jobs since the Great Recession.\n"
        "TRUMP: Our jobs are fleeing the country.\n"
    )
    claims = engine.extract(text, PUB)
    holt = {c.text: c.checkworthiness for c in claims if c.facets.quote and c.facets.quote.speaker == "Holt"}
    assert holt["Good evening."] <= 0.2
    # a figure the moderator states is a claim like any other
    assert (
        holt["The Commission on Presidential Debates sponsors this debate, watched by 80 million people."]
        >= 0.5
    )
    clinton = next(c for c in claims if "15 million" in c.text)
    assert clinton.checkworthiness >= 0.5


def test_a_moderator_addressing_a_speaker_does_not_make_them_a_moderator(engine: Engine) -> None:
    text = (
        "MODERATOR: Mayor Buttigieg?\n"
        "BUTTIGIEG: We brought back 1,000 jobs to a single neighborhood in South Bend.\n"
        "MODERATOR: Senator Warren, your response?\n"
        "WARREN: The plan would leave 20 million people without coverage.\n"
    )
    claims = engine.extract(text, PUB)
    jobs = next(c for c in claims if "1,000 jobs" in text[c.start : c.end])
    assert jobs.checkworthiness >= 0.5


def test_article_with_a_colon_dateline_is_not_a_transcript(engine: Engine) -> None:
    text = "LONDON: The Bank of England raised interest rates to 5.25 percent on Thursday."
    claims = engine.extract(text, PUB)
    assert claims
    assert all(c.facets.quote is None for c in claims)
    assert all(c.start >= len("LONDON: ") for c in claims)


def test_rev_style_labels_with_timestamps_and_text_on_the_next_line(engine: Engine) -> None:
    text = (
        "Kamala Harris: (00:05)\n"
        "We created 16 million jobs, and unemployment is at 4.1 percent.\n"
        "Donald Trump: (00:21)\n"
        "Inflation hit 21 percent under this administration.\n"
    )
    claims = engine.extract(text, PUB)
    speakers = {text[c.start : c.end]: c.facets.quote.speaker for c in claims if c.facets.quote}
    assert speakers.get("We created 16 million jobs") == "Kamala Harris"
    assert speakers.get("Inflation hit 21 percent under this administration.") == "Donald Trump"
    assert all("(00:" not in text[c.start : c.end] for c in claims)


def test_first_person_in_a_turn_reads_as_the_speaker(engine: Engine) -> None:
    text = (
        "MODERATOR: Governor, what will you do?\n"
        "ROMNEY: Under my plan, I'll cut taxes by 20 percent. I've said it before and I believe it. "
        "I voted for the bill in 2010. I'd do it again.\n"
        'MODERATOR: Senator?\nOBAMA: Romney said "I will cut taxes" but I don\'t think he can.\n'
    )
    by_source = {text[c.start : c.end]: c.text for c in engine.extract(text, PUB)}
    assert by_source["Under my plan, I'll cut taxes by 20 percent."] == (
        "Under Romney's plan, Romney will cut taxes by 20 percent."
    )
    assert by_source["I voted for the bill in 2010."] == "Romney voted for the bill in 2010."
    assert by_source["I'd do it again."] == "I'd do it again."  # "would" or "had": left alone
    obama = next(t for s, t in by_source.items() if s.startswith("Romney said"))
    assert '"I will cut taxes"' in obama  # a quotation inside the turn keeps its own "I"
    assert "Obama does" in obama


def test_cable_news_transcript_header_and_role_labels(engine: Engine) -> None:
    text = (
        "STATE OF THE UNION\n"
        "Interview with Treasury Secretary Janet Yellen\n"
        "Aired June 8, 2025 - 09:00 ET\n"
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.\n"
        "JAKE TAPPER, CNN HOST: Welcome back. Inflation was 3.3 percent last month.\n"
        "JANET YELLEN, U.S. TREASURY SECRETARY: Thank you, Jake. We've created 15 million jobs since "
        "January 2021.\n"
        "TAPPER: The deficit hit $1.7 trillion last year.\n"
        "YELLEN: We cut the deficit by $1.7 trillion in 2022.\n"
    )
    claims = engine.extract(text, date(2025, 6, 8))
    high = [text[c.start : c.end] for c in claims if c.checkworthiness >= 0.5]
    # the header is furniture, the labels are cut off, and the host (by role) is a moderator, whose
    # greeting is no claim and whose figures are
    assert high == [
        "Inflation was 3.3 percent last month.",
        "We've created 15 million jobs since January 2021.",
        "The deficit hit $1.7 trillion last year.",
        "We cut the deficit by $1.7 trillion in 2022.",
    ]
    assert "Welcome back." not in high
    assert {c.facets.quote.speaker for c in claims if c.facets.quote} == {"Jake Tapper", "Janet Yellen"}


def test_numbered_anonymous_speakers_in_rev_style_transcripts(engine: Engine) -> None:
    text = (
        "Speaker 1 (00:00):\nGood evening and welcome to the debate.\n\n"
        "Kamala Harris (00:15):\nUnder my plan, 100 million Americans will get a tax cut.\n\n"
        "Donald Trump (00:45):\nInflation was 1.4% when I left office.\n\n"
        "Speaker 1 (01:10):\nVice President, your response?\n"
    )
    claims = engine.extract(text, date(2024, 9, 11))
    speakers = {text[c.start : c.end]: c.facets.quote.speaker for c in claims if c.facets.quote}
    assert speakers["Vice President, your response?"] == "Speaker 1"
    assert speakers["Good evening and welcome to the debate."] == "Speaker 1"
    assert speakers["Inflation was 1.4% when I left office."] == "Donald Trump"
    assert not any("(00:" in text[c.start : c.end] for c in claims)  # labels are not claims


def test_he_and_she_in_a_turn_never_mean_its_speaker_nor_the_last_turns_people(engine: Engine) -> None:
    text = (
        "Presidential Debate\n\n"
        "HARRIS: Donald Trump left us the worst unemployment since the Great Depression.\n"
        "TRUMP: She knows it. She raised taxes by 20 percent.\n"
        "WELKER: Governor, tariffs are up.\n"
        "BURGUM: Kristen, the tariffs are a negotiating tool. "
        "When he threatened Mexico in 2019, Mexico sent troops.\n"
        "HARRIS: Joe Biden signed the law in 2022. He cut drug prices by 35 percent.\n"
    )
    texts = [c.text for c in engine.extract(text, PUB)]
    assert "She knows it." in texts  # not "Donald Trump knows it."
    assert any(t.startswith("She raised taxes") for t in texts)
    assert any(t.startswith("When he threatened Mexico") for t in texts)  # "Kristen" is addressed
    assert any(t.startswith("Joe Biden cut drug prices") for t in texts)  # named in this turn


def test_two_speakers_saying_the_same_thing_are_two_claims(engine: Engine) -> None:
    text = (
        "TRUMP: Unemployment fell to 7.9 percent in September.\n"
        "BIDEN: Unemployment fell to 7.9 percent in September.\n"
    )
    claims = engine.extract(text, PUB)
    assert [c.facets.quote.speaker for c in claims if c.facets.quote] == ["Trump", "Biden"]


def test_chairing_a_hearing_is_procedure_not_a_claim(engine: Engine) -> None:
    text = (
        "CHAIRMAN GRASSLEY: The committee will come to order. Senator Durbin, you have five minutes.\n"
        "SEN. DURBIN: Thank you, Mr. Chairman. Last year, fentanyl killed more than 70,000 Americans.\n"
        "CHAIRMAN GRASSLEY: The senator's time has expired. Drug seizures at the border doubled in 2024.\n"
    )
    scores = {c.text: c.checkworthiness for c in engine.extract(text, PUB)}
    assert scores["Senator Durbin, you have five minutes."] <= 0.2
    assert scores["The senator's time has expired."] <= 0.2
    # the chairman's own claims are still claims
    assert scores["Drug seizures at the border doubled in 2024."] >= 0.5
    assert scores["Last year, fentanyl killed more than 70,000 Americans."] >= 0.5


def test_i_in_a_plural_subject_keeps_the_verb(engine: Engine) -> None:
    text = (
        "MODERATOR: Senator?\n"
        "HARRIS: President Trump and I have very different records on jobs.\n"
        "MODERATOR: Go on.\n"
    )
    texts = [c.text for c in engine.extract(text, PUB)]
    assert "President Trump and Harris have very different records on jobs." in texts


def test_hansard_office_holders_and_white_house_questions(engine: Engine) -> None:
    text = (
        "Kemi Badenoch (North West Essex) (Con): Bills have gone up by £180 since he took office.\n"
        "The Prime Minister (Keir Starmer): Mr Speaker, the right hon. Lady left a £22 billion black hole.\n"
        "Kemi Badenoch: Unemployment has risen to 4.6%.\n"
        "The Prime Minister: We have created 200,000 jobs since July.\n"
        "Q Economists expect the economy shrank in the first quarter. Is he worried?\n"
        "MS. LEAVITT: No. Companies have pledged more than $8 trillion in new investment.\n"
    )
    claims = {c.text: c for c in engine.extract(text, PUB)}
    speakers = speakers_by_text(claims.values())
    assert speakers["We have created 200,000 jobs since July."] == "Keir Starmer"
    assert speakers["Mr Speaker, the right hon. Lady left a £22 billion black hole."] == "Keir Starmer"
    assert speakers["Bills have gone up by £180 since he took office."] == "Kemi Badenoch"
    # the reporter's question is not the press secretary's claim
    # (a reporter's dated premise is a claim like any other)
    assert claims["Economists expect the economy shrank in the first quarter."].checkworthiness >= 0.5
    assert speakers["Companies have pledged more than $8 trillion in new investment."] == "Leavitt"


def test_the_filler_i_mean_is_left_alone(engine: Engine) -> None:
    text = (
        "TAPPER: Senator?\n"
        "KLOBUCHAR: I mean, exports fell by $27 billion in 2018. I think farmers lost the most.\n"
        "TAPPER: Thank you.\n"
    )
    resolved = " ".join(c.text for c in engine.extract(text, PUB))
    assert "I mean, exports fell" in resolved
    assert "Klobuchar means" not in resolved


def test_congressional_record_labels(engine: Engine) -> None:
    text = (
        "Chairman GRASSLEY. The committee will come to order. The FBI received $11.3 billion in 2024.\n\n"
        "Senator DURBIN. Thank you, Mr. Chairman. The FBI has lost 1,500 agents since January.\n\n"
        "Mr. PATEL. We have hired 600 new agents this year.\n"
    )
    claims = engine.extract(text, PUB)
    speakers = speakers_by_text(claims)
    assert speakers["The FBI has lost 1,500 agents since January."] == "Durbin"
    assert speakers["We have hired 600 new agents this year."] == "Patel"
    assert not any(c.text.startswith(("Chairman GRASSLEY", "Senator DURBIN", "Mr. PATEL")) for c in claims)


def test_podcast_timestamps_and_anonymous_speakers_who_introduce_themselves(engine: Engine) -> None:
    text = (
        "[00:00:04] Speaker 1: Welcome back. I'm your host, Maya Chen. My guest today is Pete Buttigieg.\n\n"
        "[00:00:15] Speaker 2: Thanks, Maya. Great to be here.\n\n"
        "[00:00:18] Speaker 1: Last year the TSA screened about 904 million passengers. Is that fair?\n\n"
        "[00:00:31] Speaker 2: By 2023, cancellations were down to about 1.2 percent.\n"
    )
    claims = engine.extract(text, PUB)
    speakers = speakers_by_text(claims)
    assert speakers["By 2023, cancellations were down to about 1.2 percent."] == "Pete Buttigieg"
    assert speakers["Last year the TSA screened about 904 million passengers."] == "Maya Chen"
    assert not any("00:00" in c.text or "Speaker" in c.text for c in claims)


def test_hansard_question_numbers_interruptions_and_transcript_headers(engine: Engine) -> None:
    text = (
        "Engagements\n\nVolume 761: debated on Wednesday 5 February 2025\n\n"
        "Q2. [902346] Ed Davey (Kingston and Surbiton) (LD): Carers are chased for up to £20,000. Why?\n\n"
        "The Prime Minister (Keir Starmer): We put £22.6 billion into the NHS. [Interruption.]\n\n"
        "Kemi Badenoch (North West Essex) (Con): Payrolled employees fell by 47,000 in December. Why?\n\n"
        "The Prime Minister: Wages are growing faster than prices.\n\n"
        "Kemi Badenoch: Unemployment has risen to 4.6%. Will he admit it?\n"
    )
    claims = {c.text: c for c in engine.extract(text, PUB)}
    assert claims["Volume 761: debated on Wednesday 5 February 2025"].checkworthiness <= 0.2
    assert claims["Carers are chased for up to £20,000."].facets.quote.speaker == "Ed Davey"
    # the Leader of the Opposition asks questions, and her claims are claims: she is no moderator
    assert claims["Payrolled employees fell by 47,000 in December."].checkworthiness >= 0.5
    assert not any("902346" in t or "Interruption" in t for t in claims)


def test_a_quotation_someone_else_said_is_not_the_turn_speakers(engine: Engine) -> None:
    text = (
        "TAPPER: Your response?\n"
        'SANDERS: She told me, quote, "I cannot plan anything." I said, "We will fight this."\n'
        "TAPPER: Thank you.\n"
    )
    quotes = {
        c.facets.quote.text: c.facets.quote.speaker for c in engine.extract(text, PUB) if c.facets.quote
    }
    assert quotes["I cannot plan anything."] is None
    assert quotes["We will fight this."] == "Sanders"


def test_a_speech_with_one_label_is_a_transcript_of_the_person_the_header_names(engine: Engine) -> None:
    text = (
        "Remarks by President Biden on the Economy\n\nTHE PRESIDENT: Thank you. Please, have a seat.\n\n"
        "When I came to office, unemployment was 6.4 percent. My predecessor lost jobs. He promised more.\n"
    )
    claims = {c.text: c for c in engine.extract(text, PUB)}
    assert "When Biden came to office, unemployment was 6.4 percent." in claims
    assert claims["When Biden came to office, unemployment was 6.4 percent."].facets.quote.speaker == "Biden"
    assert claims["Remarks by President Biden on the Economy"].checkworthiness <= 0.2


def test_a_dateline_with_a_colon_before_several_paragraphs_is_no_speaker(engine: Engine) -> None:
    text = (
        "LONDON: The Bank of England raised rates to 5.25 percent.\n\nInflation fell to 3 percent in May.\n"
    )
    claims = engine.extract(text, PUB)
    assert all(c.facets.quote is None for c in claims)


def test_a_verb_whose_past_is_its_present_keeps_its_form(engine: Engine) -> None:
    text = "MODERATOR: Governor?\nSMITH: In 2023 I cut taxes by $2 billion.\nMODERATOR: Thanks.\n"
    assert "In 2023 Smith cut taxes by $2 billion." in [c.text for c in engine.extract(text, PUB)]
    # an irregular past the tagger calls a present, also after a prefix, stays a past
    text = (
        "MODERATOR: Governor?\nWALZ: I misspoke on the stage. I spoke to 300 farmers.\nMODERATOR: Thanks.\n"
    )
    said = [c.text for c in engine.extract(text, PUB)]
    assert "Walz misspoke on the stage." in said
    assert "Walz spoke to 300 farmers." in said


def test_me_in_a_turn_is_the_speaker(engine: Engine) -> None:
    text = "MODERATOR: Go ahead.\nLEAVITT: Tom Homan told me this morning that crossings fell 95 percent.\n"
    assert "Tom Homan told Leavitt this morning that crossings fell 95 percent." in [
        c.text for c in engine.extract(text, PUB)
    ]


def test_a_name_addressed_after_an_opening_word_stays_as_said(engine: Engine) -> None:
    text = (
        "MODERATOR: Margaret Brennan asks: Senator Vance, your response?\n"
        "VANCE: Well, Margaret, Donald Trump cut taxes for 80 percent of families.\n"
        "MODERATOR: Thank you.\n"
    )
    assert "Well, Margaret, Donald Trump cut taxes for 80 percent of families." in [
        c.text for c in engine.extract(text, PUB)
    ]


def test_earnings_call_speakers_on_lines_of_their_own(engine: Engine) -> None:
    text = (
        "Acme Widgets (ACME) Q3 2026 Earnings Call Transcript\n"
        "Prepared Remarks:\n"
        "Operator\n"
        "Good afternoon, and welcome to the call. [Operator instructions] I would now like to turn the "
        "call over to Jane Doe.\n"
        "John Smith -- Chief Executive Officer\n"
        "Thanks, Jane. Revenue grew 14% to $2.3 billion in the third quarter.\n"
        "Questions & Answers:\n"
        "Operator\n"
        "Our first question comes from Tom Lee with Morgan Stanley.\n"
        "Tom Lee -- Morgan Stanley -- Analyst\n"
        "Your margins fell 2% last quarter. Can you talk about pricing in Europe?\n"
        "Maria Lopez, Acme Widgets - CFO [3]\n"
        "Prices in Europe rose 6% in the quarter.\n"
        "Duration: 47 minutes\n"
    )
    claims = engine.extract(text, date(2026, 10, 29))
    speakers = speakers_by_text(claims)
    assert speakers["Revenue grew 14% to $2.3 billion in the third quarter."] == "John Smith"
    assert speakers["Prices in Europe rose 6% in the quarter."] == "Maria Lopez"
    assert speakers["Our first question comes from Tom Lee with Morgan Stanley."] == "Operator"
    assert speakers["I would now like to turn the call over to Jane Doe."] == "Operator"
    assert not any("Executive Officer" in c.text or "instructions" in c.text for c in claims)
    # the operator and the analysts question the company: their questions are no claims, the figures
    # they put to it are
    high = {c.text for c in claims if c.checkworthiness >= 0.5}
    assert "Revenue grew 14% to $2.3 billion in the third quarter." in high
    assert "Your margins fell 2% last quarter." in high
    assert "Can you talk about pricing in Europe?" not in high
    assert "Prepared Remarks" not in set(speakers.values())


def test_a_magazine_interviewing_under_its_own_name_is_the_interviewer(engine: Engine) -> None:
    text = (
        "Jane Alvarez on Water and the West\n"
        "Jane Alvarez has led the Western Water Authority since 2019.\n"
        "This interview has been condensed and edited for clarity.\n"
        "TIME: How bad is the drought this year?\n"
        "ALVAREZ: Lake Mead is at 31% of capacity, the lowest since it was filled in 1937.\n"
        "TIME: Farmers say the cuts went too far. Do you agree?\n"
        "ALVAREZ: We cut allocations by 18% in 2025. Arizona lost 512,000 acre-feet.\n"
        "TIME: California spent $2 billion on desalination last year.\n"
    )
    claims = engine.extract(text, date(2026, 10, 29))
    speakers = speakers_by_text(claims)
    assert speakers["How bad is the drought this year?"] == "Time"
    assert speakers["We cut allocations by 18% in 2025."] == "Jane Alvarez"
    high = {text[c.start : c.end] for c in claims if c.checkworthiness >= 0.5}
    assert "Farmers say the cuts went too far." not in high  # the interviewer's framing
    assert "This interview has been condensed and edited for clarity." not in high
    assert "We cut allocations by 18% in 2025." in high
    # "Time:" in an article that is no transcript stays no speaker
    listing = "Concert in the park\nTime: 7 p.m. on Friday.\nTime: doors open at 6 p.m.\n"
    assert not any(c.facets.quote for c in engine.extract(listing, date(2026, 10, 29)))


def test_a_headers_list_of_participants_is_furniture(engine: Engine) -> None:
    text = (
        "Democratic Presidential Debate\n"
        "PARTICIPANTS:\n"
        "Former Vice President Joe Biden (D)\n"
        "Senator Bernie Sanders (I-VT)\n"
        "MODERATORS:\n"
        "Jake Tapper (CNN)\n"
        "TAPPER: Good evening. Senator Sanders, how will you pay for your plan?\n"
        "BIDEN: His plan would raise taxes on the middle class by $2,000 a year.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2020, 3, 15)))
    assert speakers["Jake Tapper (CNN)"] is None
    assert speakers["Senator Bernie Sanders (I-VT)"] is None
    assert speakers["Good evening."] == "Jake Tapper"


def test_earnings_call_roster_names_the_speakers_of_bare_name_lines(engine: Engine) -> None:
    text = (
        "Acme Widgets, Inc. (ACME) Q3 2026 Earnings Call Transcript\n"
        "Company Participants\n"
        "John Smith - Chief Executive Officer\n"
        "Maria Lopez - Chief Financial Officer\n"
        "Conference Call Participants\n"
        "Tom Lee - Morgan Stanley\n"
        "Operator\n"
        "Good day, and welcome to the Acme Widgets third quarter 2026 earnings call.\n"
        "John Smith\n"
        "Thank you, operator. Revenue grew 14% to $2.3 billion.\n"
        "Maria Lopez\n"
        "Gross margin was 41.2%, up 180 basis points.\n"
        "Operator\n"
        "Our first question comes from Tom Lee with Morgan Stanley.\n"
        "Tom Lee\n"
        "Your margins fell 2% in Europe last quarter. What changed?\n"
    )
    claims = engine.extract(text, date(2026, 10, 29))
    speakers = speakers_by_text(claims)
    assert speakers["Revenue grew 14% to $2.3 billion."] == "John Smith"
    assert speakers["Gross margin was 41.2%, up 180 basis points."] == "Maria Lopez"
    assert speakers["Our first question comes from Tom Lee with Morgan Stanley."] == "Operator"
    assert speakers["Maria Lopez - Chief Financial Officer"] is None  # the roster is furniture
    high = {c.text for c in claims if c.checkworthiness >= 0.5}
    assert "Revenue grew 14% to $2.3 billion." in high
    assert "Your margins fell 2% in Europe last quarter." in high  # an analyst's figure
    assert "What changed?" not in high  # an analyst's question


def test_a_panel_headers_roster_names_the_moderator_and_the_speakers(engine: Engine) -> None:
    text = (
        "CENTER FOR HOUSING POLICY\n"
        'PANEL DISCUSSION: "CAN WE BUILD OUR WAY OUT?"\n\n'
        "MODERATORS:\n"
        "LAURA FINCH, Senior Fellow, Center for Housing Policy\n\n"
        "PARTICIPANTS:\n"
        "RAYMOND OYELARAN, Chief Economist, Home Builders Institute\n"
        "DIANE KOWALCZYK, Mayor of Millbrook, Minnesota\n\n"
        "Washington, D.C.\n"
        "Tuesday, November 10, 2026\n\n"
        "FINCH: Good morning. Millbrook eliminated single-family-only zoning two years ago.\n"
        "OYELARAN: The country is short about 3.8 million homes.\n"
        "FINCH: Mayor?\n"
        "KOWALCZYK: We permitted 1,140 new homes last year.\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))
    speakers = speakers_by_text(claims)
    assert speakers["The country is short about 3.8 million homes."] == "Raymond Oyelaran"
    assert speakers["Tuesday, November 10, 2026"] is None
    assert speakers['PANEL DISCUSSION: "CAN WE BUILD OUR WAY OUT?"'] is None
    high = {c.text for c in claims if c.checkworthiness >= 0.5}
    # the moderator's dated fact
    assert "Millbrook eliminated single-family-only zoning two years ago." in high
    assert "We permitted 1,140 new homes last year." in high


def test_a_hansard_title_with_a_colon_is_no_speaker_and_its_date_is_the_debates_day(engine: Engine) -> None:
    text = (
        "Prime Minister's Questions: NHS waiting lists and housing\n\n"
        "Wednesday 18 November 2026\n\n"
        "Volume 771: debated on Wednesday 18 November 2026\n\n"
        "Q1. [905112] Mrs Sarah Collins (Bolton North East) (Lab): If he will list his official engagements "
        "for Wednesday 18 November.\n\n"
        "The Prime Minister (Keir Starmer): This morning, I had meetings with ministerial colleagues. "
        "Across the country, the waiting list has fallen for eight consecutive months. "
        "It now stands at 6.9 million.\n\n"
        "Kemi Badenoch (North West Essex) (Con): The Prime Minister talks about waiting lists, "
        "but he does not talk about what people are experiencing.\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))  # submitted two days after the debate
    speakers = speakers_by_text(claims)
    assert "Prime Minister's Questions" not in set(speakers.values())
    by_text = {c.text: c for c in claims}
    assert [
        d.value
        for d in by_text["This morning, Keir Starmer had meetings with ministerial colleagues."].facets.dates
    ] == ["2026-11-18"]
    assert "The waiting list now stands at 6.9 million." in by_text
    assert (
        by_text["If he will list his official engagements for Wednesday 18 November."].checkworthiness < 0.5
    )


def test_a_fact_checks_fields_are_no_speakers(engine: Engine) -> None:
    text = (
        "Fact-check: Did Senator Dana Whitfield say crime rose 40%?\n\n"
        'Claim: "Violent crime in Ohio has gone up 40 percent since 2020."\n\n'
        "Speaker: U.S. Sen. Dana Whitfield, R-Ohio\n\n"
        "Rating: False\n\n"
        "FBI data shows violent crime in Ohio increased by about 4 percent.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2026, 11, 20)))
    assert speakers["FBI data shows violent crime in Ohio increased by about 4 percent."] is None
    assert not {"Fact-check", "Speaker"} & set(speakers.values())


def test_an_ap_fact_checks_the_facts_ends_the_quoted_speakers_turn(engine: Engine) -> None:
    text = (
        "AP FACT CHECK: Claims on crime\n\n"
        'TRUMP: "Violent crime is up 40% since they took over."\n\n'
        "THE FACTS: That's false. FBI data shows violent crime fell about 3% in 2023.\n\n"
        'HARRIS: "We have the lowest unemployment in 50 years."\n\n'
        "THE FACTS: Mostly true. The rate hit 3.4% in 2023.\n"
    )
    claims = engine.extract(text, date(2024, 9, 15))
    speakers = speakers_by_text(claims)
    assert speakers["FBI data shows violent crime fell about 3% in 2023."] is None
    assert speakers["The rate hit 3.4% in 2023."] is None
    assert "The Facts" not in speakers.values()
    assert next(c for c in claims if c.text.startswith("FBI data")).checkworthiness >= 0.5


def test_the_right_hon_and_learned_gentleman_is_one_sentence(engine: Engine) -> None:
    text = "The Prime Minister: The right hon. and learned Gentleman talks about the NHS.\n\nStarmer: No."
    texts = [c.text for c in engine.extract(text, date(2024, 4, 9))]
    assert "The right hon. and learned Gentleman talks about the NHS." in texts, texts


def test_a_name_a_reporter_addresses_in_a_q_turn_stays_as_said(engine: Engine) -> None:
    text = (
        "Press Briefing by Press Secretary Karoline Leavitt\n"
        "MS. LEAVITT: Good afternoon. The economy added 200,000 jobs.\n"
        "Q Karoline, on the shutdown, the CBO said it cost $11 billion. Is that right?\n"
        "MS. LEAVITT: The CBO is wrong.\n"
    )
    texts = [c.text for c in engine.extract(text, date(2026, 11, 20))]
    assert "Karoline, on the shutdown, the CBO said it cost $11 billion." in texts


def test_a_speakers_second_i_in_a_claim_is_a_pronoun_when_the_first_name_says_which(engine: Engine) -> None:
    text = (
        "Water Talk\n"
        "Marisol Quintero has led the agency since 2019.\n"
        "TIME: What comes next?\n"
        "QUINTERO: I want to spend time with my grandchildren while I can still keep up with them.\n"
        "TIME: And then?\n"
        "QUINTERO: I cut 300 jobs in 2019.\n"
    )
    texts = [c.text for c in engine.extract(text, date(2026, 11, 20))]
    assert (
        "Marisol Quintero wants to spend time with her grandchildren while she can still keep up with them."
        in texts
    )


def test_tex_style_closing_marks_end_a_quotation(engine: Engine) -> None:
    # Old debate transcripts close quotations with two apostrophes; an unclosed-looking straight mark
    # must not swallow the rest of the turn into one 900-character "claim".
    text = (
        "MONDALE: Will Rogers once said about Hoover. He said, \"It's not what he doesn't know that bothers "
        "me; it's what he knows for sure that just ain't so.'' The President's budget sought to cut Social "
        "Security by 25 percent. We have to see the facts before we can draw conclusions.\n\n"
        "REAGAN: ``We will not raise taxes,'' I said in 1981.\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))
    quote = next(c for c in claims if c.facets.quote and "ain't so" in c.facets.quote.text)
    assert quote.facets.quote.text.startswith("It's not what")
    assert text[quote.start : quote.end].endswith("ain't so.''")
    budget = next(c for c in claims if "25 percent" in c.text)
    assert "We have to see" not in budget.text
    assert max(c.checkworthiness for c in claims if "see the facts" in c.text) < 0.5
    assert any(c.facets.quote and c.facets.quote.text == "We will not raise taxes," for c in claims)


@pytest.mark.parametrize(
    ("question", "asserts"),
    [
        ("Do you know that Senator Obama has voted for $860 billion of new spending?", True),
        ("Did you hear him say that Congress just voted to increase student loans?", True),
        ("You know he came to the Senate and never once proposed legislation to do that?", True),
        ("You know what he did?", False),
        ("And do you know who's going to be the beneficiary?", False),
    ],
)
def test_a_debaters_rhetorical_question_asserts_its_clause(
    engine: Engine, question: str, asserts: bool
) -> None:
    text = f"MCCAIN: We spent too much.\n\nOBAMA: That is not true.\n\nMCCAIN: {question}\n"
    claim = next(c for c in engine.extract(text, date(2026, 11, 20)) if question[:20] in c.text)
    assert (claim.checkworthiness > 0.3) is asserts


def test_first_person_words_inside_quotation_marks_stay_as_said(engine: Engine) -> None:
    text = (
        "REAGAN: We cut taxes in 1981.\n\n"
        'MONDALE: I told the voters, "I will raise taxes." I called it "my duty" in 1984.\n'
    )
    texts = [c.text for c in engine.extract(text, date(2026, 11, 20))]
    assert 'Mondale told the voters, "I will raise taxes."' in texts
    assert 'Mondale called it "my duty" in 1984.' in texts


def test_a_debater_quoting_someone_is_scored_as_the_turn_not_floored(engine: Engine) -> None:
    text = (
        "NIXON: We have built more schools than any administration.\n\n"
        'KENNEDY: President Kennedy once said, "We are great, but we can be greater." '
        "I only hope that I could approach the office with dignity.\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))
    quoting = next(c for c in claims if c.facets.quote and c.facets.quote.text.startswith("We are great"))
    assert quoting.checkworthiness < 0.5


def test_a_stray_closing_mark_opens_no_quotation(engine: Engine) -> None:
    text = (
        "GORE: We opened markets in Asia.\n\n"
        "BUSH: When you give us access, we'll give you access.\" It's very hard to get into the Japan "
        "market. "
        "They sell a lot of automobiles here. I supported the President's trade policy.\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))
    policy = next(c for c in claims if "trade policy" in c.text)
    assert policy.text == "Bush supported the President's trade policy."
    assert not any("Japan" in c.text and "automobiles" in c.text for c in claims)


def test_a_capitalised_name_with_a_role_and_an_affiliation_is_a_speaker_label(engine: Engine) -> None:
    text = (
        "JIM SCIUTTO, CNN ANCHOR: Our correspondent has more.\n\n"
        "PATRICE HOLLINS, Director, Little Acorns Early Learning: We lost four teachers this year. "
        "Without the teachers, I can't open the rooms.\n\n"
        "SCIUTTO: Joining me now is an economist.\n\n"
        "REBECCA LIANG, CHIEF ECONOMIST, BROOKFIELD POLICY INSTITUTE: Thanks for having me.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2026, 11, 20)))
    assert speakers["We lost four teachers this year."] == "Patrice Hollins"
    assert speakers["Without the teachers, Patrice Hollins can't open the rooms."] == "Patrice Hollins"
    assert next(who for text, who in speakers.items() if text.startswith("Thanks")) == "Rebecca Liang"


@pytest.mark.parametrize(
    "opening",
    [
        "MODERATOR: Governor Whitfield, your response on the economy?",
        "MODERATOR (ELENA MARSH): Governor Whitfield, why should voters trust you on inflation?",
    ],
)
def test_a_candidate_the_moderator_addresses_first_is_no_moderator(engine: Engine, opening: str) -> None:
    text = (
        f"{opening}\n"
        "WHITFIELD: My opponent voted for the $1.9 trillion spending bill.\n"
        "MODERATOR: Senator Okafor?\n"
        "OKAFOR: Inflation fell to 2.7% this year.\n"
        "MODERATOR: Governor?\n"
        "WHITFIELD: Unemployment in Colorado fell to 3.2%.\n"
    ).replace("MODERATOR: Senator", "MARSH: Senator" if "MARSH" in opening else "MODERATOR: Senator")
    claims = engine.extract(text, date(2026, 11, 20))
    unemployment = next(c for c in claims if "3.2%" in c.text)
    assert unemployment.checkworthiness >= 0.5
    if "MARSH" in opening:
        assert speakers_by_text(claims)["Senator Okafor?"] == "Elena Marsh"


def test_a_senator_the_roster_lists_is_no_moderator_however_many_questions(engine: Engine) -> None:
    text = (
        "PARTICIPANTS:\n"
        "SEN. RICHARD CALLOWAY (R-IDAHO), CHAIRMAN\n"
        "SEN. ALICIA FORD (D-MINN.)\n"
        "DAVID ERIKSEN, CHIEF EXECUTIVE OFFICER, HALVERSON PHARMACEUTICALS\n\n"
        "CALLOWAY: The committee will come to order. Mr. Eriksen, you are recognized.\n\n"
        "ERIKSEN: Halverson employs 28,000 people in the United States. Last year we invested $11.3 billion "
        "in research and development, and we have 62 medicines in clinical trials today.\n\n"
        "FORD: Mr. Eriksen, the Federal Trade Commission found last year that your company listed 41 patents "
        "on the device. Why?\n\n"
        "ERIKSEN: Those patents protect real inventions. Each one covers a different part of the device, "
        "from the needle guard to the dose counter, and each one was examined and granted by the Patent and "
        "Trademark Office after years of review. We have never listed a patent that did not meet the rules, "
        "and the agency has not challenged a single one of them in court.\n\n"
        "FORD: Will you drop them?\n\n"
        "ERIKSEN: No.\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))
    patents = next(c for c in claims if "41 patents" in c.text)
    assert patents.checkworthiness >= 0.5


def test_in_a_debate_between_two_my_opponent_is_the_other_one(engine: Engine) -> None:
    text = (
        "MODERATOR: Governor Whitfield, your response on the economy?\n"
        "WHITFIELD: My opponent voted for the $1.9 trillion spending bill. It was my opponent's party.\n"
        "MODERATOR: Senator Okafor?\n"
        "OKAFOR: My opponent vetoed the insulin bill.\n"
    )
    texts = [c.text for c in engine.extract(text, date(2026, 11, 20))]
    assert "Okafor voted for the $1.9 trillion spending bill." in texts
    assert "It was Okafor's party." in texts
    assert "Whitfield vetoed the insulin bill." in texts


def test_and_i_quote_introduces_the_quotation_it_is_not_a_clause_of_its_own(engine: Engine) -> None:
    text = (
        'WHITFIELD: You said in 2019, and I quote, "a wall is a monument to fear."\n\n'
        "OKAFOR: I never said that.\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))
    quoting = next(c for c in claims if "monument" in c.text)
    assert quoting.text == 'You said in 2019, and I quote, "a wall is a monument to fear."'
    assert quoting.facets.quote.speaker == "Okafor"  # "you", said to the other debater
    assert quoting.checkworthiness >= 0.5


def test_a_speech_by_one_speaker_is_scored_as_speeches_are_not_as_a_debate(engine: Engine) -> None:
    body = "The rainy day fund holds $1.9 billion. Denise Kowalski is a dairy farmer from Marathon County.\n"
    speech = (
        "Remarks by Governor Elena Brandt at the Special Session\n\nGOVERNOR BRANDT: Thank you.\n\n" + body
    )
    debate = "Remarks at the debate\n\nMODERATOR: Welcome.\n\nBRANDT: Thank you.\n\n" + body
    plain = "Remarks by Governor Elena Brandt at the Special Session\n\nThank you.\n\n" + body

    def farmer(text: str) -> float:
        return next(c.checkworthiness for c in engine.extract(text, date(2026, 11, 20)) if "dairy" in c.text)

    assert speakers_by_text(engine.extract(speech, date(2026, 11, 20)))["Thank you."] == "Elena Brandt"
    assert farmer(speech) == farmer(plain)  # both definitions, as an article's sentence
    assert farmer(speech) != farmer(debate)  # ClaimBuster's alone


def test_in_a_debate_between_two_a_pronoun_opening_a_turn_is_the_other_one(engine: Engine) -> None:
    text = (
        "MODERATOR: Welcome to the debate between Governor Linda Marsh and Senator Paul Kerr.\n"
        "KERR: She vetoed a bill last year that would have capped insulin at $35.\n"
        "MODERATOR: Governor?\n"
        "MARSH: And he voted against the tax cut in 2017.\n"
    )
    texts = [c.text for c in engine.extract(text, date(2026, 11, 20))]
    assert "Linda Marsh vetoed a bill last year that would have capped insulin at $35." in texts
    assert "And Paul Kerr voted against the tax cut in 2017." in texts


def test_a_qa_answer_is_the_one_person_the_introduction_names(engine: Engine) -> None:
    text = (
        "Dr. Ingrid Solberg has spent nearly three decades measuring the Greenland ice sheet.\n\n"
        "Q: How much ice did Greenland lose this year?\n\n"
        "A: About 310 billion tons in the 12 months through August.\n\n"
        "Q: Is there any good news?\n\n"
        "A: We have 58 automatic weather stations on the ice sheet now.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2026, 11, 20)))
    assert speakers["About 310 billion tons in the 12 months through August."] == "Ingrid Solberg"
    assert speakers["How much ice did Greenland lose this year?"] is None


def test_rhetorical_tails_quoting_the_opponent_and_nameless_labels(engine: Engine) -> None:
    text = (
        "MODERATOR: Welcome to the debate between Governor Linda Marsh and Senator Paul Kerr.\n"
        "KERR: We gave Iran $150 billion, and what did we get? She called it, and I quote, "
        '"a monument to cruelty."\n'
        "QUESTION: What will your energy policy do for us?\n"
        "MARSH: He cut 300,000 jobs at the post office, didn't he?\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))
    scores = {c.text: c.checkworthiness for c in claims}
    assert scores["We gave Iran $150 billion, and what did we get?"] >= 0.5
    assert scores['Linda Marsh called it, and I quote, "a monument to cruelty."'] >= 0.5
    assert scores["Paul Kerr cut 300,000 jobs at the post office, didn't he?"] >= 0.5
    assert speakers_by_text(claims)["What will your energy policy do for us?"] is None


def test_in_a_debate_she_with_no_one_named_is_the_opponent_of_her_gender(engine: Engine) -> None:
    text = (
        "Donald Trump (00:00:12):\nInflation was 1.4% when I left office.\n\n"
        "Kamala Harris (00:01:05):\nWe have created over 800,000 manufacturing jobs.\n\n"
        "Speaker 3 (00:02:10):\nThank you. Next question.\n\n"
        "Donald Trump (00:02:14):\nShe's going to raise your taxes by $5 trillion.\n\n"
        "Kamala Harris (00:02:40):\nHe wants a 20% tax on everything you buy.\n"
    )
    found = [c.text for c in engine.extract(text, date(2024, 9, 11))]
    assert "Kamala Harris is going to raise your taxes by $5 trillion." in found
    # a first name that says nothing of gender ("Donald" does; an unknown one would not) decides it
    assert "Donald Trump wants a 20% tax on everything you buy." in found


def test_a_speech_under_a_header_naming_its_speaker_is_theirs(engine: Engine) -> None:
    text = (
        "Remarks by Governor Ellen Marsh on the State of the State\n"
        "January 14, 2026\n\n"
        "Four years ago, I promised to fix our finances. We have created 214,000 jobs since I took office.\n"
    )
    claims = engine.extract(text, date(2026, 1, 15))
    speakers = speakers_by_text(claims)
    assert speakers["We have created 214,000 jobs since Ellen Marsh took office."] == "Ellen Marsh"
    assert speakers["Remarks by Governor Ellen Marsh on the State of the State"] is None
    # a headline about a speech is news, not the speech
    news = engine.extract("Speech by Trump Draws Criticism\n\nThe speech ran 90 minutes.\n", PUB)
    assert all(c.facets.quote is None for c in news)
    # and so is a report under a header naming the speaker: it says "I" and "we" only in quotations
    report = (
        "Speech by Kamala Harris at DNC draws record audience\n\n"
        "Kamala Harris spoke for 40 minutes on Thursday.\n"
        '"We will win," she said.\n'
        "Viewers numbered 26 million.\n"
    )
    speakers = speakers_by_text(engine.extract(report, PUB))
    assert speakers["Viewers numbered 26 million."] is None


def test_a_label_with_party_then_role_as_cnn_prints_it(engine: Engine) -> None:
    text = (
        "JAKE TAPPER, CNN HOST: Let me play you what the speaker said on Friday.\n\n"
        "(BEGIN VIDEO CLIP)\n\n"
        "REP. MIKE JOHNSON (R-LA), SPEAKER OF THE HOUSE: Democrats are holding the government hostage.\n\n"
        "(END VIDEO CLIP)\n\n"
        "SEN. MARIA ALVAREZ (D-NM): Undocumented immigrants are not eligible for Medicaid.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2025, 10, 12)))
    assert speakers["Democrats are holding the government hostage."] == "Mike Johnson"
    assert speakers["Undocumented immigrants are not eligible for Medicaid."] == "Maria Alvarez"


def test_a_quotations_he_in_a_turn_is_never_the_turns_speaker(engine: Engine) -> None:
    text = 'REAGAN: Walter Mondale raised taxes. Did he not?\n\nMONDALE: He said, "The buck stops here."\n'
    claims = engine.extract(text, date(1984, 10, 8))
    said = next(c for c in claims if "buck" in c.text)
    assert said.facets.quote is not None
    assert said.facets.quote.speaker != "Walter Mondale"


def test_a_host_who_introduces_themselves_moderates_however_much_they_say(engine: Engine) -> None:
    text = (
        "HOLT: Good evening from Hofstra University. I'm Lester Holt, anchor of NBC Nightly News. I want "
        "to welcome you to the first presidential debate. The participants tonight are Donald Trump and "
        "Hillary Clinton.\n\n"
        "HOLT: Secretary Clinton, why are you a better choice than your opponent to create jobs?\n\n"
        "CLINTON: We have added 15 million private-sector jobs since the Great Recession.\n\n"
        "HOLT: Mr. Trump, two minutes.\n\n"
        "TRUMP: Our jobs are fleeing the country. She's been doing this for 30 years.\n"
    )
    claims = engine.extract(text, date(2016, 9, 27))
    texts = [c.text for c in claims]
    # Holt moderates, so Trump's "she" is his one opponent; a name the moderator addresses stays as said
    assert "Hillary Clinton has been doing this for 30 years." in texts, texts
    assert "Secretary Clinton, why are you a better choice than your opponent to create jobs?" in texts
    assert "Mr. Trump, two minutes." in texts


def test_a_reporter_named_after_q_asks_and_states_figures_of_their_own(engine: Engine) -> None:
    text = (
        "MARLOW COUNTY EMERGENCY MANAGEMENT\n"
        "Hurricane Delphine Recovery: Press Briefing\n\n"
        "CASTILLO: On Monday the forecast had Delphine coming ashore about 80 miles to the north.\n\n"
        "Q (Jenna Ruiz, WPEL News 6): Thank you. It was issued Tuesday afternoon, less than 30 hours "
        "before landfall. Why wasn't it issued Monday?\n\n"
        "CASTILLO: We issued the order within three hours of the advisory.\n"
    )
    claims = engine.extract(text, date(2025, 9, 8))
    speakers = speakers_by_text(claims)
    scores = {text[c.start : c.end]: c.checkworthiness for c in claims}
    # the reporter is named, not "Q", and the county executive's turn ends where the question starts
    assert speakers["It was issued Tuesday afternoon, less than 30 hours before landfall."] == "Jenna Ruiz"
    assert speakers["We issued the order within three hours of the advisory."] == "Castillo"
    assert scores["It was issued Tuesday afternoon, less than 30 hours before landfall."] >= 0.5
    assert scores["Why wasn't it issued Monday?"] <= 0.2
    # the briefing's title line is no speaker's label, so "Delphine" stays Delphine
    assert "Hurricane Delphine Recovery" not in set(speakers.values())
    assert any(c.text.startswith("On Monday the forecast had Delphine coming") for c in claims)


def test_an_audience_chant_with_a_number_is_no_figure(engine: Engine) -> None:
    text = (
        "BRENNAN: We created 24,000 jobs last year.\n\n"
        "AUDIENCE: Two more years! Two more years!\n\n"
        "BRENNAN: Thank you.\n"
    )
    scores = {text[c.start : c.end]: c.checkworthiness for c in engine.extract(text, date(2024, 9, 14))}
    assert scores["We created 24,000 jobs last year."] >= 0.5
    assert all(score <= 0.2 for span, score in scores.items() if span.startswith("Two more years")), scores


def test_the_moderator_a_header_names_speaks_under_the_moderator_label_and_hands_over(engine: Engine) -> None:
    text = (
        "Ridgeport Mayoral Debate\n\n"
        "PARTICIPANTS:\nMayor Dana Whitfield (Democrat, incumbent)\nCouncilman Marcus Okafor (Republican)\n\n"
        "MODERATOR:\nLena Ruiz, WRPT Channel 7\n\n"
        "MODERATOR: Good evening. Car thefts rose from 1,870 in 2021 to 4,115 last year. "
        "Mayor, your response?\n\n"
        "WHITFIELD: Homicides fell 22 percent last year.\n\n"
        "MODERATOR: Councilman Okafor.\n\n"
        "OKAFOR: The city issued 1,240 permits last year. In 2018, before this mayor took office, it issued "
        "more than 2,000.\n"
    )
    claims = engine.extract(text, date(2024, 10, 15))
    speakers = speakers_by_text(claims)
    scores = {text[c.start : c.end]: c.checkworthiness for c in claims}
    assert speakers["Car thefts rose from 1,870 in 2021 to 4,115 last year."] == "Lena Ruiz"
    assert scores["Good evening."] <= 0.2
    # "MODERATOR: Councilman Okafor." hands over after the header: it does not make Okafor a moderator
    assert speakers["In 2018, before this mayor took office, it issued more than 2,000."] == "Marcus Okafor"
    assert scores["In 2018, before this mayor took office, it issued more than 2,000."] >= 0.5


def test_hansard_online_prints_each_speaker_on_a_line_of_their_own(engine: Engine) -> None:
    text = (
        "Rail Viaduct: Closure\n"
        "Volume 764: debated on Tuesday 11 March 2025\n\n"
        "Share this debate\n\n"
        "Dr Ruth Kellaway (Stowmarden) (Con)\n"
        "(Urgent Question): To ask the Secretary of State for Transport if he will make a statement.\n\n"
        "The Secretary of State for Transport (Mark Vale)\n"
        "Around 26,000 passenger journeys a day used that section before the closure.\n\n"
        "Dr Kellaway\n"
        "A £41 million strengthening scheme was cancelled in November 2023.\n\n"
        "Mr Speaker\n"
        "Order. I want to get everybody in.\n\n"
        "Hon. Members: Hear, hear!\n\n"
        "Mark Vale\n"
        "Some 340 engineers have been on site since the closure.\n\n"
        "Several hon. Members rose—\n"
    )
    claims = engine.extract(text, date(2025, 3, 11))
    speakers = speakers_by_text(claims)
    assert (
        speakers["Around 26,000 passenger journeys a day used that section before the closure."]
        == "Mark Vale"
    )
    assert speakers["A £41 million strengthening scheme was cancelled in November 2023."] == "Ruth Kellaway"
    # after the members' "Hear, hear!", the next line label starts the next turn
    assert speakers["Some 340 engineers have been on site since the closure."] == "Mark Vale"
    scores = {text[c.start : c.end]: c.checkworthiness for c in claims}
    # the headline's colon makes no speaker of "Rail Viaduct"; the chair and the members' rising are no claims
    assert "Rail Viaduct" not in set(speakers.values())
    assert scores["Volume 764: debated on Tuesday 11 March 2025"] <= 0.2
    assert scores.get("Several hon. Members rose—", 0.0) < 0.5
    assert all(score <= 0.2 for span, score in scores.items() if span.startswith("Order")), scores


def test_a_roster_of_members_with_parties_is_no_run_of_line_labels(engine: Engine) -> None:
    text = (
        "Housing debate\n\n"
        "Dr Ruth Kellaway (Stowmarden) (Con)\n"
        "Helen Marsh (Northshire West) (Lab)\n"
        "Callum Reddie (Westmere) (LD)\n\n"
        "Rents rose 9% last year, the council said on Monday.\n"
    )
    claims = engine.extract(text, date(2025, 3, 11))
    assert all(c.facets.quote is None for c in claims)


def test_a_news_anchors_reports_are_claims_and_their_welcome_is_not(engine: Engine) -> None:
    text = (
        "GRANT HOLLOWAY, CNN ANCHOR: Welcome to THE LEAD. I'm Grant Holloway in Washington.\n\n"
        "The railroad, Great Lakes & Allegheny, says no injuries have been reported.\n\n"
        "Priya, what are you seeing there tonight?\n\n"
        "PRIYA RAMAN, CNN CORRESPONDENT: Crews have been fighting this fire for more than 40 hours.\n\n"
        "HOLLOWAY: Thank you, Priya. We'll be right back.\n\n"
        "OPERATOR: Good morning, and welcome to the Halvorsen third-quarter 2025 earnings call.\n"
    )
    claims = engine.extract(text, date(2024, 10, 17))
    scores = {text[c.start : c.end]: c.checkworthiness for c in claims}
    assert scores["The railroad, Great Lakes & Allegheny, says no injuries have been reported."] > 0.2
    assert scores["Priya, what are you seeing there tonight?"] <= 0.2
    assert scores["Welcome to THE LEAD."] <= 0.2
    assert scores["Good morning, and welcome to the Halvorsen third-quarter 2025 earnings call."] <= 0.2


def test_a_q_and_a_answer_is_the_person_the_introduction_names_not_the_byline_or_photo_credit(
    engine: Engine,
) -> None:
    text = (
        "The Harbour Ledger\n\n"
        "Interview by Priya Nandakumar\n\n"
        "Rafael Montrose at the council's offices. Photo: Dana Achebe / The Harbour Ledger\n\n"
        "Rafael Montrose has spent 11 years as chief economist of the Aldermoor Housing Council.\n\n"
        "This interview has been edited for length and clarity.\n\n"
        "Q: How bad is it?\n\n"
        "A: The median renter is at 39.6% of gross income; ten years ago it was 31%.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2024, 10, 21)))
    assert speakers["The median renter is at 39.6% of gross income"] == "Rafael Montrose"


def test_an_anonymous_speaker_handed_over_to_by_name_is_that_person(engine: Engine) -> None:
    text = (
        "Mayor Dana Ruiz (00:02:05):\n"
        "I'm going to ask our finance director, Alan Cho, to walk through the numbers. Alan?\n\n"
        "Speaker 3 (00:02:11):\n"
        "Thanks, Mayor. The plant upgrade is estimated at between $62 and $70 million.\n\n"
        "Speaker 4 (00:03:40):\n"
        "Our water bills went up 18% last year.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2025, 4, 9)))
    assert speakers["The plant upgrade is estimated at between $62 and $70 million."] == "Alan Cho"
    assert speakers["Our water bills went up 18% last year."] == "Speaker 4"


def test_a_court_transcripts_answers_are_the_sworn_witnesses(engine: Engine) -> None:
    text = (
        "THE COURT: Good morning. Mr. Halverson, your next witness.\n\n"
        "MR. HALVERSON: Thank you, Your Honor. Plaintiff calls Dana Kowalczyk.\n\n"
        "(Witness sworn.)\n\n"
        "DANA KOWALCZYK, called as a witness on behalf of the Plaintiff, having been first duly sworn, "
        "testified as follows:\n\n"
        "BY MR. HALVERSON:\n"
        " Q.   What did Northstar agree to pay under Exhibit 14?\n"
        " A.   $1.84 million for eleven low-temperature units.\n"
        " Q.   What was in Bay C?\n"
        " A.   Frozen product for two grocery customers, roughly 212,000 pounds.\n"
        "MS. PIKE: Objection, Your Honor.\n"
    )
    claims = engine.extract(text, date(2025, 3, 12))
    speakers = speakers_by_text(claims)
    assert speakers["$1.84 million for eleven low-temperature units."] == "Dana Kowalczyk"
    assert speakers["Objection, Your Honor."] == "Pike"
    scores = {text[c.start : c.end]: c.checkworthiness for c in claims}
    assert scores["What was in Bay C?"] <= 0.2
    assert not any("sworn.)" in t for t in scores)


def test_a_records_masthead_names_the_president_of_its_meeting(engine: Engine) -> None:
    text = (
        "Security Council\n9791st meeting\nTuesday, 19 November 2024, 10 a.m.\n\n"
        "President:\tMr. Ashworth\t(United Kingdom of Great Britain and Northern Ireland)\n\n"
        "The President: I invite the representative of Almara to participate in this meeting.\n\n"
        "Mr. Nebenzia (Russian Federation): We delivered 40 tons of flour to Port Selim last week.\n\n"
        "The President: Today the United Kingdom is announcing £12 million in new funding.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2024, 11, 19)))
    assert speakers["Today the United Kingdom is announcing £12 million in new funding."] == "Ashworth"
    assert speakers["We delivered 40 tons of flour to Port Selim last week."] == "Nebenzia"


def test_labels_with_a_full_stop_as_the_federal_reserve_prints_them(engine: Engine) -> None:
    text = (
        "Transcript of Chair Langley's Press Conference\n\n"
        "CHAIR LANGLEY. Good afternoon. The Committee decided to lower our policy rate by 1/4 "
        "percentage point.\n\n"
        "MICHELLE SMITH. Colby.\n\n"
        "COLBY WARRICK. Thanks, Michelle. Futures markets were pricing a 90 percent chance of a cut.\n\n"
        "CHAIR LANGLEY. We have now cut by a total of 1/2 percentage point at our last two meetings.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2025, 10, 29)))
    assert speakers["The Committee decided to lower our policy rate by 1/4 percentage point."] == "Langley"
    assert speakers["Futures markets were pricing a 90 percent chance of a cut."] == "Colby Warrick"
    assert not any(t.startswith("CHAIR LANGLEY") for t in speakers)


def test_an_acronym_or_a_by_line_opening_a_line_is_no_full_stop_label(engine: Engine) -> None:
    text = (
        "BY MR. HALVERSON:\n Q.   Where do you work?\n A.   At Northstar.\n"
        "BY MR. HALVERSON:\n Q.   Since when?\n A.   Since 2016.\n"
        "NATO. The alliance has 32 members.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2025, 3, 12)))
    assert (
        "The alliance has 32 members." not in speakers or speakers["The alliance has 32 members."] != "Nato"
    )


def test_markdown_bold_labels_are_labels(engine: Engine) -> None:
    text = (
        "**Farrant:** Storm overflows in England spilled sewage for 3.1m hours last year. With me is "
        "the water minister, Gareth Pennick.\n\n"
        "**Pennick:** Good morning, Nadia.\n\n"
        "**Farrant:** Will you meet the target?\n\n"
        "**Pennick:** Spills fell by 14% last year, the biggest annual fall since records began.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2026, 3, 10)))
    assert speakers["Spills fell by 14% last year, the biggest annual fall since records began."] == "Pennick"
    assert speakers["Storm overflows in England spilled sewage for 3.1m hours last year."] == "Farrant"


def test_a_court_reporters_numbered_lines_and_running_heads_are_read_as_its_turns(engine: Engine) -> None:
    page = (
        "                                                                        3\n\n"
        "                    Official - Subject to Final Review\n\n"
        " 1             MS. PARK: Renata Okafor drove a tractor-trailer for\n"
        " 2   Halversen for 11 years. On February 2nd, 2021,\n"
        " 3   she told the company's safety director that\n"
        " 4   brake inspection logs at the Port Aldous terminal\n"
        " 5   were being falsified. She filed\n"
        " 6   11 days later.\n"
        " 7             JUSTICE ALVAREZ: Counsel, the statute says a\n"
        " 8   complaint may be filed not later than 180 days\n"
        " 9   after the violation.\n\n"
        "                     Beacon Reporting Corporation\n\n"
    )
    text = (
        page
        + page.replace(" 3\n", " 4\n", 1).replace("Renata", "Dana").replace("February", "March")
        + page.replace(" 3\n", " 5\n", 1).replace("Renata", "Lena").replace("February", "April")
    )
    claims = engine.extract(text, date(2026, 1, 14))
    speakers = speakers_by_text(claims)
    assert speakers["Renata Okafor drove a tractor-trailer for Halversen for 11 years."] == "Park"
    assert speakers["Renata Okafor filed 11 days later."] == "Park"
    assert speakers[
        "Counsel, the statute says a complaint may be filed not later than 180 days after the violation."
    ] == ("Alvarez")
    assert not any("Official" in t or "Beacon" in t for t in speakers)


def test_a_committees_numbered_questions_and_the_chair_its_header_names(engine: Engine) -> None:
    text = (
        "Environment, Food and Rural Affairs Committee\n\n"
        "Members present: Alistair Carmody (Chair); Gareth Lowther; Priya Nandakumar.\n\n"
        "Examination of witnesses\n\n"
        "Q142 Chair: Good morning. Last year was one of the driest on record in the south-west.\n\n"
        "Dr Marsh: Our provisional figures for 2025 show 18,412 spill events across our network.\n\n"
        "Q143 Priya Nandakumar: The Environment Agency told this Committee 41 sites were unmonitored.\n\n"
        "Dr Marsh: That figure is out of date.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2026, 1, 21)))
    assert speakers["Last year was one of the driest on record in the south-west."] == "Alistair Carmody"
    assert speakers["The Environment Agency told this Committee 41 sites were unmonitored."] == (
        "Priya Nandakumar"
    )
    assert (
        speakers["Our provisional figures for 2025 show 18,412 spill events across our network."] == "Marsh"
    )


def test_a_briefings_opening_statement_is_the_spokesperson_its_header_names(engine: Engine) -> None:
    text = (
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Stéphane Varennes, "
        "Spokesperson for the Secretary-General.\n\n"
        "Floods in the northern district of Lunhane have now affected more than 46,000 people.\n\n"
        "Spokesperson: Edie, please.\n\n"
        "Question: Has the Government formally asked for international assistance?\n\n"
        "Spokesperson: The Government made a formal request for international support on Sunday.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2025, 6, 17)))
    assert speakers["The Government made a formal request for international support on Sunday."] == (
        "Stéphane Varennes"
    )
    assert speakers[
        "Floods in the northern district of Lunhane have now affected more than 46,000 people."
    ] == ("Stéphane Varennes")


def test_a_press_releases_contacts_are_no_speaker_labels(engine: Engine) -> None:
    text = (
        "Quillmark Instruments Reports Third Quarter 2025 Financial Results\n\n"
        "Third quarter revenue of $412.6 million, up 8.0% year over year\n\n"
        "COLUMBUS, Ohio--(BUSINESS WIRE)--Quillmark Instruments today reported revenue of $412.6 million.\n\n"
        "Contacts\n\nInvestors:\nDana Ruiz, 614-555-0100\n\nMedia:\nLee Park, 614-555-0101\n"
    )
    claims = engine.extract(text, date(2025, 10, 29))
    high = {text[c.start : c.end] for c in claims if c.checkworthiness >= 0.5}
    assert "Third quarter revenue of $412.6 million, up 8.0% year over year" in high
    assert all(c.facets.quote is None or c.facets.quote.speaker not in {"Investors", "Media"} for c in claims)


def test_a_headlines_name_and_quotation_make_no_transcript(engine: Engine) -> None:
    text = (
        "Live Updates\n\n"
        "Election Day 2025: Renée Ashby wins Port Calder mayor’s race, CNN projects\n\n"
        "Ashby: ‘Port Calder chose to build tonight’\n\n"
        "12:09 a.m. ET, November 5, 2025\n\n"
        "Ashby: “Port Calder chose to build”\n\n"
        "Ashby said the city had lost about 9,000 residents since 2020.\n"
    )
    claims = {text[c.start : c.end]: c for c in engine.extract(text, date(2025, 11, 5))}
    said = claims["Ashby said the city had lost about 9,000 residents since 2020."]
    assert said.facets.quote is None  # no turn of a speaker "Ashby"
    assert said.checkworthiness >= 0.5


def test_a_storys_kind_before_its_headline_is_no_speaker_and_a_links_tab_note_no_furniture(
    engine: Engine,
) -> None:
    text = (
        "Factbox: What we know about the fire at Nordvik Energi's Brenholm refinery\n\n"
        "OSLO, March 4 (Reuters) - Firefighters on Wednesday brought under control a blaze that has shut "
        "Norway's second-largest oil refinery, operator Nordvik Energi (NVE.OL), opens new tab said.\n\n"
        "Factbox: More than 90 firefighters were deployed.\n"
    )
    claims = engine.extract(text, date(2026, 3, 4))
    lede = next(c for c in claims if "Firefighters on Wednesday" in c.text)
    assert lede.checkworthiness >= 0.5
    assert lede.facets.quote is None or lede.facets.quote.speaker != "Factbox"
    assert "opens new tab" not in lede.text


def test_a_podcasts_guest_with_a_double_barrelled_name(engine: Engine) -> None:
    text = (
        "Speaker 1 [00:00:04]: Welcome to Curb Appeal. I'm Dana Whitlock. My guest today is Renata "
        "Okafor-Bell, director of transit for the City of Port Alder. Renata, welcome.\n\n"
        "Speaker 2 [00:00:19]: Thanks Dana, happy to be here.\n\n"
        "[00:03:15]\n\n"
        "Speaker 1: So how many trips did you carry?\n\n"
        "Speaker 2 [00:03:22]: For calendar 2025 we carried 38.6 million trips.\n"
    )
    claims = {text[c.start : c.end]: c for c in engine.extract(text, date(2026, 2, 10))}
    trips = claims["For calendar 2025 we carried 38.6 million trips."]
    assert trips.facets.quote is not None
    assert trips.facets.quote.speaker == "Renata Okafor-Bell"
    assert "[00:03:15]" not in claims or claims["[00:03:15]"].checkworthiness < 0.1


def test_a_forum_posts_edits_are_no_speakers_and_its_widgets_furniture(engine: Engine) -> None:
    text = (
        "Council votes 7-4 to shut Fairholme Road library and sell the building\n"
        "submitted 5 hours ago * by u/quietlanternfish Local News\n\n"
        "Key numbers from the cabinet report (linked below, pages 14-19):\n\n"
        "* The council says closing it saves £186,000 a year in running costs\n\n"
        "Edit: it was 7-4 not 8-3, fixed.\n\n"
        "Edit 2: report is here, scroll to item 6.\n\n"
        "91% upvoted\n\nlevel 1\n\n[–]harbourside_dave 188 points 4 hours ago\n\n"
        "It was £212,000 for the Market Square masterplan, going by the FOI response.\n\n"
        "permalink embed save report reply\n"
    )
    claims = {text[c.start : c.end]: c for c in engine.extract(text, date(2025, 11, 19))}
    saves = claims["The council says closing it saves £186,000 a year in running costs"]
    assert saves.checkworthiness >= 0.5
    masterplan = claims["It was £212,000 for the Market Square masterplan, going by the FOI response."]
    assert masterplan.facets.quote is None or masterplan.facets.quote.speaker != "Edit 2"
    assert all(
        c.checkworthiness < 0.5
        for t, c in claims.items()
        if "points" in t or "upvoted" in t or "permalink" in t
    )


def test_a_fact_checks_dated_statements_are_their_speakers_words(engine: Engine) -> None:
    text = (
        "Mayoral rivals stretch the numbers\n\n"
        "Harlan Vossberg and Celia Marchetti met in a debate on Oct. 8.\n\n"
        "Vossberg, Oct. 8: Under this mayor, violent crime went up 40 percent.\n\n"
        "Police data show violent crime rose about 12% between 2020 and 2023.\n\n"
        "Marchetti, Oct. 8: I cut property taxes three years in a row.\n"
    )
    speakers = speakers_by_text(engine.extract(text, PUB))
    assert speakers["Under this mayor, violent crime went up 40 percent."] == "Harlan Vossberg"
    assert speakers["Celia Marchetti cut property taxes three years in a row."] == "Celia Marchetti"
    assert speakers["Police data show violent crime rose about 12% between 2020 and 2023."] is None


def test_one_dateline_with_a_colon_is_no_speaker(engine: Engine) -> None:
    text = (
        "Rail plan cleared\n\n"
        "Mumbai, March 3: The state on Monday approved a Rs 500-crore plan to upgrade 12 stations.\n"
    )
    assert set(speakers_by_text(engine.extract(text, PUB)).values()) == {None}


def test_names_on_their_own_lines_under_time_stamps_are_speakers(engine: Engine) -> None:
    text = (
        "Virtual press conference on the outbreak\n\n"
        "00:00:09\nNadia Morrow\nGood morning. I hand over to our Director-General, Dr Pieter Lansdaal.\n\n"
        "00:00:41\nDr Pieter Lansdaal\nThank you, Nadia.\n"
        "A total of 418 cases have been reported from four provinces, including 61 deaths.\n\n"
        "00:04:12\nNadia Morrow\nThank you. The first question is from Reuters.\n\n"
        "00:04:30\nDr Pieter Lansdaal\nWe have deployed 34 experts to the region.\n"
    )
    speakers = speakers_by_text(engine.extract(text, PUB))
    assert speakers["A total of 418 cases have been reported from four provinces, including 61 deaths."] == (
        "Pieter Lansdaal"
    )
    assert speakers["We have deployed 34 experts to the region."] == "Pieter Lansdaal"
    assert "Dr Pieter Lansdaal" not in speakers  # the name line is a label, no claim


def test_a_moderator_label_is_the_person_who_introduces_themselves(engine: Engine) -> None:
    text = (
        "Vice Presidential Debate\n\n"
        "MODERATOR: Good evening. I'm Priya Castellano of Meridian Public Broadcasting. Senator Brandt, "
        "gasoline averaged $3.41 a gallon nationally last week. Your response?\n\n"
        "BRANDT: Prices fell 12 percent this year.\n\n"
        "MODERATOR: Governor Tolliver?\n\n"
        "TOLLIVER: They rose 30 percent since 2021.\n"
    )
    speakers = speakers_by_text(engine.extract(text, PUB))
    assert (
        speakers["Senator Brandt, gasoline averaged $3.41 a gallon nationally last week."]
        == "Priya Castellano"
    )


def test_european_parliament_labels_with_a_full_stop_and_a_dash(engine: Engine) -> None:
    text = (
        "President. – The next item is the Commission statement on flood resilience.\n\n"
        "Ilse Vandermeer, Member of the Commission. – Madam President, thirty-one people lost their lives. "
        "Some 46 000 residents had to be evacuated.\n\n"
        "Matthias Oberkirch, on behalf of the Civic Europe Group. – (DE) Madam President, the main bridge, "
        "built in 1962, was simply gone.\n\n"
        "Piet Hoogeveen (UNG), blue-card question. – The region spent only 40% of its funds in 2024.\n"
    )
    claims = {c.text: c for c in engine.extract(text, PUB)}
    speakers = speakers_by_text(claims.values())
    assert speakers["Some 46 000 residents had to be evacuated."] == "Ilse Vandermeer"
    assert [q.value for q in claims["Some 46 000 residents had to be evacuated."].facets.quantities] == [
        46000
    ]
    assert (
        speakers["Madam President, the main bridge, built in 1962, was simply gone."] == "Matthias Oberkirch"
    )
    assert speakers["The region spent only 40% of its funds in 2024."] == "Piet Hoogeveen"
    assert not any("(DE)" in t or "Member of the Commission" in t for t in claims)


def test_hansard_and_oireachtas_speakers_on_lines_of_their_own(engine: Engine) -> None:
    hansard = (
        "12:00:00\n\nQ1. [905512] Rachel Ormsby (Kettleby and Marsh) (Lab)\n\n"
        "If he will list his official engagements for Wednesday 19 November.\n\nShare\n\n"
        "The Prime Minister (Sir Malcolm Treharne)\n\nThis morning I had meetings with colleagues.\n\n"
        "Rachel Ormsby\n\nThe Harnley Road maternity unit closed to new admissions in March 2023.\n\n"
        "The Prime Minister\n\nMaternity safety received £310 million this financial year.\n"
    )
    speakers = speakers_by_text(engine.extract(hansard, PUB))
    assert speakers["The Harnley Road maternity unit closed to new admissions in March 2023."] == (
        "Rachel Ormsby"
    )
    assert speakers["Maternity safety received £310 million this financial year."] == ("Malcolm Treharne")
    dail = (
        "Leaders' Questions\n\n2:00 pm\n\nDeputy Róisín Ní Bhraonáin\n\n"
        "Yesterday morning, 612 patients were on trolleys. The Taoiseach, Deputy Cathal Mac Giolla Rua, "
        "promised in January that trolley numbers would be halved.\n\n"
        "An Ceann Comhairle\n\nI call the Taoiseach.\n\n"
        "The Taoiseach\n\nThere are 1,180 more acute beds in our hospitals today than there were in 2020.\n\n"
        "Deputy Róisín Ní Bhraonáin\n\nThe site is still a car park.\n"
    )
    speakers = speakers_by_text(engine.extract(dail, PUB))
    assert speakers["There are 1,180 more acute beds in our hospitals today than there were in 2020."] == (
        "Cathal Mac Giolla Rua"
    )
    assert speakers["Yesterday morning, 612 patients were on trolleys."] == "Róisín Ní Bhraonáin"


def test_canadian_hansard_labels_with_long_ridings_and_portfolios(engine: Engine) -> None:
    text = (
        "Hon. Deborah Stanwick (Leader of the Opposition, Cons.):\n\nRents rose 8% last year.\n\n"
        "Hon. Arjun Malhotra (Minister of Housing, Infrastructure and Communities, Lib.):\n\n"
        "Housing starts were up 9% in 2025.\n\n"
        "Thomas Kinew-Ross (Wapikoni Lake—Red Pine, Cons.):\n\n"
        "The only emergency room within 160 kilometres closed in March.\n"
    )
    speakers = speakers_by_text(engine.extract(text, PUB))
    assert speakers["Housing starts were up 9% in 2025."] == "Arjun Malhotra"
    assert speakers["The only emergency room within 160 kilometres closed in March."] == "Thomas Kinew-Ross"


def test_a_presenters_figures_whose_noun_went_before_are_claims(engine: Engine) -> None:
    text = (
        "MEGAN HOLLOWAY, PRESENTER: Minister, thanks for joining us.\n"
        "KIERAN DALLOW, HOUSING MINISTER: Good evening, Megan.\n"
        "MEGAN HOLLOWAY: Your government promised 1.2 million new homes by 2029. The country is building "
        "around 175,000. Isn't it time to admit you won't hit the target?\n"
        "KIERAN DALLOW: No. We've put $10 billion into the Homes for Tomorrow Fund.\n"
        "MEGAN HOLLOWAY: The council says you'll finish about 960,000 homes by 2029. That's 240,000 short.\n"
        "KIERAN DALLOW: Rates have come down three times since February last year.\n"
    )
    scores = {c.text: c.checkworthiness for c in engine.extract(text, PUB)}
    assert scores["The country is building around 175,000."] >= 0.5
    assert scores["That's 240,000 short."] >= 0.5
    assert scores["Minister, thanks for joining us."] < 0.5


def test_a_boards_minutes_fields_are_no_speakers(engine: Engine) -> None:
    text = (
        "2. ROLL CALL\nMembers Present: Marisol Etheridge, President; Desmond Ruehl\nMembers Absent: None\n\n"
        "4. APPROVAL OF AGENDA\nMotion: Ruehl  Second: Okafor-Lind\nVote: 5-0\nMOTION CARRIED\n\n"
        "6. SUPERINTENDENT'S REPORT\nDr. Marchetti reported that enrollment was 8,914 students.\n"
        "Roll Call Vote:\nAyes: Abernathy-Lyle, Etheridge\nNoes: Ruehl\nMOTION CARRIED 2-1\n"
    )
    claims = {c.text: c for c in engine.extract(text, PUB)}
    enrollment = next(c for t, c in claims.items() if "8,914 students" in t)
    assert enrollment.facets.claimant == "Marchetti"


def test_a_press_conferences_answers_are_the_person_its_header_names_most(engine: Engine) -> None:
    text = (
        "TRANSCRIPT: Holmqvist on Ashby comeback and the January window\n\n"
        "By City Media Team\n\n"
        "Anders Holmqvist spoke to reporters after the match. Substitute Daniel Mensah scored the winner.\n\n"
        "[Photo: Anders Holmqvist speaks to the media. Credit: Sam Oduya]\n\n"
        "Q: What changed at the break?\n"
        "A: We had 14 shots after the break and they had one.\n"
        "Q: And Lewis Carrow?\n"
        "A: Lewis has done three full sessions since Thursday.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2026, 1, 17)))
    assert speakers["We had 14 shots after the break"] == "Anders Holmqvist"
    assert speakers["Lewis has done three full sessions since Thursday."] == "Anders Holmqvist"


def test_two_field_labels_are_no_transcript(engine: Engine) -> None:
    text = (
        "Fastest lap: Rafael Quintero (Meridian), 1:21.907 on lap 52\n"
        "Retired: Jonas Weller (Halcyon), lap 44, hydraulics\n\n"
        "Tomas Ahlgren leads the championship by 31 points.\n\n"
        "Podcast: Is the 2025 title already decided?\n"
    )
    claims = engine.extract(text, date(2025, 9, 14))
    assert not any(c.facets.quote for c in claims), [c.facets.quote for c in claims]


def test_a_talks_page_is_the_speakers_under_its_name_and_title(engine: Engine) -> None:
    text = (
        "TED\nWatch   Discover   Attend\n\n"
        "Nadia Ferreira-Holt: What 2 million lunch trays taught us about food waste\n"
        "TEDxLakeshore · 4:21 · Filmed Mar 2026\n\n"
        "Transcript\n\n00:04\nFor three years, I spent my lunch hours standing next to garbage cans.\n\n"
        "00:19\nMy team weighed what was left on 2.1 million school lunch trays in 146 public schools.\n"
    )
    said = [c for c in engine.extract(text, date(2026, 5, 12)) if "2.1 million" in text[c.start : c.end]]
    assert said
    assert said[0].facets.quote is not None
    assert said[0].facets.quote.speaker == "Nadia Ferreira-Holt"


def test_a_statements_header_under_a_sites_menus_names_its_speaker(engine: Engine) -> None:
    menus = "".join(f"Menu item {i}\n" for i in range(10))
    text = (
        f"{menus}\nStatement by H.E. Mr. Ioane Fetu Lelei, Prime Minister of the Republic of Tavaru, at the"
        " General Debate\n\nNew York, 26 September 2025\n\nMr. President,\n\n"
        "I bring you warm greetings from the people of Tavaru.\n\n"
        "Tavaru is home to just over 118,000 people living on 31 inhabited islands.\n"
    )
    speakers = speakers_by_text(engine.extract(text, date(2025, 9, 26)))
    assert speakers["Tavaru is home to just over 118,000 people living on 31 inhabited islands."] == (
        "Ioane Fetu Lelei"
    )


def test_a_call_in_shows_lower_case_roles_are_its_host_guest_and_callers(engine: Engine) -> None:
    text = (
        "Renata Oduya on Air Traffic Controller Shortage\n\n"
        "Renata Oduya, president of the Air Traffic Safety Coalition, talks about staffing shortages.\n\n"
        "People in this video\nRenata Oduya, President, Air Traffic Safety Coalition\n"
        "Dana Whitlock, Host, Washington Journal\n\n"
        "host: Give us the numbers. How short are we?\n\n"
        "guest: The FAA's staffing target is about 14,600 certified controllers.\n\n"
        "host: Let's get to calls. Frank is in Dayton, Ohio, Republican line. Good morning, Frank.\n\n"
        "caller: I worked as a controller for twenty-six years before I retired in 2014.\n"
    )
    said = {
        text[c.start : c.end]: c.facets.quote.speaker if c.facets.quote else None
        for c in engine.extract(text, date(2025, 8, 14))
    }
    assert said["The FAA's staffing target is about 14,600 certified controllers."] == "Renata Oduya"
    assert said["I worked as a controller for twenty-six years before I retired in 2014."] == "Frank"
    assert said["Give us the numbers."] == "Dana Whitlock"


def test_tass_dateline_and_he_specified(engine: Engine) -> None:
    text = (
        "MOSCOW, March 12. /TASS/. Russia may export up to 53 mln tonnes of grain this season, Agriculture"
        " Minister Anatoly Derkachev told reporters.\n\n"
        "Since July 1, 2025, Russia has exported 36.4 mln tonnes of grain, he specified.\n"
    )
    claims = {text[c.start : c.end]: c for c in engine.extract(text, date(2026, 3, 12))}
    assert not any(t.startswith(("MOSCOW", "/TASS/")) for t in claims), list(claims)
    specified = next(c for t, c in claims.items() if "36.4 mln" in t)
    assert specified.facets.claimant == "Anatoly Derkachev"
