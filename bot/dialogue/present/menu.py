"""The service menu and the navigation buttons every reply can carry."""

from __future__ import annotations

from bot.core.messages import Button, Localized, msg
from bot.core.payloads import AskService, Intent, Menu, Payload, format_payload
from bot.dialogue.context import TurnContext


def button(label_key: str, value: Payload) -> Button:
    return Button(label=msg(label_key), payload=format_payload(value))


def menu_button() -> Button:
    return button("nav-menu", Menu())


def human_button() -> Button:
    return button("nav-human", Intent(name="human"))


async def menu(ctx: TurnContext, page: int = 0, with_human: bool = True) -> None:
    """The services: the common ones first (``common.yml`` menu), the rest on page two."""
    names = await ctx.service_names.get()
    first_page = [s for s in ctx.common.menu if s in ctx.flow_for_service]
    services = first_page if page == 0 else [s for s in ctx.flow_for_service if s not in first_page]
    buttons = [
        Button(
            label=msg("service-name", service=Localized(text=names.get(s, {"zh-Hans": s}))),
            payload=format_payload(AskService(service=s)),
        )
        for s in services
    ]
    if page == 0:
        buttons.append(button("menu-more", Menu(page=1)))
    else:
        buttons.append(button("menu-first", Menu(page=0)))
    if with_human:
        buttons.append(human_button())
    ctx.say(msg("menu-prompt"), buttons=buttons)
