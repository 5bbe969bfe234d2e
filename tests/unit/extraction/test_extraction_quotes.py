from __future__ import annotations

from datetime import date

import pytest

from services.claim_extraction import Engine

PUB = date(2025, 5, 11)


def quotes(engine: Engine, text: str):
    return [c.facets.quote for c in engine.extract(text, PUB) if c.facets.quote]


def test_pronoun_speaker_after_quote_when_ner_calls_the_name_an_organisation(engine: Engine) -> None:
    text = (
        "Chancellor Olaf Scholz met reporters in Berlin. "
        '"We will not send the missiles. That decision is final," he said.'
    )
    found = quotes(engine, text)
    assert len(found) == 1
    assert found[0].speaker == "Olaf Scholz"
    assert found[0].text.startswith("We will not send the missiles. That decision is final")


def test_speaker_in_previous_sentence(engine: Engine) -> None:
    text = (
        "Chancellor Olaf Scholz met reporters in Berlin.\n"
        "Scholz later spoke again. "
        '"Germany has delivered 17 billion euros in aid since 2022."'
    )
    found = quotes(engine, text)
    assert found
    assert found[-1].speaker == "Olaf Scholz"


def test_multi_sentence_quote_with_speaker_after_stays_whole(engine: Engine) -> None:
    text = '"The plan is dead. Nobody in this building believes it," said Senator Maria Cantwell.'
    claims = engine.extract(text, PUB)
    assert len(claims) == 1
    assert claims[0].facets.quote is not None
    assert claims[0].facets.quote.speaker == "Maria Cantwell"
    assert "Nobody in this building" in claims[0].facets.quote.text


def test_unattributed_quote_keeps_null_speaker(engine: Engine) -> None:
    found = quotes(engine, 'According to officials, "the army recruited 20,000 soldiers in 2024."')
    assert found
    assert all(q.speaker is None for q in found)


def test_bare_quotation_after_an_unquoted_sentence_is_not_the_previous_speakers(engine: Engine) -> None:
    text = (
        '"We will act now," Starmer said. "This is final." '
        'Protesters gathered outside the Kremlin on Saturday. "No more war" was written on a banner.'
    )
    found = quotes(engine, text)
    assert [q.speaker for q in found] == ["Starmer", "Starmer", None]


def test_multi_paragraph_quotation(engine: Engine) -> None:
    text = (
        "Keir Starmer spoke in London on Sunday. "
        'He said: "We will act with our allies and we will not wait.\n'
        '"This is final and nobody should doubt it," he added.'
    )
    found = quotes(engine, text)
    assert len(found) == 2
    assert found[0].text == "We will act with our allies and we will not wait."
    assert [q.speaker for q in found] == ["Keir Starmer", "Keir Starmer"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title in apposition after the verb, a name the model takes for an organisation
        ('"This is a tax on jobs," said its chief executive, Rain Newton-Smith.', "Rain Newton-Smith"),
        # an organisation quoted as a whole, before or after the verb
        (
            '"This is a tax on jobs," said the Confederation of British Industry.',
            "Confederation of British Industry",
        ),
        (
            '"We will not stop here," the World Health Organization said in a statement.',
            "World Health Organization",
        ),
        # a generational suffix keeps its period; a sentence's full stop never ends a name
        (
            'Health Secretary Robert F. Kennedy Jr. said the outbreak was "not unusual."',
            "Robert F. Kennedy Jr.",
        ),
        ('"We are ready," said Maria Lopez.', "Maria Lopez"),
        # the one spoken to is not the speaker
        ('"It is over for us," he told Reuters.', None),
        # a name inside what the speech verb reports is no speaker; the organisation before the verb is
        (
            'The Office of Rail and Road warned in 2022 that the Hartwell viaduct was "at elevated risk".',
            "Office of Rail and Road",
        ),
        # the speaker before the last speech verb, past an earlier one ("to tell them about ...")
        (
            'And in the middle of the discussion, to tell them about the missiles, John Kennedy said, "Here, '
            'let me show you the photos."',
            "John Kennedy",
        ),
        # attribution verbs beyond "say"
        (
            'Zabihullah Mujahid called on aid organisations to help "our people who are suffering."',
            "Zabihullah Mujahid",
        ),
    ],
)
def test_speaker_forms(engine: Engine, text: str, speaker: str | None) -> None:
    found = quotes(engine, text)
    assert len(found) == 1
    assert found[0].speaker == speaker


