"""Quotations and their speakers.

A quotation is text between double quotation marks (straight or curly) on one line, or between
single ones in a sentence that has no double marks (British style; see ``_SINGLE``) (one or two words
only when someone is quoted saying them, see ``attributed``); single quotes
inside it are nested quotations and stay part of it. An opening mark left open at the end of a line
(a paragraph of a multi-paragraph quotation) quotes the rest of the line. The speaker is looked for, in order:
1. after the quotation: ``"...," Putin stated`` / ``"...," said Keir Starmer``;
2. before it in the same sentence: ``Macron added, "..."`` (the last person named before the quote,
   or the subject pronoun resolved to the last person mentioned);
3. the previous sentence's speaker, when the sentence is nothing but a continuing quotation.
Names are resolved to the full name seen earlier (``coreference.PeopleRegistry``).
"""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from services.claim_extraction.coreference import (
    PERSON_TITLES,
    SUBJECT_PRONOUNS,
    PeopleRegistry,
    capitalised,
    entity_at,
    full_person,
    with_owner,
)

# Transcripts typed the TeX way close with two apostrophes ("I knew it wouldn't work.'' or
# ``...''), so a straight mark that opens pairs with the first '' before another straight mark.
QUOTE = re.compile(
    r"(?:\"|``)(?P<d>(?:(?!'')[^\"\n]){2,}?)''"
    r'|"(?P<a>[^"\n]{2,})"|“(?P<b>[^”\n]{2,})”|«(?P<c>[^»\n]{2,})»'
)
# British style: 'single' quotation marks (The Times, headlines everywhere). An opening mark after a
# space, bracket, colon or dash and before a letter or digit; the closing one before a space or
# punctuation, so the apostrophes of "don't" and "Putin's" are not marks. Read only in a sentence
# with no double quotation marks.
_SINGLE = re.compile(r"(?:^|(?<=[\s(:\-–—]))[‘'](?P<s>[A-Za-z0-9][^\n]*?\S)[’'](?=[\s,.;:!?)\-–—]|$)")
_DOUBLE_MARKS = re.compile("[\"“”«»]|``|''")
_OPEN_TAIL = re.compile(r'["“«](?P<tail>[^"“”«»\n]{2,})$')
SPEECH_VERBS = {
    "say", "state", "add", "tell", "insist", "assert", "declare", "claim", "argue", "note", "write",
    "warn", "explain", "emphasize", "emphasise", "stress", "announce", "confirm", "reply", "respond",
    "continue", "conclude", "remark", "acknowledge", "admit", "suggest", "ask", "tweet", "post", "urge",
    "call", "describe", "vow", "promise", "pledge", "predict", "caution", "complain", "recall", "accuse",
    "deny", "testify", "maintain", "observe", "reiterate", "concede", "boast", "joke", "quip", "plead",
    # (and as Lagos, Nairobi and Delhi papers attribute: "she lamented", "he disclosed", "he averred")
    "lament", "disclose", "reveal", "assure", "decry", "aver", "posit", "opine", "contend", "allege",
    "specify", "retort", "counter", "recount", "exclaim", "sigh", "remind", "muse", "shout", "whisper",
    # verbs that quote while they judge: 'praised the council for "making the investments ..."'
    "praise", "criticize", "criticise", "blame", "hail", "slam", "condemn", "thank", "welcome", "dismiss",
}  # fmt: skip


# verbs whose object is the one spoken to: "...," he told Reuters (Reuters is not the speaker)
_ADDRESSED = {"tell", "ask", "urge", "call", "accuse", "promise", "reply", "respond", "testify"}


@dataclass(frozen=True)
class Quotation:
    text: str
    start: int  # article offsets of the quoted text including the marks
    end: int
    # a phrase (under three words, or under five inside a sentence): a quotation only when attributed
    fragment: bool = False
    # left open at the paragraph's end: a multi-paragraph quotation that goes on in the next one
    open: bool = False


