"""The two-threshold fallback policy, alone and inside the engine."""

from __future__ import annotations

import pytest

from nlu import BuiltinNLU, IntentScore, NLUConfig
from nlu.policy import decide

CONFIG = NLUConfig(out_of_scope_below=0.35, confident_above=0.6, ambiguity_margin=0.15)


def _ranking(*pairs: tuple[str, float]) -> list[IntentScore]:
    return [IntentScore(name=name, confidence=confidence) for name, confidence in pairs]


def test_confident_intent_stands() -> None:
    intent, fallback = decide(_ranking(("ask_fee", 0.9), ("ask_service", 0.05)), CONFIG)
    assert (intent.name, fallback) == ("ask_fee", None)


def test_below_the_low_threshold_is_out_of_scope() -> None:
    intent, fallback = decide(_ranking(("ask_fee", 0.3), ("ask_service", 0.2)), CONFIG)
    assert (intent.name, fallback) == ("out_of_scope", "out_of_scope")
    assert intent.confidence == pytest.approx(0.7)


@pytest.mark.parametrize(
    "ranking",
    [
        _ranking(("ask_fee", 0.5), ("ask_service", 0.1)),  # between the thresholds
        _ranking(("ask_fee", 0.62), ("ask_service", 0.5)),  # confident but the top two are close
    ],
)
def test_between_thresholds_or_close_is_ambiguous(ranking: list[IntentScore]) -> None:
    intent, fallback = decide(ranking, CONFIG)
    assert (intent.name, fallback) == ("ask_fee", "ambiguous")


def test_predicted_out_of_scope_is_flagged() -> None:
    intent, fallback = decide(_ranking(("out_of_scope", 0.95), ("greet", 0.01)), CONFIG)
    assert (intent.name, fallback) == ("out_of_scope", "out_of_scope")


def test_empty_ranking_is_out_of_scope() -> None:
    assert decide([], CONFIG)[1] == "out_of_scope"


def test_engine_applies_the_policy_and_keeps_the_ranking(engine: BuiltinNLU) -> None:
    text = "社宝卡丢了咋整"
    confident = engine.parse_sync(text)
    top = confident.intent.confidence
    assert confident.intent.name == "ask_service"
    assert 0.6 < top < 1.0

    # Raise the bar just above this confidence: the same reading becomes "did you mean ...?".
    demanding = NLUConfig(confident_above=(top + 1.0) / 2, ambiguity_margin=0.0, out_of_scope_below=0.0)
    unsure = BuiltinNLU(demanding, engine.models, engine.fingerprint).parse_sync(text)
    assert unsure.fallback == "ambiguous"
    assert unsure.intent == confident.intent
    assert unsure.intent_ranking == confident.intent_ranking
    assert unsure.candidates()[0] == "ask_service"
    assert len(unsure.candidates()) == 2

    # And above the low threshold: out_of_scope, with the ranking still saying what it was.
    strict = NLUConfig(out_of_scope_below=(top + 1.0) / 2, confident_above=(top + 1.0) / 2)
    refused = BuiltinNLU(strict, engine.models, engine.fingerprint).parse_sync(text)
    assert (refused.intent.name, refused.fallback) == ("out_of_scope", "out_of_scope")
    assert refused.intent_ranking[0].name == "ask_service"
    assert refused.entity_values("service") == ["ss_card"]


@pytest.mark.parametrize("text", ["今天天气怎么样", "给我讲个笑话", "what's the weather like tomorrow"])
def test_chit_chat_is_out_of_scope(engine: BuiltinNLU, text: str) -> None:
    result = engine.parse_sync(text)
    assert (result.intent.name, result.fallback) == ("out_of_scope", "out_of_scope")
