"""Finding and masking ID-card and phone numbers, and the logging filter."""

from __future__ import annotations

import io
import logging
import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.privacy import (
    PiiFilter,
    find_id_numbers,
    find_phones,
    is_valid_id_number,
    mask_phone,
    mask_pii,
)

ID_X = "11010519491231002X"  # the GB 11643 example, check character X
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def check_char(first17: str) -> str:
    """An independent ISO 7064 MOD 11-2 check character, to build test numbers with."""
    remainder = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11
    return "10X98765432"[remainder]


def id_number(region: str, born: date, sequence: int) -> str:
    first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)


ID_DIGIT = id_number("440304", date(1990, 1, 1), 123)  # check character is a digit
WRONG_CHECK = ID_X[:17] + "1"  # valid date, wrong check character


def test_test_numbers_are_what_they_claim() -> None:
    assert ID_X[-1] == "X" and check_char(ID_X[:17]) == "X"
    assert ID_DIGIT[-1].isdigit()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (ID_X, [ID_X]),
        (ID_DIGIT, [ID_DIGIT]),
        (ID_X.lower(), [ID_X.lower()]),
        (f"我的身份证号是{ID_X}，麻烦帮我查一下", [ID_X]),
        (f"身份证:{ID_DIGIT}。电话13812345678", [ID_DIGIT]),
        ("110105 19491231 002X", ["110105 19491231 002X"]),  # 6-8-4
        ("110105-1949-1231-002X", ["110105-1949-1231-002X"]),  # 6-4-4-4
        ("１１０１０５１９４９１２３１００２Ｘ", ["１１０１０５１９４９１２３１００２Ｘ"]),  # full-width
        ("老身份证110105491231002号", ["110105491231002"]),  # 15 digits, born 1949-12-31
        (f"{ID_X} 和 {ID_DIGIT}", [ID_X, ID_DIGIT]),
    ],
)
def test_find_id_numbers(text: str, found: list[str]) -> None:
    assert find_id_numbers(text) == found
    assert all(is_valid_id_number(number) for number in found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(WRONG_CHECK, id="wrong-check-character"),
        pytest.param(ID_DIGIT[:17] + "X", id="X-where-a-digit-belongs"),
        pytest.param(id_number("110105", date(1949, 12, 31), 2)[:10] + "1332" + "0021", id="month-13"),
        pytest.param("110105194902300021", id="february-30"),
        pytest.param("110105491331002", id="15-digit-month-13"),
        pytest.param("9" + ID_X, id="inside-a-longer-number"),
        pytest.param(ID_X[:17], id="17-digits"),
        pytest.param(ID_X + "5", id="followed-by-a-digit"),
    ],
)
def test_invalid_id_numbers_are_not_found(text: str) -> None:
    assert find_id_numbers(text) == []
    assert not is_valid_id_number(text)


def test_a_valid_check_character_with_an_impossible_birth_date_is_not_an_id() -> None:
    first17 = "11010519491332002"  # month 13
    number = first17 + check_char(first17)
    assert find_id_numbers(number) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("13812345678", ["13812345678"]),
        ("请打19912345678找我", ["19912345678"]),
        ("+86 13812345678", ["+86 13812345678"]),
        ("+86-138-1234-5678", ["+86-138-1234-5678"]),
        ("8613812345678", ["8613812345678"]),
        ("0086 138 1234 5678", ["0086 138 1234 5678"]),
        ("电话：138-1234-5678。", ["138-1234-5678"]),
        ("１３８１２３４５６７８", ["１３８１２３４５６７８"]),
        ("办公室0571-87654321", ["0571-87654321"]),
        ("北京010-62345678", ["010-62345678"]),
        ("（0991）2345678", ["（0991）2345678"]),
        ("座机 0571 8765 4321", ["0571 8765 4321"]),
        ("13812345678 或 13912345678", ["13812345678", "13912345678"]),
    ],
)
def test_find_phones(text: str, found: list[str]) -> None:
    assert find_phones(text) == found


NOT_PII = [
    "12345",
    "2024-03-05",
    "2024年3月5日上午10点",
    "09:30-17:00",
    "费用 1234.56 元，共 ¥12,345",
    "12345678901234567",  # 17 digits
    "1101051949123100",  # 16 digits
    "12812345678",  # 11 digits, but 12x is no mobile prefix
    "23812345678",
    "138123456789",  # 12 digits
    "邮编100000，工号1234567890",
    "订单号20240305123456",
    "第3步，共12步",
]


