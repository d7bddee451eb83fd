"""Answers to the current flow question given by its buttons or by a plain yes or no."""

from __future__ import annotations

from bot.core.payloads import Choose, SkipQuestion
from bot.dialogue.context import TurnContext
from bot.dialogue.flows.runner import answer, confirm, continue_or_menu, current_step, skip, stale
from bot.dialogue.flows.schema import AskStep, ConfirmStep
from bot.dialogue.router import Router
from nlu import ParseResult

router = Router("questions")


def _asked_now(ctx: TurnContext, payload: Choose | SkipQuestion) -> AskStep | ConfirmStep | None:
    """The question a button belongs to, if it is the one being asked now (else the button is stale)."""
    step = current_step(ctx)
    flow_id = ctx.session.flow.flow_id if ctx.session.flow else None
    if not isinstance(step, AskStep | ConfirmStep) or payload.flow != flow_id or payload.step != step.id:
        return None
    return step


@router.payload(Choose)
async def choose(ctx: TurnContext, payload: Choose) -> None:
    """An answer button."""
    step = _asked_now(ctx, payload)
    if step is None:
        await stale(ctx)
        return
    if isinstance(step, ConfirmStep):
        if payload.value not in ("yes", "no"):
            await stale(ctx)
            return
        await confirm(ctx, step, payload.value == "yes")
        return
    allowed = {c.value for c in step.choices} if step.input == "choice" else {"yes", "no"}
    if payload.value not in allowed:
        await stale(ctx)
        return
    await answer(ctx, step, payload.value)


@router.payload(SkipQuestion)
async def skip_button(ctx: TurnContext, payload: SkipQuestion) -> None:
    """ "Not sure, skip it": go on without this answer."""
    step = _asked_now(ctx, payload)
    if not isinstance(step, AskStep):
        await stale(ctx)
        return
    await skip(ctx, step)


@router.intent("affirm", "deny")
async def yes_or_no(ctx: TurnContext, parse: ParseResult, service_id: str | None) -> None:
    step = current_step(ctx)
    yes = parse.intent.name == "affirm"
    if isinstance(step, ConfirmStep):
        await confirm(ctx, step, yes)
    elif isinstance(step, AskStep) and step.input == "yes_no":
        await answer(ctx, step, "yes" if yes else "no")
    else:
        await continue_or_menu(ctx)
