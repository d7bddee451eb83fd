"""Play conversation test cases against a real App, in-process, and judge every step.

The App is the production one (project catalog, flows, locales, the trained NLU) so a
case tests what a resident would meet; only the stores live in a temporary folder, so
running the cases never touches ``var/banshi.db``. Each case talks as a fresh sender.

After every ``user`` / ``button`` step the runner records what that turn produced (replies,
their rendered texts, the message keys, the checklist's material ids, the flow's answers
and the pending question); the assertion steps that follow are checked against that record.
A case stops at its first failing step, and the result says which step, what it expected,
what happened instead and what the bot last said.
"""

from __future__ import annotations

import importlib
import re
import tempfile
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from bot.app import App, open_app
from bot.asr import SpeechRecognition
from bot.core.messages import Turn
from bot.settings import Settings, StorageSettings
from bot.testcases.schema import (
    AsksStep,
    BotStep,
    ButtonStep,
    ChecklistExcludesStep,
    ChecklistIncludesStep,
    NotAsksStep,
    NotBotStep,
    NotUtterStep,
    SlotWasSetStep,
    Step,
    TestCase,
    UserStep,
    UtterStep,
)
from nlu import NLUEngine

MAX_SHOWN = 400  # characters of the bot's last texts quoted in a failure reason

# Where the flow loader lives: the dialogue package is being reorganised, so the runner
# looks for ``load_flows`` in each candidate module instead of importing one path.
FLOW_LOADER_MODULES = (
    "bot.dialogue.flows",
    "bot.dialogue.flows.schema",
    "bot.dialogue.flows.loader",
    "bot.flows",
)


# -- what the runner reads from replies (structural, so moved classes still fit) ----------


