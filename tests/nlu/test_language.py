"""Script-based language detection."""

from __future__ import annotations

import pytest

from nlu import detect_language
from nlu.language import SCRIPTS, Script, match_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("身份证丢了怎么办", "zh-Hans"),
        ("身份證遺失", "zh-Hans"),
        ("How do I get an ID card?", "en"),
        ("Ｈｅｌｌｏ", "en"),  # full-width Latin
        ("我的ID card丢了", "zh-Hans"),  # mostly Chinese
        ("how do I get a 身份证", "en"),  # mostly English
        ("", "zh-Hans"),
        ("12345 !!", "zh-Hans"),
        ("😀", "zh-Hans"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_default_and_supported() -> None:
    assert detect_language("😀", default="en") == "en"
    assert detect_language("hello 你好", supported={"en"}) == "en"
    assert detect_language("你好", supported={"en"}, default="en") == "en"


def test_a_new_script_is_one_table_row() -> None:
    hangul = Script("Hangul", "ko", ((0xAC00, 0xD7AF),))
    assert detect_language("신분증을 잃어버렸어요", scripts=(*SCRIPTS, hangul)) == "ko"
    assert detect_language("신분증을 잃어버렸어요") == "zh-Hans"  # not in the default table


@pytest.mark.parametrize(
    ("requested", "expected"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en-US", "en"),
        ("zh-CN", "zh-Hans"),
        ("zh_TW", "zh-Hans"),
        ("ug", None),
        (None, None),
    ],
)
def test_match_language(requested: str | None, expected: str | None) -> None:
    assert match_language(requested, ["zh-Hans", "en"]) == expected
