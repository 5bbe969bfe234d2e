"""Fast tests of the check-worthiness scorer: range, determinism, ordering on clear cases, artifact."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from services.claim_extraction import Engine
from services.claim_extraction.scoring import ARTIFACT_PATH, CheckworthinessModel, sentence_features
from services.claim_extraction.sentence_cnn import CNN_PATH
from services.claim_extraction.word_vectors import VECTORS_PATH

FACTUAL = "Unemployment fell to 4.2 percent in March, the lowest rate since 2001, the Labor Department said."
BOILERPLATE = "Thank you very much, and God bless you all."
OPINION = "I think we should all be proud of what we believe in."


def _score(engine: Engine, text: str) -> float:
    doc = engine.nlp(text)
    return engine.model.score(sentence_features(doc), engine.model.vectorise(doc))


def test_scores_are_probabilities(engine: Engine) -> None:
    for text in (FACTUAL, BOILERPLATE, OPINION, "", "?", "12"):
        score = _score(engine, text)
        assert 0.0 <= score <= 1.0


def test_score_is_deterministic(engine: Engine) -> None:
    first = [_score(engine, t) for t in (FACTUAL, BOILERPLATE, OPINION)]
    reloaded = CheckworthinessModel.load()
    doc = engine.nlp(FACTUAL)
    assert reloaded.score(sentence_features(doc), reloaded.vectorise(doc)) == first[0]
    assert [_score(engine, t) for t in (FACTUAL, BOILERPLATE, OPINION)] == first


def test_factual_sentence_scores_high(engine: Engine) -> None:
    assert _score(engine, FACTUAL) >= 0.5


@pytest.mark.parametrize("text", [BOILERPLATE, OPINION])
def test_boilerplate_and_opinion_score_low(engine: Engine, text: str) -> None:
    assert _score(engine, text) < 0.5
    assert _score(engine, text) < _score(engine, FACTUAL)


def test_context_features_change_nothing_when_absent(engine: Engine) -> None:
    doc = engine.nlp(FACTUAL)
    assert sentence_features(doc) == sentence_features(doc, None, None)


def test_artifacts_are_small_and_load_without_pickle() -> None:
    for path in (ARTIFACT_PATH, VECTORS_PATH, CNN_PATH):
        assert path.suffix == ".npz"
        assert path.stat().st_size < 4 * 1024 * 1024
    with np.load(ARTIFACT_PATH, allow_pickle=False) as data:
        assert {"names", "idf", "weights", "intercept", "dense_mean", "dense_shared"} <= set(data.files)
        assert len(data["idf"]) == len(data["weights"]) > 1000
    with np.load(VECTORS_PATH, allow_pickle=False) as data:
        assert data["vectors"].dtype == np.int8
        assert data["vectors"].shape[0] == len(data["words"].tobytes().split(b"\n")) > 10_000
    with np.load(CNN_PATH, allow_pickle=False) as data:
        assert data["embedding"].dtype == np.int8
        assert data["embedding"].shape[0] == len(data["words"].tobytes().split(b"\n")) + 1 > 5_000
        assert data["stack"].shape == (2, 3)
        assert (data["stack"][:, :2] > 0).all()  # both inputs count, and count for the positive class


def test_the_network_is_a_convolution_over_word_windows(engine: Engine) -> None:
    """The numpy forward pass, written out per window: GloVe and task rows of each word, the
    three-word window (zeros past either edge), ReLU, then max and mean over the sentence."""
    cnn = engine.model.cnn
    words = ["taxes", "rose", "zqxjv", "12", "%", "."]
    x = cnn.inputs(words)
    width = x.shape[1]
    assert width == cnn.vectors.dim + cnn.embedding.shape[1]
    assert not x[2, : cnn.vectors.dim].any()  # an unknown word has no GloVe vector
    assert np.array_equal(x[2, cnn.vectors.dim :], cnn.embedding[0])  # ... and the unknown row
    hidden = []
    for t in range(len(words)):
        window = np.zeros(3 * width, np.float32)
        for k, u in enumerate((t - 1, t, t + 1)):
            if 0 <= u < len(words):
                window[k * width : (k + 1) * width] = x[u]
        hidden.append(np.maximum(window @ cnn.conv + cnn.conv_bias, 0.0))
    h = np.array(hidden)
    expected = np.concatenate([h.max(axis=0), h.mean(axis=0)]) @ cnn.out + cnn.out_bias
    assert np.allclose(cnn.logits_of_words(words), expected, atol=1e-4)
    assert cnn.logits(engine.nlp("Taxes rose zqxjv 12 % .")).tolist() == pytest.approx(
        expected.tolist(), abs=1e-4
    )
    assert np.isfinite(cnn.logits_of_words([])).all()


def test_the_network_alone_orders_clear_cases(engine: Engine) -> None:
    def logits(text: str) -> np.ndarray:
        return engine.model.cnn.logits(engine.nlp(text))

    factual = logits(FACTUAL)
    for text in (BOILERPLATE, OPINION):
        assert (logits(text) < factual).all(), text


def test_pooled_vectors_are_mean_and_max_of_known_words(engine: Engine) -> None:
    vectors = engine.model.vectors
    doc = engine.nlp("Taxes rose, zqxjv!")
    pooled = vectors.pooled(doc)
    rows = [vectors.vectors[vectors.index[w]].astype(np.float32) * vectors.scale for w in ("taxes", "rose")]
    assert pooled.shape == (2 * vectors.dim,)
    assert np.allclose(pooled[: vectors.dim], np.mean(rows, axis=0))
    assert np.allclose(pooled[vectors.dim :], np.max(rows, axis=0))
    assert not vectors.pooled(engine.nlp("!? zqxjv")).any()  # nothing known: zeros


def test_similar_words_score_alike(engine: Engine) -> None:
    """Word vectors carry a sentence past words unseen in training: a near-synonym moves the dense
    part of the margin less than an unrelated word does."""

    def dense(word: str) -> np.ndarray:
        doc = engine.nlp(f"The government raised {word} on steel imports by 25 percent last year.")
        return np.array(engine.model.dense_margins(engine.model.vectors.pooled(doc)))

    base = dense("tariffs")
    assert np.abs(base - dense("levies")).max() < np.abs(base - dense("feelings")).min()


def test_folded_terms_match_the_augmented_vector(engine: Engine) -> None:
    """The fast path equals scikit-learn's arithmetic on ``augment(features, dataset)``."""
    import math
    from collections import Counter

    from services.claim_extraction.scoring import DATASETS, augment

    model = engine.model
    dense = model.dense
    for text in (FACTUAL, BOILERPLATE, OPINION, "The the the 12 12 percent.", "?!"):
        doc = engine.nlp(text)
        features, vectors = sentence_features(doc), model.vectorise(doc)
        z = (vectors.pooled - dense.mean) / dense.std * dense.scale
        for index, dataset in enumerate(DATASETS):
            values = {
                f: (1.0 + math.log(n)) * model.idf[f]
                for f, n in Counter(augment(features, dataset)).items()
                if f in model.idf
            }
            norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
            margin = model.intercept + sum(v * model.weights[f] for f, v in values.items()) / norm
            margin += float(dense.shared @ z + dense.per_dataset[index] @ z)
            a, b, c = model.stack[index]
            margin = a * margin + b * float(vectors.cnn[index]) + c
            assert model.probability(features, vectors, dataset) == pytest.approx(
                1.0 / (1.0 + math.exp(-margin))
            )


