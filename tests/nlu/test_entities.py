"""Entity extraction: services (exact, homophone, typed pinyin, typo), regions, languages, numbers."""

from __future__ import annotations

import pytest

from nlu import BuiltinNLU, Entity
from nlu.fuzzy import FuzzyMatcher
from nlu.gazetteer import GazetteerBuilder
from nlu.numbers import find_numbers
from nlu.regions import find_regions
from nlu.text import normalize


def _only(entities: list[Entity], kind: str) -> list[Entity]:
    return [entity for entity in entities if entity.entity == kind]


def _check_offsets(text: str, entities: list[Entity]) -> None:
    for entity in entities:
        assert 0 <= entity.start < entity.end <= len(text), entity


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("我今年八十岁了", 80, "八十"),
        ("我家有两口人", 2, "两"),
        ("一百零二岁的老人", 102, "一百零二"),
        ("每月补贴1.5万块？", 15000, "1.5万"),
        ("种了三点五亩地", 3.5, "三点五"),
        ("我８５岁", 85, "８５"),  # full-width digits
        ("I am 82 years old", 82, "82"),
    ],
)
def test_numbers(engine: BuiltinNLU, text: str, value: int | float, surface: str) -> None:
    numbers = _only(engine.parse_sync(text).entities, "number")
    assert [entity.value for entity in numbers] == [value]
    assert text[numbers[0].start : numbers[0].end] == surface
    assert type(numbers[0].value) is type(value)


@pytest.mark.parametrize("text", ["问一下高龄补贴", "我们一起去办", "万一办不下来呢", "统一在窗口办"])
def test_words_with_numeral_characters_are_not_numbers(text: str) -> None:
    assert find_numbers(normalize(text)) == []


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("我家住在石桥镇，想办低保", "石桥镇"),  # not in the data: found by its suffix
        ("柳溪村的张奶奶要办身份证", "柳溪村"),  # in the lookup table
        ("我是河西乡的", "河西乡"),
        ("沛县的社保局在哪", "沛县"),
        ("Where is the office in Qingshui County?", "Qingshui County"),
    ],
)
def test_regions(engine: BuiltinNLU, text: str, region: str) -> None:
    regions = _only(engine.parse_sync(text).entities, "region")
    assert [entity.value for entity in regions] == [region]
    assert text[regions[0].start : regions[0].end] == region


@pytest.mark.parametrize(
    "text", ["城乡居民养老保险怎么交", "帮村里王大爷问下高龄补贴咋办", "我们村的低保", "my village office"]
)
def test_words_with_division_suffixes_are_not_regions(engine: BuiltinNLU, text: str) -> None:
    assert _only(engine.parse_sync(text).entities, "region") == []


def test_region_suffix_rules_alone() -> None:
    text = "老家在李家庄村，现在住城关镇"
    assert [match.value for match in find_regions(normalize(text), text)] == ["李家庄村", "城关镇"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("换成英文", "en"),
        ("请用藏语回答", "bo"),
        ("switch to Chinese please", "zh-Hans"),
        ("换成한국어", "ko"),
    ],
)
def test_language_entity(engine: BuiltinNLU, text: str, language: str) -> None:
    result = engine.parse_sync(text)
    assert result.entity_values("language") == [language]


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("身分证补办", "id_card"),
        ("社宝卡丢了", "ss_card"),
        ("高龄津帖怎么领", "elderly_allowance"),
        ("shenfenzheng diu le", "id_card"),  # typed pinyin
        ("how do I get a resident permitt", "residence_permit"),  # typo
        ("want to apply for dibao", "dibao"),
    ],
)
def test_tolerant_service_matching(engine: BuiltinNLU, text: str, service: str) -> None:
    result = engine.parse_sync(text)
    assert result.entity_values("service") == [service]
    _check_offsets(text, result.entities)


def test_homophones_need_the_same_sound() -> None:
    matcher = FuzzyMatcher({"身份证": "id_card", "社保卡": "ss_card", "低保": "dibao"})
    found = matcher.find(normalize("身分证和社宝卡"))
    assert [(m.value, m.method) for m in found] == [("id_card", "pinyin"), ("ss_card", "pinyin")]
    # Different sounds, or every character replaced, are not the same name.
    assert matcher.find(normalize("身体证明")) == []
    assert matcher.find(normalize("地宝")) == []  # both characters of a two-character name differ


def test_gazetteer_prefers_the_longest_form_and_respects_word_boundaries() -> None:
    builder = GazetteerBuilder()
    builder.add("养老保险", "service", "pension_enroll", "lexicon")
    builder.add("城乡居民养老保险", "service", "pension_enroll", "lexicon")
    builder.add("ID card", "service", "id_card", "lexicon")
    gazetteer = builder.build()
    assert [(m.start, m.end) for m in gazetteer.find(normalize("交城乡居民养老保险"))] == [(1, 9)]
    assert gazetteer.find(normalize("a valid card")) == []
    assert [m.value for m in gazetteer.find(normalize("two ID cards"))] == ["id_card"]
    assert gazetteer.find(normalize("squid cards")) == []


def test_conflicting_forms_are_dropped_unless_one_value_dominates() -> None:
    builder = GazetteerBuilder()
    builder.add("养老金", "service", "pension_claim", "example")
    builder.add("养老金", "service", "pension_certify", "example")
    builder.add("低保", "service", "dibao", "lexicon")
    builder.add("低保", "service", "temp_assistance", "example")
    gazetteer = builder.build()
    assert "养老金" not in gazetteer.forms
    assert gazetteer.forms["低保"] == [("service", "dibao")]


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("每个月给八十岁老人发的那个钱怎么申请", "elderly_allowance"),
        ("家里人去世了有什么补助", "funeral_subsidy"),
        ("my baby was just born, how to register him", "hukou_birth"),
    ],
)
def test_a_described_service_is_recognised(engine: BuiltinNLU, text: str, service: str) -> None:
    result = engine.parse_sync(text)
    assert result.intent.name == "ask_service"
    [found] = _only(result.entities, "service")
    assert (found.value, found.extractor) == (service, "banshi.classifier")
    assert 0.55 <= found.confidence_entity < 1.0
    _check_offsets(text, result.entities)


@pytest.mark.parametrize("text", ["饺子馅怎么调", "how do I cook rice"])
def test_questions_about_other_things_name_no_service(engine: BuiltinNLU, text: str) -> None:
    result = engine.parse_sync(text)
    assert result.entity_values("service") == []
    assert result.intent.name == "out_of_scope"
