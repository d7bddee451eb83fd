"""Per-sender rate limiters: the in-process token bucket and the shared Redis window."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from redis.asyncio import Redis

from bot.ratelimit import Decision, MemoryRateLimiter, RedisRateLimiter, open_rate_limiter
from tests.conftest import free_port, project_settings


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_retry_after_is_whole_seconds_and_at_least_one() -> None:
    assert Decision(False, 0.01).retry_after == 1
    assert Decision(False, 1.2).retry_after == 2
    assert Decision(False, 3.0).retry_after == 3


async def test_memory_bucket_allows_a_burst_then_one_per_interval() -> None:
    clock = Clock()
    limiter = MemoryRateLimiter(6, clock=clock)  # one every 10 s after a burst of 6
    assert [(await limiter.hit("a")).allowed for _ in range(7)] == [True] * 6 + [False]
    refused = await limiter.hit("a")
    assert not refused.allowed and refused.retry_after == 10
    assert (await limiter.hit("b")).allowed  # another sender is unaffected

    clock.now += 5
    assert (await limiter.hit("a")).retry_after == 5  # refused hits cost nothing
    clock.now += 5
    assert (await limiter.hit("a")).allowed
    assert not (await limiter.hit("a")).allowed
    clock.now += 60
    assert [(await limiter.hit("a")).allowed for _ in range(7)] == [True] * 6 + [False]


async def test_memory_limiter_forgets_idle_senders_and_stays_bounded() -> None:
    clock = Clock()
    limiter = MemoryRateLimiter(5, clock=clock, max_keys=100)
    for n in range(500):
        await limiter.hit(f"s{n}")
    assert len(limiter) <= 100
    clock.now += 61
    await limiter.hit("late")
    assert len(limiter) == 1
    with pytest.raises(ValueError, match="per_minute"):
        MemoryRateLimiter(0)


async def test_redis_window_is_shared_and_per_sender(redis_url: str) -> None:
    clock = Clock(28_333_334 * 60 + 10.0)  # 10 s into a minute
    one = RedisRateLimiter(Redis.from_url(redis_url), 3, "test-rl", clock=clock)
    two = RedisRateLimiter(Redis.from_url(redis_url), 3, "test-rl", clock=clock)  # another worker
    try:
        assert [(await limiter.hit("web:a")).allowed for limiter in (one, two, one)] == [True] * 3
        refused = await two.hit("web:a")
        assert not refused.allowed and refused.retry_after == 50
        assert (await one.hit("web:b")).allowed
        ttl = await one._redis.pttl(one.key("web:a", 28_333_334))
        assert 50_000 < ttl <= 51_000  # forgotten when its minute is over
        clock.now += 50
        assert (await one.hit("web:a")).allowed  # a new minute
    finally:
        await one.close()
        await two.close()


async def test_redis_limiter_lets_messages_through_when_redis_is_down(
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=0.5)
    limiter = RedisRateLimiter(client, 1)
    caplog.set_level(logging.WARNING)
    try:
        assert (await limiter.hit("web:a")).allowed
        assert (await limiter.hit("web:a")).allowed
    finally:
        await limiter.close()
    assert "Redis did not answer" in caplog.text
    assert "web:a" not in caplog.text


async def test_the_backend_follows_the_storage_setting(tmp_path: Path) -> None:
    memory = open_rate_limiter(project_settings(tmp_path, limits={"messages_per_minute": 2}))
    assert isinstance(memory, MemoryRateLimiter)
    await memory.close()
    shared = open_rate_limiter(project_settings(tmp_path, storage={"backend": "redis"}))
    assert isinstance(shared, RedisRateLimiter)
    await shared.close()
