"""Banshi's language understanding: intents, entities and the fallback policy.

Two backends behind one protocol, :class:`NLUEngine`: the built-in engine
(:class:`BuiltinNLU`, scikit-learn, no server) and an external Rasa server
(:class:`RasaNLU`, which falls back to the built-in engine). Build the configured one with
:func:`create_engine`.
"""

from nlu.builtin import BuiltinNLU, ModelError
from nlu.config import NLUConfig
from nlu.data import DataError
from nlu.engine import NLUEngine, close_engine, create_engine, load_or_train
from nlu.language import detect_language
from nlu.lexicon import lexicon_from_services, read_service_lexicon
from nlu.rasa_client import RasaNLU
from nlu.result import Entity, IntentScore, ParseResult

__all__ = [
    "BuiltinNLU",
    "DataError",
    "Entity",
    "IntentScore",
    "ModelError",
    "NLUConfig",
    "NLUEngine",
    "ParseResult",
    "RasaNLU",
    "close_engine",
    "create_engine",
    "detect_language",
    "lexicon_from_services",
    "load_or_train",
    "read_service_lexicon",
]
