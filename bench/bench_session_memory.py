"""Memory per stored conversation in Redis: realistic idle sessions, mid-flow.

    .venv/bin/python bench/bench_session_memory.py [--sessions N] [--templates K]

Starts a private ``redis-server`` (loopback, no persistence), walks ``--templates``
simulated residents (SimUser) a few turns into real flows with the real engine on Redis, so
their sessions hold what the engine leaves there (flow state, answers, history, and
``last_replies`` for "repeat" and for resolving Telegram buttons), then stores ``--sessions``
copies of them under new senders through the session store itself
(``RedisSessionStore.save``, the same serialization and time to live as in production).

Reports ``INFO memory`` used_memory growth per session (what a Redis server must hold per
idle conversation, key and expiry included) and ``MEMORY USAGE`` of sampled keys, the JSON
document's size and what fills it, and what-if sizes of a few smaller encodings measured the
same way in Redis. Target (issue "Reliability, security and scale"): <= 2 KB per idle
session. Figures only, no assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from redis.asyncio import Redis  # noqa: E402

from bench._support import (  # noqa: E402
    SimUser,
    bench_settings,
    load_bench_flows,
    machine,
    percentile,
    prepare_nlu,
    redis_server,
)
from bot.app import open_app  # noqa: E402
from bot.core.messages import Reply, Turn  # noqa: E402
from bot.sessions import Session  # noqa: E402
from bot.sessions.redis import RedisSessionStore  # noqa: E402

SAMPLE_KEYS = 500
WHAT_IF_COPIES = 2000
BATCH = 50  # saves in flight at once (redis-py's asyncio pool holds 100 connections at most)


async def make_templates(url: str, folder: Path, count: int) -> list[Session]:
    """Sessions as the engine leaves them after a few turns, stopped at a question."""
    nlu = await asyncio.to_thread(prepare_nlu)
    app = await open_app(bench_settings(folder, backend="redis", redis_url=url, key_prefix="tpl"), nlu=nlu)
    flows = load_bench_flows()
    templates: list[Session] = []
    try:
        for n in range(count):
            rng = random.Random(n)
            user = SimUser(f"web:template-{n}", flows, rng)
            turns = rng.randint(1, 6)
            for done in range(12):
                turn = Turn(sender=user.sender, channel="web", text=user.next_message())
                replies = await app.engine.handle(turn)
                user.check([[button.payload for button in reply.buttons] for reply in replies])
                if done + 1 >= turns and user.waiting_at_question:
                    break
            session = await app.sessions.load(user.sender)
            assert session is not None
            templates.append(session)
    finally:
        await app.close()
    return templates


async def used_memory(client: Redis) -> int:
    info = await client.info("memory")
    return int(info["used_memory"])


async def measure_encoding(
    client: Redis, prefix: str, templates: list[Session], encode: Callable[[Session], bytes], copies: int
) -> tuple[float, float]:
    """(used_memory growth per key, mean MEMORY USAGE) for ``copies`` keys holding ``encode``."""
    before = await used_memory(client)
    async with client.pipeline(transaction=False) as pipe:
        for n in range(copies):
            template = templates[n % len(templates)]
            session = template.model_copy(update={"sender": f"web:{prefix}-{n:06d}"})
            pipe.set(f"whatif:{prefix}:session:{session.sender}", encode(session), px=86_400_000)
        await pipe.execute()
    after = await used_memory(client)
    sampled = [
        int(await client.memory_usage(f"whatif:{prefix}:session:web:{prefix}-{n:06d}", samples=0) or 0)
        for n in random.Random(1).sample(range(copies), min(copies, 300))
    ]
    async with client.pipeline(transaction=False) as pipe:
        for n in range(copies):
            pipe.delete(f"whatif:{prefix}:session:web:{prefix}-{n:06d}")
        await pipe.execute()
    return (after - before) / copies, statistics.fmean(sampled)


def _compact(session: Session) -> bytes:
    return session.model_dump_json(exclude_defaults=True).encode()


def _lean_data(session: Session) -> dict[str, Any]:
    """The session without defaults, its ``last_replies`` too (they are plain dicts to the
    session model, so ``exclude_defaults`` does not reach into them)."""
    data = session.model_dump(mode="json", exclude_defaults=True)
    if session.last_replies:
        data["last_replies"] = [
            Reply.model_validate(raw).model_dump(mode="json", exclude_defaults=True)
            for raw in session.last_replies
        ]
    return data


def _dumps(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def _lean(session: Session) -> bytes:
    return _dumps(_lean_data(session))


def _last_only(session: Session) -> bytes:
    """``last_replies`` cut to the last reply that has buttons (what numbers and labels are
    read against); "repeat" would then replay only that reply."""
    data = _lean_data(session)
    with_buttons = [reply for reply in data.get("last_replies") or [] if reply.get("buttons")]
    if with_buttons:
        data["last_replies"] = with_buttons[-1:]
    return _dumps(data)


def _without_replies(session: Session) -> bytes:
    data = _lean_data(session)
    data.pop("last_replies", None)
    return _dumps(data)


def _microseconds(function: Callable[[], object], rounds: int = 200) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        function()
    return (time.perf_counter() - started) / rounds * 1e6


async def run(args: argparse.Namespace, folder: Path) -> list[str]:
    with redis_server(folder / "redis") as url:
        templates = await make_templates(url, folder / "templates", args.templates)
        client: Redis = Redis.from_url(url)
        store = RedisSessionStore(Redis.from_url(url), "banshi", 86_400)
        try:
            server = await client.info("server")
            memory = await client.info("memory")
            redis_about = f"redis-server {server['redis_version']}, {memory['mem_allocator']}"
            await client.flushall()  # the templates' own keys and catalog
            await client.memory_purge()
            before = await used_memory(client)
            for start in range(0, args.sessions, BATCH):
                await asyncio.gather(
                    *(
                        store.save(
                            templates[n % len(templates)].model_copy(
                                update={"sender": f"web:idle-{n:06d}"}, deep=True
                            )
                        )
                        for n in range(start, min(start + BATCH, args.sessions))
                    )
                )
            after = await used_memory(client)
            keys = await client.dbsize()
            sample = random.Random(0).sample(range(args.sessions), min(args.sessions, SAMPLE_KEYS))
            usage = sorted(
                [
                    int(await client.memory_usage(store.key(f"web:idle-{n:06d}"), samples=0) or 0)
                    for n in sample
                ]
            )
            documents = [template.model_dump_json() for template in templates]
            sizes = sorted(len(document.encode()) for document in documents)
            replies = [
                len(json.dumps(t.model_dump(mode="json")["last_replies"], separators=(",", ":")).encode())
                for t in templates
            ]
            reply_counts = [len(t.last_replies) for t in templates]
            mid_flow = sum(t.flow is not None for t in templates)

            what_if: list[tuple[str, Callable[[Session], bytes]]] = [
                ("as stored now: model_dump_json()", lambda s: s.model_dump_json().encode()),
                ("model_dump_json(exclude_defaults=True)", _compact),
                ("... and each of last_replies without its defaults", _lean),
                ("... and zlib level 1 on the document", lambda s: zlib.compress(_lean(s), 1)),
                ("... and zlib level 6 on the document", lambda s: zlib.compress(_lean(s), 6)),
                ("lean, last_replies = only the last reply with buttons", _last_only),
                ("lean, without last_replies (the floor)", _without_replies),
            ]
            measured = []
            for n, (label, encode) in enumerate(what_if):
                per_key, mean_usage = await measure_encoding(
                    client, str(n), templates, encode, min(WHAT_IF_COPIES, args.sessions)
                )
                mean_bytes = statistics.fmean(len(encode(t)) for t in templates)
                measured.append((label, mean_bytes, mean_usage, per_key))
        finally:
            await store.close()
            await client.aclose()

    per_session = (after - before) / args.sessions
    lines = [
        redis_about,
        f"{args.sessions} idle sessions stored ({keys} keys) from {len(templates)} walked conversations"
        f" ({mid_flow} of them waiting mid-flow at a question)",
        f"used_memory growth     {per_session:8.0f} bytes per session   (target <= 2048)",
        f"MEMORY USAGE per key   {statistics.fmean(usage):8.0f} bytes mean, p50 {percentile(usage, 0.5):.0f},"
        f" max {usage[-1]}   ({len(usage)} keys sampled)",
        f"JSON document          {statistics.fmean(sizes):8.0f} bytes mean, p50 {percentile(sizes, 0.5):.0f},"
        f" max {sizes[-1]}",
        f"  of which last_replies{statistics.fmean(replies):8.0f} bytes mean"
        f" ({statistics.fmean(replies) / statistics.fmean(sizes) * 100:.0f}%),"
        f" {statistics.fmean(reply_counts):.1f} replies kept on average (max {max(reply_counts)})",
        "what-if encodings (document bytes / MEMORY USAGE / used_memory growth per key):",
    ]
    for label, mean_bytes, mean_usage, per_key in measured:
        lines.append(f"  {label:<56} {mean_bytes:6.0f} / {mean_usage:6.0f} / {per_key:6.0f} bytes")
    largest = max(templates, key=lambda t: len(t.model_dump_json()))
    lean = _lean(largest)
    packed = zlib.compress(lean, 6)
    lines.append(
        f"zlib on the largest document ({len(lean)} bytes lean): compress level 1"
        f" {_microseconds(lambda: zlib.compress(lean, 1)):.0f} µs, level 6"
        f" {_microseconds(lambda: zlib.compress(lean, 6)):.0f} µs; decompress"
        f" {_microseconds(lambda: zlib.decompress(packed)):.0f} µs"
    )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000, help="sessions to store (10000)")
    parser.add_argument("--templates", type=int, default=300, help="conversations walked (300)")
    args = parser.parse_args()
    print(f"Banshi session memory in Redis ({machine()}; Python {sys.version.split()[0]})", flush=True)
    with tempfile.TemporaryDirectory(prefix="banshi-memory-") as folder:
        lines = asyncio.run(run(args, Path(folder)))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
