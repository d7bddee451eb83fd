"""Several ``banshi run`` workers sharing one Redis, and the faults they must survive.

Real processes on loopback: a redis-server started here on a free port (so a test can stop
and restart it; append-only file fsynced on every write, so data survives the restart) and
``banshi run`` workers on their own free ports, loading the session-trained NLU model. One
user talks to both workers in turn, or to both at once; Redis goes away and comes back; a
worker is SIGKILLed after a turn and in the middle of one. Also unit tests of the sender
locks (bot/locks.py) against the shared test redis-server.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import sys
import time
import uuid
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import aiohttp
import pytest
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError

from bot.app import App, open_app
from bot.core.messages import Reply, Turn
from bot.locks import LocalSenderLock, LockTimeout, RedisSenderLock
from nlu import BuiltinNLU, NLUConfig
from tests.conftest import GUIDES, LOCALES, NLU_DATA, ROOT, free_port, project_settings

START_TIMEOUT_S = 90  # a worker loading the trained model and the catalog
STOP_TIMEOUT_S = 30
REDIS_START_TIMEOUT_S = 15
HTTP_TIMEOUT_S = 30
SHORT_LOCK_S = 2.0  # BANSHI_LIMITS__SENDER_LOCK_TIMEOUT_S in the SIGKILL tests

# What each step of the ID-card flow says (locales/zh-Hans), to recognize the answers.
ASK_REASON = "您这次办身份证是因为？"
ASK_AGE = "办证的人多大了？"
LOST_TIP = "可以在补领的同时申请临时身份证"
ASK_MORE = "还想了解什么？"
FEES = "”的费用："
OFFICES = "可以到这些地方办"
DONE = "祝您办事顺利"
APOLOGY = "抱歉，系统刚才出了点问题"
HOTLINE = "12345"


@pytest.fixture(scope="module")
def redis_binary() -> str:
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is not installed, and CI requires it (.ci/run installs it)")
        pytest.skip("redis-server is not installed; install it (apt-get install redis-server) to run these")
    return binary


# -- a redis-server this module controls -------------------------------------------------------


class RedisServer:
    """redis-server on 127.0.0.1:``port`` persisting to ``workdir`` (an append-only file
    fsynced on every write), which can be stopped and started again on the same port."""

    def __init__(self, binary: str, workdir: Path) -> None:
        self.binary = binary
        self.workdir = workdir
        self.port = free_port()
        self.process: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--protected-mode", "yes",
            "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir", str(self.workdir),
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + REDIS_START_TIMEOUT_S
        client = Redis.from_url(self.url, socket_timeout=1, socket_connect_timeout=1)
        try:
            while True:
                try:
                    if await client.ping():  # also waits out loading the append-only file
                        return
                except RedisError:
                    pass
                if self.process.returncode is not None or time.monotonic() > deadline:
                    await self.stop()
                    pytest.fail(f"redis-server did not start on port {self.port}")
                await asyncio.sleep(0.05)
        finally:
            await client.aclose()

    async def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.returncode is not None:
            return
        process.terminate()
        try:
            await asyncio.wait_for(process.wait(), STOP_TIMEOUT_S)
        except TimeoutError:
            process.kill()
            await process.wait()

    def client(self) -> Redis:
        return Redis.from_url(self.url, socket_timeout=5, socket_connect_timeout=5)


# -- banshi run workers ------------------------------------------------------------------------


@dataclass
class Worker:
    name: str
    port: int
    process: asyncio.subprocess.Process
    stderr: list[str] = field(default_factory=list)
    drains: list[asyncio.Task[None]] = field(default_factory=list)
    logged: asyncio.Condition = field(default_factory=asyncio.Condition)

    @property
    def webhook(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhooks/rest/webhook"

    def log_count(self, text: str) -> int:
        return sum(text in line for line in self.stderr)

    async def wait_for_log(self, text: str, count: int, timeout_s: float = 10) -> None:
        """Lines are read from the pipe in the background: give them a moment to arrive."""
        async with self.logged:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.logged.wait_for(lambda: self.log_count(text) >= count), timeout_s)

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), STOP_TIMEOUT_S)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
        for task in self.drains:
            task.cancel()
        await asyncio.gather(*self.drains, return_exceptions=True)

    async def kill(self) -> None:
        self.process.kill()  # SIGKILL: no cleanup of any kind
        await asyncio.wait_for(self.process.wait(), STOP_TIMEOUT_S)


async def _drain(stream: asyncio.StreamReader, worker: Worker | None = None) -> None:
    while line := await stream.readline():
        if worker is not None:
            async with worker.logged:
                worker.stderr.append(line.decode(errors="replace"))
                worker.logged.notify_all()


class Workers:
    """Starts ``banshi run`` processes and stops every one of them at the end."""

    def __init__(self, tmp_path: Path, model_path: Path) -> None:
        self.config = tmp_path / "config.yml"
        self.config.write_text(
            f"locales_path: {LOCALES}\nguides: {{path: {GUIDES}}}\ndialogues_path: {ROOT / 'dialogues'}\n"
            f"storage: {{sqlite_path: {tmp_path / 'unused.db'}}}\n"
            f"nlu: {{data_path: {NLU_DATA}, model_path: {model_path}}}\n",
            encoding="utf-8",
        )
        self.started: list[Worker] = []

    async def start(self, name: str, redis_url: str, **settings: str) -> Worker:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BANSHI_")}
        env |= {"BANSHI_STORAGE__BACKEND": "redis", "BANSHI_REDIS__URL": redis_url, **settings}
        port = free_port()
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "--config", str(self.config), "run", "--host", "127.0.0.1",
            "--port", str(port), cwd=ROOT, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        worker = Worker(name, port, process)
        self.started.append(worker)
        assert process.stdout is not None and process.stderr is not None
        worker.drains.append(asyncio.create_task(_drain(process.stderr, worker)))
        try:
            line = (await asyncio.wait_for(process.stdout.readline(), START_TIMEOUT_S)).decode()
        except TimeoutError:
            pytest.fail(f"worker {name} did not start within {START_TIMEOUT_S} s")
        if "Banshi is running" not in line:
            await asyncio.wait_for(process.wait(), STOP_TIMEOUT_S)
            pytest.fail(f"worker {name} did not start: {''.join(worker.stderr)[-2000:]}")
        assert f"http://127.0.0.1:{port}/" in line
        worker.drains.append(asyncio.create_task(_drain(process.stdout)))
        return worker

    async def start_many(self, redis_url: str, count: int = 2, **settings: str) -> list[Worker]:
        names = "ABCDEFGH"[:count]
        return list(await asyncio.gather(*(self.start(name, redis_url, **settings) for name in names)))

    async def stop_all(self) -> None:
        await asyncio.gather(*(worker.stop() for worker in self.started), return_exceptions=True)


@pytest.fixture
async def redis_server(redis_binary: str, tmp_path: Path) -> AsyncIterator[RedisServer]:
    workdir = tmp_path / "redis"
    workdir.mkdir()
    server = RedisServer(redis_binary, workdir)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def workers(tmp_path: Path, engine: BuiltinNLU, nlu_config: NLUConfig) -> AsyncIterator[Workers]:
    """``engine`` trains the session's model and saves it where ``nlu_config`` points."""
    started = Workers(tmp_path, nlu_config.model_path)
    try:
        yield started
    finally:
        await started.stop_all()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=HTTP_TIMEOUT_S)) as session:
        yield session