# what introduces a whole quotation, however short: 'quote,', 'told me,', 'said:'
_INTRODUCED = re.compile(
    r"\b(?:quote|said|says|told \w+|tells \w+|asked|asks|wrote|writes|added|replied|declared)\s*[,:]\s*$",
    re.IGNORECASE,
)


def find_quotations(sentence: str, base: int) -> list[Quotation]:
    """Quotations in a sentence; ``base`` is the sentence's article offset."""
    found = []
    last_end = 0
    pattern = QUOTE if _DOUBLE_MARKS.search(sentence) else _SINGLE
    for m in pattern.finditer(sentence):
        last_end = m.end()
        inner = m["s"] if pattern is _SINGLE else m["a"] or m["b"] or m["c"] or m["d"] or ""
        words = len(inner.split())
        if words:
            # a few quoted words inside a sentence are a phrase ("a similar "right to disconnect"", a
            # book's title), a quotation only when someone is quoted saying them
            fragment = words < 3 or (words < 5 and m.start() > 0)
            introduced = _INTRODUCED.search(sentence[: m.start()])
            if (
                fragment
                and words >= 3
                and introduced
                # 'and I quote, "a monument to cruelty."': said so, whatever its case
                and (inner.strip()[:1].isupper() or introduced.group(0).lower().startswith("quote"))
            ):
                fragment = False  # 'She told me, quote, "I cannot plan anything."': a whole quotation
            found.append(Quotation(inner.strip(), base + m.start(), base + m.end(), fragment=fragment))
    # a paragraph of a multi-paragraph quotation opens a quote and leaves it open (news convention:
    # the closing mark comes only at the end of the last paragraph)
    rest = sentence[last_end:]
    opening = _OPEN_TAIL.search(rest)
    if opening is not None and len(opening["tail"].split()) >= 3:
        start = last_end + opening.start()
        found.append(
            Quotation(opening["tail"].strip(), base + start, base + len(sentence.rstrip()), open=True)
        )
    return found


def attributed(
    quotations: list[Quotation], span: Span, offset: int, people: PeopleRegistry
) -> list[Quotation]:
    """The quotations that count. Fragments (a few words) are scare quotes or titles unless
    someone is quoted saying them ('Paul Johnson said the figures were "sobering"'); a sentence with
    a full quotation keeps only the full ones."""
    full = [q for q in quotations if not q.fragment]
    if full or not quotations:
        return full
    return quotations if speaker_for(span, offset, quotations[0], people) is not None else []


def _past_a_firm(tokens: list[Token]) -> list[Token]:
    """After the speech verb, skip a name that is followed by a role and another name: in "said
    Bernstein analyst Tom Akers" the model may tag the firm as a person; the speaker is the second."""
    names = [i for i, t in enumerate(tokens) if t.ent_iob_ == "B" and t.ent_type_ == "PERSON"]
    if len(names) >= 2:
        first, second = names[0], names[1]
        between = tokens[entity_at(tokens[first]).end - tokens[0].i : second]
        if between and all(t.pos_ == "NOUN" and t.is_lower for t in between):
            return tokens[second:]
    return tokens


_CALENDAR_WORDS = {w.lower() for w in (*calendar.day_name, *calendar.month_name[1:])} - {"may"}


def _proper_name(tokens: list[Token], people: PeopleRegistry) -> str | None:
    """A capitalised name alone between a quotation and its speech verb, whatever the model tagged it
    ('"...," Haaland said', the model calling Haaland a place)."""
    words = [t for t in tokens if not t.is_punct]
    if any(t.ent_type_ in {"DATE", "TIME"} or t.lower_ in _CALENDAR_WORDS for t in words):
        return None  # "The governor on Tuesday warned ...": when, not who
    if 1 <= len(words) <= 3 and all(t.pos_ == "PROPN" and capitalised(t) for t in words):
        return _remembered(" ".join(t.text for t in words), people)
    return None


