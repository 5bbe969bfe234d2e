"""A compiled stand-in for the model's ``attribute_ruler``, with the same patterns and the same result.

The English pipelines ship an ``AttributeRuler`` (179 patterns in ``en_core_web_sm`` 3.8) that maps
each fine-grained tag to its coarse part of speech and morphology and fixes a few words' lemmas and
tags ("gets" -> "get", "gonna"). It runs them through spaCy's general ``Matcher``, which checks every
token against every pattern: on this machine that is a third of the whole pipeline's time.

Almost all of those patterns look at one token's tag, lower-cased form, whitespace flag or
dependency label. ``CompiledAttributeRuler`` evaluates those once per distinct combination of the
four (a cache: a text repeats its words and tags); the few two-token patterns ("gon" "na") are
checked only where their first token matches. Patterns in any other form would go to a ``Matcher``
of their own (the English models have none). Matches are applied in pattern order, later ones winning, as
the ``AttributeRuler`` does; ``tests/unit/extraction/test_extraction_attributes.py`` checks that
both give the same tags, parts of speech, morphology and lemmas. The component is built at load time
from the model's own patterns (``pipeline.load_nlp``) and has no ``to_disk``: a pipeline that uses it
is not meant to be saved or pickled.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

FACTORY = "claimdesk_compiled_attribute_ruler"
_OUTPUT = [TAG, POS, MORPH, LEMMA]  # the columns a pattern can set, in this order (and DEP, below)
_OUTPUT_NAMES = ["TAG", "POS", "MORPH", "LEMMA"]
_DEP_COLUMN = len(_OUTPUT_NAMES)  # a dependency label is set on the token, not through an array
_CACHE_LIMIT = 500_000  # distinct (tag, word, space, dep) combinations kept; cleared when exceeded

Token4 = tuple[str, str, bool, str]  # tag, lower, is_space, dep
Predicate = Callable[[Token4], bool]
_FIELDS = {"TAG": 0, "LOWER": 1, "IS_SPACE": 2, "DEP": 3}


def _value_test(spec: Any) -> Callable[[Any], bool] | None:
    """One attribute's condition as a function; ``None`` if the form is not supported."""
    if not isinstance(spec, dict):
        return lambda value: value == spec
    if len(spec) != 1:
        return None
    ((op, arg),) = spec.items()
    if op == "IN":
        allowed = set(arg)
        return lambda value: value in allowed
    if op == "NOT_IN":
        banned = set(arg)
        return lambda value: value not in banned
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda value: bool(pattern.search(value))
    return None


def _token_test(token_spec: dict[str, Any]) -> Predicate | None:
    tests: list[tuple[int, Callable[[Any], bool]]] = []
    for key, spec in token_spec.items():
        test = _value_test(spec)
        if key not in _FIELDS or test is None:
            return None
        tests.append((_FIELDS[key], test))
    return lambda token: all(test(token[field]) for field, test in tests)


@dataclass(frozen=True, slots=True)
class _Entry:
    """What the patterns make of one (tag, lower, space, dep) combination."""

    token: Token4
    pids: tuple[int, ...]  # the one-token patterns that match, in order
    merged: tuple[tuple[int, int], ...]  # the (column, value) they set together, later ones winning
    starts: tuple[int, ...]  # the multi-token patterns whose first token matches


