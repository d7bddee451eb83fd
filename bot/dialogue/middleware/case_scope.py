"""A proxy agent's turn inside a case: the flow state lives on the case, not on the agent's
own session. It is loaded from the case before the turn and stored back after it (both
audited by :mod:`bot.agents.service`)."""

from __future__ import annotations

from bot.agents import AccessDenied, Case
from bot.core.messages import Turn
from bot.dialogue.context import TurnContext
from bot.dialogue.middleware import ContextHandler
from bot.dialogue.present.cases import denial


async def case_scope(ctx: TurnContext, turn: Turn, call_next: ContextHandler) -> None:
    case = await enter_case(ctx)
    await call_next(ctx, turn)
    if not ctx.erased:
        await leave_case(ctx, case)


async def enter_case(ctx: TurnContext) -> Case | None:
    """Load the active case's flow into the session for this turn (an audited read)."""
    session = ctx.session
    if session.active_case is None or ctx.agents is None:
        return None
    try:
        case = await ctx.agents.case(session.sender, session.active_case)
    except AccessDenied as denied:
        session.active_case = None
        session.flow = None
        ctx.say(denial(denied))
        return None
    # A copy: the turn changes it in place, and the case must show what changed.
    session.flow = case.flow.model_copy(deep=True) if case.flow else None
    return case


async def leave_case(ctx: TurnContext, case: Case | None) -> None:
    """Store the turn's flow state back on the case; the agent's own session keeps none."""
    session = ctx.session
    if case is None or ctx.agents is None:
        return
    if session.active_case == case.id and session.flow != case.flow:
        try:
            await ctx.agents.save_flow(session.sender, case.id, session.flow)
        except AccessDenied as denied:
            session.active_case = None
            ctx.say(denial(denied))
    session.flow = None
