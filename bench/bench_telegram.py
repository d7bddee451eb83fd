"""The Telegram path against its ceiling: Banshi's TelegramChannel and a bare
python-telegram-bot echo bot, on the same fake Bot API server, in one run.

    .venv/bin/python bench/bench_telegram.py [--updates N] [--limited-updates M]

The fake Bot API server of the tests (``tests/bot/channels/fake_telegram.py``, aiohttp on
127.0.0.1) queues text-message updates for ``getUpdates`` and records every ``sendMessage``.
Each bot polls it (long polling, as `banshi run` does by default), gets the whole backlog
and answers; the clock runs from queueing the updates to the last expected ``sendMessage``.

- Banshi: the real ``TelegramChannel`` over ``open_app`` (SQLite in a temporary folder; the
  shared NLU model), no speech and no checklist cards. Simulated residents (SimUser) walk
  flows by typing, as on a phone: an opening question, numbered answers ("2"), a lookup,
  "done", 谢谢. The replies each message must bring are counted first by a dry run of the
  same messages through another engine, so a lost reply would show as a shortfall.
- Echo: ``Application`` with one ``MessageHandler`` that sends the text back: the least any
  bot on python-telegram-bot does per update.

Both run with and without python-telegram-bot's ``AIORateLimiter``. Banshi ships with it
(it keeps a bot under Telegram's ~30 messages/s broadcast limit), so "as shipped" is capped
by that limit; the bench switches it off in Banshi (by replacing ``AIORateLimiter`` in
``bot.channels.telegram`` for that run only) to measure the code path itself. Everything
runs in this one process on one core, the fake server included (its cost is in every
figure). Figures only, no assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402
from telegram.ext import (  # noqa: E402
    AIORateLimiter,
    Application,
    BaseRateLimiter,
    ContextTypes,
    MessageHandler,
    filters,
)

from bench._support import (  # noqa: E402
    SimUser,
    bench_settings,
    load_bench_flows,
    machine,
    pin_to_one_core,
    prepare_nlu,
)
from bot.app import open_app  # noqa: E402
from bot.core.messages import Turn  # noqa: E402
from nlu import NLUEngine  # noqa: E402
from tests.bot.channels.fake_telegram import Call, FakeTelegram, text_update  # noqa: E402

TOKEN = "123456:BENCH-token_for-the-fake"
FIRST_CHAT = 500_000
LIMITER = "AIORateLimiter"  # the name bot.channels.telegram builds its rate limiter with
WAIT_S = 180  # gives up on a bot that does not answer everything by then


class NoRateLimit(BaseRateLimiter[None]):
    """Calls the Bot API at once (python-telegram-bot's behaviour without a rate limiter)."""

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> Any:
        return await callback(*args, **kwargs)


class TimedCalls(list[Call]):
    """The fake's call log, noting when the last ``sendMessage`` arrived."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = 0
        self.last_sent = 0.0
        self.changed = asyncio.Event()

    def append(self, call: Call) -> None:
        super().append(call)
        if call.method == "sendMessage":
            self.sent += 1
            self.last_sent = time.perf_counter()
            self.changed.set()


async def plan_messages(nlu: NLUEngine, folder: Path, chats: int, per_chat: int) -> tuple[list[Any], int]:
    """The updates to send (chats interleaved, each chat's messages in order) and how many
    ``sendMessage`` calls Banshi must make for them, from a dry run through the engine."""
    from bot.channels.telegram import split_text

    app = await open_app(bench_settings(folder), nlu=nlu)
    flows = load_bench_flows()
    scripts: list[list[str]] = []
    expected = 0
    try:
        for n in range(chats):
            chat = FIRST_CHAT + n
            user = SimUser(f"telegram:{chat}", flows, random.Random(n), typed_share=1.0, repeat_share=0.0)
            script: list[str] = []
            for _ in range(per_chat):
                text = user.next_message()
                script.append(text)
                turn = Turn(sender=user.sender, channel="telegram", text=text, locale_hint="zh-Hans")
                replies = await app.engine.handle(turn)
                expected += sum(len(split_text(app.engine.render(reply))) for reply in replies)
                outcome = user.check([[button.payload for button in reply.buttons] for reply in replies])
                if outcome != "ok":
                    raise RuntimeError(f"the dry run went off the flow ({outcome}) at {text!r}")
            scripts.append(script)
    finally:
        await app.close()
    updates = [
        text_update(FIRST_CHAT + n, script[turn])
        for turn in range(per_chat)
        for n, script in enumerate(scripts)
    ]
    return updates, expected


async def drive(fake: FakeTelegram, updates: list[Any], expected: int) -> tuple[float, int]:
    """Queue the updates, wait for ``expected`` sendMessage calls; (seconds, calls seen)."""
    calls = fake.calls
    assert isinstance(calls, TimedCalls)
    before = calls.sent
    started = time.perf_counter()
    for update in updates:
        await fake.push(update)
    deadline = started + WAIT_S
    while calls.sent - before < expected and time.perf_counter() < deadline:
        calls.changed.clear()
        try:
            await asyncio.wait_for(calls.changed.wait(), 1.0)
        except TimeoutError:
            continue
    await asyncio.sleep(0.3)  # anything beyond the expected replies (duplicates) shows here
    return calls.last_sent - started, calls.sent - before


async def new_fake() -> FakeTelegram:
    fake = FakeTelegram(TOKEN)
    fake.calls = TimedCalls()
    await fake.start()
    return fake


async def run_banshi(nlu: NLUEngine, folder: Path, updates: list[Any], expected: int, limited: bool) -> str:
    import bot.channels.telegram as telegram_module

    fake = await new_fake()
    settings = bench_settings(
        folder,
        telegram={"mode": "polling", "base_url": fake.base_url, "base_file_url": fake.base_file_url},
    ).model_copy(update={"telegram_token": _secret(TOKEN)})
    app = await open_app(settings, nlu=nlu)
    original = getattr(telegram_module, LIMITER)
    if not limited:
        setattr(telegram_module, LIMITER, lambda **_: NoRateLimit())
    channel = telegram_module.TelegramChannel(app, settings)
    turn_s, turns = _turn_latency()
    try:
        await channel.start()
        seconds, seen = await drive(fake, updates, expected)
        turn_s, turns = (a - b for a, b in zip(_turn_latency(), (turn_s, turns), strict=True))
    finally:
        setattr(telegram_module, LIMITER, original)
        await channel.stop()
        await app.close()
        await fake.stop()
    line = _line("Banshi TelegramChannel", limited, len(updates), seconds, seen, expected)
    return f"{line}\n{'':<24} {'':<16} turns inside the channel: {turn_s / max(turns, 1) * 1000:.2f} ms mean"


def _turn_latency() -> tuple[float, float]:
    """(seconds, turns) of the Telegram channel's turn-latency histogram so far."""
    from prometheus_client import REGISTRY

    labels = {"channel": "telegram"}
    total = REGISTRY.get_sample_value("banshi_turn_latency_seconds_sum", labels) or 0.0
    count = REGISTRY.get_sample_value("banshi_turn_latency_seconds_count", labels) or 0.0
    return total, count


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is not None and chat is not None and message.text:
        await context.bot.send_message(chat_id=chat.id, text=message.text)


async def run_echo(updates: list[Any], limited: bool) -> str:
    fake = await new_fake()
    limiter: BaseRateLimiter[Any] = AIORateLimiter(max_retries=2) if limited else NoRateLimit()
    application = (
        Application.builder()
        .token(TOKEN)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .rate_limiter(limiter)
        .job_queue(None)
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, _echo))
    try:
        await application.initialize()
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(timeout=10, allowed_updates=["message"])
        seconds, seen = await drive(fake, updates, len(updates))
    finally:
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()
        await fake.stop()
    return _line("bare PTB echo bot", limited, len(updates), seconds, seen, len(updates))


def _secret(value: str) -> Any:
    from pydantic import SecretStr

    return SecretStr(value)


def _line(name: str, limited: bool, updates: int, seconds: float, seen: int, expected: int) -> str:
    limiter = "AIORateLimiter" if limited else "no rate limiter"
    shortfall = "" if seen == expected else f"  (MISMATCH: {seen} of {expected} replies)"
    return (
        f"{name:<24} {limiter:<16} {updates / seconds:8.1f} updates/s  {seen / seconds:8.1f} replies/s"
        f"  ({updates} updates, {seen} sendMessage, {seconds:.2f} s){shortfall}"
    )


def _rate(line: str) -> float:
    return float(line.splitlines()[0].split("updates/s")[0].split()[-1])


async def run(args: argparse.Namespace, folder: Path) -> list[str]:
    nlu = await asyncio.to_thread(prepare_nlu)
    per_chat = args.per_chat
    updates, expected = await plan_messages(nlu, folder / "plan", args.updates // per_chat, per_chat)
    small, small_expected = await plan_messages(
        nlu, folder / "plan-small", max(1, args.limited_updates // per_chat), per_chat
    )
    lines = [
        f"{len(updates)} updates from {len(updates) // per_chat} chats ({per_chat} messages each):"
        f" Banshi answers them with {expected} messages ({expected / len(updates):.2f} per update)"
    ]
    banshi_free = await run_banshi(nlu, folder / "banshi-free", updates, expected, limited=False)
    echo_free = await run_echo(updates, limited=False)
    banshi_limited = await run_banshi(nlu, folder / "banshi-limited", small, small_expected, limited=True)
    echo_limited = await run_echo(small, limited=True)
    lines += [banshi_free, echo_free, banshi_limited, echo_limited]
    lines.append(
        f"ratio Banshi / echo, no rate limiter:   {_rate(banshi_free) / _rate(echo_free):.2f}"
        "  (the cost of the engine and the adapter per update)"
    )
    lines.append(
        f"ratio Banshi / echo, AIORateLimiter:    {_rate(banshi_limited) / _rate(echo_limited):.2f}"
        "  (as shipped: both held to ~30 messages/s; Banshi sends more messages per update)"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--updates", type=int, default=1200, help="updates per unlimited run (1200)")
    parser.add_argument("--limited-updates", type=int, default=120, help="updates per rate-limited run (120)")
    parser.add_argument("--per-chat", type=int, default=6, help="messages per chat (6)")
    args = parser.parse_args()
    pinning = pin_to_one_core()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"Banshi Telegram benchmark ({pinning}; {machine()}; Python {sys.version.split()[0]};"
        f" load average {load:.2f} before the run)",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="banshi-telegram-") as folder:
        lines = asyncio.run(run(args, Path(folder)))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
