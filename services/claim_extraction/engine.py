"""The engine: article text + publication date -> atomic claims with facets and scores.

Pipeline per article (all pure, deterministic):
segmentation (chunks -> spaCy ``nlp.pipe`` -> sentences) -> people registry and pronoun resolution
-> dates, quantities, quotations, entities -> clause splitting -> check-worthiness (sentence features
with the neighbouring sentences as context) -> claim type -> claim key -> in-article deduplication.
Sentences are consumed as a stream with one sentence of look-ahead, so memory is bounded by the
chunk size plus the claims produced.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import groupby, islice

from spacy.language import Language
from spacy.tokens import Span, Token

from schemas.claims import DateFacet, EntityFacet, ExtractedClaim, Facets, QuantityFacet, QuoteFacet
from services.claim_extraction.clauses import FINITE, QUOTING_ASIDE, Clause, clauses, finite_verb_at
from services.claim_extraction.coreference import (
    PERSON_NOUNS,
    PERSON_TITLES,
    SUBJECT_PRONOUNS,
    PeopleRegistry,
    capitalised,
    entity_at,
    first_name_genders,
    full_person,
    with_owner,
)
from services.claim_extraction.dates import (
    DateContext,
    dates,
    elapsed_time,
    read_dates,
    stated_date,
    undated_spans,
)
from services.claim_extraction.dedup import Candidate, deduplicate, stem
from services.claim_extraction.keys import claim_key, content_terms
from services.claim_extraction.pipeline import irregular_pasts
from services.claim_extraction.quantities import EMPHATIC_PERCENT, quantities
from services.claim_extraction.quotes import (
    SPEECH_VERBS,
    Quotation,
    attributed,
    find_quotations,
    reported_by,
    speaker_for,
)
from services.claim_extraction.scoring import (
    BLEND,
    TRANSCRIPT_BLEND,
    CheckworthinessModel,
    sentence_features,
)
from services.claim_extraction.segmentation import SegmentKind, Sentence, chunks, sanitise, sentences, steers
from services.claim_extraction.tables import table_figures, table_row
from services.claim_extraction.typing_rules import claim_type

BATCH_SIZE = 64
# entity labels that mark a name as not a person (never a pronoun antecedent)
_NOT_PEOPLE_LABELS = {"GPE", "LOC", "ORG", "NORP", "FAC"}
# "they" -> a plural subject noun phrase ("the four European leaders")
_PLURAL_HEADS = {"NNS", "NNPS"}
_NP_TAGS = {"DT", "CD", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "HYPH", "PRP$", "VBN"}
BOILERPLATE_FACTOR = 0.1
QUESTION_CAP = 0.3
# a statement of five words or more, then a short question tagged on: ", and what happened?", ", didn't he?"
_RHETORICAL_TAIL = re.compile(
    r"^(?:\S+\s+){4,}\S+,\s+(?:(?:and|but|so)\s+(?:what|who|how|why|where)\b[^,?]{0,40}|"
    r"(?:didn't|doesn't|don't|isn't|wasn't|aren't|weren't|won't|hasn't|haven't|hadn't|can't|couldn't|"
    r"wouldn't|shouldn't)\s+(?:he|she|it|they|we|you|I|there)|right|correct)\?$",
    re.IGNORECASE,
)
# A debater's rhetorical question asserts its clause: "Do you know that Senator Obama has voted for
# $860 billion of new spending?", "You know he came to the Senate and never once proposed ...?"
# (ClaimBuster train: 5 of 6 such questions are check-worthy; "You know what he did?" asks.)
_ASSERTING_QUESTION = re.compile(
    r"(?:(?:and|but|now|well|so|look),?\s+)*"
    r"(?:(?:do|did) you (?:know|realize|realise|remember|understand)|"
    r"(?:did|have) you (?:hear|heard|see|seen) \w+ (?:say|said|admit|admitted)|"
    r"you (?:know|realize|realise)|(?:isn'?t|is it not|wasn'?t|was it not)(?: it)? (?:true|a fact) that)\b"
    r"(?!\s+(?:what|who|whom|whose|why|how|where|when|which|if|whether)\b)",
    re.IGNORECASE,
)
# future without "will": "is expected to", "is set to", "plans to", "is going to"
_FUTURE = re.compile(
    r"\b(?:(?:is|are|'s|'re)\s+(?:expected|scheduled|set|due|slated|poised|going)\s+to|plans?\s+to|"
    r"(?:could|may|might) (?:come|happen|be announced) as (?:soon|early) as)\b",
    re.IGNORECASE,
)
_FRAMING = re.compile(
    r"\s*(?:just\s+|only\s+)?(?:say|tell|admit|add|note|repeat|point out|remind)\b", re.IGNORECASE
)
# a line that states nothing (no verb) and measures nothing (no number, or only a date's): "Interview
# with Janet Yellen", "The Latest", a show's name, "March 13, 2025 at 6:41 PM EDT"; "Inflation at 9.1%
# in June" keeps its score
VERBLESS_CAP = 0.3
# Reporting and legal furniture, not claims: "X did not respond to a request for comment", "declined
# to comment", "who asked not to be identified because the talks are private", a press release's
# forward-looking-statements disclaimer, a fact-check's own verdict ("We rate this claim Half True")
FURNITURE_CAP = 0.2
_FURNITURE = re.compile(
    r"\b(?:requests? for comment|declined to (?:comment|speculate|elaborate)|"
    # ("Newsweek reached out to the department for comment via email on Thursday.")
    r"reached out to [^.]{1,100}\bfor (?:comment|a response)\b|"
    r"(?:does|did|would) not comment on\b|"
    r"could not be (?:immediately )?reached|"
    r"not immediately (?:respond|reply|return|comment)|"
    r"did not (?:immediately )?(?:respond|reply) to (?:a |an |several |repeated )?"
    r"(?:request|email|message|call|question|inquir)|did not return (?:calls|messages|emails|requests)|"
    r"asked not to be (?:identified|named)|(?:spoke|speaking) on (?:the )?condition of anonymity|"
    r"forward-looking statements?|undertakes? no obligation|Private Securities Litigation Reform Act|"
    r"we rate (?:this|that|the) (?:claim|statement)|our (?:rating|ruling|verdict)\b|"
    r"we rate (?:it|this|that)\b|"
    # a fact checker's own work: "AFP has previously debunked false claims about ... here and here.",
    # "Lead Stories has reached out to @TruthRider"
    # (its own sentence, not a clause of one: "... clips since January, which Lead Stories has debunked")
    r"(?:(?m:^)|(?<=[.!?] ))(?:[\w@&'’.-]+ ){1,4}(?:has|have) (?:previously |also |already )?"
    r"(?:debunked|fact[- ]checked|written about|reached out to (?:@\w+|[^.]{0,60}\b(?:for comment|for a "
    r"response|through|via)\b))|"
    # a police log's own notes, however its lines run: "all persons are presumed innocent until proven
    # guilty", "The Police Department publishes this log each Tuesday", "To report an emergency, dial 911.",
    # "Reports are generally available 5-7 business days after an incident."
    r"\bpresumed innocent until proven guilty\b|\bpublishes this (?:log|report|list|page|bulletin)\b|"
    r"\b(?:to report|in) an emergency,? (?:dial|call) 9-?1-?1\b|"
    r"\b(?:reports|records) (?:are|is) (?:generally |usually |normally )?available "
    r"(?:\d|within\b|after\b|upon\b|on request\b)|"
    # (the Washington Post's: "He earns Two Pinocchios.", "Four Pinocchios", "The Pinocchio Test")
    r"\b(?:earns?|gets?|receives?|deserves?) (?:an? |the )?(?:one|two|three|four|\w+) pinocchios?\b|"
    r"(?m:^)(?:one|two|three|four) pinocchios?\W*$|(?m:^)the pinocchio test$|geppetto checkmark|"
    # a fact-check's own verdict: "So Trump's claim ... is largely accurate" (not one that goes on to the
    # facts: "That second claim is correct: installations rose from 13,900 in 2023 to 16,200")
    r"\b(?:claim|statement)\b[^.;]{0,80}\b(?:is|was) (?:largely |mostly |partly |partially |half |entirely |"
    r"completely )?(?:accurate|inaccurate|true|false|misleading|wrong|correct|exaggerated|unsupported)\b"
    r"(?!\s*:\s*\S)|"
    # a wire's caveat, a police appeal: "Reuters could not independently verify", "call Crime Stoppers"
    r"could not (?:be )?independently (?:verif|confirm)|(?:was|were|could|can) not (?:be )?(?:immediately )?"
    r"(?:independently )?(?:verified|confirmed)|anyone with information|"
    r"(?:call|contact)\w* (?:the )?(?:[\w']+ )?crime ?stoppers|"
    r"(?:calls?|tips?|information) (?:are|is|will be|will remain) (?:kept )?(?:strictly )?"
    r"(?:confidential|anonymous)|"
    # a page's or a call's own housekeeping: "Last updated 1:15 a.m. ET", "All times Eastern", "We look
    # forward to updating you on our fourth-quarter results"
    r"last (?:updated|modified)\b|all times (?:are )?(?:eastern|et|gmt|bst|local|pacific|central)\b|"
    r"look forward to (?:updating|speaking|talking|sharing|seeing|hearing|reporting)\b|"
    # an interview's editing note inside its introduction: "The conversation has been edited for length"
    r"\b(?:has|have) been (?:lightly |slightly )?(?:edited|condensed)(?: and (?:edited|condensed))? for "
    r"(?:length|clarity|brevity)\b|"
    # a show handing over: "... joins us now from Capitol Hill", "I'm joined by Rebecca Liang"
    r"\bjoins? (?:us|me)(?: now| live| tonight)?(?: from\b|\s*[.,]|$)|"
    r"\bjoining (?:us|me) (?:now|live|tonight)\b|"
    r"\b(?:I'm|I am|we're|we are) (?:now )?joined (?:now )?by\b|"
    # a pointer to more: "The full project list is available at glenhavenoregon.gov/fixstreets."
    r"\b(?:is|are) (?:now )?available (?:online )?at (?:https?://)?[\w-]+(?:\.[\w-]+)+|"
    # ("Full breakdown is on page 6 of the release: tamsin.com/investors": where to read more)
    r"(?:(?m:^)|(?<=[.!?] ))(?:the )?(?:full|more) (?:breakdown|details?|information|results|story|report)\b"
    r"[^.]{0,60}"
    r"(?:https?://)?[\w-]+\.(?:com|org|net|gov|co|io|news|uk)\b\S*$|"
    # a welcome opening a line and saying nothing else: "Good morning and welcome to our live coverage of
    # Storm Ingrid." (not "..., which brought winds of more than 90mph")
    r"(?m:^)(?:(?:good (?:morning|afternoon|evening)|hello|hi)\W+(?:and\s+)?)?"
    r"welcome (?:back )?to (?:our|the|this|my)\b[^,;]{0,80}$|"
    # a legislature's procedure: "The gentleman from Texas is recognized for 1 hour.", "I yield the
    # customary 30 minutes to ...", "I reserve the balance of my time.", "I ask unanimous consent that
    # ...", "The yeas and nays were ordered.", "Pursuant to clause 8 of rule XX, ..."
    r"\bis\s+recognized\s+for\s+\d+\s+(?:minutes?|hours?|seconds?)\b|"
    r"\bI\s+yield\s+(?:myself|back|the\s+(?:customary|balance)|\d+\s+(?:minutes?|seconds?))\b|"
    r"\bI\s+reserve\s+the\s+balance\s+of\s+my\s+time\b|\bask\s+unanimous\s+consent\b|"
    r"\bthe\s+yeas\s+and\s+nays\s+(?:were|are)\s+(?:ordered|requested|demanded)\b|"
    r"\bthe\s+question\s+was\s+taken\b|\bfurther\s+proceedings\s+on\s+this\s+(?:question|motion)\b|"
    r"\bpursuant\s+to\s+(?:clause|section)\s+\d+\s+of\s+rule\b|\bfor\s+the\s+purpose\s+of\s+debate\s+only\b|"
    r"\bI\s+include\s+in\s+the\s+Record\b|"
    # ("Mr. President, I rise today on behalf of the people of Corvell", "I rise in support of H.R. 12")
    r"(?:(?m:^)|(?<=[.!?,] ))I\s+rise\s+(?:today\s+|this\s+\w+\s+)?(?:in|to|on\s+behalf)\b|"
    # a release's line before the remarks it prints: "Below are the senator's remarks as delivered:"
    r"\bremarks\s+as\s+(?:delivered|prepared(?:\s+for\s+delivery)?)\b)",
    re.IGNORECASE,
)
# A sentence anchored to a resolved date or a measured quantity is checkable by construction. The size
# was chosen on the datasets' dev splits (0, 0.05, 0.1): 0.1 cost ClaimBuster dev AP 0.739 -> 0.729.
SPECIFICITY_BONUS = 0.05
# Caps, floors and the bonus keep the order of the scores they move: a cap scales a score into
# [0, cap], a floor lifts it into [floor, ...], the bonus never reaches 1. Clamping made ties (201
# ClaimBuster dev sentences at exactly 1.0, 14 of them negatives), and the seed scorer ranks tied
# negatives first: with the ties, AP as it counts was 0.752 on ClaimBuster dev as transcripts, 0.781
# as scikit-learn counts it.
SCORE_DIGITS = 6


def _capped(score: float, cap: float) -> float:
    """``score`` scaled into [0, cap]: "at most cap", the order within kept."""
    return score * cap if score > 0 else 0.0


def _floored(score: float, floor: float) -> float:
    """``score`` lifted to at least ``floor``, the order kept (a floor of 0.6: 0.2 -> 0.62, 0.9 stays)."""
    return max(score, floor + 0.1 * score)


def _with_bonus(score: float) -> float:
    """``score`` plus the specificity bonus, at most half the way to 1 (so never a tie at 1.0)."""
    return round(min(score + SPECIFICITY_BONUS, score + (1.0 - score) / 2), SCORE_DIGITS)


# A table's data row states its figures ("Bellweather   $3.08   $3.17   $3.21", "Yes\t66,900\t58.3%"):
# checkable, if below the sentences that state a claim in words
TABLE_ROW_FLOOR = 0.55
# A direct quotation attributed to a named person is checkable: did they say it, is it accurate? (A
# quoted word or two, 'the figures were "sobering"', is scored as the sentence around it.)
ATTRIBUTED_QUOTE_FLOOR = 0.6
# A demand or an instruction states no fact: "Pass a national right to counsel.", "Ask them why ..."
IMPERATIVE_CAP = 0.3
# words that open a sentence before its verb, and imperatives that introduce a claim rather than
# demand something ("Look, inflation is down", "Remember, unemployment was 10%", "Let me be clear")
_OPENERS = {"and", "but", "so", "please", "just", "now", "then", "also", "instead", "simply"}
_DISCOURSE_IMPERATIVES = {
    "let", "look", "remember", "consider", "note", "imagine", "take", "think", "understand", "make",
    "recall", "mind", "see", "listen", "keep", "bear", "compare",
}  # fmt: skip
# A fact-check's 'Claim: "..."' line is the claim it checks.
CLAIM_FIELD_FLOOR = 0.8
_CLAIM_FIELD = re.compile(r"\s*(?:the\s+)?(?:claim|what was claimed|statement|claimed)\s*:", re.IGNORECASE)
# a fact-check's field naming who made the claim: "Speaker: U.S. Sen. Dana Whitfield, R-Ohio, in a speech"
_CLAIMANT_FIELD = re.compile(
    r"^\s*(?:speaker|claimed by|said by|who said it|made by|attributed to|claimant)\s*:\s*(?P<who>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)
_NAME = re.compile(r"(?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+(?:-[A-Z][a-z'’-]+)?")
# PolitiFact's statement card: the person on a line, (their role,) then "stated on <date> in ...:" and
# the quotation they are checked on
_STATED_ON = re.compile(r"\s*stated on\b[^\n]{0,120}:\s*$", re.IGNORECASE)
_STATED_BY = re.compile(
    r"^(?P<who>" + _NAME.pattern + r")\s*\n(?:[^\n]{0,60}\n)?\s*stated on\b", re.IGNORECASE | re.MULTILINE
)
# the share of a transcript's (non-moderator) words two speakers must say to be its debaters
DEBATERS_SHARE = 0.8
# A transcript moderator's lines (questions, hand-overs) are not claims.
MODERATOR_CAP = 0.2
_YOU_SAID = re.compile(
    r"\byou (?:said|say|told|called|wrote|claimed|promised|tweeted|posted)\b", re.IGNORECASE
)
# labels that name no one: a town hall's "QUESTION:", "AUDIENCE MEMBER:", "UNIDENTIFIED MALE:"
_NAMELESS_LABELS = {
    "question", "questioner", "audience", "audience member", "unidentified male", "unidentified female",
    "unidentified", "unknown", "unknown speaker", "voice",
}  # fmt: skip
# Chairing a hearing or a debate, whoever does it: "Senator Durbin, you have five minutes", "The
# committee will come to order", "I yield back", "Without objection, so ordered". Capped as a
# moderator's lines are, in transcripts only.
_PROCEDURE = re.compile(
    r"\b(?:you have (?:\w+ )?(?:minutes?|seconds?)|(?:will|shall) (?:come|be) (?:to|in) order|"
    r"(?:is|are) (?:now )?recognized|(?:i|the chair) (?:now )?recognizes?\b|yields? (?:back|the floor|to)|"
    r"(?:your|the (?:gentle(?:man|woman|lady)|senator|member)'s) time (?:has )?expired|"
    r"reclaiming my time|without objection|so ordered|list (?:his|her|their) official engagements|"
    r"the (?:hearing|committee|meeting) (?:is|stands) (?:adjourned|in recess)|"
    r"thank you,? (?:mr\.|madam|madame) (?:chair(?:man|woman)?|speaker|president)|"
    r"thank you(?: (?:very|so) much| all)?[.!]?$)",  # "Speaker Mike Johnson, ..., thank you very much."
    re.IGNORECASE,
)


@dataclass
class _ArticleState:
    """What the engine remembers while reading one article."""

    text: str
    published_at: date | None
    people: PeopleRegistry = field(default_factory=PeopleRegistry)
    last_speaker: str | None = None
    organisation: str | None = None  # the organisation the previous sentence was about, if any
    turn: str | None = None  # the speaker label of the transcript turn being read
    asked: bool = False  # whether the last sentence read was a question
    candidates: list[Candidate] = field(default_factory=list)
    known_days: dict[tuple[int, int], int] = field(default_factory=dict)  # days dated in full so far
    claimant: str | None = None  # who made the claim a fact-check checks (its "Speaker:" field)
    last_year: int | None = None  # the year of the last date read
    last_day: date | None = None  # the last full day read ("the following day" counts from it)
    last_month: date | None = None  # the first day of the last month read ("the following month")
    reported_by: str | None = None  # the person whose reported speech the last sentence was ("She said ...")
    debaters: list[str] = field(default_factory=list)  # a transcript's speakers who are no moderators
    dialogue: bool = False  # a transcript with two speakers or more
    introduced: list[str] = field(default_factory=list)  # people a Q&A's introduction names
    turn_seen: bool = False  # whether a transcript turn has begun


@dataclass(frozen=True)
class Engine:
    """A loaded engine: the spaCy pipeline and the check-worthiness model."""

    nlp: Language
    model: CheckworthinessModel

    def extract(self, text: str, published_at: date | None = None) -> list[ExtractedClaim]:
        """All candidate claims of one article (callers filter by ``checkworthiness``)."""
        return self.extract_many([(text, published_at)])[0]

    def extract_many(self, items: Iterable[tuple[str, date | None]]) -> list[list[ExtractedClaim]]:
        """Claims of many articles; all their chunks go through one batched ``nlp.pipe``."""
        articles = [
            _ArticleState(clean, _reference_date(clean, published_at), claimant=_claimant(clean))
            for clean, published_at in ((sanitise(text), published_at) for text, published_at in items)
        ]
        pieces = [list(chunks(a.text)) for a in articles]
        for state, article_chunks in zip(articles, pieces, strict=True):
            # a debate between two: each one's "my opponent" is the other (two who say nearly all of
            # it, past a one-line "Speaker 3: Next question.")
            spoken = Counter[str]()
            for c in article_chunks:
                if c.speaker and not c.moderator:
                    spoken[c.speaker] += len(c.text.split())
            leading = spoken.most_common(2)
            if len(spoken) > 2 and sum(n for _, n in leading) >= DEBATERS_SHARE * sum(spoken.values()):
                spoken = Counter(dict(leading))
            state.debaters = sorted(spoken)
            # an exchange (a debate, an interview) is what ClaimBuster's coders labelled; a speech by one
            # speaker is what PoliClaim's did (see TRANSCRIPT_BLEND)
            state.dialogue = len({c.speaker for c in article_chunks if c.speaker}) >= 2
        stream = ((c.text, (i, c)) for i, article_chunks in enumerate(pieces) for c in article_chunks)
        docs = self.nlp.pipe(stream, as_tuples=True, batch_size=BATCH_SIZE)
        for index, group in groupby(docs, key=lambda item: item[1][0]):
            state = articles[index]
            sents = (s for doc, (_, chunk) in group for s in sentences(doc, chunk))
            for prev, sent, nxt in _with_neighbours(sents):
                self._read_sentence(state, sent, prev, nxt)
        return [deduplicate(a.candidates) for a in articles]

    def _read_sentence(
        self, state: _ArticleState, sent: Sentence, prev: Sentence | None, nxt: Sentence | None
    ) -> None:
        if sent.kind is SegmentKind.DATELINE:
            # "SAN JOSE, Calif., March 13 (Reuters) -": the story's own day, which "today" and "on
            # Tuesday" count from (the publication date may be a day later)
            day = _dateline_day(state.text[sent.start : sent.end], state.published_at)
            state.published_at = day or state.published_at
            return
        span, offset = sent.span, sent.offset
        sentence_text = state.text[sent.start : sent.end]
        if not any(char.isalnum() for char in sentence_text):
            return  # a stray "[" or "***": no words, no claim
        quotations = find_quotations(sentence_text, sent.start)
        asked, state.asked = state.asked, sentence_text.rstrip().endswith("?")
        if sent.speaker != state.turn:
            # a new turn: what the last speaker called "he" or "they" is not what this one means,
            # unless the turn answers a question about them ("Trump says he'd impose a 10% tariff. What
            # would that do?" - "He imposed tariffs in 2018")
            state.turn = sent.speaker
            if not asked:
                state.people.forget_context()
            state.organisation = None
            if (opponent := _opponent(state, sent)) and state.people.gender(opponent):
                # in a debate between two, "she" at the start of a turn is the other one (when her
                # first name says she is a she): "She vetoed the insulin bill"
                state.people.last_person = opponent
        if sent.speaker:
            state.people.learn(sent.speaker)  # "JAKE TAPPER:" makes a later "TAPPER:" Jake Tapper
        # "A:" in a Q&A names no one, unless the introduction named the one person interviewed: the
        # turn has no speaker to attribute or substitute
        turn_speaker = (
            state.people.resolve(sent.speaker)
            if sent.speaker and len(sent.speaker) > 1 and sent.speaker.lower() not in _NAMELESS_LABELS
            else None
        )
        if sent.speaker == "A" and len(set(state.introduced)) == 1:
            turn_speaker = state.people.resolve(state.introduced[0])
        # a turn's speaker is never the "he" of a quotation in it ('He said, "The buck stops here."')
        state.people.speaking = turn_speaker
        if sent.speaker is None and not state.turn_seen and sent.kind is SegmentKind.BODY:
            # (not the byline's interviewer or the photo's credit: "Interview by Priya Nandakumar")
            state.introduced += [
                ent.text for ent in span.ents if ent.label_ == "PERSON" and len(ent.text.split()) >= 2
            ]
        state.turn_seen = state.turn_seen or sent.speaker is not None
        # a byline or caption names no one the story's "he" or "she" can mean
        boilerplate = sent.kind is SegmentKind.BOILERPLATE
        if boilerplate and not sentence_text.lower().startswith("by "):
            # a transcript's header or list of participants ("Jake Tapper (CNN)") names the people
            # its labels call "TAPPER:"; a byline's author is no one the story talks about
            for ent in span.ents:
                if ent.label_ == "PERSON":
                    name = re.split(r"\s+[-–—]+\s+|\s*[(,]", ent.text)[0]  # "Tom Lee - Citi"
                    state.people.learn(name.title() if name.isupper() else name)  # "LAURA FINCH"
            if listed := _LISTED_NAME.match(sentence_text):  # "RAYMOND OYELARAN, Chief Economist, ..."
                state.people.learn(listed["name"].title())
        replacements = (
            {}
            if boilerplate
            else _resolve_people(
                span,
                offset,
                quotations,
                state.people,
                turn_speaker,
                in_turn=sent.speaker is not None,
                opponent=_opponent(state, sent) if sent.speaker and not sent.moderator else None,
            )
        )
        if turn_speaker is not None:  # "MUIR: Good evening, I'm David Muir": the name is known now
            turn_speaker = state.people.speaking = state.people.resolve(turn_speaker)
        _resolve_organisation(span, offset, quotations, state.organisation, replacements)
        _resolve_own_possessive(span, offset, quotations, replacements)
        state.organisation = _organisation_subject(span) or _thing_subject(span)
        marked = quotations  # words in quotation marks, a quotation or not, are left as said
        quotations = attributed(quotations, span, offset, state.people)
        speaker = self._speaker(state, sent, quotations, prev, nxt)
        # reported speech's claimant ("Harlan said the project would ..."), before the sentence's names
        # are registered anew; a transcript turn's and a quotation's speakers are the quote facet's
        claimant = reported_by(span, offset, state.people) if not marked and sent.speaker is None else None
        # "She said at least four hospitals ...": who a next bare quotation continues
        opener = span[0]
        state.reported_by = (
            replacements.get(opener.i)
            if opener.lower_ in {"he", "she"} and any(t.lemma_.lower() in SPEECH_VERBS for t in span)
            else None
        )
        claim_field = bool(quotations) and (
            _CLAIM_FIELD.match(sentence_text) is not None
            or (prev is not None and _STATED_ON.match(state.text[prev.start : prev.end]) is not None)
        )
        if claim_field:  # a fact-check's 'Claim: "..."': the claim it checks, said by its "Speaker:"
            speaker = speaker or state.claimant
        # "will be held" is future: a participle after "be" is a passive, not a past
        past = any(t.tag_ == "VBD" or (t.tag_ == "VBN" and t.nbor(-1).lower_ != "be") for t in span[1:])
        past = past or span[0].tag_ in {"VBD", "VBN"}
        # "I will say that ...", "I'll tell you": a frame around what is said, not a future
        future = any(
            t.lower_ in {"will", "shall", "'ll"}
            and not _FRAMING.match(sentence_text, t.idx + offset - sent.start + len(t))
            for t in span
        )
        if _FUTURE.search(sentence_text):  # "is expected to vote on Friday": ahead, though "expected" is VBN
            future, past = True, False
        # present tense alone, in the body (headlines narrate the past in the present): what is scheduled
        present = sent.kind is SegmentKind.BODY and any(t.tag_ in {"VBZ", "VBP"} for t in span)
        context = DateContext(
            state.published_at,
            past,
            future,
            present,
            state.known_days,
            state.last_year,
            state.last_day,
            state.last_month,
        )
        frame = _TenseFrame.of(span)
        found_dates, unresolved = read_dates(
            sentence_text, sent.start, context, local=lambda at: _local_tense(frame, offset, at, context)
        )
        if found_dates:
            state.last_year = int(found_dates[-1].value[:4])
        if days := [d for d in found_dates if _FULL_DAY.fullmatch(d.value)]:
            state.last_day = date.fromisoformat(days[-1].value)
        if months := [d for d in found_dates if len(d.value) >= 7]:
            state.last_month = date(int(months[-1].value[:4]), int(months[-1].value[5:7]), 1)
        for found in found_dates:  # "October 7, 2023": a later "October 7" is that day
            if _FULL_DAY.fullmatch(found.value) and re.search(r"\b\d{4}\b", found.text):
                state.known_days[(int(found.value[5:7]), int(found.value[8:10]))] = int(found.value[:4])
        # (the time since an event is an amount as well as the event's date: "It has been nine days since
        # the tank ruptured" -> 9 days)
        exclude = [(d.start, d.end) for d in found_dates if not elapsed_time(d.text)] + unresolved
        exclude += [(sent.start + a, sent.start + b) for a, b in undated_spans(sentence_text)]
        found_quantities = quantities(span, offset, exclude)
        in_table = sent.kind is not SegmentKind.BOILERPLATE and table_row(state.text, sent.start, sent.end)
        if in_table:
            found_quantities = table_figures(state.text, sent.start, sent.end, found_quantities)
        blend = TRANSCRIPT_BLEND if sent.speaker and state.dialogue else BLEND
        score = self._score(sent, prev, nxt, blend)
        if (found_dates or any(q.unit for q in found_quantities)) and not _asks(span):
            score = _with_bonus(score)  # (a question stays capped)
        if not any(t.pos_ in {"VERB", "AUX"} for t in span) and (
            not found_quantities or _only_amounts(sentence_text, sent.start, found_quantities)
        ):
            # its numbers, if any, are a date ("September 10, 2024"), or it is an amount alone, an
            # answer that says nothing of what it counts ("Forty-eight million dollars.")
            score = _capped(score, VERBLESS_CAP)
        if in_table:
            score = _floored(score, TABLE_ROW_FLOOR)
        if _CITATION_ONLY.fullmatch(
            sentence_text.strip()
        ):  # a case citation alone: "Dunmore v. Westfall, ..."
            score = _capped(score, FURNITURE_CAP)
        # (a quoted question asks, it claims nothing; a debater quoting Will Rogers or Kennedy in a
        # transcript turn is rhetoric, scored as the turn's other sentences: ClaimBuster dev as
        # transcripts F1 0.715 -> 0.718)
        # (in a debate, a quotation of the other debater is a claim about them: 'She called it, and I
        # quote, "a monument to cruelty."')
        # (not in furniture: a cited article's title in a reference list, '"Cascade Fiber to close mill".')
        if (
            speaker is not None
            and sent.kind is not SegmentKind.BOILERPLATE
            and (not sent.speaker or speaker == _opponent(state, sent))
            and any(not q.fragment and not q.text.rstrip().endswith("?") for q in quotations)
        ):
            score = _floored(score, ATTRIBUTED_QUOTE_FLOOR)
        if claim_field:
            score = _floored(score, CLAIM_FIELD_FLOOR)
        if (
            not sent.speaker
            and not quotations
            and _writers_speculation(sentence_text, found_dates, found_quantities)
        ):
            score = _capped(score, SPECULATION_CAP)
        if not quotations and _recommends(span):
            score = _capped(score, SPECULATION_CAP)
        if (sent.moderator and not _moderators_claim(span, found_quantities, found_dates)) or (
            sent.speaker and _PROCEDURE.search(sentence_text)
        ):
            score = _capped(score, MODERATOR_CAP)
        if turn_speaker is not None and not sent.moderator:
            opponent = _opponent(state, sent)
            replacements = {
                **_speaker_for_first_person(
                    span, offset, marked, turn_speaker, irregular_pasts(self.nlp), opponent
                ),
                **replacements,
            }
        parts = clauses(span, [(q.start - offset, q.end - offset) for q in quotations])
        for part in parts:
            clause = part.span
            start = max(sent.start, clause[0].idx + offset)
            end = min(sent.end, clause[-1].idx + len(clause[-1]) + offset)
            if start >= end:
                continue
            part_score = score
            if len(parts) > 1:
                # a clause scores no higher than it does on its own: "The administration killed 100
                # million chickens, | and that's why we're in this position" (the second is no claim)
                part_score = min(
                    score,
                    self._clause_score(
                        sent, clause, prev, nxt, found_dates, found_quantities, start, end, blend
                    ),
                )
                if speaker is not None and any(
                    not q.fragment and start < q.end and q.start < end for q in quotations
                ):
                    part_score = max(part_score, min(score, _floored(part_score, ATTRIBUTED_QUOTE_FLOOR)))
            if EMPHATIC_PERCENT.search(state.text, start, end) and not any(
                start < q.end and q.start < end for q in found_quantities
            ):
                part_score = _capped(part_score, VERBLESS_CAP)  # its only number an emphasis: "..., 100%."
            # furniture caps the clause it is in: "Halden is in talks to buy Corvex, said the people |
            # who asked not to be identified ..." keeps the first claim's score
            furniture = _FURNITURE.search(state.text, start, end) is not None
            state.candidates.append(
                self._candidate(
                    state,
                    sent,
                    part,
                    (start, end),
                    _capped(part_score, FURNITURE_CAP) if furniture else part_score,
                    replacements,
                    found_dates,
                    found_quantities,
                    quotations,
                    speaker,
                    turn_speaker,
                    claimant,
                )
            )

    def _speaker(
        self,
        state: _ArticleState,
        sent: Sentence,
        quotations: list[Quotation],
        prev: Sentence | None,
        nxt: Sentence | None,
    ) -> str | None:
        if not quotations:
            state.last_speaker = None  # a later bare quotation continues no one's quote
            return None
        who = speaker_for(sent.span, sent.offset, quotations[0], state.people)
        whole = quotations[0].start == sent.start and not state.text[quotations[-1].end : sent.end].strip(
            " .,;:!?…"
        )
        if who is None and quotations[-1].open and nxt is not None:
            # a paragraph of a quotation that goes on in the next: its speaker is named there ('"We have
            # lost 43,000 soldiers. | "Every one of them is a hero," Zelensky said.')
            following = find_quotations(state.text[nxt.start : nxt.end], nxt.start)
            if following and following[0].start == nxt.start:
                who = speaker_for(nxt.span, nxt.offset, following[0], state.people)
        if who is None and whole and prev is not None:
            # a sentence that is nothing but a quotation continues the previous speaker's quote
            who = state.last_speaker or _first_person(prev.span, state.people) or state.reported_by
        if who is None and _YOU_SAID.search(state.text, sent.start, quotations[0].start):
            # a debater to the other: 'You said in 2019, and I quote, "..."'
            who = _opponent(state, sent)
        state.last_speaker = who
        return who

    def _clause_score(
        self,
        sent: Sentence,
        clause: Span,
        prev: Sentence | None,
        nxt: Sentence | None,
        found_dates: list[DateFacet],
        found_quantities: list[QuantityFacet],
        start: int,
        end: int,
        blend: Mapping[str, float],
    ) -> float:
        """The model's score of one clause of a sentence read on its own, with the sentence's
        neighbours; the specificity bonus when the clause itself has a date or an amount."""
        features = sentence_features(clause, prev.span if prev else None, nxt.span if nxt else None)
        score = self.model.score(features, self.model.vectorise(clause), blend)
        if any(start < d.end and d.start < end for d in found_dates) or any(
            q.unit and start < q.end and q.start < end for q in found_quantities
        ):
            score = _with_bonus(score)
        return round(min(1.0, max(0.0, score)), SCORE_DIGITS)

    def _score(
        self, sent: Sentence, prev: Sentence | None, nxt: Sentence | None, blend: Mapping[str, float]
    ) -> float:
        features = sentence_features(sent.span, prev.span if prev else None, nxt.span if nxt else None)
        score = self.model.score(features, self.model.vectorise(sent.span), blend)
        if sent.kind is SegmentKind.BOILERPLATE:
            score *= BOILERPLATE_FACTOR
        if _asks(sent.span) or not any(t.is_alpha for t in sent.span):
            score = _capped(score, QUESTION_CAP)
        if not any(t.pos_ in {"VERB", "AUX"} or t.like_num for t in sent.span):
            score = _capped(score, VERBLESS_CAP)
        if _imperative(sent.span):
            score = _capped(score, IMPERATIVE_CAP)
        return round(min(1.0, max(0.0, score)), SCORE_DIGITS)

    def _candidate(
        self,
        state: _ArticleState,
        sent: Sentence,
        part: Clause,
        bounds: tuple[int, int],
        score: float,
        replacements: dict[int, str],
        found_dates: list[DateFacet],
        found_quantities: list[QuantityFacet],
        quotations: list[Quotation],
        speaker: str | None,
        turn_speaker: str | None,
        claimant: tuple[str, int, int] | None = None,
    ) -> Candidate:
        clause = part.span
        if part.head is not None:  # "which has seen ..." -> "North Korea has seen ..."
            replacements = {**replacements, clause.start: _rewrite(part.head, replacements, False)}
        subject = ""
        if part.head is None and part.subject is not None:  # "has recovered ..." -> "Ridership has ..."
            subject = _rewrite(part.subject, replacements, False)
            first = replacements.get(clause.start, clause[0].text)
            replacements = {**replacements, clause.start: f"{subject} {first}"}
        start, end = bounds
        inside = lambda a, b: start < b and a < end  # noqa: E731
        quote = next((q for q in quotations if inside(q.start, q.end)), None)
        quote_facet = None
        if quote is not None and quote is not quotations[0]:
            # a later quotation in the sentence may have a speaker of its own: 'The Kremlin said the
            # talks were "constructive," | and Ukraine's Foreign Ministry said they were "an ultimatum."'
            speaker = speaker_for(sent.span, sent.offset, quote, state.people) or speaker
        if quote is not None:
            if (
                speaker is None
                and turn_speaker is not None
                and not _quoting_someone_else(state.text, sent, quote)
            ):
                speaker = turn_speaker  # the speaker quoting themselves, or a phrase they use
            quote_facet = QuoteFacet(text=quote.text, speaker=speaker, start=quote.start, end=quote.end)
        elif turn_speaker is not None:
            # everything said in a transcript turn is the turn speaker's statement
            quote_facet = QuoteFacet(text=state.text[start:end], speaker=turn_speaker, start=start, end=end)
        facets = Facets(
            quantities=[q for q in found_quantities if inside(q.start, q.end)],
            dates=[d for d in found_dates if inside(d.start, d.end)],
            quote=quote_facet,
            # (the clauses that are the report: not "Palmer won the 2016 election" of "Palmer won the 2016
            # election, and Clinton said the result was close")
            claimant=claimant[0]
            if claimant and quote_facet is None and inside(claimant[1], claimant[2])
            else None,
            entities=[
                EntityFacet(
                    text=e.text,
                    label=e.label_,
                    start=e.start_char + sent.offset,
                    end=e.end_char + sent.offset,
                )
                for e in clause.ents
            ],
        )
        claim = ExtractedClaim(
            start=start,
            end=end,
            # (one line: a wrapped paragraph's line breaks and blanked margins read as single spaces)
            text=" ".join(
                _with_attribution(
                    _rewrite(clause, replacements, gender=state.people.gender, named_before=subject),
                    _rewrite(part.attribution, replacements, False, state.people.gender)
                    if part.attribution
                    else None,
                ).split()
            ),
            sentence_start=sent.start,
            sentence_end=sent.end,
            type=claim_type(clause, facets, quote is not None),
            checkworthiness=score,
            facets=facets,
            claim_key=claim_key(clause, facets.quantities),
        )
        terms = frozenset(stem(t) for t in content_terms(clause))
        return Candidate(claim=claim, terms=terms, is_title=sent.kind is SegmentKind.TITLE)


_STATED_DAYS_BEFORE = 31  # how much earlier than the given date the article's own date may lie


def _claimant(text: str) -> str | None:
    """The person a fact-check's "Speaker:" field names ("U.S. Sen. Dana Whitfield, R-Ohio, in a
    campaign speech" -> "Dana Whitfield"), near the top of the article."""
    field = _CLAIMANT_FIELD.search(text[:5000])
    if field is None:
        card = _STATED_BY.search(text[:5000])
        return card["who"].strip() if card else None
    names = _NAME.findall(re.split(r",|\(| in | on | at ", field["who"])[0])
    return names[-1].strip() if names else None


