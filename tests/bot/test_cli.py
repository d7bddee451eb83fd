"""The ``banshi`` command line, run in-process and once as a real process."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot import __version__
from bot.cli import main
from bot.guides.sqlite import SQLiteGuideStore
from bot.i18n import Localizer
from tests.conftest import GUIDES, LOCALES, ROOT


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A config whose catalog is a private copy we can break, with its own SQLite file."""
    shutil.copytree(GUIDES, tmp_path / "guides")
    config = tmp_path / "config.yml"
    config.write_text(
        f"locales_path: {LOCALES}\nguides: {{path: guides}}\nstorage: {{sqlite_path: store.db}}\n",
        encoding="utf-8",
    )
    return config


def stored_version(config: Path) -> str | None:
    async def read() -> str | None:
        store = await SQLiteGuideStore.open(config.parent / "store.db")
        try:
            return await store.version()
        finally:
            await store.close()

    return asyncio.run(read())


def test_version_as_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--version"], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"banshi {__version__}"


def test_validate_the_project_catalog(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["guides", "validate", str(GUIDES)]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")


def test_show_prints_a_readable_guide_in_chinese(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(project), "guides", "show", "id_card"]) == 0
    out = capsys.readouterr().out
    assert "居民身份证" in out
    assert "户口簿" in out
    assert "示例数据" in out  # sample-data notice and "confirm locally"
    assert "12345" in out
    assert "【需要带的材料】" in out and "【办理步骤】" in out and "【费用】" in out
    assert "20 元" in out
    assert "来源：" in out and "更新日期：" in out
    assert "guide-" not in out  # never a raw message key


def test_show_in_english(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(project), "guides", "show", "pension_certify", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "## What to bring" in out
    assert "[Sample data]" in out
    assert "Source:" in out


def test_show_loads_the_catalog_into_an_empty_store(project: Path) -> None:
    assert stored_version(project) is None
    assert main(["--config", str(project), "guides", "show", "dibao"]) == 0
    assert stored_version(project) is not None


def test_show_unknown_service_lists_the_ids(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(project), "guides", "show", "passport"]) == 1
    err = capsys.readouterr().err
    assert "passport" in err and "id_card" in err and "funeral_subsidy" in err


def test_show_unknown_language(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(project), "guides", "show", "id_card", "--lang", "xx"]) == 2
    assert "unknown language 'xx'" in capsys.readouterr().err


def test_bad_config_is_one_line_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.yml"
    config.write_text("storage: {backend: mongo}\n", encoding="utf-8")
    assert main(["--config", str(config), "guides", "show", "id_card"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "storage.backend" in err and "mongo" in err
    assert "Traceback" not in err


def test_malformed_file_is_rejected_precisely_and_the_store_is_untouched(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(project), "guides", "load"]) == 0
    before = stored_version(project)
    assert before is not None
    capsys.readouterr()

    broken = project.parent / "guides" / "services" / "dibao.yml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("category: social_assistance", "category: welfare"),
        encoding="utf-8",
    )
    assert main(["--config", str(project), "guides", "validate", str(broken)]) == 1
    err = capsys.readouterr().err
    assert f"{broken}: category: Input should be" in err
    assert "(got 'welfare')" in err

    assert main(["--config", str(project), "guides", "load"]) == 1
    err = capsys.readouterr().err
    assert f"{broken}: category:" in err
    assert "nothing was loaded" in err
    assert stored_version(project) == before

    # The bot keeps serving the last good version meanwhile.
    assert main(["--config", str(project), "guides", "show", "dibao"]) == 0
    assert "最低生活保障" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda t: t.replace("updated: 2026-11-21", "updated: yesterday"),
            "updated: Input should be a valid date",
        ),
        (
            lambda t: t.replace("id: dibao", "id: dibao2", 1),
            "id: 'dibao2' does not match the file name 'dibao'",
        ),
        (lambda t: t + "\nunexpected_field: 1\n", "unexpected_field: Extra inputs are not permitted"),
        (lambda t: t.replace("source:", "source_:", 1), "source: Field required"),
        (lambda t: t.replace("id: dibao", "id: [dibao", 1), "line 2: not valid YAML"),
    ],
)
def test_validate_names_file_field_and_reason(
    project: Path, capsys: pytest.CaptureFixture[str], edit: object, expected: str
) -> None:
    file = project.parent / "guides" / "services" / "dibao.yml"
    file.write_text(edit(file.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    assert main(["guides", "validate", str(project.parent / "guides")]) == 1
    err = capsys.readouterr().err
    assert f"{file}: " in err
    assert expected in err


def test_validate_catches_cross_file_problems(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    guides = project.parent / "guides"
    (guides / "services" / "farm_subsidy.yml").unlink()
    offices = next((guides / "offices").glob("*.yml"))
    text = offices.read_text(encoding="utf-8")
    offices.write_text(text.replace("- id_card", "- passport", 1), encoding="utf-8")
    assert main(["guides", "validate", str(guides)]) == 1
    err = capsys.readouterr().err
    assert "missing service(s) farm_subsidy" in err
    assert "unknown service id(s) passport" in err


def test_locales_status_prints_coverage_and_review(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    (locales / "bo" / "audio").mkdir(exist_ok=True)
    for key in ("welcome", "menu-prompt"):  # two recorded prompts
        (locales / "bo" / "audio" / f"{key}.ogg").write_bytes(b"OggS")
    config = tmp_path / "config.yml"
    config.write_text(f"locales_path: {locales}\nguides: {{path: {GUIDES}}}\n", encoding="utf-8")
    assert main(["--config", str(config), "locales", "status"]) == 0
    rows = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()[1:]}
    assert set(rows) == {"zh-Hans", "en", "ug", "bo", "ii", "za", "ko"}
    total = len(Localizer(LOCALES).keys["zh-Hans"])
    assert f"{total}/{total} (100%)" in rows["ug"] and "machine-drafted" in rows["ug"]
    assert "espeak-ng ug" in rows["ug"] and "espeak-ng ko" in rows["ko"]
    assert f"recorded 2/{total}" in rows["bo"] and f"recorded 0/{total}" in rows["za"]
    assert "20/20 (100%)" in rows["ii"]  # every service has a Yi name
    assert "native-reviewed" in rows["zh-Hans"]
