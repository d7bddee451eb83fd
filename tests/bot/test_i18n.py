"""Localization: complete locales, CLDR plurals, and bidi isolation of Uyghur replies."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from babel.numbers import format_decimal
from fluent.syntax import FluentParser, ast, visitor

from bot.core.messages import msg
from bot.i18n import LRI, PDI, Localizer, babel_locale, isolate_ltr_runs

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "locales"
MINORITY = ["ug", "bo", "ii", "za", "ko"]


@pytest.fixture(scope="module")
def i18n() -> Localizer:
    return Localizer(LOCALES)


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def messages(locale: str) -> dict[str, set[str]]:
    """Message key -> the variables it uses, over every .ftl file of the locale."""
    found: dict[str, set[str]] = {}
    for file in sorted((LOCALES / locale).glob("*.ftl")):
        resource = FluentParser().parse(file.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        assert not junk, f"{file}: syntax error near {str(junk[0].content)[:60]!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                variables = _Variables()
                variables.visit(entry)
                found[entry.id.name] = variables.names
    return found


def test_every_locale_is_enabled_and_marked_for_review(i18n: Localizer) -> None:
    languages = i18n.languages.languages
    assert set(i18n.languages.enabled) == {"zh-Hans", "en", *MINORITY}
    assert {code: languages[code].review for code in MINORITY} == dict.fromkeys(MINORITY, "machine-drafted")
    for code in MINORITY:
        first_line = (LOCALES / code / "engine.ftl").read_text(encoding="utf-8").splitlines()[0]
        assert "Machine-drafted" in first_line


@pytest.mark.parametrize("locale", ["en", *MINORITY])
def test_a_locale_has_every_message_with_its_variables(locale: str) -> None:
    reference, translated = messages("zh-Hans"), messages(locale)
    assert sorted(reference.keys() - translated.keys()) == []
    assert sorted(translated.keys() - reference.keys()) == []
    dropped = {
        key: sorted(names - translated[key]) for key, names in reference.items() if names - translated[key]
    }
    assert dropped == {}


@pytest.mark.parametrize("locale", MINORITY)
def test_a_locale_formats_every_message_without_errors(i18n: Localizer, locale: str) -> None:
    bundle = i18n.bundle(locale)
    for key, names in messages(locale).items():
        message = bundle.get_message(key)
        assert message.value is not None, key
        for number in (1, 2, 21):
            text, errors = bundle.format_pattern(message.value, dict.fromkeys(names, number))
            assert errors == [], (key, errors)
            assert str(text).strip(), key


@pytest.mark.parametrize("locale", ["ii", "za", "ko", "bo"])
def test_single_plural_form_languages_use_cldr_other_for_every_number(locale: str) -> None:
    plural = babel_locale(locale).plural_form
    assert {plural(n) for n in (0, 1, 2, 5, 21, 100)} == {"other"}


def test_uyghur_and_english_distinguish_one_by_cldr() -> None:
    assert babel_locale("ug").plural_form(1) == "one"
    assert babel_locale("ug").plural_form(2) == "other"


def test_numbers_follow_cldr(i18n: Localizer) -> None:
    assert format_decimal(12345.5, locale=babel_locale("ko")) == "12,345.5"
    assert format_decimal(12345.5, locale=babel_locale("ug")) == "12,345.5"


def test_copies_plural_reads_naturally_in_korean(i18n: Localizer) -> None:
    # Korean has one form: "1부" and "2부" come from the same pattern, no English "copies".
    one, two = (i18n.format("guide-copies", "ko", {"copies": n}) for n in (1, 2))
    assert "1" in one and "2" in two
    assert one.replace("1", "2") == two


def test_isolates_wrap_left_to_right_runs() -> None:
    text = "تېلېفون: 0000-12345، «青山县民政局» App 12333."
    assert isolate_ltr_runs(text) == (
        f"تېلېفون: {LRI}0000-12345{PDI}، «{LRI}青山县民政局{PDI}» {LRI}App 12333{PDI}."
    )


def test_isolates_keep_brackets_paired_and_existing_isolates() -> None:
    assert isolate_ltr_runs("ئا (12) ب") == f"ئا ({LRI}12{PDI}) ب"
    assert isolate_ltr_runs("ئا 青山县（城关镇）ب") == f"ئا {LRI}青山县（城关镇）{PDI}ب"
    already = f"ئا {LRI}x 1{PDI} ب"
    assert isolate_ltr_runs(already) == already
    assert isolate_ltr_runs("ئا\n12") == f"ئا\n{LRI}12{PDI}"


def test_uyghur_replies_isolate_numbers_and_chinese_names(i18n: Localizer) -> None:
    text = i18n.render(
        msg("handoff-office", office={"zh-Hans": "青山县政务服务中心"}, phone="0000-1234567"), "ug"
    )
    assert f"{LRI}青山县政务服务中心{PDI}" in text
    assert f"{LRI}0000-1234567{PDI}" in text
    # Every left-to-right character is inside an isolate.
    depth = 0
    for char in text:
        depth += (char == LRI) - (char == PDI)
        if unicodedata.bidirectional(char) in ("L", "EN"):
            assert depth == 1, text


@pytest.mark.parametrize("locale", ["zh-Hans", "en", "ko"])
def test_left_to_right_locales_get_no_isolation_marks(i18n: Localizer, locale: str) -> None:
    text = i18n.render(msg("welcome", hotline="12345"), locale)
    assert not {LRI, PDI, "\u2068"} & set(text)