def test_short_fragments_are_quotes_only_when_attributed(engine: Engine) -> None:
    found = quotes(engine, 'Its director, Paul Johnson, said the figures were "sobering" but not surprising.')
    assert [(q.text, q.speaker) for q in found] == [("sobering", "Paul Johnson")]
    assert quotes(engine, 'The so-called "peace plan" was rejected by both sides.') == []
    assert quotes(engine, 'Millions watched "Succession" on Sunday night.') == []
    assert quotes(engine, 'France introduced a similar "right to disconnect" in 2017.') == []
    assert quotes(engine, 'She is the author of "Working Ourselves to Death."') == []
    found = quotes(engine, 'Vance said the bill was "dead on arrival in the House."')
    assert [q.speaker for q in found] == ["Vance"]


def test_names_with_particles_stay_whole(engine: Engine) -> None:
    text = (
        '"We cannot prove that walking causes the lower risk," said lead author Borja del Pozo Cruz, '
        "an associate professor. "
        '"But the association is strong and consistent."'
    )
    assert [q.speaker for q in quotes(engine, text)] == ["Borja del Pozo Cruz", "Borja del Pozo Cruz"]
    found = quotes(engine, '"We will act now on defence," said Ursula von der Leyen, the EU leader.')
    assert [q.speaker for q in found] == ["Ursula von der Leyen"]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "'This is a tax on jobs,' said its chief executive, Rain Newton-Smith.",
            "This is a tax on jobs,",
            "Rain Newton-Smith",
        ),
        (
            "Rachel Reeves said: ‘We will not return to austerity.’",
            "We will not return to austerity.",
            "Rachel Reeves",
        ),
    ],
)
def test_single_quotation_marks_in_british_style(
    engine: Engine, text: str, quoted: str, speaker: str
) -> None:
    found = quotes(engine, text)
    assert [(q.text, q.speaker) for q in found] == [(quoted, speaker)]


def test_a_british_quotation_after_a_sentence_opens_its_own_sentence(engine: Engine) -> None:
    text = (
        "The government said on Monday that sales rose 3%. 'This is good news,' said the minister, Jane Bell."
    )
    spans = [text[c.start : c.end] for c in engine.extract(text, PUB)]
    assert spans[0] == "The government said on Monday that sales rose 3%."
    assert [(q.text, q.speaker) for q in quotes(engine, text)] == [("This is good news,", "Jane Bell")]


def test_british_quotations_are_never_cut_and_open_their_sentence(engine: Engine) -> None:
    text = (
        "Chancellor Rachel Reeves welcomed the decision. 'Today's cut is welcome news,' she said. "
        "'We have seen progress, but we are not yet at the point of victory,' Andrew Bailey told "
        "reporters. 'Rates are likely to fall, but we need more evidence.'"
    )
    spans = [text[c.start : c.end] for c in engine.extract(text, PUB)]
    assert spans == [
        "Chancellor Rachel Reeves welcomed the decision.",
        "'Today's cut is welcome news,' she said.",
        "'We have seen progress, but we are not yet at the point of victory,' Andrew Bailey told reporters.",
        "'Rates are likely to fall, but we need more evidence.'",
    ]
    assert [q.speaker for q in quotes(engine, text)] == ["Rachel Reeves", "Andrew Bailey", "Andrew Bailey"]


