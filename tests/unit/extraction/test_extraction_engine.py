from __future__ import annotations

from datetime import date

import pytest

from services.claim_extraction import ENGINE_VERSION, Engine, extract

PUB = date(2025, 5, 11)


def test_pronoun_resolved_and_offsets_are_sources(engine: Engine) -> None:
    text = "Russian President Vladimir Putin rejected the plan. Instead, he offered talks in Istanbul."
    claims = engine.extract(text, PUB)
    assert any("Vladimir Putin offered talks" in c.text for c in claims)
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert c.sentence_start <= c.start
        assert c.end <= c.sentence_end


def test_compound_sentence_is_split_into_atomic_claims(engine: Engine) -> None:
    text = "Russia continued its attacks on the city, and Kyiv said it would honour a ceasefire."
    claims = engine.extract(text, PUB)
    assert len(claims) == 2
    assert text[claims[1].start : claims[1].end].startswith("Kyiv said")


def test_line_break_is_a_hard_boundary(engine: Engine) -> None:
    claims = engine.extract("Inflation fell to 3 percent\nUnemployment rose to 5 percent in March.", PUB)
    assert [c.start for c in claims] == [0, 28]


def test_multi_sentence_quotation_stays_whole(engine: Engine) -> None:
    text = 'Starmer said, "He has a chance. No more delays. We will respond." The talks ended.'
    claims = engine.extract(text, PUB)
    assert text[claims[0].start : claims[0].end].endswith('respond."')


def test_headline_restating_lede_is_one_claim(engine: Engine) -> None:
    text = (
        "Putin Rejects Ceasefire Call From European Leaders\n\n"
        "Vladimir Putin rejected a call for a ceasefire from European leaders on Sunday."
    )
    claims = engine.extract(text, PUB)
    assert len(claims) == 1
    assert claims[0].also_at
    assert claims[0].also_at[0].start == 0


def test_a_headline_is_folded_only_into_a_claim_with_its_amount(engine: Engine) -> None:
    text = (
        "Swiss glaciers lost a record 4% of their volume last year\n\n"
        "Swiss glaciers have lost about 39% of their volume since 2000, scientists said on Friday. "
        "The glaciers lost 4% of their volume last year alone."
    )
    claims = engine.extract(text, PUB)
    folded = [c for c in claims if c.also_at]
    assert [c.text for c in folded] == ["The glaciers lost 4% of their volume last year alone."]


def test_boilerplate_and_opinion_score_low(engine: Engine) -> None:
    text = "Related Sources:\n\n• Source 1 • Source 2\nWhat do you think about that?"
    assert all(c.checkworthiness < 0.5 for c in engine.extract(text, PUB))


def test_headlines_under_a_related_header_are_links(engine: Engine) -> None:
    text = (
        "Exports fell 1.1% last year, the statistics office said.\n\n"
        "Related coverage:\nEurozone inflation rises to 2.4%\nECB holds rates at 4%\n\n"
        "Imports rose 2% in the same period, the office said."
    )
    scored = {text[c.start : c.end]: c.checkworthiness for c in engine.extract(text, PUB)}
    assert scored["Eurozone inflation rises to 2.4%"] < 0.5
    assert scored["ECB holds rates at 4%"] < 0.5
    assert scored["Imports rose 2% in the same period, the office said."] >= 0.5


def test_live_blog_timestamps_are_page_furniture(engine: Engine) -> None:
    text = "10:45 GMT\nMore than 200 flood warnings remain in place.\nPosted at 09:30\n9.15am\n"
    scored = {text[c.start : c.end]: c.checkworthiness for c in engine.extract(text, PUB)}
    assert all(scored[line] < 0.5 for line in ("10:45 GMT", "Posted at 09:30", "9.15am"))


