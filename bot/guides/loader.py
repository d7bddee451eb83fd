"""Read and validate the catalog files under ``guides/``.

Layout: ``guides/services/<service_id>.yml`` (one :class:`Service` each) and
``guides/offices/<county>.yml`` (one :class:`RegionFile` each). Every problem is reported
as ``file: field: reason``; nothing is returned unless the whole catalog is valid.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from bot.guides.models import SERVICE_IDS, Catalog, RegionFile, Service, check_region_tree

M = TypeVar("M", bound=BaseModel)


class CatalogError(Exception):
    """The catalog is invalid; ``problems`` holds one ``file: field: reason`` line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def load_catalog(path: Path) -> Catalog:
    """Load and validate the whole catalog under ``path`` (the guides folder)."""
    if not path.is_dir():
        raise CatalogError([f"{path}: not a folder"])
    service_files = sorted((path / "services").glob("*.yml"))
    region_files = sorted((path / "offices").glob("*.yml"))
    problems: list[str] = []

    services: dict[str, Service] = {}
    for file in service_files:
        service = _validate_file(file, Service, problems)
        if service is None:
            continue
        if service.id != file.stem:
            problems.append(f"{file}: id: '{service.id}' does not match the file name '{file.stem}'")
        services[service.id] = service
    missing = [sid for sid in SERVICE_IDS if sid not in {file.stem for file in service_files}]
    if missing:
        problems.append(f"{path / 'services'}: missing service(s) {', '.join(missing)}")

    region_docs = [(file, _validate_file(file, RegionFile, problems)) for file in region_files]
    if not region_files:
        problems.append(f"{path / 'offices'}: no office file (*.yml)")
    known_services = set(services) | set(SERVICE_IDS)
    for file, doc in region_docs:
        if doc is not None:
            problems.extend(_check_region_file(file, doc, known_services))

    regions = [doc.region for _, doc in region_docs if doc is not None]
    offices = [office for _, doc in region_docs if doc is not None for office in doc.offices]
    seen: set[str] = set()
    for office in offices:
        if office.id in seen:
            problems.append(f"{path / 'offices'}: offices: duplicate office id '{office.id}'")
        seen.add(office.id)

    if problems:
        raise CatalogError(problems)
    return Catalog(
        version=_content_hash([*service_files, *region_files]),
        services=services,
        regions=regions,
        offices=offices,
    )


def validate_path(path: Path) -> list[str]:
    """Validate a catalog folder or a single catalog file; return the problems found."""
    try:
        if path.is_dir():
            load_catalog(path)
            return []
        problems: list[str] = []
        data = _read_yaml(path, problems)
        if data is None:
            return problems
        if isinstance(data, dict) and "offices" in data:
            doc = _validate_data(path, data, RegionFile, problems)
            if doc is not None:
                problems.extend(_check_region_file(path, doc, set(SERVICE_IDS)))
        else:
            service = _validate_data(path, data, Service, problems)
            if service is not None and service.id != path.stem:
                problems.append(f"{path}: id: '{service.id}' does not match the file name '{path.stem}'")
        return problems
    except CatalogError as exc:
        return exc.problems


def _check_region_file(file: Path, doc: RegionFile, known_services: set[str]) -> list[str]:
    problems = [f"{file}: {problem}" for problem in check_region_tree(doc.region)]
    regions = set(Catalog(version="", services={}, regions=[doc.region], offices=[]).region_index())
    for i, office in enumerate(doc.offices):
        if office.region not in regions:
            problems.append(f"{file}: offices[{i}].region: unknown region code '{office.region}'")
        unknown = [sid for sid in office.services if sid not in known_services]
        if unknown:
            problems.append(f"{file}: offices[{i}].services: unknown service id(s) {', '.join(unknown)}")
    return problems


def _read_yaml(file: Path, problems: list[str]) -> Any:
    try:
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    except OSError as exc:
        problems.append(f"{file}: cannot read: {exc.strerror}")
    except UnicodeDecodeError:
        problems.append(f"{file}: not UTF-8 text")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problems.append(f"{file}: {line}not valid YAML: {getattr(exc, 'problem', None) or exc}")
    return None


def _validate_file(file: Path, model: type[M], problems: list[str]) -> M | None:
    data = _read_yaml(file, problems)
    return None if data is None else _validate_data(file, data, model, problems)


def _validate_data(file: Path, data: Any, model: type[M], problems: list[str]) -> M | None:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            field = format_location(error["loc"]) or "(top level)"
            reason = error["msg"].removeprefix("Value error, ")
            got = f" (got {error['input']!r})" if error["type"] not in ("missing", "value_error") else ""
            if len(got) > 80:
                got = ""
            problems.append(f"{file}: {field}: {reason}{got}")
        return None


def format_location(location: Iterable[int | str]) -> str:
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        elif not part.startswith("function-after"):
            text += f".{part}" if text else part
    return text


def _content_hash(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]
