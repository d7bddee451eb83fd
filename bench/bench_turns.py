"""In-process turn latency and throughput of the whole engine on one core, SQLite and Redis.

    .venv/bin/python bench/bench_turns.py [--seconds S] [--users N]

Builds the application with ``open_app`` twice: on SQLite in a temporary folder, and on
Redis (a private ``redis-server`` on a free loopback port, stopped at the end). The same
built-in NLU model serves both (``var/nlu/model.pkl``, trained there first if missing or
stale). Simulated residents (``bench/_support.py``: SimUser) take turns one message at a
time, round robin: an opening question in their own words (身份证丢了怎么办...), buttons
pressed with payloads taken from the previous replies or typed numbers ("2"), a lookup typed
at the "anything else?" step, "done", 谢谢, then another service; every reply is checked.

A turn is ``Engine.handle`` (load the session, NLU, flow, guide lookups, save the session)
plus rendering every reply and button label, as a channel does; HTTP is not included (see
bench_load.py). Targets (issue "Reliability, security and scale"): p99 <= 10 ms with SQLite,
<= 20 ms with Redis on loopback, >= 500 turns/s per worker.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._support import (  # noqa: E402
    SimUser,
    bench_settings,
    load_bench_flows,
    machine,
    other_cores,
    percentile,
    pin_to_one_core,
    prepare_nlu,
    redis_server,
)
from bot.app import open_app  # noqa: E402
from bot.core.messages import Turn  # noqa: E402
from bot.settings import Settings  # noqa: E402
from nlu import NLUEngine  # noqa: E402

IN_FLIGHT = 32  # turns at once in the throughput run (different senders)


def _kind(text: str) -> str:
    if text.startswith("/"):
        return "button"
    if text.isdigit():
        return "number"
    return "text (NLU)"


async def measure(label: str, settings: Settings, nlu: NLUEngine, users: int, seconds: float) -> list[str]:
    app = await open_app(settings, nlu=nlu)
    engine, i18n = app.engine, app.i18n
    flows = load_bench_flows()
    sims = [SimUser(f"web:bench-{n}", flows, random.Random(n)) for n in range(users)]
    outcomes: Counter[str] = Counter()
    handle_ms: list[float] = []
    turn_ms: list[float] = []
    by_kind: dict[str, list[float]] = {}

    async def one(sim: SimUser, record: bool) -> None:
        text = sim.next_message()
        started = time.perf_counter_ns()
        replies = await engine.handle(Turn(sender=sim.sender, channel="web", text=text))
        handled = time.perf_counter_ns()
        for reply in replies:  # what a channel does with them
            engine.render(reply)
            for button in reply.buttons:
                i18n.render(button.label, reply.locale)
        done = time.perf_counter_ns()
        outcome = sim.check([[button.payload for button in reply.buttons] for reply in replies])
        if record:
            outcomes[outcome] += 1
            handle_ms.append((handled - started) / 1e6)
            turn_ms.append((done - started) / 1e6)
            by_kind.setdefault(_kind(text), []).append((done - started) / 1e6)

    try:
        for sim in sims[: min(200, users)]:  # warm-up: caches, connections, code paths
            await one(sim, record=False)
        deadline = time.perf_counter() + seconds
        started = time.perf_counter()
        count = 0
        while time.perf_counter() < deadline:
            for sim in sims:
                await one(sim, record=True)
                count += 1
                if count % 64 == 0 and time.perf_counter() >= deadline:
                    break
        wall = time.perf_counter() - started
        # Throughput with several turns in flight, as a worker serving many users runs them:
        # one turn's waits (Redis round trips, SQLite's fsync) overlap with others' work.
        in_flight, done = 0, 0
        queue = list(sims)
        concurrent_deadline = time.perf_counter() + seconds / 3
        begun = time.perf_counter()

        async def lane() -> None:
            nonlocal done
            while time.perf_counter() < concurrent_deadline:
                sim = queue.pop(0)
                await one(sim, record=False)
                queue.append(sim)  # one turn at a time per sender: back of the line
                done += 1

        in_flight = min(IN_FLIGHT, users // 2)
        await asyncio.gather(*(lane() for _ in range(in_flight)))
        concurrent_rate = done / (time.perf_counter() - begun)
    finally:
        await app.close()

    turn_ms.sort()
    handle_ms.sort()
    flows_done = sum(sim.flows_done for sim in sims)
    lines = [
        f"{label}",
        f"  turns                {len(turn_ms):8d}    ({users} senders, {flows_done} flows to the end)",
        f"  turn p50             {percentile(turn_ms, 0.50):8.2f} ms",
        f"  turn p90             {percentile(turn_ms, 0.90):8.2f} ms",
        f"  turn p99             {percentile(turn_ms, 0.99):8.2f} ms",
        f"  turn max             {turn_ms[-1]:8.2f} ms",
        f"  turn mean            {statistics.fmean(turn_ms):8.2f} ms",
        f"  engine.handle p50/99 {percentile(handle_ms, 0.50):8.2f} / {percentile(handle_ms, 0.99):.2f} ms"
        "   (without rendering)",
        f"  throughput           {len(turn_ms) / wall:8.0f} turns/s on one core, one turn at a time",
        f"  throughput           {concurrent_rate:8.0f} turns/s on one core, {in_flight} turns in flight",
    ]
    for kind, values in sorted(by_kind.items()):
        values.sort()
        lines.append(
            f"  {kind:<20} {percentile(values, 0.5):8.2f} / {percentile(values, 0.99):.2f} ms p50/p99"
            f"  ({len(values)} turns)"
        )
    checked = ", ".join(f"{name} {outcomes[name]}" for name in ("ok", "lost", "out_of_order"))
    lines.append(f"  replies checked      {checked}")
    return lines


async def run(seconds: float, users: int, folder: Path) -> list[str]:
    started = time.perf_counter()
    nlu = await asyncio.to_thread(prepare_nlu)
    setup = f"NLU model ready in {time.perf_counter() - started:.1f} s"
    lines = [setup]
    sqlite = bench_settings(folder / "sqlite", backend="sqlite")
    lines += await measure("SQLite (WAL, a file in a temporary folder)", sqlite, nlu, users, seconds)
    with redis_server(folder / "redis", other_cores()) as url:
        redis = bench_settings(folder / "redis", backend="redis", redis_url=url)
        lines += await measure("Redis (a private redis-server on loopback)", redis, nlu, users, seconds)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--seconds", type=float, default=15.0, help="latency run per backend; the throughput run is 1/3 (15)"
    )
    parser.add_argument("--users", type=int, default=500, help="simulated senders, round robin (500)")
    args = parser.parse_args()

    pinning = pin_to_one_core()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"Banshi turn benchmark ({pinning}; {machine()}; Python {sys.version.split()[0]};"
        f" load average {load:.2f} before the run)",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="banshi-bench-") as folder:
        lines = asyncio.run(run(args.seconds, args.users, Path(folder)))
    print("\n".join(lines))
    print("targets: p99 <= 10 ms (SQLite), <= 20 ms (Redis); >= 500 turns/s per worker")


if __name__ == "__main__":
    main()
