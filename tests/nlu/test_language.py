"""Script-based language detection."""

from __future__ import annotations

from collections.abc import Sequence

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
        ("كىملىكىمنى يوقىتىپ قويدۇم", "ug"),  # Arabic script
        ("كىملىكىمنى 身份证 يوقىتىپ قويدۇم", "ug"),  # a Chinese term inside Uyghur
        ("ངོ་སྤྲོད་ལག་ཁྱེར་བརླག་སོང་།", "bo"),  # Tibetan
        ("ꆏꉢꌠꅉꀋꐚ", "ii"),  # Yi syllables
        ("신분증을 잃어버렸어요", "ko"),  # Hangul
        ("신분증 身份证 잃어버렸어요", "ko"),
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
    assert detect_language("신분증", supported={"zh-Hans", "en"}) == "zh-Hans"  # Korean not offered


def test_a_new_script_is_one_table_row() -> None:
    mongolian = Script("Mongolian", ("mn-Mong",), ((0x1800, 0x18AF),))
    assert detect_language("ᠮᠣᠩᠭᠣᠯ", scripts=(*SCRIPTS, mongolian)) == "mn-Mong"
    assert detect_language("ᠮᠣᠩᠭᠣᠯ") == "zh-Hans"  # not in the default table


def test_a_shared_script_asks_the_identifier() -> None:
    asked: list[tuple[str, list[str]]] = []

    def identify(text: str, candidates: Sequence[str]) -> str:
        asked.append((text, list(candidates)))
        return candidates[-1]

    assert detect_language("Mwngz ndei", identify=identify) == "za"
    assert asked == [("Mwngz ndei", ["en", "za"])]
    # With one Latin locale offered there is nothing to decide.
    assert detect_language("Mwngz ndei", supported={"en", "zh-Hans"}, identify=identify) == "en"
    assert len(asked) == 1
    # Without an identifier the table's first choice is taken.
    assert detect_language("Mwngz ndei") == "en"


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
