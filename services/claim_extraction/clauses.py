"""Atomic claims: split a sentence into clauses that each state one fact.

Without a dependency parser (excluded for speed, see pipeline.py) clauses are found from
part-of-speech patterns. A sentence is cut

* before a coordinating conjunction or after a semicolon when the right-hand side has its own subject
  (pronoun, name or short noun phrase) followed by a finite verb: "Russia continued its attacks, and
  Kyiv said it would honour a ceasefire" -> two claims;
* before "and"/"but" + finite verb when the two verbs share the main clause's subject: "Ridership fell
  by half and has recovered to 80%" -> "Ridership fell by half", "Ridership has recovered to 80%";
* before a non-restrictive relative clause with its own finite verb, ", which/who has seen ...": the
  relative pronoun is replaced by its antecedent in the claim text ("North Korea has seen approximately
  11,000 troops dispatched");
* before a comma-separated adverbial clause with its own subject and finite verb, ", (shortly) after /
  before / when / since / although ... X began ...": the right claim's span starts at its subject
  ("Russia's full-scale invasion began on February 24"), and ", where X did ..." likewise; never
  before "because" (a causal claim is one claim), nor after a date (", when ...", ", which ..." after
  "in July" or "March 2024" are about the event and need its date).

Both sides must keep a finite verb and at least ``MIN_TOKENS`` tokens, so a verbless fragment is never
a claim. Quotations are never cut.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from services.claim_extraction.coreference import PERSON_NOUNS, entity_at

FINITE = {"VBD", "VBZ", "VBP", "MD"}
_SUBJECT_TAGS = {"PRP", "NNP", "NNPS", "NN", "NNS", "DT", "JJ", "CD", "PRP$", "POS", "HYPH", "JJS", "JJR"}
_CONJUNCTIONS = {"and", "but", "while", "whereas", "yet"}
_RELATIVES = {"which", "who"}
# "because" is not among them: "X happened because Y" is one causal claim, checked as a whole
_SUBORDINATORS = {
    "after", "before", "when", "since", "until", "although", "though", "once", "whereas", "where",
}  # fmt: skip
_SUBORDINATOR_ADVERBS = {
    "shortly",
    "just",
    "soon",
    "long",
    "only",
    "even",
    "days",
    "weeks",
    "months",
    "years",
}
_ANTECEDENT_TAGS = {"NNP", "NNPS", "NN", "NNS", "JJ", "CD", "HYPH", "POS", "DT", "JJS"}
MIN_TOKENS = 4
_NOT_PERSON_ENTITIES = {"GPE", "LOC", "ORG", "FAC", "NORP"}


@dataclass(frozen=True)
class Clause:
    """A clause of a sentence; ``head`` replaces the clause's first token in its stand-alone text,
    ``subject`` is put before it."""

    span: Span
    head: Span | None = None  # the antecedent of a relative pronoun ("North Korea" for "which")
    subject: Span | None = None  # the shared subject of a coordinated verb ("Ridership ... has recovered")
    # the sentence's closing attribution, which an earlier clause reports too ("Early voting begins
    # Dec. 7 | and runs through Dec. 11, county elections director Marcus Bell said")
    attribution: Span | None = None


_QUANTITY_WORDS = {"more", "less", "fewer", "than", "about", "around", "nearly", "almost", "over", "some"}
_SUBJECT_PREPOSITIONS = {"of", "in", "from", "at", "for", "on", "across", "among"}


def _is_finite(span: Span, j: int) -> bool:
    """A finite verb that is not part of a name ("Rio Grande do Sul")."""
    token = span.doc[j]
    return token.tag_ in FINITE and not token.ent_type_


def _starts_clause(span: Span, i: int, window: int = 10) -> bool:
    """Whether tokens from ``i`` read as subject + finite verb. The subject may carry a prepositional
    phrase ("the number of open teaching positions dropped", "rent in Denver has climbed"), follow one
    ("in June the agency head resigned") and have adverbs around it ("only 22 states have", "the
    country now has")."""
    doc = span.doc
    j, stop = i, min(i + window, span.end)
    while j < stop:
        token = doc[j]
        if _is_finite(span, j):
            return any(doc[k].tag_ in _SUBJECT_TAGS for k in range(i, j))  # (not "and then resigned")
        if token.lower_ in _SUBJECT_PREPOSITIONS or (
            token.tag_ in {"RB", "RBR"} and token.lower_ not in {"not", "n't"}
        ):
            j += 1
            continue
        if token.tag_ in {"VBG", "VBN"} and j > i and doc[j - 1].tag_ == "DT":
            j += 1  # "the remaining 6.9 percent was split"
            continue
        if token.text == "," and j + 1 < span.end and doc[j + 1].lower_ in _RELATIVES:
            # a subject with its own relative clause: "Lula, who visited the region, promised ..."
            close = next((k for k in range(j + 2, span.end) if doc[k].text == ","), None)
            if close is None:
                return False
            j, stop = close + 1, min(close + 4, span.end)
            continue
        if token.tag_ not in _SUBJECT_TAGS and token.lower_ not in _QUANTITY_WORDS:
            return False
        j += 1
    return False


def finite_verb_at(span: Span, i: int) -> bool:
    """Whether token ``i`` (after optional adverbs) is a finite verb: "which (also) has seen".

    Also how the engine tells a clause subject: a name followed by its finite verb.
    """
    for j in range(i, min(i + 3, span.end)):
        tag = span.doc[j].tag_
        if tag in FINITE:
            return True
        if tag not in {"RB", "RBR"}:
            return False
    return False


def _embedded(span: Span, i: int) -> bool:
    """Whether the relative clause at ``i`` interrupts its main clause: "X, which ..., declared ...",
    "we expect the hub, which opens in May, to lower costs"."""
    doc = span.doc
    for j in range(i + 1, span.end - 1):
        if doc[j].text in {";", '"', "“", "”"}:
            return False
        if doc[j].text == ",":
            k = j + 1
            while k < span.end and doc[k].tag_ in {"RB", "RBR"}:
                k += 1
            # "... to lower costs": the main clause goes on with its infinitive
            infinitive = k + 1 < span.end and doc[k].lower_ == "to" and doc[k + 1].tag_ in _INFINITIVE_TAGS
            # "Russia attacked Kharkiv, which has 1.4 million residents, on Sunday": the main clause's
            # time or place follows
            adverbial = k + 1 < span.end and doc[k].tag_ == "IN" and doc[k].lower_ not in {"that", "because"}
            return k < span.end and (_is_finite(span, k) or infinitive or adverbial)
    return False


# the tagger's tags for the verb after "to" ("to lower" is often JJR, "to cut" NN)
_INFINITIVE_TAGS = {"VB", "VBP", "VBN", "JJR", "NN", "RB"}


def _antecedent(span: Span, comma: int, pronoun: str = "which") -> Span | None:
    """The noun phrase right before the comma at token ``comma``: "North Korea", "the city". For
    "who" a place or organisation there is not it: "Maciej Banach, a professor at the University of
    Lodz in Poland, who led the research" -> the last person named before it."""
    doc = span.doc
    j = comma
    while j > span.start and doc[j - 1].tag_ in _ANTECEDENT_TAGS:
        j -= 1
    if j > span.start and doc[j - 1].tag_ == "PRP$":
        j -= 1  # "its own figures, which draw on ...": "Its own figures draw on ..."
    phrase = doc[j:comma]
    if not any(t.tag_ in {"NNP", "NNPS", "NN", "NNS"} for t in phrase):
        return None
    if pronoun == "which" and (
        phrase[-1].like_num or phrase[-1].lower_ in {"%", "percent", "per cent", "points"}
    ):
        return None  # "... from 1.9% to 1.4%, which would leave less headroom": the change, not the number
    if pronoun == "who" and any(t.ent_type_ in _NOT_PERSON_ENTITIES for t in phrase):
        verb = next((t for t in doc[comma + 2 : min(comma + 5, span.end)] if t.tag_ in FINITE), None)
        if verb is not None and verb.tag_ == "VBP" and any(t.ent_type_ in {"ORG", "NORP"} for t in phrase):
            return phrase  # "... for Villa, who have now beaten Arsenal": a team or body, plural
        people = [e for e in span.ents if e.label_ == "PERSON" and e.end <= comma]
        return people[-1] if people else None
    if (
        pronoun == "which"
        and j > span.start
        and doc[j - 1].lower_ in {"and", "or", "&"}
        and not any(t.ent_type_ == "PERSON" for t in phrase)
    ):
        return None  # "Fairfax, Loudoun and Prince William counties, which ...": the whole list, not its end
    if pronoun == "which" and any(t.ent_type_ == "PERSON" for t in phrase):
        # "which" is never a person: "the 2016 debate between Trump and Hillary Clinton, which drew
        # 84 million viewers" is about the debate
        while j > span.start and (
            doc[j - 1].tag_ in _ANTECEDENT_TAGS or doc[j - 1].lower_ in {"and", "of", "between", "with"}
        ):
            j -= 1
        phrase = doc[j:comma]
        if not any(t.tag_ in {"NN", "NNS"} and t.ent_type_ != "PERSON" for t in phrase):
            return None
        while phrase[0].lower_ in {"and", "of", "between", "with"}:
            phrase = phrase[1:]
        return phrase
    if pronoun == "which":
        return _with_head_noun(span, phrase)
    return phrase


_PLACE_NOUNS = {
    "city",
    "town",
    "village",
    "state",
    "province",
    "region",
    "county",
    "country",
    "island",
    "district",
}


# what a clause about a place says it is: "which is Ukraine's second-largest city", "which is home to"
_PLACE_WORDS = {
    "capital",
    "port",
    "home",
    "hometown",
    "border",
    "seat",
    "population",
    "residents",
    "inhabitants",
}


# a part of what "of" names: the relative clause after it is about the whole ("half of Apple's revenue,
# which reached $391 billion")
_SHARE_NOUNS = {
    "half", "third", "thirds", "quarter", "quarters", "fifth", "tenth", "share", "percent", "majority",
    "minority", "part", "portion", "fraction", "proportion", "bulk", "most", "rest", "remainder",
}  # fmt: skip


def _with_head_noun(span: Span, phrase: Span) -> Span:
    """ "a manufacturer of fitness trackers, which had no role": the phrase that "of", "in" or "at"
    attaches the last noun to, so the claim names the manufacturer ("A manufacturer of fitness
    trackers had no role"), not the trackers; a person's title is never it ("the president of
    France, which ...")."""
    doc = span.doc
    k = phrase.start
    place = all(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in phrase if t.tag_ in {"NNP", "NNPS"})
    if place and k - 2 > span.start and doc[k - 1].text == "," and doc[k - 2].ent_type_ == "GPE":
        k = entity_at(doc[k - 2]).start  # "a plant in Lebanon, Indiana, which ...": the town and its state
        phrase = doc[k : phrase.end]
    if k - 1 <= span.start or doc[k - 1].lower_ not in {"of", "in", "at"}:
        return phrase
    after = doc[phrase.end + 2 : min(phrase.end + 9, span.end)]  # past ", which"
    if place and len(after) and after[0].lower_ in {"is", "was", "has", "had", "lies", "sits", "borders"}:
        if any(t.lower_ in _PLACE_NOUNS or t.lower_ in _PLACE_WORDS for t in after):
            return phrase  # "a school in Kharkiv, which is Ukraine's second-largest city": the place
    common = phrase[-1].tag_ in {"NN", "NNS"}
    m = k - 1
    while (
        m > span.start
        and (doc[m - 1].tag_ in _ANTECEDENT_TAGS or doc[m - 1].tag_ == "$")
        and doc[m - 1].tag_ != "POS"
    ):
        m -= 1  # ("a $4 billion plant in ...")
    left = doc[m : k - 1]
    if (
        len(left) == 0
        or left[-1].tag_ not in {"NN", "NNS"}
        or left[-1].lower_ in PERSON_NOUNS
        or left[-1].lower_ in _SHARE_NOUNS
        or any(t.ent_type_ == "PERSON" for t in left)
    ):
        return phrase  # (nor "roughly half of Apple's revenue, which reached ...": the revenue)
    # "a manufacturer of fitness trackers", "the city of Kharkiv", "a bank in Chicago", "the war in
    # Ukraine"; not "the capital of Ukraine, which has 38 million people" nor "manpower from North Korea"
    named_place = left[-1].lower_ in _PLACE_NOUNS
    if (doc[k - 1].lower_ == "of" and (common or named_place)) or (doc[k - 1].lower_ != "of" and place):
        return doc[m : phrase.end]
    return phrase


def _inside_quote(span: Span, i: int) -> bool:
    before = span.doc[span.start : i].text
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


def _shared_subject(span: Span, i: int) -> Span | None:
    """The subject that the verb after "and"/"but" at ``i`` shares with the main clause: "Ridership
    fell by half and has recovered" -> "Ridership". Only when the main clause has that one finite
    verb (with "Prosecutors said Chen uploaded files and resigned" the subject of "resigned" is not
    "Prosecutors") and its subject is a plain noun phrase after the last comma before that verb."""
    doc = span.doc
    verbs = [j for j in range(span.start, i) if _is_finite(span, j)]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    start = span.start
    for j in range(span.start, verb):
        if doc[j].text == ",":
            start = j + 1
    subject = doc[start:verb]
    if not 0 < len(subject) <= 12 or any(t.tag_ not in _SUBJECT_TAGS and t.tag_ != "IN" for t in subject):
        return None
    if subject[0].tag_ == "IN" or not any(t.tag_ in {"PRP", "NNP", "NNPS", "NN", "NNS"} for t in subject):
        return None
    if doc[verb].tag_ == "MD" and _bare_verb(doc[i + 1]):
        # "The council should reject the deal and put the money ...": the modal governs both verbs, so
        # the second claim keeps it ("The council should put ...", not "The council put ...")
        return doc[start : verb + 1]
    return subject


# past forms that read as the bare verb: after a modal they are the bare verb ("should ... and put")
_SAME_FORM_VERBS = {
    "put", "cut", "set", "hit", "let", "cost", "spread", "quit", "shut", "hurt", "bet", "cast", "split",
    "bid", "read", "run", "come", "become", "upset", "broadcast", "forecast", "reset", "offset",
}  # fmt: skip


def _bare_verb(token: Token) -> bool:
    """A verb in its bare form ("put", "raise"), which a modal before it governs ("are" is no bare form:
    "We must ensure that tax dollars reach the classroom and are not absorbed ...")."""
    if token.lower_ in {"am", "are", "is", "was", "were", "has", "have", "had", "does", "do", "did"}:
        return False
    return token.tag_ in {"VB", "VBP"} or token.lower_ in _SAME_FORM_VERBS


QUOTING_ASIDE = re.compile(r"I(?:'m| am| will|'ll)?\s+(?:quote|quoting)\b", re.IGNORECASE)


def _cut_at(span: Span, i: int) -> tuple[int, Span | None, Span | None] | None:
    """Where the right-hand clause starts when the sentence can be cut at token ``i``, with the
    antecedent that replaces its relative pronoun or the subject it shares with the main clause."""
    doc = span.doc
    token = doc[i]
    # (a comma inside the closing quotation mark counts: 'the talks were "constructive," and ...')
    after_comma = doc[i - 1].text == "," or (
        i - 2 > span.start and doc[i - 1].text in {'"', "”", "’", "''"} and doc[i - 2].text == ","
    )
    if token.lower_ == "and" and QUOTING_ASIDE.match(doc[i + 1 : min(i + 5, span.end)].text):
        return None  # "You said in 2019, and I quote, "...": the aside introduces the quotation
    if token.lower_ in {"and", "but"} and finite_verb_at(span, i + 1) and doc[i + 1].tag_ in FINITE:
        subject = _shared_subject(span, i)
        return (i + 1, None, subject) if subject is not None else None
    if token.text == ";":
        return (i + 1, None, None) if _starts_clause(span, i + 1) else None
    if token.lower_ in _CONJUNCTIONS and after_comma:
        return (i + 1, None, None) if _starts_clause(span, i + 1) else None
    if token.lower_ == "and" and doc[i + 1].lower_ in {"he", "she", "they", "it", "we"}:
        return (i + 1, None, None) if _starts_clause(span, i + 1) else None
    if not after_comma:
        return None
    if token.lower_ == "which" and any(t.lower_ in _NEGATIONS for t in doc[span.start : i]):
        # "does not expect significant overlap, which could ease concerns": "which" is the whole
        # (negated) statement; a claim cut from it would assert the overlap
        return None
    if token.lower_ == "when" and doc[i - 2].lower_ in _PERIOD_NOUNS:
        return None  # "under the previous administration, when it hit 9.1 percent": the time it needs
    if _is_time(doc[i - 2]) and token.lower_ in {"which", "when"}:
        # "4.3% in July, which triggered fears", "from March 2024, when agents made ...": what follows
        # is about the event, not the month, and needs the date to stand alone; one claim
        return None
    if (
        token.lower_ in _RELATIVES
        and token.tag_ in {"WDT", "WP"}
        and finite_verb_at(span, i + 1)
        and not _embedded(span, i)
    ):
        head = _antecedent(span, i - 1, token.lower_)
        return (i, head, None) if head is not None else None
    j = i
    while j < span.end - 1 and doc[j].lower_ in _SUBORDINATOR_ADVERBS and doc[j].tag_ in {"RB", "NNS"}:
        j += 1
    if doc[j].lower_ in _SUBORDINATORS and j + 1 < span.end and not _embedded(span, j):
        # (not "the 3.75% to 4% range, where it has been since September, in a decision that ...":
        # the main clause goes on after the aside)
        window = 16 if doc[j].lower_ == "where" else 8
        if _starts_clause(span, j + 1, window) or (doc[j].lower_ == "where" and _starts_list(span, j + 1)):
            return (j + 1, None, None)
    return None


_TIME_WORDS = {
    *(m.lower() for m in calendar.month_name[1:]), *(d.lower() for d in calendar.day_name),
    "week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "today", "yesterday",
    "quarter", "decade", "century", "spring", "summer", "autumn", "fall", "winter", "day", "days", "ago",
}  # fmt: skip


_NEGATIONS = {"not", "n't", "never", "no", "neither", "nor"}
# periods that "when" dates as a time word does
_PERIOD_NOUNS = {
    "administration", "era", "pandemic", "recession", "crisis", "season", "term", "tenure", "war",
    "period", "presidency", "lockdown", "election", "campaign", "peak", "height", "outbreak", "boom",
}  # fmt: skip


def _is_time(token: Token) -> bool:
    """A month, weekday, year or period word: "July", "2024", "last week", or a month's day ("Dec. 8")."""
    if token.lower_ in _TIME_WORDS or (token.like_num and len(token.text) == 4 and token.text.isdigit()):
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.text.isdigit()
        and len(token.text) <= 2
        and before is not None
        and before.lower_.rstrip(".")[:3] in _MONTH_PREFIXES
    )