class MsgLike(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def args(self) -> Mapping[str, Any]: ...


class ButtonLike(Protocol):
    @property
    def label(self) -> Any: ...
    @property
    def payload(self) -> str: ...


class ReplyLike(Protocol):
    @property
    def parts(self) -> Sequence[Any]: ...
    @property
    def buttons(self) -> Sequence[Any]: ...
    @property
    def locale(self) -> str: ...


@dataclass
class TurnRecord:
    """What one turn produced, as the assertion steps see it."""

    sent: str
    replies: list[ReplyLike] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # one per reply, its parts joined by lines
    keys: list[str] = field(default_factory=list)  # every message key, nested args included
    materials: list[str] = field(default_factory=list)  # material ids of checklists shown
    checklist_shown: bool = False
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (rendered label, payload)
    slots: dict[str, str] = field(default_factory=dict)
    pending: str | None = None
    error: str | None = None  # the turn raised: this exception, as text


@dataclass(frozen=True)
class CaseResult:
    """One case's outcome. On failure, ``step`` is the 0-based index of the first failing step."""

    case_id: str
    file: Path | None
    passed: bool
    step: int | None = None
    step_text: str = ""
    expected: str = ""
    actual: str = ""
    bot_texts: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        """One line: which step failed, what it expected, what happened, what the bot said."""
        if self.passed:
            return "passed"
        said = " | ".join(text.replace("\n", " / ") for text in self.bot_texts)
        if len(said) > MAX_SHOWN:  # the end: the question or checklist the turn ended on
            said = "…" + said[1 - MAX_SHOWN :]
        return (
            f"steps[{self.step}] `{self.step_text}`: expected {self.expected}; got {self.actual}"
            f"; bot said: «{said}»"
        )


# -- flows: the pending question --------------------------------------------------------


def load_project_flows(path: Path) -> Mapping[str, Any]:
    """The flows of ``dialogues/`` by id, read with the project's own loader."""
    for name in FLOW_LOADER_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        loader = getattr(module, "load_flows", None)
        if callable(loader):
            flows, _common = loader(path)
            return dict(flows)
    raise RuntimeError(f"no load_flows in any of {', '.join(FLOW_LOADER_MODULES)}")


def pending_slot(flows: Mapping[str, Any], state: Any) -> str | None:
    """The slot the bot is waiting for: that of the flow's current step if it is an ask step.

    The one place that knows how a flow state names its question, kept small so that it is
    easy to adjust when the dialogue package moves.
    """
    if state is None:
        return None
    flow = flows.get(state.flow_id)
    if flow is None or not flow.has_step(state.step_id):
        return None
    step = flow.step(state.step_id)
    slot = getattr(step, "slot", None)
    return slot if getattr(step, "type", None) == "ask" and isinstance(slot, str) else None


# -- running ---------------------------------------------------------------------------------


def isolated_settings(settings: Settings, workdir: Path) -> Settings:
    """``settings`` with every store (sessions, handoffs, agents, voice clips, audio) under
    ``workdir`` on SQLite: the cases never see, nor leave anything in, the real stores.
    The NLU settings stay, so the trained model cache in var/nlu is reused."""
    return settings.model_copy(
        update={
            "storage": StorageSettings(backend="sqlite", sqlite_path=workdir / "banshi.db"),
            "voice_in": settings.voice_in.model_copy(update={"clips_path": workdir / "voice"}),
            "speech": settings.speech.model_copy(update={"cache_path": workdir / "audio"}),
        }
    )


def message_keys(part: Any) -> Iterable[str]:
    """A part's key and, recursively, the keys of the messages among its arguments."""
    yield part.key
    for value in part.args.values():
        if hasattr(value, "key") and hasattr(value, "args"):
            yield from message_keys(value)


class CaseRunner:
    """Plays cases against one App; ``flows`` default to the App's dialogues folder."""

    def __init__(self, app: App, flows: Mapping[str, Any] | None = None) -> None:
        self.app = app
        self.flows = flows if flows is not None else load_project_flows(app.settings.dialogues_path)
        handle: Callable[[Any], Awaitable[Sequence[ReplyLike]]] = app.engine.handle
        self._handle = handle

    async def run(self, case: TestCase, sender: str) -> CaseResult:
        channel = case.channel or "rest"
        last: TurnRecord | None = None
        for index, step in enumerate(case.steps):
            if isinstance(step, UserStep | ButtonStep):
                if isinstance(step, ButtonStep):
                    assert last is not None  # the schema makes every case start with `user`
                    payload = _find_button(last, step.button)
                    if payload is None:
                        labels = ", ".join(f"«{label}»" for label, _ in last.buttons) or "none"
                        return _failed(
                            case, index, step, f"a button matching /{step.button}/", f"buttons {labels}", last
                        )
                    text = payload
                else:
                    text = step.user
                last = await self._turn(case, sender, channel, text)
                if last.error is not None:
                    return _failed(case, index, step, "the turn to complete", last.error, last)
                continue
            assert last is not None
            problem = check(step, last)
            if problem is not None:
                expected, actual = problem
                return _failed(case, index, step, expected, actual, last)
        return CaseResult(case.test_case, case.file, True, bot_texts=tuple(last.texts if last else ()))

    async def _turn(self, case: TestCase, sender: str, channel: str, text: str) -> TurnRecord:
        record = TurnRecord(sent=text)
        turn = Turn(sender=sender, channel=channel, text=text, locale_hint=case.locale)
        try:
            replies = list(await self._handle(turn))
        except Exception as exc:  # an engine crash fails the case instead of the whole run
            record.error = f"{type(exc).__name__}: {exc}"
            return record
        render = self.app.i18n.render
        record.replies = replies
        for reply in replies:
            record.texts.append("\n".join(render(part, reply.locale) for part in reply.parts))
            for part in reply.parts:
                record.keys.extend(message_keys(part))
            materials = list(getattr(reply, "materials", None) or [])
            record.materials.extend(materials)
            record.checklist_shown |= bool(materials) or getattr(reply, "kind", "") == "checklist"
            record.buttons.extend((render(b.label, reply.locale), b.payload) for b in reply.buttons)
        session = await self.app.sessions.load(sender)
        state = session.flow if session is not None else None
        record.slots = dict(state.answers) if state is not None else {}
        record.pending = pending_slot(self.flows, state)
        return record


def _find_button(turn: TurnRecord, pattern: str) -> str | None:
    return next((payload for label, payload in turn.buttons if re.search(pattern, label)), None)


def _show(values: Iterable[str]) -> str:
    return "[" + ", ".join(values) + "]"


def check(step: Step, turn: TurnRecord) -> tuple[str, str] | None:
    """None when the assertion holds for ``turn``, else (what was expected, what happened)."""
    if isinstance(step, SlotWasSetStep):
        wrong = {k: v for k, v in step.slot_was_set.items() if turn.slots.get(k) != v}
        if wrong:
            expected = ", ".join(f"{k}={v}" for k, v in wrong.items())
            shown = ", ".join(f"{k}={v}" for k, v in turn.slots.items()) or "none"
            return f"slots {expected}", f"slots {shown}"
    elif isinstance(step, AsksStep):
        if turn.pending != step.asks:
            return f"pending question {step.asks or 'none'}", f"pending question {turn.pending or 'none'}"
    elif isinstance(step, NotAsksStep):
        if turn.pending == step.not_asks:
            return f"a pending question other than {step.not_asks}", f"pending question {turn.pending}"
    elif isinstance(step, ChecklistIncludesStep | ChecklistExcludesStep):
        if not turn.checklist_shown:
            return "a checklist this turn", "no checklist"
        if isinstance(step, ChecklistIncludesStep):
            missing = [m for m in step.checklist_includes if m not in turn.materials]
            if missing:
                return f"checklist with {_show(missing)}", f"checklist {_show(turn.materials)}"
        else:
            present = [m for m in step.checklist_excludes if m in turn.materials]
            if present:
                return f"checklist without {_show(present)}", f"checklist {_show(turn.materials)}"
    elif isinstance(step, BotStep):
        if not any(re.search(step.bot, text) for text in turn.texts):
            return f"a reply matching /{step.bot}/", "no reply matched"
    elif isinstance(step, NotBotStep):
        hit = next((text for text in turn.texts if re.search(step.not_bot, text)), None)
        if hit is not None:
            return f"no reply matching /{step.not_bot}/", f"«{hit[:80]}» matched"
    elif isinstance(step, UtterStep):
        if step.utter not in turn.keys:
            return f"message {step.utter}", f"messages {_show(dict.fromkeys(turn.keys))}"
    elif isinstance(step, NotUtterStep) and step.not_utter in turn.keys:
        return f"no message {step.not_utter}", f"messages {_show(dict.fromkeys(turn.keys))}"
    return None


def _step_text(step: Step) -> str:
    dumped = step.model_dump()
    kind, value = next(iter(dumped.items()))
    if isinstance(value, dict):
        value = "{" + ", ".join(f"{k}: {v}" for k, v in value.items()) + "}"
    elif isinstance(value, list):
        value = _show(map(str, value))
    return f"{kind}: {value}"


def _failed(
    case: TestCase, index: int, step: Step, expected: str, actual: str, turn: TurnRecord | None
) -> CaseResult:
    return CaseResult(
        case.test_case,
        case.file,
        False,
        step=index,
        step_text=_step_text(step),
        expected=expected,
        actual=actual,
        bot_texts=tuple(turn.texts if turn else ()),
    )


async def run_case(
    app: App, case: TestCase, sender: str, flows: Mapping[str, Any] | None = None
) -> CaseResult:
    """One case as ``sender`` (use a sender no other case used: sessions persist in ``app``)."""
    return await CaseRunner(app, flows).run(case, sender)


async def run_cases(
    app: App,
    cases: Sequence[TestCase],
    *,
    on_result: Callable[[CaseResult], None] | None = None,
) -> list[CaseResult]:
    """Every case in order, case n as the fresh sender ``<channel>:case-<n>`` (n skips the
    senders ``app`` already has a session for, so several runs can share one App)."""
    runner = CaseRunner(app)
    results: list[CaseResult] = []
    n = 0
    for case in cases:
        n += 1
        channel = case.channel or "rest"
        while await app.sessions.load(f"{channel}:case-{n}") is not None:
            n += 1
        result = await runner.run(case, f"{channel}:case-{n}")
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


async def run_conversations(
    settings: Settings,
    cases: Sequence[TestCase],
    *,
    nlu: NLUEngine | None = None,
    on_result: Callable[[CaseResult], None] | None = None,
) -> list[CaseResult]:
    """Open an App on ``settings`` with its stores in a temporary folder (the NLU ``nlu``, or
    the one the App loads or trains itself from ``settings.nlu``), run ``cases``, close it."""
    with tempfile.TemporaryDirectory(prefix="banshi-cases-") as workdir:
        app = await open_app(isolated_settings(settings, Path(workdir)), nlu=nlu, asr=SpeechRecognition({}))
        try:
            return await run_cases(app, cases, on_result=on_result)
        finally:
            await app.close()


def summary_line(results: Sequence[CaseResult]) -> str:
    """``conversations: N/M passed (task success X%)``, the line DESIGN.md §3.6b fixes."""
    passed = sum(result.passed for result in results)
    total = len(results)
    share = 100 * passed / total if total else 0.0
    return f"conversations: {passed}/{total} passed (task success {share:.1f}%)"
