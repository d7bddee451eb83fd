"""Which situation option a message means, for the question asked or for any question of a service.

The catalog gives each option of a situation (``guides/services/<id>.yml``) its labels, the
words people use for it (``examples``, per locale) and, for numeric questions, the ``range`` of
numbers it stands for. :class:`SituationReader` indexes those once per catalog version and
answers two questions:

- :meth:`SituationReader.answer`: the option a message gives to the question being asked
  ("30岁" -> ``age_16_plus``; "社保卡" -> ``ss_card``). Any number counts here.
- :meth:`SituationReader.slots_in`: every situation a message already settles, before it is asked
  ("我身份证丢了咋整" -> ``{reason: lost}``). A number counts only with its unit (80岁), since
  "12345" or "3楼" in a first message is not an age.

The longest phrase wins ("没有社保卡" beats "有社保卡"); a phrase right after a negation
("不是丢了") does not count; two options found equally strongly is no answer at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.dialogue.understand.numbers import Amount, amounts
from bot.dialogue.understand.phrases import find, fold
from bot.guides.models import OptionRange, Service, Situation

DEFAULT_LOCALE = "zh-Hans"
_LABEL_PARTS = re.compile(r"[（(].*?[)）]|[^（(]+")
_NEGATIONS = ("不是", "并不是", "没有", "not ", "no ", "아니", "ئەمەس ")
_NEGATED_WITHIN = 3  # characters between a negation and the phrase it negates


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    phrases: Mapping[str, tuple[str, ...]]  # locale -> folded phrases (labels and examples)
    range: OptionRange | None
    not_sure: bool


@dataclass(frozen=True, slots=True)
class Question:
    slot: str
    quantity: str | None
    options: tuple[Option, ...]

    @property
    def not_sure_option(self) -> str | None:
        return next((option.value for option in self.options if option.not_sure), None)


def _phrases(labels: Mapping[str, str], examples: Mapping[str, list[str]]) -> dict[str, tuple[str, ...]]:
    by_locale: dict[str, list[str]] = {}
    for locale, label in labels.items():
        parts = [part.strip("（()）") for part in _LABEL_PARTS.findall(label)]
        by_locale.setdefault(locale, []).extend(fold(part) for part in parts if len(fold(part)) >= 2)
    for locale, words in examples.items():
        by_locale.setdefault(locale, []).extend(fold(word) for word in words)
    return {locale: tuple(dict.fromkeys(p for p in phrases if p)) for locale, phrases in by_locale.items()}


def _question(situation: Situation) -> Question:
    return Question(
        slot=situation.id,
        quantity=situation.quantity,
        options=tuple(
            Option(o.id, _phrases(o.label, o.examples), o.range, o.not_sure) for o in situation.options
        ),
    )


class SituationReader:
    """The catalog's situations, indexed for reading answers in people's words."""

    def __init__(self, services: Iterable[Service]) -> None:
        self._questions: dict[str, dict[str, Question]] = {
            service.id: {s.id: _question(s) for s in service.situations} for service in services
        }

    def question(self, service_id: str, slot: str) -> Question | None:
        return self._questions.get(service_id, {}).get(slot)

    def slots_with_option(self, service_id: str, value: str) -> list[str]:
        """The questions of a service that have an option ``value`` (e.g. ``family_member``)."""
        questions = self._questions.get(service_id, {})
        return [slot for slot, q in questions.items() if any(o.value == value for o in q.options)]

    def answer(self, service_id: str, slot: str, text: str, locale: str) -> str | None:
        """The option ``text`` gives to the question ``slot`` being asked, if it clearly gives one."""
        question = self.question(service_id, slot)
        if question is None:
            return None
        return _read(question, fold(text), text, locale, any_number=True)

    def slots_in(self, service_id: str, text: str, locale: str) -> dict[str, str]:
        """Every situation of the service that ``text`` settles."""
        folded = fold(text)
        found: dict[str, str] = {}
        for slot, question in self._questions.get(service_id, {}).items():
            value = _read(question, folded, text, locale, any_number=False)
            if value is not None:
                found[slot] = value
        return found


def _read(question: Question, folded: str, text: str, locale: str, *, any_number: bool) -> str | None:
    hits = [
        (hit.end - hit.start, hit.start, hit.end, option.value)
        for option in question.options
        for hit in find(folded, _locale_phrases(option, locale))
        if not _negated(folded, hit.start)
    ]
    # A phrase inside a longer one found at the same place does not count ("有社保卡" inside
    # "没有社保卡"); two options found in different places is no clear answer.
    kept: list[tuple[int, int, str]] = []
    for _, start, end, value in sorted(hits, reverse=True):
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in kept):
            kept.append((start, end, value))
    values = {value for _, _, value in kept}
    if len(values) == 1:
        return values.pop()
    if question.quantity is not None and not values:  # words first: "不满16岁" is not 16
        return _by_number(question, amounts(text), any_number=any_number)
    return None


def _locale_phrases(option: Option, locale: str) -> list[str]:
    """The message's own locale first; Chinese words are understood in every locale, since
    people mix them in (身份证 inside a Uyghur sentence)."""
    phrases = list(option.phrases.get(locale, ()))
    if locale != DEFAULT_LOCALE:
        phrases += option.phrases.get(DEFAULT_LOCALE, ())
    return phrases


def _negated(folded: str, start: int) -> bool:
    before = folded[max(0, start - _NEGATED_WITHIN - 4) : start]
    for negation in _NEGATIONS:
        at = before.rfind(negation)
        if at != -1 and len(before) - (at + len(negation)) <= _NEGATED_WITHIN:
            return True
    return False


def _by_number(question: Question, found: list[Amount], *, any_number: bool) -> str | None:
    for amount in found:
        if amount.unit != question.quantity and not (any_number and amount.unit is None):
            continue
        fitting = [
            option.value
            for option in question.options
            if option.range is not None and option.range.holds(amount.low) and option.range.holds(amount.high)
        ]
        if len(fitting) == 1:
            return fitting[0]
    return None
