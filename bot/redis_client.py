"""The one place that builds the asyncio Redis client from settings."""

from __future__ import annotations

from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff

from bot.settings import Settings

# One retry, soon after: enough to replace a pooled connection that Redis closed (it was
# restarted) without a user noticing, while an outage fails a turn within about twice
# ``redis.timeout_s`` instead of redis-py's default of ten retries with growing pauses.
RETRIES = 1
RETRY_BACKOFF = ExponentialWithJitterBackoff(base=0.05, cap=0.25)


def create_redis(settings: Settings) -> Redis:
    """A client with timeouts on every call; the password comes only from the environment.

    The pool blocks (up to ``redis.timeout_s``) when all its connections are busy, rather
    than failing the turn at once as redis-py's default pool does under a burst."""
    password = settings.redis_password.get_secret_value() if settings.redis_password else None
    pool = BlockingConnectionPool.from_url(
        settings.redis.url,
        max_connections=settings.redis.max_connections,
        timeout=settings.redis.timeout_s,
        password=password,
        socket_timeout=settings.redis.timeout_s,
        socket_connect_timeout=settings.redis.timeout_s,
        retry=Retry(RETRY_BACKOFF, RETRIES),
        decode_responses=False,
        health_check_interval=30,
    )
    client: Redis = Redis.from_pool(pool)  # the client owns the pool and closes it
    return client