def test_a_live_blog_entry_time_opening_its_line_is_not_part_of_the_claim(engine: Engine) -> None:
    text = (
        "11:40 — Nearly 1 million homes in Ireland are without power, ESB Networks says.\n"
        "2:15 p.m. ET - Gusts of 160km/h were recorded at Mace Head.\n"
    )
    claims = engine.extract(text, PUB)
    sources = [text[c.start : c.end] for c in claims]
    assert "Nearly 1 million homes in Ireland are without power, ESB Networks says." in sources
    assert "Gusts of 160km/h were recorded at Mace Head." in sources
    speeds = [(q.value, q.unit) for c in claims for q in c.facets.quantities]
    assert speeds[-1] == (160, "kilometres per hour")


def test_syndication_notes_and_social_handles_are_furniture(engine: Engine) -> None:
    text = (
        "The quake was followed by more than 40 aftershocks.\n"
        "This article was originally published on The Conversation. Read the original article.\n"
        "Follow @ReutersWorld on X for the latest updates.\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )
    scored = {c.text: c.checkworthiness for c in engine.extract(text, PUB)}
    assert scored["The quake was followed by more than 40 aftershocks."] >= 0.5
    assert all(score < 0.5 for claim, score in scored.items() if "aftershocks" not in claim)


def test_list_markers_are_not_part_of_a_claim(engine: Engine) -> None:
    text = "Key points:\n• Companies face fines of up to €35 million.\n2. Models must comply by August 2025."
    sources = [text[c.start : c.end] for c in engine.extract(text, PUB)]
    assert "Companies face fines of up to €35 million." in sources
    assert "Models must comply by August 2025." in sources


def test_anonymous_q_and_a_labels_name_no_speaker(engine: Engine) -> None:
    text = "Q: When do the rules apply?\nA: Most provisions apply from August 2, 2026, the law says.\n"
    answer = next(c for c in engine.extract(text, PUB) if "provisions" in c.text)
    assert answer.facets.quote is None
    assert answer.text.startswith("Most provisions apply")


def test_factual_sentence_scores_high(engine: Engine) -> None:
    claims = engine.extract("Unemployment rose to 5.2 percent in March, the statistics office said.", PUB)
    assert claims[0].checkworthiness >= 0.5
    assert claims[0].type.value in {"quantity", "comparison", "event"}


def test_claim_key_is_normalised(engine: Engine) -> None:
    a = engine.extract("The army sent 11,000 troops to the border.", PUB)[0].claim_key
    b = engine.extract("To the border the army sent 11000 troops.", PUB)[0].claim_key
    assert a == b
    assert "11000" in a


def test_claim_keys_keep_direction_and_short_keys_merge_nothing(engine: Engine) -> None:
    up = engine.extract("Murders are up 20 percent this year.", PUB)[0].claim_key
    down = engine.extract("Murders are down 20 percent this year.", PUB)[0].claim_key
    assert up != down
    claims = engine.extract("It won't be much. They never do. We hired more police officers.", PUB)
    assert len(claims) == 3


def test_extract_many_matches_extract(engine: Engine) -> None:
    texts = ["Prices rose 4% in May.", "The bill passed on Tuesday, and the senate adjourned."]
    many = engine.extract_many([(t, PUB) for t in texts])
    assert many == [engine.extract(t, PUB) for t in texts]


def test_convenience_function_and_version(engine: Engine) -> None:
    assert ENGINE_VERSION
    assert extract("Prices rose 4% in May.", PUB, engine=engine) == engine.extract(
        "Prices rose 4% in May.", PUB
    )


@pytest.mark.parametrize(
    "text",
    [
        "The White House did not respond to a request for comment.",
        "A spokesman for the ministry declined to comment on the 38% figure.",
        "Representatives for Meta could not be reached on Sunday.",
        "Ridgeline Capital Partners said it did not comment on portfolio companies.",
    ],
)
def test_no_comment_lines_are_not_claims(engine: Engine, text: str) -> None:
    assert all(c.checkworthiness < 0.5 for c in engine.extract(text, PUB))


def test_a_refusal_that_is_news_is_still_a_claim(engine: Engine) -> None:
    claims = engine.extract("Russia has not responded to the 30-day ceasefire proposal since March 11.", PUB)
    assert max(c.checkworthiness for c in claims) >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the company fell about 1% in extended trading on Wednesday.",
        "Sources said the $4 billion deal was close to being signed in March.",
        "Subscribers to the service rose 5% to 260 million in the quarter.",
        "Advertisement revenue rose 10% to $65 billion in 2024.",
    ],
)
def test_sentences_opening_with_a_navigation_word_are_claims(engine: Engine, text: str) -> None:
    assert max(c.checkworthiness for c in engine.extract(text, PUB)) >= 0.5


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "3 minute read",
        "Posted by Councilmember Sarah Lindqvist on October 2, 2024",
        "5 min read",
        "Related:",
        "Share this article",
        "Sign up for our newsletter",
        "Copyright 2024 Reuters",
        "First published on Fri 16 Jan 2026 06.12 GMT",
        "March 19, 20264:12 AM GMTUpdated 3 hours ago",
        "Updated 2 hours ago",
        "1.2K Reposts  2.4K Likes",
        "[1/2] A pump jack in Texas. REUTERS/Jane Roe/File Photo Purchase Licensing Rights, opens new tab",
        "The Motley Fool has no position in any of the stocks mentioned.",
        "For the latest news, weather, sports, and streaming video, head to WKLN 9.",
        "Don’t miss WKLN 9 News at 6 — weeknights on WKLN 9.",
        "If you or someone you know is struggling, the helpline is available 24/7 at 1-800-662-4357.",
        "9:14 AM · Jan 19, 2026 · 87.2K Views",
        "NPR transcripts are created on a rush deadline by an NPR contractor.",
        "Transcripts are generated automatically and lightly edited. They may contain errors.",
        "The authoritative record of NPR’s programming is the audio record.",
        "Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.",
        "list of 4 items",
        "Comments are closed for this story.",
        "Arrests are accusations. All suspects are presumed innocent until proven guilty in a court of law.",
        "Wed 12 Nov 2025 06.00 GMT",
        "Key developments on Feb. 9-10:",
        "($1 = 7.1250 Chinese yuan renminbi)",
        "WPBX News 9 Digital Team",
        "By Jordan Whitfield • September 13, 2024",
        "This article appears in the April 2026 issue of Meridian.",
        "Under Title 17 U.S.C. Section 107, allowance is made for “fair use” for purposes such as criticism.",
        "This article was produced as part of the Local Democracy Reporting Service.",
        "Accommodation requests: To request this document in another language, call 311.",
        "The full project list and an interactive map are available at glenhavenoregon.gov/fixstreets.",
        "Thursday, Sept. 25, 6–8 p.m. — Eastside Community Center, 4410 NE Fremont Way",
        "Supported by",
        "See more on: U.S. Senate, Congressional Budget Office, National Association of Realtors",
        "Tue, October 14, 2025 at 11:46 AM GMT+2 · 4 min read",
        "12:14, 29 AUG 2025Updated14:40, 29 AUG 2025",
        "NEWS RELEASE 5-MAR-2025",
        "WEDNESDAY 5 MARCH 2025",
        "EMBARGOED UNTIL 00:01 HRS, TUESDAY 10 MARCH 2026",
        "Passengers wait at Paris-Orly airport on October 14, 2025, as flights stop (Julien MAUREL / AFP)",
        "Dozens of parents lined up to speak during Monday night's board meeting.(WDLK)",
        "This photo provided by Seorim Heavy Industries Co. shows an LNG carrier under construction.",
        "Provided by Tamsen County Prison",
        "(ATTN: ADDS union comments in paras 8-13; UPDATES closing stock price in para 4)",
        "The Associated Press is an independent global news organization dedicated to factual reporting.",
        "A correction was made on Oct. 16, 2025: An earlier version of this article misstated the vote.",
        "Ordered by the House of Commons to be published on 21 January 2026.",
        "Sitting suspended for a Division in the House.",
        "This page was last edited on 11 January 2026, at 09:26 (UTC).",
        "21 more comments...",
        "2 replies by Tessa Marchetti and others",
        "47 Likes ∙ 5 Restacks",
        "Breaking arrests, court rulings and more, delivered to your inbox every weekday.",
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content by others.",
        "<Copyright (c) Yonhap News Agency prohibits its content from being redistributed without consent>",
        "Before you buy stock in Tidewell Foods, consider this: the analyst team picked the 10 best stocks.",
        "The SPEAKER pro tempore. The gentleman from Texas is recognized for 1 hour.",
        "Mr. Speaker, I ask unanimous consent that all Members have 5 legislative days to revise.",
        "I reserve the balance of my time.",
        "The yeas and nays were ordered.",
        "Exclusive news, data and analytics for financial market professionalsLearn more aboutRefinitiv",
        "The Reuters Power Up newsletter provides everything you need to know about the energy industry.",
        "Link Copied!",
        "Video Ad Feedback",
        "Our live coverage has ended. Scroll through the updates below.",
        "Feed post number 3",
        "Visible to anyone on or off LinkedIn",
        "Marcus Oyelaran-Pike and 2,147 others",
        "Readers added context they thought people might want to know",
        "Context is written by people who use X, and appears when rated helpful by others. Find out more.",
        "A health worker treats a child in Ashrat on January 18, 2026 [File: Dawit Haile/Reuters]",
        "Factline is the UK's independent fact checking charity.",
        "Full breakdown is on page 6 of the release: tamsinlogistics.com/investors",
        "He earns Two Pinocchios.",
        "We rate it Mostly False.",
        "Screenshot of the false Facebook post, taken on November 26, 2024",
        "AFP has previously debunked false claims about flooding in Velmoor here and here.",
        "Lead Stories has reached out to @TruthRiderUSA through X direct message.",
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
        "Continued on page A6",
        "Below are the senator's remarks as delivered:",
        "Mr. President, I rise today on behalf of the people of Corvell, Oswega.",
        "Published in Dawn, March 3rd, 2025",
        "An arrest or charge is an accusation only; all persons are presumed innocent until proven guilty.",
        "The Harlow Springs Police Department publishes this log each Tuesday as a service to residents.",
        "To report an emergency, dial 911.",
        "The following transcript was prepared by the Gazette from the KVGT broadcast.",
        "☰  Sections   Search   e-Paper   Subscribe",
        "Share    Comment 47    Save    Gift Article",
        "This article is for informational purposes only and is not medical advice.",
        "This article is more than 1 year old",
        "Margaret Ellery arriving at Castlebridge Crown Court on Monday (Image: Castlebridge Live)",
        "Harmon City, 81°F Partly Cloudy",
        "Nov 18, 2025 Updated 6 hrs ago",
        "PAID FOR BY BRECK FOR PRESIDENT, INC.",
        "Contributions or gifts to Breck for President are not tax deductible.",
        "Support for NMPR comes from Halvorsen Family Dental, now accepting new patients.",
        "This aerial photo taken on Feb. 18, 2025 shows a wind-powered hydrogen base in Qingyuan County.",
    ],
)
def test_navigation_lines_are_boilerplate(engine: Engine, line: str) -> None:
    text = f"Unemployment fell to 4.2% in March, the Labor Department said.\n{line}\n"
    claims = engine.extract(text, PUB)
    assert [text[c.start : c.end] for c in claims if c.checkworthiness >= 0.5] == [text.splitlines()[0]]