def test_a_british_quotation_of_two_sentences_stays_whole(engine: Engine) -> None:
    text = (
        "He said: 'Residents are being asked to pay more for less. This council has wasted £1.2m on a "
        "failed IT system.' The workers' union disagreed."
    )
    spans = [text[c.start : c.end] for c in engine.extract(text, PUB)]
    assert spans[0].endswith("failed IT system.'")
    assert spans[1] == "The workers' union disagreed."


def test_apostrophes_are_not_quotation_marks(engine: Engine) -> None:
    assert quotes(engine, "The voters' choice was clear, and Putin's war in the '90s didn't end.") == []
    assert quotes(engine, "He said the \"peace plan\" was the government's idea, not 'ours'.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The situation is dire for millions," according to Martin Griffiths, the UN relief chief.',
            "Martin Griffiths",
        ),
        ('"Prices will keep rising this year," according to the Bank of England.', "Bank of England"),
        ('The Federal Reserve said risks to its goals were "roughly in balance."', "Federal Reserve"),
        ('"It is the right move, but it is late," said Bernstein analyst Tom Akers.', "Tom Akers"),
        ('"We were patient, we did not panic," Haaland said.', "Haaland"),
        (
            'Vladimir Putin spoke on Sunday. "We are ready for talks now," the Russian leader said.',
            "Vladimir Putin",
        ),
        # a long title before the name and the verb
        (
            '"We sent a message," European Commission President Ursula von der Leyen told reporters.',
            "Ursula von der Leyen",
        ),
        # a title the model does not tag, and the name after it
        (
            '"A single year above 1.5C does not mean the goal is lost," said Prof Piers Forster of Leeds.',
            "Piers Forster",
        ),
        # a spokesman is someone else speaking for the person: here, for the organisation named
        (
            'Vladimir Putin spoke on Sunday. "We are ready for talks now," the Kremlin spokesman said.',
            "Kremlin",
        ),
        ('Vladimir Putin spoke on Sunday. "We are ready for talks now," the spokesman said.', None),
    ],
)
def test_attribution_by_source_or_role(engine: Engine, text: str, speaker: str | None) -> None:
    assert [q.speaker for q in quotes(engine, text)] == [speaker]


def test_who_speaks_for_someone_is_not_them(engine: Engine) -> None:
    text = (
        'JD Vance spoke on Monday. A spokesperson for Vance said he was "referring to the border numbers." '
        'Netanyahu\'s office called the statement "a huge prize for Hamas." '
        '"We will not stop," Biden spokesman Andrew Bates said.'
    )
    speakers = [c.facets.quote.speaker for c in engine.extract(text, PUB) if c.facets.quote]
    assert speakers == [None, None, "Andrew Bates"]
    text = (
        "The victims, Amelia Grant, 16, and Jacob Osei, 17, were struck by a car. "
        'In a statement, Amelia\'s family said: "She was the light of our lives." '
        '"We are ready," said Tom Harlan\'s lawyer.'
    )
    assert [c.facets.quote.speaker for c in engine.extract(text, PUB) if c.facets.quote] == [None, None]


def test_the_speaker_in_apposition_after_a_possessor_is_the_speaker(engine: Engine) -> None:
    text = (
        "David Harlan leads the race.\n"
        "Harlan's campaign manager, Rick Sorensen, posted on X that the early numbers were "
        '"exactly where we expected to be."\n'
        'Senator Lee\'s aide, Ann Cho, said "we will win by 10 points."\n'
    )
    speakers = [c.facets.quote.speaker for c in engine.extract(text, date(2026, 11, 20)) if c.facets.quote]
    assert speakers == ["Rick Sorensen", "Ann Cho"]


def test_a_verb_that_quotes_while_it_judges_names_the_speaker(engine: Engine) -> None:
    text = 'Mayor Leonard Pike praised the council for "making the investments that a growing city needs."'
    quotes = [c.facets.quote for c in engine.extract(text, date(2026, 11, 20)) if c.facets.quote]
    assert [q.speaker for q in quotes] == ["Leonard Pike"]


