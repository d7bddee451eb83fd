"""The trained classifiers as the engine uses them: plain arrays, no scikit-learn at run time.

Training (:mod:`nlu.classifier`) fits scikit-learn pipelines and unrolls each into a
:class:`LinearModel`: the TF-IDF vocabularies and weights, the linear map and the
calibration temperature. Parsing one message is then a few dictionary look-ups and one small
matrix product, and loading a model does not import scikit-learn (most of a second).
The unrolled model is checked against scikit-learn's own ``predict_proba`` when it is built.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from nlu.tokenize import flag_part, text_part

_SPACES = re.compile(r"\s\s+")


class CharNgrams:
    """Character n-grams within words, padded with a space (scikit-learn's ``char_wb``)."""

    def __init__(self, smallest: int = 1, largest: int = 4) -> None:
        self.smallest = smallest
        self.largest = largest

    def __call__(self, doc: str) -> list[str]:
        grams: list[str] = []
        for word in _SPACES.sub(" ", text_part(doc)).split():
            padded = f" {word} "
            for n in range(self.smallest, self.largest + 1):
                if n >= len(padded):
                    grams.append(padded)  # a short word counts once, as itself
                    break
                grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
        return grams


def flag_row(doc: str, kinds: tuple[str, ...], weight: float) -> np.ndarray:
    """Two columns per entity kind: (named, not named)."""
    present = set(flag_part(doc))
    values = [value for kind in kinds for value in ((1.0, 0.0) if kind in present else (0.0, 1.0))]
    return np.asarray(values, dtype=np.float64) * weight


@dataclass
class LinearModel:
    """TF-IDF blocks and entity flags -> linear scores -> tempered softmax."""

    blocks: list[
        tuple[Callable[[str], list[str]], dict[str, int], np.ndarray, int]
    ]  # analyzer, vocabulary, idf, offset
    flag_kinds: tuple[str, ...]
    flag_weight: float
    flag_offset: int
    coef: np.ndarray  # (n_features, n_classes)
    intercept: np.ndarray
    beta: float  # inverse temperature

    def probabilities(self, doc: str) -> np.ndarray:
        logits = self.intercept.astype(np.float64, copy=True)
        for analyze, vocabulary, idf, offset in self.blocks:
            counts = Counter(term for term in analyze(doc) if term in vocabulary)
            if not counts:
                continue
            indices = np.fromiter((vocabulary[term] for term in counts), dtype=np.int64, count=len(counts))
            tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
            values = (1.0 + np.log(tf)) * idf[indices]  # sublinear tf, idf, then l2 norm
            values /= np.sqrt(np.dot(values, values))
            logits += values @ self.coef[indices + offset]
        if self.flag_kinds:
            row = flag_row(doc, self.flag_kinds, self.flag_weight)
            logits += row @ self.coef[self.flag_offset : self.flag_offset + len(row)]
        logits *= self.beta
        logits -= logits.max()
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum())


class TextClassifier:
    """Calibrated probabilities over labels for a :func:`~nlu.tokenize.document`.

    Holds the unrolled :class:`LinearModel`, or, if unrolling was not possible (another
    scikit-learn version's internals), the scikit-learn pipeline itself.
    """

    def __init__(
        self,
        labels: list[str],
        linear: LinearModel | None,
        pipeline: Any = None,
        settings: dict[str, Any] | None = None,
    ) -> None:
        if linear is None and pipeline is None:
            raise ValueError("a classifier needs a model")
        self.labels = labels
        self.linear = linear
        self.pipeline: Any = None if linear is not None else pipeline
        self.settings = settings or {}

    @property
    def fast(self) -> bool:
        """Whether the unrolled model is in use (no scikit-learn needed)."""
        return self.linear is not None

    def probabilities(self, doc: str) -> np.ndarray:
        if self.linear is not None:
            return self.linear.probabilities(doc)
        return np.asarray(self.pipeline.predict_proba([doc])[0])

    def rank(self, doc: str) -> list[tuple[str, float]]:
        """All labels with their probabilities, most likely first."""
        probabilities = self.probabilities(doc)
        order = np.argsort(-probabilities, kind="stable")
        return [(self.labels[i], float(probabilities[i])) for i in order]