def _person_near(tokens: list[Token], people: PeopleRegistry) -> str | None:
    """The person named last in ``tokens``: a PERSON entity or a pronoun resolved to the last person."""
    for token in reversed(tokens):
        if token.ent_type_ == "PERSON":
            if entity_at(token).text.lower().rstrip(".") in PERSON_TITLES:
                continue  # "Det" of "said Det. Laura Kim", which the model calls a person
            return people.resolve(full_person(entity_at(token)).text)
        if capitalised(token) and token.lower_ in people.full_names:
            return people.resolve(token.text)
        if token.lower_ in SUBJECT_PRONOUNS and (person := people.antecedent(pronoun=token.lower_)):
            return person
    return None


# roles by which a story refers back to the person it is about ("the Russian leader"); not a
# spokesman or an official, who is usually someone else speaking for them
_ROLES = {
    "leader", "president", "premier", "chancellor", "minister", "senator", "governor", "mayor",
    "candidate", "ceo", "chairman", "chairwoman", "king", "queen", "pope", "lawmaker", "congressman",
    "congresswoman", "billionaire", "nominee", "incumbent", "challenger", "monarch", "dictator",
    "republican", "democrat", "conservative", "tycoon", "star", "champion", "coach", "manager",
}  # fmt: skip


def _described_person(tokens: list[Token], people: PeopleRegistry) -> str | None:
    """A person named earlier and now described by role: "...," the Russian leader said."""
    words = [t for t in tokens if not t.is_punct]
    if len(words) < 2 or words[0].lower_ != "the":
        return None
    role = words[-1].lower_
    described = all(t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in words[1:])
    if role in people.titles and (len(words) == 2 or described):
        return people.titles[role]  # "the mayor said", after "Mayor Tom Reyes"; "the judge said"
    if role in _ROLES and described:
        # an office no one here was named with is not whoever spoke last
        return None if role in _OFFICES else people.antecedent()
    return None


# roles that are offices: "the mayor" is whoever holds it, named with the title or not at all
_OFFICES = {"mayor", "governor", "senator", "president", "premier", "chancellor", "minister"}


def _organisation(tokens: list[Token]) -> str | None:
    """An organisation quoted as a whole: "...," said the Confederation of British Industry; a
    place that stands for one when its spokesperson speaks: "a Downing Street spokesperson"."""
    for token in tokens:
        if token.ent_iob_ != "B":
            continue
        entity = entity_at(token)
        spokes = entity.end < len(token.doc) and token.doc[entity.end].lower_ in _SPOKES
        if token.ent_type_ == "ORG" or (token.ent_type_ in {"FAC", "GPE", "LOC"} and spokes):
            return with_owner(entity).text.removeprefix("the ").removeprefix("The ")
    return None


_SPOKES = {
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "spokespeople",
    "official",
    "officials",
    "source",
    "sources",
}


def _remembered(name: str, people: PeopleRegistry) -> str:
    """A speaker found without the model's help, known from now on: a later "Forster said" is
    Piers Forster."""
    people.learn(name)
    return people.resolve(name)


def _titled_name(tokens: list[Token], people: PeopleRegistry) -> str | None:
    """A name right after a title that the model did not tag at all: "said Prof Piers Forster"."""
    if not tokens or tokens[0].lower_.rstrip(".") not in PERSON_TITLES:
        return None
    run = []
    for token in tokens[1:4]:
        if not (token.pos_ == "PROPN" and capitalised(token)) or token.ent_type_ in {
            "ORG",
            "GPE",
            "LOC",
            "DATE",
        }:
            break
        run.append(token)
    if not run:
        return None
    return _remembered(" ".join(t.text for t in run), people)


# capitalised roles before a name: "Halcyon Chief Executive Margaret Olsen said"
_ROLE_WORDS = {
    "executive", "officer", "director", "chief", "president", "minister", "secretary", "chairman",
    "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "professor",
    "manager", "founder", "ceo", "cfo", "coo", "commissioner", "governor", "mayor", "senator", "councillor",
    "councilmember", "councilwoman", "councilman", "superintendent", "coach", "chancellor", "attorney",
}  # fmt: skip