@pytest.mark.parametrize(
    "header",
    [
        "More on this story",
        "Related topics",
        "Trending Stories",
        "Also Read",
        "More on the economy",
        "Our Sources",
        "Recommended Stories",
        "Related",
        "Most Viewed",
        "Most Read from Bloomberg",
        "Latest News",
        "In case you missed it",
        "Related fact checks",
        "More Fact Checks",
    ],
)
def test_a_navigation_header_without_a_colon_heads_a_list_of_links(engine: Engine, header: str) -> None:
    text = (
        "The trust faces a £38m deficit this year, its chief executive said on Tuesday.\n\n"
        f"{header}\n"
        "Birth centre closures 'a worry' for rural families\n"
        "Published\n12 January\n\n"
        "Hospital trust warns of £38m deficit\n"
    )
    high = [text[c.start : c.end] for c in engine.extract(text, PUB) if c.checkworthiness >= 0.5]
    assert high == [text.splitlines()[0]]


def test_a_list_under_a_plain_header_is_claims_not_links(engine: Engine) -> None:
    text = (
        "The bill passed the Senate on Sunday.\n"
        "Key points:\n"
        "• $369 billion for energy security and climate change over 10 years\n"
        "• A 15% minimum tax on corporations with profits above $1 billion\n"
        "Related coverage:\n"
        "Senate passes climate bill after marathon session\n"
    )
    claims = engine.extract(text, PUB)
    high = [text[c.start : c.end] for c in claims if c.checkworthiness >= 0.5]
    assert "$369 billion for energy security and climate change over 10 years" in high
    assert "A 15% minimum tax on corporations with profits above $1 billion" in high
    assert "Senate passes climate bill after marathon session" not in high  # a link under "Related"


