"""What a parse returns: intent, ranking, entities; serialisable in Rasa's ``/model/parse`` shape."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Fallback = Literal["out_of_scope", "ambiguous"]
OUT_OF_SCOPE = "out_of_scope"
RANKING_SIZE = 10


class IntentScore(BaseModel):
    """One intent with its confidence (a calibrated probability for the built-in engine)."""

    model_config = ConfigDict(frozen=True)

    name: str
    confidence: float = Field(ge=0.0, le=1.0)


class Entity(BaseModel):
    """An entity found in the text; ``start``/``end`` are offsets into the original text.

    Fields beyond the Rasa core four (``role``, ``group``, ``processors`` from a Rasa
    server, ...) are kept as they come and serialised back unchanged.
    """

    model_config = ConfigDict(frozen=True, extra="allow")

    entity: str
    value: str | int | float
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    confidence_entity: float = Field(default=1.0, ge=0.0, le=1.0)
    extractor: str = "banshi"


class ParseResult(BaseModel):
    """The NLU's reading of one message.

    ``fallback`` is ``"out_of_scope"`` when the intent is out_of_scope (by the model or the
    low-confidence threshold), ``"ambiguous"`` when the top intent is not confident enough or
    too close to the runner-up (the dialogue should ask "did you mean A or B?" using
    ``intent_ranking``), and ``None`` when the intent can be acted on.
    """

    model_config = ConfigDict(frozen=True)

    text: str
    intent: IntentScore
    entities: list[Entity] = Field(default_factory=list)
    intent_ranking: list[IntentScore] = Field(default_factory=list)
    language: str
    fallback: Fallback | None = None

    def to_rasa(self) -> dict[str, Any]:
        """The Rasa ``/model/parse`` JSON (DESIGN §3.5), plus ``language`` and ``fallback``."""
        return {
            "text": self.text,
            "intent": self.intent.model_dump(),
            "entities": [entity.model_dump() for entity in self.entities],
            "intent_ranking": [score.model_dump() for score in self.intent_ranking],
            "language": self.language,
            "fallback": self.fallback,
        }

    def entity_values(self, entity: str) -> list[str | int | float]:
        """Values of every entity of the given type, in text order."""
        return [found.value for found in self.entities if found.entity == entity]

    def first_value(self, entity: str) -> str | int | float | None:
        """The first value of the given entity type, or ``None``."""
        values = self.entity_values(entity)
        return values[0] if values else None

    def candidates(self, n: int = 2) -> list[str]:
        """The top ``n`` intent names of the ranking (for "did you mean A or B?")."""
        return [score.name for score in self.intent_ranking[:n]]
