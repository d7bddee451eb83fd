"""Numbers as people write them in answers: 30岁, 八十二, 五十多岁, 三十歲, 30살, "I'm 35", 交了十二年.

Digits and Chinese numerals come from the NLU's one number reader (:func:`nlu.numbers.find_numbers`);
this module adds what answers need on top: approximate amounts (五十多, 七十几, 十几, 二十出头)
as a span of values, English and Korean number words, and whether a number is followed by a
unit of the quantity asked about (岁 for an age, 年 for years), which decides whether a number
inside a first message may fill a question nobody has asked yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlu.numbers import find_numbers
from nlu.text import normalize

# Unit words right after (or, for English, before) a number, per quantity. Folded forms.
_UNITS_AFTER = {
    # "她八十五了": a bare number closing a clause is how people say an age.
    "age": (
        "岁",
        "周岁",
        "虚岁",
        "了",
        "살",
        "세",
        "years old",
        "year old",
        "yrs",
        "y/o",
        "ياش",
        "ལོ",
        "bi",
        "ꈎ",
    ),
    "years": ("年", "多年", "years", "year", "yrs", "년", "해", "يىل", "ལོ", "bi", "ꈎ"),
    "people": ("个人", "口人", "人", "people", "persons", "명", "ئادەم", "ꊿ", "vunz"),
    "yuan": ("元", "块", "块钱", "yuan", "rmb", "원", "위안", "يۈەن", "sgoiz", "maenz"),
}
_UNITS_BEFORE = {
    "age": ("i'm", "i am", "im", "aged", "age", "今年", "年纪", "岁数", "年龄", "俺", "老人", "나이"),
    "years": ("交了", "缴了", "交够", "缴费", "交费", "paid for", "contributed for", "납부"),
}
_APPROX = re.compile(r"^\s*(多|几|来|出头|左右|上下)")
_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}  # fmt: skip
_EN_NUMBER = re.compile(
    r"\b(?:("
    + "|".join(_EN_TENS)
    + r")(?:[\s-]("
    + "|".join(_EN_UNITS)
    + r"))?|("
    + "|".join(_EN_UNITS)
    + r"))\b"
)
# Native Korean numbers (the ones people use for ages: 여든두 살).
_KO_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60, "일흔": 70,
            "여든": 80, "아흔": 90}  # fmt: skip
_KO_UNITS = {"한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4, "다섯": 5,
             "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}  # fmt: skip
_KO_NUMBER = re.compile(
    r"(" + "|".join(_KO_TENS) + r")(" + "|".join(sorted(_KO_UNITS, key=len, reverse=True)) + r")?\s*(?=살)"
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A number someone wrote: exact (``low == high``) or approximate (五十多 -> 51..59)."""

    low: float
    high: float
    start: int  # offsets in the normalised text
    end: int
    unit: str | None = None  # the quantity whose unit follows or precedes it


def amounts(text: str) -> list[Amount]:
    """Every number in ``text``, in order, with the quantity its unit names (if any)."""
    normalized = normalize(text)
    folded = normalized.text
    found: list[Amount] = []
    for match in find_numbers(normalized):
        value = float(match.value)
        low = high = value
        end = match.end
        approx = _APPROX.match(folded[end:])
        if approx is not None:
            step = 10.0 if value >= 10 and value % 10 == 0 else 1.0
            if approx.group(1) in ("多", "几", "来"):
                low, high = value + 1, value + step - 1 if step > 1 else value + 0.9
            elif approx.group(1) == "出头":
                low, high = value, value + 3
            else:  # 左右 / 上下
                low, high = value - 2, value + 2
            end += approx.end()
        found.append(Amount(low, high, match.start, end, _unit(folded, match.start, end)))
    for word in _EN_NUMBER.finditer(folded):
        tens, units, alone = word.groups()
        value = float(_EN_TENS[tens] + (_EN_UNITS[units] if units else 0) if tens else _EN_UNITS[alone])
        start, end = word.span()
        found.append(Amount(value, value, start, end, _unit(folded, start, end)))
    for word in _KO_NUMBER.finditer(folded):
        value = float(_KO_TENS[word.group(1)] + (_KO_UNITS[word.group(2)] if word.group(2) else 0))
        found.append(Amount(value, value, word.start(), word.end(), "age"))
    return sorted(found, key=lambda amount: amount.start)


def _unit(folded: str, start: int, end: int) -> str | None:
    after = folded[end:].lstrip()
    before = folded[:start].rstrip()
    for quantity, units in _UNITS_AFTER.items():
        if any(after.startswith(unit) for unit in units):
            return quantity
    for quantity, units in _UNITS_BEFORE.items():
        if any(before.endswith(unit) for unit in units):
            return quantity
    return None
