"""The built-in engine on key examples, and its training / saving / loading cycle."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from nlu import BuiltinNLU, NLUConfig, NLUEngine, ParseResult, create_engine, load_or_train
from nlu.builtin import ModelError
from nlu.lexicon import ServiceLexiconDict
from tests.nlu.tiny_data import write_tiny_data


def _services(result: ParseResult) -> list[str | int | float]:
    return result.entity_values("service")


@pytest.mark.parametrize(
    ("text", "intent", "service"),
    [
        ("身份证丢了怎么办", "ask_service", "id_card"),
        ("俺家老头子的养老金咋领", "ask_service", "pension_claim"),
        ("帮村里王大爷问下高龄补贴咋办", "ask_service", "elderly_allowance"),
        ("身份證遺失了怎麼辦", "ask_service", "id_card"),
        ("How do I replace a lost ID card?", "ask_service", "id_card"),
    ],
)
async def test_key_examples(engine: BuiltinNLU, text: str, intent: str, service: str) -> None:
    result = await engine.parse(text)
    assert result.intent.name == intent
    assert result.fallback is None
    assert _services(result) == [service]


@pytest.mark.parametrize(
    ("text", "service", "surface"),
    [
        ("我的身分证丢了", "id_card", "身分证"),  # homophone typo 份 -> 分
        ("社宝卡怎么补办", "ss_card", "社宝卡"),  # homophone typo 保 -> 宝
        ("我想補辦身份證", "id_card", "身份證"),  # Traditional characters
        ("ＩＤ card expired, what now", "id_card", "ＩＤ card"),  # full-width letters
    ],
)
def test_service_variants_point_at_the_original_text(
    engine: BuiltinNLU, text: str, service: str, surface: str
) -> None:
    result = engine.parse_sync(text)
    found = [entity for entity in result.entities if entity.entity == "service"]
    assert [entity.value for entity in found] == [service]
    # The span is in the original text (catalog aliases may take a word more: 补办身份证).
    assert surface in text[found[0].start : found[0].end]


def test_language_is_detected_from_the_script(engine: BuiltinNLU) -> None:
    assert engine.parse_sync("低保怎么申请").language == "zh-Hans"
    assert engine.parse_sync("how do I apply for dibao").language == "en"
    # An explicit language wins over the script, and close tags are matched.
    assert engine.parse_sync("hi", "zh-CN").language == "zh-Hans"
    assert engine.parse_sync("你好", "en-US").language == "en"


def test_ranking_is_sorted_calibrated_and_at_most_ten(engine: BuiltinNLU) -> None:
    result = engine.parse_sync("结婚登记要带什么材料")
    confidences = [score.confidence for score in result.intent_ranking]
    assert 2 <= len(confidences) <= 10
    assert confidences == sorted(confidences, reverse=True)
    assert result.intent_ranking[0].name == "ask_materials"
    assert 0.0 <= sum(confidences) <= 1.0 + 1e-6


def test_to_rasa_shape(engine: BuiltinNLU) -> None:
    payload = engine.parse_sync("我今年八十岁，高龄津贴怎么领").to_rasa()
    assert set(payload) == {"text", "intent", "entities", "intent_ranking", "language", "fallback"}
    assert set(payload["intent"]) == {"name", "confidence"}
    for entity in payload["entities"]:
        assert {"entity", "value", "start", "end"} <= set(entity)
    assert {"entity": "number", "value": 80} in [
        {k: e[k] for k in ("entity", "value")} for e in payload["entities"]
    ]


def test_engine_satisfies_the_protocol(engine: BuiltinNLU) -> None:
    assert isinstance(engine, NLUEngine)


def test_save_and_load_round_trip(engine: BuiltinNLU, tmp_path: Path) -> None:
    path = tmp_path / "nested" / "model.pkl"
    engine.save(path)
    loaded = BuiltinNLU.load(path)
    assert loaded.fingerprint == engine.fingerprint
    assert loaded.languages == engine.languages
    for text in ("身份证丢了怎么办", "where is the civil affairs bureau", "谢谢", "今天天气怎么样"):
        assert loaded.parse_sync(text) == engine.parse_sync(text)


def test_load_rejects_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "model.pkl"
    path.write_bytes(b"not a pickle")
    with pytest.raises(ModelError, match="unreadable"):
        BuiltinNLU.load(path)
    with pytest.raises(ModelError, match="no such model"):
        BuiltinNLU.load(tmp_path / "missing.pkl")


async def test_create_engine_loads_a_fresh_model_without_training(
    engine: BuiltinNLU,
    nlu_config: NLUConfig,
    service_lexicon: ServiceLexiconDict,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="nlu")
    created = await create_engine(nlu_config, service_lexicon)
    assert isinstance(created, BuiltinNLU)
    assert created.fingerprint == engine.fingerprint
    assert not [record for record in caplog.records if "trained" in record.getMessage()]


def test_model_is_retrained_when_data_or_lexicon_change(
    service_lexicon: ServiceLexiconDict, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = write_tiny_data(tmp_path / "data")
    config = NLUConfig(data_path=data, model_path=tmp_path / "m.pkl", languages=["en"])
    first = load_or_train(config, service_lexicon)
    assert config.model_path.exists()
    assert load_or_train(config, service_lexicon).fingerprint == first.fingerprint

    caplog.set_level(logging.INFO, logger="nlu")
    training_file = data / "en" / "nlu.yml"
    training_file.write_text(
        training_file.read_text(encoding="utf-8") + "    - howdy partner\n", encoding="utf-8"
    )
    second = load_or_train(config, service_lexicon)
    assert second.fingerprint != first.fingerprint
    assert "changed" in caplog.text
    assert BuiltinNLU.load(config.model_path).fingerprint == second.fingerprint

    # Held-out files are not training data: adding or editing them does not retrain.
    (data / "en" / "test_nlu.yml").write_text("version: '3.1'\nnlu: []\n", encoding="utf-8")
    assert load_or_train(config, service_lexicon).fingerprint == second.fingerprint

    changed = {locale: dict(services) for locale, services in service_lexicon.items()}
    changed["en"] = {**changed["en"], "dibao": [*changed["en"]["dibao"], "living allowance scheme"]}
    assert load_or_train(config, changed).fingerprint != second.fingerprint


def test_a_corrupt_model_file_is_replaced(service_lexicon: ServiceLexiconDict, tmp_path: Path) -> None:
    config = NLUConfig(
        data_path=write_tiny_data(tmp_path / "data"), model_path=tmp_path / "m.pkl", languages=["en"]
    )
    config.model_path.write_bytes(b"\x80\x05 truncated")
    engine = load_or_train(config, service_lexicon)
    assert BuiltinNLU.load(config.model_path).fingerprint == engine.fingerprint


def test_languages_without_data_are_skipped(service_lexicon: ServiceLexiconDict, tmp_path: Path) -> None:
    config = NLUConfig(data_path=write_tiny_data(tmp_path / "data"), languages=["zh-Hans", "en"])
    only_english = BuiltinNLU.train(config, service_lexicon)
    assert only_english.languages == ["en"]
    # Chinese text is then read by the model there is.
    result = only_english.parse_sync("你好")
    assert result.language == "en"
    assert only_english.parse_sync("I lost my identity card").entity_values("service") == ["id_card"]