# -- one user's side of the conversation -------------------------------------------------------


@dataclass
class User:
    http: aiohttp.ClientSession
    name: str
    last: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sender(self) -> str:
        return f"web:{self.name}"  # how the web channel files the session

    async def say(self, worker: Worker, message: str) -> list[dict[str, Any]]:
        body = {"sender": self.name, "message": message}
        async with self.http.post(worker.webhook, json=body) as response:
            raw = await response.text()
            assert response.status == 200, raw
        assert "Traceback" not in raw
        items: list[dict[str, Any]] = json.loads(raw)
        assert items, "every message gets an answer"
        self.last = items
        return items

    async def press(self, worker: Worker, title: str) -> list[dict[str, Any]]:
        """Press a button of the last answer, as the chat page does (its payload as the message)."""
        buttons = {button["title"]: button["payload"] for item in self.last for button in item["buttons"]}
        assert title in buttons, f"no button {title!r} in {list(buttons)}"
        return await self.say(worker, buttons[title])


def text(items: list[dict[str, Any]]) -> str:
    return "\n".join(item["text"] for item in items)


def count(items: list[dict[str, Any]], needle: str) -> int:
    return text(items).count(needle)


def step_answered(items: list[dict[str, Any]]) -> str:
    """Which answer of the ID-card flow this is, after the reason question was asked and the
    user sends "2" again and again: the age question, the checklist, or the fees."""
    found = [
        name
        for name, matches in (
            ("age", count(items, ASK_AGE) == 1),
            ("checklist", any(item["kind"] == "checklist" for item in items)),
            ("fees", count(items, FEES) == 1),
        )
        if matches
    ]
    assert len(found) == 1, text(items)
    return found[0]


