"""A load test of `banshi run` on loopback: many simulated residents walking flows through the
web channel, against 1 and 2 worker processes.

    .venv/bin/python bench/bench_load.py [--users N] [--seconds S] [--think A-B] [--per-worker C]

For each configuration — SQLite with 1 worker (the embedded setup), Redis with 1 worker,
Redis with 2 workers — the script starts a private ``redis-server`` and the workers
(``python -m bot run`` on free loopback ports, all sharing one Redis), then runs ``--users``
simulated residents (``bench/_support.py``: SimUser) through ``POST /webhooks/rest/webhook``
with one aiohttp connection pool, each message to the next worker in turn (so one user's
turns hop between workers). Each user sends one message at a time and checks that every
answer is the expected next step of the flow: a question that did not advance counts as a
lost reply, a skipped or unexpected step as out of order (a duplicated or misapplied turn).

Two phases per configuration, ``--seconds`` each: *paced*, every user thinking ``--think``
seconds between messages (a phone user reading and tapping), and *flat out*, no thinking
(throughput at saturation; latency there is mostly queueing). The workers' own
``banshi_turns_total`` and ``banshi_errors_total`` (GET /metrics) are compared with what the
users sent, and their most frequent warnings and errors are listed. The per-sender rate
limit is raised to its maximum (the users are few and busy). With ``--per-worker C`` at most
C requests are in flight to each worker and the rest wait in line, first come first served,
as behind a balancer with a per-server ``maxconn``; by default every user's request goes
straight in. Every process binds 127.0.0.1 and is stopped at the end (SIGTERM; the exit
code is reported). Figures only, no assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import resource
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._support import (  # noqa: E402
    ALL_CPUS,
    SimUser,
    apology_texts,
    free_port,
    load_bench_flows,
    machine,
    percentile,
    pin,
    prepare_nlu,
    redis_server,
    write_config,
)
from bot.dialogue.flows.schema import Flow  # noqa: E402

START_TIMEOUT_S = 120
REQUEST_TIMEOUT_S = 30
WEBHOOK = "/webhooks/rest/webhook"


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    completed: int = 0
    in_window: int = 0  # turns answered before the deadline (the throughput)
    deadline: float = 0.0
    seconds: float = 0.0
    elapsed: float = 0.0


class Worker:
    """One `banshi run` process on a free loopback port."""

    def __init__(self, config: Path, folder: Path, core: int | None) -> None:
        self.config = config
        self.port = free_port()
        self.log_path = folder / f"worker-{self.port}.log"
        self.core = core
        self.process: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BANSHI_")}
        env.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
        with self.log_path.open("wb") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "--config", str(self.config), "run",
                "--host", "127.0.0.1", "--port", str(self.port),
                cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=log,
            )  # fmt: skip
        if self.core is not None:
            pin(self.process.pid, [self.core])
        assert self.process.stdout is not None
        try:
            line = await asyncio.wait_for(self.process.stdout.readline(), START_TIMEOUT_S)
        except TimeoutError:
            line = b""
        if b"Banshi is running" not in line:
            await self.stop()
            tail = self.log_path.read_text(errors="replace")[-2000:]
            raise SystemExit(f"a worker did not start on port {self.port}:\n{tail}")

    async def stop(self) -> int | None:
        process = self.process
        if process is None:
            return None
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), 30)
            except TimeoutError:
                process.kill()
                await process.wait()
        return process.returncode


async def _metric_sum(http: aiohttp.ClientSession, worker: Worker, name: str) -> float:
    async with http.get(f"{worker.url}/metrics") as response:
        text = await response.text()
    total = 0.0
    for line in text.splitlines():
        if line.startswith(name + "{") and 'channel="web"' in line:
            total += float(line.rsplit(" ", 1)[1])
    return total


def _parse_think(text: str) -> tuple[float, float]:
    low, _, high = text.partition("-")
    return float(low), float(high or low)


class LoadRun:
    def __init__(
        self, workers: list[Worker], users: list[SimUser], http: aiohttp.ClientSession, per_worker: int
    ) -> None:
        self.workers = workers
        # Without a cap every user's request goes straight to its worker (a plain L4
        # balancer); with one, requests beyond it wait in line here, first come first served,
        # as behind an L7 balancer with a per-server maxconn (HAProxy, nginx upstream queue).
        self.slots = [asyncio.Semaphore(per_worker) if per_worker else None for _ in workers]
        self.users = users
        self.http = http
        self.apologies = apology_texts()
        self.sent = 0  # requests started (round robin counter)
        self.answered = 0  # requests that got an HTTP response

    async def _one(self, user: SimUser, phase: Phase, record: bool) -> None:
        index = self.sent % len(self.workers)
        self.sent += 1
        worker, slot = self.workers[index], self.slots[index]
        text = user.next_message()
        started = time.perf_counter()
        try:
            async with (
                slot or contextlib.nullcontext(),
                self.http.post(
                    worker.url + WEBHOOK, json={"sender": user.sender, "message": text}
                ) as response,
            ):
                status = response.status
                body: Any = await response.json(content_type=None)
            self.answered += 1
        except (aiohttp.ClientError, TimeoutError) as exc:
            phase.errors[type(exc).__name__] += 1
            user.reset()  # the user starts over; counted as an error, not as a lost reply
            return
        elapsed = time.perf_counter() - started
        if status != 200 or not isinstance(body, list):
            phase.errors[f"HTTP {status}"] += 1
            user.reset()
            return
        if any(item.get("text") in self.apologies for item in body):
            phase.errors["apology (the turn failed in the worker)"] += 1
            user.reset()
            return
        outcome = user.check([[button["payload"] for button in item.get("buttons", [])] for item in body])
        if record:
            phase.latencies.append(elapsed)
            phase.outcomes[outcome] += 1
            phase.completed += 1
            if time.perf_counter() <= phase.deadline:
                phase.in_window += 1

    async def phase(self, name: str, seconds: float, think: tuple[float, float]) -> Phase:
        phase = Phase(name, seconds=seconds)
        started = time.perf_counter()
        deadline = phase.deadline = started + seconds

        arrival = max(1.0, think[1])  # users arrive spread over this many seconds

        async def walk(user: SimUser, rng: random.Random) -> None:
            await asyncio.sleep(rng.uniform(0, arrival))
            while time.perf_counter() < deadline:
                await self._one(user, phase, record=True)
                if think[1] > 0:
                    await asyncio.sleep(rng.uniform(*think))

        await asyncio.gather(*(walk(user, random.Random(n)) for n, user in enumerate(self.users)))
        phase.elapsed = time.perf_counter() - started
        return phase


def _report(label: str, phase: Phase, users: int) -> list[str]:
    latencies = sorted(phase.latencies)
    ms = [value * 1000 for value in latencies]
    errors = sum(phase.errors.values())
    detail = f" ({', '.join(f'{k} {v}' for k, v in sorted(phase.errors.items()))})" if errors else ""
    return [
        f"  {label:<9} {phase.in_window / phase.seconds:7.0f} turns/s   p50 {percentile(ms, 0.5):7.1f} ms"
        f"   p99 {percentile(ms, 0.99):7.1f} ms   max {ms[-1] if ms else float('nan'):7.1f} ms"
        f"   ({phase.completed} turns, {users} users)",
        f"            errors {errors}{detail}   lost {phase.outcomes['lost']}"
        f"   out of order/duplicated {phase.outcomes['out_of_order']}   checked ok {phase.outcomes['ok']}",
    ]


async def run_configuration(
    label: str,
    backend: str,
    worker_count: int,
    args: argparse.Namespace,
    flows: dict[str, Flow],
    folder: Path,
) -> list[str]:
    await asyncio.to_thread(folder.mkdir, parents=True)
    cores: list[int | None] = [ALL_CPUS[n % len(ALL_CPUS)] for n in range(worker_count)] if ALL_CPUS else []
    cores = cores or [None] * worker_count
    # With one worker the load generator and Redis keep to the other cores.
    rest = [core for core in ALL_CPUS if core not in cores] if worker_count < len(ALL_CPUS) else []
    if rest:
        pin(0, rest)
    lines = [f"{label}"]
    with redis_server(folder / "redis", rest) as url:
        if args.redis_query:
            url += "?" + args.redis_query
        config = write_config(folder, backend=backend, redis_url=url if backend == "redis" else None)
        workers = [Worker(config, folder, core) for core in cores]
        try:
            for worker in workers:  # one after the other: the first loads the catalog into Redis
                await worker.start()
            connector = aiohttp.TCPConnector(limit=args.users + 16)
            timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
            async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:
                users = [
                    SimUser(f"load-{label[:1]}{worker_count}-{n}", flows, random.Random(n))
                    for n in range(args.users)
                ]
                warm_ups = 0
                for n, worker in enumerate(workers):  # the first parses set up the tokenizers
                    for text in ("身份证丢了怎么办", "hello", "2"):
                        body = {"sender": f"warm-up-{n}", "message": text}
                        async with http.post(worker.url + WEBHOOK, json=body) as response:
                            await response.read()
                        warm_ups += 1
                load = LoadRun(workers, users, http, args.per_worker)
                cpu_before = resource.getrusage(resource.RUSAGE_SELF)
                wall_before = time.perf_counter()
                paced = await load.phase("paced", args.seconds, _parse_think(args.think))
                flat = await load.phase("flat out", args.seconds, (0.0, 0.0))
                wall = time.perf_counter() - wall_before
                cpu = resource.getrusage(resource.RUSAGE_SELF)
                client_cpu = cpu.ru_utime + cpu.ru_stime - cpu_before.ru_utime - cpu_before.ru_stime
                answered = load.answered
                turns = sum([await _metric_sum(http, worker, "banshi_turns_total") for worker in workers])
                turns -= warm_ups
                errors = sum([await _metric_sum(http, worker, "banshi_errors_total") for worker in workers])
            lines += _report(f"paced {args.think} s", paced, args.users)
            lines += _report("flat out", flat, args.users)
            lines.append(
                f"  workers counted {turns:.0f} turns for {answered} answered requests"
                f" ({'equal' if round(turns) == answered else 'DIFFERENT'}), {errors:.0f} turn errors;"
                f" load generator used {client_cpu / wall * 100:.0f}% of a core"
            )
        finally:
            codes = [await worker.stop() for worker in workers]
            if ALL_CPUS:
                pin(0, ALL_CPUS)
    lines.append(f"  workers stopped by SIGTERM with exit codes {codes}")
    lines += _log_summary(workers)
    return lines


def _log_summary(workers: list[Worker]) -> list[str]:
    """The workers' most frequent warnings and errors (first line of each, without the time)."""
    seen: Counter[str] = Counter()
    for worker in workers:
        for line in worker.log_path.read_text(errors="replace").splitlines():
            parts = line.split(" ", 3)
            if len(parts) == 4 and parts[2] in ("WARNING", "ERROR", "CRITICAL"):
                seen[f"{parts[2]} {parts[3][:160]}"] += 1
    return [f"  worker log, {count}x: {text}" for text, count in seen.most_common(4)]


