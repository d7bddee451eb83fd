"""``dialogues/understanding.yml``: the words that change how a message is read, per locale.

"不知道" (not sure), "不对" (a correction), "听不懂" (say it more simply), "跳过", words that mean
someone asks for another person (帮我妈问), the explicit phrases that alone may trigger an action
with side effects (字太小了 -> elderly mode; 删除我的信息 -> erase), and services people ask for
that the catalog does not cover yet (营业执照). Data, so that a reviewer can add a locale's words
without touching code.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from bot.dialogue.understand.phrases import contains_any, fold

PerLocale = dict[str, list[str]]
FILE_NAME = "understanding.yml"


class NotCovered(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    names: dict[str, str]
    examples: PerLocale


class Vocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    not_sure: PerLocale = {}
    correction: PerLocale = {}
    not_understood: PerLocale = {}
    skip: PerLocale = {}
    on_behalf: PerLocale = {}
    on_self: PerLocale = {}
    explicit: dict[str, PerLocale] = {}
    asides: dict[str, PerLocale] = {}  # guide part (proxy, online, time_limit, steps) -> words
    not_covered: list[NotCovered] = []

    @classmethod
    def load(cls, dialogues_path: Path) -> Vocabulary:
        path = dialogues_path / FILE_NAME
        if not path.is_file():
            return cls()
        return cls.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})

    @cached_property
    def _folded(self) -> dict[str, dict[str, list[str]]]:
        lists: dict[str, PerLocale] = {
            "not_sure": self.not_sure,
            "correction": self.correction,
            "not_understood": self.not_understood,
            "skip": self.skip,
            "on_behalf": self.on_behalf,
            "on_self": self.on_self,
            **{f"explicit:{intent}": words for intent, words in self.explicit.items()},
            **{f"aside:{part}": words for part, words in self.asides.items()},
            **{f"not_covered:{service.id}": service.examples for service in self.not_covered},
        }
        return {
            name: {locale: [fold(word) for word in words if fold(word)] for locale, words in per.items()}
            for name, per in lists.items()
        }

    def words(self, name: str, locale: str) -> list[str]:
        """Folded words of list ``name`` for ``locale``, plus Chinese ones (mixed in everywhere)."""
        per = self._folded.get(name, {})
        return per.get(locale, []) + (per.get("zh-Hans", []) if locale != "zh-Hans" else [])

    def says(self, name: str, text: str, locale: str) -> bool:
        """Whether the message contains a word of list ``name`` (e.g. ``"not_sure"``)."""
        return contains_any(fold(text), self.words(name, locale))

    def explicitly(self, intent: str, text: str, locale: str) -> bool:
        """Whether the message names a side-effect action in so many words."""
        return self.says(f"explicit:{intent}", text, locale)

    def aside(self, text: str, locale: str) -> str | None:
        """The part of a guide the message asks about in passing ("能代办吗" -> ``proxy``)."""
        return next((part for part in self.asides if self.says(f"aside:{part}", text, locale)), None)

    def not_covered_service(self, text: str, locale: str) -> NotCovered | None:
        return next((s for s in self.not_covered if self.says(f"not_covered:{s.id}", text, locale)), None)