def _name_after_role(tokens: list[Token], people: PeopleRegistry) -> str | None:
    """The name right before a speech verb after a capitalised role, whatever the model tagged it:
    "Halcyon Chief Executive Margaret Olsen said" (a name taken for a work of art)."""
    run: list[Token] = []
    for token in reversed(tokens):
        if len(run) == 3 or not (token.pos_ == "PROPN" and capitalised(token)):
            break
        if token.ent_type_ in {"GPE", "LOC", "DATE", "NORP"}:
            return None
        run.insert(0, token)
    before = tokens[len(tokens) - len(run) - 1] if len(tokens) > len(run) else None
    if len(run) < 2 or before is None:
        return None
    role = before.lower_.rstrip(".")
    if role not in _ROLE_WORDS and role not in PERSON_TITLES:
        return None
    # the role itself may be capitalised and taken into the run: "Chief Executive Margaret Olsen"
    while run and run[0].lower_ in _ROLE_WORDS:
        run = run[1:]
    return _remembered(" ".join(t.text for t in run), people) if len(run) >= 2 else None


def _name_in_apposition(tokens: list[Token], people: PeopleRegistry) -> str | None:
    """A name set off after a title, whatever entity type the model gave it: "its chief executive,
    Rain Newton-Smith" (names the model takes for an organisation)."""
    for i, token in enumerate(tokens[:-1]):
        if token.text != "," or i == 0 or tokens[i - 1].pos_ != "NOUN" or tokens[i - 1].is_title:
            continue
        run: list[Token] = []
        for t in tokens[i + 1 :]:
            joined = t.text == "-" and run and not run[-1].whitespace_ and not t.whitespace_
            if (t.pos_ == "PROPN" and capitalised(t)) or joined:
                run.append(t)
            else:
                break
        names = [t for t in run if t.pos_ == "PROPN"]
        if len(names) >= 2 and all(t.ent_type_ not in {"GPE", "LOC", "DATE", "NORP"} for t in names):
            return _remembered(tokens[0].doc[run[0].i : run[-1].i + 1].text, people)
        return None
    return None


def _without_aside(tokens: list[Token]) -> list[Token]:
    """The tokens after a quotation without a relative clause about its speaker: '"...," Ortega, who
    has studied crime data for two decades, said' -> "Ortega said"."""
    start = next(
        (
            i
            for i, t in enumerate(tokens[:6])
            if t.lower_ in {"who", "whose"} and i and tokens[i - 1].text == ","
        ),
        None,
    )
    if start is None:
        return tokens
    close = next((i for i in range(start + 1, len(tokens)) if tokens[i].text == ","), None)
    return tokens if close is None else tokens[: start - 1] + tokens[close + 1 :]


def _according_to(
    tokens: list[Token], people: PeopleRegistry, within: int, reach: int, organisation_words: int
) -> str | None:
    """The source "according to" names, if it opens within the first ``within`` tokens: the person
    among the ``reach`` tokens after it, else an organisation among its first ``organisation_words``."""
    at = next(
        (
            i
            for i in range(min(within, len(tokens) - 1))
            if tokens[i].lower_ == "according" and tokens[i + 1].lower_ == "to"
        ),
        None,
    )
    if at is None:
        return None
    source = tokens[at + 2 : at + 2 + reach]
    return _person_near(source[::-1], people) or _organisation(source[:organisation_words])


