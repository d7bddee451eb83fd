"""``banshi agent``: invite, admin, revoke, list; the code printed is redeemed through the service."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from bot.agents import Agents, Role, open_agent_store
from bot.agents.cli import add_arguments, run
from bot.agents.service import INVITE_ALPHABET
from bot.settings import Settings, StorageSettings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(storage=StorageSettings(sqlite_path=tmp_path / "banshi.db"))


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="banshi agent")
    add_arguments(parser)
    return parser.parse_args(argv)


async def agent(settings: Settings, *argv: str) -> int:
    return await run(parse(*argv), settings)


async def role_of(settings: Settings, sender: str) -> Role:
    store = await open_agent_store(settings)
    try:
        return await Agents(store).role(sender)
    finally:
        await store.close()


async def test_invite_prints_a_code_on_its_last_line_that_redeems_once(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert await agent(settings, "invite", "--township", "110105001", "--days", "3") == 0
    out = capsys.readouterr().out
    code = out.rstrip("\n").splitlines()[-1]
    assert 8 <= len(code) <= 10
    assert set(code) <= set(INVITE_ALPHABET)
    assert "110105001" in out

    store = await open_agent_store(settings)
    try:
        agents = Agents(store)
        member = await agents.redeem("telegram:42", code)
        assert (member.role, member.township) == (Role.AGENT, "110105001")
        invite_codes = {await agents.create_invite(None, "110105001") for _ in range(3)}
        assert code not in invite_codes
    finally:
        await store.close()
    assert await role_of(settings, "telegram:42") is Role.AGENT


async def test_admin_then_revoke_and_list(settings: Settings, capsys: pytest.CaptureFixture[str]) -> None:
    assert await agent(settings, "admin", "telegram:1", "--township", "城关镇") == 0
    assert await role_of(settings, "telegram:1") is Role.ADMIN
    assert await agent(settings, "invite", "--township", "城关镇") == 0
    code = capsys.readouterr().out.splitlines()[-1]
    store = await open_agent_store(settings)
    try:
        await Agents(store).redeem("telegram:2", code)
    finally:
        await store.close()

    assert await agent(settings, "list") == 0
    listing = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[:3] for line in listing] == [
        ["telegram:1", "admin", "城关镇"],
        ["telegram:2", "agent", "城关镇"],
    ]

    assert await agent(settings, "revoke", "telegram:2") == 0
    assert "revoked" in capsys.readouterr().out
    assert await role_of(settings, "telegram:2") is Role.RESIDENT
    assert await agent(settings, "list", "--township", "城关镇") == 0
    assert "revoked" in capsys.readouterr().out.splitlines()[1]
    assert await agent(settings, "list", "--township", "other") == 0
    assert "no agents" in capsys.readouterr().out


async def test_errors_are_one_line_with_an_exit_code(
    settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert await agent(settings, "revoke", "telegram:404") == 1
    err = capsys.readouterr().err
    assert err.startswith("banshi: agent revoke:")
    assert len(err.splitlines()) == 1

    assert await agent(settings, "invite", "--township", "has space") == 2
    assert "township" in capsys.readouterr().err
    assert await agent(settings, "invite", "--township", "T1", "--days", "0") == 2
    assert "--days" in capsys.readouterr().err


def test_subcommand_is_required() -> None:
    with pytest.raises(SystemExit):
        parse()
    with pytest.raises(SystemExit):
        parse("invite")  # --township is required