def test_furniture_caps_only_the_clause_it_is_in(engine: Engine) -> None:
    text = (
        "Halden is in talks to buy Corvex for $20 billion, said the people, who asked not to be "
        "identified because the discussions are private.\n\n"
        "This press release contains forward-looking statements within the meaning of the Private "
        "Securities Litigation Reform Act of 1995.\n"
    )
    scores = {c.text: c.checkworthiness for c in engine.extract(text, date(2025, 6, 20))}
    assert scores["Halden is in talks to buy Corvex for $20 billion, said the people"] >= 0.5
    assert all(score <= 0.2 for claim, score in scores.items() if "Corvex for" not in claim)


def test_press_release_furniture(engine: Engine) -> None:
    text = (
        "Northwind opens plant\n\n"
        "[Photo caption: The plant in Lordstown, Ohio, in August 2024. Photograph: AFP]\n\n"
        "Northwind will hire 450 workers in Ohio by 2028.\n\n"
        "Media Contact:\nLisa Moreno\npress@northwind.example\n+1 614-555-0142\n\n"
        "Investor Contact:\nBen Carter, Vice President, Investor Relations\n"
    )
    claims = engine.extract(text, date(2025, 6, 20))
    assert all(c.facets.quote is None for c in claims)  # contact labels do not make a transcript
    assert not any(q.value in {614, 555, 142} for c in claims for q in c.facets.quantities)
    assert all(any(ch.isalnum() for ch in c.text) for c in claims)  # no "[" claim
    caption = next(c for c in claims if "Lordstown" in c.text)
    assert caption.checkworthiness < 0.3