def speaker_for(span: Span, offset: int, quote: Quotation, people: PeopleRegistry) -> str | None:
    """The speaker of ``quote`` inside sentence ``span`` (token offsets + ``offset`` = article)."""
    after = _without_aside([t for t in span if t.idx + offset >= quote.end])
    before = [t for t in span if t.idx + len(t) + offset <= quote.start]
    # after the quote: "...," Putin stated / "...," said Macron / "...," he added
    # within a few tokens, or past a long title and name with no other verb between:
    # "...," European Commission President Ursula von der Leyen told reporters
    verb_at = next((i for i, t in enumerate(after[:10]) if t.lemma_.lower() in SPEECH_VERBS), None)
    if verb_at is not None and verb_at >= 6 and any(t.pos_ in {"VERB", "AUX"} for t in after[:verb_at]):
        verb_at = None
    if verb_at is not None and any(t.tag_ == "CC" for t in after[:verb_at]):
        verb_at = None  # '... were "constructive," and Ukraine's Foreign Ministry said': another speaker
    if verb_at is not None and _proxy(after[:verb_at]):
        return None  # '"...," Netanyahu's office said': not Netanyahu's own words
    if verb_at is not None:
        # the name before the verb, or the first one after it, past a title in apposition:
        # "...," said its chief executive, Rain Newton-Smith
        following = after[verb_at + 1 : verb_at + 9]
        if _proxy(list(itertools.takewhile(lambda t: not t.is_punct or t.tag_ == "POS", following))):
            return None  # '"...," said Tom Harlan's lawyer': not Harlan's own words
        who = (
            _person_near(after[:verb_at], people)
            or _name_after_role(after[:verb_at], people)
            or _person_near(_past_a_firm(following)[::-1], people)
            or _name_in_apposition(following, people)
            or _titled_name(following, people)
            or _organisation(after[:verb_at])
            or _proper_name(after[:verb_at], people)
            or (_organisation(following[:4]) if after[verb_at].lemma_.lower() not in _ADDRESSED else None)
            or _described_person(after[:verb_at], people)
        )
        if who:
            return who
    # '"..." — Oleh Syniehubov, governor of the Kharkiv region': a byline after a dash
    if after and after[0].text in {"—", "–", "--"}:
        dashed = list(itertools.takewhile(lambda t: t.text not in {",", "(", ";"}, after[1:8]))
        who = _person_near(dashed, people) or _proper_name(dashed, people)
        if who:
            return who
    # "...," according to Martin Griffiths, the UN relief chief / according to the Bank of England
    who = _according_to(after, people, within=3, reach=8, organisation_words=5)
    # 'According to police spokesman Sgt. Tim Harris, "the suspect fired at least six shots."'
    who = who or _according_to(before, people, within=len(before), reach=len(before), organisation_words=6)
    if who:
        return who
    # before the quote: Macron added, "..."; Starmer emphasized ..., asserting, "..."
    # (the clause of the quotation: 'The Kremlin said ..., and Ukraine's Foreign Ministry said they
    # were "an ultimatum"' starts after the last "and")
    clause = max(
        (i + 1 for i, t in enumerate(before) if t.tag_ == "CC" and i and before[i - 1].is_punct), default=0
    )
    speech = [i for i, t in enumerate(before) if t.lemma_.lower() in SPEECH_VERBS or t.text == ":"]
    verb = next((i for i in speech if i >= clause), speech[0] if speech else None)
    if verb is not None:
        if _proxy(before[:verb]):
            return None  # 'a spokesperson for Vance said he was "..."': the spokesperson's words
        # or an organisation as the subject: 'The Federal Reserve said risks were "roughly in balance"'
        # not a possessor: "Harlan's campaign manager, Rick Sorensen, posted ..." is Sorensen
        subject = [t for t in before[:verb] if not _possessor(t)]
        commas = [i for i, t in enumerate(before[:verb]) if t.text == ","]
        if len(commas) >= 2 and commas[-1] == verb - 1:
            # the name in apposition right before the verb: "The judge in the Pierce case, Circuit Judge
            # Helen Barrows, said", "The lawyer for Kevin Marsh, attorney Linda Gray, said"
            apposed = _person_near(before[commas[-2] + 1 : commas[-1]], people)
            if apposed:
                return apposed
        # "At a rally last Thursday, the first-term Republican told a crowd that "...""
        described = before[commas[-1] + 1 if commas else 0 : verb]
        # a surname the model did not tag, right before the verb: 'In a statement, Whitmore said: "..."'
        named = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", reversed(before[:verb])))[::-1]
        return (
            _person_near(subject[::-1], people)
            # (before the last speech verb, never in what it reports: 'the Office of Rail and Road warned
            # that the Hartwell viaduct was "at elevated risk"' names no speaker Hartwell)
            or _person_near(before[: speech[-1]][::-1], people)
            or _name_after_role(before[:verb], people)
            or _described_person(described, people)
            or _organisation(before[max(0, verb - 6) : verb])
            or _proper_name(named, people)
        )
    return None