@pytest.mark.parametrize("text", NOT_PII)
def test_no_false_positives(text: str) -> None:
    assert find_id_numbers(text) == []
    assert find_phones(text) == []
    assert mask_pii(text) == text


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (ID_X, "**************002X"),
        (f"身份证号{ID_X}，电话13812345678。", "身份证号**************002X，电话*******5678。"),
        ("110105 19491231 002X", "****************002X"),
        ("１１０１０５１９４９１２３１００２Ｘ", "**************００２Ｘ"),
        ("110105491231002", "***********1002"),
        ("+86 138-1234-5678", "*************5678"),
        ("0571-87654321", "*********4321"),
        # A mistyped ID number is still somebody's: masked although its check character is wrong.
        (WRONG_CHECK, "**************0021"),
        # The same number inside a longer run of digits is masked there too.
        (f"{ID_X}，又写成9{ID_X}", "**************002X，又写成9**************002X"),
    ],
)
def test_mask_pii(text: str, masked: str) -> None:
    assert mask_pii(text) == masked
    assert len(masked) == len(text)
    assert mask_pii(masked) == masked  # idempotent


def test_masking_is_idempotent_when_it_uncovers_a_number() -> None:
    # The ID after the first one is hidden in a 36-digit run until the copy of the second
    # is masked; one call masks both.
    text = f"{ID_DIGIT}{ID_X} {ID_X}"
    masked = mask_pii(text)
    assert mask_pii(masked) == masked
    assert ID_DIGIT not in masked and ID_X not in masked


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13812345678", "*******5678"),
        ("+86 138-1234-5678", "*******5678"),
        (" 0086 13812345678 ", "*******5678"),
        ("０５７１－８７６５４３２１", "********4321"),
        ("(010)62345678", "*******5678"),
        ("12345", None),
        ("13812345678 13912345678", None),
        ("电话13812345678", None),
        ("", None),
    ],
)
def test_mask_phone(phone: str, masked: str | None) -> None:
    assert mask_phone(phone) == masked


# Property: whatever surrounds them, the numbers found in a text are gone from its masked form.

regions = st.integers(min_value=110000, max_value=659999).map(str)
births = st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31))
valid_ids = st.builds(id_number, regions, births, st.integers(min_value=0, max_value=999))
filler = st.text(alphabet=st.sampled_from(list("身份证号是电话，。 -:+xX0123456789")), max_size=8)
texts = st.lists(st.one_of(valid_ids, filler, st.just("13812345678")), max_size=8).map("".join)


@given(texts)
def test_masked_output_never_contains_a_number_found_in_the_input(text: str) -> None:
    masked = mask_pii(text)
    for number in find_id_numbers(text) + find_phones(text):
        assert number not in masked
    assert find_id_numbers(masked) == []
    assert find_phones(masked) == []
    assert len(masked) == len(text)
    assert mask_pii(masked) == masked


@given(valid_ids, st.text(max_size=10), st.text(max_size=10))
def test_a_valid_id_between_non_digits_is_always_found_and_masked(
    number: str, before: str, after: str
) -> None:
    text = f"{before}。{number}，{after}"
    assert number in find_id_numbers(text)
    masked = mask_pii(text)
    assert number not in masked
    assert number[-4:] in masked


# The logging filter, on a real logger and handler.


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PiiFilter())
    logger = logging.getLogger(f"test.privacy.{uuid.uuid4().hex}")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        yield logger, stream
    finally:
        logger.removeHandler(handler)
        handler.close()


def test_filter_masks_messages_and_arguments(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = captured
    logger.info(f"typed {ID_X} directly")
    logger.info("user %s typed %s", "web:1", f"身份证{ID_X}")
    logger.warning("call back %d", 13812345678)  # a number, not a string
    logger.info("%(who)s: %(phone)s", {"who": "agent", "phone": "+86 139-1234-5678"})
    logger.getChild("engine").error("child logger: %s", ID_DIGIT)  # propagates to the handler
    output = stream.getvalue()
    for raw in (ID_X, ID_X[:14], ID_DIGIT, "13812345678", "139-1234-5678", "1234-5678"):
        assert raw not in output
    assert output.count("**************002X") == 2
    assert "call back *******5678" in output
    assert "agent: *************5678" in output
    assert f"child logger: **************{ID_DIGIT[-4:]}" in output
    assert len(output.splitlines()) == 5  # nothing dropped


def test_filter_masks_tracebacks(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = captured
    try:
        raise ValueError(f"no such applicant {ID_X}, phone 13812345678")
    except ValueError:
        logger.exception("lookup failed for %s", ID_X)
    logger.info("stack", stack_info=True, extra={"note": "plain"})
    output = stream.getvalue()
    assert ID_X not in output
    assert "13812345678" not in output
    assert "ValueError: no such applicant **************002X, phone *******5678" in output
    assert "Traceback" in output


def test_filter_survives_a_broken_format_string(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = captured
    record = logger.makeRecord(logger.name, logging.INFO, __file__, 1, "%s and %s", ("13812345678",), None)
    assert PiiFilter().filter(record) is True
    assert "13812345678" not in record.getMessage()
    assert "*******5678" in record.getMessage()
    logger.handle(record)
    assert "*******5678" in stream.getvalue()