async def stored_flow(client: Redis, sender: str) -> dict[str, Any] | None:
    """The flow state of a committed session, read straight from Redis."""
    raw = await client.get(f"banshi:session:{sender}")
    assert isinstance(raw, bytes), f"no session stored for {sender}"
    flow: dict[str, Any] | None = json.loads(zlib.decompress(raw))["flow"]  # stored compressed
    return flow


# -- two workers, one user ---------------------------------------------------------------------


async def test_two_workers_serve_one_user_alternately_through_a_whole_flow(
    redis_server: RedisServer, workers: Workers, http: aiohttp.ClientSession
) -> None:
    a, b = await workers.start_many(redis_server.url)
    user = User(http, "alternating")
    client = redis_server.client()
    try:
        items = await user.say(a, "我想办身份证")
        assert count(items, ASK_REASON) == 1
        assert (await stored_flow(client, user.sender)) is not None

        items = await user.press(b, "丢了")
        assert count(items, ASK_AGE) == 1
        flow = await stored_flow(client, user.sender)
        assert flow is not None and (flow["step_id"], flow["answers"]) == ("age", {"reason": "lost"})

        items = await user.press(a, "16岁及以上")
        assert count(items, LOST_TIP) == 1
        assert [item["kind"] for item in items].count("checklist") == 1
        assert count(items, ASK_MORE) == 1
        flow = await stored_flow(client, user.sender)
        assert flow is not None and flow["step_id"] == "more"

        items = await user.press(b, "要多少钱")
        assert count(items, FEES) == 1 and count(items, ASK_MORE) == 1
        items = await user.say(a, "1")  # the first choice: where to go
        assert count(items, OFFICES) == 1 and count(items, ASK_MORE) == 1
        flow = await stored_flow(client, user.sender)
        assert flow is not None and flow["answers"] == {
            "reason": "lost",
            "age": "age_16_plus",
            "more": "offices",
        }

        items = await user.press(b, "清楚了，谢谢")
        assert count(items, DONE) == 1
        assert await stored_flow(client, user.sender) is None  # the flow is over
        assert await client.keys("banshi:lock:*") == []  # every lock released
    finally:
        await client.aclose()