def test_blends_weigh_the_dataset_definitions(engine: Engine) -> None:
    from services.claim_extraction.scoring import BLEND, TRANSCRIPT_BLEND

    doc = engine.nlp(FACTUAL)
    features, pooled = sentence_features(doc), engine.model.vectorise(doc)
    probs = engine.model.probabilities(features, pooled)
    assert engine.model.score(features, pooled) == pytest.approx(sum(w * probs[d] for d, w in BLEND.items()))
    assert engine.model.score(features, pooled, TRANSCRIPT_BLEND) == pytest.approx(
        sum(w * probs[d] for d, w in TRANSCRIPT_BLEND.items())
    )
    assert engine.model.score(features, pooled, {"claimbuster": 1.0}) == pytest.approx(probs["claimbuster"])


def test_a_clause_scores_no_higher_than_it_does_on_its_own(engine: Engine) -> None:
    text = "The administration killed more than 100 million chickens, and that's why we're in this position."
    claims = engine.extract(text, date(2025, 3, 5))
    assert len(claims) == 2
    first, second = claims
    assert first.checkworthiness >= 0.5
    assert second.checkworthiness < 0.5


def test_wire_caveats_police_appeals_and_quoted_questions_score_low(engine: Engine) -> None:
    text = (
        "Anyone with information is asked to call Crime Stoppers at 1-800-577-TIPS (8477). "
        "All calls are strictly confidential. Reuters could not independently verify the reports. "
        '"What did the children do to deserve this?" asked Maria Lopez.'
    )
    claims = engine.extract(text, date(2025, 6, 20))
    assert len(claims) == 4
    assert all(c.checkworthiness < 0.5 for c in claims)
    assert not any(c.facets.quantities for c in claims)


