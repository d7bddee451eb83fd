"""Around every turn, one concern per module (aiogram's outer/inner middlewares).

A :class:`TurnMiddleware` wraps the whole turn, before a session is loaded (``serialize``);
a :class:`ContextMiddleware` wraps the dispatch of a loaded turn (``case_scope``,
``locale``, ``privacy_notice``): code before ``call_next`` runs before the handlers, code
after it once they are done.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.core.messages import Reply, Turn
from bot.dialogue.context import TurnContext

TurnHandler = Callable[[Turn], Awaitable[list[Reply]]]
ContextHandler = Callable[[TurnContext, Turn], Awaitable[None]]


class TurnMiddleware(Protocol):
    async def __call__(self, turn: Turn, call_next: TurnHandler) -> list[Reply]: ...


class ContextMiddleware(Protocol):
    async def __call__(self, ctx: TurnContext, turn: Turn, call_next: ContextHandler) -> None: ...
