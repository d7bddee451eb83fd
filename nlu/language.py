"""Script-based language detection: which locale's model should read a message.

The table maps Unicode script ranges to locales. Adding a language whose script is not yet
listed is one row. A script several locales share (Latin: en and za) lists them all; a
classifier trained on their texts (``identify``, see :class:`nlu.builtin.BuiltinNLU`) then
decides, and without one the row's first locale is taken.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

DEFAULT_LANGUAGE = "zh-Hans"


@dataclass(frozen=True)
class Script:
    name: str
    locales: tuple[str, ...]
    ranges: tuple[tuple[int, int], ...]
    # Scripts that separate words with spaces count words, not letters, so that one Latin
    # word weighs about as much as a two-character Chinese word.
    weight_per_word: float | None = None
    weight_per_char: float = 1.0


SCRIPTS: tuple[Script, ...] = (
    Script(
        "Han",
        ("zh-Hans",),
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
        ("en", "za"),
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
    Script(
        "Arabic",
        ("ug",),
        (
            (0x0600, 0x06FF),
            (0x0750, 0x077F),  # Arabic Supplement
            (0x08A0, 0x08FF),  # Extended-A
            (0xFB50, 0xFDFF),  # Presentation Forms-A
            (0xFE70, 0xFEFF),  # Presentation Forms-B
        ),
        weight_per_word=1.5,
    ),
    # A Tibetan syllable is several code points (stacked letters, vowel signs).
    Script("Tibetan", ("bo",), ((0x0F00, 0x0FFF),), weight_per_char=0.5),
    Script("Yi", ("ii",), ((0xA000, 0xA48F), (0xA490, 0xA4CF))),  # syllables, radicals
    Script(
        "Hangul",
        ("ko",),
        (
            (0xAC00, 0xD7AF),  # syllables
            (0x1100, 0x11FF),  # jamo
            (0x3130, 0x318F),  # compatibility jamo
            (0xA960, 0xA97F),  # jamo extended-A
            (0xD7B0, 0xD7FF),  # jamo extended-B
        ),
    ),
)

# Picks one of ``candidates`` (locales sharing a script) for ``text``.
Identify = Callable[[str, Sequence[str]], str]

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
    identify: Identify | None = None,
) -> str:
    """The locale of the script that dominates ``text``; ``default`` when no script is known.

    With ``supported``, locales not in it are ignored (and scripts left with none). When the
    winning script has several supported locales, ``identify`` chooses among them.
    """

    candidates = {
        script: [locale for locale in script.locales if supported is None or locale in supported]
        for script in scripts
    }
    scores: dict[Script, float] = {}
    previous: Script | None = None
    for char in text[:SAMPLE_CHARS]:
        script = script_of(char, scripts)
        if script is not None and candidates[script]:
            if script.weight_per_word is None:
                scores[script] = scores.get(script, 0.0) + script.weight_per_char
            elif script is not previous:
                scores[script] = scores.get(script, 0.0) + script.weight_per_word
        previous = script
    if not scores:
        return default
    # max() keeps the first of equal scores, i.e. the table order breaks ties.
    winner = max(sorted(scores, key=scripts.index), key=scores.__getitem__)
    locales = candidates[winner]
    if len(locales) > 1 and identify is not None:
        return identify(text, locales)
    return locales[0]


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