def test_an_author_bio_at_the_end_is_boilerplate(engine: Engine) -> None:
    text = (
        "Study links walking to longer life\n\n"
        "Walking 7,000 steps a day cut the risk of early death by 47%, researchers said on Wednesday.\n\n"
        "Jane Doe is the Health Correspondent. She has covered medicine for more than 15 years.\n"
        "The views expressed in this article are the author's own.\n"
    )
    claims = engine.extract(text, PUB)
    assert any("7,000 steps" in c.text and c.checkworthiness >= 0.5 for c in claims)
    assert all(c.checkworthiness < 0.2 for c in claims if "Doe" in c.text or "views" in c.text)


def test_a_reporters_beat_before_trailing_links_and_a_sign_up_is_boilerplate(engine: Engine) -> None:
    text = (
        "Vasquez leads mayoral primary\n\n"
        "Elena Vasquez won 41.2% of the vote on Tuesday, the registrar said.\n\n"
        "Marcus Bell covers City Hall for the Tribune. Andrea Lindholm contributed reporting.\n\n"
        "MORE ELECTION COVERAGE\n"
        "• Full results: Every race in Ansel County\n"
        "• Measure K: What the sales tax would pay for\n"
        "• Photos: Election night in Port Hadley\n\n"
        "Sign up for The Tribune’s Politics newsletter →\n"
    )
    high = [text[c.start : c.end] for c in engine.extract(text, PUB) if c.checkworthiness >= 0.5]
    assert not any("Marcus Bell" in t or "Lindholm" in t for t in high), high
    assert "Elena Vasquez won 41.2% of the vote on Tuesday, the registrar said." in high


