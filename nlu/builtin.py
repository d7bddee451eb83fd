"""The built-in NLU engine: one intent classifier and one set of entity matchers per locale.

Nothing here is specific to a language: each locale found under ``data_path`` gets the
same pipeline, trained on its own data plus the service catalog's names and aliases.
Adding a language is adding its data folder (and a row in the script table of
:mod:`nlu.language` when it brings a new script).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import pickle
import re
import time
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from nlu.config import NLUConfig
from nlu.data import DataError, TrainingData, fingerprint, load_locale, locale_files
from nlu.fuzzy import FuzzyMatch, FuzzyMatcher
from nlu.gazetteer import Gazetteer, Match
from nlu.language import SCRIPTS, detect_language, match_language
from nlu.linear import TextClassifier
from nlu.numbers import find_numbers
from nlu.policy import decide
from nlu.regions import find_regions
from nlu.result import OUT_OF_SCOPE, RANKING_SIZE, Entity, IntentScore, ParseResult
from nlu.text import Normalized, is_meaningful, normalize
from nlu.tokenize import document

logger = logging.getLogger(__name__)

MODEL_FORMAT = 2
SERVICE = "service"
REGION = "region"
LANGUAGE = "language"
NUMBER = "number"
NO_SERVICE = "_none"
# Entity kinds whose presence is a feature of the intent classifier.
FLAG_ENTITIES = (SERVICE, LANGUAGE)
# Taking a question about something else for a service question costs more than the reverse
# (the bot would start the wrong procedure), so out_of_scope errors weigh double in training.
OUT_OF_SCOPE_WEIGHT = 2.0
# A service the detector reads from a description counts as named (for the intent) from here.
DESCRIBED_SERVICE_FLAG = 0.4
DETECTOR_FOLDS = 5
# An intent is "about a service" when at least this share of its examples names one.
SERVICE_INTENT_SHARE = 0.2
# Every locale's name in its own script (DESIGN §3.4), so "switch to 中文" works in any model.
NATIVE_LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "zh-Hans": ("中文", "简体中文", "汉语", "普通话"),
    "en": ("English",),
    "ug": ("ئۇيغۇرچە",),
    "bo": ("བོད་ཡིག",),
    "ii": ("ꆈꌠꉙ",),
    "za": ("Vahcuengh",),
    "ko": ("한국어",),
}
# Below this probability the language identifier keeps the conversation's language (a short
# Latin message may be English or Zhuang).
IDENTIFY_CONFIDENT = 0.8

ServiceLexicon = Mapping[str, Mapping[str, Sequence[str]]]


class ModelError(Exception):
    """A model file that cannot be used (missing, corrupt, or from another version)."""


@dataclass
class LanguageModel:
    """Everything the engine needs to read messages in one locale."""

    language: str
    intents: TextClassifier
    services: TextClassifier | None  # the service detector: which service, or "_none"
    gazetteer: Gazetteer
    service_matcher: FuzzyMatcher
    service_intents: frozenset[str]
    service_forms: dict[str, list[str]]  # service id -> its normalised forms (for spans)
    regexes: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    synonyms: dict[str, str] = field(default_factory=dict)  # normalised form -> value
    stats: dict[str, int] = field(default_factory=dict)


def sklearn_version() -> str:
    """The installed scikit-learn's version (without importing it: that takes most of a second)."""
    try:
        return importlib.metadata.version("scikit-learn")
    except importlib.metadata.PackageNotFoundError:
        return "none"


