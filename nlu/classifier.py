"""Training of the text classifiers (scikit-learn); used at training time only.

Features:

* character 1-4-grams within words: no segmentation needed, robust to typos and unseen
  words, the same for every script;
* words, from the language's tokenizer (:mod:`nlu.tokenize`: jieba for Chinese);
* entity flags: whether the message names a service, a language, ... (found by the entity
  matchers before classification), so that "怎么办" about a service and "怎么办" about
  dumplings do not look the same.

The model is a linear SVM, calibrated by temperature scaling on cross-validated
predictions, so a confidence of 0.8 is right about four times in five, which is what the
fallback thresholds assume. The regularisation and the n-gram cut-off are chosen per model
by cross-validated accuracy on its training data. The fitted pipeline is then unrolled into
a :class:`~nlu.linear.LinearModel` for parsing.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from nlu.linear import CharNgrams, LinearModel, TextClassifier, flag_row
from nlu.tokenize import RegexWords, document

MAX_FOLDS = 5
# Candidate settings, chosen per model by cross-validated accuracy on its training data:
# whether a character n-gram must occur in two examples to count.
SETTINGS: tuple[Mapping[str, Any], ...] = ({"C": 1.0, "min_df": 1}, {"C": 1.0, "min_df": 2})


class EntityFlags(TransformerMixin, BaseEstimator):  # type: ignore[misc]
    """Two columns per entity kind: (named, not named), from the flags of each document."""

    def __init__(self, kinds: tuple[str, ...] = (), weight: float = 1.0) -> None:
        self.kinds = kinds
        self.weight = weight

    def fit(self, documents: Sequence[str], labels: Any = None) -> EntityFlags:
        return self

    def transform(self, documents: Sequence[str]) -> sparse.csr_matrix:
        rows = [flag_row(doc, self.kinds, self.weight) for doc in documents]
        return sparse.csr_matrix(np.vstack(rows) if rows else np.zeros((0, 2 * len(self.kinds))))


def _pipeline(
    words: Callable[[str], list[str]], flags: tuple[str, ...], settings: Mapping[str, Any], model: Any
) -> Pipeline:
    parts: list[tuple[str, Any]] = [
        (
            "chars",
            TfidfVectorizer(analyzer=CharNgrams(1, 4), min_df=settings["min_df"], sublinear_tf=True),
        ),
        ("words", TfidfVectorizer(analyzer=words, sublinear_tf=True)),
    ]
    if flags:
        parts.append(("entities", EntityFlags(flags)))
    return Pipeline([("features", FeatureUnion(parts)), ("model", model)])


def _select(
    documents: list[str],
    labels: list[str],
    sample_weight: np.ndarray,
    words: Callable[[str], list[str]],
    flags: tuple[str, ...],
    folds: StratifiedKFold,
    seed: int,
) -> Mapping[str, Any]:
    """The candidate of :data:`SETTINGS` with the best cross-validated accuracy (first on ties)."""
    best, best_score = SETTINGS[0], -1.0
    for settings in SETTINGS:
        pipeline = _pipeline(words, flags, settings, LinearSVC(C=settings["C"], random_state=seed))
        predicted = cross_val_predict(
            pipeline, documents, labels, cv=folds, params={"model__sample_weight": sample_weight}
        )
        score = float(np.mean(np.asarray(predicted) == np.asarray(labels)))
        if score > best_score:
            best, best_score = settings, score
    return best


def unroll(pipeline: Pipeline) -> LinearModel | None:
    """The pipeline as a :class:`LinearModel`, or ``None`` if its parts are not the expected ones."""
    model = pipeline.named_steps["model"]
    if not isinstance(model, CalibratedClassifierCV) or model.method != "temperature":
        return None
    calibrated = model.calibrated_classifiers_
    if len(calibrated) != 1 or len(calibrated[0].calibrators) != 1:
        return None
    estimator = calibrated[0].estimator
    beta = getattr(calibrated[0].calibrators[0], "beta_", None)
    coef = getattr(estimator, "coef_", None)
    intercept = getattr(estimator, "intercept_", None)
    if coef is not None and intercept is not None and coef.shape[0] == 1 and len(model.classes_) == 2:
        # Two labels: one score d, for the second. Temperature scaling reads it as the logits
        # (-d, d) (fit() checks the result against predict_proba).
        coef = np.vstack([-coef, coef])
        intercept = np.concatenate([-intercept, intercept])
    if beta is None or coef is None or intercept is None or coef.shape[0] != len(model.classes_):
        return None
    blocks = []
    kinds: tuple[str, ...] = ()
    weight = 0.0
    flag_offset = offset = 0
    for _name, transformer in pipeline.named_steps["features"].transformer_list:
        if isinstance(transformer, EntityFlags):
            kinds, weight, flag_offset = transformer.kinds, transformer.weight, offset
            offset += 2 * len(kinds)
            continue
        vocabulary = {str(term): int(index) for term, index in transformer.vocabulary_.items()}
        blocks.append(
            (transformer.analyzer, vocabulary, np.asarray(transformer.idf_, dtype=np.float64), offset)
        )
        offset += len(vocabulary)
    if offset != coef.shape[1]:
        return None
    return LinearModel(
        blocks=blocks,
        flag_kinds=kinds,
        flag_weight=weight,
        flag_offset=flag_offset,
        coef=np.ascontiguousarray(coef.T, dtype=np.float64),
        intercept=np.asarray(intercept, dtype=np.float64),
        beta=float(beta),
    )


def fit(
    documents: Sequence[str],
    labels: Sequence[str],
    *,
    words: Callable[[str], list[str]] | None = None,
    flags: tuple[str, ...] = (),
    label_weights: Mapping[str, float] | None = None,
    select: bool = True,
    seed: int = 0,
) -> TextClassifier:
    """Fit a classifier on :func:`~nlu.tokenize.document` strings.

    ``label_weights`` multiply the balanced class weights (an error on that label costs
    more). With ``select``, the settings are chosen by cross-validation, else the first are used.
    """
    counts = Counter(labels)
    if len(counts) < 2:
        raise ValueError("a classifier needs examples of at least two labels")
    weights = {label: len(labels) / (len(counts) * n) for label, n in counts.items()}
    for label, factor in (label_weights or {}).items():
        if label in weights:
            weights[label] *= factor
    words = words or RegexWords()
    documents = list(documents)
    labels = list(labels)
    # Class weights as sample weights (calibration re-encodes the labels).
    sample_weight = np.asarray([weights[label] for label in labels], dtype=np.float64)
    smallest = min(counts.values())
    settings: Mapping[str, Any] = SETTINGS[0]
    model: CalibratedClassifierCV | LogisticRegression
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        if smallest >= 2:
            folds = StratifiedKFold(n_splits=min(MAX_FOLDS, smallest), shuffle=True, random_state=seed)
            if select:
                settings = _select(documents, labels, sample_weight, words, flags, folds, seed)
            base = LinearSVC(C=settings["C"], random_state=seed)
            model = CalibratedClassifierCV(base, method="temperature", cv=folds, ensemble=False)
        else:
            # Too few examples of some label to cross-validate: a probabilistic model instead.
            model = LogisticRegression(C=10.0, max_iter=2000, random_state=seed)
        pipeline = _pipeline(words, flags, settings, model)
        pipeline.fit(documents, labels, model__sample_weight=sample_weight)

    label_names = [str(label) for label in pipeline.classes_]
    linear = unroll(pipeline)
    if linear is not None:
        probes = [*documents[:: max(1, len(documents) // 50)], document(""), document("zzz 0", flags[:1])]
        expected = pipeline.predict_proba(probes)
        got = np.vstack([linear.probabilities(doc) for doc in probes])
        if not np.allclose(expected, got, atol=1e-5):
            linear = None
    return TextClassifier(label_names, linear, pipeline, dict(settings))
