"""What the benchmarks share: paths, settings, a private redis-server, the NLU model, figures,
and :class:`SimUser`, a simulated resident who walks the real flows and checks every reply.

Nothing here asserts on time; the scripts print what they measure.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import socket
import subprocess
import time
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.core.payloads import payload
from bot.core.payloads import split_payload as parse_payload
from bot.dialogue.flows import load_flows
from bot.dialogue.flows.schema import AskStep, ConfirmStep, EndStep, Flow, HandoffStep, passes, walk
from bot.settings import Settings, load_settings
from nlu import BuiltinNLU, NLUConfig, lexicon_from_services, load_or_train

ROOT = Path(__file__).resolve().parent.parent
GUIDES = ROOT / "guides"
LOCALES = ROOT / "locales"
DIALOGUES = ROOT / "dialogues"
NLU_DATA = ROOT / "nlu" / "data"
# The project's own model cache (what `banshi run` uses); retrained there only when stale.
MODEL_PATH = ROOT / "var" / "nlu" / "model.pkl"
RATE_LIMIT_OFF = 10_000  # messages per minute per sender: the most settings allow
# The CPUs this process may use, read before any pinning.
ALL_CPUS = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []


# -- figures -----------------------------------------------------------------------------


def pin_to_one_core(pid: int = 0, core: int | None = None) -> str:
    """Pin a process (this one by default) to one CPU; says what it did."""
    if not ALL_CPUS:
        return "not pinned (no sched_setaffinity here)"
    chosen = ALL_CPUS[0] if core is None else core
    os.sched_setaffinity(pid, {chosen})
    return f"pinned to CPU {chosen}"


def pin(pid: int, cores: Sequence[int]) -> None:
    """Let a process run on ``cores`` only (nothing happens where that cannot be set)."""
    if ALL_CPUS and cores:
        os.sched_setaffinity(pid, set(cores))


def other_cores() -> list[int]:
    """The CPUs this process is not pinned to (all of them when that leaves none)."""
    busy = os.sched_getaffinity(0) if ALL_CPUS else set()
    return [core for core in ALL_CPUS if core not in busy] or list(ALL_CPUS)


def percentile(sorted_values: Sequence[float], share: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(share * (len(sorted_values) - 1))))
    return sorted_values[index]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def machine() -> str:
    return f"{len(ALL_CPUS) or os.cpu_count()} cores of {cpu_model()}"


# -- servers and settings ----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], within: float = 10.0) -> None:
    deadline = time.monotonic() + within
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"nothing is listening on 127.0.0.1:{port}") from None
            time.sleep(0.05)


def stop_process(process: subprocess.Popen[bytes], within: float = 10.0) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=within)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def redis_server(workdir: Path, cores: Sequence[int] = ()) -> Iterator[str]:
    """A private redis-server on a free loopback port (no persistence), stopped afterwards;
    yields its URL. It runs on ``cores`` (default: every CPU, whatever this process is pinned to)."""
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not Path(binary).exists():
        raise SystemExit("redis-server is not installed (apt-get install redis-server)")
    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [
            *(binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"),
            *("--dir", str(workdir), "--protected-mode", "yes"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        pin(process.pid, cores or ALL_CPUS)
        wait_for_port(port, process)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        stop_process(process)


def write_config(
    folder: Path,
    *,
    backend: str = "sqlite",
    redis_url: str | None = None,
    key_prefix: str = "banshi",
    model_path: Path = MODEL_PATH,
    **sections: Any,
) -> Path:
    """A config.yml for the project's real catalog, flows and locales, with SQLite in
    ``folder`` (or Redis at ``redis_url``) and the per-sender rate limit out of the way."""
    folder.mkdir(parents=True, exist_ok=True)
    config: dict[str, Any] = {
        "locales_path": str(LOCALES),
        "dialogues_path": str(DIALOGUES),
        "log_level": "WARNING",
        "guides": {"path": str(GUIDES)},
        "storage": {"backend": backend, "sqlite_path": str(folder / "banshi.db")},
        "nlu": {"data_path": str(NLU_DATA), "model_path": str(model_path)},
        "limits": {"messages_per_minute": RATE_LIMIT_OFF},
        "speech": {"enabled": False, "cache_path": str(folder / "audio")},
    }
    if redis_url is not None:
        config["redis"] = {"url": redis_url, "key_prefix": key_prefix}
    config.update(sections)
    path = folder / "config.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def bench_settings(folder: Path, **options: Any) -> Settings:
    return load_settings(write_config(folder, **options), environ={})


def prepare_nlu(model_path: Path = MODEL_PATH) -> BuiltinNLU:
    """The built-in NLU from ``model_path``, trained (about 13 s) and saved there if missing or
    stale, exactly as `banshi run` would: workers started afterwards load it at once."""
    from bot.guides import load_catalog

    lexicon = lexicon_from_services(load_catalog(GUIDES).services)
    return load_or_train(NLUConfig(data_path=NLU_DATA, model_path=model_path), lexicon)


# -- simulated users ---------------------------------------------------------------------

# What people type first, per service (checked against the NLU: each starts its flow, or,
# with pick=True, gets "which of these?" and the user presses the right service button).
OPENERS: dict[str, tuple[str, bool]] = {
    "id_card": ("身份证丢了怎么办", False),
    "ss_card": ("社保卡丢了怎么补办", False),
    "residence_permit": ("怎么办居住证", False),
    "pension_certify": ("养老金资格认证怎么办", False),  # the longer name says which
    "medical_reimburse": ("医药费怎么报销", False),
    "elderly_allowance": ("高龄津贴怎么申请", False),
    "dibao": ("低保怎么申请", False),
    "disability_cert": ("怎么办残疾证", False),
    "marriage": ("结婚登记怎么办理", False),
    "housing_fund": ("公积金怎么提取", False),
    "hukou_birth": ("新生儿怎么上户口", False),
    "hukou_transfer": ("户口迁移怎么办", False),
    "medical_transfer": ("异地就医备案怎么弄", False),
    "temp_assistance": ("临时救助怎么申请", False),
    "funeral_subsidy": ("丧葬补助金怎么领", False),
    "farm_subsidy": ("耕地地力保护补贴怎么领", False),
    "pension_enroll": ("城乡居民养老保险怎么参保", False),
    "pension_claim": ("养老金怎么申领", False),
    "medical_enroll": ("医保怎么交", False),
    "disability_subsidy": ("残疾人两项补贴怎么申请", False),
}
# The situations an opener already tells: the engine does not ask them.
TOLD: dict[str, dict[str, str]] = {"id_card": {"reason": "lost"}, "ss_card": {"reason": "lost"}}
TYPED_LOOKUPS = ("在哪里办", "要多少钱")  # asked at a flow's "anything else?" step
THANKS = "谢谢"
RESTART = "/restart"
REPEAT = "/repeat"


def load_bench_flows() -> dict[str, Flow]:
    flows, _ = load_flows(DIALOGUES)
    return flows


def apology_texts() -> set[str]:
    """The text of the engine's "sorry, something went wrong" reply in every locale: a turn
    that failed on the server still answers 200 with it, and the benchmarks count it an error."""
    from bot.core.messages import msg
    from bot.i18n import Localizer

    _, common = load_flows(DIALOGUES)
    i18n = Localizer(LOCALES)
    apology = msg("error-apology", hotline=common.hotline)
    return {i18n.render(apology, code) for code in i18n.languages.languages}


@dataclass(frozen=True)
class Expect:
    """What the next replies must show: a question (flow, step), the end of a flow (``end``:
    no question, a menu button), or the "which of these?" buttons (``pick``)."""

    kind: str  # "step" | "end" | "pick"
    flow: str = ""
    step: str = ""


def resolve(flow: Flow, step_id: str, answers: dict[str, str], asked: Collection[str] = ()) -> Expect:
    """Where the flow waits next when it runs from ``step_id`` (as the engine walks it: questions
    answered before they were asked are passed; ``asked``: the step ids answered so far)."""
    *_, last = walk(flow, step_id, answers, asked=asked)
    if isinstance(last, ConfirmStep) or (isinstance(last, AskStep) and not passes(last, answers, asked, ())):
        return Expect("step", flow.flow, last.id)
    if isinstance(last, HandoffStep | EndStep):
        return Expect("end")
    raise RuntimeError(f"flow {flow.flow} loops at {step_id}")


def choose_buttons(replies: Sequence[Sequence[str]]) -> list[dict[str, Any]]:
    """The data of every ``/choose`` button in the replies, in order."""
    found = []
    for buttons in replies:
        for button in buttons:
            parsed = parse_payload(button)
            if parsed is not None and parsed[0] == "choose":
                found.append(parsed[1])
    return found


class SimUser:
    """One resident walking flows, one message at a time: an opening question in their own
    words, then buttons pressed (payloads taken from the replies) or typed numbers, a lookup
    at the "anything else?" step, "done", and "谢谢"; then another service.

    :meth:`check` compares each answer with where the flow must be now. A reply that does not
    advance (the question we just answered, asked again) or is empty counts as ``lost``; any
    other deviation (a step skipped or out of order: a turn applied twice, or an older
    session) as ``out_of_order``. After a deviation the user says /restart and starts over.
    """

    def __init__(
        self,
        sender: str,
        flows: dict[str, Flow],
        rng: random.Random,
        *,
        typed_share: float = 0.4,
        repeat_share: float = 0.04,
    ) -> None:
        self.sender = sender
        self._typed_share = typed_share  # answers typed as a number rather than pressed
        self._repeat_share = repeat_share  # questions answered with "say that again"
        self._flows = {flow.service: flow for flow in flows.values()}
        self._services = [service for service in OPENERS if service in self._flows]
        self._rng = rng
        self._service = ""
        self._answers: dict[str, str] = {}
        self._asked: set[str] = set()  # step ids answered in this flow (the engine asks them again)
        self._expect = Expect("end")
        self._answered: str | None = None  # the step the last message answered
        self._lookups = 0
        self._last_buttons: list[str] = []
        self._next: str = ""
        self._at_question = False
        self.turns = 0
        self.flows_done = 0
        self._plan_opener()

    # -- what to say next ------------------------------------------------------------------

    def _plan_opener(self) -> None:
        self._service = self._rng.choice([s for s in self._services if s != self._service])
        text, pick = OPENERS[self._service]
        flow = self._flows[self._service]
        self._answers = dict(TOLD.get(self._service, {}))
        self._asked = set()
        self._lookups = 0
        self._answered = None
        self._next = text
        self._expect = Expect("pick") if pick else resolve(flow, flow.start, self._answers)

    def next_message(self) -> str:
        return self._next

    @property
    def waiting_at_question(self) -> bool:
        """The last reply was a question of a flow, which this user has yet to answer."""
        return self._at_question

    def _plan(self) -> None:
        """After a reply that matched: choose the next message and what it must bring."""
        expect = self._expect
        if expect.kind == "pick":
            flow = self._flows[self._service]
            button = payload("ask_service", service=self._service)
            self._next = self._press_or_type(button)
            self._answered = None
            self._expect = resolve(flow, flow.start, {})
            return
        if expect.kind == "end":
            if self._next == THANKS or self._next == RESTART:  # thanked: on to another errand
                if self._next == THANKS:
                    self.flows_done += 1
                self._plan_opener()
            else:
                self._next = THANKS
                self._answered = None
                self._expect = Expect("end")
            return
        flow = self._flows[self._service]
        step = flow.step(expect.step)
        assert isinstance(step, AskStep | ConfirmStep)
        self._answered = step.id
        self._asked.add(step.id)
        if self._rng.random() < self._repeat_share:
            self._next = REPEAT  # "say that again"
            return  # the same question comes back
        if isinstance(step, ConfirmStep):
            value = self._rng.choice(["yes", "no"])
            target = step.yes if value == "yes" else step.no
            assert target is not None
        else:
            values = [choice.value for choice in step.choices] or ["yes", "no"]
            if "done" in values:  # "anything else?": one lookup, then done
                if self._lookups == 0 and self._rng.random() < 0.3:
                    self._lookups += 1
                    self._next = self._rng.choice(TYPED_LOOKUPS)
                    return  # the lookup, then the same question again
                if self._lookups == 0:
                    self._lookups += 1
                    value = self._rng.choice([v for v in values if v != "done"])
                else:
                    value = "done"
            else:
                value = self._rng.choice(values)
            chosen = next((c for c in step.choices if c.value == value), None)
            target = (chosen.next if chosen else None) or step.next
            assert target is not None
            self._answers[step.slot] = value
        button = payload("choose", flow=flow.flow, step=step.id, value=value)
        self._next = self._press_or_type(button)
        self._expect = resolve(flow, target, self._answers, self._asked)

    def _press_or_type(self, button: str) -> str:
        """The button's payload (a press), or sometimes its number typed ("2": the second)."""
        if button in self._last_buttons and self._rng.random() < self._typed_share:
            return str(self._last_buttons.index(button) + 1)
        return button

    # -- checking the reply ----------------------------------------------------------------

    def reset(self) -> None:
        """The last message failed (an error, not a reply): say /restart and start over."""
        self.turns += 1
        self._next = RESTART
        self._answered = None
        self._expect = Expect("end")

    def check(self, replies: Sequence[Sequence[str]]) -> str:
        """``replies``: the button payloads of each reply, in order. Returns "ok", "lost" or
        "out_of_order", and plans the next message."""
        self.turns += 1
        with_buttons = [list(buttons) for buttons in replies if buttons]
        self._last_buttons = with_buttons[-1] if with_buttons else []
        chosen = choose_buttons(replies)
        last = chosen[-1] if chosen else None
        expect = self._expect
        if expect.kind == "step":
            ok = last is not None and last.get("flow") == expect.flow and last.get("step") == expect.step
        elif expect.kind == "pick":
            ok = payload("ask_service", service=self._service) in self._last_buttons
        else:
            ok = last is None and bool(self._last_buttons)
        self._at_question = ok and expect.kind == "step"
        if ok:
            self._plan()
            return "ok"
        # Empty, or the question just answered asked again (or /restart not taking): lost.
        not_advanced = last is not None and last.get("step") == self._answered
        outcome = "lost" if not replies or not_advanced or self._next == RESTART else "out_of_order"
        self.reset()
        self.turns -= 1
        return outcome