def _code_fingerprint() -> str:
    """A hash of this package's source, so that a model is retrained when the code changes."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def training_fingerprint(config: NLUConfig, service_lexicon: ServiceLexicon) -> str:
    """Hash of what a model is trained from: data files, lexicon, languages, code versions."""
    files = [path for language in config.languages for path in locale_files(config.data_path, language)]
    lexicon = {
        locale: {sid: list(names) for sid, names in services.items()}
        for locale, services in service_lexicon.items()
    }
    extra = {
        "lexicon": lexicon,
        "languages": config.languages,
        "format": MODEL_FORMAT,
        "sklearn": sklearn_version(),
        "code": _code_fingerprint(),
    }
    return fingerprint(files, extra)


class BuiltinNLU:
    """Built-in engine (no server). Train with :meth:`train`, persist with :meth:`save`/:meth:`load`."""

    def __init__(
        self,
        config: NLUConfig,
        models: dict[str, LanguageModel],
        fingerprint: str,
        identifiers: Mapping[str, TextClassifier] | None = None,
    ) -> None:
        if not models:
            raise ValueError("no language model")
        self.config = config
        self.models = models
        self.fingerprint = fingerprint
        # Script name -> classifier telling apart the locales that write it (Latin: en, za).
        self.identifiers = dict(identifiers or {})
        self.default_language = next(
            (language for language in config.languages if language in models), next(iter(models))
        )

    @property
    def languages(self) -> list[str]:
        return list(self.models)

    # ----------------------------------------------------------------- training / storage

    @classmethod
    def train(cls, config: NLUConfig, service_lexicon: ServiceLexicon) -> BuiltinNLU:
        """Train one model per configured locale that has training data."""
        from nlu.training import train_identifier, train_language  # scikit-learn: training only

        started = time.perf_counter()
        models: dict[str, LanguageModel] = {}
        data: dict[str, TrainingData] = {}
        for language in config.languages:
            data[language] = load_locale(config.data_path, language)
            if len(data[language].intents) < 2:
                logger.warning("NLU: no training data for %s under %s; skipped", language, config.data_path)
                continue
            models[language] = train_language(language, data[language], service_lexicon)
        if not models:
            raise DataError(
                f"no NLU training data for {', '.join(config.languages)} under {config.data_path}"
            )
        identifiers = {
            script.name: train_identifier({language: data[language] for language in locales})
            for script in SCRIPTS
            if len(locales := [language for language in script.locales if language in models]) > 1
        }
        engine = cls(config, models, training_fingerprint(config, service_lexicon), identifiers)
        logger.info(
            "NLU: trained %s in %.1f s",
            ", ".join(f"{lang} ({m.stats['examples']} examples)" for lang, m in models.items()),
            time.perf_counter() - started,
        )
        return engine

    def save(self, path: Path) -> None:
        """Write the model atomically (a half-written file is never left behind)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "format": MODEL_FORMAT,
            "sklearn": sklearn_version(),
            "fingerprint": self.fingerprint,
            "config": self.config.model_dump(mode="json"),
            "models": self.models,
            "identifiers": self.identifiers,
        }
        temporary = path.with_name(path.name + ".tmp")
        with temporary.open("wb") as file:
            pickle.dump(payload, file, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)

    @classmethod
    def load(cls, path: Path, config: NLUConfig | None = None) -> BuiltinNLU:
        """Load a model written by :meth:`save` (a trusted local file: it is a pickle).

        ``config`` overrides the thresholds stored with the model.
        """
        try:
            with path.open("rb") as file:
                payload = pickle.load(file)
        except FileNotFoundError as exc:
            raise ModelError(f"{path}: no such model file") from exc
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError) as exc:
            raise ModelError(f"{path}: unreadable model file ({exc})") from exc
        if not isinstance(payload, dict) or payload.get("format") != MODEL_FORMAT:
            raise ModelError(f"{path}: model format is not {MODEL_FORMAT}; train again")
        if payload.get("sklearn") != sklearn_version():
            raise ModelError(f"{path}: trained with scikit-learn {payload.get('sklearn')}; train again")
        stored = NLUConfig.model_validate(payload["config"])
        return cls(
            config or stored, payload["models"], str(payload["fingerprint"]), payload.get("identifiers")
        )

    # ----------------------------------------------------------------------- parsing

    async def parse(self, text: str, lang: str | None = None) -> ParseResult:
        """Parse one message (CPU-bound and fast: a millisecond or so, so it runs inline)."""
        return self.parse_sync(text, lang)

    def resolve_language(self, text: str, lang: str | None = None) -> str:
        """The locale whose model reads ``text``: ``lang`` if we have it, else by script."""
        matched = match_language(lang, self.models)
        if matched is not None:
            return matched
        return self.detect_language(text, supported=self.models)

    def detect_language(
        self, text: str, supported: Collection[str] | None = None, prefer: str | None = None
    ) -> str:
        """The locale ``text`` is written in, by script; Latin text by the trained identifier.

        ``prefer`` (the conversation's language) wins when the identifier is unsure.
        """

        def identify(sample: str, candidates: Sequence[str]) -> str:
            kept = prefer if prefer is not None and prefer in candidates else None
            for identifier in self.identifiers.values():
                if set(candidates) <= set(identifier.labels):
                    ranked = identifier.rank(document(normalize(sample).text))
                    ranked = [(label, p) for label, p in ranked if label in candidates]
                    best, probability = ranked[0]
                    share = probability / (sum(p for _, p in ranked) or 1.0)
                    return kept if kept is not None and share < IDENTIFY_CONFIDENT else best
            return kept or candidates[0]

        return detect_language(
            text, default=self.default_language, supported=supported or self.models, identify=identify
        )

    def parse_sync(self, text: str, lang: str | None = None) -> ParseResult:
        """Parse one message; never raises (a failure is logged and read as out_of_scope)."""
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        language = self.default_language
        try:
            clipped = text[: self.config.max_chars]
            language = self.resolve_language(clipped, lang)
            return self._parse(text, clipped, self.models[language])
        except Exception:
            logger.exception("NLU: parsing failed; answering out_of_scope")
            return _out_of_scope(text, language)

    def _parse(self, text: str, clipped: str, model: LanguageModel) -> ParseResult:
        normalized = normalize(clipped)
        if not is_meaningful(normalized.text):
            return _out_of_scope(text, model.language)
        found = find_entities(normalized, model.gazetteer, model.service_matcher, model.services)
        scores = model.intents.rank(document(normalized.text, found.flags))
        ranking = [IntentScore(name=name, confidence=_clip(p)) for name, p in scores[:RANKING_SIZE]]
        intent, fallback = decide(ranking, self.config)
        entities = self._entities(normalized, clipped, model, scores[0][0], found)
        return ParseResult(
            text=text,
            intent=intent,
            entities=entities,
            intent_ranking=ranking,
            language=model.language,
            fallback=fallback,
        )

    def _entities(
        self, normalized: Normalized, original: str, model: LanguageModel, intent: str, found: FoundEntities
    ) -> list[Entity]:
        entities: list[Entity] = []

        def add(
            entity: str, value: str | int | float, start: int, end: int, confidence: float, how: str
        ) -> None:
            first, last = normalized.span(start, end)
            entities.append(
                Entity(
                    entity=entity,
                    value=value,
                    start=first,
                    end=last,
                    confidence_entity=_clip(confidence),
                    extractor=how,
                )
            )

        taken: list[tuple[int, int]] = []
        for match in found.exact:
            add(match.entity, match.value, match.start, match.end, 1.0, "banshi.lexicon")
            taken.append((match.start, match.end))
        for tolerant in found.tolerant:
            method = f"banshi.{tolerant.method}"
            add(SERVICE, tolerant.value, tolerant.start, tolerant.end, tolerant.score, method)
            taken.append((tolerant.start, tolerant.end))
        if found.described is not None and intent in model.service_intents:
            value, probability = found.described
            if probability >= self.config.service_classifier_min:
                start, end = _describing_span(normalized.text, model.service_forms.get(value, []))
                add(SERVICE, value, start, end, probability, "banshi.classifier")

        for region in find_regions(normalized, original):
            if _free(region.start, region.end, taken):
                value = model.synonyms.get(region.value, region.value)
                add(REGION, value, region.start, region.end, 0.7, "banshi.pattern")

        for name, pattern in model.regexes:
            for regex_match in pattern.finditer(normalized.text):
                if regex_match.end() > regex_match.start() and _free(*regex_match.span(), taken):
                    value = model.synonyms.get(regex_match.group(), regex_match.group())
                    add(name, value, regex_match.start(), regex_match.end(), 1.0, "banshi.regex")

        for number in find_numbers(normalized):
            add(NUMBER, number.value, number.start, number.end, 1.0, "banshi.numbers")
        entities.sort(key=lambda entity: (entity.start, entity.end, entity.entity))
        return entities


