"""Turning a message into meaning for THIS conversation.

The NLU reads one message on its own (intent, entities). This package reads it in the context
of the conversation: as an answer to the question being asked, as situations already told in a
first message, as a correction, as "I don't know", as someone asking for another person, and
the place they live. Everything it knows comes from data: the catalog's option ``examples`` and
``range`` (:mod:`.situations`) and ``dialogues/understanding.yml`` (:mod:`.vocabulary`).
"""

from __future__ import annotations

from bot.dialogue.understand.numbers import Amount, amounts
from bot.dialogue.understand.phrases import fold
from bot.dialogue.understand.places import Places
from bot.dialogue.understand.reply import Answer, Correction, Meaning, NotSure, SaySimpler, Skip, read_reply
from bot.dialogue.understand.situations import Question, SituationReader
from bot.dialogue.understand.vocabulary import NotCovered, Vocabulary
from bot.guides import GuideStore


class Understanding:
    """The vocabulary and the catalog's situations, re-indexed when the catalog changes."""

    def __init__(self, guides: GuideStore, vocabulary: Vocabulary) -> None:
        self._guides = guides
        self.vocabulary = vocabulary
        self._reader = SituationReader([])
        self._places = Places([])
        self._version: str | None = None

    async def _refresh(self) -> None:
        version = await self._guides.current_version()
        if version != self._version:
            self._reader = SituationReader(await self._guides.list_services())
            self._places = Places(await self._guides.regions())
            self._version = version

    async def reader(self) -> SituationReader:
        await self._refresh()
        return self._reader

    async def places(self) -> Places:
        await self._refresh()
        return self._places


__all__ = [
    "Amount",
    "Answer",
    "Correction",
    "Meaning",
    "NotCovered",
    "NotSure",
    "Places",
    "Question",
    "SaySimpler",
    "SituationReader",
    "Skip",
    "Understanding",
    "Vocabulary",
    "amounts",
    "fold",
    "read_reply",
]
