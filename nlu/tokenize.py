"""Word tokens for the classifier's word features, chosen per language.

Scripts with spaces use a regular expression. Chinese is segmented with jieba, but not
with its 350,000-word dictionary at run time (loading it takes most of a second): at
training time the dictionary words that occur in the training texts are kept, with their
frequencies and the dictionary's total, so jieba segments those texts exactly as with the
full dictionary, and a model loads in milliseconds. Words never seen in training carry no
feature anyway; jieba's HMM still groups them.
"""

from __future__ import annotations

import itertools
import logging
import re
import threading
import warnings
from collections.abc import Callable, Iterable
from typing import Any

FLAG_SEPARATOR = "\x00"
_WORD = re.compile(r"(?u)\b\w+\b")
_TIBETAN_BREAKS = re.compile(r"[\s\u0F0B-\u0F14\u0F34,.!?，。！？]+")  # tsheg, shad and other marks
_MAX_WORD = 8  # longest dictionary word looked for in the training texts


def document(text: str, flags: Iterable[str] = ()) -> str:
    """What the classifier reads: the normalised text and the entity flags behind a separator."""
    return text + FLAG_SEPARATOR + " ".join(flags)


def text_part(doc: str) -> str:
    return doc.split(FLAG_SEPARATOR, 1)[0]


def flag_part(doc: str) -> list[str]:
    parts = doc.split(FLAG_SEPARATOR, 1)
    return parts[1].split() if len(parts) > 1 else []


class RegexWords:
    """Words and word pairs of space-separated scripts."""

    def __call__(self, doc: str) -> list[str]:
        words = _WORD.findall(text_part(doc))
        return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


class TibetanSyllables:
    """Tibetan syllables and syllable pairs: the tsheg (་) and shad (།) separate syllables,
    whose stacked letters and vowel signs ``\\w`` would split apart."""

    def __call__(self, doc: str) -> list[str]:
        syllables = [part for part in _TIBETAN_BREAKS.split(text_part(doc)) if part]
        return syllables + [f"{a} {b}" for a, b in itertools.pairwise(syllables)]


def _jieba() -> Any:
    with warnings.catch_warnings():
        # jieba (unmaintained since 2020) warns about pkg_resources and escapes on import.
        warnings.simplefilter("ignore")
        import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


class JiebaWords:
    """Chinese words by jieba, with a dictionary cut down to the training vocabulary."""

    def __init__(self, frequencies: dict[str, int], total: int) -> None:
        self.frequencies = frequencies
        self.total = total
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    @classmethod
    def for_texts(cls, texts: Iterable[str]) -> JiebaWords:
        """Keep the words of jieba's dictionary that occur in ``texts``."""
        full = _jieba().dt
        full.check_initialized()
        kept: dict[str, int] = {}
        for text in texts:
            for start in range(len(text)):
                for end in range(start + 1, min(len(text), start + _MAX_WORD) + 1):
                    frequency = full.FREQ.get(text[start:end])
                    if frequency:
                        kept[text[start:end]] = int(frequency)
        return cls(kept, int(full.total))

    def __getstate__(self) -> dict[str, Any]:
        return {"frequencies": self.frequencies, "total": self.total}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["frequencies"], state["total"])  # type: ignore[misc]

    def _segmenter(self) -> Any:
        with self._lock:
            if self._tokenizer is None:
                tokenizer = _jieba().Tokenizer()
                prefixes: dict[str, int] = {}
                for word, frequency in self.frequencies.items():
                    prefixes[word] = frequency
                    for end in range(1, len(word)):
                        prefixes.setdefault(word[:end], 0)
                tokenizer.FREQ = prefixes
                # jieba scores a word by log(frequency / total): the full dictionary's total
                # keeps the segmentation of the kept words exactly as it was.
                tokenizer.total = self.total
                tokenizer.initialized = True
                self._tokenizer = tokenizer
            return self._tokenizer

    def __call__(self, doc: str) -> list[str]:
        return [word for word in self._segmenter().lcut(text_part(doc)) if word.strip()]


# Primary language subtag -> tokenizer; the rest use RegexWords.
_SEGMENTED: dict[str, Callable[[Iterable[str]], Callable[[str], list[str]]]] = {
    "zh": JiebaWords.for_texts,
    "bo": lambda texts: TibetanSyllables(),
}


def word_analyzer(language: str, texts: Iterable[str]) -> Callable[[str], list[str]]:
    """The word tokenizer for ``language``, prepared on the training ``texts``."""
    make = _SEGMENTED.get(language.split("-")[0].lower())
    return make(texts) if make is not None else RegexWords()
