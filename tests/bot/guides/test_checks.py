"""Checks across situation options: examples in every locale, one option per example, ranges
that cover every number once, at most one "not sure"; and the real catalog passes them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.guides import Catalog, load_catalog
from bot.guides.checks import check_situation_options, fold_example
from bot.guides.models import KNOWN_LOCALES, Service
from nlu.text import normalize_text
from tests.conftest import GUIDES

Edit = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(GUIDES)


def _options(service: dict[str, Any], situation: str) -> dict[str, dict[str, Any]]:
    found = next(s for s in service["situations"] if s["id"] == situation)
    return {o["id"]: o for o in found["options"]}


def _situation(service: dict[str, Any], situation: str) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in service["situations"] if s["id"] == situation)
    return found


def _problems(
    catalog: Catalog, service_id: str, edit: Edit, locales: tuple[str, ...] = KNOWN_LOCALES
) -> list[str]:
    """Problems of a one-service catalog: the real service, changed by ``edit``."""
    data = catalog.services[service_id].model_dump(exclude_defaults=True)
    edit(data)
    service = Service.model_validate(data)
    small = Catalog(version="test", services={service_id: service}, regions=[], offices=[])
    return check_situation_options(small, locales)


def test_the_real_catalog_has_no_problems(catalog: Catalog) -> None:
    assert check_situation_options(catalog, KNOWN_LOCALES) == []


def test_every_option_has_examples_in_every_locale(catalog: Catalog) -> None:
    for service in catalog.services.values():
        for situation in service.situations:
            for option in situation.options:
                where = f"{service.id}.{situation.id}.{option.id}"
                assert set(option.examples) == set(KNOWN_LOCALES), where
                assert 6 <= len(option.examples["zh-Hans"]) <= 12, where
                assert 4 <= len(option.examples["en"]) <= 8, where
                for locale in ("ug", "bo", "ii", "za", "ko"):
                    assert 3 <= len(option.examples[locale]) <= 6, (where, locale)


# "有社保卡" inside "没有社保卡" is fine: the matcher takes the longest phrase found.
NEGATIONS = ("不", "没", "未", "无", "not ", "no ")


def test_no_example_is_inside_an_example_of_another_option(catalog: Catalog) -> None:
    """A matcher finds examples inside longer messages, so none may contain another option's
    (except as its plain negation)."""
    clashes = []
    for service in catalog.services.values():
        for situation in service.situations:
            forms = [
                (option.id, example, normalize_text(example).strip(), fold_example(example))
                for option in situation.options
                for examples in option.examples.values()
                for example in examples
            ]
            for option, example, normal, folded in forms:
                for other, other_example, other_normal, other_folded in forms:
                    inside = normal in other_normal or folded in other_folded
                    negated = any(other_normal == negation + normal for negation in NEGATIONS)
                    if option != other and inside and not negated:
                        clashes.append(f"{service.id}.{situation.id}: {example!r} in {other_example!r}")
    assert clashes == []


def test_numeric_questions_have_quantities_and_ranges(catalog: Catalog) -> None:
    age = next(s for s in catalog.services["id_card"].situations if s.id == "age")
    assert age.quantity == "age"
    by_id = {o.id: o for o in age.options}
    assert by_id["under_16"].range is not None and by_id["under_16"].range.holds(15.5)
    assert by_id["age_16_plus"].range is not None and by_id["age_16_plus"].range.holds(16)
    years = next(s for s in catalog.services["pension_claim"].situations if s.id == "years")
    assert years.quantity == "years"
    assert [o.id for o in years.options if o.not_sure] == ["not_sure"]
    assert [o.id for o in years.options if o.range is not None and o.range.holds(15)] == ["enough"]
    assert [o.id for o in years.options if o.range is not None and o.range.holds(14)] == ["short"]


def test_fold_ignores_width_case_and_punctuation() -> None:
    assert fold_example("Ｉ  LOST it！") == fold_example("i lost it") == "i lost it"
    assert fold_example("丢了。") == "丢了"
    assert fold_example("can't") == "can t"


def test_missing_locales_are_named(catalog: Catalog) -> None:
    def edit(data: dict[str, Any]) -> None:
        examples = _options(data, "reason")["lost"]["examples"]
        del examples["ug"], examples["bo"]

    assert _problems(catalog, "id_card", edit) == [
        "guides/services/id_card.yml: situations.reason.options.lost: no examples in locale(s) ug, bo"
    ]
    assert _problems(catalog, "id_card", edit, locales=("zh-Hans", "en")) == []


def test_an_option_without_any_examples_or_only_blank_ones(catalog: Catalog) -> None:
    def edit(data: dict[str, Any]) -> None:
        _options(data, "reason")["first"].pop("examples")
        _options(data, "reason")["lost"]["examples"]["en"] = ["  "]

    assert _problems(catalog, "id_card", edit, locales=("zh-Hans", "en")) == [
        "guides/services/id_card.yml: situations.reason.options.first: no examples in locale(s) zh-Hans, en",
        "guides/services/id_card.yml: situations.reason.options.lost: no examples in locale(s) en",
        "guides/services/id_card.yml: situations.reason.options.lost: example '  ' (en) is empty",
    ]


def test_examples_in_an_unknown_locale(catalog: Catalog) -> None:
    def edit(data: dict[str, Any]) -> None:
        _options(data, "reason")["lost"]["examples"]["zh"] = ["丢了"]

    assert _problems(catalog, "id_card", edit) == [
        "guides/services/id_card.yml: situations.reason.options.lost: examples in unknown locale(s) zh"
    ]


def test_the_same_example_in_two_options_after_folding(catalog: Catalog) -> None:
    def edit(data: dict[str, Any]) -> None:
        options = _options(data, "reason")
        options["lost"]["examples"]["en"].append("Expired!")  # "expired" is the expired option's
        options["damaged"]["examples"]["ko"].append("丢了")  # across locales too

    assert _problems(catalog, "id_card", edit) == [
        # reported on the later option of the two, in the order of the locales
        "guides/services/id_card.yml: situations.reason.options.lost: "
        "example '丢了' (zh-Hans) is also an example of option 'damaged'",
        "guides/services/id_card.yml: situations.reason.options.lost: "
        "example 'Expired!' (en) is also an example of option 'expired'",
    ]


def test_the_same_example_in_two_situations_is_fine(catalog: Catalog) -> None:
    def edit(data: dict[str, Any]) -> None:
        _options(data, "age")["under_16"]["examples"]["en"].append("lost")

    assert _problems(catalog, "id_card", edit) == []


def test_a_range_without_a_quantity(catalog: Catalog) -> None:
    def edit(data: dict[str, Any]) -> None:
        del _situation(data, "age")["quantity"]

    assert _problems(catalog, "id_card", edit) == [
        "guides/services/id_card.yml: situations.age.options.under_16: "
        "has a range but situation 'age' sets no quantity",
        "guides/services/id_card.yml: situations.age.options.age_16_plus: "
        "has a range but situation 'age' sets no quantity",
    ]


def test_a_quantity_with_an_option_without_range(catalog: Catalog) -> None:
    def edit(data: dict[str, Any]) -> None:
        del _options(data, "age")["age_16_plus"]["range"]

    assert _problems(catalog, "id_card", edit) == [
        "guides/services/id_card.yml: situations.age.options.age_16_plus: "
        "no range, but situation 'age' counts age",
        "guides/services/id_card.yml: situations.age.options.under_16: the highest range ends at 16; "
        "it must be open (no lt)",
    ]


@pytest.mark.parametrize(
    ("under", "over", "problem"),
    [
        ({"lt": 16}, {"gte": 16}, None),
        ({"gte": 0, "lt": 16}, {"gte": 16}, None),
        ({"lt": 18}, {"gte": 16}, "age_16_plus: range overlaps that of option 'under_16'"),
        ({}, {"gte": 16}, "age_16_plus: range overlaps that of option 'under_16'"),
        ({"lt": 16}, {}, "age_16_plus: range overlaps that of option 'under_16'"),
        ({"lt": 14}, {"gte": 16}, "age_16_plus: gap from 14 to 16 after option 'under_16'"),
        ({"gte": 1, "lt": 16}, {"gte": 16}, "under_16: the lowest range starts at 1, not at 0 (or open)"),
        (
            {"lt": 16},
            {"gte": 16, "lt": 150},
            "age_16_plus: the highest range ends at 150; it must be open (no lt)",
        ),
    ],
)
def test_ranges_cover_every_number_once(
    catalog: Catalog, under: dict[str, float], over: dict[str, float], problem: str | None
) -> None:
    def edit(data: dict[str, Any]) -> None:
        options = _options(data, "age")
        options["under_16"]["range"] = under
        options["age_16_plus"]["range"] = over

    expected = [] if problem is None else [f"guides/services/id_card.yml: situations.age.options.{problem}"]
    assert _problems(catalog, "id_card", edit) == expected


def test_an_empty_range(catalog: Catalog) -> None:
    def edit(data: dict[str, Any]) -> None:
        options = _options(data, "age")
        options["under_16"]["range"] = {"gte": 16, "lt": 10}
        options["age_16_plus"]["range"] = {"lt": 16}

    assert (
        "guides/services/id_card.yml: situations.age.options.under_16: empty range (gte 16 >= lt 10)"
        in _problems(catalog, "id_card", edit)
    )


def test_at_most_one_not_sure_option_and_it_has_no_range(catalog: Catalog) -> None:
    def edit(data: dict[str, Any]) -> None:
        _options(data, "years")["short"]["not_sure"] = True  # keeps its range lt 15

    prefix = "guides/services/pension_claim.yml: situations.years.options"
    assert _problems(catalog, "pension_claim", edit) == [
        f"{prefix}.short: a not_sure option must have no range",
        f"{prefix}.not_sure: more than one not_sure option (the first is 'short')",
        # without short's range, nothing below 15 is covered any more
        f"{prefix}.enough: the lowest range starts at 15, not at 0 (or open)",
    ]
