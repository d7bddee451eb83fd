"""Normalisation keeps a map back to the original text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nlu.text import is_meaningful, normalize


def test_traditional_full_width_and_case_are_folded() -> None:
    assert normalize("身份證遺失怎麼辦").text == "身份证遗失怎么办"
    assert normalize("ＩＤ Ｃａｒｄ １２３").text == "id card 123"


def test_control_and_format_characters() -> None:
    folded = normalize("a\x00b\u200bc")
    assert folded.text == "a bc"
    assert folded.span(2, 4) == (2, 5)  # "bc" in the original skips the zero-width space


def test_expansions_map_back_to_their_source() -> None:
    folded = normalize("㈠号")  # NFKC expands ㈠ to (一)
    assert folded.text == "(一)号"
    assert folded.span(1, 2) == (0, 1)
    assert folded.span(3, 4) == (1, 2)


def test_meaningful() -> None:
    assert is_meaningful("a")
    assert is_meaningful("低保")
    assert not is_meaningful(" 😀 ？！")


@given(st.text(max_size=100))
def test_offsets_are_monotonic_and_in_range(text: str) -> None:
    folded = normalize(text)
    assert len(folded.starts) == len(folded.ends) == len(folded.text)
    assert list(folded.starts) == sorted(folded.starts)
    for start, end in zip(folded.starts, folded.ends, strict=True):
        assert 0 <= start < end <= len(text)