async def main_async(args: argparse.Namespace) -> list[str]:
    started = time.perf_counter()
    await asyncio.to_thread(prepare_nlu)  # trained once here (if stale), not by every worker
    lines = [f"NLU model ready in {time.perf_counter() - started:.1f} s"]
    if args.redis_query:
        lines.append(f"workers' Redis URL ends with ?{args.redis_query}")
    cap = f"at most {args.per_worker} connections per worker" if args.per_worker else "no cap"
    lines.append(f"{args.users} users, one connection pool ({cap}), phases of {args.seconds:g} s")
    flows = load_bench_flows()
    configurations = [("SQLite, 1 worker", "sqlite", 1), ("Redis, 1 worker", "redis", 1)]
    configurations.append(("Redis, 2 workers", "redis", 2))
    if args.only:
        configurations = [c for c in configurations if args.only.lower() in c[0].lower()]
    with tempfile.TemporaryDirectory(prefix="banshi-load-") as folder:
        for n, (label, backend, count) in enumerate(configurations):
            print(f"... {label}", file=sys.stderr, flush=True)
            lines += await run_configuration(label, backend, count, args, flows, Path(folder) / str(n))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--users", type=int, default=500, help="concurrent simulated users (500)")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of each phase (10)")
    parser.add_argument("--think", default="1-3", help="think time between messages, paced phase (1-3)")
    parser.add_argument(
        "--redis-query",
        default="",
        help="appended to the workers' Redis URL, e.g. max_connections=2000 (redis-py pool size)",
    )
    parser.add_argument(
        "--per-worker",
        type=int,
        default=0,
        help="connections to each worker at most, the rest queue (as a balancer's maxconn); 0: no cap",
    )
    parser.add_argument("--only", help="run the configurations whose name contains this (e.g. redis)")
    args = parser.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"Banshi load test on loopback ({machine()}; Python {sys.version.split()[0]};"
        f" load average {load:.2f} before the run)",
        flush=True,
    )
    lines = asyncio.run(main_async(args))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
