"""Village proxy agents (村代办员 / 帮办员): roles, invites, villagers' cases and their audit log.

:class:`~bot.agents.service.Agents` holds the access rules; the AgentStore backends only keep
the data. Chat and channel code live elsewhere.
"""

from __future__ import annotations

from bot.agents.models import AuditAction, AuditEntry, Case, CaseStatus, Invite, Member, Note, Role
from bot.agents.service import AccessDenied, Agents, InvalidCode, Reason
from bot.agents.store import AgentStore, CaseExistsError, InviteError, InviteExistsError
from bot.settings import Settings

__all__ = [
    "AccessDenied",
    "AgentStore",
    "Agents",
    "AuditAction",
    "AuditEntry",
    "Case",
    "CaseExistsError",
    "CaseStatus",
    "InvalidCode",
    "Invite",
    "InviteError",
    "InviteExistsError",
    "Member",
    "Note",
    "Reason",
    "Role",
    "open_agent_store",
]


async def open_agent_store(settings: Settings) -> AgentStore:
    """Open the configured backend (``storage.backend``). SQLite shares its file with the
    other stores, in tables of its own."""
    store: AgentStore
    if settings.storage.backend == "redis":
        from bot.agents.redis import RedisAgentStore
        from bot.redis_client import create_redis

        store = RedisAgentStore(create_redis(settings), settings.redis.key_prefix)
    else:
        from bot.agents.sqlite import SQLiteAgentStore

        store = await SQLiteAgentStore.open(settings.storage.sqlite_path)
    return store