async def test_a_burst_for_one_sender_across_two_workers_is_served_one_turn_at_a_time(
    redis_server: RedisServer, workers: Workers, http: aiohttp.ClientSession
) -> None:
    a, b = await workers.start_many(redis_server.url)
    users = [User(http, f"burst-{n}") for n in range(4)]
    client = redis_server.client()
    try:
        for user in users:
            assert count(await user.say(a, "我想办身份证"), ASK_REASON) == 1

        # "2" three times at once for every user, to both workers: the 2nd reason (expired),
        # then the 2nd age (16+, which shows the checklist), then the 2nd "more" (fees).
        # Served one at a time, each answer is a different step; two turns reading the same
        # session would both answer the same step and one of them would be lost.
        burst = [(user, (a, b)[n % 2]) for user in users for n in range(3)]
        answers = await asyncio.gather(*(user.say(worker, "2") for user, worker in burst))

        for user in users:
            steps = [
                step_answered(items) for (who, _), items in zip(burst, answers, strict=True) if who is user
            ]
            assert sorted(steps) == ["age", "checklist", "fees"]
            flow = await stored_flow(client, user.sender)
            assert flow is not None
            assert flow["step_id"] == "more"
            assert flow["answers"] == {"reason": "expired", "age": "age_16_plus", "more": "fees"}
            assert flow["history"] == ["reason", "age", "more"]
        assert await client.keys("banshi:lock:*") == []
    finally:
        await client.aclose()


# -- Redis goes away and comes back --------------------------------------------------------------


async def test_redis_outage_gets_an_apology_and_the_conversation_resumes_after_it(
    redis_server: RedisServer, workers: Workers, http: aiohttp.ClientSession
) -> None:
    a, b = await workers.start_many(redis_server.url)
    user = User(http, "outage")
    assert count(await user.say(a, "我想办身份证"), ASK_REASON) == 1
    assert count(await user.press(b, "丢了"), ASK_AGE) == 1

    await redis_server.stop()
    for worker in (a, b, a):
        started = time.monotonic()
        items = await user.say(worker, "16岁及以上")  # 200, and no traceback (checked in say)
        assert time.monotonic() - started < 10  # the client's timeouts, not a hang
        assert len(items) == 1
        assert APOLOGY in items[0]["text"] and HOTLINE in items[0]["text"]
        assert items[0]["lang"] == "zh-Hans"
    assert a.process.returncode is None and b.process.returncode is None  # no crash
    await a.wait_for_log("web turn failed: ConnectionError", 2)
    await b.wait_for_log("web turn failed: ConnectionError", 1)
    assert a.log_count("web turn failed") == 2  # once per failed turn
    assert b.log_count("web turn failed") == 1
    assert not any("Traceback" in line for line in a.stderr + b.stderr)

    await redis_server.start()  # the same port, the same append-only file
    items = await user.say(b, "16岁及以上")  # sent again, as the apology asks
    assert count(items, LOST_TIP) == 1 and count(items, ASK_MORE) == 1
    items = await user.say(a, "2")
    assert count(items, FEES) == 1
    client = redis_server.client()
    try:
        flow = await stored_flow(client, user.sender)
    finally:
        await client.aclose()
    assert flow is not None
    assert flow["answers"] == {"reason": "lost", "age": "age_16_plus", "more": "fees"}