def _reference_date(text: str, published_at: date | None) -> date | None:
    """What relative dates count from: the date the article states near its top ("Published March 3,
    2025", a transcript's "Wednesday 18 November 2026") when none was given or when it lies up to a
    month before the given one (the day a story or a debate happened, submitted days later: its
    "this morning" and "last Thursday" count from it), else the given date."""
    stated = stated_date(text)
    if stated is None:
        return published_at
    if published_at is None or 0 < (published_at - stated).days <= _STATED_DAYS_BEFORE:
        return stated
    return published_at


def _opponent(state: _ArticleState, sent: Sentence) -> str | None:
    """In a debate between two, the other debater of a turn's speaker (the full name if known)."""
    others = [d for d in state.debaters if d != sent.speaker]
    return state.people.resolve(others[0]) if len(state.debaters) == 2 and len(others) == 1 else None


def _dateline_day(dateline: str, published_at: date | None) -> date | None:
    """The full date a dateline names ("COLUMBUS, Ohio, June 18, 2025"), if any."""
    for found in dates(dateline, 0, DateContext(published_at, past=True, future=False)):
        if len(found.value) == 10:
            return date.fromisoformat(found.value)
    return None


def _with_neighbours(
    items: Iterator[Sentence],
) -> Iterator[tuple[Sentence | None, Sentence, Sentence | None]]:
    """(previous, current, next) triples over a stream, with one item of look-ahead."""
    prev: Sentence | None = None
    current = next(items, None)
    while current is not None:
        following = next(items, None)
        yield prev, current, following
        prev, current = current, following