def test_a_speaker_described_by_role_before_the_quote_is_the_person_named_before(engine: Engine) -> None:
    text = (
        "Sen. Dana Whitfield has made public safety the centerpiece of her pitch.\n"
        "At a rally in Dayton last Thursday, the first-term Republican told a crowd of 2,000 supporters that "
        '"violent crime in Ohio has gone up 40 percent since 2020."\n'
    )
    quotes = [c.facets.quote for c in engine.extract(text, date(2026, 11, 20)) if c.facets.quote]
    assert [q.speaker for q in quotes] == ["Dana Whitfield"]


def test_a_name_after_a_role_is_the_speaker_whatever_the_model_tagged_it(engine: Engine) -> None:
    text = (
        "\"Brightwell's brands are loved by millions of families, and together we will be able to invest "
        'more in innovation and reach more shoppers," Halcyon Chief Executive Margaret Olsen said in a '
        'statement. "This is a transformative step for our company."'
    )
    quotes = [c.facets.quote for c in engine.extract(text, date(2026, 11, 20)) if c.facets.quote]
    assert [q.speaker for q in quotes] == ["Margaret Olsen", "Margaret Olsen"]


def test_a_fact_checks_claim_field_is_its_speakers_checkable_claim(engine: Engine) -> None:
    text = (
        "Fact-check: Did Senator Dana Whitfield say crime rose 40%?\n\n"
        'Claim: "Violent crime in Ohio has gone up 40 percent since 2020."\n\n'
        "Speaker: U.S. Sen. Dana Whitfield, R-Ohio, in a campaign speech in Dayton on Nov. 12, 2026.\n\n"
        "Rating: False\n"
    )
    claim = next(c for c in engine.extract(text, date(2026, 11, 20)) if c.text.startswith("Claim:"))
    assert claim.facets.quote is not None
    assert claim.facets.quote.speaker == "Dana Whitfield"
    assert claim.checkworthiness >= 0.8


def test_a_bare_quotation_after_she_said_continues_her_words(engine: Engine) -> None:
    text = (
        "Rania Haddad runs the aid agency.\n"
        "She said at least four hospitals had been damaged.\n"
        '"We are particularly worried about access to clean water."\n'
    )
    quotes = [c.facets.quote for c in engine.extract(text, date(2026, 11, 20)) if c.facets.quote]
    assert [q.speaker for q in quotes] == ["Rania Haddad"]


def test_a_surname_before_the_speech_verb_speaks_and_a_campaign_spokeswoman_is_no_candidate(
    engine: Engine,
) -> None:
    text = (
        "Election officials certified the results on Tuesday.\n"
        'In a statement, Whitmore said: "I congratulate both candidates on a hard-fought race."\n'
        'Harlan told the crowd, "We got more votes in every ward than anyone expected."\n'
        '"We will ask for a recount," a spokeswoman for the Dunlap campaign said.\n'
    )
    speakers = {q.text[:12]: q.speaker for q in quotes(engine, text)}
    assert speakers == {"I congratula": "Whitmore", "We got more ": "Harlan", "We will ask ": None}


def test_a_place_that_stands_for_a_government_speaks_through_its_spokesperson(engine: Engine) -> None:
    text = (
        "Downing Street defended the plan on Monday.\n"
        '"We are confident the reforms will work," a Downing Street spokesperson said.\n'
    )
    assert [q.speaker for q in quotes(engine, text)] == ["Downing Street"]


def test_two_speakers_quoted_in_one_sentence_each_keep_their_quote(engine: Engine) -> None:
    text = (
        'The Kremlin said the talks were "constructive," and Ukraine\'s Foreign Ministry said in a statement '
        'that they were "an ultimatum."'
    )
    claims = engine.extract(text, PUB)
    assert [(c.facets.quote.text, c.facets.quote.speaker) for c in claims if c.facets.quote] == [
        ("constructive,", "Kremlin"),
        ("an ultimatum.", "Ukraine's Foreign Ministry"),
    ]


