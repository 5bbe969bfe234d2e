"""Light, rule-based coreference: people named earlier in the article.

spaCy's small English model has no coreference component, so this keeps a registry of PERSON
entities in reading order and resolves (a) surnames or partial names to the longest full name seen
("Putin" -> "Vladimir Putin") and (b) a subject pronoun ("he offered talks") to a person of the
current sentence (or of the last sentence naming people), the clause subject preferred over an object;
a subject that is a person without a name ("my predecessor", "a man") leaves a later "he" unresolved.
"They" is resolved only when clear: the one plural subject noun phrase earlier in the sentence or in
the previous sentence ("the four European leaders expressed ... They reiterated ..."). Names the model
tagged as places or organisations earlier (``Kyiv``) are never antecedents. Titles
("President", "Mr.") are stripped from names.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

_TITLES = re.compile(
    r"^(?:(?:president|prime minister|chancellor|senator|sen\.|rep\.|representative|governor|gov\.|"
    r"minister|secretary|mr\.?|mrs\.?|ms\.?|dr\.?|sir|dame|lord|lady|king|queen|prince|princess|pope|"
    r"general|gen\.|colonel|judge|justice|mayor|speaker|leader|ambassador|professor|prof\.|"
    r"councillors?|cllr\.?|coach|sheriff|commissioners?|councilmembers?|council members?|councilman|"
    r"councilwoman|alderman|alderwoman|aldermen|supervisors?|trustees?|delegates?|assemblyman|assemblywoman|"
    r"assemblymembers?|senators|representatives|reps\.|sens\.|state sen\.|state rep\.|lt\.|sgt\.|"
    r"officer|detective|det\.|capt\.|captain|attorney|atty\.|cpl\.|corporal|ofc\.|maj\.|major|asst\.|"
    r"cmdr\.|commander|adm\.|admiral|insp\.|inspector|supt\.|superintendent|sergeant|lieutenant|"
    r"police chief|chief|deputy|trooper|h\.\s?e\.|(?:his|her) excellency)\s+)+",
    re.IGNORECASE,
)
SUBJECT_PRONOUNS = {"he", "she"}
# first names that are strongly gendered (built by ``training/build_first_names.py``): "she" never
# names Arthur Aidala, "he" never Ingrid Lewis-Martin; a name not listed agrees with both
FIRST_NAMES_PATH = Path(__file__).with_name("first_names.tsv.gz")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f"}
# a title's abbreviation -> the word a later "the ... said" uses
_TITLE_WORDS = {
    "sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "det": "detective",
    "sgt": "sergeant", "lt": "lieutenant", "capt": "captain", "cmdr": "commander", "insp": "inspector",
    "supt": "superintendent", "prof": "professor", "cpl": "corporal", "maj": "major", "adm": "admiral",
}  # fmt: skip
_TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m",
                 "lady": "f", "king": "m", "queen": "f", "prince": "m", "princess": "f"}  # fmt: skip


@cache
def first_name_genders() -> dict[str, str]:
    """First name (lower case) -> "m" or "f"."""
    with gzip.open(FIRST_NAMES_PATH, "rt", encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f if line.strip())


# words that, right before a name, make it a person's name even when NER calls it an organisation
PERSON_TITLES = {
    "president", "chancellor", "senator", "sen", "rep", "representative", "governor", "gov", "minister",
    "secretary", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "king", "queen", "prince",
    "princess", "pope", "general", "gen", "colonel", "judge", "justice", "mayor", "ambassador",
    "professor", "prof", "premier", "spokesman", "spokeswoman", "spokesperson", "leader", "chairman",
    "chairwoman", "ceo", "director", "commissioner", "sheriff", "officer", "coach", "councillor", "cllr",
    "sgt", "det", "cpl", "ofc", "maj", "cmdr", "capt", "lt", "insp", "supt", "detective", "sergeant",
    "captain", "lieutenant", "corporal", "commander", "inspector", "chief", "deputy", "trooper", "asst",
    "assistant",
}  # fmt: skip
# nouns for people: what "which" and "it" never mean ("the president of France, which ...", "The man
# was arrested. It happened ...")
PERSON_NOUNS = {
    "man", "woman", "men", "women", "boy", "girl", "child", "children", "person", "people", "citizens",
    "president", "leader", "head", "chief", "minister", "director", "official", "officials", "spokesman",
    "spokeswoman", "spokesperson", "member", "members", "resident", "residents", "employees", "workers",
    "worker", "judge", "mayor", "governor", "senator", "officer", "suspect", "victim", "driver", "father",
    "mother", "son", "daughter", "husband", "wife", "doctor", "teacher", "student", "lawyer", "prosecutor",
    "defendant", "author", "researcher", "analyst", "economist", "founder", "owner", "executive", "ceo",
    "chairman", "chairwoman", "professor",
}  # fmt: skip
# how the Commons refers to members ("the right hon. Lady", "my hon. Friend"): no one's name
_FORMS_OF_ADDRESS = {"lady", "gentleman", "friend", "member", "members", "speaker", "chair", "house"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


NAME_PARTICLES = {
    "al", "bin", "da", "de", "del", "della", "der", "den", "di", "dos", "du", "el", "ibn", "la", "le",
    "ter", "van", "von", "y",
}  # fmt: skip


def entity_at(token: Token) -> Span:
    """The named entity that ``token`` belongs to (the token alone when it is in none)."""
    doc = token.doc
    return next((e for e in doc.ents if e.start <= token.i < e.end), doc[token.i : token.i + 1])


def full_person(ent: Span) -> Span:
    """A PERSON entity carried over the lower-case particles of a name, which the small model often
    cuts at: "Borja" + "del Pozo Cruz", "Ursula von der" + "Leyen"."""
    doc = ent.doc
    end = ent.end
    while True:
        k = end
        while k < len(doc) and doc[k].is_lower and doc[k].lower_ in NAME_PARTICLES:
            k += 1
        if k == end and doc[end - 1].lower_ not in NAME_PARTICLES:
            break
        m = k
        while m < len(doc) and capitalised(doc[m]) and doc[m].pos_ == "PROPN":
            m += 1
        if m == k:
            break
        end = m
    return doc[ent.start : end] if end > ent.end else ent


def capitalised(token: Token) -> bool:
    """A word written as a name: "Putin", "DeSantis", "McConnell", "O'Rourke" (``Token.is_title`` is
    false for the last three), not "NATO" or "the"."""
    text = token.text
    return text[:1].isupper() and any(char.islower() for char in text)


def clean_name(name: str) -> str:
    """Strip titles, possessive endings and stray punctuation from a person's name."""
    untitled = _TITLES.sub("", name.strip())
    name = name.strip() if untitled.strip().isdigit() else untitled  # "Speaker 1" is not "1"
    name = _POSSESSIVE.sub("", name)
    name = " ".join(name.strip(" ,;:\"'“”").split())
    # keep the period of a closing "Jr." or "Sr." (or an initial); drop a sentence's full stop
    return name if re.search(r"\b(?:Jr|Sr|[A-Z])\.$", name) else name.rstrip(".").rstrip()


