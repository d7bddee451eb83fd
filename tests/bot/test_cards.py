"""Large-print checklist cards drawn with Pillow and the installed CJK, Arabic, Tibetan and Yi fonts."""

from __future__ import annotations

import io
import os
import unicodedata
from collections.abc import Iterator
from typing import cast

import pytest
from PIL import Image, ImageDraw, ImageFont

from bot import cards
from bot.cards import (
    BODY_PX,
    FOOTER_PX,
    MARGIN,
    MAX_HEIGHT,
    TITLE_PX,
    WIDTH,
    CardError,
    card_from_reply,
    render_card,
)

ZH_REPLY = """📋 居民身份证 · 您的办事清单
需要带：
1. 居民户口簿（原件，1 份）
2. 近期免冠彩色照片（原件，1 份）
　提示：可以在派出所现场拍照，不用自己带照片。
去哪儿办：户籍所在地派出所
费用：
补领身份证：40 元
办理时限：一般 20 个工作日
【示例数据】本指南依据全国通行做法整理，各地要求可能不同，办理前请向当地窗口或 12345 热线确认。"""

EN_REPLY = """📋 Resident ID card · your checklist
Bring:
1. Household register (original, 1 copy)
2. A recent colour photo (original, 1 copy)
   Note: you can have the photo taken at the police station.
Where: local police station
Fees: free of charge
[Sample data] This guide follows common national practice; local rules may differ."""

UG_LINES = ["ئېلىپ كېلىڭ:", "1. نوپۇس دەپتىرى (ئەسلى، 1 نۇسخا)", "2. 居民户口簿 (ئەسلى، 1 نۇسخا)"]

BO_TEXT = "ངོ་སྤྲོད་ལག་ཁྱེར་བརླག་སོང་། ཁ་པར 12345"  # stacked consonants, vowel signs, tsheg, shad
II_TEXT = "ꎹꃚꍔ（身份证）ꌐꀐ 12345"  # Yi syllables around Chinese in full-width brackets


@pytest.fixture(scope="module", autouse=True)
def _fonts() -> None:
    try:
        cards._font_file("main", "regular")
        cards._font_file("arabic", "regular")
    except CardError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{exc}; CI requires it (.ci/run installs fonts-noto-cjk fonts-dejavu-core)")
        pytest.skip(str(exc))


@pytest.fixture
def tibetan_and_yi_fonts() -> None:
    try:
        cards._font_file("tibetan", "regular")
        cards._font_file("yi", "regular")
    except CardError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{exc}; CI requires it (scripts/setup.sh --dev installs it)")
        pytest.skip(str(exc))


def open_png(data: bytes) -> Image.Image:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.format == "PNG"
    assert image.width == WIDTH
    return image.convert("L")


def ink_fraction(image: Image.Image) -> float:
    histogram = image.histogram()
    return sum(histogram[:128]) / (image.width * image.height)


