"""The one place that builds the asyncio Redis client from settings."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.settings import Settings


def create_redis(settings: Settings) -> Redis:
    """A client with timeouts on every call; the password comes only from the environment."""
    password = settings.redis_password.get_secret_value() if settings.redis_password else None
    client: Redis = Redis.from_url(
        settings.redis.url,
        password=password,
        socket_timeout=settings.redis.timeout_s,
        socket_connect_timeout=settings.redis.timeout_s,
        decode_responses=False,
        health_check_interval=30,
    )
    return client