class RedisProxy:
    """A TCP proxy in front of Redis that fails a worker at an exact point of a turn.

    Armed with some bytes, it acts on the first command that contains them, before
    forwarding it: ``freeze`` never forwards that command (the worker hangs mid-turn holding
    its sender lock, until it is killed); ``cut`` drops every connection and stops listening
    (Redis gone mid-turn) until :meth:`start` is called again.
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.port = 0
        self.triggered = asyncio.Event()
        self._trigger: bytes | None = None
        self._action: Literal["freeze", "cut"] = "freeze"
        self._closing = asyncio.Event()
        self._servers: list[asyncio.Server] = []
        self._writers: list[asyncio.StreamWriter] = []
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def arm(self, trigger: bytes, action: Literal["freeze", "cut"]) -> None:
        self._trigger, self._action = trigger, action
        self.triggered.clear()

    async def start(self) -> None:
        server = await asyncio.start_server(self._connect, "127.0.0.1", self.port)
        self._servers.append(server)
        self.port = server.sockets[0].getsockname()[1]

    async def _connect(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.append(writer)
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        except OSError:
            writer.close()
            return
        self._writers.append(up_writer)
        pumps = {
            asyncio.create_task(self._pump(reader, up_writer, inspect=True)),
            asyncio.create_task(self._pump(up_reader, writer, inspect=False)),
        }
        self._tasks |= pumps
        await asyncio.wait(pumps, return_when=asyncio.FIRST_COMPLETED)
        for stream in (writer, up_writer):
            stream.close()

    async def _pump(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter, *, inspect: bool) -> None:
        tail = b""
        with contextlib.suppress(ConnectionError):
            while chunk := await source.read(65536):
                trigger = self._trigger
                if inspect and trigger is not None:
                    if trigger in tail + chunk:  # the command is not forwarded
                        self._trigger = None
                        self.triggered.set()
                        if self._action == "cut":
                            self._cut()
                        else:
                            await self._closing.wait()
                        return
                    tail = (tail + chunk)[-len(trigger) :]
                sink.write(chunk)
                await sink.drain()

    def _cut(self) -> None:
        for server in self._servers:
            server.close()
        for writer in self._writers:
            writer.close()
        self._writers.clear()

    async def close(self) -> None:
        self._closing.set()
        self._cut()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for server in self._servers:
            await server.wait_closed()


def session_save(sender: str) -> bytes:
    """How the SET that saves ``sender``'s session starts on the wire (RESP)."""
    key = f"banshi:session:{sender}".encode()
    return b"\r\n$3\r\nSET\r\n$%d\r\n%s\r\n" % (len(key), key)


async def test_redis_lost_in_the_middle_of_a_turn_gets_an_apology_and_nothing_half_saved(
    redis_server: RedisServer, workers: Workers, http: aiohttp.ClientSession
) -> None:
    proxy = RedisProxy(redis_server.port)
    client = redis_server.client()
    try:
        await proxy.start()
        a = await workers.start("A", proxy.url, BANSHI_LIMITS__SENDER_LOCK_TIMEOUT_S=str(SHORT_LOCK_S))
        user = User(http, "lost-mid-turn")
        assert count(await user.say(a, "我想办身份证"), ASK_REASON) == 1
        assert count(await user.press(a, "丢了"), ASK_AGE) == 1
        buttons = user.last

        proxy.arm(session_save(user.sender), "cut")  # Redis goes away as the turn saves
        started = time.monotonic()
        items = await user.press(a, "16岁及以上")
        assert time.monotonic() - started < 10
        assert proxy.triggered.is_set()
        assert len(items) == 1
        assert APOLOGY in items[0]["text"] and HOTLINE in items[0]["text"]
        await a.wait_for_log("web turn failed: ConnectionError", 1)
        assert a.log_count("web turn failed") == 1
        assert not any("Traceback" in line for line in a.stderr)
        flow = await stored_flow(client, user.sender)
        assert flow is not None and flow["step_id"] == "age"  # the last saved step

        await proxy.start()  # Redis is reachable again at the same address
        user.last = buttons
        started = time.monotonic()
        items = await user.press(a, "16岁及以上")
        assert time.monotonic() - started <= SHORT_LOCK_S + 3  # at most the lock left behind
        assert count(items, LOST_TIP) == 1 and count(items, ASK_MORE) == 1
        flow = await stored_flow(client, user.sender)
        assert flow is not None
        assert (flow["step_id"], flow["answers"]) == ("more", {"reason": "lost", "age": "age_16_plus"})
        assert a.process.returncode is None
    finally:
        await client.aclose()
        await proxy.close()


# -- a worker killed with SIGKILL --------------------------------------------------------------------