def test_a_bio_like_sentence_in_the_body_stays_a_claim(engine: Engine) -> None:
    text = (
        "Jane Doe is a senior fellow at the Brookings Institution, which published the report.\n\n"
        "The report found that 40% of workers lack paid leave.\n\n"
        "Officials said the data came from a 2024 survey of 12,000 households.\n\n"
        "Employers disputed the findings on Thursday.\n\n"
        "Congress will hold a hearing in June.\n"
    )
    claims = engine.extract(text, PUB)
    assert next(c for c in claims if "Brookings" in c.text).checkworthiness >= 0.2


def test_a_fact_check_layout_is_not_a_transcript(engine: Engine) -> None:
    text = (
        "Did violent crime in Chicago fall 30 percent?\n\n"
        'Claim: "Violent crime in Chicago dropped 30 percent last year." Gov. J.B. Pritzker said.\n\n'
        "Verdict: Half True\n\n"
        "The city recorded 573 homicides in 2024, down from 617 in 2023, police figures show.\n\n"
        "We rate this claim Half True.\n"
    )
    claims = engine.extract(text, PUB)
    assert not {c.facets.quote.speaker for c in claims if c.facets.quote} & {"Claim", "Verdict"}
    homicides = next(c for c in claims if "573 homicides" in c.text)
    assert homicides.facets.quote is None  # not a "Verdict:" turn
    assert homicides.checkworthiness >= 0.5
    assert next(c for c in claims if c.text.startswith("We rate")).checkworthiness <= 0.2
    text = "Verdict: Half True. Crime fell 8 percent.\n\nWhat did he say?\n"
    assert not any("Verdict say" in c.text for c in engine.extract(text, PUB))  # a label is no person


def test_a_bylines_author_is_no_antecedent(engine: Engine) -> None:
    text = "By Tom Reddick\n\nManchester City beat Brentford 3-1. His 45th goal came late.\n"
    assert not any("Reddick's" in c.text for c in engine.extract(text, PUB))


def test_a_live_blog_entry_headline_folds_into_the_entry(engine: Engine) -> None:
    text = (
        "Live updates: Storm Hale makes landfall\n\n"
        "2:10 p.m. ET\nStorm makes landfall with 95 mph winds\n\n"
        "The National Hurricane Center said Hale made landfall near Wrightsville Beach with maximum "
        "sustained winds of 95 mph. It is moving north at 12 mph.\n"
    )
    claims = engine.extract(text, PUB)
    texts = [c.text for c in claims]
    assert "Storm makes landfall with 95 mph winds" not in texts
    assert any(c.also_at for c in claims)
    assert "It is moving north at 12 mph." in texts  # the storm, not the Hurricane Center


def test_a_full_stop_the_model_runs_on_past_ends_the_sentence(engine: Engine) -> None:
    text = "Councilmembers Ana Ruiz and Devon Park voted no. Ruiz argued the garage would cost $48 million."
    assert [text[c.start : c.end] for c in engine.extract(text, date(2026, 11, 20))] == [
        "Councilmembers Ana Ruiz and Devon Park voted no.",
        "Ruiz argued the garage would cost $48 million.",
    ]


def test_a_lower_case_abbreviation_does_not_end_the_sentence(engine: Engine) -> None:
    text = (
        "Keir Starmer certainly joins his hon. Friend in thanking those staff. "
        "The vote was approx. 60 percent in favor."
    )
    claims = engine.extract(text, date(2026, 11, 20))
    assert [text[c.start : c.end] for c in claims] == [
        "Keir Starmer certainly joins his hon. Friend in thanking those staff.",
        "The vote was approx. 60 percent in favor.",
    ]
    assert claims[1].facets.quantities[0].approximate