def _in_quotes(token: Token, offset: int, quotations: list[Quotation]) -> bool:
    at = token.idx + offset
    return any(q.start <= at < q.end for q in quotations)


def _resolve_people(
    span: Span,
    offset: int,
    quotations: list[Quotation],
    people: PeopleRegistry,
    speaker: str | None = None,
    in_turn: bool = False,
    opponent: str | None = None,
) -> dict[int, str]:
    """Register people named in the sentence and map token index -> full name for short mentions.
    In a transcript turn, ``speaker`` is never what "he" or "she" refers to, and a name the speaker
    addresses stays as said (also in a reporter's "Q" turn, which names no speaker). In a debate
    between two, a "he" or "she" that names no one of the turn is the ``opponent`` when their first
    name or title says that gender ("She's going to raise your taxes").

    A multi-token replacement is keyed by its first token; the other tokens map to "".
    """
    replacements: dict[int, str] = {}
    named_here = False  # a "he"/"she" of this sentence already names the person "his" would
    people.next_sentence()
    groups = _plural_subjects(span, quotations, offset)
    ents = {e.start: full_person(e) if e.label_ == "PERSON" else e for e in span.ents if _is_person(e)}
    for e in span.ents:  # "Center Marcus Ibe" tagged as an organisation: the name after the position
        if e.start not in ents and (named := _titled_inside(e)) is not None:
            ents[named.start] = named
    ents.update(_unlabelled_names(span, ents))
    cataphora = _fronted_clause_end(span, ents, people)
    for e in span.ents:
        if e.label_ in _NOT_PEOPLE_LABELS and e.start not in ents:
            people.not_a_person(e.text)
    i = span.start
    while i < span.end:
        token = span.doc[i]
        if _in_quotes(token, offset, quotations):
            i += 1
            continue
        ent = ents.get(i)
        if (
            ent is not None
            and ent.start == span.start
            and ent.end < span.end
            and span.doc[ent.end].text == ":"
        ):
            i = ent.end  # "Verdict: Half True.": a label, not a person
            continue
        if ent is not None and _modifier_only(ent):
            # "under the Biden administration", "the Trump campaign": a name that qualifies a noun is
            # no mention of the person (no "she" means them, and the name reads as written)
            people.learn(ent.text)
            i = ent.end
            continue
        if ent is not None:
            if (speaker is not None or in_turn) and _vocative(span, ent.start, ent.end):
                # "Kristen, the tariffs are ...": addressed, not talked about, and left as said
                i = ent.end
                continue
            full = people.mention(ent.text, subject=_subject_at(span, ent.end))
            if (
                full
                and ent.start > span.start
                and span.doc[ent.start - 1].lower_.rstrip(".") in PERSON_TITLES
            ):
                people.titled(span.doc[ent.start - 1].lower_.rstrip("."), full)  # "Mayor Tom Reyes"
            if full and (role := _apposed_role(span, ent)):
                people.titled(role, full)  # "The State Governor, Mr Olamide Adesanwo-Fakunle, ..."
            if (
                full
                and full != ent.text
                and len(full.split()) > len(ent.text.split())
                and ent[-1].tag_ != "POS"
            ):
                replacements[ent.start] = full
                replacements.update(dict.fromkeys(range(ent.start + 1, ent.end), ""))
            i = ent.end
            continue
        if (
            capitalised(token)
            and token.lower_ in people.full_names
            and (token.ent_type_ not in _NOT_PEOPLE_LABELS or _alone_mislabelled(span, i, people))
        ):
            end = i + 1  # "Earle-Sears": the tokenizer's three tokens are one name
            while (
                end + 1 < span.end
                and span.doc[end].text == "-"
                and not span.doc[end - 1].whitespace_
                and not span.doc[end].whitespace_
                and capitalised(span.doc[end + 1])
            ):
                end += 2
            name = span.doc[i:end].text
            if (speaker is not None or in_turn) and _vocative(span, i, end):
                i = end  # "Thanks, Maya.": addressed, left as said
                continue
            full = people.mention(name, subject=_subject_at(span, end))
            if full != name and not _inside_a_name(span, i, full):
                replacements[i] = full
                replacements.update(dict.fromkeys(range(i + 1, end), ""))
            i = end
            continue
        elif (
            token.lower_ in _UNNAMED_PEOPLE
            and token.tag_ == "NN"
            and i > span.start
            and span.doc[i - 1].tag_ in {"DT", "PRP$", "JJ", "HYPH"}
            and (
                finite_verb_at(span, i + 1)
                # "A Palestinian official, who asked not to be named because he ..."
                or (i + 2 < span.end and span.doc[i + 1].text == "," and span.doc[i + 2].lower_ == "who")
            )
        ):
            people.unnamed()  # "My predecessor promised ... He promised": not the last person named
        elif token.lower_ in SUBJECT_PRONOUNS and i < cataphora:
            pass  # "If he posts bail, Halvorsen would be released": the name follows in the claim
        elif (
            token.lower_ in SUBJECT_PRONOUNS
            and token.tag_ == "PRP"
            and (
                person := people.antecedent(speaker, token.lower_)
                or _opponent_meant(people, opponent, token.lower_)
            )
        ):
            replacements[i] = person
            _expand_contraction(span, i, replacements)
            named_here = True
            # "He defeated Gerald Ford and lost to Ronald Reagan. He brokered ...": the pronoun names
            # its person again (as the subject it is), so the next "he" is not the last name read
            people.referred(person, token.lower_, _subject_at(span, i + 1))
        elif (
            token.lower_ in {"his", "her"} and token.tag_ == "PRP$" and not people.current and not named_here
        ):
            # "His office said ..." -> "Sherrod Brown's office said ...", when the person is named in
            # an earlier sentence only (in this one, "Biden signed his bill" or "He signed his bill"
            # reads well as it is)
            owner = people.antecedent(speaker, token.lower_)
            if owner:
                replacements[i] = owner + "'s"
        elif token.lower_ == "they" and token.tag_ == "PRP" and finite_verb_at(span, i + 1):
            # a plural noun, organisation, number or quantifier before "they" may be what it means:
            # "Of those, 56 said they would continue" is not about the last sentence's subject
            rivals = any(
                t.tag_ in _PLURAL_HEADS
                or t.tag_ == "CD"
                or t.ent_type_ in {"ORG", "NORP"}
                or t.lower_ in _QUANTIFIERS
                for t in span.doc[span.start : i]
            )
            group = _group_for(groups, i, [] if rivals else people.groups)
            if group is not None:
                replacements[i] = group
                _expand_contraction(span, i, replacements)
                groups.append((i, i + 1, group))
        i += 1
    people.groups = [g for _, _, g in groups]
    return replacements