# verbs that report what someone asserted (not "thanked", "urged", "called for"): reported speech
_REPORTING = {
    "say", "tell", "add", "note", "state", "claim", "argue", "insist", "assert", "explain", "warn", "confirm",
    "acknowledge", "admit", "testify", "tweet", "disclose", "reveal", "allege", "contend",
    "maintain", "stress", "emphasize", "emphasise", "announce", "report", "estimate", "predict", "concede",
    "specify",
}  # fmt: skip


# the titles before a name, with those of a board's or a council's members in its minutes
_NAME_TITLES = PERSON_TITLES | {
    "trustee",
    "councilmember",
    "councilman",
    "councilwoman",
    "superintendent",
    "supervisor",
}


def reported_by(span: Span, offset: int, people: PeopleRegistry) -> tuple[str, int, int] | None:
    """Who a sentence of reported speech (no quotation marks) says made its claim: the speaker of
    "Harlan said the project would be funded by a loan", "He noted that ridership rose", "The fund
    lost $2 billion, the minister said." (the person named with that title), "according to X"; with
    the article offsets of what is reported. None when no reporting verb has a named person or
    organisation as its subject."""
    tokens = [t for t in span if not t.is_space]
    # (a past or a singular present: not a headline's plural "Police add two detectives", nor "adds")
    verb = next(
        (
            i
            for i, t in enumerate(tokens)
            if t.lemma_.lower() in _REPORTING
            and (t.tag_ == "VBD" or (t.tag_ == "VBZ" and t.lemma_.lower() != "add"))
        ),
        None,
    )
    whole = (span.start_char + offset, span.end_char + offset)
    # (past a title the tagger left out of the name: "Dr. Marchetti reported that ...", "Trustee
    # Okafor-Lind said ...")
    named_at = next((i for i, t in enumerate(tokens[:3]) if t.lower_.rstrip(".") not in _NAME_TITLES), 0)
    named = tokens[named_at]
    opener = named if named.ent_type_ == "PERSON" and named.ent_iob_ == "B" else None
    if opener is not None and _possessor(opener):
        opener = None  # "Arroyo-Whitcomb's aides said ...": the aides speak
    if verb is None and opener is not None and _reporting_participle(tokens):
        # the sentence's subject speaking in a participle after a comma: "Hollis Brandt spoke against the
        # plan, stating that 212 families had signed a petition"
        return people.resolve(full_person(entity_at(opener)).text), *whole
    if verb is None:
        source = _according_to(tokens, people, within=len(tokens), reach=8, organisation_words=5)
        return (source, *whole) if source else None
    if (
        opener is not None
        and len(tokens) - verb > 3
        and (tokens[verb + 1].tag_ not in {"IN", "RB"} or tokens[verb + 1].lower_ == "that")
    ):
        # the person the sentence opens with, as the verb's subject or past an apposition: "Jessica Ruiz,
        # a nurse whose two children attend Ridgeway Elementary, said ..." (not "Trump won in 2016, and
        # Clinton said ...")
        between = span.doc[entity_at(opener).end : tokens[verb].i]
        apposed = len(between) >= 2 and between[0].text == "," and between[-1].text == ","
        if apposed or not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in between):
            return people.resolve(full_person(entity_at(opener)).text), *whole
    after = tokens[verb + 1] if verb + 1 < len(tokens) else None
    # (a closing attribution may go on with when and where: "..., officials said at a briefing on Monday")
    closing = after is None or (
        (after.tag_ in {"IN", "RB", "."} or after.ent_type_ in {"DATE", "TIME"})
        and after.lower_ != "that"
        and any(t.text == "," for t in tokens[:verb])
    )
    # (or whom it was told, or who said it, and no clause after: "..., the minister told reporters on the
    # sidelines of the forum.", "..., noted Theo Marchetti of Boxline"; not "announced 850m in funding")
    clause_after = any(
        t.tag_ in {"VBD", "VBZ", "VBP", "MD", "VB"} or t.lower_ == "that" for t in tokens[verb + 1 :]
    )
    closing = closing or (
        after is not None
        and (tokens[verb].lemma_.lower() in _ADDRESSED or after.pos_ == "PROPN")
        and any(t.text == "," for t in tokens[:verb])
        and not clause_after
    )
    if not closing and len(tokens) - verb > 3:  # the report after the verb: "Harlan said (that) ..."
        first = tokens[verb + 1]
        if first.lower_ == "that" and verb + 2 < len(tokens):
            first = tokens[verb + 2]
        said = Quotation(span.text[first.idx - span.start_char :], first.idx + offset, span.end_char + offset)
    else:  # the report before it: "The fund lost $2 billion, the minister said."
        cut = max((i for i in range(verb) if tokens[i].text == ","), default=None)
        if cut is None:
            return None
        end = tokens[cut].idx
        # (the span's own text: a Doc rebuilds its whole text on every access)
        said = Quotation(span.text[: end - span.start_char], span.start_char + offset, end + offset)
    # (the verb's own clause: "Palmer won the 2016 election, and Clinton said the result was close")
    clause = max(
        (i + 1 for i in range(1, verb) if tokens[i].tag_ == "CC" and tokens[i - 1].is_punct), default=0
    )
    source = speaker_for(span.doc[tokens[clause].i : span.end], offset, said, people)
    return (source, said.start, said.end) if source else None


