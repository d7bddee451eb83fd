"""Administrative-division names recognised by their suffix (石桥镇, 王家村, Shiqiao Town).

Names listed in the training data (``lookup: region``, annotated examples) are matched
exactly by the gazetteer first; this module finds names it has never seen. Chinese is
written without spaces, so a candidate's left edge is where a function word or a verb
ends (我家住在|石桥镇); candidates are kept short and generic words (城乡, 农村) are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlu.text import Normalized

# Han names: suffix -> (min, max) length of the name before it.
_HAN_SUFFIXES = {"自治县": (1, 4), "县": (1, 4), "街道": (2, 4), "镇": (2, 4), "乡": (2, 4), "村": (2, 4)}
# Characters that cannot be part of a division name: where the name's left edge is.
_HAN_EDGE = set(
    "在住是到去从回的了我你他她它俺咱们于和与跟及或本全各每该这那哪某个其此里下来进出往向给帮替为对把被让"
    "请问想要办申领查询咨联系打听找叫说告诉知道哪儿啥么呢吗吧呀啊嘛就都也还又再很老原"
)
# A suffix directly followed by one of these is part of another word (城乡居民, 村民, 县城).
_HAN_NOT_AFTER = {
    "乡": set("居村镇亲下土音"),
    "村": set("民里干医口头子庄委级集"),
    "县": set("城里级委"),
    "镇": set("上里级"),
    "街道": set("办"),
}
_HAN_GENERIC = frozenset({
    "城乡", "农村", "乡村", "乡镇", "城镇", "家乡",
    "故乡", "下乡", "回乡", "外县", "邻村", "山村",
})  # fmt: skip
_HAN_PATTERN = re.compile(
    "(?P<name>[\u4e00-\u9fff]+?)(?P<suffix>" + "|".join(sorted(_HAN_SUFFIXES, key=len, reverse=True)) + ")"
)
# Latin names: one or two capitalised words before the division word.
_LATIN_PATTERN = re.compile(
    r"\b(?P<name>[a-z][a-z'-]+(?: [a-z][a-z'-]+)?) (?P<suffix>county|township|town|village|subdistrict)\b"
)
_LATIN_NOT_NAMES = {
    "my", "our", "your", "his", "her", "their", "the", "this", "that", "which", "what", "a", "an", "in",
    "at", "of", "from", "same", "local", "home", "whole", "every", "each", "another", "other", "nearest",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class RegionMatch:
    value: str
    start: int  # normalised offsets
    end: int


def find_regions(normalized: Normalized, original: str) -> list[RegionMatch]:
    """Division names recognised by suffix, in text order."""
    found = [*_find_han(normalized.text), *_find_latin(normalized, original)]
    return sorted(found, key=lambda match: match.start)


def _find_han(text: str) -> list[RegionMatch]:
    found: list[RegionMatch] = []
    for match in _HAN_PATTERN.finditer(text):
        name, suffix = match.group("name"), match.group("suffix")
        cut = max((i for i, char in enumerate(name) if char in _HAN_EDGE), default=-1)
        name = name[cut + 1 :]
        low, high = _HAN_SUFFIXES[suffix]
        following = text[match.end() : match.end() + 1]
        if not low <= len(name) <= high or following in _HAN_NOT_AFTER.get(suffix, set()):
            continue
        value = name + suffix
        if value in _HAN_GENERIC:
            continue
        found.append(RegionMatch(value, match.end() - len(value), match.end()))
    return found


def _find_latin(normalized: Normalized, original: str) -> list[RegionMatch]:
    found: list[RegionMatch] = []
    text = normalized.text
    for match in _LATIN_PATTERN.finditer(text):
        words = match.group("name").split(" ")
        start = match.start()
        # Drop leading words that are not names ("in Shiqiao Town" -> "Shiqiao Town").
        while words and words[0] in _LATIN_NOT_NAMES:
            start += len(words[0]) + 1
            words = words[1:]
        if not words:
            continue
        if not original[normalized.starts[start]].isupper():
            continue  # a name is capitalised in what the user wrote
        first, last = normalized.span(start, match.end())
        found.append(RegionMatch(original[first:last], start, match.end()))
    return found