def test_the_mayor_is_whoever_was_named_with_the_title_never_the_last_speaker(engine: Engine) -> None:
    text = (
        'Mayor Tom Reyes spoke on Tuesday. "That\'s noise, not a trend," said Jeffrey Ortega, a professor. '
        '"Crime is down," the mayor said. "It is up," the governor said.'
    )
    speakers = {q.text: q.speaker for q in quotes(engine, text)}
    assert speakers["Crime is down,"] == "Tom Reyes"
    assert speakers["It is up,"] is None


def test_a_relative_clause_about_the_speaker_between_quote_and_verb(engine: Engine) -> None:
    text = (
        "Jeffrey Ortega teaches criminal justice at Kent State University. "
        '"That\'s noise, not a trend," Ortega, who has studied crime data for two decades, said.'
    )
    assert [q.speaker for q in quotes(engine, text)] == ["Jeffrey Ortega"]


def test_ranks_according_to_appositions_and_titles_name_the_speaker(engine: Engine) -> None:
    text = (
        '"We recovered 14 firearms," said Det. Laura Kim.\n'
        '"Three people were shot," said Asst. Chief Ray Lund.\n'
        'According to police spokesman Sgt. Tim Harris, "the suspect fired at least six shots."\n'
        "Another teen, DeShawn Pierce, was sentenced to 12 years in prison in August.\n"
        "The judge in the Pierce case, Circuit Judge Helen Barrows, said she had seen "
        '"too many children in this courtroom with guns."\n'
        'The lawyer for Kevin Marsh, attorney Linda Gray, said her client "never touched the weapon."\n'
        "Sen. Raymond Delgado introduced the bill in March.\n"
        '"It will hire 5,000 agents," the senator said.\n'
    )
    speakers = [q.speaker for q in quotes(engine, text)]
    assert speakers == [
        "Laura Kim",
        "Ray Lund",
        "Tim Harris",
        "Helen Barrows",
        "Linda Gray",
        "Raymond Delgado",
    ]


def test_a_quotation_paragraph_left_open_takes_the_speaker_named_in_the_next(engine: Engine) -> None:
    text = (
        "Volodymyr Zelensky spoke in Kyiv.\n\n"
        '"We have lost 43,000 soldiers since the start of the war.\n\n'
        '"Every one of them is a hero," Zelensky told reporters.'
    )
    assert [q.speaker for q in quotes(engine, text)] == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


def test_a_byline_after_a_dash_is_the_speaker(engine: Engine) -> None:
    text = '"They shelled Kharkiv 40 times yesterday." — Oleh Syniehubov, governor of the Kharkiv region'
    assert [q.speaker for q in quotes(engine, text)] == ["Oleh Syniehubov"]


def test_a_dateline_is_no_earnings_call_label(engine: Engine) -> None:
    text = (
        'Zelensky: "We will not give up our land"\n\n'
        "KYIV — Ukrainian President Volodymyr Zelensky rejected the deal on Friday.\n\n"
        '"We are ready for peace," Zelensky said.'
    )
    claims = engine.extract(text, PUB)
    assert any(c.text.startswith("Ukrainian President Volodymyr Zelensky rejected") for c in claims)
    assert all(c.facets.quote is None or c.facets.quote.speaker != "Kyiv" for c in claims)


def test_a_role_in_apposition_names_the_speaker_a_later_role_refers_to(engine: Engine) -> None:
    text = (
        "The Ekunle State Governor, Mr Olamide Adesanwo-Fakunle, has approved the release of N2.5bn.\n\n"
        '"We paid these contractors 60 per cent of the contract sum in August 2024," the governor said.\n\n'
        "Nyaboke Kerubo, the county governor, opened the ward.\n\n"
        '"We have paid Sh212 million," the governor said.'
    )
    assert [q.speaker for q in quotes(engine, text)] == ["Olamide Adesanwo-Fakunle", "Nyaboke Kerubo"]


