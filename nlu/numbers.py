"""Numbers written with Arabic digits or Chinese numerals (八十岁 -> 80, 1.5万 -> 15000).

Chinese numerals are converted with cn2an. A lone numeral character is only read as a
number before a measure word (一个人, 两口子 is not, 三岁 is), since 一 in 一下 / 统一 / 一起
is not a quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

from nlu.text import Normalized

_CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
_CN_UNITS = "十拾百佰千仟万亿"
_NUMBER = re.compile(
    rf"(?:\d+(?:\.\d+)?|[{_CN_DIGITS}{_CN_UNITS}]+(?:点[{_CN_DIGITS}]+)?)"
    rf"(?:[{_CN_UNITS}]+)?"
)
# Measure words and units after which a single numeral character is a quantity.
_MEASURES = set("岁个年月日天号周次张份口人户元块角分亩间位名件本项条页斤公里米代胎级届")
# Numeral characters that so often start a non-numeric word that a lone one is never a number.
_NOT_NUMBERS = frozenset({
    "一下", "一起", "一样", "一直", "一定", "一般",
    "一些", "一点", "一会", "万一", "统一", "唯一",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class NumberMatch:
    value: int | float
    start: int  # normalised offsets
    end: int


_ARABIC = re.compile(r"\d+(?:\.\d+)?")


def _convert(run: str) -> int | float | None:
    if _ARABIC.fullmatch(run):
        return float(run) if "." in run else int(run)
    try:
        value = cn2an.cn2an(run, "smart")
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
    if isinstance(value, float) and value.is_integer() and "." not in run and "点" not in run:
        return int(value)
    if isinstance(value, int | float):
        return value
    return None


def find_numbers(normalized: Normalized) -> list[NumberMatch]:
    """Numbers in the normalised text (digits are already half-width after NFKC)."""
    text = normalized.text
    found: list[NumberMatch] = []
    for match in _NUMBER.finditer(text):
        run = match.group()
        start, end = match.span()
        if not any(char.isdigit() for char in run):
            following = text[end : end + 1]
            context = text[max(0, start - 1) : end + 1]
            if any(word in context for word in _NOT_NUMBERS) and len(run) == 1:
                continue
            if len(run) == 1 and following not in _MEASURES:
                continue
            if run[0] in _CN_UNITS and run[0] not in "十拾":
                continue  # 万 / 千 alone (万一, 千万别) is not a number
        value = _convert(run)
        if value is not None:
            found.append(NumberMatch(value, start, end))
    return found
