"""Large-print checklist cards: a PNG to show at the counter or to print (sent as a photo).

``render_card(title, lines, footer=...)`` draws dark text on white, 1080 px wide and as tall
as needed: a bold title of 60 px, body text of 42 px with generous spacing, a footer of
30 px. Lines wrap to the width (CJK per character, keeping closing punctuation off the
start of a line; Nuosu Yi per syllable; Tibetan after a tsheg; Latin, Hangul and Arabic
script per word); numbered items and indented notes keep their indent when they wrap.
Text is shaped with Pillow's raqm layout (Tibetan stacks, Arabic joining); Arabic-script
text (Uyghur) is set right to left with ``rtl=True``. Each line is cut into runs of one
direction and one script, each drawn with a font for that script; spaces, digits and
punctuation stay with the script before them when its font has them.

Rendering is CPU work of some tens of milliseconds: call it with ``asyncio.to_thread``.
Fonts come from Debian packages: fonts-noto-cjk (or fonts-wqy-microhei / -zenhei) for
Chinese, Latin and Korean; fonts-dejavu-core (or fonts-noto-core) for Arabic script;
fonts-tibetan-machine (or fonts-noto-core) for Tibetan; fonts-sil-nuosusil (or
fonts-noto-core) for Nuosu Yi.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

WIDTH = 1080
MARGIN = 72  # text starts this far from the edge
BORDER_INSET = 24
BORDER_WIDTH = 3
MAX_HEIGHT = 8000  # Telegram photos need width + height <= 10000
MAX_TITLE = 120  # characters; a longer title is cut (a title is a service name and a word or two)
MAX_LINE = 2000  # characters per line, like the engine's longest message
TITLE_PX = 60
BODY_PX = 42
FOOTER_PX = 30
LINE_PITCH = 1.55  # line height as a multiple of the font size
PARAGRAPH_GAP = 0.35  # extra space between lines of the input, as a multiple of the font size
INK = 17  # grey levels: the card is greyscale (smaller, and prints the same)
FOOTER_INK = 51  # still about 12:1 against white
RULE = 90
PAPER = 255
DPI = 150  # 1080 px prints 18 cm wide

Weight = Literal["regular", "bold"]
Script = Literal["main", "arabic", "tibetan", "yi"]


class CardError(Exception):
    """A card cannot be drawn; the message names what to install or what was wrong."""


@dataclass(frozen=True)
class _FontFile:
    path: Path
    index: int = 0


_NOTO = Path("/usr/share/fonts/opentype/noto")
_NOTO_TTF = Path("/usr/share/fonts/truetype/noto")
_WQY = Path("/usr/share/fonts/truetype/wqy")
_CJK_FONTS: dict[Weight, list[_FontFile]] = {
    # Face 2 of the Noto CJK collections is Simplified Chinese (JP, KR, SC, TC, HK).
    "regular": [
        _FontFile(_NOTO / "NotoSansCJK-Regular.ttc", 2),
        _FontFile(_NOTO / "NotoSansCJKsc-Regular.otf"),
        _FontFile(_WQY / "wqy-microhei.ttc"),
        _FontFile(_WQY / "wqy-zenhei.ttc"),
    ],
    "bold": [
        _FontFile(_NOTO / "NotoSansCJK-Bold.ttc", 2),
        _FontFile(_NOTO / "NotoSansCJKsc-Bold.otf"),
    ],
}
_ARABIC_FONTS: dict[Weight, list[_FontFile]] = {
    "regular": [
        _FontFile(_NOTO_TTF / "NotoSansArabic-Regular.ttf"),
        _FontFile(Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")),
    ],
    "bold": [
        _FontFile(_NOTO_TTF / "NotoSansArabic-Bold.ttf"),
        _FontFile(Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")),
    ],
}
# Neither small package has a bold face: titles and headings use the regular one (the title
# is still larger). A Noto bold next to a Tibetan Machine body would mix two designs.
_TIBETAN_FONTS: dict[Weight, list[_FontFile]] = {
    "regular": [
        _FontFile(Path("/usr/share/fonts/truetype/tibetan-machine/TibetanMachineUni.ttf")),
        _FontFile(_NOTO_TTF / "NotoSerifTibetan-Regular.ttf"),
    ],
    "bold": [],
}
_YI_FONTS: dict[Weight, list[_FontFile]] = {
    "regular": [
        _FontFile(Path("/usr/share/fonts/truetype/nuosusil/NuosuSIL-Regular.ttf")),
        _FontFile(_NOTO_TTF / "NotoSansYi-Regular.ttf"),
    ],
    "bold": [],
}
_PACKAGES: dict[Script, str] = {
    "main": "fonts-noto-cjk (or fonts-wqy-microhei)",
    "arabic": "fonts-dejavu-core (or fonts-noto-core)",
    "tibetan": "fonts-tibetan-machine (or fonts-noto-core)",
    "yi": "fonts-sil-nuosusil (or fonts-noto-core)",
}
_FC_LANG: dict[Script, str] = {"main": "zh-cn", "arabic": "ug", "tibetan": "bo", "yi": "ii"}
_NAMES: dict[Script, str] = {
    "main": "Chinese",
    "arabic": "Arabic-script (Uyghur)",
    "tibetan": "Tibetan",
    "yi": "Nuosu Yi",
}


def _fc_list(script: Script) -> _FontFile | None:
    """A font fontconfig knows for the script, when none of the known paths exists."""
    if shutil.which("fc-list") is None:
        return None
    try:
        result = subprocess.run(
            ["fc-list", f":lang={_FC_LANG[script]}", "file", "index"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = []
    for line in result.stdout.splitlines():
        match = re.match(r"(.+?): ?:?index=(\d+)", line.strip())
        if match and Path(match[1]).suffix.lower() in (".ttf", ".otf", ".ttc"):
            found.append(_FontFile(Path(match[1]), int(match[2])))
    return min(found, key=lambda font: (font.path.name, font.index), default=None)


@cache
def _font_file(script: Script, weight: Weight) -> _FontFile:
    # Looked up on each (cached) call rather than kept in a module-level dict: tests swap the lists.
    known = {"main": _CJK_FONTS, "arabic": _ARABIC_FONTS, "tibetan": _TIBETAN_FONTS, "yi": _YI_FONTS}
    for font in known[script][weight]:
        if font.path.is_file():
            return font
    if weight == "bold":
        return _font_file(script, "regular")  # a heavier size is still clear
    found = _fc_list(script)
    if found is None:
        raise CardError(f"no {_NAMES[script]} font found: install the Debian package {_PACKAGES[script]}")
    return found


@cache
def _font(script: Script, weight: Weight, size: int) -> ImageFont.FreeTypeFont:
    file = _font_file(script, weight)
    try:
        return ImageFont.truetype(str(file.path), size, index=file.index)
    except OSError as exc:
        raise CardError(f"cannot load the font {file.path}: {exc}") from None


_NOT_A_CHARACTER = "\U0010fffd"  # private use, plane 16: no font maps it, so it draws .notdef


@cache
def _plain_font(script: Script, weight: Weight) -> ImageFont.FreeTypeFont:
    """The script's font with Pillow's basic layout: one character, one glyph, no shaping."""
    file = _font_file(script, weight)
    try:
        return ImageFont.truetype(str(file.path), 32, index=file.index, layout_engine=ImageFont.Layout.BASIC)
    except OSError as exc:
        raise CardError(f"cannot load the font {file.path}: {exc}") from None


def _picture(font: ImageFont.FreeTypeFont, char: str) -> bytes:
    image = Image.new("L", (96, 96), 0)
    ImageDraw.Draw(image).text((32, 64), char, font=font, fill=255, anchor="ls")
    return image.tobytes()


@cache
def _notdef(script: Script, weight: Weight) -> bytes:
    return _picture(_plain_font(script, weight), _NOT_A_CHARACTER)


@lru_cache(maxsize=4096)
def _has_glyph(script: Script, weight: Weight, char: str) -> bool:
    """Whether the script's font has a glyph for the character (not the .notdef box).

    Drawn alone without shaping, a character the font lacks comes out exactly like the
    .notdef glyph; one it has looks different (a space is blank, .notdef a box). Raqm
    would hide the difference for some characters (missing spaces become fallback spaces,
    a lone missing mark moves), so the check uses the basic layout.
    """
    return _picture(_plain_font(script, weight), char) != _notdef(script, weight)


# -- text -------------------------------------------------------------------------------

_DROP_CATEGORIES = {"So", "Sk", "Co", "Cs", "Cn", "Cf", "Me"}  # emoji, invisible marks, keycaps
_KEEP = {"\u200c"}  # ZWNJ shapes Arabic script
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_TIBETAN = re.compile("[\u0f00-\u0fff]")
_YI = re.compile("[\ua000-\ua4cf]")  # syllables and radicals
_SCRIPTS: tuple[tuple[re.Pattern[str], Script], ...] = (
    (_ARABIC, "arabic"),
    (_TIBETAN, "tibetan"),
    (_YI, "yi"),
)
_CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]"
)
# Closing marks never start a line; opening marks never end one.
_CLOSING = set("，。、；：？！）」』》〉】〕’”…·,.;:!?)]}%؟،؛།༎༏༐༑༔")
_TSHEG = "་"  # the Tibetan syllable mark: a line may break after one (not after U+0F0C, no-break)
_OPENING = set("（「『《〈【〔‘“([{")
_ITEM = re.compile(r"(\d{1,3}\s?[.、．)）]\s*|[-•·*]\s+)")
_INDENT = re.compile(r"^[\s\u3000]+")


def _clean(text: str) -> str:
    """Emoji and pictographs dropped (the fonts have none), spaces tidied.

    Tibetan signs and Yi radicals are symbols too (So) but their fonts draw them: they stay.
    """
    kept = [
        " " if unicodedata.category(char) == "Cc" else char
        for char in _VARIATION_SELECTORS.sub("", text)
        if char in _KEEP
        or unicodedata.category(char) not in _DROP_CATEGORIES
        or (unicodedata.category(char) == "So" and bool(_TIBETAN.match(char) or _YI.match(char)))
    ]
    return re.sub(" +", " ", "".join(kept)).rstrip()


def _units(text: str) -> list[str]:
    """Unbreakable pieces: a CJK or Yi character, a Tibetan syllable or a word, spaces on
    their own, punctuation and combining marks attached."""
    units: list[str] = []
    for piece in re.findall(r"\s+|\S", text):
        previous = units[-1] if units and not units[-1].isspace() else ""
        if piece.isspace() or not previous:
            units.append(piece)
        elif previous[-1] in _OPENING or piece in _CLOSING or _is_mark(piece):
            units[-1] += piece
        elif _is_cjk(piece) or _is_cjk(previous[-1]) or previous[-1] == _TSHEG:
            units.append(piece)  # a line may break before and after any CJK or Yi character
        else:
            units[-1] += piece  # the same word goes on
    return units


def _is_cjk(char: str) -> bool:
    """CJK or Yi: written without spaces, a line may break between any two characters."""
    return bool(_CJK.match(char) or _YI.match(char))


def _is_mark(char: str) -> bool:
    """A combining mark (Tibetan vowel signs and subjoined letters, Arabic harakat): never cut off."""
    return unicodedata.category(char).startswith("M")


def _wrap(text: str, width: int, measure: Callable[[str], float]) -> list[str]:
    """Greedy line filling; a unit wider than the line is broken between characters."""
    lines: list[str] = []
    line = ""
    pieces = _units(text)
    while pieces:
        unit = pieces.pop(0)
        if not line and unit.isspace():
            continue
        if measure((line + unit).rstrip()) <= width:
            line += unit
        elif not line:  # a single over-long word: as many characters as fit
            cut = 1
            while cut < len(unit) and measure(unit[: cut + 1]) <= width:
                cut += 1
            while 1 < cut < len(unit) and _is_mark(unit[cut]):
                cut -= 1  # not inside a Tibetan stack
            while cut < len(unit) and _is_mark(unit[cut]):
                cut += 1  # a stack wider than the line stays whole
            lines.append(unit[:cut])
            if unit[cut:]:
                pieces.insert(0, unit[cut:])
        else:
            lines.append(line.rstrip())
            line = ""
            pieces.insert(0, unit)
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


@dataclass(frozen=True)
class _Run:
    text: str
    rtl: bool
    script: Script


def _runs(text: str, rtl: bool, weight: Weight) -> list[_Run]:
    """Runs of one direction and one script, in drawing order from the start edge.

    Directions are a two-level simplification of the Unicode bidi algorithm: numbers go
    with the strong character before them, neutral characters (spaces, punctuation) with
    their neighbours when both agree and with the paragraph otherwise. A directional run
    is then cut where the script changes (see :func:`_scripts`); the pieces of a run set
    against the paragraph direction are drawn in reverse order. Each piece is shaped by
    raqm in its own direction, with a font for its script.
    """
    paragraph = "R" if rtl else "L"
    classes: list[str] = []
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "NSM" and classes:
            classes.append(classes[-1])  # a combining mark goes with its base
        elif kind in ("L", "EN"):
            classes.append(kind)
        elif kind in ("R", "AL", "AN"):
            classes.append("R")
        else:
            classes.append("N")
    strong = paragraph
    for at, kind in enumerate(classes):
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN":
            classes[at] = strong
    at = 0
    while at < len(classes):
        if classes[at] != "N":
            at += 1
            continue
        end = at
        while end < len(classes) and classes[end] == "N":
            end += 1
        before = classes[at - 1] if at else paragraph
        after = classes[end] if end < len(classes) else paragraph
        classes[at:end] = [before if before == after else paragraph] * (end - at)
        at = end
    scripts = _scripts(text, weight)
    runs: list[_Run] = []
    pieces: list[_Run] = []  # of the directional run going on, in logical order
    start = 0
    for at in range(1, len(text) + 1):
        if at == len(text) or (classes[at], scripts[at]) != (classes[start], scripts[start]):
            pieces.append(_Run(text[start:at], classes[start] == "R", scripts[start]))
            start = at
        if at == len(text) or classes[at] != classes[at - 1]:
            runs += reversed(pieces) if classes[at - 1] != paragraph else pieces
            pieces = []
    return runs


def _scripts(text: str, weight: Weight) -> list[Script]:
    """The font script of each character.

    Tibetan, Yi and Arabic-script characters have their own fonts, other letters the main
    one. Combining marks and invisible format characters go with the character before
    them. Neutral characters (spaces, digits, punctuation) go with the script before them
    (an opening bracket with the one after it) when that font has them, else with the main
    font, which has them all. Looking back rather than ahead keeps a line's start ("1. ")
    in the main font, and gives the start of a line (as _wrap measures it) the width it
    has in the whole line.
    """
    own: list[Script | None] = []
    for char in text:
        script = next((script for pattern, script in _SCRIPTS if pattern.match(char)), None)
        if script is None and unicodedata.category(char).startswith("L"):
            script = "main"
        own.append(script)
    following: list[Script | None] = []  # the next character's own script, neutrals skipped
    for script in reversed(own):
        following.append(script if script is not None else following[-1] if following else None)
    following.reverse()
    scripts: list[Script] = []
    for at, char in enumerate(text):
        script = own[at]
        if script is None and scripts and unicodedata.category(char)[0] in "MC":
            script = scripts[-1]
        if script is None:
            after = following[at]
            before = scripts[-1] if scripts else None
            wanted = after if unicodedata.category(char) in ("Ps", "Pi") else before
            script = wanted if wanted not in (None, "main") and _has_glyph(wanted, weight, char) else "main"
        scripts.append(script)
    return scripts


# -- layout -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    size: int
    weight: Weight
    ink: int


_TITLE = _Style(TITLE_PX, "bold", INK)
_BODY = _Style(BODY_PX, "regular", INK)
_HEADING = _Style(BODY_PX, "bold", INK)
_FOOTER = _Style(FOOTER_PX, "regular", FOOTER_INK)


@dataclass(frozen=True)
class _Line:
    text: str
    style: _Style
    indent: int  # from the start edge (left, or right when rtl)
    top: int


def _measure(text: str, style: _Style, rtl: bool) -> float:
    return sum(
        _font(run.script, style.weight, style.size).getlength(run.text, direction=_direction(run))
        for run in _runs(text, rtl, style.weight)
    )


def _direction(run: _Run) -> Literal["rtl", "ltr"]:
    return "rtl" if run.rtl else "ltr"


def _paragraph(text: str, style: _Style, rtl: bool, top: int) -> tuple[list[_Line], int]:
    """The wrapped lines of one input line, and the top of whatever comes next."""
    # An indented note (a leading space or ideographic space) goes one em in, wrapped lines too.
    indent = style.size if _INDENT.match(text) else 0
    text = _clean(text).strip()
    item = _ITEM.match(text)
    hanging = indent + (round(_measure(item[0], style, rtl)) if item else 0)
    pitch = round(style.size * LINE_PITCH)
    lines: list[_Line] = []
    available = WIDTH - 2 * MARGIN
    first, *rest = _wrap(text, available - indent, lambda s: _measure(s, style, rtl))
    lines.append(_Line(first, style, indent, top))
    if rest:
        # Wrap what follows the first line again at the narrower hanging width.
        remainder = text[len(first) :].strip()
        for wrapped in _wrap(remainder, available - hanging, lambda s: _measure(s, style, rtl)):
            top += pitch
            lines.append(_Line(wrapped, style, hanging, top))
    return lines, top + pitch + round(style.size * PARAGRAPH_GAP)


def _is_heading(text: str) -> bool:
    stripped = _clean(text).strip()
    return stripped.endswith(("：", ":")) and len(stripped) <= 24


_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


def _no_isolates(text: str) -> str:
    return text.translate(_ISOLATES)


def render_card(title: str, lines: list[str], *, footer: str | None = None, rtl: bool = False) -> bytes:
    """A large-print PNG card: the title, then one paragraph per line, then the footer.

    Raises :class:`CardError` when no suitable font is installed.
    """
    # Bidi isolation marks (see bot.i18n.isolate_ltr_runs) have no glyph; _runs does their work.
    title, lines = _no_isolates(title), [_no_isolates(line) for line in lines]
    footer = _no_isolates(footer) if footer is not None else None
    top = BORDER_INSET + 48
    title_lines, top = _paragraph(title[:MAX_TITLE], _TITLE, rtl, top)
    rule_y = top - round(TITLE_PX * PARAGRAPH_GAP / 2)
    top += 20
    body: list[_Line] = []
    for text in (part[:MAX_LINE] for line in lines for part in line.splitlines() or [""]):
        if top > MAX_HEIGHT:
            break  # cut below; no need to lay out the rest
        if not _clean(text).strip():
            top += round(BODY_PX * PARAGRAPH_GAP)
            continue
        paragraph, top = _paragraph(text, _HEADING if _is_heading(text) else _BODY, rtl, top)
        body += paragraph

    footer_lines: list[_Line] = []
    footer_height = 0
    if footer and _clean(footer).strip():
        footer_lines, end = _paragraph(footer[:MAX_LINE], _FOOTER, rtl, 0)
        footer_height = end + 40  # the rule above it and some air
    bottom_space = 40 + BORDER_INSET

    limit = MAX_HEIGHT - footer_height - bottom_space
    if top > limit:  # far too long for one card: keep what fits and say there is more
        pitch = round(BODY_PX * LINE_PITCH)
        kept = [line for line in body if line.top + pitch <= limit - pitch]
        body = [*kept, _Line("…", _BODY, 0, (kept[-1].top + pitch) if kept else top)]
        top = body[-1].top + pitch
    height = top + footer_height + bottom_space

    image = Image.new("L", (WIDTH, height), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle(
        (BORDER_INSET, BORDER_INSET, WIDTH - 1 - BORDER_INSET, height - 1 - BORDER_INSET),
        outline=RULE,
        width=BORDER_WIDTH,
    )
    draw.line((MARGIN, rule_y, WIDTH - MARGIN, rule_y), fill=INK, width=3)
    for line in title_lines + body:
        _draw_line(draw, line, 0, rtl)
    if footer_lines:
        footer_top = top + 20
        draw.line((MARGIN, footer_top, WIDTH - MARGIN, footer_top), fill=RULE, width=2)
        for line in footer_lines:
            _draw_line(draw, line, footer_top + 24, rtl)

    out = io.BytesIO()
    image.save(out, "PNG", compress_level=6, dpi=(DPI, DPI))
    return out.getvalue()


def _draw_line(draw: ImageDraw.ImageDraw, line: _Line, offset: int, rtl: bool) -> None:
    style = line.style
    main = _font("main", style.weight, style.size)
    ascent, descent = main.getmetrics()
    pitch = round(style.size * LINE_PITCH)
    baseline = offset + line.top + (pitch - ascent - descent) // 2 + ascent
    x: float = WIDTH - MARGIN - line.indent if rtl else MARGIN + line.indent
    for run in _runs(line.text, rtl, style.weight):
        font = _font(run.script, style.weight, style.size)
        width = font.getlength(run.text, direction=_direction(run))
        if rtl:
            x -= width
        draw.text((x, baseline), run.text, font=font, fill=style.ink, anchor="ls", direction=_direction(run))
        if not rtl:
            x += width


def card_from_reply(engine_render_text: str) -> tuple[str, list[str], str | None]:
    """(title, lines, footer) of a rendered checklist reply (``Engine.render``).

    The first line is the title; with three lines or more the last one (the sample-data
    notice) is the footer. Blank lines are dropped.
    """
    lines = [line for line in engine_render_text.splitlines() if line.strip()]
    if not lines:
        return "", [], None
    title, *rest = lines
    if len(rest) >= 2:
        return title, rest[:-1], rest[-1]
    return title, rest, None