def test_a_fact_checks_own_verdict_is_furniture(engine: Engine) -> None:
    claims = engine.extract(
        "So Trump's claim that crossings fell 94% is largely accurate.", date(2025, 4, 16)
    )
    assert claims[0].checkworthiness <= 0.2
    # (a verdict that goes on to the facts after a colon is scored on them)
    text = "That second claim is correct: installations rose from 13,900 in 2023 to 16,200 in 2024."
    assert engine.extract(text, date(2025, 4, 16))[0].checkworthiness >= 0.5


def test_subheadings_and_a_claim_lines_attribution(engine: Engine) -> None:
    text = (
        "Fact-check: Did crime fall 20%?\n\n"
        'Claim: "Since I took office, violent crime has dropped by 20 percent." — Gov. Maria Reyes\n\n'
        "What the data says\n\n"
        "Arizona recorded 32,874 violent crimes in 2022.\n"
    )
    claims = {c.text: c for c in engine.extract(text, date(2025, 9, 23))}
    assert claims["What the data says"].checkworthiness < 0.2
    assert not any(t.startswith("—") for t in claims)


def test_demands_housekeeping_and_bare_amounts_are_no_claims(engine: Engine) -> None:
    text = (
        "Live updates from our politics team. All times Eastern. Last updated 1:15 a.m. ET.\n"
        "Pass a national right to counsel in eviction cases. And fund public housing repairs.\n"
        "Look, inflation is down 3% this year.\n"
        "Now, step one was a rescue package that was passed last week.\n"
        "Our economics correspondent, Daniel Okafor, has been following the bill and joins us now from "
        "Capitol Hill.\n"
        "For more on what this means, I'm joined by Rebecca Liang, chief economist at the institute.\n"
        "We look forward to updating you on our fourth-quarter results in February.\n"
        "MODERATOR: How much did it cost?\n"
        "SMITH: Forty-eight million dollars.\n"
        "MODERATOR: And the bridge?\n"
        "SMITH: About $12 million, all of it federal.\n"
    )
    scores = {text[c.start : c.end]: c.checkworthiness for c in engine.extract(text, date(2026, 11, 20))}
    for low in [
        "Last updated 1:15 a.m. ET.",
        "Pass a national right to counsel in eviction cases.",
        "And fund public housing repairs.",
        "We look forward to updating you on our fourth-quarter results in February.",
        "Forty-eight million dollars.",
        "Our economics correspondent, Daniel Okafor, has been following the bill and joins us now from "
        "Capitol Hill.",
        "For more on what this means, I'm joined by Rebecca Liang, chief economist at the institute.",
    ]:
        assert scores[low] < 0.5, low
    assert scores["Look, inflation is down 3% this year."] >= 0.5  # a discourse opener, not a demand
    put = "Put differently, for every €1 that went to the poorest 30% of homes, €2.70 went to the rich."
    assert engine.extract(put, date(2026, 1, 14))[0].checkworthiness >= 0.5
    assert engine.extract("Put the money back in schools.", date(2026, 1, 14))[0].checkworthiness < 0.5
    # "step" tagged as a verb, but "was" follows its noun phrase: a statement
    assert scores["Now, step one was a rescue package that was passed last week."] >= 0.5
    assert scores["About $12 million, all of it federal."] >= 0.5