def _opponent_meant(people: PeopleRegistry, opponent: str | None, pronoun: str) -> str | None:
    """The debate opponent, for a "he"/"she" with no antecedent, when the opponent's known gender is
    the pronoun's (never for a name that says nothing of it)."""
    if opponent is None or people.current or people.previous:
        return None
    wanted = {"he": "m", "she": "f"}.get(pronoun)
    return opponent if wanted and people.gender(opponent) == wanted else None


def _alone_mislabelled(span: Span, i: int, people: PeopleRegistry) -> bool:
    """A known person's surname that the model alone labels an organisation or place: "DeSantis said"
    after "Gov. Ron DeSantis" (but not "Ford" in "Ford Motor", a longer entity)."""
    doc = span.doc
    whole = doc[i].ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
    if not whole:  # "Earle-Sears" (three tokens) tagged an organisation: the whole of it is a known name
        whole = entity_at(doc[i]).text.lower() in people.full_names
    return whole and len(people.full_names[doc[i].lower_].split()) > 1


def _inside_a_name(span: Span, i: int, full: str) -> bool:
    """Whether the known surname at ``i`` is already part of a name written out: the full name itself
    ("Halden Pharma"), a first name of it, or another name ("Big Pharma", "Hunter Biden" when "Joe
    Biden" is known; a title before it is no name: "Senator Brown")."""
    doc = span.doc
    parts = [p.lower() for p in full.split()]
    if doc[i].lower_ in parts[:-1]:
        return True
    if i == span.start:
        return False
    before = doc[i - 1]
    return capitalised(before) and before.pos_ == "PROPN" and before.lower_.rstrip(".") not in PERSON_TITLES


_FRONTED = {"if", "when", "after", "before", "although", "though", "while", "as", "because", "since", "once",
            "until", "unless"}  # fmt: skip


def _fronted_clause_end(span: Span, ents: dict[int, Span], people: PeopleRegistry) -> int:
    """The comma that ends a fronted clause whose main clause opens with a person: "If he posts bail,
    Halvorsen would be ..." (its "he" means the person named after it); else -1."""
    doc = span.doc
    if doc[span.start].lower_ not in _FRONTED:
        return -1
    comma = next((t.i for t in doc[span.start : min(span.start + 20, span.end)] if t.text == ","), None)
    if comma is None or comma + 1 >= span.end:
        return -1
    first = comma + 1
    name_end = (
        ents[first].end if first in ents else first + 1 if doc[first].lower_ in people.full_names else None
    )
    if name_end is None or not finite_verb_at(span, name_end):
        return -1
    return comma


# what follows a name the speaker addresses: "Mr. Trump, your response", "Senator, you said"
_ADDRESS_OPENERS = {"you", "your", "why", "how", "what", "thank", "please", "let", "go", "over", "two", "one"}


def _vocative(span: Span, start: int, end: int) -> bool:
    """A name the speaker addresses: "Kristen, the tariffs are ...", "Thank you, Kristen." (not
    "Leite, the governor, said": that name is the subject)."""
    doc = span.doc
    # "Kristen, the tariffs ...", and after an opening word: "Well, Margaret, Donald Trump delivered ..."
    opening = start == span.start or (
        start == span.start + 2 and doc[start - 1].text == "," and not doc[span.start].ent_type_
    )
    # "Secretary Clinton, why are you ...?", "Mr. Trump, two minutes.", "Senator, you said ..." (not
    # "Senator McCain, in the rush to go into Iraq, said ...": a subject)
    opening = opening or (
        start == span.start + 1
        and doc[span.start].lower_.rstrip(".") in PERSON_TITLES
        and end + 1 < span.end
        and (span[-1].text == "?" or doc[end + 1].lower_ in _ADDRESS_OPENERS or span.end - end <= 5)
    )
    if opening and end < span.end and doc[end].text == ",":
        return not _subject_at(span, end)
    closes = end == span.end or (end == span.end - 1 and doc[end].is_punct)
    return closes and start > span.start and doc[start - 1].text == ","


