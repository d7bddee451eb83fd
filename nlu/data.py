"""Read Rasa 3.x YAML training data (``nlu:`` with intents, synonyms, lookups and regexes).

Layout: ``<data_path>/<locale>/*.yml``. Files whose name starts with ``test_`` are held out
for evaluation and never trained on. Annotations follow Rasa: ``[text](entity)``,
``[text](entity:value)`` and ``[text]{"entity": "e", "value": "v", ...}``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# The same expression Rasa uses (rasa/shared/nlu/training_data/entities_parser.py).
ENTITY_PATTERN = re.compile(
    r"\[(?P<entity_text>[^\]]+?)\]"
    r"(\((?P<entity>[^:)]+?)(?:\:(?P<value>[^)]+))?\)"
    r"|\{(?P<entity_dict>[^}]+?)\}"
    r"|\[(?P<list_entity_dicts>.*?)\])"
)
HELD_OUT_PREFIX = "test_"


class DataError(ValueError):
    """Training data that cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class Annotation:
    entity: str
    value: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    entities: tuple[Annotation, ...] = ()

    def values(self, entity: str) -> list[str]:
        return [annotation.value for annotation in self.entities if annotation.entity == entity]


@dataclass
class TrainingData:
    """Everything read for one locale."""

    examples: list[Example] = field(default_factory=list)
    synonyms: dict[str, list[str]] = field(default_factory=dict)  # value -> surface forms
    lookups: dict[str, list[str]] = field(default_factory=dict)  # entity -> surface forms
    regexes: dict[str, list[str]] = field(default_factory=dict)  # name -> patterns
    files: list[Path] = field(default_factory=list)

    def extend(self, other: TrainingData) -> None:
        self.examples.extend(other.examples)
        for mapping, extra in (
            (self.synonyms, other.synonyms),
            (self.lookups, other.lookups),
            (self.regexes, other.regexes),
        ):
            for key, items in extra.items():
                mapping.setdefault(key, []).extend(items)
        self.files.extend(other.files)

    @property
    def intents(self) -> list[str]:
        return sorted({example.intent for example in self.examples})


def parse_annotated(text: str) -> tuple[str, tuple[Annotation, ...]]:
    """Strip Rasa entity markup from one example; return the plain text and its annotations."""
    plain: list[str] = []
    annotations: list[Annotation] = []
    offset = 0  # length of the plain text produced so far
    cursor = 0
    for match in ENTITY_PATTERN.finditer(text):
        before = text[cursor : match.start()]
        plain.append(before)
        offset += len(before)
        surface = match.group("entity_text")
        for entity, value in _entity_specs(match, surface):
            annotations.append(Annotation(entity, value, offset, offset + len(surface), surface))
        plain.append(surface)
        offset += len(surface)
        cursor = match.end()
    plain.append(text[cursor:])
    return "".join(plain), tuple(annotations)


def _entity_specs(match: re.Match[str], surface: str) -> Iterator[tuple[str, str]]:
    if match.group("entity"):
        value = match.group("value")
        yield match.group("entity").strip(), (value.strip() if value else surface)
        return
    raw = match.group("entity_dict")
    dicts: list[Any]
    if raw is not None:
        dicts = [_load_json("{" + raw + "}")]
    else:
        loaded = _load_json("[" + (match.group("list_entity_dicts") or "") + "]")
        dicts = loaded if isinstance(loaded, list) else []
    for spec in dicts:
        if isinstance(spec, dict) and isinstance(spec.get("entity"), str):
            value = spec.get("value", surface)
            yield spec["entity"], str(value)


def _load_json(raw: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise DataError(f"invalid entity annotation {raw!r}: {exc.msg}") from exc


def _example_lines(examples: Any) -> Iterator[str]:
    if isinstance(examples, str):
        for line in examples.splitlines():
            stripped = line.strip()
            if stripped.startswith("-"):
                item = stripped[1:].strip()
                if item:
                    yield item
    elif isinstance(examples, list):  # the long form: - text: "..." (with metadata)
        for item in examples:
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                yield item["text"].strip()
            elif isinstance(item, str):
                yield item.strip()


def read_file(path: Path) -> TrainingData:
    """Read one Rasa YAML training-data file."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise DataError(f"{path}: cannot read training data: {exc}") from exc
    data = TrainingData(files=[path])
    if document is None:
        return data
    if not isinstance(document, dict):
        raise DataError(f"{path}: expected a mapping with an 'nlu' key")
    items = document.get("nlu") or []
    if not isinstance(items, list):
        raise DataError(f"{path}: 'nlu' must be a list")
    for number, item in enumerate(items):
        if not isinstance(item, dict):
            raise DataError(f"{path}: nlu[{number}] must be a mapping")
        try:
            _read_item(item, data)
        except DataError as exc:
            raise DataError(f"{path}: nlu[{number}]: {exc}") from exc
    return data


def _read_item(item: dict[str, Any], data: TrainingData) -> None:
    examples = item.get("examples")
    if "intent" in item:
        intent = str(item["intent"])
        for line in _example_lines(examples):
            text, annotations = parse_annotated(line)
            if text.strip():
                data.examples.append(Example(text, intent, annotations))
    elif "synonym" in item:
        data.synonyms.setdefault(str(item["synonym"]), []).extend(_example_lines(examples))
    elif "lookup" in item:
        data.lookups.setdefault(str(item["lookup"]), []).extend(_example_lines(examples))
    elif "regex" in item:
        data.regexes.setdefault(str(item["regex"]), []).extend(_example_lines(examples))


def locale_files(data_path: Path, locale: str, held_out: bool = False) -> list[Path]:
    """The training (or, with ``held_out``, the test) files of one locale, sorted."""
    folder = data_path / locale
    if not folder.is_dir():
        return []
    files = sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])
    return [path for path in files if path.name.startswith(HELD_OUT_PREFIX) == held_out]


def load_locale(data_path: Path, locale: str, held_out: bool = False) -> TrainingData:
    """All training (or held-out) data of one locale."""
    data = TrainingData()
    for path in locale_files(data_path, locale, held_out):
        data.extend(read_file(path))
    return data


def fingerprint(paths: Iterable[Path], extra: Any = None) -> str:
    """A hash of the files' names and contents and of ``extra`` (JSON-serialisable)."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(f"{path.parent.name}/{path.name}".encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    digest.update(json.dumps(extra, sort_keys=True, ensure_ascii=False, default=str).encode())
    return digest.hexdigest()