def ink_columns(image: Image.Image, top: int, bottom: int) -> tuple[int, int]:
    """The leftmost and rightmost columns with dark pixels between two rows, inside the border."""
    band = image.crop((MARGIN // 2, top, WIDTH - MARGIN // 2, bottom)).point(lambda v: 255 if v < 128 else 0)
    box = band.getbbox()
    assert box is not None
    return box[0] + MARGIN // 2, box[2] + MARGIN // 2


def ink_rows(image: Image.Image) -> list[tuple[int, int]]:
    """Bands of rows holding text (between the border lines), top to bottom."""
    inner = image.crop((MARGIN, 0, WIDTH - MARGIN, image.height)).point(lambda v: 255 if v < 128 else 0)
    bands: list[tuple[int, int]] = []
    start: int | None = None
    for y in range(inner.height):
        dark = inner.crop((0, y, inner.width, y + 1)).getbbox() is not None
        if dark and start is None:
            start = y
        elif not dark and start is not None:
            bands.append((start, y))
            start = None
    return bands


def test_a_chinese_checklist_is_a_large_print_png() -> None:
    title, lines, footer = card_from_reply(ZH_REPLY)
    image = open_png(render_card(title, lines, footer=footer))
    assert 900 < image.height < 3000
    assert 0.02 < ink_fraction(image) < 0.35  # text, not a blank page nor a black one
    darkest, lightest = cast(tuple[int, int], image.getextrema())
    assert darkest < 40  # very dark text
    assert lightest == 255
    histogram = image.histogram()
    assert max(histogram) == histogram[255]  # on white
    left, _ = ink_columns(image, 100, image.height - 100)
    assert MARGIN - 2 <= left <= MARGIN + 10  # left-aligned at the margin


def test_an_english_checklist_renders() -> None:
    title, lines, footer = card_from_reply(EN_REPLY)
    image = open_png(render_card(title, lines, footer=footer))
    assert 0.02 < ink_fraction(image) < 0.35


def test_text_sizes_are_large_print() -> None:
    assert TITLE_PX >= 56
    assert BODY_PX >= 40
    assert FOOTER_PX >= 28
    image = open_png(render_card("国", ["国"], footer="国"))
    bands = [band for band in ink_rows(image) if band[1] - band[0] > 5]  # the rules are thinner
    heights = [bottom - top for top, bottom in bands]
    assert len(heights) == 3
    title, body, footer = heights
    assert title >= 0.8 * TITLE_PX
    assert body >= 0.8 * BODY_PX
    assert footer >= 0.8 * FOOTER_PX
    assert title > body > footer


def test_height_grows_with_content() -> None:
    short = open_png(render_card("清单", ["1. 户口簿", "2. 照片"]))
    longer = open_png(render_card("清单", ["1. 户口簿", "2. 照片", "3. 身份证", "4. 申请表"]))
    footed = open_png(render_card("清单", ["1. 户口簿", "2. 照片"], footer="【示例数据】请先确认。"))
    assert longer.height > short.height + 2 * BODY_PX
    assert footed.height > short.height + FOOTER_PX


@pytest.mark.parametrize(
    "long_line",
    [
        "近期免冠彩色照片，白色背景，不戴帽子，不戴有色眼镜，照片规格为 358 像素 × 441 像素（原件，1 份）",
        "A recent colour photo with a white background, no hat and no tinted glasses, 358 by 441 pixels",
        "Supercalifragilisticexpialidocious" * 4,  # one word wider than the card
    ],
)
def test_a_line_wider_than_the_card_wraps(long_line: str) -> None:
    one = open_png(render_card("清单", ["短"]))
    wrapped = open_png(render_card("清单", [long_line]))
    assert wrapped.height >= one.height + BODY_PX
    _, right = ink_columns(wrapped, 150, wrapped.height - 60)
    assert right <= WIDTH - MARGIN + 4  # nothing runs past the margin


def test_wrapping_keeps_punctuation_and_words_together() -> None:
    assert cards._wrap("你好，世界。再见", 3, len) == ["你好，", "世界。", "再见"]
    assert cards._wrap("（原件）", 2, len) == ["（原", "件）"]
    assert cards._wrap("bring the photo", 10, len) == ["bring the", "photo"]
    assert cards._wrap("带上photo照片", 6, len) == ["带上", "photo照", "片"]


def test_a_very_long_checklist_is_capped() -> None:
    lines = [f"{n}. 居民户口簿（原件，1 份）" for n in range(1, 400)]
    image = open_png(render_card("清单", lines, footer="【示例数据】"))
    assert image.height <= MAX_HEIGHT
    assert ink_fraction(image) > 0.02
    huge = open_png(render_card("题" * 10_000, ["字" * 100_000, "x" * 100_000], footer="注" * 10_000))
    assert huge.height <= MAX_HEIGHT


def test_a_line_holding_line_breaks_becomes_several_lines() -> None:
    assert render_card("清单", ["1. 户口簿\n2. 照片"]) == render_card("清单", ["1. 户口簿", "2. 照片"])


def test_uyghur_renders_right_to_left() -> None:
    image = open_png(render_card("كىملىك · تىزىملىكىڭىز", UG_LINES, footer="[ئۈلگە] 12345", rtl=True))
    assert 0.01 < ink_fraction(image) < 0.35
    bands = [band for band in ink_rows(image) if band[1] - band[0] > 5]  # text, not the rules
    assert len(bands) == 5
    for top, bottom in bands:
        left, right = ink_columns(image, top, bottom)
        assert WIDTH - MARGIN - 10 <= right <= WIDTH - MARGIN + 2  # right-aligned
        assert left > WIDTH // 4  # these short lines leave the left side empty


@pytest.mark.usefixtures("tibetan_and_yi_fonts")
@pytest.mark.parametrize(
    ("title", "lines", "footer"),
    [
        ("ངོ་སྤྲོད་ལག་ཁྱེར། · ཐོ་གཞུང་", ["དགོས་པ：", f"1. {BO_TEXT}", "2. ཐོ་བཀོད་དེབ（原件，1 份）"], BO_TEXT),
        ("ꎹꃚꍔ · ꌐꀐ", [f"1. {II_TEXT}", "2. ꎹꃚꍔꌐꀐ（原件，1 份）"], f"【示例数据】{II_TEXT}"),
    ],
    ids=["bo", "ii"],
)
def test_tibetan_and_yi_cards_render(title: str, lines: list[str], footer: str) -> None:
    image = open_png(render_card(title, lines, footer=footer))
    assert 0.01 < ink_fraction(image) < 0.35
    # As tall as a Chinese card of as many lines: nothing wrapped.
    assert image.height == open_png(render_card("清单", ["一"] * len(lines), footer="注")).height
    # Vowel signs (Tibetan) and hats (Yi) stand a few rows above the letters: join such bands.
    bands: list[tuple[int, int]] = []
    for top, bottom in ink_rows(image):
        if bands and top - bands[-1][1] <= 8:
            top = bands.pop()[0]
        bands.append((top, bottom))
    bands = [band for band in bands if band[1] - band[0] > 5]  # text, not the rules
    assert len(bands) == 1 + len(lines) + 1  # no line runs into the next
    for top, bottom in bands[:-1]:  # the footer's 【 has a wide side bearing
        left, right = ink_columns(image, top, bottom)
        assert MARGIN - 2 <= left <= MARGIN + 10  # left-aligned
        assert right < WIDTH - MARGIN


def glyph_picture(font: ImageFont.FreeTypeFont, char: str) -> bytes:
    image = Image.new("L", (120, 120), 0)
    ImageDraw.Draw(image).text((40, 80), char, font=font, fill=255, anchor="ls")
    return image.tobytes()


def is_tofu(script: cards.Script, char: str) -> bool:
    """Whether the script's card font draws the character as the .notdef box (tofu).

    Pillow's basic layout draws each character with the glyph the font's character map
    gives it, and glyph 0 (.notdef, the box) when the map has none, with no shaping that
    could replace or move it (raqm would turn a missing space into a fallback space and
    shift a lone missing mark). So a character the font lacks draws exactly like U+10FFFD,
    a private-use code point no font maps, while one it has draws differently: a letter
    has another shape, a space is blank where .notdef is a box.
    """
    file = cards._font_file(script, "regular")
    font = ImageFont.truetype(str(file.path), 40, index=file.index, layout_engine=ImageFont.Layout.BASIC)
    return glyph_picture(font, char) == glyph_picture(font, "\U0010fffd")


@pytest.mark.usefixtures("tibetan_and_yi_fonts")
@pytest.mark.parametrize(("text", "script", "name"), [(BO_TEXT, "tibetan", "TIBETAN"), (II_TEXT, "yi", "YI")])
def test_tibetan_and_yi_are_drawn_in_fonts_that_have_them(text: str, script: cards.Script, name: str) -> None:
    letters = [char for char in text if unicodedata.name(char).startswith(name)]
    assert len(letters) >= 5
    assert all(is_tofu("main", char) for char in letters)  # the CJK font draws boxes: the check sees tofu
    runs = cards._runs(text, False, "regular")  # the runs and fonts _draw_line uses
    assert "".join(run.text for run in runs) == text
    for run in runs:
        for char in run.text:
            assert not is_tofu(run.script, char), f"{char!r} drawn as tofu in the {run.script} font"
            if char in letters:
                assert run.script == script


@pytest.mark.usefixtures("tibetan_and_yi_fonts")
def test_neutrals_stay_with_the_script_before_them_when_its_font_has_them() -> None:
    runs = [(run.text, run.script) for run in cards._runs(II_TEXT, False, "regular")]
    assert runs[:2] == [("ꎹꃚꍔ", "yi"), ("（身份证）", "main")]  # an opening bracket goes with what follows
    assert runs[2][0].startswith("ꌐꀐ") and runs[2][1] == "yi"
    assert cards._runs("1. 国", False, "regular") == [cards._Run("1. 国", False, "main")]


def test_tibetan_breaks_after_a_tsheg_and_yi_between_syllables() -> None:
    assert cards._wrap("ངོ་སྤྲོད་ལག་ཁྱེར་བརླག་སོང་།", 9, len) == ["ངོ་སྤྲོད་", "ལག་ཁྱེར་", "བརླག་", "སོང་།"]
    assert cards._wrap("ꎹꃚꍔꌐꀐ", 2, len) == ["ꎹꃚ", "ꍔꌐ", "ꀐ"]
    # A syllable wider than the line is cut between stacks, never inside one.
    for line in cards._wrap("བསྒྲུབསབརླག", 3, len):
        assert not unicodedata.category(line[0]).startswith("M")


def test_emoji_are_dropped_not_drawn_as_boxes() -> None:
    assert render_card("📋 清单 ✅", ["1. 照片 👍🏻"]) == render_card("清单", ["1. 照片"])


def test_card_from_reply_splits_title_lines_and_footer() -> None:
    title, lines, footer = card_from_reply(ZH_REPLY)
    assert title == "📋 居民身份证 · 您的办事清单"
    assert lines[0] == "需要带："
    assert lines[-1] == "办理时限：一般 20 个工作日"
    assert footer is not None and footer.startswith("【示例数据】")
    assert card_from_reply("标题\n\n一行") == ("标题", ["一行"], None)
    assert card_from_reply("") == ("", [], None)


def clear_font_caches() -> None:
    for cached in (cards._font_file, cards._font, cards._plain_font, cards._notdef, cards._has_glyph):
        cached.cache_clear()


@pytest.fixture
def no_fonts(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Iterator[None]:
    """No font for one script (the test's ``fonts`` parameter, "_CJK_FONTS" by default)."""
    clear_font_caches()
    fonts = getattr(request, "param", "_CJK_FONTS")
    monkeypatch.setattr(cards, fonts, {"regular": [], "bold": []})
    monkeypatch.setattr(cards, "_fc_list", lambda script: None)
    yield
    clear_font_caches()


@pytest.mark.parametrize(
    ("no_fonts", "text", "package"),
    [
        ("_CJK_FONTS", "1. 照片", "fonts-noto-cjk"),
        ("_TIBETAN_FONTS", BO_TEXT, "fonts-tibetan-machine"),
        ("_YI_FONTS", II_TEXT, "fonts-sil-nuosusil"),
    ],
    indirect=["no_fonts"],
)
@pytest.mark.usefixtures("no_fonts")
def test_a_missing_font_names_the_debian_package(text: str, package: str) -> None:
    with pytest.raises(CardError, match=f"install the Debian package {package}"):
        render_card("清单", [text])