async def test_worker_killed_after_a_committed_turn_loses_nothing(
    redis_server: RedisServer, workers: Workers, http: aiohttp.ClientSession
) -> None:
    a, b = await workers.start_many(redis_server.url, BANSHI_LIMITS__SENDER_LOCK_TIMEOUT_S=str(SHORT_LOCK_S))
    user = User(http, "killed-after")
    client = redis_server.client()
    try:
        assert count(await user.say(a, "我想办身份证"), ASK_REASON) == 1
        assert count(await user.press(a, "丢了"), ASK_AGE) == 1
        await a.kill()  # right after the answer: the turn was committed before it was sent
        flow = await stored_flow(client, user.sender)
        assert flow is not None and flow["step_id"] == "age"
        assert await client.exists(f"banshi:lock:{user.sender}") == 0  # released before answering

        started = time.monotonic()
        items = await user.press(b, "16岁及以上")
        assert time.monotonic() - started < SHORT_LOCK_S  # nothing to wait for
        assert count(items, LOST_TIP) == 1 and count(items, ASK_MORE) == 1
        assert count(await user.press(b, "清楚了，谢谢"), DONE) == 1
    finally:
        await client.aclose()


async def test_worker_killed_mid_turn_leaves_a_lock_that_expires_and_the_last_committed_step(
    redis_server: RedisServer, workers: Workers, http: aiohttp.ClientSession
) -> None:
    proxy = RedisProxy(redis_server.port)
    client = redis_server.client()
    try:
        await proxy.start()
        lock_env = {"BANSHI_LIMITS__SENDER_LOCK_TIMEOUT_S": str(SHORT_LOCK_S)}
        a, b = await asyncio.gather(
            workers.start("A", proxy.url, **lock_env), workers.start("B", redis_server.url, **lock_env)
        )
        user = User(http, "killed-mid")
        assert count(await user.say(a, "我想办身份证"), ASK_REASON) == 1
        assert count(await user.press(a, "丢了"), ASK_AGE) == 1
        buttons = user.last

        # A's next turn runs up to saving the session and hangs there, the lock taken.
        proxy.arm(session_save(user.sender), "freeze")
        turn = asyncio.create_task(user.press(a, "16岁及以上"))
        await asyncio.wait_for(proxy.triggered.wait(), HTTP_TIMEOUT_S)
        await a.kill()
        with pytest.raises(aiohttp.ClientError):
            await asyncio.wait_for(turn, HTTP_TIMEOUT_S)

        flow = await stored_flow(client, user.sender)
        assert flow is not None and flow["step_id"] == "age"  # the last committed step
        stale_ms = await client.pttl(f"banshi:lock:{user.sender}")
        assert 0 < stale_ms <= SHORT_LOCK_S * 1000  # the dead worker's lock, expiring

        user.last = buttons
        started = time.monotonic()
        items = await user.press(b, "16岁及以上")  # the user sends it again, to the other worker
        waited = time.monotonic() - started
        assert stale_ms / 1000 - 0.5 <= waited <= SHORT_LOCK_S + 3  # waited out the stale lock
        assert count(items, LOST_TIP) == 1 and count(items, ASK_MORE) == 1
        flow = await stored_flow(client, user.sender)
        assert flow is not None
        assert (flow["step_id"], flow["answers"]) == ("more", {"reason": "lost", "age": "age_16_plus"})
    finally:
        await client.aclose()
        await proxy.close()


# -- the engine and the app -------------------------------------------------------------------------


async def test_one_process_serializes_a_burst_for_one_sender(app: App) -> None:
    assert isinstance(app.lock, LocalSenderLock)

    async def say(message: str) -> list[Reply]:
        return await app.engine.handle(Turn(sender="web:burst", channel="web", text=message))

    def as_items(replies: list[Reply]) -> list[dict[str, Any]]:
        return [{"text": app.engine.render(reply), "kind": reply.kind} for reply in replies]

    await say("我想办身份证")
    answers = await asyncio.gather(say("2"), say("2"), say("2"))
    assert sorted(step_answered(as_items(replies)) for replies in answers) == ["age", "checklist", "fees"]
    assert len(app.lock) == 0  # nothing kept once the sender is free


async def test_the_app_takes_its_sender_lock_from_the_storage_backend(
    tmp_path: Path, engine: BuiltinNLU, redis_url: str
) -> None:
    settings = project_settings(
        tmp_path,
        storage={"backend": "redis"},
        redis={"url": redis_url, "key_prefix": f"t{uuid.uuid4().hex[:8]}"},
        limits={"sender_lock_timeout_s": 3},
    )
    built = await open_app(settings, nlu=engine)
    try:
        assert isinstance(built.lock, RedisSenderLock)
        assert built.lock.timeout_s == 3
        assert built.engine.lock is built.lock
    finally:
        await built.close()