class CompiledAttributeRuler:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.single: list[tuple[int, Predicate]] = []  # (pattern id, test) for one-token patterns
        self.multi: list[tuple[int, list[Predicate]]] = []  # (pattern id, a test per token)
        self.matcher = Matcher(vocab)  # patterns in forms not compiled here, keyed by pattern id
        self.values: list[list[tuple[int, int]]] = []  # pattern id -> [(output column, value)]
        self.index: list[int] = []  # pattern id -> which token of the match gets the attributes
        self._cache: dict[tuple[int, int, int, int], _Entry] = {}  # by (tag, lower, space, dep) hashes

    def load(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Take ``AttributeRuler.patterns`` (each: patterns, attrs, index)."""
        strings, morphology = self.vocab.strings, self.vocab.morphology
        for pid, entry in enumerate(patterns):
            values = []
            for name, value in entry["attrs"].items():
                if name not in _OUTPUT_NAMES and name != "DEP":
                    raise ValueError(f"attribute_ruler sets {name}, which the compiled ruler does not")
                if name == "DEP":
                    values.append((_DEP_COLUMN, strings.add(value)))
                    continue
                if name == "POS":
                    number = POS_IDS[value]
                elif name == "MORPH":
                    number = morphology.add(value)
                else:
                    number = strings.add(value)
                values.append((_OUTPUT_NAMES.index(name), number))
            self.values.append(values)
            self.index.append(int(entry.get("index", 0)))
            compiled = [[_token_test(spec) for spec in pattern] for pattern in entry["patterns"]]
            if all(test is not None for tests in compiled for test in tests):
                for tests in compiled:
                    checks = [test for test in tests if test is not None]
                    if len(checks) == 1:
                        self.single.append((pid, checks[0]))
                    else:
                        self.multi.append((pid, checks))
            else:
                self.matcher.add(str(pid), entry["patterns"])
        self._cache.clear()

    def _entry(self, key: tuple[int, int, int, int]) -> _Entry:
        strings = self.vocab.strings
        token = (
            strings[key[0]] if key[0] else "",
            strings[key[1]],
            bool(key[2]),
            strings[key[3]] if key[3] else "",
        )
        pids = tuple(sorted({pid for pid, test in self.single if test(token)}))
        starts = tuple(n for n, (_, tests) in enumerate(self.multi) if tests[0](token))
        return _Entry(token, pids, self._merged(pids), starts)

    def _merged(self, pids: Iterable[int]) -> tuple[tuple[int, int], ...]:
        merged: dict[int, int] = {}
        for pid in sorted(pids):
            for column, value in self.values[pid]:
                merged[column] = value
        return tuple(merged.items())

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        cache = self._cache
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        rows = doc.to_array([TAG, LOWER, IS_SPACE, DEP]).tolist()
        found: list[_Entry] = []
        for row in rows:
            key = (row[0], row[1], row[2], row[3])
            entry = cache.get(key)
            if entry is None:
                entry = cache[key] = self._entry(key)
            found.append(entry)
        settings = [entry.merged for entry in found]
        extra: dict[int, list[int]] = {}
        for i, entry in enumerate(found):
            for n in entry.starts:  # a multi-token pattern whose first token matches here
                pid, tests = self.multi[n]
                if i + len(tests) <= len(found) and all(
                    test(found[i + k].token) for k, test in enumerate(tests[1:], start=1)
                ):
                    offset = self.index[pid]
                    extra.setdefault((i if offset >= 0 else i + len(tests)) + offset, []).append(pid)
        if len(self.matcher):
            for match_id, start, end in self.matcher(doc, allow_missing=True):
                pid = int(self.vocab.strings[match_id])
                offset = self.index[pid]
                extra.setdefault((start if offset >= 0 else end) + offset, []).append(pid)
        for at, pids in extra.items():
            settings[at] = self._merged([*found[at].pids, *pids])
        out = doc.to_array(_OUTPUT).tolist()
        deps: list[tuple[int, int]] = []
        changed = False
        for i, setting in enumerate(settings):
            for column, value in setting:
                if column == _DEP_COLUMN:
                    deps.append((i, value))
                else:
                    out[i][column] = value
                    changed = True
        if changed:
            doc.from_array(_OUTPUT, np.array(out, dtype=np.uint64))  # type: ignore[arg-type]
        for i, value in deps:
            doc[i].dep = value
        return doc


@Language.factory(FACTORY)
def make_compiled_attribute_ruler(nlp: Language, name: str) -> CompiledAttributeRuler:
    return CompiledAttributeRuler(nlp.vocab)


def compile_attribute_ruler(nlp: Language) -> None:
    """Replace the pipeline's ``attribute_ruler`` with the compiled equivalent (same patterns)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    patterns = nlp.get_pipe("attribute_ruler").patterns  # type: ignore[attr-defined]
    ruler = nlp.replace_pipe("attribute_ruler", FACTORY)
    assert isinstance(ruler, CompiledAttributeRuler)
    ruler.load(patterns)