def _reporting_participle(tokens: list[Token]) -> bool:
    """A reporting verb's participle after a comma: "..., stating that", "..., saying the"."""
    return any(
        t.lemma_.lower() in _REPORTING and t.tag_ == "VBG" and tokens[i - 1].text == ","
        for i, t in enumerate(tokens)
        if i > 0
    )


def _possessor(token: Token) -> bool:
    """Whether ``token`` is part of a name followed by "'s": "Harlan" in "Harlan's campaign manager"."""
    end = entity_at(token).end if token.ent_type_ == "PERSON" else token.i + 1
    return end < len(token.doc) and token.doc[end].tag_ == "POS"


# who speaks for someone: their words are not that person's own
_PROXIES = {
    "spokesperson", "spokesman", "spokeswoman", "office", "campaign", "lawyer", "lawyers", "attorney",
    "attorneys", "aide", "aides", "representative", "representatives", "statement", "team", "family",
    "staff", "adviser", "advisers", "advisor", "advisors", "allies", "ally", "camp", "agent",
}  # fmt: skip


def _proxy(subject: list[Token]) -> bool:
    """Whether a speech verb's subject is someone speaking for a person ("a spokesperson for Vance",
    "Netanyahu's office"), with no name of their own ("spokesman Andrew Bates" speaks; "the Kremlin
    spokesman" speaks for the Kremlin, which is then the source)."""
    proxies = [i for i, t in enumerate(subject) if t.lower_ in _PROXIES and t.pos_ == "NOUN"]
    if not proxies:
        return False
    at = proxies[0]
    rest = subject[at + 1 :]
    if not (rest and rest[0].lower_ in {"for", "of"}):
        at = proxies[-1]  # the last one: "In a statement, Amelia's family said" is the family's
        rest = subject[at + 1 :]
    if rest and rest[0].lower_ in {"for", "of"}:
        # "a spokesperson for Vance", "a spokeswoman for the Dunlap campaign"; not "The lawyer for Kevin
        # Marsh, attorney Linda Gray," who names herself after the comma
        comma = next((i for i, t in enumerate(rest) if t.text == ","), len(rest))
        if any(t.ent_type_ == "PERSON" for t in rest[comma:]):
            return False
        return any(
            t.ent_type_ == "PERSON" or (t.lower_ in _PROXIES and t.nbor(-1).pos_ == "PROPN") for t in rest
        )
    own_name = any(t.ent_type_ == "PERSON" for t in rest)
    # "Netanyahu's office", "Amelia's family" (a first name the model left untagged)
    represented = any(t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and _possessor(t)) for t in subject[:at])
    return represented and not own_name
