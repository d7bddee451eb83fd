"""``banshi agent``: invite, revoke and list village proxy agents, and make admins.

Wired into :mod:`bot.cli` as::

    agent_cli.add_arguments(commands.add_parser("agent", help="village proxy agents"))
    ...
    if args.command == "agent":
        return await agent_cli.run(args, settings)
"""

from __future__ import annotations

import argparse
import sys

from pydantic import ValidationError

from bot.agents import open_agent_store
from bot.agents.models import Member
from bot.agents.service import INVITE_MAX_DAYS, AccessDenied, Agents
from bot.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="agent_command", metavar="ACTION", required=True)

    invite = actions.add_parser(
        "invite", help="print a one-time code that makes whoever sends it in chat an agent of a township"
    )
    invite.add_argument("--township", required=True, help="township code or name, e.g. 110105001")
    invite.add_argument(
        "--days", type=int, default=7, help=f"days the code stays valid (1 to {INVITE_MAX_DAYS}, default 7)"
    )

    revoke = actions.add_parser("revoke", help="revoke an agent or admin")
    revoke.add_argument("sender", help="channel-qualified sender, e.g. telegram:12345")

    admin = actions.add_parser("admin", help="make a sender an admin of a township")
    admin.add_argument("sender", help="channel-qualified sender, e.g. telegram:12345")
    admin.add_argument("--township", required=True, help="township code or name")

    listing = actions.add_parser("list", help="list agents and admins")
    listing.add_argument("--township", help="only this township")


async def run(args: argparse.Namespace, settings: Settings) -> int:
    command: str = args.agent_command
    store = await open_agent_store(settings)
    agents = Agents(store)
    try:
        if command == "invite":
            if not 1 <= args.days <= INVITE_MAX_DAYS:
                print(f"banshi: --days must be 1 to {INVITE_MAX_DAYS} (got {args.days})", file=sys.stderr)
                return 2
            code = await agents.create_invite(None, args.township, args.days)
            print(f"One-time agent invite for township {args.township}, valid for {args.days} day(s).")
            print("Send it to the bot in chat to become an agent. Code:")
            print(code)  # always the last line
            return 0
        if command == "revoke":
            member = await agents.revoke(None, args.sender)
            print(f"revoked: {_line(member)}")
            return 0
        if command == "admin":
            member = await agents.grant_admin(args.sender, args.township)
            print(f"admin: {_line(member)}")
            return 0
        if command == "list":
            members = await agents.members(None, args.township)
            for member in members:
                print(_line(member))
            if not members:
                print("no agents or admins" + (f" in township {args.township}" if args.township else ""))
            return 0
    except AccessDenied as exc:
        print(f"banshi: agent {command}: {exc}", file=sys.stderr)
        return 1
    except ValidationError as exc:  # an invalid township or sender
        error = exc.errors()[0]
        field = ".".join(map(str, error["loc"])) or "value"
        print(f"banshi: agent {command}: invalid {field}: {error['msg']}", file=sys.stderr)
        return 2
    finally:
        await store.close()
    raise AssertionError(f"unhandled agent command {command}")


def _line(member: Member) -> str:
    status = "active" if member.revoked_at is None else f"revoked {member.revoked_at:%Y-%m-%d}"
    return f"{member.sender}\t{member.role}\t{member.township}\tsince {member.created_at:%Y-%m-%d}\t{status}"
