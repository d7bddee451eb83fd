"""Reading situation options from messages: labels, examples, ranges, negation, ties."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dialogue.understand.situations import SituationReader
from bot.guides.loader import load_catalog
from bot.guides.models import Service

GUIDES = Path(__file__).resolve().parents[4] / "guides"


@pytest.fixture(scope="module")
def id_card() -> Service:
    service = load_catalog(GUIDES).services["id_card"]
    data = service.model_dump()
    for situation in data["situations"]:
        for option in situation["options"]:
            option["examples"] = {}
        if situation["id"] == "age":
            situation["quantity"] = "age"
            situation["options"][0]["range"] = {"lt": 16}
            situation["options"][1]["range"] = {"gte": 16}
    data["situations"][0]["options"][3]["examples"] = {"zh-Hans": ["丢了", "找不到了"], "en": ["lost"]}
    data["situations"][0]["options"][1]["examples"] = {"zh-Hans": ["到期了", "过期"], "en": ["expired"]}
    return Service.model_validate(data)


@pytest.fixture(scope="module")
def reader(id_card: Service) -> SituationReader:
    return SituationReader([id_card])


def test_first_message_fills_the_situation(reader: SituationReader) -> None:
    assert reader.slots_in("id_card", "我身份证丢了咋整", "zh-Hans") == {"reason": "lost"}
    assert reader.slots_in("id_card", "我80岁了，身份证过期了", "zh-Hans") == {
        "reason": "expired",
        "age": "age_16_plus",
    }


def test_a_number_without_its_unit_is_not_an_age_before_it_is_asked(reader: SituationReader) -> None:
    assert "age" not in reader.slots_in("id_card", "打12345问过了，身份证丢了", "zh-Hans")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("30岁", "age_16_plus"),
        ("八十二", "age_16_plus"),
        ("五十多岁", "age_16_plus"),
        ("12", "under_16"),
        ("I'm 35", "age_16_plus"),
        ("16岁及以上", "age_16_plus"),
    ],
)
def test_answers_to_the_age_question(reader: SituationReader, text: str, value: str) -> None:
    assert reader.answer("id_card", "age", text, "zh-Hans") == value


def test_an_approximate_age_across_the_boundary_is_no_answer(reader: SituationReader) -> None:
    assert reader.answer("id_card", "age", "十几岁", "zh-Hans") is None


def test_negated_option_does_not_count(reader: SituationReader) -> None:
    assert reader.answer("id_card", "reason", "不是丢了，是到期了", "zh-Hans") == "expired"


def test_english_and_chinese_words_in_another_locale(reader: SituationReader) -> None:
    assert reader.answer("id_card", "reason", "it expired", "en") == "expired"
    assert reader.answer("id_card", "reason", "身份证丢了", "ug") == "lost"


def test_two_options_equally_strong_is_no_answer(reader: SituationReader) -> None:
    assert reader.answer("id_card", "reason", "丢了到期了", "zh-Hans") is None


def test_words_around_a_number_win_over_the_number(reader: SituationReader) -> None:
    assert reader.answer("id_card", "age", "不满16岁", "zh-Hans") == "under_16"
