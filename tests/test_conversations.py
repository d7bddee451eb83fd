"""The conversation test cases (tests/conversations/**/*.yml), one test per case, and the
runner's own tests: cases that must pass, cases that must fail (a runner that cannot fail
proves nothing), the step checks, and schema errors that name file, case and step."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.app import App, open_app
from bot.asr import SpeechRecognition
from bot.testcases.runner import CaseResult, TurnRecord, check, run_case, run_cases, summary_line
from bot.testcases.schema import CaseFileError, TestCase, load_cases
from nlu import BuiltinNLU
from tests.conftest import ROOT, project_settings

# The module-scoped App lives on the module's event loop; its async tests run there too.
on_module_loop = pytest.mark.asyncio(loop_scope="module")

CASES_PATH = ROOT / "tests" / "conversations"
# Cases the dialogue does not pass yet, one id a line ("#" starts a comment). Strict: a case
# that starts passing fails here until it is taken off the list, so the list only shrinks.
KNOWN_FAILURES_PATH = CASES_PATH / "known_failures.txt"
KNOWN_FAILURES = {
    line.split("#", 1)[0].strip()
    for line in KNOWN_FAILURES_PATH.read_text(encoding="utf-8").splitlines()
    if line.split("#", 1)[0].strip()
}


def _collect() -> tuple[list[TestCase], list[str]]:
    # A broken case file must fail one test loudly, not stop the whole module from collecting.
    try:
        return load_cases([CASES_PATH]), []
    except CaseFileError as exc:
        return [], exc.problems


CASES, PROBLEMS = _collect()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def case_app(tmp_path_factory: pytest.TempPathFactory, engine: BuiltinNLU) -> AsyncIterator[App]:
    """One App for the module, its stores in a temporary folder; no speech models needed."""
    settings = project_settings(tmp_path_factory.mktemp("conversations"))
    built = await open_app(settings, nlu=engine, asr=SpeechRecognition({}))
    yield built
    await built.close()


def test_case_files_are_valid() -> None:
    assert not PROBLEMS, "\n".join(PROBLEMS)


def _marked(index: int, case: TestCase) -> object:
    if case.test_case in KNOWN_FAILURES:
        return pytest.param(index, case, marks=pytest.mark.xfail(strict=True, reason="known_failures.txt"))
    return pytest.param(index, case)


def test_known_failures_name_real_cases() -> None:
    assert {case.test_case for case in CASES} >= KNOWN_FAILURES


@pytest.mark.parametrize(
    ("index", "case"), [_marked(i, c) for i, c in enumerate(CASES, 1)], ids=[c.test_case for c in CASES]
)
@on_module_loop
async def test_conversation(case_app: App, index: int, case: TestCase) -> None:
    result = await run_case(case_app, case, f"{case.channel or 'rest'}:case-{index}")
    assert result.passed, result.reason


# -- the runner itself -----------------------------------------------------------------------


def _cases(tmp_path: Path, text: str, name: str = "cases.yml") -> list[TestCase]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_cases([path])


PASSING = """
test_cases:
  - test_case: runner_buttons_pass
    steps:
      - user: 身份证
      - asks: reason
      - utter: flow-start
      - not_utter: checklist-title
      - button: 丢了
      - slot_was_set: {reason: lost}
      - asks: age
      - not_asks: reason
      - user: "2"
      - slot_was_set: {reason: lost, age: age_16_plus}
      - utter: checklist-title
      - bot: "40 ?元"
      - not_bot: "\\\\{|\\\\}"
  - test_case: runner_english_pass
    locale: en
    steps:
      - user: hello
      - user: "/ask_service{\\"service\\": \\"id_card\\"}"
      - asks: reason
      - bot: "[A-Za-z]"
"""

FAILING = """
test_cases:
  - test_case: runner_wrong_question
    steps:
      - user: 身份证
      - asks: funeral_date
  - test_case: runner_missing_button
    steps:
      - user: 身份证
      - button: 没有这个按钮
      - asks: age
  - test_case: runner_wrong_slot
    steps:
      - user: 身份证
      - button: 丢了
      - slot_was_set: {reason: expired}
