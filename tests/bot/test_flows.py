"""Flow files and `banshi dialogues validate`."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import main
from tests.conftest import GUIDES, LOCALES, ROOT


def test_the_project_flows_are_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dialogues", "validate"]) == 0
    assert "ok (20 flows)" in capsys.readouterr().out


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A config whose dialogues are a private copy we can break."""
    shutil.copytree(ROOT / "dialogues", tmp_path / "dialogues")
    config = tmp_path / "config.yml"
    config.write_text(
        f"locales_path: {LOCALES}\nguides: {{path: {GUIDES}}}\ndialogues_path: dialogues\n", encoding="utf-8"
    )
    return config


def edit_flow(project: Path, name: str, change: Any) -> Path:
    file = project.parent / "dialogues" / f"{name}.yml"
    document = yaml.safe_load(file.read_text(encoding="utf-8"))
    change(document)
    file.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return file


def step(document: dict[str, Any], step_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in document["steps"] if s["id"] == step_id)
    return found


def validate(project: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--config", str(project), "dialogues", "validate"]) == 1
    return capsys.readouterr().err


def test_unknown_step_type(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = edit_flow(project, "id_card", lambda d: step(d, "lost_tip").update(type="dance"))
    assert f"{file}: steps[3]: unknown step type 'dance'" in validate(project, capsys)


def test_dead_end(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = edit_flow(project, "id_card", lambda d: step(d, "lost_tip").pop("next"))
    assert f"{file}: steps.lost_tip: dead end" in validate(project, capsys)


def test_leads_to_unknown_step(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = edit_flow(project, "id_card", lambda d: step(d, "lost_tip").update(next="nowhere"))
    assert f"{file}: steps.lost_tip: leads to unknown step 'nowhere'" in validate(project, capsys)


def test_unreachable_step(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def orphan(document: dict[str, Any]) -> None:
        document["steps"].append({"id": "orphan", "type": "say", "text": "more-prompt", "next": "done"})

    file = edit_flow(project, "id_card", orphan)
    assert f"{file}: steps.orphan: unreachable from start 'reason'" in validate(project, capsys)


def test_unknown_service(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = edit_flow(project, "id_card", lambda d: d.update(service="passport"))
    err = validate(project, capsys)
    assert f"{file}: service: unknown service id 'passport'" in err


def test_missing_message_key(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = edit_flow(project, "id_card", lambda d: step(d, "lost_tip").update(text="id_card-say-nothing"))
    err = validate(project, capsys)
    assert f"{file}: message key 'id_card-say-nothing' is missing from locale(s) zh-Hans, en" in err


def test_choices_must_match_the_guide_situation(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = edit_flow(project, "id_card", lambda d: step(d, "reason")["choices"].pop())
    assert f"{file}: steps.reason: choices" in validate(project, capsys)


def test_missing_flow_and_schema_errors_are_named(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project.parent / "dialogues" / "dibao.yml").unlink()
    assert "dibao.yml: missing: every service needs a flow" in validate(project, capsys)
    file = edit_flow(project, "id_card", lambda d: d.update(version=0))
    assert f"{file}: version: Input should be greater than or equal to 1" in validate(project, capsys)
