"""A service guide as readable plain text (the terminal's ``banshi guides show``)."""

from __future__ import annotations

from babel.dates import format_date
from babel.numbers import format_decimal

from bot.guides.models import Condition, Office, Service
from bot.guides.present import office_card
from bot.i18n import Localizer, babel_locale


def render_guide(service: Service, offices: list[Office], i18n: Localizer, locale: str) -> str:
    def t(key: str, **args: object) -> str:
        return i18n.format(key, locale, args)

    def pick(text: dict[str, str]) -> str:
        return i18n.pick(text, locale)

    def condition(when: Condition | None) -> str:
        if not when:
            return ""
        labels = [
            pick(option.label)
            for situation in service.situations
            if situation.id in when
            for option in situation.options
            if option.id in when[situation.id]
        ]
        return " " + t("guide-only-when", condition=" / ".join(labels))

    lines = [f"{pick(service.names)}", "=" * 40, t("guide-sample-notice"), "", pick(service.summary), ""]

    def section(title_key: str, items: list[str]) -> None:
        lines.append(f"【{t(title_key)}】" if locale.startswith("zh") else f"## {t(title_key)}")
        lines.extend(items)
        lines.append("")

    section("guide-audience", [pick(service.audience)])
    section("guide-eligibility", [f"- {pick(item)}" for item in service.eligibility])
    if service.situations:
        section(
            "guide-situations",
            [
                f"- {pick(s.question)} " + " / ".join(pick(o.label) for o in s.options)
                for s in service.situations
            ],
        )
    section(
        "guide-materials",
        [
            f"{n}. {pick(m.name)} — {t('form-' + m.form.value)}, {t('guide-copies', copies=m.copies)}"
            + condition(m.when)
            + (f"\n   {pick(m.note)}" if m.note else "")
            for n, m in enumerate(service.materials, 1)
        ],
    )
    section(
        "guide-steps", [f"{n}. {pick(s.text)}{condition(s.when)}" for n, s in enumerate(service.steps, 1)]
    )
    where = [f"- {t('office-type-' + office_type.value)}" for office_type in service.where]
    where += [render_office(office, i18n, locale) for office in offices[:3]]
    section("guide-where", where)
    section(
        "guide-online",
        [f"- {pick(c.name)}" + (f" {c.url}" if c.url else "") for c in service.online]
        or [t("guide-online-none")],
    )
    section("guide-time-limit", [pick(service.time_limit.text)])
    amounts = [
        t(
            "guide-fee-item",
            label=pick(fee.label),
            amount=format_decimal(fee.amount_yuan, locale=babel_locale(locale)),
        )
        + condition(fee.when)
        for fee in service.fees
    ]
    fee_lines = [f"- {line}" for line in amounts] or [t("guide-free")]
    if service.fee_note:
        fee_lines.append(pick(service.fee_note))
    section("guide-fees", fee_lines)
    proxy = [t(f"guide-proxy-{service.proxy.allowed}"), pick(service.proxy.note)]
    if service.proxy.agent_materials:
        proxy.append(t("guide-proxy-bring"))
        proxy += [f"- {pick(m.name)}{condition(m.when)}" for m in service.proxy.agent_materials]
    if service.proxy.agent_can_do:
        proxy.append(t("guide-proxy-can-do"))
        proxy += [f"- {pick(item)}" for item in service.proxy.agent_can_do]
    section("guide-proxy", proxy)
    section("guide-legal", [f"- {pick(item)}" for item in service.legal_basis])
    lines.append(t("guide-source", source=service.source))
    lines.append(
        t("guide-updated", date=format_date(service.updated, format="long", locale=babel_locale(locale)))
    )
    return "\n".join(lines)


def render_office(office: Office, i18n: Localizer, locale: str) -> str:
    text = "\n".join(i18n.render(part, locale) for part in office_card(office))
    return "\n".join("    " + line.strip() for line in text.splitlines())