@dataclass
class PeopleRegistry:
    """People mentioned so far in one article, in reading order."""

    full_names: dict[str, str] = field(default_factory=dict)  # any name part (lower) -> full name
    last_person: str | None = None
    # (name, is clause subject) for the people named in the current sentence and in the last sentence
    # that named anyone: pronouns look there first, subjects preferred
    current: list[tuple[str, bool]] = field(default_factory=list)
    previous: list[tuple[str, bool]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # plural subjects of the last sentence ("they")
    not_people: set[str] = field(default_factory=set)  # names seen as places / organisations (lower)
    genders: dict[str, str] = field(default_factory=dict)  # full name -> "m"/"f", from a title only
    titles: dict[str, str] = field(default_factory=dict)  # a title (lower) -> the person last named with it
    speaking: str | None = None  # the transcript turn's speaker: never what their own "he" or "she" means

    def titled(self, title: str, name: str) -> None:
        """Remember who bears a title ("Mayor Tom Reyes", "Sen. Raymond Delgado"): a later "the mayor
        said", "the senator said" is that person."""
        self.titles[_TITLE_WORDS.get(title, title)] = name

    def mention(self, name: str, subject: bool = False) -> str:
        """Record a PERSON mention; return the full name it resolves to."""
        title = _TITLE_GENDER.get(name.strip().split()[0].lower().rstrip(".")) if name.strip() else None
        name = clean_name(name)
        if not name or name.lower() in self.not_people or name.lower() in _FORMS_OF_ADDRESS:
            return name
        full = self.resolve(name)
        if len(full.split()) >= len(name.split()):
            name = full
        self._remember(name)
        if title is not None:
            self.genders[name] = title  # "Mrs. Smith"
        self.last_person = name
        self.current.append((name, subject))
        return name

    def gender(self, name: str) -> str | None:
        """ "m" or "f" when the first name or a title says so, else None."""
        return self.genders.get(name) or first_name_genders().get(name.split()[0].lower()) if name else None

    def _agrees(self, name: str, pronoun: str | None) -> bool:
        wanted = _PRONOUN_GENDER.get(pronoun or "")
        found = self.gender(name) if wanted else None
        return found is None or found == wanted

    def learn(self, name: str) -> None:
        """Know a full name (a transcript label: "JAKE TAPPER, CNN HOST:") without mentioning it, so
        a later "TAPPER:" resolves to it while pronouns keep their antecedent."""
        name = clean_name(name)
        if len(name.split()) >= 2:
            self._remember(name)

    def _remember(self, name: str) -> None:
        parts = name.split()
        # "Earle-Sears": the tokenizer splits a double-barrelled surname, so its halves name her too
        parts += [half for part in parts[1:] if "-" in part for half in part.split("-") if len(half) > 2]
        for part in parts:
            if len(parts) > 1:  # "Vasquez" tagged a place in a headline is Luis Vasquez's surname
                self.not_people.discard(part.lower())
            known = self.full_names.get(part.lower())
            if known is None or len(name) > len(known):
                self.full_names[part.lower()] = name
        self.full_names[name.lower()] = name

    def next_sentence(self) -> None:
        """Start a new sentence (the people of the last one that named anyone stay candidates)."""
        if self.current:
            self.previous, self.current = self.current, []

    def not_a_person(self, name: str) -> None:
        """Record a name the model labelled a place or organisation; it is never a pronoun antecedent."""
        key = clean_name(name).lower()
        if not key or (key in self.full_names and len(self.full_names[key].split()) > 1):
            return  # "Putin" stays a person even if the model once tagged it ORG
        self.not_people.add(key)
        self.full_names.pop(key, None)
        if self.last_person and self.last_person.lower() == key:
            self.last_person = None
        self.current = [(n, s) for n, s in self.current if n.lower() != key]
        self.previous = [(n, s) for n, s in self.previous if n.lower() != key]

    def referred(self, name: str, pronoun: str, subject: bool) -> None:
        """A pronoun of this sentence resolved to ``name``: when the name's known gender is the
        pronoun's (a resolution to trust), they are mentioned again, so a pronoun of the next sentence
        prefers them (as the subject they are) to a name read after them."""
        wanted = _PRONOUN_GENDER.get(pronoun)
        if wanted is not None and self.gender(name) == wanted:
            self.current.append((name, subject))
            self.last_person = name

    def forget_context(self) -> None:
        """A new transcript turn: names stay known, but no one is a pronoun's antecedent yet."""
        self.last_person = None
        self.current, self.previous, self.groups = [], [], []

    def unnamed(self) -> None:
        """A person the sentence's subject denotes without a name ("My predecessor promised ...", "A
        man was arrested"): a later "he" may mean them, so it means no one named before."""
        self.current.append(("", True))
        self.last_person = None

    def antecedent(self, excluding: str | None = None, pronoun: str | None = None) -> str | None:
        """The person a subject pronoun (he/she) refers to: in this sentence so far, else the last one
        that named people, the last person named as a clause subject, else the last named; never
        ``excluding`` (a transcript turn's speaker does not call themselves "he"), nor a person whose
        first name says another gender than ``pronoun`` ("he", "her", ...)."""
        excluding = excluding or self.speaking
        for pool in (self.current, self.previous):
            named = [(n, s) for n, s in pool if n != excluding]
            agreeing = [(n, s) for n, s in named if self._agrees(n, pronoun)]
            # someone whose first name says "he" before someone it says nothing of: "Marcus Hale says
            # Dana Whitfield has failed. He cites ..." is Hale
            wanted = _PRONOUN_GENDER.get(pronoun or "")
            agreeing = [(n, s) for n, s in agreeing if wanted and self.gender(n) == wanted] or agreeing
            if agreeing:
                subjects = [n for n, is_subject in agreeing if is_subject]
                return (subjects[-1] if subjects else agreeing[-1][0]) or None  # "": someone unnamed
            if named and any(not n for n, _ in named):
                return None  # someone unnamed is there: do not look further back
        last = self.last_person
        return last if last and last != excluding and self._agrees(last, pronoun) else None

    def resolve(self, name: str) -> str:
        """The full name for a (partial) name, or the cleaned name itself if unknown."""
        name = clean_name(name)
        if not name:
            return name
        known = self.full_names.get(name.lower()) or self.full_names.get(name.split()[-1].lower())
        # never shorten: "Hillary Clinton" stays whole when only "Secretary Clinton" was seen before
        return known if known and len(known.split()) >= len(name.split()) else name


def with_owner(entity: Span) -> Span:
    """An organisation with the country or body that owns it: "Defense Ministry" after "Ukraine's" ->
    "Ukraine's Defense Ministry" (in a story about two countries, "the Defense Ministry" is ambiguous)."""
    doc = entity.doc
    i = entity.start
    if i >= 2 and doc[i - 1].tag_ == "POS" and doc[i - 2].ent_type_ in {"GPE", "ORG", "NORP"}:
        return doc[entity_at(doc[i - 2]).start : entity.end]
    return entity
