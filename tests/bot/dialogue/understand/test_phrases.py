"""Phrases found inside messages, with each script's idea of a word."""

from __future__ import annotations

from bot.dialogue.understand.phrases import contains_any, fold, strip_phrases


def test_fold_traditional_width_and_case() -> None:
    assert fold("  丟了！") == "丢了"
    assert fold("ＩＤ Card") == "id card"


def test_chinese_matches_anywhere() -> None:
    assert contains_any(fold("我身份证丢了咋整"), [fold("丢了")])


def test_latin_needs_word_boundaries() -> None:
    assert contains_any(fold("I lost it"), [fold("lost")])
    assert contains_any(fold("cards expired"), [fold("card")])
    assert not contains_any(fold("a bad idea"), [fold("id")])


def test_arabic_script_starts_words() -> None:
    assert contains_any(fold("مېنىڭ كىملىكىم يوقاپ كەتتى"), [fold("كىملىك")])
    assert not contains_any(fold("كۈلكىلىك"), [fold("كىملىك")])


def test_hangul_takes_endings() -> None:
    assert contains_any(fold("신분증을 잃어버렸어요"), [fold("신분증")])


def test_strip_phrases() -> None:
    assert strip_phrases(fold("不对，是到期了"), [fold("不对")]) == "是到期了"