def _subject_at(span: Span, i: int) -> bool:
    """Whether a name ending before token ``i`` is a clause subject: its finite verb follows, right
    away or after an apposition ("Starmer, 61, will be appointed", "Leite, the governor, said")."""
    if finite_verb_at(span, i):
        return True
    doc = span.doc
    if i >= span.end or doc[i].text != ",":
        return False
    if i + 1 < span.end and doc[i + 1].lower_ in {"who", "whose"}:
        # "Sherrod Brown, who introduced the bill with J.D. Vance in 2023, called ...": the verb after
        # the relative clause
        close = next((j for j in range(i + 2, min(i + 30, span.end)) if doc[j].text == ","), None)
        return close is not None and finite_verb_at(span, close + 1)
    for j in range(i + 1, min(i + 8, span.end)):
        if doc[j].text == ",":
            return j > i + 1 and finite_verb_at(span, j + 1)
        if doc[j].tag_ in {"VBD", "VBZ", "VBP", "MD"} or doc[j].text in {";", '"', "“", "”"}:
            return False
    return False


# people a subject names without a name, who are rarely the person named before them ("My predecessor
# promised ... He promised", "A man was arrested ... He was charged")
_UNNAMED_PEOPLE = {
    "predecessor", "successor", "opponent", "rival", "challenger", "suspect", "victim", "man", "woman",
    "boy", "girl", "teenager", "driver", "gunman", "attacker", "shooter", "witness", "resident",
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "neighbor",
    "neighbour", "colleague", "patient", "passenger", "pilot", "soldier", "official", "spokesman",
    "spokeswoman", "spokesperson", "source", "lawyer", "attorney", "analyst", "economist", "student",
    "mom", "mum", "dad", "grandmother", "grandfather", "grandma", "grandpa", "grandson", "granddaughter",
    "aunt", "uncle", "cousin", "nephew", "niece", "boss", "roommate", "landlord", "tenant", "child",
}  # fmt: skip
_QUANTIFIERS = {"those", "these", "some", "many", "most", "others", "both", "all", "several", "few", "each"}
_CONTRACTIONS = {"'re": "are", "'ve": "have", "'ll": "will", "'d": "would", "'m": "am"}
# after "I" -> the speaker's name: the verb in the third person ("I've" -> "Trump has")
_THIRD_PERSON = {"am": "is", "'m": "is", "have": "has", "'ve": "has", "'ll": "will", "do": "does"}


# "She told me, quote, ...", "A Border Patrol agent told the President, ...", "..., he said": in a
# transcript turn, a quotation someone else said (anyone but "I" or "we")
_SOMEONE_ELSE_SAID = re.compile(
    r"\b(?!(?:I|we|We)\b)[A-Za-z]+\s+(?:told|tells|said|says|wrote|writes|asked|asks|warned|added|"
    r"replied|posted|tweeted|texted|emailed|called it)\b"
)


def _quoting_someone_else(text: str, sent: Sentence, quote: Quotation) -> bool:
    outside = text[sent.start : quote.start] + " " + text[quote.end : sent.end]
    return bool(_SOMEONE_ELSE_SAID.search(outside))


_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_SPEECH_VERBS = {"said", "says", "say", "told", "tells", "added", "adds", "announced", "reported", "stated",
                 "wrote", "writes", "noted", "explained", "argued", "claimed", "insisted", "warned", "warns",
                 "cautioned", "confirmed", "confirms", "estimated", "estimates", "acknowledged", "admitted",
                 "stressed", "emphasized", "emphasised", "tweeted", "posted", "alleged", "suggested",
                 "predicted", "predicts", "testified", "testifies", "lamented", "disclosed", "revealed",
                 "assured"}  # fmt: skip
_FUTURE_MODALS = {"will", "shall", "'ll", "could", "may", "might", "would", "can", "wo"}
_BE_PAST = {"was", "were"}
# verbs whose past is their present: dated, "we cut", "they set" report what was done
_SAME_PAST = {"cut", "put", "set", "hit", "cost", "hurt", "quit", "shut", "spread", "let", "split", "cast"}
# "expected to hold them in March", "plans to vote on Friday" (but "allowed nine trucks to enter on
# Monday" is past)
_AHEAD_BEFORE_TO = {
    "expected", "expects", "expect", "plan", "plans", "planned", "set", "due", "scheduled", "going",
    "aims", "aim", "intends", "intend", "hopes", "hope", "wants", "want", "seeks", "seek", "poised",
    "slated", "likely", "unlikely", "ready", "about", "promised", "vowed", "pledged", "decided", "agreed",
    "voted", "how", "whether", "when",  # "views about how to proceed in December"
    "offered", "offers", "offer", "proposed", "proposes", "propose", "threatened", "threatens", "threaten",
}  # fmt: skip
# a date phrase right before the speech verb it dates: "The governor on Tuesday warned ..."
_DATE_BEFORE_VERB = re.compile(
    r"(?:(?:on|last|this)\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:\s+(?:morning|afternoon|evening|night))?\s+"
)
# a conditional: "would invoke the rule if workers did not return by Monday" (the if-clause's past is
# the modal's future; not "would have ... if it had")
_CONDITIONAL_MODALS = {"would", "could", "might", "will", "'ll", "wo"}
_HAVE = {"has", "have", "had", "'ve", "'s"}
_FORECASTS = {"forecast", "forecasts", "predicted", "predicts", "projected", "projects", "sees", "guided"}
# what may stand between a verb and the date it governs: "released in May", "finalized on June 3"
_BEFORE_A_DATE = {"IN", "DT", "RB", "JJ", "CD", ","}
_BE_PRESENT = {"is", "are", "'s", "'re", "am"}
# a present passive that schedules: "the signing is planned for Monday", "the vote is expected Tuesday"
_SCHEDULED = {"scheduled", "planned", "set", "slated", "expected", "due", "penciled", "pencilled", "booked"}


# a person's courtesy title: "Mr Olamide Adesanwo-Fakunle", "Dr Ruth Kellaway", "Alhaji Musa Bello"
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "alhaji", "hon"}
# the titles that are offices or roles: what "the governor said" refers back to
_ROLE_TITLES = PERSON_TITLES - _HONORIFICS


def _apposed_role(span: Span, ent: Span) -> str | None:
    """The role a name stands in apposition with, before it or after it: "The Ekunle State Governor,
    Mr Olamide Adesanwo-Fakunle," / "Olamide Adesanwo-Fakunle, the state governor," (a later "the
    governor said" is that person)."""
    doc = span.doc
    i = ent.start - 1
    if i > span.start and doc[i].lower_.rstrip(".") in _HONORIFICS:
        i -= 1
    if i - 1 >= span.start and doc[i].text == "," and doc[i - 1].lower_ in _ROLE_TITLES:
        return doc[i - 1].lower_
    if ent.end + 2 < span.end and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in {"the", "a"}:
        phrase = list(itertools.takewhile(lambda t: t.text not in {",", "."}, doc[ent.end + 1 : ent.end + 7]))
        if len(phrase) >= 2 and phrase[-1].lower_ in _ROLE_TITLES:
            return phrase[-1].lower_
    return None


def _relative_asides(span: Span) -> Iterator[tuple[Token, Token]]:
    """The commas around each relative clause closed by a comma: ", which has 1.4 million residents,"."""
    doc = span.doc
    for t in span:
        if t.lower_ in {"which", "who"} and t.i > span.start and doc[t.i - 1].text == ",":
            close = next((u for u in doc[t.i + 1 : span.end] if u.text == ","), None)
            if close is not None:
                yield doc[t.i - 1], close


_QUOTED = re.compile(r"“[^”]{12,}”|\"[^\"]{12,}\"")


@dataclass(frozen=True)
class _TenseFrame:
    """What ``_local_tense`` reads of a sentence, found once for all its dates (a sentence listing
    thousands of months stays linear): its relative asides, its verbs, its clause cuts, and where
    each token starts."""

    span: Span
    asides: list[tuple[Token, Token]]
    verbs: list[Token]
    cuts: list[int]
    starts: list[int]  # character offset (in the doc) of each token of the span
    fronted: Token | None  # the comma closing an opening phrase with no verb: "In a post on Tuesday,"
    relativisers: list[int]  # where a relative clause opens after a noun: "an offensive that ..."
    text: str  # the sentence's text, read once (spaCy rebuilds a Doc's text on every access)
    quoted: list[tuple[int, int]]  # the sentence's quotations (character offsets in ``text``)
    apposed: list[int]  # commas before a determiner: ", an offer the union rejected"
    conditions: list[int]  # "if", "unless"
    stops: list[int]  # ";" and "." inside the sentence
    modals: list[int]  # "would", "could", ... (not "would have")

    @classmethod
    def of(cls, span: Span) -> _TenseFrame:
        tags = {"VBD", "VBN", "VBZ", "VBP", "VB", "MD"}
        # ("compared with" is a preposition: "for the quarter ending in December, compared with ...")
        verbs = [
            t
            for t in span
            if t.tag_ in tags
            and not _attributive(t)
            and not (t.lower_ == "compared" and t.i + 1 < span.end and t.nbor().lower_ in {"with", "to"})
        ]
        comma = next((t for t in span[:-1] if t.text == ","), None)
        text = span.text
        return cls(
            span=span,
            asides=list(_relative_asides(span)),
            verbs=verbs,
            cuts=[
                t.i
                for t in span[:-1]
                if t.text == ";"
                or (t.text == "," and t.nbor().tag_ == "CC")
                or (t.tag_ == "CC" and t.nbor().tag_ in FINITE | {"MD"})
                # a second reported clause: "said the reservoir was full on Tuesday and that releases
                # would continue"
                or (t.tag_ == "CC" and t.nbor().lower_ == "that")
            ],
            starts=[t.idx for t in span],
            fronted=comma if comma is not None and (not verbs or verbs[0].i > comma.i) else None,
            relativisers=[
                t.i for t in span[1:] if t.lower_ in _RELATIVISERS and span.doc[t.i - 1].tag_ in _NOUN_TAGS
            ],
            text=text,
            quoted=[m.span() for m in _QUOTED.finditer(text)],
            apposed=[t.i for t in span[:-1] if t.text == "," and t.nbor().tag_ == "DT"],
            conditions=[t.i for t in span if t.lower_ in {"if", "unless"}],
            stops=[t.i for t in span if t.text in {";", "."}],
            modals=[
                t.i
                for t in span[:-1]
                if t.lower_ in _CONDITIONAL_MODALS and t.tag_ == "MD" and t.nbor().lower_ != "have"
            ],
        )


def _attributive(token: Token) -> bool:
    """A participle that qualifies the noun after it, no verb of the clause: "a paid service", "the
    revised budget"."""
    doc = token.doc
    return (
        token.tag_ in {"VBN", "VBD"}
        and 0 < token.i < len(doc) - 1
        and doc[token.i - 1].tag_ in {"DT", "PRP$", "JJ", "RB"}
        and doc[token.i + 1].tag_ in {"NN", "NNS"}
    )


# a figure's earlier level: "down from 6,100 at the peak on", "up 3% compared with" (no clause between)
# (and a market's reference price: "a premium of 31% to Halden's closing price on Tuesday")
_COMPARED_FROM = re.compile(
    r"\b(?:(?:up|down|higher|lower|more|less|fewer)\s+from|compared\s+(?:with|to)|"
    r"closing\s+(?:price|level|value|rate)s?|the\s+close)\b(?:[^,;:]|,(?=\d)){0,45}$",
    re.IGNORECASE,
)
_RELATIVISERS = {"that", "which", "who", "whom", "whose"}
_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}