def test_more_speech_verbs_and_no_weekday_for_a_speaker(engine: Engine) -> None:
    text = (
        "A trader, Mrs Bisola Ajani-Ekundayo, said she lost goods worth about N3.8m.\n\n"
        '"Nobody warned us. The water came at night," she lamented.\n\n'
        'The governor on Tuesday warned: "The county will invoke the no-work, no-pay rule on Monday."'
    )
    assert [q.speaker for q in quotes(engine, text)] == ["Bisola Ajani-Ekundayo", None]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Scott Harlan spoke on Monday.\n\nHarlan said the project would be funded by a £400m loan.",
            "Scott Harlan",
        ),
        (
            "Gregory Ansah opened the shelter.\n\nHe noted that ridership on Route 9 rose 14% last year.",
            "Gregory Ansah",
        ),
        ("Councilman Ray Tolliver said this morning the department had 40 vacancies.", "Ray Tolliver"),
        ("The bridge will reopen in May, according to Mayor Tom Reyes.", "Tom Reyes"),
        ("Officials said the bridge would reopen in May.", None),  # no one named
        (
            "Gregory Ansah opened the shelter.\n\nHe thanked the firefighters for their work.",
            None,
        ),  # no report
        (
            "Jessica Ruiz, a nurse whose two children attend Ridgeway Elementary, said she works nights.",
            "Jessica Ruiz",
        ),
        (
            "Donald Palmer won the 2016 election, and Hillary Clinton said the result was close.",
            "Hillary Clinton",
        ),
        ("Millbrook police add two detectives to burglary unit", None),  # a headline's plural present
    ],
)
def test_reported_speech_names_its_claimant(engine: Engine, text: str, claimant: str | None) -> None:
    last = engine.extract(text, PUB)[-1]
    assert last.facets.claimant == claimant
    assert last.facets.quote is None


def test_a_quotation_keeps_its_speaker_and_no_claimant(engine: Engine) -> None:
    claim = engine.extract('"We cut rents by 3 percent," Mayor Tom Reyes said on Tuesday.', PUB)[0]
    assert claim.facets.quote is not None
    assert claim.facets.quote.speaker == "Tom Reyes"
    assert claim.facets.claimant is None


def test_a_claimant_is_the_reports_not_the_other_clauses(engine: Engine) -> None:
    first, second = engine.extract(
        "Donald Palmer won the 2016 election, and Hillary Clinton said the result was close.", PUB
    )
    assert first.facets.claimant is None
    assert second.facets.claimant == "Hillary Clinton"


def test_reported_speech_past_a_title_and_after_a_participle(engine: Engine) -> None:
    text = (
        "Dr. Marchetti reported that enrollment on the October census was 4,212 students.\n"
        "Hollis Brandt spoke against the plan, stating that 212 families had signed a petition.\n"
        "The plan passed, leaving 40 families without a stop.\n"
    )
    claimants = {c.text: c.facets.claimant for c in engine.extract(text, date(2025, 11, 12))}
    assert claimants["Dr. Marchetti reported that enrollment on the October census was 4,212 students."] == (
        "Marchetti"
    )
    assert claimants[
        "Hollis Brandt spoke against the plan, stating that 212 families had signed a petition."
    ] == ("Hollis Brandt")
    assert claimants["The plan passed, leaving 40 families without a stop."] is None


def test_a_report_before_told_whom_and_where_is_the_tellers(engine: Engine) -> None:
    text = (
        "Russia may export up to 53 mln tonnes of grain this season, which ends on June 30, Agriculture"
        " Minister Anatoly Derkachev told reporters on the sidelines of the forum."
    )
    claims = engine.extract(text, date(2026, 3, 12))
    first = next(c for c in claims if text[c.start : c.end].startswith("Russia may export"))
    assert first.facets.claimant == "Anatoly Derkachev"
    # (a verb with an object, no clause after it, reports nothing before it)
    text = "The floods minister, Daniel Okafor, announced a £350m recovery fund for councils."
    assert [c.facets.claimant for c in engine.extract(text, date(2026, 3, 12))] == ["Daniel Okafor"]
