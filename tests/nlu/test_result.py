"""ParseResult and its Rasa serialisation."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from nlu import Entity, IntentScore, ParseResult


def _result() -> ParseResult:
    return ParseResult(
        text="身份证丢了",
        intent=IntentScore(name="ask_service", confidence=0.9),
        entities=[
            Entity(entity="service", value="id_card", start=0, end=3),
            Entity.model_validate(
                {
                    "entity": "service",
                    "value": "id_card",
                    "start": 0,
                    "end": 3,
                    "processors": ["EntitySynonymMapper"],
                }
            ),
        ],
        intent_ranking=[
            IntentScore(name="ask_service", confidence=0.9),
            IntentScore(name="ask_fee", confidence=0.05),
        ],
        language="zh-Hans",
    )


def test_to_rasa() -> None:
    payload = _result().to_rasa()
    assert payload == {
        "text": "身份证丢了",
        "intent": {"name": "ask_service", "confidence": 0.9},
        "entities": [
            {
                "entity": "service",
                "value": "id_card",
                "start": 0,
                "end": 3,
                "confidence_entity": 1.0,
                "extractor": "banshi",
            },
            {
                "entity": "service",
                "value": "id_card",
                "start": 0,
                "end": 3,
                "confidence_entity": 1.0,
                "extractor": "banshi",
                "processors": ["EntitySynonymMapper"],
            },
        ],
        "intent_ranking": [
            {"name": "ask_service", "confidence": 0.9},
            {"name": "ask_fee", "confidence": 0.05},
        ],
        "language": "zh-Hans",
        "fallback": None,
    }
    json.dumps(payload, ensure_ascii=False)


def test_helpers() -> None:
    result = _result()
    assert result.entity_values("service") == ["id_card", "id_card"]
    assert result.first_value("region") is None
    assert result.candidates() == ["ask_service", "ask_fee"]


def test_confidence_must_be_a_probability() -> None:
    with pytest.raises(ValidationError):
        IntentScore(name="x", confidence=1.5)