def _local_tense(frame: _TenseFrame, offset: int, at: int, ctx: DateContext) -> DateContext | None:
    """The tense of the verb nearest to the date at article offset ``at``, as a ``DateContext``; None
    when the sentence has no verb or the nearest one says nothing of time (an imperative, "said" in a
    present-tense sentence is still past)."""
    span = frame.span
    within = at - offset - span.start_char  # the date's offset in the sentence
    if _COMPARED_FROM.search(frame.text, max(0, within - 60), max(0, within)):
        # the level a figure is compared with was before: "That's down from a peak of 118,000 on
        # Thursday" (a present tense that would otherwise schedule Thursday ahead)
        return replace(ctx, past=True, future=False, present=False)
    # a speech verb dates only what follows it ("the company said Tuesday"), not the event it reports
    # ("An announcement could come as soon as Monday, they said")
    # a relative clause between commas has its own tense: "Russia attacked Kharkiv, which has 1.4 million
    # residents, on Sunday" dates the attack
    all_asides = frame.asides
    asides = [(a, b) for a, b in all_asides if not a.idx + offset <= at < b.idx + offset]
    # a date inside an aside is dated by the aside's own verb: "The company, which cut 2,000 jobs in
    # August, will hire ..."
    inside = next(((a, b) for a, b in all_asides if a.idx + offset <= at < b.idx + offset), None)
    if frame.fronted is not None and at < frame.fronted.idx + offset:
        # a date in a verbless opening phrase is the main clause's: "In a post on X on Tuesday, Musk
        # wrote ...", "On Monday, the council will vote ..."
        after = frame.fronted.i
        main = [t for t in frame.verbs if t.i > after and not any(a.i < t.i < b.i for a, b in all_asides)]
        return _tense_of(frame, main[0], ctx) if main else None
    verbs = [
        t
        for t in frame.verbs
        if (
            t.lower_ not in _SPEECH_VERBS
            or 0 < at - (t.idx + offset) <= 16
            or (
                0 < (t.idx - span.start_char) - within <= 24
                and _DATE_BEFORE_VERB.fullmatch(frame.text, within, t.idx - span.start_char) is not None
            )
        )
        and not any(a.i < t.i < b.i for a, b in asides)
        and (inside is None or inside[0].i < t.i < inside[1].i)
        # a quotation's verbs date only what it says: '"People are dying ...," she told reporters in
        # Geneva on Tuesday' (Tuesday is past)
        and not any(a <= t.idx - span.start_char < b and not a <= within < b for a, b in frame.quoted)
    ]
    if not verbs:
        return None
    # a verb of the date's own clause first: "we did take a price increase in January, | and I would
    # point out ..." dates January by "did take", not by the nearer "would"
    # (also "approved the budget on Thursday | and will vote ...")
    cuts = frame.cuts
    first = bisect.bisect_left(frame.starts, at - offset)
    here = span.start + first if first < len(frame.starts) else span.end
    lo = max((c for c in cuts if c < here), default=span.start)
    hi = min((c for c in cuts if c >= here), default=span.end)
    verbs = [t for t in verbs if lo <= t.i < hi] or verbs
    # a noun phrase in apposition after the date is an aside when the date's clause has a verb of its
    # own: "offered to pay in instalments starting in October, an offer the union rejected"
    at_aside = bisect.bisect_left(frame.apposed, here)
    aside = frame.apposed[at_aside] if at_aside < len(frame.apposed) else None
    if aside is not None and any(t.i < here for t in verbs):
        verbs = [t for t in verbs if t.i < aside]
    # a relative clause after the date has its own verbs: "captured Goma in January and Bukavu in
    # February, in an offensive that the government says has killed ..." dates February by "captured"
    after = bisect.bisect_left(frame.relativisers, here)
    relative = frame.relativisers[after] if after < len(frame.relativisers) else None
    if relative is not None and any(t.i < here for t in verbs):
        verbs = [t for t in verbs if t.i < relative]
    verb = min(verbs, key=lambda t: abs(t.idx + offset - at))
    left = [t for t in verbs if t.i < here]
    if left and all(t.tag_ in _BEFORE_A_DATE for t in span.doc[left[-1].i + 1 : here]):
        # the verb the date's phrase hangs on: "The proposal released in May would cut ..." (May is
        # the release's, not the cut's)
        verb = left[-1]
    if (
        verb.lower_ in _FORECASTS
        and verb.i < here
        # (a preposition, the date's own included, says when the forecast was made; "for" what about,
        # and what follows it: "expects revenue of $4.5 billion for the quarter ending in December")
        and (
            not any(t.tag_ == "IN" and t.lower_ != "for" for t in span.doc[verb.i + 1 : here + 1])
            or any(t.lower_ == "for" for t in span.doc[verb.i + 1 : here])
        )
        and not ctx.future
    ):
        # what a forecast is about lies ahead: "The company forecast first-quarter revenue of $43
        # billion" (not "predicted in March that ...": when the forecast was made)
        return replace(ctx, past=False, future=True, present=False)
    tense = _tense_of(frame, verb, ctx)
    if (tense or ctx).past and _hypothetical(frame, verb):
        return replace(ctx, past=False, future=True, present=False)
    return tense


def _hypothetical(frame: _TenseFrame, verb: Token) -> bool:
    """Whether ``verb`` is the past of an if-clause under a modal ("would invoke the rule if the
    workers did not resume duty by Monday"): a condition still to come, not a past event."""
    before = bisect.bisect_left(frame.conditions, verb.i)
    if not before:
        return False
    condition = frame.conditions[before - 1]
    stop = bisect.bisect_left(frame.stops, condition)
    if stop < len(frame.stops) and frame.stops[stop] < verb.i:
        return False  # (a sentence break between: another sentence's condition)
    return bool(frame.modals) and frame.modals[0] < condition


def _tense_of(frame: _TenseFrame, verb: Token, ctx: DateContext) -> DateContext | None:
    """``ctx`` in the tense of ``verb`` (the verb a date hangs on), or None when that is ``ctx``'s own
    tense or the verb says nothing of time."""
    span = frame.span
    preceding = span.doc[max(span.start, verb.i - 3) : verb.i]
    before = [t.lower_ if t.tag_ in {"MD", "TO", "VBZ", "VBD", "VBP"} else "" for t in preceding]
    past = future = present = False
    if verb.tag_ == "MD":
        future = verb.lower_ in _FUTURE_MODALS
    elif verb.tag_ == "VBD" or (verb.tag_ == "VB" and any(w in {"did", "didn't"} for w in before)):
        past = True  # "we did take a price increase in January"
    elif verb.tag_ == "VBP" and verb.lower_ in _SAME_PAST and not any(before):
        past = True  # "We cut prices in January": the past the tagger read as a present
    elif verb.tag_ in {"VB", "VBN"}:
        infinitive_ahead = (
            len(preceding) >= 2 and preceding[-1].tag_ == "TO" and preceding[-2].lower_ in _AHEAD_BEFORE_TO
        ) or (
            # a passive infinitive looks ahead: "a buyback, to be completed by the end of June"
            verb.tag_ == "VBN"
            and len(preceding) >= 2
            and preceding[-1].lower_ == "be"
            and preceding[-2].tag_ == "TO"
        )
        scheduled = verb.lower_ in _SCHEDULED and any(w in _BE_PRESENT for w in before)
        # an instruction looks ahead: "Join us again here Monday evening"
        instruction = verb.tag_ == "VB" and (verb.i == span.start or span.doc[verb.i - 1].lower_ == "please")
        if any(w in _FUTURE_MODALS for w in before) or infinitive_ahead or scheduled or instruction:
            # "could cut rates in March", "will be held on Thursday", "expected to hold", "the signing
            # is planned for Monday"
            future = True
        elif verb.tag_ == "VBN" and any(w in _HAVE or w in _BE_PAST for w in before):
            past = True  # "has risen since March", "was arrested on Tuesday"
        elif verb.tag_ == "VBN" and not any(before):
            past = True
        else:
            return None
    else:  # VBZ, VBP: the present ("The trial begins on Monday", "analysts expect a rebound in June")
        present = True
    if (past, future) == (ctx.past, ctx.future) and present == ctx.present:
        return None
    return replace(ctx, past=past, future=future, present=present)


def _speaker_for_first_person(
    span: Span,
    offset: int,
    quotations: list[Quotation],
    speaker: str,
    pasts: frozenset[str],
    opponent: str | None = None,
) -> dict[int, str]:
    """In a transcript turn, "I" and "my" are the turn's speaker: "I'll be reducing taxes" -> "Trump
    will be reducing taxes", "my plan" -> "Trump's plan". The verb after "I" is put in the third
    person; an ambiguous "I'd" is left alone, as is a sentence that names the speaker already. In a
    debate between two, "my opponent" is the other one ("Marcus Okafor voted for ...")."""
    doc = span.doc
    replacements: dict[int, str] = {}
    for token in span[:-1]:
        if opponent and token.lower_ == "my" and token.nbor().lower_ == "opponent":
            if not _in_quotes(token, offset, quotations):
                replacements[token.i], replacements[token.i + 1] = "", opponent
    surname = speaker.split()[-1].lower()
    if any(t.lower_ == surname for t in span):
        return replacements
    for token in span:
        i = token.i
        if _in_quotes(token, offset, quotations) or i in replacements:
            continue
        if (
            token.text == "I"
            and i > span.start
            and doc[i - 1].lower_ == "and"
            and QUOTING_ASIDE.match(doc[i : min(i + 4, span.end)].text)
        ):
            continue  # "..., and I quote, "..."": the speaker's aside, left as said
        if token.lower_ == "my" and token.tag_ == "PRP$":
            replacements[i] = speaker + "'s"
            continue
        if (
            token.lower_ == "me"
            and token.tag_ == "PRP"
            and i > span.start
            and doc[i - 1].lower_ not in {"let", "excuse", "pardon", "forgive", "believe", "trust"}
        ):
            replacements[i] = speaker  # "the House will want to join me" (not "let me", "believe me")
            continue
        if token.text != "I" or token.tag_ != "PRP":
            continue
        j = i + 1
        while j < span.end and doc[j].tag_ in {"RB", "RBR"} and doc[j].lower_ not in {"'d", "n't"}:
            j += 1
        if j >= span.end:
            continue
        verb = doc[j]
        word = verb.lower_.replace("’", "'")
        if word == "mean" and j + 1 < span.end and doc[j + 1].is_punct:
            continue  # "She -- I mean, my colleague": a filler, not a statement about the speaker
        if (
            i - 1 > span.start
            and doc[i - 1].lower_ in {"and", "or"}
            and doc[i - 2].pos_ in {"PROPN", "NOUN", "PRON"}
            # the pair opens its clause: "My wife and I have", not "I want the questions and I want"
            and not any(t.tag_ in FINITE for t in doc[span.start : i - 1])
        ):
            # "President Trump and I have": a plural subject keeps its verb
            if not word.startswith("'"):
                replacements[i] = speaker
            continue
        if word in _THIRD_PERSON and (verb.tag_ in {"VBP", "MD"} or word.startswith("'")):
            third = _THIRD_PERSON[word]
            replacements[j] = (" " + third) if word.startswith("'") and j == i + 1 else third
        elif verb.tag_ == "VBP" and verb.is_alpha:
            # "In 2023 I cut taxes": "Smith cut taxes", not "cuts"; "I misspoke" stays a past
            if word not in _SAME_IN_THE_PAST and not _is_past(word, pasts):
                replacements[j] = _third_person(word)
        elif verb.tag_ not in {"VBD", "MD"} or word == "'d":
            continue
        replacements[i] = speaker
    return replacements


# verbs whose past is their present: the tagger's VBP may be a past, which "-s" would make present
_SAME_IN_THE_PAST = {
    "cut", "put", "set", "hit", "let", "quit", "cost", "hurt", "shut", "spread", "bet", "read", "split",
    "burst", "cast", "broadcast", "upset", "beat", "bid", "forecast", "shed",
}  # fmt: skip


_VERB_PREFIXES = ("mis", "re", "over", "under", "out", "fore", "with", "up")


def _is_past(word: str, pasts: frozenset[str]) -> bool:
    """An irregular past, also after a prefix: "spoke", "misspoke", "overran"."""
    return word in pasts or any(word.startswith(p) and word[len(p) :] in pasts for p in _VERB_PREFIXES)


def _third_person(verb: str) -> str:
    """support -> supports, go -> goes, try -> tries."""
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in set("aeiou"):
        return verb[:-1] + "ies"
    return verb + "s"


# "It said ...", "It had sent ...": a verb that says what the organisation did (not "It is unclear")
_COPULAS = {"be", "seem", "appear", "remain", "look", "take", "matter", "rain", "snow", "depend", "happen"}


def _resolve_own_possessive(
    span: Span, offset: int, quotations: list[Quotation], replacements: dict[int, str]
) -> None:
    """An "its" that opens a coordinated clause means the organisation or country the sentence opened
    with, so that clause reads alone: "China remained the largest emitter, | but its emissions fell"
    -> "China's emissions fell"."""
    doc = span.doc
    for token in span[2:]:
        i = token.i
        if token.lower_ != "its" or i in replacements or _in_quotes(token, offset, quotations):
            continue
        opener = doc[i - 1].lower_
        if opener in {"and", "but", "while", "yet", "although", "though", "where", "when", "after"} and doc[
            i - 2
        ].text in {",", ";"}:
            if opener == "where" and i + 1 < len(doc) and doc[i + 1].lower_ in _A_PLACES_OWN:
                continue  # "in France, where its president ...": the place's
            own = _organisation_subject(doc[span.start : i])
            if own is not None:
                replacements[i] = own + ("'" if own.endswith("s") else "'s")


# what a place has, for "in France, where its president ..."
_A_PLACES_OWN = {
    "government", "president", "capital", "economy", "people", "population", "army", "parliament",
    "citizens", "leader", "leaders", "prime", "borders", "territory", "coast", "cities", "residents",
    "king", "queen", "military", "troops", "constitution", "currency",
}  # fmt: skip


