"""Light, rule-based coreference: people named earlier in the article.

spaCy's small English model has no coreference component, so this keeps a registry of PERSON
entities in reading order and resolves (a) surnames or partial names to the longest full name seen
("Putin" -> "Vladimir Putin") and (b) a subject pronoun at the start of a clause ("he offered talks")
to the most recently mentioned person. Titles ("President", "Mr.") are stripped from names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TITLES = re.compile(
    r"^(?:(?:president|prime minister|chancellor|senator|sen\.|rep\.|representative|governor|gov\.|"
    r"minister|secretary|mr\.?|mrs\.?|ms\.?|dr\.?|sir|dame|lord|lady|king|queen|prince|princess|pope|"
    r"general|gen\.|colonel|judge|justice|mayor|speaker|leader|ambassador|professor|prof\.)\s+)+",
    re.IGNORECASE,
)
SUBJECT_PRONOUNS = {"he", "she"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def clean_name(name: str) -> str:
    """Strip titles, possessive endings and stray punctuation from a person's name."""
    name = _TITLES.sub("", name.strip())
    name = _POSSESSIVE.sub("", name)
    return " ".join(name.strip(" ,.;:\"'“”").split())


@dataclass
class PeopleRegistry:
    """People mentioned so far in one article, in reading order."""

    full_names: dict[str, str] = field(default_factory=dict)  # any name part (lower) -> full name
    last_person: str | None = None

    def mention(self, name: str) -> str:
        """Record a PERSON mention; return the full name it resolves to."""
        name = clean_name(name)
        if not name:
            return name
        full = self.resolve(name)
        if len(full.split()) >= len(name.split()):
            name = full
        for part in name.split():
            known = self.full_names.get(part.lower())
            if known is None or len(name) > len(known):
                self.full_names[part.lower()] = name
        self.full_names[name.lower()] = name
        self.last_person = name
        return name

    def resolve(self, name: str) -> str:
        """The full name for a (partial) name, or the cleaned name itself if unknown."""
        name = clean_name(name)
        if not name:
            return name
        return self.full_names.get(name.lower()) or self.full_names.get(name.split()[-1].lower()) or name
