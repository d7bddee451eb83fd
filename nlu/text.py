"""Text normalisation that keeps a map back to the original offsets.

Every string the models see (training examples, lexicon names, user messages) goes through
:func:`normalize`: control and format characters become spaces, NFKC folds full-width and
compatibility forms (``Ａ１`` -> ``a1``), case is folded, and Traditional Chinese is mapped
to Simplified with OpenCC, so ``身份證`` and ``身份证`` look the same to every model. The
returned :class:`Normalized` maps each normalised character back to the original text, so
entity offsets always point into what the user wrote.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import opencc


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str
    starts: tuple[int, ...]  # starts[i]: offset in the original of the char behind text[i]
    ends: tuple[int, ...]  # ends[i]: end offset in the original of that char

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised slice ``text[start:end]`` (``end > start``)."""
        return self.starts[start], self.ends[end - 1]


def _fold_char(char: str) -> str:
    category = unicodedata.category(char)
    if category in ("Cc", "Zl", "Zp"):
        return " "
    if category in ("Cf", "Cs", "Co", "Cn"):
        return ""
    folded = unicodedata.normalize("NFKC", char).casefold()
    return folded if folded.isprintable() else " "


@functools.lru_cache(maxsize=8192)
def _fold_cached(char: str) -> str:
    return _fold_char(char)


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching and classification, keeping the offset map."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_cached(char)
        for piece in folded:
            pieces.append(piece)
            starts.append(index)
            ends.append(index + 1)
    folded_text = "".join(pieces)
    if any(ord(char) >= 0x3400 for char in folded_text):
        simplified = _t2s().convert(folded_text)
        if len(simplified) != len(folded_text):
            # A phrase conversion changed the length; convert char by char to keep the map.
            simplified = "".join(_t2s().convert(char) or char for char in folded_text)
            if len(simplified) != len(folded_text):
                simplified = folded_text
        folded_text = simplified
    return Normalized(folded_text, tuple(starts), tuple(ends))


def normalize_text(text: str) -> str:
    """Only the normalised string (for training data and lexicon entries)."""
    return normalize(text).text


def is_meaningful(text: str) -> bool:
    """Whether ``text`` has any letter or digit at all (emoji, punctuation and spaces do not count)."""
    return any(char.isalnum() for char in text)
