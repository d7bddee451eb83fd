"""`banshi run` as a real process: serves the web chat, stops cleanly on SIGINT/SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.sessions.sqlite import SQLiteSessionStore
from nlu import BuiltinNLU, NLUConfig
from tests.conftest import GUIDES, LOCALES, NLU_DATA, ROOT, free_port

START_TIMEOUT_S = 90


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
async def test_run_serves_and_stops_cleanly_with_sessions_saved(
    tmp_path: Path, engine: BuiltinNLU, nlu_config: NLUConfig, signum: int
) -> None:
    port = free_port()
    config = tmp_path / "config.yml"
    config.write_text(
        f"locales_path: {LOCALES}\nguides: {{path: {GUIDES}}}\ndialogues_path: {ROOT / 'dialogues'}\n"
        f"storage: {{sqlite_path: {tmp_path / 'banshi.db'}}}\n"
        f"nlu: {{data_path: {NLU_DATA}, model_path: {nlu_config.model_path}}}\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("BANSHI_")}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--config", str(config), "run", "--port", str(port),
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), START_TIMEOUT_S)
        assert f"http://127.0.0.1:{port}/" in line.decode()

        timeout = aiohttp.ClientTimeout(total=30)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
            async with http.post(url, json={"sender": "u1", "message": "身份证丢了怎么办"}) as response:
                assert response.status == 200
                replies = await response.json()
        assert any("身份证" in reply["text"] for reply in replies)

        process.send_signal(signum)
        assert await asyncio.wait_for(process.wait(), 30) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()

    store = await SQLiteSessionStore.open(tmp_path / "banshi.db", idle_timeout_s=3600)
    try:
        session = await store.load("web:u1")
    finally:
        await store.close()
    assert session is not None
    assert session.flow is not None
    assert session.flow.flow_id == "id_card"