def _organisation_subject(span: Span) -> str | None:
    """The organisation (or country) a sentence is about: an ORG or GPE entity before its first verb,
    with no person there ("The World Health Organization said ...", "France said ...")."""
    for token in span:
        if token.pos_ in {"VERB", "AUX"}:
            return None
        if token.ent_type_ == "PERSON":
            return None
        if token.ent_type_ in {"ORG", "GPE"} and token.ent_iob_ == "B":
            if token.i > span.start and token.nbor(-1).pos_ == "ADP":
                continue  # "In Paris, ...": a place, not the subject
            ent = entity_at(token)
            if (
                ent.end + 1 < span.end
                and span.doc[ent.end].tag_ == "POS"
                and span.doc[ent.end + 1].ent_type_ == "ORG"
            ):
                continue  # "Ukraine's Defense Ministry said": the ministry, with its country
            if any(t.pos_ in {"VERB", "AUX"} for t in ent):
                return None
            if _reports_on_another(span, ent.end):
                return None
            return with_owner(ent).text
    return None


# a transcript header's entry: a name in capitals, then its role
_LISTED_NAME = re.compile(r"(?P<name>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3}),\s+\S")


def _only_amounts(text: str, start: int, found: list[QuantityFacet]) -> bool:
    """Whether a sentence is its amounts and little else (at most one other word)."""
    chars = list(text)
    for q in found:
        for i in range(max(0, q.start - start), min(len(chars), q.end - start)):
            chars[i] = " "
    rest = re.findall(r"[A-Za-z]{2,}", "".join(chars))
    return (
        len([w for w in rest if w.lower() not in {"dollars", "pounds", "euros", "percent", "and", "or"}]) <= 1
    )


# The writer's analysis, which states nothing to check: "The real question is how much of next year's
# growth is already priced in", "It remains to be seen ...", "The loss raises uncomfortable questions
# about ..."; and a vague forecast with no figure or date ("The results are likely to reassure
# investors"). Rare in the labelled data (9 of 20,951 sentences, none check-worthy).
SPECULATION_CAP = 0.3
_ANALYSIS = re.compile(
    r"\bthe (?:real|big|key|bigger|open|central) question\b|\bremains? to be seen\b|"
    r"\braises? (?:\w+ ){0,2}questions?\b|\bit is (?:too early|unclear|not clear)\b",
    re.IGNORECASE,
)
_LIKELY = re.compile(r"\b(?:is|are|was|were|seems?|appears?|looks?)\s+(?:un)?likely\s+to\b", re.IGNORECASE)


def _writers_speculation(text: str, dates: list[DateFacet], found: list[QuantityFacet]) -> bool:
    """The writer's analysis, or a forecast that names no figure and no date."""
    if _ANALYSIS.search(text):
        return True
    return bool(_LIKELY.search(text)) and not dates and not any(q.unit or q.currency for q in found)


# a sentence that is only a case citation, or a string of them: "Dunmore v. Westfall Carriers, Inc., 67
# F.4th 1018, 1023 (9th Cir. 2023).", "Reyes-Colón, 112 F.4th at 741.", "Id. at 742." (not a holding with
# its citation: "In Smith v. Jones, 123 F.4th 456, the court held ...")
_REPORTER = (
    r"(?:F\.\s?(?:2d|3d|4th)|F\.\s?Supp\.(?:\s?[23]d)?|U\.S\.|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?|"
    # (a state's reporter, "Cal. App. 4th", not a month: "12 Sept. 2023.")
    r"(?!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)[A-Z][a-z]{0,5}\.(?:\s?[A-Z][a-z]{0,5}\.){0,2}"
    r"(?:\s?[2-5](?:d|th))?)"
)
_CASE_CITATION = (
    r"(?:(?:[Ss]ee(?:\s+also)?|Cf\.)\s+)?"
    r"(?:(?:[A-Z][^;()]{0,120}?\s+v\.\s+[A-Z][^;()]{0,120}?,\s+|[A-Z][\w.'’-]+,\s+)?\d{1,4}\s+"
    + _REPORTER
    + r"\s+(?:at\s+)?\d{1,5}(?:,\s*\d{1,5})*|Id\.\s+at\s+\d{1,5})(?:\s+\([^()]{0,40}\d{4}\))?"
)
_CITATION_ONLY = re.compile(_CASE_CITATION + r"(?:;\s+" + _CASE_CITATION + r")*\.?")


# what a recommendation asks someone to do
_DIRECTIVES = {
    "consider", "publish", "review", "set", "require", "ensure", "use", "record", "verify", "apply", "file",
    "report", "develop", "establish", "implement", "improve", "strengthen", "monitor", "provide", "adopt",
    "introduce", "update", "clarify", "issue", "seek", "engage", "avoid", "contact", "check", "keep",
    "continue", "assess", "evaluate", "identify", "prioritise", "prioritize", "document", "collect",
    "notify", "submit", "follow", "remain", "limit", "restrict", "expand", "increase", "reduce",
}  # fmt: skip
_REPORTED_BY = {"say", "tell", "state", "add", "claim", "argue", "write", "note", "insist", "warn", "believe"}


def _recommends(span: Span) -> bool:
    """A recommendation, advice rather than a statement of fact: a directive under "should" or "ought
    to" ("The Department should review the partnership funding rules ...", "Clinicians should consider
    measles in any patient with fever"); not a forecast ("Construction should take 18 to 20 months"),
    advice someone is reported to give ("Officials say people should stay indoors") or a question
    ("... asked whether a lower threshold should apply") or a speaker's own proposal ("we should ...")."""
    words = [t for t in span if not t.is_space]
    for i, token in enumerate(words):
        if token.lower_ not in {"should", "ought"}:
            continue
        if i and words[i - 1].lower_ in {"we", "i"}:
            return False  # a speaker's own proposal: "we should continue to reduce our debt by $100 million"
        j = i + 1
        if j < len(words) and words[j].text == ",":  # "should, by the time of the Spending Review, set out"
            close = next((k for k in range(j + 1, min(len(words), j + 16)) if words[k].text == ","), None)
            j = close + 1 if close is not None else j
        while j < len(words) and (words[j].pos_ in {"ADV", "PART"} or words[j].lower_ == "to"):
            j += 1  # "should also publish", "ought to consider", "should not use"
        verb = words[j] if j < len(words) else None  # ("set" is tagged a past tense after "should")
        if verb is None or verb.lemma_.lower() not in _DIRECTIVES or verb.tag_ not in {"VB", "VBD", "VBP"}:
            return False
        return not any(
            w.lower_ in {"whether", "if"} or (w.pos_ == "VERB" and w.lemma_.lower() in _REPORTED_BY)
            for w in words[:i]
        )
    return False


# a debater's time, not a figure: "Mr. Trump, two minutes.", "You have 90 seconds." (but "the median
# ER visit lasted 254 minutes" is one)
_SPEAKING_TIME_UNITS = {"minute", "minutes", "second", "seconds"}
_SPEAKING_TIME_MAX = 120


def _moderators_claim(span: Span, found: list[QuantityFacet], dates: list[DateFacet]) -> bool:
    """A moderator's or a reporter's line that is a claim like any other, not the moderating their
    other lines are: a question asks, a chant or a cheer ("Two more years!") claims nothing, nor does a
    welcome ("Good morning, and welcome to the third-quarter 2025 earnings call."); a statement of a
    figure or a dated fact (_states_a_figure) or a report of what someone named did (_reports) claims."""
    if span[-1].text == "!" or _asks(span) or steers(span.text):
        return False
    return _states_a_figure(found, dates) or _reports(span)


def _states_a_figure(found: list[QuantityFacet], dates: list[DateFacet]) -> bool:
    """A figure or a dated fact, the premise of a question ("Your department's own audit found 165,000
    people were dropped.", "You told this programme in October 2024 that ...")."""
    return bool(dates) or any(
        ((q.unit or q.currency) and not (q.unit in _SPEAKING_TIME_UNITS and q.value <= _SPEAKING_TIME_MAX))
        # (a count whose noun went before: "To get there you need about 240,000 a year.")
        or (q.unit is None and (q.per or q.approximate or q.value >= 1000))
        for q in found
    )


# whom a host speaks to or as: a line with these steers the show, it reports nothing
_HOST_PERSONS = {"i", "me", "my", "we", "us", "our", "you", "your", "yours", "yourself", "let", "'s"}
_NEWS_SUBJECTS = {"ORG", "GPE", "NORP", "PERSON", "FAC", "LOC", "EVENT", "LAW"}


def _reports(span: Span) -> bool:
    """A news anchor's report of what someone named did or says, in the third person ("The railroad,
    Great Lakes & Allegheny, says no injuries have been reported.", "Ohio's governor activated the
    National Guard.")."""
    if any(t.lower_ in _HOST_PERSONS for t in span):
        return False
    # (a name the line addresses is no subject: "Priya, what are you seeing there?")
    named = [
        e
        for e in span.ents
        if e.label_ in _NEWS_SUBJECTS
        and not (e.start == span.start and e.end < span.end and span.doc[e.end].text == ",")
    ]
    return bool(named) and any(t.tag_ in {"VBD", "VBZ", "VBP"} for t in span)


def _asks(span: Span) -> bool:
    """A question that asks, not one that asserts its clause ("Do you know that ...?"), nor a statement
    with a rhetorical tail ("We gave Iran $150 billion, and what did we get?", "He cut 300,000 jobs,
    didn't he?")."""
    return (
        span[-1].text == "?"
        and not _ASSERTING_QUESTION.match(span.text)
        and not _RHETORICAL_TAIL.search(span.text)
    )


def _imperative(span: Span) -> bool:
    """A sentence that opens with a bare verb and has no subject before it: "Pass a national right to
    counsel in eviction cases.", "And fund public housing repairs."."""
    words = [t for t in span if t.is_alpha]
    while words and words[0].lower_ in _OPENERS:
        words = words[1:]
    if any(t.lower_ in {"which", "who"} and t.i > span.start and t.nbor(-1).text == "," for t in span):
        return False  # "Expand housing vouchers, which reach only one in four families": a fact inside
    if len(words) < 2 or words[0].tag_ != "VB" or words[0].lower_ in _DISCOURSE_IMPERATIVES:
        return False
    if words[0].lower_ == "put" and (words[1].tag_ == "RB" or words[1].lower_ == "another"):
        return False  # "Put differently, for every €1 ...", "Put another way, ...": a frame, no demand
    # a noun the tagger took for a verb when a finite verb follows its noun phrase: "Now, step one
    # was a rescue package that was passed last week"
    doc = span.doc
    after = doc[words[0].i + 1 : min(words[0].i + 5, span.end)]
    finite = next((t for t in after if t.tag_ in {"VBD", "VBZ", "VBP", "MD"}), None)
    if finite is not None and all(t.tag_ in _NP_TAGS for t in doc[words[0].i + 1 : finite.i]):
        return False
    return span[-1].text != "?"


def _thing_subject(span: Span) -> str | None:
    """The thing a sentence opens with as its subject, "The farm bill passed in 2024" -> "The farm
    bill": a definite singular noun phrase (no name, no person) right before its finite verb, which
    a next "It cut conservation programs" means."""
    doc = span.doc
    first = span.start
    if doc[first].tag_ in {"IN", "RB"}:  # "Across the country, the waiting list has fallen ..."
        comma = next((t.i for t in doc[first : min(first + 7, span.end)] if t.text == ","), None)
        first = comma + 1 if comma is not None and comma + 1 < span.end else first
    if doc[first].lower_ not in {"the", "this", "that"}:
        return None
    j = first + 1
    while j < span.end and j - first <= 5 and doc[j].tag_ in {"JJ", "NN", "HYPH", "VBN", "JJS", "JJR"}:
        j += 1
    head = doc[j - 1]
    if (
        j == first + 1
        or j >= span.end
        or head.tag_ != "NN"
        or head.lower_ in PERSON_NOUNS
        or head.ent_type_
        or doc[j].tag_ not in FINITE
    ):
        return None
    return doc[first:j].text


