"""Exact dictionary matching of entity surface forms (synonyms, lookups, catalog names).

Forms are stored normalised (see :mod:`nlu.text`) and matched leftmost-longest without
overlaps. Forms that begin or end with a Latin letter or digit only match at word
boundaries, so ``id`` does not match inside ``idea``; scripts written without spaces
(Chinese) match anywhere.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from nlu.text import Normalized, normalize_text

# How much each source counts when two sources map one form to different values.
WEIGHTS = {"lexicon": 3.0, "synonym": 2.0, "example": 1.0, "lookup": 1.0}
# A form is kept only when its best value has at least this share of the votes.
MAJORITY = 0.6
# Endings tolerated after a Latin-script form ("id cards", "pensions", "registered").
LATIN_ENDINGS = ("s", "es", "ed")


@dataclass(frozen=True, slots=True)
class Match:
    entity: str
    value: str
    start: int  # normalised offsets
    end: int
    form: str


def is_word_char(char: str) -> bool:
    """A letter or digit of a script that separates words with spaces (ASCII and Latin)."""
    return char.isalnum() and (char.isascii() or "\u00c0" <= char <= "\u024f")


@dataclass
class GazetteerBuilder:
    votes: dict[tuple[str, str], dict[str, float]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, form: str, entity: str, value: str, source: str) -> None:
        normalised = " ".join(normalize_text(form).split())
        if not normalised or not any(char.isalnum() for char in normalised):
            return
        bucket = self.votes[(normalised, entity)]
        bucket[value] = bucket.get(value, 0.0) + WEIGHTS.get(source, 1.0)

    def build(self) -> Gazetteer:
        forms: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for (form, entity), values in self.votes.items():
            value, weight = max(values.items(), key=lambda item: (item[1], item[0]))
            if weight >= MAJORITY * sum(values.values()):
                forms[form].append((entity, value))
        return Gazetteer(dict(forms))


class Gazetteer:
    """Normalised form -> [(entity, value)], indexed by first character."""

    def __init__(self, forms: dict[str, list[tuple[str, str]]]) -> None:
        self.forms = forms
        index: dict[str, list[str]] = defaultdict(list)
        for form in forms:
            index[form[0]].append(form)
        for candidates in index.values():
            candidates.sort(key=len, reverse=True)
        self._index = dict(index)

    def __len__(self) -> int:
        return len(self.forms)

    def values(self, entity: str) -> set[str]:
        return {value for pairs in self.forms.values() for kind, value in pairs if kind == entity}

    def find(self, normalized: Normalized, entities: frozenset[str] | None = None) -> list[Match]:
        """Leftmost-longest, non-overlapping matches in the normalised text."""
        text = normalized.text
        matches: list[Match] = []
        position = 0
        length = len(text)
        while position < length:
            candidates = self._index.get(text[position])
            found: Match | None = None
            if candidates and not (
                is_word_char(text[position]) and position and is_word_char(text[position - 1])
            ):
                for form in candidates:
                    if not text.startswith(form, position):
                        continue
                    end = _word_end(text, position + len(form), form)
                    if end is None:
                        continue
                    pairs = [pair for pair in self.forms[form] if entities is None or pair[0] in entities]
                    if pairs:
                        for entity, value in pairs:
                            matches.append(Match(entity, value, position, end, form))
                        found = matches[-1]
                        break
            position = found.end if found else position + 1
        return matches


def _word_end(text: str, end: int, form: str) -> int | None:
    """Where a match of ``form`` ending at ``end`` really ends, or ``None`` if it splits a word."""
    if not is_word_char(form[-1]) or end >= len(text) or not is_word_char(text[end]):
        return end
    if form[-1].isalpha() and len(form) >= 4:
        for ending in LATIN_ENDINGS:
            stop = end + len(ending)
            if text.startswith(ending, end) and (stop >= len(text) or not is_word_char(text[stop])):
                return stop
    return None
