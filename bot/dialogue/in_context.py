"""Acting on what a message means in this conversation (see :mod:`bot.dialogue.understand`).

Three moments use it: every typed message may say who the errand is for and where the person
lives (:func:`note_person_and_place`); a message that starts a service may already tell its
situation (:func:`situations_told`); and while a question is pending, a message is first read
as a reply to it (:func:`answer_in_context`) — an answer, a correction, "I don't know", "skip",
or "I don't understand the question".
"""

from __future__ import annotations

from bot.core.messages import Button, Localized, msg
from bot.core.payloads import Intent, SkipQuestion, Stay, format_payload
from bot.dialogue.context import TurnContext
from bot.dialogue.flows.runner import (
    answer,
    ask,
    continue_or_menu,
    current_service_id,
    current_step,
    go_back,
    run,
    skip,
)
from bot.dialogue.flows.schema import AskStep, Flow, walk
from bot.dialogue.present.lookup import lookup
from bot.dialogue.understand import Answer, Correction, NotSure, SaySimpler, Skip, read_reply
from bot.guides.present import join
from bot.sessions import FlowState

ON_BEHALF_OPTION = "family_member"  # the option of a "who applies" question for someone else


async def note_person_and_place(ctx: TurnContext, text: str) -> None:
    """Remember that the errand is for someone else, and the place named, for the whole session."""
    vocabulary = ctx.understanding.vocabulary
    if vocabulary.says("on_behalf", text, ctx.locale) and not vocabulary.says("on_self", text, ctx.locale):
        ctx.session.on_behalf = True
    place = (await ctx.understanding.places()).find(text)
    if place is not None:
        ctx.session.place = place


async def situations_told(ctx: TurnContext, service_id: str, text: str) -> dict[str, str]:
    """The situations of ``service_id`` that a message starting it already tells (none for a
    service without a flow). Someone who said they ask for another person has answered "who
    applies" too."""
    if service_id not in ctx.flow_for_service:
        return {}
    reader = await ctx.understanding.reader()
    told = reader.slots_in(service_id, text, ctx.locale)
    if ctx.session.on_behalf:
        for slot in reader.slots_with_option(service_id, ON_BEHALF_OPTION):
            told.setdefault(slot, ON_BEHALF_OPTION)
    return told


async def answer_aside(ctx: TurnContext, text: str) -> bool:
    """A question about one part of the guide in passing ("能代办吗", "要多久"): answered, then
    the conversation goes on; at the "anything else?" question it is that question's answer."""
    part = ctx.understanding.vocabulary.aside(text, ctx.locale)
    service_id = current_service_id(ctx)
    service = await ctx.guides.get_service(service_id) if part and service_id else None
    if part is None or service is None:
        return False
    step = current_step(ctx)
    if isinstance(step, AskStep) and any(choice.value == part for choice in step.choices):
        await answer(ctx, step, part)
        return True
    await lookup(ctx, service, part)
    await continue_or_menu(ctx)
    return True


async def answer_in_context(ctx: TurnContext, text: str) -> bool:
    """Read ``text`` as a reply to the pending question; True if it was one and was acted on."""
    step = current_step(ctx)
    state = ctx.session.flow
    service_id = current_service_id(ctx)
    if not isinstance(step, AskStep) or state is None or service_id is None:
        return False
    meaning = read_reply(
        await ctx.understanding.reader(),
        ctx.understanding.vocabulary,
        service_id=service_id,
        slot=step.slot,
        answers=state.answers,
        text=text,
        locale=ctx.locale,
    )
    if meaning is None:
        return False
    if isinstance(meaning, SaySimpler):
        await say_simpler(ctx, step)
        return True
    ctx.session.misses = 0
    if isinstance(meaning, Answer):
        for slot, value in meaning.also.items():
            state.answers.setdefault(slot, value)
        await answer(ctx, step, meaning.value)
    elif isinstance(meaning, Correction):
        await correct(ctx, meaning.changes)
    elif isinstance(meaning, NotSure):
        ctx.say(msg("not-sure-explain", hotline=ctx.common.hotline))
        await ask(ctx, step, extra=[skip_button(state, step)])
    elif isinstance(meaning, Skip):
        await skip(ctx, step)
    return True


def skip_button(state: FlowState, step: AskStep) -> Button:
    return Button(
        label=msg("answer-skip"), payload=format_payload(SkipQuestion(flow=state.flow_id, step=step.id))
    )


async def say_simpler(ctx: TurnContext, step: AskStep) -> None:
    """The question again in plainer words; a second miss in a row offers a person too."""
    ctx.session.misses += 1
    state = ctx.session.flow
    assert state is not None
    if ctx.session.misses >= 2:
        ctx.say(
            msg("not-understood-offer-human", hotline=ctx.common.hotline),
            buttons=[
                Button(label=msg("nav-human"), payload=format_payload(Intent(name="human"))),
                Button(label=msg("nav-continue"), payload=format_payload(Stay())),
            ],
        )
    ctx.say(msg("not-understood-simple"))
    await ask(ctx, step, simple=True, extra=[skip_button(state, step)])


async def correct(ctx: TurnContext, changes: dict[str, str]) -> None:
    """Change earlier answers, drop those that no longer apply, and walk on from the start:
    what is known is passed, what is unknown is asked, and the checklist is shown again."""
    state = ctx.session.flow
    assert state is not None
    flow = ctx.flows[state.flow_id]
    if not changes:  # "刚才说错了" alone: ask the last question again
        if state.history:
            await go_back(ctx)
        else:
            await run(ctx, state.step_id, ask_again=True)
        return
    service = await ctx.guides.get_service(flow.service)
    labels = []
    for slot, value in changes.items():
        situation = next((s for s in service.situations if s.id == slot), None) if service else None
        option = next((o for o in situation.options if o.id == value), None) if situation else None
        if option is not None:
            labels.append(msg("plain", text=Localized(text=option.label)))
    answers = {**state.answers, **changes}
    state.skipped = [slot for slot in state.skipped if slot not in changes]
    kept = _slots_on_path(flow, answers, state.skipped)
    state.answers = {slot: value for slot, value in answers.items() if slot in kept}
    state.history = []
    if labels:
        ctx.say(msg("answer-changed", answer=join(labels)))
    await run(ctx, flow.start)


def _slots_on_path(flow: Flow, answers: dict[str, str], skipped: list[str]) -> set[str]:
    """The questions a walk from the start passes with these answers and skipped questions (the
    answers to others no longer apply)."""
    path = walk(flow, flow.start, answers, skipped=skipped)
    reached = {step.slot for step in path if isinstance(step, AskStep)}
    return {slot for slot in reached if slot in answers} - {"more"}
