"""Reading short answers: "1", "第二个", "二", "80岁", yes/no words, a button's label."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import cn2an
from rapidfuzz import fuzz

_ORDINAL = re.compile(
    r"^(?:第|no\.?|#)?\s*([0-9]+|[零〇一二两三四五六七八九十百]+)\s*(?:个|项|号|种|条|st|nd|rd|th)?\s*[.。!！]?$"
)
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+")


def fold(text: str) -> str:
    """Width-, case- and punctuation-insensitive form for comparing short answers."""
    folded = unicodedata.normalize("NFKC", text).casefold().strip()
    return folded.strip(" .,!?。，！？、~～")


def _to_int(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    try:
        value = cn2an.cn2an(token.replace("两", "二"), "smart")
    except (ValueError, KeyError, TypeError):
        return None
    return int(value) if float(value).is_integer() else None


def ordinal(text: str) -> int | None:
    """The 1-based choice number in "1", "２", "第二个", "二", "#3"; None if not only a number."""
    match = _ORDINAL.match(fold(text))
    return None if match is None else _to_int(match.group(1))


def number_in(text: str) -> float | None:
    """The first number written in Arabic or Chinese numerals ("我今年八十二岁" -> 82)."""
    match = _NUMBER.search(fold(text))
    if match is None:
        return None
    token = match.group(0)
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", token):
        return float(token)
    value = _to_int(token)
    return None if value is None else float(value)


def is_one_of(text: str, words: Sequence[str]) -> bool:
    folded = fold(text)
    return bool(folded) and any(folded == fold(word) for word in words)


def best_label(text: str, labels: Sequence[str], threshold: float = 85.0) -> int | None:
    """Index of the label the text names (exactly, contained, or nearly), if exactly one fits."""
    folded = fold(text)
    if not folded:
        return None
    exact = [i for i, label in enumerate(labels) if fold(label) == folded]
    if len(exact) == 1:
        return exact[0]
    contained = [i for i, label in enumerate(labels) if len(fold(label)) >= 2 and fold(label) in folded]
    if len(contained) == 1:
        return contained[0]
    containing = [i for i, label in enumerate(labels) if len(folded) >= 2 and folded in fold(label)]
    if len(containing) == 1:
        return containing[0]
    scores = [fuzz.ratio(folded, fold(label)) for label in labels]
    good = [i for i, score in enumerate(scores) if score >= threshold]
    return good[0] if len(good) == 1 else None