_MONTH_PREFIXES = {m.lower()[:3] for m in calendar.month_name[1:]}


def _starts_list(span: Span, i: int) -> bool:
    """Whether tokens from ``i`` are a list of names followed by a finite verb ("A, B and C met")."""
    for j in range(i, min(i + 20, span.end)):
        tag = span.doc[j].tag_
        if tag in FINITE:
            return j > i
        if tag not in _SUBJECT_TAGS and tag not in {",", "CC"}:
            return False
    return False


def clauses(span: Span, quoted: Sequence[tuple[int, int]] = ()) -> list[Clause]:
    """The clauses of a sentence (the sentence itself when it cannot be split). ``quoted`` holds the
    character ranges (in ``span.doc``) of its quotations, which are never cut: the double-quoted ones
    are found here too, single-quoted (British) ones only the caller can tell from apostrophes."""
    doc = span.doc
    # (end of left clause, start of right, antecedent, shared subject)
    cuts: list[tuple[int, int, Span | None, Span | None]] = []
    for token in span[1:-1]:
        i = token.i
        cut = _cut_at(span, i)
        if cut is None or _inside_quote(span, i) or any(a < token.idx < b for a, b in quoted):
            continue
        right, head, subject = cut
        left_end = i - 1 if doc[i - 1].text == "," else i
        cuts.append((left_end, right, head, subject))
    pieces: list[Clause] = []
    start, head_of_piece, subject_of_piece = span.start, None, None
    for left_end, right, head, subject in cuts:
        left = doc[start:left_end]
        rest = doc[right : span.end]
        if (
            len(left) >= MIN_TOKENS
            and any(_is_finite(span, t.i) for t in left)
            and len(rest) >= MIN_TOKENS
            and right > start
        ):
            pieces.append(Clause(left, head_of_piece, subject_of_piece))
            start, head_of_piece, subject_of_piece = right, head, subject
    pieces.append(Clause(doc[start : span.end], head_of_piece, subject_of_piece))
    tail = _attribution(pieces[-1].span) if len(pieces) > 1 else None
    if tail is not None:
        pieces = [Clause(p.span, p.head, p.subject, tail) for p in pieces[:-1]] + pieces[-1:]
    return pieces


