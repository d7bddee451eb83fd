"""Localization: Fluent messages per locale, a fallback chain, and never a raw key.

Locales and their fallback chains are data (``locales/languages.yml``); messages live in
``locales/<locale>/*.ftl``. Catalog texts (``{locale: text}``) go through :meth:`pick`
with the same chain.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from babel import Locale
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax.ast import Message
from pydantic import BaseModel, ConfigDict

from bot.core.messages import Localized, Msg

log = logging.getLogger(__name__)


class Language(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    native_name: str
    english_name: str
    script: str
    direction: Literal["ltr", "rtl"]
    fallback: list[str]
    tts_voice: str | None
    review: Literal["machine-drafted", "native-reviewed"]
    enabled: bool


class Languages(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    default: str
    languages: dict[str, Language]

    @classmethod
    def load(cls, path: Path) -> Languages:
        return cls.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))

    @property
    def enabled(self) -> list[str]:
        return [code for code, language in self.languages.items() if language.enabled]

    def chain(self, locale: str) -> list[str]:
        """``locale``, its fallbacks, then the default — each once, unknown codes skipped."""
        chain: list[str] = []
        for code in (locale, *self.languages.get(locale, _NO_LANGUAGE).fallback, self.default):
            if code in self.languages and code not in chain:
                chain.append(code)
        return chain


_NO_LANGUAGE = Language(
    native_name="",
    english_name="",
    script="",
    direction="ltr",
    fallback=[],
    tts_voice=None,
    review="machine-drafted",
    enabled=False,
)


class Localizer:
    def __init__(self, locales_path: Path) -> None:
        self.path = locales_path
        self.languages = Languages.load(locales_path / "languages.yml")
        self._bundles: dict[str, FluentBundle] = {}

    def bundle(self, locale: str) -> FluentBundle:
        if locale not in self._bundles:
            # Fluent would isolate only the placeables; right-to-left text is isolated by
            # isolate_ltr_runs below, which also covers numbers and names in the text itself.
            bundle = FluentBundle([locale], use_isolating=False)
            for file in sorted((self.path / locale).glob("*.ftl")):
                bundle.add_resource(FluentResource(file.read_text(encoding="utf-8")))
            self._bundles[locale] = bundle
        return self._bundles[locale]

    def has(self, key: str, locale: str) -> bool:
        return locale in self.languages.languages and self.bundle(locale).has_message(key)

    def format(self, key: str, locale: str, args: Mapping[str, Any] | None = None) -> str:
        """The message in the first locale of the chain that has it; never the raw key."""
        for code in self.languages.chain(locale):
            bundle = self.bundle(code)
            if not bundle.has_message(key):
                continue
            message = bundle.get_message(key)
            if message.value is None:
                continue
            text, errors = bundle.format_pattern(message.value, dict(args or {}))
            for error in errors:
                log.error("message %s in %s: %s", key, code, error)
            return isolate_ltr_runs(str(text)) if self.is_rtl(locale) else str(text)
        log.error("message %s is missing from every locale of %s", key, locale)
        return "…"

    def is_rtl(self, locale: str) -> bool:
        language = self.languages.languages.get(locale)
        return language is not None and language.direction == "rtl"

    def render(self, message: Msg, locale: str) -> str:
        """A reply part as text: nested messages and catalog texts are resolved first."""
        args: dict[str, Any] = {}
        for name, value in message.args.items():
            if isinstance(value, Msg):
                args[name] = self.render(value, locale)
            elif isinstance(value, Localized):
                args[name] = self.pick(value.text, locale)
            else:
                args[name] = value
        return self.format(message.key, locale, args)

    def pick(self, text: Mapping[str, str], locale: str) -> str:
        """A catalog text in the first locale of the chain that has it."""
        for code in self.languages.chain(locale):
            if text.get(code):
                return text[code]
        return next(iter(text.values()), "")

    @cached_property
    def keys(self) -> dict[str, set[str]]:
        """Message keys per locale, for completeness checks."""
        return {
            code: {
                entry.id.name
                for file in sorted((self.path / code).glob("*.ftl"))
                for entry in FluentResource(file.read_text(encoding="utf-8")).body
                if isinstance(entry, Message)
            }
            for code in self.languages.languages
        }


LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_OPENERS = (LRI, RLI, FSI)
# Neutral characters that stay inside a left-to-right run ("0000-12345", "App 12333",
# "青山县（城关镇）"); any other (the Arabic comma, «», a line break) ends it.
_RUN_JOINERS = frozenset(" -.:/_+(),，、·（）")


def isolate_ltr_runs(text: str) -> str:
    """Right-to-left text with each left-to-right run (numbers, Latin, Chinese) in an isolate.

    In a Uyghur sentence a phone number, an app name or a Chinese office name is a run of
    left-to-right characters; wrapped in LRI…PDI it keeps its own order and does not pull
    the punctuation around it to the wrong side (Telegram and browsers apply Unicode's
    bidi algorithm). Runs already isolated are left alone.
    """
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char in _OPENERS:  # copy an existing isolate through to its PDI
            depth, j = 1, i + 1
            while j < n and depth:
                depth += (text[j] in _OPENERS) - (text[j] == PDI)
                j += 1
            out.append(text[i:j])
            i = j
        elif _left_to_right(char):
            last = j = i
            depth = 0  # an opening bracket outside the run keeps its closing one outside too
            while j < n and (_left_to_right(text[j]) or text[j] in _RUN_JOINERS):
                depth += (text[j] in "(（") - (text[j] in ")）")
                if depth < 0:
                    break
                if _left_to_right(text[j]) or (text[j] in ")）" and _open_brackets(text[i:j]) > 0):
                    last = j
                j += 1
            out.append(f"{LRI}{text[i : last + 1]}{PDI}")
            i = last + 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


def _open_brackets(text: str) -> int:
    return sum(char in "(（" for char in text) - sum(char in ")）" for char in text)


def _left_to_right(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("L", "EN", "AN")


def _right_to_left(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def babel_locale(code: str) -> Locale:
    """The Babel (CLDR) locale for one of our locale codes (``zh-Hans`` -> ``zh_Hans``)."""
    return Locale.parse(code, sep="-")
