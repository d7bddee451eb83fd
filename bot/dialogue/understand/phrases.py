"""Finding known phrases inside what people type, in any script.

Every phrase and every message goes through the NLU's one normaliser (:func:`nlu.text.normalize`:
NFKC, case folding, Traditional to Simplified), so 丟了 finds 丢了 and ＩＤ finds id.

Where a phrase may sit inside a word depends on the script. Chinese, Tibetan and Yi are written
without spaces between words, so a phrase matches anywhere. Scripts that separate words with
spaces (Latin, Arabic, Hangul) match only from the start of a word, so Uyghur «كۈلكىلىك» does not
contain «كىملىك»; Uyghur and Korean attach endings to words (신분증을, كىملىكىم), so the end is
free there, while a Latin phrase must end a word or take a plural/past ending.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nlu.text import normalize_text

_LATIN_ENDINGS = ("", "s", "es", "ed", "d")
_SPACE_RUNS = re.compile(r"\s+")


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """The form phrases are compared in: normalised, spaces collapsed, outer punctuation dropped.

    Cached: each list of words looks at the same message, so a turn folds it once."""
    folded = _SPACE_RUNS.sub(" ", normalize_text(text)).strip()
    return folded.strip(" .,!?;:。，！？；：、~～…·\"'“”‘’()（）[]【】「」")


def _spaced_letter(char: str) -> bool:
    """A letter of a script that separates words with spaces."""
    if not char.isalnum():
        return False
    code = ord(char)
    return (
        char.isascii()
        or 0x00C0 <= code <= 0x024F  # Latin with diacritics (Zhuang)
        or 0x0600 <= code <= 0x06FF  # Arabic (Uyghur)
        or 0xFB50 <= code <= 0xFEFF  # Arabic presentation forms
        or 0x1100 <= code <= 0x11FF  # Hangul jamo
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0x3130 <= code <= 0x318F  # Hangul compatibility jamo
    )


def _free_ending(char: str) -> bool:
    """Scripts whose words take endings: a phrase may stop inside the word."""
    code = ord(char)
    return 0x0600 <= code <= 0x06FF or 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF


@dataclass(frozen=True, slots=True)
class Found:
    phrase: str  # folded
    start: int  # offsets in the folded text
    end: int


def find(text: str, phrases: Iterable[str]) -> list[Found]:
    """Every occurrence of each (folded) phrase in the folded ``text``, respecting word starts."""
    found: list[Found] = []
    for phrase in phrases:
        if not phrase:
            continue
        start = text.find(phrase)
        while start != -1:
            end = start + len(phrase)
            if _fits(text, phrase, start, end):
                found.append(Found(phrase, start, end))
            start = text.find(phrase, start + 1)
    return found


def _fits(text: str, phrase: str, start: int, end: int) -> bool:
    first, last = phrase[0], phrase[-1]
    if _spaced_letter(first) and start > 0 and _spaced_letter(text[start - 1]):
        return False  # starts inside a word
    if not _spaced_letter(last) or end >= len(text) or not _spaced_letter(text[end]):
        return True
    if _free_ending(last):
        return True
    rest = re.match(r"[a-z\u00c0-\u024f]*", text[end:])
    return rest is not None and rest.group() in _LATIN_ENDINGS


def contains_any(text: str, phrases: Sequence[str]) -> bool:
    """Whether the folded ``text`` contains one of the folded ``phrases``."""
    return bool(find(text, phrases))


def strip_phrases(text: str, phrases: Sequence[str]) -> str:
    """``text`` without the phrases found in it (for "不对，是到期了" -> "是到期了")."""
    spans = sorted((f.start, f.end) for f in find(text, phrases))
    kept: list[str] = []
    position = 0
    for start, end in spans:
        if start >= position:
            kept.append(text[position:start])
            position = end
        else:
            position = max(position, end)
    kept.append(text[position:])
    return fold(" ".join(kept))
