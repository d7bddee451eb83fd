"""Numbers in answers, as people write them."""

from __future__ import annotations

import pytest

from bot.dialogue.understand.numbers import amounts


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("30岁", 30, 30, "age"),
        ("我今年82了", 82, 82, "age"),
        ("八十二", 82, 82, None),
        ("五十多岁", 51, 59, "age"),
        ("七十几岁了", 71, 79, "age"),
        ("三十歲", 30, 30, "age"),
        ("30살이에요", 30, 30, "age"),
        ("여든두 살", 82, 82, "age"),
        ("I'm 35", 35, 35, "age"),
        ("I am thirty-five years old", 35, 35, "age"),
        ("交了十二年", 12, 12, "years"),
        ("二十出头", 20, 23, None),
    ],
)
def test_amounts(text: str, low: float, high: float, unit: str | None) -> None:
    first = amounts(text)[0]
    assert (first.low, first.high, first.unit) == (low, high, unit)


def test_no_number_in_words() -> None:
    assert amounts("身份证丢了") == []
    assert amounts("一下子就好") == []