def _describing_span(text: str, forms: list[str]) -> tuple[int, int]:
    """The longest stretch the text shares with one of the service's names (养老金 in
    老了以后每个月领的养老金咋办), or the whole message when there is none."""
    start, end = 0, len(text)
    longest = 1
    for form in forms:
        shared = SequenceMatcher(None, text, form, autojunk=False).find_longest_match()
        # At least two characters and a good part of the name (not just 怎么 of 养老金怎么领).
        if shared.size > longest and shared.size >= 0.4 * len(form):
            longest, start, end = shared.size, shared.a, shared.a + shared.size
    while start < end - 1 and text[start].isspace():
        start += 1
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True)
class FoundEntities:
    """What the entity matchers found before classification, and the flags it gives."""

    exact: list[Match]
    tolerant: list[FuzzyMatch]
    described: tuple[str, float] | None  # the detector's guess when no service is named
    flags: tuple[str, ...]


def find_entities(
    normalized: Normalized,
    gazetteer: Gazetteer,
    matcher: FuzzyMatcher,
    detector: TextClassifier | None,
    guess: tuple[str, float] | None = None,
) -> FoundEntities:
    exact = gazetteer.find(normalized)
    tolerant = [] if any(m.entity == SERVICE for m in exact) else matcher.find(normalized)
    kinds = {m.entity for m in exact} | ({SERVICE} if tolerant else set())
    described = None
    if SERVICE not in kinds:
        if guess is None and detector is not None:
            guess = detector.rank(document(normalized.text))[0]
        if guess is not None and guess[0] != NO_SERVICE:
            described = guess
            if guess[1] >= DESCRIBED_SERVICE_FLAG:
                kinds.add(SERVICE)
    return FoundEntities(exact, tolerant, described, tuple(kind for kind in FLAG_ENTITIES if kind in kinds))


def _clip(probability: float) -> float:
    return min(1.0, max(0.0, round(float(probability), 6)))


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return all(end <= other_start or start >= other_end for other_start, other_end in taken)


def _out_of_scope(text: str, language: str) -> ParseResult:
    oos = IntentScore(name=OUT_OF_SCOPE, confidence=1.0)
    return ParseResult(
        text=text, intent=oos, intent_ranking=[oos], language=language, fallback="out_of_scope"
    )


def describe(engine: BuiltinNLU) -> dict[str, Any]:
    """A summary of a trained engine (for ``banshi nlu train``)."""
    return {language: dict(model.stats) for language, model in engine.models.items()}