"""


@on_module_loop
async def test_runner_passes_cases_that_hold(case_app: App, tmp_path: Path) -> None:
    results = await run_cases(case_app, _cases(tmp_path, PASSING))
    assert [r.reason for r in results] == ["passed", "passed"]
    assert summary_line(results) == "conversations: 2/2 passed (task success 100.0%)"


@on_module_loop
async def test_runner_fails_cases_that_do_not_hold(case_app: App, tmp_path: Path) -> None:
    wrong_question, missing_button, wrong_slot = await run_cases(case_app, _cases(tmp_path, FAILING))
    assert not wrong_question.passed and wrong_question.step == 1
    assert "pending question funeral_date" in wrong_question.reason
    assert "got pending question reason" in wrong_question.reason
    assert wrong_question.bot_texts, "the reason quotes what the bot said"
    assert not missing_button.passed and missing_button.step == 1
    assert "«丢了»" in missing_button.reason, "a missing button lists the labels there were"
    assert not wrong_slot.passed and wrong_slot.step == 2
    assert "slots reason=expired" in wrong_slot.reason and "reason=lost" in wrong_slot.reason
    assert summary_line([wrong_question, missing_button, wrong_slot]) == (
        "conversations: 0/3 passed (task success 0.0%)"
    )


def test_summary_line_has_one_decimal() -> None:
    results = [CaseResult("a", None, True), CaseResult("b", None, True), CaseResult("c", None, False)]
    assert summary_line(results) == "conversations: 2/3 passed (task success 66.7%)"
    assert summary_line([]) == "conversations: 0/0 passed (task success 0.0%)"


def test_checks_of_one_turn(tmp_path: Path) -> None:
    """Each assertion kind against a recorded turn, without an engine."""
    turn = TurnRecord(
        sent="30岁",
        texts=["按您说的：丢了", "需要带：居民户口簿 40 元"],
        keys=["understood-summary", "checklist-title", "service-name"],
        materials=["hukou_book", "photo"],
        checklist_shown=True,
        slots={"reason": "lost", "age": "age_16_plus"},
        pending="more",
    )
    (case,) = _cases(
        tmp_path,
        """
test_cases:
  - test_case: every_kind
    steps:
      - user: x
      - slot_was_set: {age: age_16_plus}
      - asks: more
      - not_asks: age
      - checklist_includes: [hukou_book, photo]
      - checklist_excludes: [guardian_id]
      - bot: "40 ?元"
      - not_bot: "\\\\{"
      - utter: service-name
      - not_utter: not-understood-simple
      - slot_was_set: {age: under_16}
      - asks: null
      - not_asks: more
      - checklist_includes: [guardian_id]
      - checklist_excludes: [photo]
      - bot: "12345"
      - not_bot: "40"
      - utter: elder-on
      - not_utter: checklist-title
""",
    )
    outcomes = [check(step, turn) for step in case.steps[1:]]
    assert outcomes[:9] == [None] * 9
    assert all(outcome is not None for outcome in outcomes[9:]), outcomes
    no_checklist = TurnRecord(sent="x")
    assert check(case.steps[4], no_checklist) == ("a checklist this turn", "no checklist")


def test_schema_errors_name_file_case_and_step(tmp_path: Path) -> None:
    path = tmp_path / "broken.yml"
    path.write_text(
        """
test_cases:
  - test_case: misspelt
    steps:
      - user: 身份证
      - slot_was_sett: {reason: lost}
  - test_case: two_keys
    steps:
      - user: 身份证
      - asks: reason
        bot: x
  - test_case: starts_with_assertion
    steps:
      - asks: reason
  - test_case: unquoted_yes
    extra: 1
    steps:
      - user: 身份证
      - slot_was_set: {more: yes}
""",
        encoding="utf-8",
    )
    with pytest.raises(CaseFileError) as raised:
        load_cases([path])
    problems = raised.value.problems
    assert any(
        p.startswith(f"{path}: case 'misspelt' steps[1]") and "slot_was_sett" in p for p in problems
    ), problems
    assert any("case 'two_keys' steps[1]" in p and "asks, bot" in p for p in problems), problems
    assert any("case 'starts_with_assertion'" in p and "starts with a `user` step" in p for p in problems)
    assert any("case 'unquoted_yes'" in p and "unknown key 'extra'" in p for p in problems), problems
    assert any("case 'unquoted_yes' steps[1]" in p and "quote yes/no" in p for p in problems), problems


def test_case_ids_are_unique_across_files(tmp_path: Path) -> None:
    for name in ("a.yml", "b.yml"):
        (tmp_path / name).write_text(
            "test_cases:\n  - test_case: same\n    steps:\n      - user: hi\n", encoding="utf-8"
        )
    with pytest.raises(CaseFileError) as raised:
        load_cases([tmp_path])
    assert raised.value.problems == [
        f"{tmp_path / 'b.yml'}: case 'same': duplicate test_case id (also in {tmp_path / 'a.yml'})"
    ]
