"""Training of one locale's :class:`~nlu.builtin.LanguageModel` (needs scikit-learn)."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from sklearn.model_selection import KFold

from nlu import classifier
from nlu.builtin import (
    DETECTOR_FOLDS,
    FLAG_ENTITIES,
    LANGUAGE,
    NATIVE_LANGUAGE_NAMES,
    NO_SERVICE,
    OUT_OF_SCOPE_WEIGHT,
    SERVICE,
    SERVICE_INTENT_SHARE,
    LanguageModel,
    ServiceLexicon,
    find_entities,
)
from nlu.data import TrainingData
from nlu.fuzzy import FuzzyMatcher
from nlu.gazetteer import GazetteerBuilder
from nlu.language import match_language
from nlu.linear import TextClassifier
from nlu.result import OUT_OF_SCOPE
from nlu.text import normalize, normalize_text
from nlu.tokenize import document, word_analyzer

logger = logging.getLogger(__name__)


def train_language(language: str, data: TrainingData, service_lexicon: ServiceLexicon) -> LanguageModel:
    own_lexicon = _lexicon_for(language, service_lexicon)
    service_ids = {sid for services in service_lexicon.values() for sid in services}
    service_ids |= {value for example in data.examples for value in example.values(SERVICE)}

    # Which entity each synonym value belongs to (Rasa synonyms are not typed).
    value_entity: dict[str, str] = {code: LANGUAGE for code in NATIVE_LANGUAGE_NAMES}
    for example in data.examples:
        for annotation in example.entities:
            value_entity.setdefault(annotation.value, annotation.entity)
    value_entity.update({sid: SERVICE for sid in service_ids})
    synonyms = {normalize_text(form): value for value, forms in data.synonyms.items() for form in forms}

    builder = GazetteerBuilder()
    own_service_forms: dict[str, str] = {}
    for locale, catalog_names in service_lexicon.items():
        for sid, names in catalog_names.items():
            for name in _name_variants(names):
                builder.add(name, SERVICE, sid, "lexicon")
                if locale == own_lexicon[0]:
                    own_service_forms[normalize_text(name)] = sid
    for code, names in NATIVE_LANGUAGE_NAMES.items():
        for name in names:
            builder.add(name, LANGUAGE, code, "lexicon")
    for synonym_value, forms in data.synonyms.items():
        synonym_entity = value_entity.get(synonym_value)
        if synonym_entity is not None:
            for form in forms:
                builder.add(form, synonym_entity, synonym_value, "synonym")
                if synonym_entity == SERVICE:
                    own_service_forms[normalize_text(form)] = synonym_value
    for entity, forms in data.lookups.items():
        for form in forms:
            value = synonyms.get(normalize_text(form))
            if value is None and entity == SERVICE:
                value = own_service_forms.get(normalize_text(form))
            if value is None and entity != SERVICE:
                value = normalize_text(form)
            if value is not None:
                builder.add(form, entity, value, "lookup")
    for example in data.examples:
        for annotation in example.entities:
            builder.add(annotation.text, annotation.entity, annotation.value, "example")
            if annotation.entity == SERVICE:
                own_service_forms.setdefault(normalize_text(annotation.text), annotation.value)
    gazetteer = builder.build()

    all_service_forms = {
        form: pairs_value
        for form, pairs in gazetteer.forms.items()
        for kind, pairs_value in pairs
        if kind == SERVICE
    }
    own_forms = {
        form: value for form, value in own_service_forms.items() if all_service_forms.get(form) == value
    }
    matcher = FuzzyMatcher(all_service_forms, edit_forms=own_forms)
    service_forms: dict[str, list[str]] = {}
    for form, value in own_forms.items():
        service_forms.setdefault(value, []).append(form)

    texts = [normalize_text(example.text) for example in data.examples]
    words = word_analyzer(language, [*texts, *own_forms, *all_service_forms])

    # The service detector names the service a message is about, or "_none"; it also finds
    # services that are only described (每个月给老人发的那个钱). Its guesses for the training
    # examples come from cross-validation, so that they are as good as on unseen messages.
    samples, sample_labels = _service_samples(data, texts)
    detector = _train_detector(samples, sample_labels, own_forms, words)
    guesses = _cross_validated_guesses(samples, sample_labels, own_forms, words)

    # The entity flags come from the matchers and the detector, as at run time.
    documents = [
        document(text, find_entities(normalize(text), gazetteer, matcher, None, guesses.get(text)).flags)
        for text in texts
    ]
    intents = classifier.fit(
        documents,
        [example.intent for example in data.examples],
        words=words,
        flags=FLAG_ENTITIES,
        label_weights={OUT_OF_SCOPE: OUT_OF_SCOPE_WEIGHT},
    )

    with_service = Counter(example.intent for example in data.examples if example.values(SERVICE))
    totals = Counter(example.intent for example in data.examples)
    service_intents = frozenset(
        intent for intent, count in with_service.items() if count >= SERVICE_INTENT_SHARE * totals[intent]
    )

    regexes: list[tuple[str, re.Pattern[str]]] = []
    for name, patterns in data.regexes.items():
        for pattern in patterns:
            try:
                regexes.append((name, re.compile(pattern)))
            except re.error as exc:
                logger.warning("NLU: %s regex %r ignored: %s", language, pattern, exc)

    return LanguageModel(
        language=language,
        intents=intents,
        services=detector,
        gazetteer=gazetteer,
        service_matcher=matcher,
        service_intents=service_intents,
        service_forms=service_forms,
        regexes=regexes,
        synonyms=synonyms,
        stats={"examples": len(data.examples), "intents": len(data.intents), "forms": len(gazetteer)},
    )


def _service_samples(data: TrainingData, texts: list[str]) -> tuple[list[str], list[str]]:
    """One label per example: its one service, or "_none" (examples naming several are left out)."""
    samples: list[str] = []
    labels: list[str] = []
    for example, text in zip(data.examples, texts, strict=True):
        values = set(example.values(SERVICE))
        if len(values) <= 1:
            samples.append(text)
            labels.append(values.pop() if values else NO_SERVICE)
    return samples, labels


def _train_detector(
    samples: list[str],
    labels: list[str],
    forms: dict[str, str],
    words: Callable[[str], list[str]],
    select: bool = True,
) -> TextClassifier | None:
    """The service detector: the examples plus every name of every service."""
    documents = [document(text) for text in [*samples, *forms]]
    all_labels = [*labels, *forms.values()]
    if len(set(all_labels)) < 2:
        return None
    return classifier.fit(documents, all_labels, words=words, select=select)


def _cross_validated_guesses(
    samples: list[str], labels: list[str], forms: dict[str, str], words: Callable[[str], list[str]]
) -> dict[str, tuple[str, float]]:
    """The detector's guess for each sample, from a detector that did not see it."""
    guesses: dict[str, tuple[str, float]] = {}
    if len(samples) < DETECTOR_FOLDS:
        return guesses
    for train, held in KFold(DETECTOR_FOLDS, shuffle=True, random_state=0).split(samples):
        fold = _train_detector(
            [samples[i] for i in train], [labels[i] for i in train], forms, words, select=False
        )
        if fold is not None:
            for i in held:
                guesses[samples[i]] = fold.rank(document(samples[i]))[0]
    return guesses


def _lexicon_for(language: str, service_lexicon: ServiceLexicon) -> tuple[str, Mapping[str, Sequence[str]]]:
    locale = match_language(language, service_lexicon)
    if locale is None:
        return language, {}
    return locale, service_lexicon[locale]


def _name_variants(names: Sequence[str]) -> list[str]:
    """Each name, and its part before a parenthesis ("Old-age allowance (80+)" -> "Old-age allowance")."""
    variants: list[str] = []
    for name in names:
        variants.append(name)
        short = re.split(r"[(（]", name, maxsplit=1)[0].strip()
        if short and short != name.strip():
            variants.append(short)
    return variants


def train_identifier(data: Mapping[str, TrainingData]) -> TextClassifier:
    """A classifier telling apart locales that share a script, from their training texts."""
    documents: list[str] = []
    labels: list[str] = []
    for language, training in data.items():
        texts = [example.text for example in training.examples]
        texts += [form for forms in training.synonyms.values() for form in forms]
        for text in texts:
            documents.append(document(normalize(text).text))
            labels.append(language)
    return classifier.fit(documents, labels, select=False)