def test_wire_credits_and_transcript_notices_are_furniture(engine: Engine) -> None:
    text = (
        "Drones hit Kyiv overnight, officials said.\n\n"
        "Associated Press writer Dasha Litvinova in Tallinn, Estonia, contributed to this report.\n\n"
        "Reuters reporting by Tom Balmforth; editing by Mark Heinrich.\n\n"
        "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine\n\n"
        "The following is a rush transcript of the debate held Thursday at Ohio State University.\n\n"
        "Mbala reported from Goma, Congo.\n\n"
        "Correction: an earlier version of this article misspelled the name of the Zezere river.\n\n"
        "Correction, 12 March 2025: An earlier version of this article said participants were followed "
        "for 12 years.\n\n"
        "This article was amended on 27 February 2025 to correct the number of abstentions.\n\n"
        "An earlier version of this story gave the wrong date for the vote.\n\n"
        "Jones reported from Kyiv that 12 people died.\n\n"
        "This post has been updated with Garrow's remarks.\n\n"
        "Mbala reported from Goma, Congo. Associated Press writer Ruth Asiimwe in Kinshasa contributed.\n\n"
        "This article was updated to add share price moves and comments from the analyst call.\n\n"
        "Listen to this article · 4 min\n\n"
        "TRANSCRIPT. This transcript was produced from a recording and may not be fully accurate.\n\n"
        "Recovery crews lift a derailed wagon near Marsh Lane, Aldersby, on Sunday. Photo: Eastern Post/Tom "
        "Whitcombe\n\n"
        "Caroline Petty covers education for the Ozarks Ledger. Reach her at cpetty@ozarksledger.com.\n"
    )
    scores = {c.text: c.checkworthiness for c in engine.extract(text, date(2026, 11, 20))}
    assert scores.pop("Drones hit Kyiv overnight, officials said.") >= 0.5
    assert scores.pop("Jones reported from Kyiv that 12 people died.") >= 0.5  # a report, not a credit
    assert all(score < 0.2 for score in scores.values()), scores


def test_a_dated_question_stays_capped_and_isnt_it_true_asserts(engine: Engine) -> None:
    text = (
        "NUNEZ: So if Medicare covered Glucora at today's prices, what would that cost taxpayers?\n\n"
        "ERIKSEN: I do not know.\n\n"
        "NUNEZ: But isn't it true that your company raised the list price of Glucora by 6% in January?\n\n"
        "ERIKSEN: Yes.\n"
    )
    scores = {c.text[:20]: c.checkworthiness for c in engine.extract(text, date(2026, 11, 20))}
    assert scores["So if Medicare cover"] <= 0.3
    assert scores["But isn't it true th"] >= 0.5