# what closes a sentence with its source: ", county elections director Marcus Bell said.", ", according
# to campaign filings.", ", officials said on Tuesday."
_ATTRIBUTING = {
    "say", "tell", "add", "state", "announce", "report", "confirm", "write", "estimate", "note", "show",
    "find",
}  # fmt: skip


def _attribution(span: Span) -> Span | None:
    """The attribution after the last comma of a sentence's last clause, if it is one (at most 10
    words, a speech verb or "according to", no other verb)."""
    comma = next((t.i for t in reversed(span) if t.text == ","), None)
    if comma is None:
        return None
    tail = span.doc[comma + 1 : span.end]
    while len(tail) and tail[-1].is_punct:
        tail = tail[: len(tail) - 1]
    if not 2 <= len(tail) <= 10:
        return None
    according = tail[0].lower_ == "according" and tail[1].lower_ == "to"
    verbs = [t for t in tail if t.pos_ in {"VERB", "AUX"}]
    speech = [t for t in verbs if t.lemma_.lower() in _ATTRIBUTING]
    return tail if according or (len(verbs) == 1 and speech) else None


def clause_spans(span: Span) -> list[Span]:
    """Token spans of the clauses of a sentence (the sentence itself when it cannot be split)."""
    return [c.span for c in clauses(span)]
