"""Which handler answers what, modelled on aiogram 3's ``Router``.

Handlers register with decorators on a module's ``router``; the engine's root router
includes them all (``include_router``). A lookup walks a router's own handlers in
registration order, then its included routers, depth first; the first handler whose
optional ``when`` filter accepts the event handles it. Unhandled events fall back to the
engine (an intent payload is read as an intent; anything else is a stale button).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

from bot.core.messages import Turn
from bot.dialogue.context import TurnContext
from nlu import ParseResult

P = TypeVar("P", bound=BaseModel)

IntentHandler = Callable[[TurnContext, ParseResult, str | None], Awaitable[None]]
"""``(ctx, parse, service_id)``: the service the message names, if any."""
PayloadHandler = Callable[[TurnContext, Any], Awaitable[None]]
PendingHandler = Callable[[TurnContext, Any, str], Awaitable[bool]]
"""``(ctx, form, text) -> answered``: False lets the message be read as if no form waited."""
MediaHandler = Callable[[TurnContext, Turn], Awaitable[None]]
Filter = Callable[[TurnContext, Any], bool]

ANY_MEDIA = "*"


@dataclass(frozen=True)
class _Typed:
    model: type[BaseModel]
    handler: Callable[..., Awaitable[Any]]
    when: Filter | None

    def accepts(self, ctx: TurnContext, value: BaseModel) -> bool:
        return isinstance(value, self.model) and (self.when is None or self.when(ctx, value))


class Router:
    def __init__(self, name: str = "") -> None:
        self.name = name
        self._intents: dict[str, IntentHandler] = {}
        self._payloads: list[_Typed] = []
        self._pending: list[_Typed] = []
        self._media: dict[str, MediaHandler] = {}
        self._children: list[Router] = []

    def __repr__(self) -> str:
        return f"Router({self.name!r})"

    # -- registering ------------------------------------------------------------------------

    def include_router(self, router: Router) -> Router:
        if router is self or router in self._children:
            raise ValueError(f"{router!r} is already included in {self!r}")
        self._children.append(router)
        return router

    def intent(self, *names: str) -> Callable[[IntentHandler], IntentHandler]:
        """Handle these intents, from the NLU or from an intent payload (``/help``)."""

        def register(handler: IntentHandler) -> IntentHandler:
            for name in names:
                self._intents[name] = handler
            return handler

        return register

    def payload(
        self, model: type[P], *, when: Callable[[TurnContext, P], bool] | None = None
    ) -> Callable[[Callable[[TurnContext, P], Awaitable[None]]], Callable[[TurnContext, P], Awaitable[None]]]:
        """Handle a button payload or typed command of this model."""

        def register(
            handler: Callable[[TurnContext, P], Awaitable[None]],
        ) -> Callable[[TurnContext, P], Awaitable[None]]:
            self._payloads.append(_Typed(model, handler, when))
            return handler

        return register

    def pending(
        self, model: type[P], *, when: Callable[[TurnContext, P], bool] | None = None
    ) -> Callable[
        [Callable[[TurnContext, P, str], Awaitable[bool]]], Callable[[TurnContext, P, str], Awaitable[bool]]
    ]:
        """Read a typed message while this form (``Session.pending``) awaits an answer."""

        def register(
            handler: Callable[[TurnContext, P, str], Awaitable[bool]],
        ) -> Callable[[TurnContext, P, str], Awaitable[bool]]:
            self._pending.append(_Typed(model, handler, when))
            return handler

        return register

    def media(self, kind: str) -> Callable[[MediaHandler], MediaHandler]:
        """Handle a message of this kind (``voice``, ``location``; ``*``: any other media)."""

        def register(handler: MediaHandler) -> MediaHandler:
            self._media[kind] = handler
            return handler

        return register

    # -- looking up -------------------------------------------------------------------------

    def _walk(self) -> Iterator[Router]:
        yield self
        for child in self._children:
            yield from child._walk()

    def intents(self) -> list[str]:
        """Every intent a handler is registered for, in registration order."""
        return list(dict.fromkeys(name for router in self._walk() for name in router._intents))

    def find_intent(self, name: str) -> IntentHandler | None:
        return next((r._intents[name] for r in self._walk() if name in r._intents), None)

    def find_media(self, kind: str) -> MediaHandler | None:
        for key in (kind, ANY_MEDIA):
            found = next((r._media[key] for r in self._walk() if key in r._media), None)
            if found is not None:
                return found
        return None

    # -- dispatching ------------------------------------------------------------------------

    async def dispatch_payload(self, ctx: TurnContext, value: BaseModel) -> bool:
        """Run the first handler for this payload; False if none takes it."""
        for router in self._walk():
            for entry in router._payloads:
                if entry.accepts(ctx, value):
                    await entry.handler(ctx, value)
                    return True
        return False

    async def dispatch_pending(self, ctx: TurnContext, form: BaseModel, text: str) -> bool:
        """Offer the text to the handler of the waiting form; True if it answered the form."""
        for router in self._walk():
            for entry in router._pending:
                if entry.accepts(ctx, form):
                    return bool(await entry.handler(ctx, form, text))
        return False