# -- RedisSenderLock --------------------------------------------------------------------------------


@pytest.fixture
def lock_prefix() -> str:
    return f"locktest-{uuid.uuid4().hex[:8]}"


@pytest.fixture
async def redis_clients(redis_url: str) -> AsyncIterator[list[Redis]]:
    """Three separate clients, as separate workers would have."""
    clients = [Redis.from_url(redis_url, socket_timeout=5, socket_connect_timeout=5) for _ in range(3)]
    try:
        yield clients
    finally:
        for client in clients:
            await client.aclose()


async def test_redis_lock_lets_one_holder_in_at_a_time(redis_clients: list[Redis], lock_prefix: str) -> None:
    locks = [RedisSenderLock(redis_clients[n], lock_prefix, timeout_s=10) for n in range(3)]
    inside: list[str] = []
    order: list[tuple[str, str]] = []

    async def turn(lock: RedisSenderLock, name: str) -> None:
        async with lock.hold("web:same"):
            inside.append(name)
            assert len(inside) == 1, inside
            order.append(("in", name))
            await asyncio.sleep(0.02)
            order.append(("out", name))
            inside.remove(name)

    names = [f"t{n}" for n in range(9)]
    await asyncio.gather(*(turn(locks[n % 3], name) for n, name in enumerate(names)))
    assert sorted(name for kind, name in order if kind == "in") == names
    assert all(order[i][1] == order[i + 1][1] for i in range(0, len(order), 2))  # never interleaved
    assert await redis_clients[0].exists(locks[0].key("web:same")) == 0


async def test_redis_lock_does_not_hold_up_other_senders(
    redis_clients: list[Redis], lock_prefix: str
) -> None:
    lock = RedisSenderLock(redis_clients[0], lock_prefix, timeout_s=10, wait_s=0.2)
    async with lock.hold("web:one"), lock.hold("web:two"):
        pass


async def test_redis_lock_times_out_while_another_holds_it(
    redis_clients: list[Redis], lock_prefix: str
) -> None:
    holder = RedisSenderLock(redis_clients[0], lock_prefix, timeout_s=10)
    waiter = RedisSenderLock(redis_clients[1], lock_prefix, timeout_s=10, wait_s=0.3)
    async with holder.hold("web:busy"):
        started = time.monotonic()
        with pytest.raises(LockTimeout):
            async with waiter.hold("web:busy"):
                pytest.fail("entered a lock that another holds")
        assert 0.25 <= time.monotonic() - started < 2
    async with waiter.hold("web:busy"):  # free again once released
        pass