def _reports_on_another(span: Span, i: int) -> bool:
    """Whether the organisation's verb at ``i`` reports what another named thing did: "The National
    Hurricane Center said Hale made landfall ..." (a next "It is moving north" is the storm)."""
    doc = span.doc
    verb = next((t for t in doc[i : min(i + 4, span.end)] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lower_ not in _SPEECH_VERBS:
        return False
    rest = doc[verb.i + 1 : min(verb.i + 6, span.end)]
    return any(t.pos_ == "PROPN" and t.ent_type_ not in {"DATE", "TIME"} for t in rest)


def _resolve_organisation(
    span: Span,
    offset: int,
    quotations: list[Quotation],
    organisation: str | None,
    replacements: dict[int, str],
) -> None:
    """A sentence that opens with "It"/"Its" right after one about an organisation is about it too:
    "It had sent 12 ambulances" -> "The World Health Organization had sent 12 ambulances". Only at
    the start of the sentence and only before a verb of action: "It is unclear ..." stays."""
    if organisation is None:
        return
    # "It now stands at ...": adverbs after the pronoun are skipped
    words = list(
        islice(
            (t for t in span if not (t.is_space or t.is_punct) and (t.i == span.start or t.tag_ != "RB")), 3
        )
    )
    if len(words) < 2 or words[0].i in replacements:
        return
    first, after = words[0], words[1:3]
    if _in_quotes(first, offset, quotations) or first.lower_ not in {"it", "its"}:
        return
    if first.lower_ == "its":
        # AP style: a name ending in "s" takes the apostrophe alone ("Institute for Fiscal Studies'")
        replacements[first.i] = organisation + ("'" if organisation.endswith("s") else "'s")
        return
    verb = next((t for t in after if t.pos_ == "VERB"), None)
    if after[0].pos_ in {"VERB", "AUX"} and verb is not None and verb.lemma_.lower() not in _COPULAS:
        replacements[first.i] = organisation


def _expand_contraction(span: Span, i: int, replacements: dict[int, str]) -> None:
    """After a replaced pronoun, "'re"/"'s"/... become words: "They're" -> "the ministers are"."""
    if i + 1 >= span.end or span.doc[i].whitespace_:
        return
    nxt = span.doc[i + 1]
    word = nxt.lower_.replace("’", "'")
    if word == "'s":
        after = span.doc[i + 2] if i + 2 < span.end else None
        expanded = "has" if after is not None and after.tag_ == "VBN" else "is"
    elif word in _CONTRACTIONS:
        expanded = _CONTRACTIONS[word]
    else:
        return
    replacements[i] = replacements[i] + " "
    replacements[i + 1] = expanded


def _plural_subjects(span: Span, quotations: list[Quotation], offset: int) -> list[tuple[int, int, str]]:
    """Plural noun phrases that open a clause and are its subject: "the four European leaders
    expressed" -> (start, end, "the four European leaders")."""
    doc = span.doc
    found = []
    for token in span:
        i = token.i
        if token.tag_ not in _PLURAL_HEADS or _in_quotes(token, offset, quotations):
            continue
        if not finite_verb_at(span, i + 1) or (i + 1 < span.end and doc[i + 1].tag_ in _NP_TAGS):
            continue
        j = i
        while j > span.start and doc[j - 1].tag_ in _NP_TAGS:
            j -= 1
        if token.ent_iob_ == "I" and entity_at(token).start < j:
            continue  # "Pensions" of "The Department for Work and Pensions estimates"
        if j == span.start or doc[j - 1].text in {",", ";"} or doc[j - 1].tag_ == "CC":
            phrase = doc[j : i + 1]
            if phrase[0].tag_ in {"DT", "CD", "JJ", "PRP$"} or len(phrase) > 1 or token.tag_ == "NNPS":
                text = phrase.text
                found.append((j, i + 1, text[:1].lower() + text[1:] if phrase[0].tag_ == "DT" else text))
    return found


def _group_for(groups: list[tuple[int, int, str]], at: int, previous: list[str]) -> str | None:
    """The one plural subject before ``at`` in this sentence, else the one of the previous sentence
    (``previous`` is empty when other plural nouns or organisations come first in this sentence)."""
    before = [g for s, e, g in groups if e <= at]
    pool = before or previous
    return pool[0] if len(set(pool)) == 1 else None


# last words of a name that make it an institution, whatever the model tagged it
_INSTITUTION_WORDS = {
    "patrol", "court", "security", "department", "agency", "committee", "office", "party", "council",
    "service", "services", "administration", "ministry", "commission", "bureau", "house", "senate",
    "congress", "parliament", "government", "board", "authority", "institute", "university", "bank",
    "fund", "association", "union", "corporation", "inc", "ltd", "group", "foundation", "guard", "army",
    "navy", "police", "force", "forces", "lab", "laboratory", "network", "news", "times", "post", "tech",
    "college", "motors", "airlines", "airways", "energy", "holdings", "labs", "systems", "studios", "media",
    "u.", "univ.",  # "Washington U."
}  # fmt: skip


def _is_person(ent: Span) -> bool:
    """A PERSON entity, or a capitalised name right after a title ("Chancellor Olaf Scholz") that the
    small model tagged as an organisation or place."""
    if _tagged(ent):
        return False  # "#BorderCrisis", "@Stanford": a hashtag or a handle names no one
    if ent.label_ == "PERSON":
        # the small model's slips: "Border Patrol", "the Supreme Court", "Homeland Security", and a
        # common noun opening a sentence ("Turnout rose sharply")
        return ent[-1].lower_ not in _INSTITUTION_WORDS and not all(t.tag_ in {"NN", "NNS"} for t in ent)
    if ent.label_ not in _NOT_PEOPLE_LABELS:
        return False
    if ent.label_ in {"ORG", "GPE"} and _first_and_last_name(ent):
        return True  # "Marcus Hale criticized ...": a first name and a surname, whatever the model said
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.lower_.rstrip(".") in PERSON_TITLES and all(t.tag_ == "NNP" for t in ent)


def _tagged(ent: Span) -> bool:
    """A social post's hashtag or handle: "#" glued to the name, or a token that opens with "@"."""
    if ent[0].text.startswith("@"):
        return True
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and before.text in {"#", "@"} and not before.whitespace_


def _modifier_only(ent: Span) -> bool:
    """A name used as a modifier of the common noun right after it: "the Biden administration",
    "Trump aides" (read from the tags: the engine runs without the parser)."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].tag_ in {"NN", "NNS"} and not doc[ent.end].ent_type_


def _first_and_last_name(ent: Span) -> bool:
    """Two or three capitalised words, the first a known first name, none an institution's word."""
    words = list(ent)
    return (
        2 <= len(words) <= 3
        and all(t.tag_ == "NNP" and t.is_title for t in words)
        and words[0].lower_ in first_name_genders()
        and not any(t.lower_ in _INSTITUTION_WORDS for t in words)
    )


# words that, right before two or three capitalised words, make them a person's name: "Republican
# Kari Lake", "Democrat Ruben Gallego", "challenger Dana Ruiz"
_PERSON_DESCRIPTORS = {
    "republican", "democrat", "democratic", "independent", "conservative", "liberal", "labour", "tory",
    "candidate", "challenger", "incumbent", "nominee", "rival", "opponent", "lawmaker", "activist",
    "businessman", "businesswoman", "entrepreneur", "billionaire", "economist", "analyst", "spokesman",
    "spokeswoman", "spokesperson", "actor", "actress", "singer", "author", "journalist", "columnist",
}  # fmt: skip


# last words that make two capitalised words a place or a thing, not a person ("Boston Harbor")
_THING_NAME_ENDS = {
    "assembly", "school", "harbor", "harbour", "street", "avenue", "road", "park", "bridge", "square",
    "day", "speaker", "stability", "county", "city", "valley", "beach", "island", "islands", "airport",
    "station", "center", "centre", "hall", "church", "hospital", "act", "bill", "plan", "program",
    "programme", "award", "prize", "cup", "league", "stadium", "arena", "mountains", "river", "great",
    "qaeda", "qaida", "jazeera", "shabaab", "state", "capital", "partners", "health", "foods", "records",
    "press", "books",
}  # fmt: skip


def _unlabelled_names(span: Span, ents: Mapping[int, Span]) -> dict[int, Span]:
    """Names the small model missed or cut ("Republican Kari Lake": only "Lake", as an organisation):
    two or three capitalised proper nouns outside any person or place entity, the first a known first
    name or the word before a descriptor of a person (a party, "challenger", "economist")."""
    doc = span.doc
    covered = {i for e in ents.values() for i in range(e.start, e.end)}
    found: dict[int, Span] = {}
    i = span.start

    def name_word(k: int) -> bool:
        return (
            k < span.end
            and doc[k].tag_ == "NNP"
            and doc[k].is_alpha
            and capitalised(doc[k])
            and k not in covered
            and doc[k].ent_type_ not in {"GPE", "LOC", "FAC", "DATE", "TIME", "NORP"}
            and doc[k].lower_ not in _INSTITUTION_WORDS
            and doc[k].lower_ not in _HONORIFICS
        )

    while i < span.end:
        j = i
        words = 0
        while words < 3 and name_word(j):
            j += 1
            words += 1
            # a double-barrelled surname: "Adesanwo-Fakunle" (a hyphen with no space either side)
            if j + 1 < span.end and doc[j].tag_ == "HYPH" and not doc[j - 1].whitespace_ and name_word(j + 1):
                j += 2
        if words >= 2 and (j == span.end or not (doc[j].tag_ == "NNP" and capitalised(doc[j]))):
            before = doc[i - 1] if i > span.start else None
            if before is not None and (
                before.lower_ in _PERSON_DESCRIPTORS or before.lower_.rstrip(".") in _HONORIFICS
            ):
                found[i] = doc[i:j]  # ("Republican Kari Lake": a person, whatever her surname means)
            elif (
                doc[i].lower_ in first_name_genders()
                and doc[j - 1].lower_ not in _THING_NAME_ENDS
                and (before is None or before.tag_ not in {"DT", "CD", "JJ", "PRP$", "HYPH", "IN"})
            ):
                found[i] = doc[i:j]  # ("the General Assembly", "on Price Stability": no one)
        i = max(j, i + 1)
    return found


# a player's position or a role written before the name like a title: "Center Marcus Ibe"
_POSITIONS = {
    "center", "centre", "guard", "forward", "striker", "midfielder", "defender", "goalkeeper", "keeper",
    "quarterback", "pitcher", "catcher", "winger", "fullback", "linebacker", "receiver", "captain", "rookie",
    "manager", "coach", "outfielder", "shortstop", "batter", "bowler", "batsman", "playmaker",
}  # fmt: skip


def _titled_inside(ent: Span) -> Span | None:
    """The name inside an entity that opens with a title or a position the small model took for part
    of an organisation's name: "Center Marcus Ibe" -> "Marcus Ibe"."""
    if (
        ent.label_ in _NOT_PEOPLE_LABELS
        and len(ent) >= 3
        and ent[0].lower_.rstrip(".") in PERSON_TITLES | _POSITIONS
        and all(t.tag_ == "NNP" and capitalised(t) for t in ent[1:])
        and ent[-1].lower_ not in _INSTITUTION_WORDS
    ):
        return ent[1:]
    return None


def _first_person(span: Span, people: PeopleRegistry) -> str | None:
    person = next((e for e in span.ents if _is_person(e)), None)
    if person is not None:
        return people.resolve(person.text)
    known = next((t for t in span if capitalised(t) and t.lower_ in people.full_names), None)
    return people.resolve(known.text) if known is not None else None


_THIRD_PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "hers"}
_FIRST_TO_THIRD: dict[tuple[str, str | None], str] = {
    ("i", "f"): "she", ("i", "m"): "he", ("my", "f"): "her", ("my", "m"): "his", ("me", "f"): "her",
    ("me", "m"): "him",
}  # fmt: skip


def _with_attribution(text: str, attribution: str | None) -> str:
    """An earlier clause with the source the sentence closes with: "Harlan raised $410,000,
    according to campaign filings." (its own text when it has no such source or names one itself)."""
    if not attribution or attribution.lower() in text.lower():
        return text
    return f"{text.rstrip(' ,;:.')}, {attribution.strip()}."


def _same_person(full: str, written: str) -> bool:
    """Whether ``written`` ("Reeves", "Rachel Reeves") names the person ``full`` names."""
    return bool(full and written) and (full == written or full.split()[-1] == written.split()[-1])


def _rewrite(
    clause: Span,
    replacements: dict[int, str],
    capitalise: bool = True,
    gender: Callable[[str], str | None] | None = None,
    named_before: str = "",
) -> str:
    """The clause as a stand-alone sentence: pronouns and short names replaced by full names (a
    pronoun right after its name reads as written). ``named_before`` is the subject put before the clause
    ("Ruben Gallego" of "... and said he had backed ...")."""
    parts: list[str] = []
    last_named = named_before  # the person named last in the text so far
    for token in clause:
        if token.ent_type_ == "PERSON" and token.i not in replacements:
            last_named = token.text if token.ent_iob_ == "B" else f"{last_named} {token.text}"
        elif (
            token.i not in replacements
            and token.pos_ == "PROPN"
            and token.i > 0
            and token.nbor(-1).lower_.rstrip(".") in _HONORIFICS
        ):
            last_named = token.text  # a surname the model left untagged: "Ms Reeves said she was"
        if token.i in replacements:
            named = re.sub(r"['’]s?$", "", replacements[token.i])
            if token.lower_ in _THIRD_PERSON_PRONOUNS and named and _same_person(named, last_named):
                # "Naomi Ferris said she expects ...": just named, the pronoun reads as it did (and
                # apart from a contraction expanded after it: "he's" -> "he is")
                glued = not token.whitespace_ and token.i + 1 in replacements
                parts.append(token.text + " " if glued else token.text_with_ws)
                continue
            third = _FIRST_TO_THIRD.get((token.lower_, gender(named) if gender and named else None))
            if third is not None and _same_person(named, last_named):
                # a speaker's second "I"/"my": "Marisol Quintero wants to spend time with her
                # grandchildren while she can", not the name three times
                parts.append(third + token.whitespace_)
                continue
            if named and (token.pos_ in {"PRON", "PROPN"} or token.ent_type_ == "PERSON"):
                last_named = named
            if replacements[token.i]:
                parts.append(replacements[token.i] + token.whitespace_)
            elif token.whitespace_ and parts:
                parts[-1] = parts[-1].rstrip() + token.whitespace_
            continue
        parts.append(token.text_with_ws)
    text = "".join(parts).strip()
    return text[:1].upper() + text[1:] if text and capitalise else text