def test_a_columnists_bio_ending_in_the_views_disclaimer_is_furniture(engine: Engine) -> None:
    text = (
        "Build homes, not garages\n\n"
        "The council approved a $48 million garage on Tuesday.\n\n"
        "Rachel Donnelly is a retired schoolteacher and a member of the Millbrook Neighbors for Housing "
        "coalition. The views expressed here are her own.\n"
    )
    scores = {text[c.start : c.end]: c.checkworthiness for c in engine.extract(text, date(2026, 11, 20))}
    assert scores["The council approved a $48 million garage on Tuesday."] >= 0.5
    assert all(v < 0.5 for k, v in scores.items() if "Donnelly" in k or "views" in k)


def test_a_full_stop_after_a_temperature_ends_the_sentence(engine: Engine) -> None:
    text = (
        "Temperatures hit 104F. Officials closed schools. "
        "The goal is well below 2C. To get there, coal must go."
    )
    texts = [text[c.start : c.end] for c in engine.extract(text, date(2026, 11, 20))]
    assert "Temperatures hit 104F." in texts
    assert "Officials closed schools." in texts
    assert any(t.startswith("The goal is well below 2C") and "coal" not in t for t in texts)


def test_a_welcome_opening_a_line_is_no_claim(engine: Engine) -> None:
    text = (
        "Good morning and welcome to our live coverage of Storm Ingrid.\n\n"
        "Welcome back to the show.\n\n"
        "The council welcomed 2,000 refugees to the town in 2024.\n"
    )
    scores = {text[c.start : c.end]: c.checkworthiness for c in engine.extract(text, PUB)}
    assert scores["Good morning and welcome to our live coverage of Storm Ingrid."] <= 0.2
    assert scores["Welcome back to the show."] <= 0.2
    assert scores["The council welcomed 2,000 refugees to the town in 2024."] >= 0.5


def test_a_match_reports_fields_are_no_speakers(engine: Engine) -> None:
    text = (
        "Harwick Rovers 3-1 Castlebridge United\n\n"
        "Referee: Paul Whitlock | Attendance: 27,412\n\n"
        "Emeka Okonkwo scored twice as Harwick Rovers beat Castlebridge United 3-1 on Saturday.\n\n"
        "MATCH STATS\nPossession: Harwick 58% – 42% Castlebridge\nCorners: 8 – 4\n\n"
        "Rovers have now gone 14 league games without defeat.\n"
    )
    claims = engine.extract(text, date(2024, 12, 14))
    assert all(c.facets.quote is None for c in claims), [c.facets.quote for c in claims if c.facets.quote]


def test_an_encyclopedias_reference_marks_and_reference_list_are_no_claims(engine: Engine) -> None:
    text = (
        "Early life[edit]\n\n"
        "She represented the 14th district in the Oregon State Senate from 2021.[1] A Democrat, she "
        "served two terms as mayor of Larkspur Falls from 2011 to 2019.[2][3] The mill closed in 2016."
        "[citation needed]\n\n"
        "References[edit]\n"
        '1. ^ a b "Senator Rosalind Achterberg". Oregon State Legislature. Retrieved 4 February 2025.\n'
        '2. ^ Halloran, Beth (January 4, 2011). "First woman sworn in as mayor". Larkspur Falls Courier.\n'
    )
    claims = engine.extract(text, date(2025, 2, 10))
    high = [text[c.start : c.end] for c in claims if c.checkworthiness >= 0.5]
    assert not any("Retrieved" in t or "First woman" in t or "Halloran" in t for t in high), high
    # a reference mark is no amount and no part of the claim; the sentences after it are claims of their own
    values = [q.value for c in claims if c.checkworthiness >= 0.5 for q in c.facets.quantities]
    assert values == [2.0], values
    assert any(t.startswith("A Democrat, she served two terms") for t in high), high
    assert not any("[" in c.text for c in claims)


