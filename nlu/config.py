"""Settings of the NLU package; embedded as the ``nlu:`` section of config.yml."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class NLUConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    backend: Literal["builtin", "rasa"] = "builtin"
    data_path: Path = Path("nlu/data")
    model_path: Path = Path("var/nlu/model.pkl")
    languages: list[str] = Field(default_factory=lambda: ["zh-Hans", "en", "ug", "bo", "ii", "za", "ko"])
    # Fallback policy: below out_of_scope_below the result is out_of_scope; below
    # confident_above, or when the top two are closer than ambiguity_margin, it is ambiguous.
    out_of_scope_below: float = Field(default=0.35, ge=0, le=1)
    confident_above: float = Field(default=0.6, ge=0, le=1)
    ambiguity_margin: float = Field(default=0.15, ge=0, le=1)
    # Only this many characters of a message are read (longer input is cut, never refused).
    max_chars: int = Field(default=500, ge=1)
    # Least probability at which the service classifier may name a service that the message
    # does not spell out (养老金咋领 -> pension_claim); below it no service entity is given.
    service_classifier_min: float = Field(default=0.55, ge=0, le=1)
    rasa_url: str = "http://127.0.0.1:5005"
    # Per-locale Rasa servers ({"en": "http://127.0.0.1:5006"}); when set, locales not
    # listed are parsed by the built-in engine. Empty: rasa_url serves every locale.
    rasa_urls: dict[str, str] = Field(default_factory=dict)
    rasa_timeout_s: float = Field(default=2.0, gt=0)
    rasa_retries: int = Field(default=2, ge=0, le=5)
    # After a failure, Rasa is not asked again for this long (the built-in engine answers).
    rasa_cooldown_s: float = Field(default=30.0, ge=0)
