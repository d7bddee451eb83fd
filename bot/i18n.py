"""Localization: Fluent messages per locale, a fallback chain, and never a raw key.

Locales and their fallback chains are data (``locales/languages.yml``); messages live in
``locales/<locale>/*.ftl``. Catalog texts (``{locale: text}``) go through :meth:`pick`
with the same chain.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from babel import Locale
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax.ast import Message
from pydantic import BaseModel, ConfigDict

from bot.replies import Localized, Msg

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
            language = self.languages.languages[locale]
            # Bidi isolation marks only help right-to-left text; in a terminal they are noise.
            bundle = FluentBundle([locale], use_isolating=language.direction == "rtl")
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
            return str(text)
        log.error("message %s is missing from every locale of %s", key, locale)
        return "…"

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


def babel_locale(code: str) -> Locale:
    """The Babel (CLDR) locale for one of our locale codes (``zh-Hans`` -> ``zh_Hans``)."""
    return Locale.parse(code, sep="-")
