"""Checks across the options of each situation, for answers typed in people's own words.

People type "我身份证丢了咋整" or "交了十二年" instead of pressing a button, so the dialogue
recognises a situation's option from the option's ``examples`` and, for a numeric question,
from its ``range``. The schema validates each field on its own; what it cannot see is how the
options of one situation fit together, and a mistake there silently sends a person down the
wrong checklist:

* an option without examples in a locale can never be recognised in that locale;
* an example listed under two options of one situation would be matched to either;
* a range on a question that does not say what it counts (``quantity``) is never used, and on
  a numeric question every number must land on exactly one option: no overlap, no gap, the
  first range starting at 0 (or open), the last one open-ended;
* "I don't know" can only be taken one way, so at most one option is ``not_sure``.

Problems are reported as ``file: field: reason``, like :mod:`bot.guides.loader` does.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable

from bot.guides.models import KNOWN_LOCALES, Catalog, Service, Situation, SituationOption


def fold_example(text: str) -> str:
    """The form in which two examples count as the same: NFKC, case-folded, no punctuation."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    kept = "".join(" " if unicodedata.category(char).startswith("P") else char for char in folded)
    return " ".join(kept.split())


def check_situation_options(catalog: Catalog, locales: Iterable[str]) -> list[str]:
    """Return one ``file: field: reason`` line per problem with the situation options.

    ``locales`` are the locales every option must have examples in (the ones the bot speaks).
    """
    wanted = list(dict.fromkeys(locales))
    problems: list[str] = []
    for service_id in sorted(catalog.services):
        service = catalog.services[service_id]
        for situation in service.situations:
            problems.extend(_check_situation(service, situation, wanted))
    return problems


def _where(service: Service, situation: Situation, option: SituationOption) -> str:
    return f"guides/services/{service.id}.yml: situations.{situation.id}.options.{option.id}"


def _check_situation(service: Service, situation: Situation, locales: list[str]) -> list[str]:
    problems: list[str] = []
    owner: dict[str, str] = {}  # folded example -> the first option that lists it
    first_not_sure: str | None = None
    for option in situation.options:
        where = _where(service, situation, option)
        missing = [loc for loc in locales if not any(e.strip() for e in option.examples.get(loc, []))]
        if missing:
            problems.append(f"{where}: no examples in locale(s) {', '.join(missing)}")
        unknown = sorted(set(option.examples) - set(KNOWN_LOCALES))
        if unknown:
            problems.append(f"{where}: examples in unknown locale(s) {', '.join(unknown)}")
        for locale, examples in option.examples.items():
            for example in examples:
                folded = fold_example(example)
                if not folded:
                    problems.append(f"{where}: example {example!r} ({locale}) is empty")
                elif owner.setdefault(folded, option.id) != option.id:
                    problems.append(
                        f"{where}: example {example!r} ({locale}) is also an example of option "
                        f"'{owner[folded]}'"
                    )
        if option.not_sure:
            if first_not_sure is not None:
                problems.append(f"{where}: more than one not_sure option (the first is '{first_not_sure}')")
            first_not_sure = first_not_sure or option.id
            if option.range is not None:
                problems.append(f"{where}: a not_sure option must have no range")
        elif option.range is not None and situation.quantity is None:
            problems.append(f"{where}: has a range but situation '{situation.id}' sets no quantity")
        elif option.range is None and situation.quantity is not None:
            problems.append(f"{where}: no range, but situation '{situation.id}' counts {situation.quantity}")
    if situation.quantity is not None:
        problems.extend(_check_ranges(service, situation))
    return problems


def _check_ranges(service: Service, situation: Situation) -> list[str]:
    """Ranges of a numeric question must cover every number from 0 up exactly once."""
    problems: list[str] = []
    ranged = [
        (option, option.range.gte, option.range.lt)
        for option in situation.options
        if option.range is not None and not option.not_sure
    ]
    for option, low, high in ranged:
        if low is not None and high is not None and low >= high:
            problems.append(f"{_where(service, situation, option)}: empty range (gte {low:g} >= lt {high:g})")
    ranged.sort(key=lambda entry: -math.inf if entry[1] is None else entry[1])
    for i, (option, low, _) in enumerate(ranged):
        where = _where(service, situation, option)
        if i == 0:
            if low is not None and low != 0:
                problems.append(f"{where}: the lowest range starts at {low:g}, not at 0 (or open)")
            continue
        previous, _, before = ranged[i - 1]
        if before is None or low is None or low < before:
            problems.append(f"{where}: range overlaps that of option '{previous.id}'")
        elif low > before:
            problems.append(f"{where}: gap from {before:g} to {low:g} after option '{previous.id}'")
    if ranged and ranged[-1][2] is not None:
        last, _, high = ranged[-1]
        problems.append(
            f"{_where(service, situation, last)}: the highest range ends at {high:g}; it must be open (no lt)"
        )
    return problems