def test_a_note_from_the_author_is_furniture_to_the_next_heading(engine: Engine) -> None:
    text = (
        "Russia launched 120 drones at Ukraine overnight, the Air Force said on Tuesday.\n\n"
        "Note from the author:\n"
        "Hi, this is Olena Marchuk. I write the daily war updates for the Kyiv Independent since 2022.\n"
    )
    high = [text[c.start : c.end] for c in engine.extract(text, PUB) if c.checkworthiness >= 0.5]
    assert high == [text.splitlines()[0]], high


def test_a_pictures_caption_above_its_credit_or_under_image_caption_is_furniture(engine: Engine) -> None:
    text = (
        "Ashby said the city had lost about 9,000 residents since 2020.\n\n"
        "Mayor-elect Renée Ashby greets supporters at Foundry Hall in Port Calder early Wednesday.\n"
        "Jonah Reyes/Getty Images\n\n"
        "Image source, PA Media\nImage caption,\n"
        "Firefighters used an inflatable boat to reach homes on Mill Street in Lower Brackley\n"
    )
    high = [text[c.start : c.end] for c in engine.extract(text, PUB) if c.checkworthiness >= 0.5]
    assert high == ["Ashby said the city had lost about 9,000 residents since 2020."]


def test_a_related_stories_widget_is_links_whatever_its_lines_say(engine: Engine) -> None:
    text = (
        "WHO says more than 41,000 suspected cases have been recorded since October.\n\n"
        "list of 3 items\nlist 1 of 3\n"
        "Floods displace hundreds of thousands in Varesh as the river bursts its banks\n"
        "list 2 of 3\nVaresh government and rebels agree to 72-hour truce for aid deliveries\n"
        "end of list\n\n"
        "The outbreak has killed 612 people, the health ministry said.\n"
    )
    high = [text[c.start : c.end] for c in engine.extract(text, PUB) if c.checkworthiness >= 0.5]
    assert high == [text.splitlines()[0], text.splitlines()[-1]]


def test_a_beat_line_under_a_byline_block_name_is_furniture(engine: Engine) -> None:
    text = (
        "The Senate panel advanced the bill 14-12 on Wednesday.\n\n"
        "LENA HOLLOWAY-PRICE\nHolloway-Price covers Congress for The Associated Press.\ntwitter\nmailto\n"
        "MARCUS TEVERSHAM\nTeversham covers disasters and federal emergency policy.\ntwitter\nmailto\n"
    )
    high = [text[c.start : c.end] for c in engine.extract(text, PUB) if c.checkworthiness >= 0.5]
    assert high == [text.splitlines()[0]]


def test_a_clause_about_a_debunk_inside_a_claim_does_not_cap_it(engine: Engine) -> None:
    text = (
        "The account has posted at least three edited clips since January, which Lead Stories has debunked."
    )
    assert max(c.checkworthiness for c in engine.extract(text, PUB)) >= 0.5


def test_a_scales_abbreviation_ends_no_sentence(engine: Engine) -> None:
    text = "Japan to grant up to 1.2 tril. yen to chipmaker Hoshimori for its Akita plant"
    assert [c.text for c in engine.extract(text, PUB)] == [text]


def test_a_headline_ending_in_others_is_no_reactions_line(engine: Engine) -> None:
    claims = engine.extract("Bus crash kills driver and 12 others\n\nThe crash happened on Route 9.", PUB)
    assert claims[0].checkworthiness >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Paid for by federal grants, the program expanded to 40 counties.",
        "The company has reached out to 40,000 customers affected by the breach.",
        "Heat wave grips the valley, 118°F",
    ],
)
def test_claims_that_look_like_furniture_are_claims(engine: Engine, text: str) -> None:
    assert max(c.checkworthiness for c in engine.extract(text, PUB)) >= 0.5
