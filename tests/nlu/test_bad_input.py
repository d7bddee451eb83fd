"""Input nobody should send still gets a valid result, never an exception."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlu import BuiltinNLU, NLUConfig, ParseResult


@pytest.fixture(autouse=True)
def _no_parse_failures(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """parse_sync turns an exception into out_of_scope and logs it: that must not happen here."""
    caplog.set_level(logging.ERROR, logger="nlu")
    yield
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], caplog.text


def _valid(result: ParseResult, text: str) -> None:
    payload = result.to_rasa()
    json.dumps(payload, ensure_ascii=False, allow_nan=False)
    assert result.text == text
    assert result.language in NLUConfig().languages
    assert 0.0 <= result.intent.confidence <= 1.0
    assert len(result.intent_ranking) <= 10
    for entity in result.entities:
        assert 0 <= entity.start < entity.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   \t\n　 ", id="whitespace-only"),
        pytest.param("😀🙏👍🏻🎉", id="emoji-only"),
        pytest.param("\x00\x01\x07\x08\x1b\x7f\u200b\u200e\ufeff\u2028", id="control-characters"),
        pytest.param("？？？！！…", id="punctuation-only"),
    ],
)
async def test_input_without_words_is_out_of_scope(engine: BuiltinNLU, text: str) -> None:
    result = await engine.parse(text)
    _valid(result, text)
    assert (result.intent.name, result.fallback) == ("out_of_scope", "out_of_scope")
    assert result.entities == []


async def test_ten_thousand_characters(engine: BuiltinNLU) -> None:
    text = ("身份证丢了怎么办，" * 1200)[:10_000]
    result = await engine.parse(text)
    _valid(result, text)
    assert result.intent.name == "ask_service"
    # Only the first nlu.max_chars characters are read.
    assert all(entity.end <= engine.config.max_chars for entity in result.entities)


async def test_control_characters_inside_a_real_question(engine: BuiltinNLU) -> None:
    text = "身份\x00证\u200b丢了\x1b怎么办"
    result = await engine.parse(text)
    _valid(result, text)
    assert result.intent.name == "ask_service"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("我的ID card丢了咋办", id="mixed-han-latin"),
        pytest.param("ئۇيغۇرچە Türkçe русский 日本語 한국어 ꆈꌠꉙ", id="many-scripts"),
        pytest.param("'; DROP TABLE sessions; --", id="sql"),
        pytest.param("1' OR '1'='1", id="sql-tautology"),
        pytest.param("<script>alert('x')</script>", id="html-script"),
        pytest.param('<img src=x onerror="alert(1)">低保', id="html-with-words"),
        pytest.param("{{7*7}} ${jndi:ldap://x} %s %n", id="template-injection"),
        pytest.param("\ud800", id="lone-surrogate"),
    ],
)
async def test_odd_input_gives_a_valid_result(engine: BuiltinNLU, text: str) -> None:
    _valid(await engine.parse(text), text)


@pytest.mark.parametrize(
    "text", ["'; DROP TABLE sessions; --", "<script>alert('x')</script>", "{{7*7}} ${jndi:ldap://x}"]
)
def test_code_looking_text_is_out_of_scope(engine: BuiltinNLU, text: str) -> None:
    assert engine.parse_sync(text).intent.name == "out_of_scope"


def test_the_html_around_a_question_does_not_hide_it(engine: BuiltinNLU) -> None:
    result = engine.parse_sync("<b>低保</b>怎么申请")
    assert result.entity_values("service") == ["dibao"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_any_text_gives_a_valid_result(engine: BuiltinNLU, text: str) -> None:
    _valid(engine.parse_sync(text), text)


def test_an_internal_failure_is_logged_and_read_as_out_of_scope(
    engine: BuiltinNLU, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken:
        def rank(self, doc: str) -> list[tuple[str, float]]:
            raise RuntimeError("model file damaged")

    models = {lang: dataclasses.replace(model, intents=Broken()) for lang, model in engine.models.items()}  # type: ignore[arg-type]
    broken = BuiltinNLU(engine.config, models, engine.fingerprint)
    result = broken.parse_sync("身份证丢了怎么办")
    assert (result.intent.name, result.fallback, result.language) == (
        "out_of_scope",
        "out_of_scope",
        "zh-Hans",
    )
    assert "parsing failed" in caplog.text
    caplog.clear()  # this test's error is expected
