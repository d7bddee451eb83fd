"""Tolerant matching of service names: homophones, typed pinyin and typos.

Three matchers, tried only when no exact form matched:

* **homophones** (pypinyin): 身分证 / 社宝卡 sound like 身份证 / 社保卡. Every reading of each
  character is compared with the form's pinyin, with the usual IME "fuzzy" pairs
  (z/zh, c/ch, s/sh, -n/-ng) for forms of three or more characters;
* **typed pinyin**: ``shenfenzheng`` or ``she bao ka`` in Latin letters;
* **edit distance** (rapidfuzz): ``pension clame``, 残疾人补助金 -> 残疾人补贴.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass

from pypinyin import Style, lazy_pinyin, pinyin
from rapidfuzz import fuzz, process

from nlu.gazetteer import is_word_char
from nlu.text import Normalized

# Only this much of a message is searched with edit distance (the cost grows with length).
FUZZY_WINDOW = 300
_LATIN_WORD = re.compile(r"[a-z]+")


def _is_han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def loosen(syllable: str) -> str:
    """Fold the pairs that IMEs treat as "fuzzy pinyin" (zh/z, ch/c, sh/s, ng/n)."""
    for retroflex in ("zh", "ch", "sh"):
        if syllable.startswith(retroflex):
            syllable = syllable[0] + syllable[2:]
            break
    if syllable.endswith("ng") and len(syllable) > 2:
        syllable = syllable[:-1]
    return syllable


@functools.lru_cache(maxsize=16384)
def readings(char: str) -> tuple[frozenset[str], frozenset[str]]:
    """(exact, loosened) toneless readings of a Han character; empty for anything else."""
    if not _is_han(char):
        return frozenset(), frozenset()
    exact = frozenset(pinyin(char, style=Style.NORMAL, heteronym=True)[0])
    return exact, frozenset(loosen(s) for s in exact)


@dataclass(frozen=True, slots=True)
class FuzzyMatch:
    value: str
    start: int  # normalised offsets
    end: int
    score: float  # 0..1
    method: str  # "pinyin" | "typed_pinyin" | "edit_distance"
    form: str


@dataclass(frozen=True, slots=True)
class _Sounding:
    form: str
    value: str
    exact: tuple[str, ...]
    loose: tuple[str, ...]


class FuzzyMatcher:
    """Tolerant matcher over ``{normalised form: value}`` for one entity type."""

    def __init__(self, forms: dict[str, str], edit_forms: dict[str, str] | None = None) -> None:
        self._by_sound: dict[str, list[_Sounding]] = defaultdict(list)
        self._typed: dict[str, str] = {}
        for form, value in forms.items():
            if len(form) >= 2 and all(_is_han(char) for char in form):
                exact = tuple(lazy_pinyin(form, style=Style.NORMAL))
                if len(exact) != len(form):
                    continue
                sounding = _Sounding(form, value, exact, tuple(loosen(s) for s in exact))
                self._by_sound[sounding.loose[0]].append(sounding)
                joined = "".join(exact)
                if len(joined) >= 5:
                    self._typed.setdefault(joined, value)
        self._max_typed_words = 4
        # Edit distance: only forms long enough for one slip to leave most of them intact.
        edit = forms if edit_forms is None else edit_forms
        self._edit_forms = [form for form in edit if _edit_length_ok(form)]
        self._edit_values = [edit[form] for form in self._edit_forms]

    def find(self, normalized: Normalized) -> list[FuzzyMatch]:
        """Best non-overlapping tolerant matches, in text order."""
        text = normalized.text
        candidates = [*self._homophones(text), *self._typed_pinyin(text)]
        if not candidates:
            candidates = self._edit_distance(text[:FUZZY_WINDOW])
        chosen: list[FuzzyMatch] = []
        for match in sorted(candidates, key=lambda m: (-m.score, -(m.end - m.start), m.start)):
            if all(match.end <= other.start or match.start >= other.end for other in chosen):
                chosen.append(match)
        return sorted(chosen, key=lambda m: m.start)

    def _homophones(self, text: str) -> list[FuzzyMatch]:
        found: list[FuzzyMatch] = []
        for start, char in enumerate(text):
            loose_first = readings(char)[1]
            for syllable in loose_first:
                for sounding in self._by_sound.get(syllable, ()):
                    match = self._sounds_like(text, start, sounding)
                    if match is not None:
                        found.append(match)
        return found

    @staticmethod
    def _sounds_like(text: str, start: int, sounding: _Sounding) -> FuzzyMatch | None:
        length = len(sounding.form)
        window = text[start : start + length]
        if len(window) < length or window == sounding.form:
            return None
        different = 0
        for char, wanted, wanted_exact, wanted_loose in zip(
            window, sounding.form, sounding.exact, sounding.loose, strict=True
        ):
            if char == wanted:
                continue
            different += 1
            exact, loose = readings(char)
            if not (wanted_exact in exact or (length >= 3 and wanted_loose in loose)):
                return None
        # Two-character forms may have one homophone; longer ones one in three.
        if different > max(1, length // 3):
            return None
        score = 0.9 - 0.05 * (different - 1)
        return FuzzyMatch(sounding.value, start, start + length, score, "pinyin", sounding.form)

    def _typed_pinyin(self, text: str) -> list[FuzzyMatch]:
        if not self._typed:
            return []
        words = list(_LATIN_WORD.finditer(text))
        found: list[FuzzyMatch] = []
        for first in range(len(words)):
            if words[first].start() and is_word_char(text[words[first].start() - 1]):
                continue
            joined = ""
            for last in range(first, min(first + self._max_typed_words, len(words))):
                joined += words[last].group()
                if last > first and text[words[last - 1].end() : words[last].start()].strip():
                    break  # only spaces may separate the syllables
                value = self._typed.get(joined)
                if value is not None:
                    found.append(
                        FuzzyMatch(
                            value, words[first].start(), words[last].end(), 0.85, "typed_pinyin", joined
                        )
                    )
        return found

    def _edit_distance(self, text: str) -> list[FuzzyMatch]:
        if not self._edit_forms or not any(char.isalnum() for char in text):
            return []
        found: list[FuzzyMatch] = []
        results = process.extract(text, self._edit_forms, scorer=fuzz.partial_ratio, score_cutoff=75, limit=5)
        for form, _score, index in results:
            if len(form) > len(text) + 1:
                continue
            alignment = fuzz.partial_ratio_alignment(form, text)
            if alignment is None or alignment.score < _edit_threshold(form):
                continue
            start, end = alignment.dest_start, alignment.dest_end
            if is_word_char(form[0]):
                start, end = _widen_to_words(text, start, end)
            if end - start < 0.75 * len(form) or text[start:end] == form:
                continue
            found.append(
                FuzzyMatch(
                    self._edit_values[index], start, end, 0.8 * alignment.score / 100, "edit_distance", form
                )
            )
        return found


def _edit_length_ok(form: str) -> bool:
    if is_word_char(form[0]):
        return len(form) >= 5
    return len(form) >= 4


def _edit_threshold(form: str) -> float:
    """Least partial_ratio accepted: one slip for Chinese forms, ~one word slip for Latin ones."""
    if is_word_char(form[0]):
        return 90.0 if len(form) <= 8 else 85.0
    # One substituted character in n costs 100/n; allow exactly one.
    return 100.0 * (1 - 1 / len(form)) - 0.01


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and is_word_char(text[start - 1]):
        start -= 1
    while end < len(text) and is_word_char(text[end]):
        end += 1
    return start, end