def test_wire_notes_promotions_and_fact_check_cards_are_furniture(engine: Engine) -> None:
    text = (
        "Net sales rose 3.4% to $4.87 billion in the fiscal third quarter.\n\n"
        "(Updates with analyst comment in fifth paragraph.)\n\n"
        "Before it's here, it's on the Bloomberg Terminal.\n\n"
        "Editor's note: This story has been updated to correct the name of the township.\n\n"
        "This fact check is available at IFCN's 2026 State of Fact-Checkers report.\n\n"
        "Marcus Hale\nstated on November 12, 2026 in a televised debate:\n"
        '"Since Dana Whitfield took office, violent crime in this county has doubled."\n\n'
        "We spoke with her on Monday. The conversation has been edited for length and clarity.\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))
    scores = {c.text: c.checkworthiness for c in claims}
    for low in [
        "(Updates with analyst comment in fifth paragraph.)",
        "Before it's here, it's on the Bloomberg Terminal.",
        "Editor's note: This story has been updated to correct the name of the township.",
        "This fact check is available at IFCN's 2026 State of Fact-Checkers report.",
        "Stated on November 12, 2026 in a televised debate:",
        "The conversation has been edited for length and clarity.",
    ]:
        assert scores[low] <= 0.2, low
    card = next(c for c in claims if c.facets.quote and "doubled" in c.text)
    assert card.checkworthiness >= 0.8
    assert card.facets.quote.speaker == "Marcus Hale"


def test_captions_update_notes_and_contact_lines_are_furniture(engine: Engine) -> None:
    text = (
        "Two teenagers have been charged in a string of armed carjackings, police said Thursday.\n\n"
        "FILE - Riverview police officers stand outside a gas station on Calder Avenue, Oct. 28, 2026, "
        "where a 71-year-old man was assaulted. (AP Photo/Jane Roe, File)\n\n"
        "This story has been updated to include comment from the defense attorney.\n\n"
        "Contact Dana Whitfield at 614-555-0133 or follow her on X @danawhit.\n"
    )
    claims = engine.extract(text, date(2026, 11, 20))
    assert [c.text for c in claims if c.checkworthiness >= 0.5] == [
        "Two teenagers have been charged in a string of armed carjackings, police said Thursday."
    ]


@pytest.mark.parametrize(
    ("text", "emphatic"),
    [
        ("We'll protect pre-existing conditions, 100 percent.", True),
        ("I'm a million percent behind our police.", True),
        ("The company owns 100 percent of the plant.", False),
    ],
)
def test_a_hundred_percent_as_emphasis_is_no_amount(engine: Engine, text: str, emphatic: bool) -> None:
    claim = engine.extract(text, date(2026, 11, 20))[0]
    assert (claim.facets.quantities == []) is emphatic
    assert (claim.checkworthiness <= 0.3) is emphatic


def test_the_writers_speculation_and_analysis_are_no_claims(engine: Engine) -> None:
    text = (
        "The real question is how much of next year's growth is already priced into the stock.\n\n"
        "The results are likely to reassure investors who had worried about a slowdown.\n\n"
        "Even so, the scale of the loss raises uncomfortable questions about how the region is managed.\n\n"
        "The deal is likely to cost $4 billion.\n\n"
        "Revenue rose 12% to $4.4 billion in the third quarter.\n"
    )
    scores = {text[c.start : c.end]: c.checkworthiness for c in engine.extract(text, date(2025, 10, 29))}
    assert (
        scores["The real question is how much of next year's growth is already priced into the stock."] < 0.5
    )
    assert scores["The results are likely to reassure investors who had worried about a slowdown."] < 0.5
    assert (
        scores[
            "Even so, the scale of the loss raises uncomfortable questions about how the region is managed."
        ]
        < 0.5
    )
    # a forecast with a figure is one to check later; a reported figure is a claim
    assert scores["The deal is likely to cost $4 billion."] >= 0.5
    assert scores["Revenue rose 12% to $4.4 billion in the third quarter."] >= 0.5


def test_a_tables_data_rows_are_claims_below_its_sentences(engine: Engine) -> None:
    text = (
        "Gas fell 9 cents in a week.\n\n"
        "The statewide average for a gallon of regular unleaded is $3.12, which is 9 cents less than a week "
        "ago and 14 cents less than a month ago, the motor club said in its weekly survey on Monday.\n\n"
        "City              Today     Week ago   Month ago\n"
        "Bellweather       $3.08     $3.17      $3.21\n"
        "Cobbton           $3.21     $3.28      $3.34\n\n"
        "Rank | Title | Distributor | Weekend Gross | Theaters\n"
        "1 | The Lantern Keeper | Paragon Sky | $48,200,000 | 4,012\n"
        "2 | Glass Meridian | Wrenfield | $21,600,000 | 3,945\n\n"
        "Yes\t66,900\t58.3%\nNo\t47,850\t41.7%\n\n"
        "Revenue       $412.6   up from last year\n"
    )
    scores = {
        text[c.start : c.end].strip(" |"): c.checkworthiness for c in engine.extract(text, date(2025, 8, 25))
    }
    for row in ["Bellweather       $3.08     $3.17      $3.21", "No\t47,850\t41.7%"]:
        assert 0.5 <= scores[row] < scores["Gas fell 9 cents in a week."], row
    assert any("The Lantern Keeper" in t and s >= 0.5 for t, s in scores.items())
    assert scores["City              Today     Week ago   Month ago"] < 0.5  # the header states nothing


def test_a_page_stamp_with_a_dash_is_furniture(engine: Engine) -> None:
    text = (
        "Updated - August 21, 2025 01:12 am IST - NEW DELHI\n\nThe Cabinet approved the scheme on Wednesday."
    )
    scores = {c.text: c.checkworthiness for c in engine.extract(text, date(2025, 8, 20))}
    assert scores["Updated - August 21, 2025 01:12 am IST - NEW DELHI"] < 0.2
    assert scores["The Cabinet approved the scheme on Wednesday."] >= 0.5


@pytest.mark.parametrize(
    "line",
    [
        "Press Release Number: 26-047",
        "Report Number: 24-02217-88",
        "Issued: 16/01/2026",
        "Last Reviewed or Updated: Sept. 23, 2025",
        "GAO-25-107412 Published: Jun 18, 2025.",
        "Filed January 14, 2026",
        "Argued and Submitted October 8, 2025",
        "Download Report (PDF, 2.4 MB)",
        "Full Report (58 pages)",
        "14 September 2025, 16:22 BST · Updated 17:05 BST",
        "An indictment is merely an allegation.",
        "If convicted, a federal district court judge will determine any sentence after considering the"
        " U.S. Sentencing Guidelines and other statutory factors.",
        "Assistant U.S. Attorneys Daniel P. Grzywacz and Leah M. Osterholt are prosecuting the case.",
        "The SEC appreciates the assistance of the U.S. Attorney's Office for the District of Arizona.",
        "Forwarded from Ministry of Defence of Valdeny",
        "👁 18.7K  edited  07:12",
        "water bill went up AGAIN 😤 · 12.3K",
        "Ordered by the House of Commons to be printed 24 February 2026",
        "Resolved, That the Report be the Fifth Report of the Committee to the House.",
        "Tel: +44 (0)113 496 0712 | Mobile: 07700 900 481",
        "4 | Meridian Coast Airlines 2025 Annual Report",
        "Dunmore v. Westfall Carriers, Inc., 67 F.4th 1018, 1023 (9th Cir. 2023).",
        "Reyes-Colón, 112 F.4th at 741.",
        "Issued on: 09/10/2025 - 17:26Modified: 09/10/2025 - 18:02",
        "(FRANCE 24 with AFP)",
        "Keep up to date with international news by downloading the France 24 app",
        "Updated on: February 19, 2026 / 6:04 PM EST / CBS News",
        "Sept. 18, 2025, 5:47 PM EDT / Updated Sept. 18, 2025, 9:02 PM EDT",
        "CLICK HERE TO GET THE FOX NEWS APP",
        "Fox News Digital reached out to the Department of Veterans Affairs and to Kimbrough's office",
        "Newsweek reached out to the state Department of Public Health for comment via email on Thursday.",
        "Update 2/12/26, 2:45 p.m. ET: This article has been updated with additional information.",
    ],
)
def test_a_documents_own_fields_links_and_closing_lines_are_furniture(engine: Engine, line: str) -> None:
    text = f"{line}\n\nThe grand jury returned a 14-count indictment on Tuesday."
    scores = {text[c.start : c.end]: c.checkworthiness for c in engine.extract(text, date(2026, 2, 19))}
    assert max(s for t, s in scores.items() if t in line) < 0.2, scores
    assert scores["The grand jury returned a 14-count indictment on Tuesday."] >= 0.5


def _extracted_score(engine: Engine, text: str) -> float:
    """The engine's score of a text of one sentence (its highest claim's)."""
    return max((c.checkworthiness for c in engine.extract(text, date(2026, 2, 19))), default=0.0)


def test_fields_that_only_look_like_them_stay_claims(engine: Engine) -> None:
    for line in [
        "The report was released on March 3, 2025.",
        "Number of deaths: 47",
        "In Smith v. Jones, 123 F.4th 456, the court held that yard drivers are exempt.",
    ]:
        assert _extracted_score(engine, line) >= 0.5, line


def test_a_recommendation_is_advice_not_a_claim(engine: Engine) -> None:
    advice = [
        "The Department should review the partnership funding rules and report back within six months.",
        "The Government should, by the time of the Spending Review next year, set out a ring-fenced"
        " maintenance budget of at least £90 million a year.",
        "Clinicians should consider measles in any patient with fever and rash.",
    ]
    for sentence in advice:
        assert _extracted_score(engine, sentence) < 0.5, sentence
    # a forecast with "should", and advice someone is reported to give, are claims
    for sentence in [
        "Capital expenditure for the year should come in at around $410 million.",
        "Public health officials say people living within about 1.5km of the site should stay indoors.",
    ]:
        assert _extracted_score(engine, sentence) >= 0.5, sentence


def test_a_lists_labels_and_figures_are_checkable(engine: Engine) -> None:
    text = "Here's how many stores are closing in each state:\n\nOhio: 14\nPennsylvania: 11\nMichigan: 9\n"
    scores = {text[c.start : c.end]: c.checkworthiness for c in engine.extract(text, date(2026, 1, 21))}
    assert scores["Pennsylvania: 11"] >= 0.5, scores
    text = "Branch | Visits | Proposal\nFenwick Road | 31,400 | Close\nMarsh Lane | 27,950 | Close\n"
    scores = {text[c.start : c.end]: c.checkworthiness for c in engine.extract(text, date(2026, 1, 21))}
    assert max(s for t, s in scores.items() if "Marsh Lane" in t) >= 0.5, scores


def test_a_results_tables_rows_are_checkable(engine: Engine) -> None:
    text = (
        "Pos  Driver             Team       Time/Gap\n"
        "1    Tomas Ahlgren      Valkyr     1h31m07.412s\n"
        "2    Rafael Quintero    Meridian   +1.806s\n"
        "3    Ines Carvalho      Stratos    +12.441s\n\n"
        "1. Dawit Worku (ETH) 2:05:41 CR\n"
        "2. Bernard Langat Kosgei (KEN) 2:06:19\n\n"
        "1. Valkyr – 488\n"
        "2. Meridian – 419\n"
    )
    claims = engine.extract(text, date(2025, 9, 14))
    scores = {text[c.start : c.end].strip(): c.checkworthiness for c in claims}
    for row in ["Rafael Quintero    Meridian   +1.806s", "Dawit Worku (ETH) 2:05:41 CR", "Meridian – 419"]:
        assert max(s for t, s in scores.items() if row in t) >= 0.5, (row, scores)
    assert scores["Pos  Driver             Team       Time/Gap"] < 0.5
