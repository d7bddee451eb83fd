"""Script-based language detection: which locale's model should read a message.

The table maps Unicode script ranges to a locale. Adding a language whose script is not yet
listed is one row; scripts shared by several locales (Latin: en, za) need a hint from the
session or the channel, so detection only gives the table's first choice.
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from dataclasses import dataclass

DEFAULT_LANGUAGE = "zh-Hans"


@dataclass(frozen=True)
class Script:
    name: str
    locale: str
    ranges: tuple[tuple[int, int], ...]
    # Scripts that separate words with spaces count words, not letters, so that one Latin
    # word weighs about as much as a two-character Chinese word.
    weight_per_word: float | None = None
    weight_per_char: float = 1.0


SCRIPTS: tuple[Script, ...] = (
    Script(
        "Han",
        "zh-Hans",
        (
            (0x3400, 0x4DBF),  # CJK Extension A
            (0x4E00, 0x9FFF),  # CJK Unified Ideographs
            (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
            (0x20000, 0x2A6DF),  # Extension B
            (0x2A700, 0x2EBEF),  # Extensions C-F
            (0x30000, 0x323AF),  # Extensions G-H
        ),
    ),
    Script(
        "Latin",
        "en",
        (
            (0x0041, 0x005A),
            (0x0061, 0x007A),
            (0x00C0, 0x024F),  # Latin-1 letters, Extended-A/B
            (0x1E00, 0x1EFF),  # Latin Extended Additional
            (0xFF21, 0xFF3A),  # full-width A-Z
            (0xFF41, 0xFF5A),  # full-width a-z
        ),
        weight_per_word=1.5,
    ),
)


# Enough of a message to tell its script; the rest is not looked at.
SAMPLE_CHARS = 300


@functools.lru_cache(maxsize=4096)
def script_of(char: str, scripts: tuple[Script, ...] = SCRIPTS) -> Script | None:
    """The table row whose ranges contain ``char`` (``None`` for digits, symbols, emoji...)."""
    point = ord(char)
    for script in scripts:
        for low, high in script.ranges:
            if low <= point <= high:
                return script
    return None


def detect_language(
    text: str,
    default: str = DEFAULT_LANGUAGE,
    supported: Collection[str] | None = None,
    scripts: tuple[Script, ...] = SCRIPTS,
) -> str:
    """The locale of the script that dominates ``text``; ``default`` when no script is known.

    With ``supported``, scripts whose locale is not in it are ignored.
    """
    scores: dict[str, float] = {}
    previous: Script | None = None
    for char in text[:SAMPLE_CHARS]:
        script = script_of(char, scripts)
        if script is not None and (supported is None or script.locale in supported):
            if script.weight_per_word is None:
                scores[script.locale] = scores.get(script.locale, 0.0) + script.weight_per_char
            elif script is not previous:
                scores[script.locale] = scores.get(script.locale, 0.0) + script.weight_per_word
        previous = script
    if not scores:
        return default
    # max() keeps the first of equal scores, i.e. the table order breaks ties.
    order = {script.locale: i for i, script in enumerate(scripts)}
    return max(sorted(scores, key=lambda locale: order.get(locale, len(order))), key=scores.__getitem__)


def match_language(requested: str | None, available: Collection[str]) -> str | None:
    """Map a requested language tag onto an available one (``zh-CN`` -> ``zh-Hans``, ``en-US`` -> ``en``)."""
    if not requested:
        return None
    if requested in available:
        return requested
    lowered = {language.lower(): language for language in available}
    if requested.lower() in lowered:
        return lowered[requested.lower()]
    primary = requested.replace("_", "-").split("-")[0].lower()
    for language in available:
        if language.split("-")[0].lower() == primary:
            return language
    return None
