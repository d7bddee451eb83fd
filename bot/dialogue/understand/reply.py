"""What a message means as a reply to the question being asked.

The current question comes first: before the NLU reads a message as a new request, this module
asks whether it answers the pending question ("社保卡" to "which account?"), corrects an
earlier answer ("不对，是到期了"), says "I don't know", asks to skip, or says it did not
understand the question. Only when it is none of these does the message go on to the NLU.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.dialogue.understand.phrases import fold, strip_phrases
from bot.dialogue.understand.situations import SituationReader
from bot.dialogue.understand.vocabulary import Vocabulary


@dataclass(frozen=True)
class Answer:
    """The pending question answered; ``also`` holds other questions the message settled."""

    slot: str
    value: str
    also: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Correction:
    """Earlier answers to change (empty: "刚才说错了" without saying what is right)."""

    changes: dict[str, str]


@dataclass(frozen=True)
class NotSure:
    slot: str


@dataclass(frozen=True)
class Skip:
    slot: str


@dataclass(frozen=True)
class SaySimpler:
    slot: str


Meaning = Answer | Correction | NotSure | Skip | SaySimpler


def read_reply(
    reader: SituationReader,
    vocabulary: Vocabulary,
    *,
    service_id: str,
    slot: str,
    answers: Mapping[str, str],
    text: str,
    locale: str,
) -> Meaning | None:
    """What ``text`` means for the question ``slot`` of ``service_id``; None: not a reply."""
    if vocabulary.says("correction", text, locale):
        rest = strip_phrases(fold(text), vocabulary.words("correction", locale))
        found = reader.slots_in(service_id, rest, locale) if rest else {}
        pending = reader.answer(service_id, slot, rest, locale) if rest else None
        if pending is not None:
            found.setdefault(slot, pending)
        changes = {key: value for key, value in found.items() if answers.get(key) != value}
        if changes or not rest or not found:
            return Correction(changes)
    question = reader.question(service_id, slot)
    value = reader.answer(service_id, slot, text, locale) if question is not None else None
    told = reader.slots_in(service_id, text, locale)
    if value is not None:
        also = {key: told[key] for key in told if key != slot and key not in answers}
        return Answer(slot, value, also)
    # "不是丢了，是卡坏了" after the checklist: an earlier answer said otherwise, without 不对.
    changed = {key: told[key] for key in told if key in answers and answers[key] != told[key]}
    if changed:
        return Correction(changed)
    if question is None:  # a flow's own question ("anything else?"): its buttons and the NLU read it
        return SaySimpler(slot) if vocabulary.says("not_understood", text, locale) else None
    if vocabulary.says("not_sure", text, locale):
        not_sure = question.not_sure_option
        return Answer(slot, not_sure) if not_sure else NotSure(slot)
    if vocabulary.says("skip", text, locale):
        return Skip(slot)
    if vocabulary.says("not_understood", text, locale):
        return SaySimpler(slot)
    return None
