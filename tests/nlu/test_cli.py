"""``banshi nlu train | test | parse`` through nlu.cli.add_arguments / run."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from nlu import BuiltinNLU, NLUConfig
from nlu.cli import add_arguments, run
from nlu.lexicon import ServiceLexiconDict
from tests.nlu.tiny_data import write_tiny_data


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="banshi")
    commands = parser.add_subparsers(dest="command")
    add_arguments(commands.add_parser("nlu"))
    return parser.parse_args(["nlu", *argv])


async def test_parse_prints_the_model_parse_json(
    engine: BuiltinNLU,
    nlu_config: NLUConfig,
    service_lexicon: ServiceLexiconDict,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = await run(_args("parse", "身份证丢了怎么办"), nlu_config, service_lexicon)
    assert code == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"text", "intent", "entities", "intent_ranking", "language", "fallback"}
    assert payload["text"] == "身份证丢了怎么办"
    assert payload["intent"]["name"] == "ask_service"
    assert 0 < payload["intent"]["confidence"] <= 1
    assert payload["language"] == "zh-Hans"
    assert payload["fallback"] is None
    service = payload["entities"][0]
    assert (service["entity"], service["value"], service["start"]) == ("service", "id_card", 0)
    assert payload["text"][service["start"] : service["end"]].startswith("身份证")
    assert all(set(score) == {"name", "confidence"} for score in payload["intent_ranking"])


async def test_parse_with_lang(
    engine: BuiltinNLU,
    nlu_config: NLUConfig,
    service_lexicon: ServiceLexiconDict,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert await run(_args("parse", "dibao", "--lang", "en"), nlu_config, service_lexicon) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["language"] == "en"


async def test_test_prints_the_figures_per_language(
    engine: BuiltinNLU,
    nlu_config: NLUConfig,
    service_lexicon: ServiceLexiconDict,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert await run(_args("test"), nlu_config, service_lexicon) == 0
    out = capsys.readouterr().out
    assert "intent acc" in out
    assert "macro-F1" in out
    assert "service acc" in out
    for language in engine.languages:
        row = next(line for line in out.splitlines() if line.startswith(language + " "))
        assert len(re.findall(r"\d+\.\d%", row)) == 3  # intent accuracy, service accuracy, service FP
        assert f"{language}: most confused intents" in out


async def test_test_json(
    engine: BuiltinNLU,
    nlu_config: NLUConfig,
    service_lexicon: ServiceLexiconDict,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert await run(_args("test", "--json", "--lang", "en"), nlu_config, service_lexicon) == 0
    [report] = json.loads(capsys.readouterr().out)
    assert report["language"] == "en"
    assert 0.0 <= report["intent_accuracy"] <= 1.0
    assert 0.0 <= report["macro_f1"] <= 1.0
    assert report["service_examples"] > 0


async def test_train_saves_a_model(
    service_lexicon: ServiceLexiconDict, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = NLUConfig(
        data_path=write_tiny_data(tmp_path / "data"),
        model_path=tmp_path / "out" / "model.pkl",
        languages=["en"],
    )
    assert await run(_args("train"), config, service_lexicon) == 0
    out = capsys.readouterr().out
    assert re.search(r"^en: \d+ examples, \d+ intents", out, re.MULTILINE)
    assert str(config.model_path) in out
    assert BuiltinNLU.load(config.model_path).languages == ["en"]


async def test_missing_data_is_an_error(
    service_lexicon: ServiceLexiconDict, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = NLUConfig(data_path=tmp_path / "nothing", model_path=tmp_path / "model.pkl")
    assert await run(_args("train"), config, service_lexicon) == 1
    assert "no NLU training data" in capsys.readouterr().err


def test_subcommand_is_required() -> None:
    with pytest.raises(SystemExit):
        _args()