async def test_redis_lock_release_never_frees_another_holders_lock(
    redis_clients: list[Redis], lock_prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    slow = RedisSenderLock(redis_clients[0], lock_prefix, timeout_s=0.2)
    other = RedisSenderLock(redis_clients[1], lock_prefix, timeout_s=10)
    third = RedisSenderLock(redis_clients[2], lock_prefix, timeout_s=10, wait_s=0.1)
    key = other.key("web:shared")
    other_in = asyncio.Event()
    slow_out = asyncio.Event()

    slow_in = asyncio.Event()

    async def slow_turn() -> None:
        async with slow.hold("web:shared"):
            slow_in.set()
            await asyncio.wait_for(other_in.wait(), 5)  # our lock expired and was taken meanwhile
        slow_out.set()

    async def other_turn() -> None:
        await asyncio.wait_for(slow_in.wait(), 5)  # the slow turn takes the lock first
        async with other.hold("web:shared"):
            other_in.set()
            await asyncio.wait_for(slow_out.wait(), 5)
            # The slow turn has released "its" lock: the key is still ours and still keeps others out.
            assert await redis_clients[0].exists(key) == 1
            with pytest.raises(LockTimeout):
                async with third.hold("web:shared"):
                    pytest.fail("entered a lock that another holds")

    await asyncio.gather(slow_turn(), other_turn())
    assert await redis_clients[0].exists(key) == 0
    assert "a turn outlived its sender lock" in caplog.text


async def test_redis_lock_of_a_dead_worker_expires(redis_clients: list[Redis], lock_prefix: str) -> None:
    lock = RedisSenderLock(redis_clients[0], lock_prefix, timeout_s=0.4, wait_s=2)
    await redis_clients[1].set(lock.key("web:orphan"), "a-dead-worker", px=400)  # never released
    started = time.monotonic()
    async with lock.hold("web:orphan"):
        waited = time.monotonic() - started
        ttl_ms = await redis_clients[1].pttl(lock.key("web:orphan"))
    assert 0.3 <= waited < 1.5
    assert 0 < ttl_ms <= 400  # our own lock expires too, should we die holding it


async def test_redis_lock_left_to_expire_when_redis_fails_mid_turn(
    redis_clients: list[Redis], lock_prefix: str
) -> None:
    lock = RedisSenderLock(redis_clients[0], lock_prefix, timeout_s=5)
    with pytest.raises(RedisConnectionError):
        async with lock.hold("web:outage"):
            raise RedisConnectionError("Redis went away")  # no release attempt that would hang
    assert 0 < await redis_clients[1].pttl(lock.key("web:outage")) <= 5000
    async with lock.hold("web:other"):
        with pytest.raises(ValueError, match="a bug"):
            async with lock.hold("web:bug"):
                raise ValueError("a bug")
        assert await redis_clients[1].exists(lock.key("web:bug")) == 0  # other errors release


async def test_redis_lock_fails_fast_when_redis_is_down(lock_prefix: str) -> None:
    client = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_timeout=1, socket_connect_timeout=1)
    try:
        lock = RedisSenderLock(client, lock_prefix, timeout_s=5)
        started = time.monotonic()
        with pytest.raises(RedisConnectionError):
            async with lock.hold("web:down"):
                pytest.fail("held a lock without Redis")
        assert time.monotonic() - started < 5
    finally:
        await client.aclose()


# -- LocalSenderLock ------------------------------------------------------------------------------


async def test_local_lock_serializes_one_sender_and_forgets_free_ones() -> None:
    lock = LocalSenderLock()
    inside: dict[str, int] = {"web:a": 0, "web:b": 0}
    most: dict[str, int] = {"web:a": 0, "web:b": 0, "both": 0}

    async def turn(sender: str) -> None:
        async with lock.hold(sender):
            inside[sender] += 1
            most[sender] = max(most[sender], inside[sender])
            most["both"] = max(most["both"], sum(inside.values()))
            await asyncio.sleep(0.01)
            inside[sender] -= 1

    await asyncio.gather(*(turn(sender) for sender in ["web:a", "web:b"] * 5))
    assert most == {"web:a": 1, "web:b": 1, "both": 2}  # one turn per sender, but both senders at once
    assert len(lock) == 0


async def test_local_lock_forgets_senders_after_errors_and_cancelled_waits() -> None:
    lock = LocalSenderLock()
    with pytest.raises(RuntimeError):
        async with lock.hold("web:a"):
            raise RuntimeError("the turn failed")
    assert len(lock) == 0

    entered = asyncio.Event()
    release = asyncio.Event()

    async def holder() -> None:
        async with lock.hold("web:b"):
            entered.set()
            await release.wait()

    async def waiter() -> None:
        async with lock.hold("web:b"):
            pytest.fail("the waiter was cancelled before the lock was free")

    held = asyncio.create_task(holder())
    await asyncio.wait_for(entered.wait(), 5)
    waiting = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    assert len(lock) == 1
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    release.set()
    await asyncio.wait_for(held, 5)
    assert len(lock) == 0

    for n in range(1000):  # many senders, one after another: nothing piles up
        async with lock.hold(f"web:{n}"):
            pass
    assert len(lock) == 0
