"""Personal data in free text: finding and masking ID-card and phone numbers.

The one place that knows what a mainland ID-card number or phone number looks like. Everything
that logs or stores text a person typed passes it through :func:`mask_pii` first, and
:class:`PiiFilter` does the same for log records, so a handler never emits a raw number.

Numbers are recognised however people type them: with full-width digits (``１３８…``, from CJK
input methods), with spaces or hyphens between the usual groups, and with ``+86`` before a
mobile number. A number is only recognised on its own, never inside a longer run of digits, so
amounts, dates, postcodes and other long numbers are left alone.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache

__all__ = [
    "KEEP_LAST",
    "PiiFilter",
    "SecretFilter",
    "find_id_numbers",
    "find_phones",
    "is_valid_id_number",
    "mask_phone",
    "mask_pii",
]

KEEP_LAST = 4  # characters of a masked number left readable, as on receipts

# GB 11643-1999: the check character is ISO 7064 MOD 11-2 over the first 17 digits.
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

# Patterns run on normalised text (see _normalise): ASCII digits, X/x, + and hyphen.
_S = r"[ \-\u00a0\u2010\u2011]?"  # at most one space or hyphen between groups
# 18 characters, in the groupings people use (6-8-4, 6-4-4-4, 3-3-8-4, or none).
_ID_18 = re.compile(
    rf"(?<![0-9])[0-9]{{3}}{_S}[0-9]{{3}}{_S}[0-9]{{4}}{_S}[0-9]{{4}}{_S}[0-9]{{3}}[0-9Xx](?![0-9Xx])"
)
# First-generation (1984-2004) cards: 15 digits, birth date as YYMMDD, no check character.
_ID_15 = re.compile(rf"(?<![0-9])[0-9]{{6}}{_S}[0-9]{{6}}{_S}[0-9]{{3}}(?![0-9Xx])")
# Mainland mobiles, 3-4-4, optionally after +86 / 0086 / 86.
_MOBILE = re.compile(rf"(?<![0-9])(?:(?:\+|00)?86{_S})?1[3-9][0-9]{_S}[0-9]{{4}}{_S}[0-9]{{4}}(?![0-9])")
# Landlines: area code (010, 02x, or 0 and three digits), optionally in brackets, then a local
# number of 7 or 8 digits that never starts with 0 or 1.
_AREA = r"0(?:10|2[0-9]|[3-9][0-9]{2})"
_LANDLINE = re.compile(rf"(?<![0-9])(?:\({_AREA}\){_S}|{_AREA}{_S})[2-9][0-9]{{2,3}}{_S}[0-9]{{4}}(?![0-9])")

_SEPARATORS = frozenset(" -\u00a0\u2010\u2011")
_FULL_WIDTH = {"Ｘ": "X", "ｘ": "x", "＋": "+", "－": "-", "（": "(", "）": ")", "\u3000": " "}


@lru_cache(maxsize=4096)
def _normalise_char(char: str) -> str:
    if char.isdecimal():
        return str(unicodedata.decimal(char))
    return _FULL_WIDTH.get(char, char)


def _normalise(text: str) -> str:
    """``text`` with every decimal digit as ASCII and full-width X, +, -, brackets as ASCII.

    One character for one, so positions in the result are positions in ``text``."""
    if text.isascii():
        return text
    return "".join(_normalise_char(char) for char in text)


def _compact(number: str) -> str:
    """A normalised number without its separators, X upper-cased."""
    return "".join(char for char in number if char not in _SEPARATORS).upper()


def _valid_birth_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _checksum_ok(compact: str) -> bool:
    total = sum(int(digit) * weight for digit, weight in zip(compact[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == compact[17]


def _valid_18(compact: str) -> bool:
    return (
        _checksum_ok(compact)
        and 1800 <= int(compact[6:10]) <= 2100
        and _valid_birth_date(int(compact[6:10]), int(compact[10:12]), int(compact[12:14]))
    )


def _valid_15(compact: str) -> bool:
    return _valid_birth_date(1900 + int(compact[6:8]), int(compact[8:10]), int(compact[10:12]))


def is_valid_id_number(number: str) -> bool:
    """Whether ``number`` is one resident ID-card number: 18 characters whose last is the
    GB 11643 (ISO 7064 MOD 11-2) check character of the first 17 and whose birth date exists,
    or a first-generation 15-digit number with an existing birth date. Separators between the
    usual groups and full-width digits are accepted."""
    normalised = _normalise(number.strip())
    if _ID_18.fullmatch(normalised):
        return _valid_18(_compact(normalised))
    if _ID_15.fullmatch(normalised):
        return _valid_15(_compact(normalised))
    return False


def _id_spans(normalised: str, *, shaped: bool) -> list[tuple[int, int]]:
    """Spans of valid ID numbers; with ``shaped``, of every 18-character ID-shaped number too."""
    spans = [m.span() for m in _ID_18.finditer(normalised) if shaped or _valid_18(_compact(m.group()))]
    spans += [m.span() for m in _ID_15.finditer(normalised) if _valid_15(_compact(m.group()))]
    return sorted(spans)


def _phone_spans(normalised: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _MOBILE.finditer(normalised)]
    spans += [m.span() for m in _LANDLINE.finditer(normalised)]
    return sorted(spans)


def find_id_numbers(text: str) -> list[str]:
    """The resident ID-card numbers in ``text``, as written there, in order.

    18-character numbers count only with a valid check character and birth date, 15-digit
    ones only with a valid birth date (see :func:`is_valid_id_number`)."""
    return [text[start:end] for start, end in _id_spans(_normalise(text), shaped=False)]


def find_phones(text: str) -> list[str]:
    """The mainland mobile (``1[3-9]`` and 9 digits, optionally after +86) and landline
    (``0xxx-xxxxxxx``) numbers in ``text``, as written there, in order."""
    return [text[start:end] for start, end in _phone_spans(_normalise(text))]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mask_pii(text: str) -> str:
    """``text`` with ID-card and phone numbers masked: every character of a number but its
    last 4 becomes ``*`` (``11010519491231002X`` -> ``**************002X``). The length is kept.

    Masks what :func:`find_id_numbers` and :func:`find_phones` find, every other occurrence of
    the same number, and also 18-character ID-shaped numbers whose check character is wrong:
    a mistyped ID number is still personal data. Idempotent: the result holds no number that
    either function would find."""
    while True:
        masked = _mask_once(text)
        if masked == text:
            return masked
        # Masking can end a longer run of digits that hid a number; look again.
        text = masked


def _mask_once(text: str) -> str:
    normalised = _normalise(text)
    spans = _id_spans(normalised, shaped=True) + _phone_spans(normalised)
    if not spans:
        return text
    # The same number inside a longer run of digits is not recognised there, but is the
    # same personal data: mask each occurrence of a number found.
    for number in {normalised[start:end] for start, end in spans}:
        at = normalised.find(number)
        while at != -1:
            spans.append((at, at + len(number)))
            at = normalised.find(number, at + 1)
    chars = list(text)
    for start, end in _merge(spans):
        chars[start : max(start, end - KEEP_LAST)] = "*" * max(0, end - KEEP_LAST - start)
    return "".join(chars)


def mask_phone(phone: str) -> str | None:
    """The masked form of one phone number, kept to store (``+86 138-1234-5678`` ->
    ``*******5678``): its digits without the country code, all but the last 4 as ``*``.
    None when ``phone`` is not exactly one mainland mobile or landline number."""
    normalised = _normalise(phone.strip())
    if not (_MOBILE.fullmatch(normalised) or _LANDLINE.fullmatch(normalised)):
        return None
    digits = "".join(char for char in normalised if char.isdigit())
    if _MOBILE.fullmatch(normalised):
        digits = digits[-11:]  # without 86 / 0086
    return "*" * (len(digits) - KEEP_LAST) + digits[-KEEP_LAST:]


class PiiFilter(logging.Filter):
    """Masks ID-card and phone numbers in every record it sees; never drops a record.

    The message is formatted with its arguments first, then masked, so a number passed as an
    argument (even as an ``int``) is masked too; ``args`` are then emptied. An exception's
    traceback and the stack information are masked as well.

    Attach it to handlers (``handler.addFilter(PiiFilter())``): a logger's own filters do not
    see records propagated from its child loggers, a handler's do.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        _rewrite(record, mask_pii)
        return True


class SecretFilter(logging.Filter):
    """Replaces each of the given secrets (tokens, passwords) with ``***`` in every record it
    sees, like :class:`PiiFilter` does with numbers; never drops a record.

    A library may log a secret it was handed (an HTTP client logging a Bot API URL that holds
    the bot token): attach this to handlers next to :class:`PiiFilter`."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        # Longest first, so a secret that contains another is replaced whole.
        self._secrets = sorted({secret for secret in secrets if secret}, key=len, reverse=True)

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if self._secrets:
            _rewrite(record, self._redact)
        return True


def _rewrite(record: logging.LogRecord, clean: Callable[[str], str]) -> None:
    """Format ``record``'s message with its arguments, then clean it, its traceback and stack."""
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: keep what is there, cleaned
        message = f"{record.msg} {record.args!r}" if record.args else str(record.msg)
    record.msg = clean(message)
    record.args = ()
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = clean(record.exc_text)
    if record.stack_info:
        record.stack_info = clean(record.stack_info)
