"""Schema of the service-guide catalog (``guides/``).

The catalog is sample data modelled on common national practice. Every text a user
may read is a :data:`LocalizedText` (``{locale: text}``) that must at least carry the
default locale ``zh-Hans`` and ``en``; other locales are added as they are translated.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

REQUIRED_LOCALES = ("zh-Hans", "en")
KNOWN_LOCALES = ("zh-Hans", "en", "ug", "bo", "ii", "za", "ko")

SERVICE_IDS = (
    "id_card",
    "hukou_birth",
    "hukou_transfer",
    "residence_permit",
    "pension_enroll",
    "pension_certify",
    "pension_claim",
    "medical_enroll",
    "medical_reimburse",
    "medical_transfer",
    "elderly_allowance",
    "dibao",
    "disability_cert",
    "disability_subsidy",
    "ss_card",
    "marriage",
    "housing_fund",
    "farm_subsidy",
    "temp_assistance",
    "funeral_subsidy",
)


def _check_locales(text: dict[str, str]) -> dict[str, str]:
    missing = [loc for loc in REQUIRED_LOCALES if not text.get(loc, "").strip()]
    if missing:
        raise ValueError(f"missing text for locale(s) {', '.join(missing)}")
    unknown = sorted(set(text) - set(KNOWN_LOCALES))
    if unknown:
        raise ValueError(f"unknown locale(s) {', '.join(unknown)}")
    return text


LocalizedText = Annotated[dict[str, str], AfterValidator(_check_locales)]
"""Text in several locales; zh-Hans and en are required."""

Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64)]


class Strict(BaseModel):
    """Base for catalog models: unknown fields are errors, so typos are caught on load."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Category(StrEnum):
    IDENTITY = "identity"
    HOUSEHOLD = "household"
    SOCIAL_INSURANCE = "social_insurance"
    MEDICAL_INSURANCE = "medical_insurance"
    SOCIAL_ASSISTANCE = "social_assistance"
    ELDERLY = "elderly"
    DISABILITY = "disability"
    CIVIL_AFFAIRS = "civil_affairs"
    HOUSING = "housing"
    AGRICULTURE = "agriculture"


class OfficeType(StrEnum):
    COUNTY_SERVICE_CENTER = "county_service_center"  # 县政务服务中心
    POLICE_HOUSEHOLD_WINDOW = "police_household_window"  # 公安户籍窗口 / 派出所
    SOCIAL_SECURITY_OFFICE = "social_security_office"  # 人社局社保经办
    MEDICAL_INSURANCE_OFFICE = "medical_insurance_office"  # 医保经办
    CIVIL_AFFAIRS_OFFICE = "civil_affairs_office"  # 民政局
    MARRIAGE_REGISTRY = "marriage_registry"  # 婚姻登记处
    DISABLED_PERSONS_FEDERATION = "disabled_persons_federation"  # 残联
    HOUSING_FUND_CENTER = "housing_fund_center"  # 公积金管理中心
    AGRICULTURE_OFFICE = "agriculture_office"  # 农业农村局
    TOWNSHIP_SERVICE_CENTER = "township_service_center"  # 乡镇便民服务中心
    VILLAGE_SERVICE_STATION = "village_service_station"  # 村便民服务站
    HOSPITAL = "hospital"  # 定点医疗机构


class Form(StrEnum):
    ORIGINAL = "original"
    COPY = "copy"
    ORIGINAL_AND_COPY = "original_and_copy"
    ELECTRONIC = "electronic"
    ON_SITE = "on_site"  # produced at the counter, e.g. a photo taken on site or a form filled in


Condition = dict[Identifier, list[Identifier]]
"""``{situation_id: [option_id, ...]}``: all keys must match, any listed option per key."""


class OptionRange(Strict):
    """The numbers an option stands for: ``gte <= n < lt`` (either bound may be open)."""

    gte: float | None = None
    lt: float | None = None

    def holds(self, value: float) -> bool:
        return (self.gte is None or value >= self.gte) and (self.lt is None or value < self.lt)


class SituationOption(Strict):
    id: Identifier
    label: LocalizedText
    # Words and phrases people use for this option, per locale: colloquial, elderly, typo'd,
    # Traditional. They let a typed answer (or any message) fill the situation's slot.
    examples: dict[str, list[str]] = {}
    range: OptionRange | None = None  # for a numeric question: the numbers that mean this option
    not_sure: bool = False  # the option to take when the person says they do not know


class Situation(Strict):
    """A question whose answer changes the checklist (e.g. first application vs. lost)."""

    id: Identifier
    question: LocalizedText
    options: list[SituationOption] = Field(min_length=2)
    # What a number in an answer counts, for questions whose options have ranges.
    quantity: Literal["age", "years", "people", "yuan"] | None = None


class Material(Strict):
    id: Identifier
    name: LocalizedText
    form: Form
    copies: int = Field(default=1, ge=1, le=20)
    when: Condition | None = None
    note: LocalizedText | None = None


class Step(Strict):
    text: LocalizedText
    when: Condition | None = None


class FeeItem(Strict):
    amount_yuan: float = Field(ge=0)
    label: LocalizedText
    when: Condition | None = None


class OnlineChannel(Strict):
    name: LocalizedText
    url: str | None = None


class TimeLimit(Strict):
    max_working_days: int | None = Field(default=None, ge=0)
    text: LocalizedText


class Proxy(Strict):
    """Whether someone else (family member, village proxy agent) may apply."""

    allowed: Literal["yes", "no", "partly"]
    note: LocalizedText
    agent_materials: list[Material] = []
    agent_can_do: list[LocalizedText] = []


class Service(Strict):
    id: Identifier
    version: int = Field(ge=1)
    category: Category
    names: LocalizedText
    aliases: dict[str, list[str]] = {}
    summary: LocalizedText
    audience: LocalizedText
    eligibility: list[LocalizedText] = Field(min_length=1)
    situations: list[Situation] = []
    materials: list[Material] = Field(min_length=1)
    steps: list[Step] = Field(min_length=1)
    where: list[OfficeType] = Field(min_length=1)
    online: list[OnlineChannel] = []
    time_limit: TimeLimit
    fees: list[FeeItem] = []
    fee_note: LocalizedText | None = None
    proxy: Proxy
    legal_basis: list[LocalizedText] = Field(min_length=1)
    source: str = Field(min_length=10)
    updated: dt.date
    sample_data: Literal[True] = True

    @model_validator(mode="after")
    def _conditions_refer_to_situations(self) -> Service:
        known = {s.id: {o.id for o in s.options} for s in self.situations}
        conditioned: list[tuple[str, Condition | None]] = [
            *((f"materials.{m.id}", m.when) for m in self.materials),
            *((f"steps[{i}]", s.when) for i, s in enumerate(self.steps)),
            *((f"fees[{i}]", f.when) for i, f in enumerate(self.fees)),
            *((f"proxy.agent_materials.{m.id}", m.when) for m in self.proxy.agent_materials),
        ]
        for where, condition in conditioned:
            for situation, options in (condition or {}).items():
                if situation not in known:
                    raise ValueError(f"{where}: 'when' names unknown situation '{situation}'")
                bad = sorted(set(options) - known[situation])
                if bad:
                    raise ValueError(
                        f"{where}: 'when' names unknown option(s) {', '.join(bad)} of situation '{situation}'"
                    )
        ids = [m.id for m in self.materials]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate material id(s) {', '.join(duplicates)}")
        return self


class OpeningHours(Strict):
    days: list[Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]] = Field(min_length=1)
    open: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    close: str = Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")


class GeoPoint(Strict):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)


class Office(Strict):
    id: Identifier
    type: OfficeType
    # The division the office serves (a county office serves every village of the county),
    # not merely where its building stands; the address says that.
    region: str = Field(pattern=r"^\d{6}(\d{3}(\d{3})?)?$")
    names: LocalizedText
    address: LocalizedText
    hours: list[OpeningHours] = Field(min_length=1)
    hours_note: LocalizedText | None = None
    phone: str = Field(pattern=r"^[0-9-]{5,20}$")
    services: list[Identifier] = Field(min_length=1)
    location: GeoPoint | None = None


class Region(Strict):
    """An administrative division: county (6-digit code), township (9), village (12)."""

    code: str = Field(pattern=r"^\d{6}(\d{3}(\d{3})?)?$")
    level: Literal["county", "township", "village"]
    names: LocalizedText
    aliases: list[str] = []
    children: list[Region] = []

    @property
    def parent_code(self) -> str | None:
        return {"county": None, "township": self.code[:6], "village": self.code[:9]}[self.level]


class RegionFile(Strict):
    """One file under guides/offices/: a county's divisions and its offices."""

    region: Region
    offices: list[Office] = Field(min_length=1)
    source: str = Field(min_length=10)
    updated: dt.date
    sample_data: Literal[True] = True


class Catalog(Strict):
    """The whole validated catalog; what a GuideStore loads as one version."""

    version: str
    services: dict[str, Service]
    regions: list[Region]
    offices: list[Office]

    def region_index(self) -> dict[str, Region]:
        index: dict[str, Region] = {}
        stack = list(self.regions)
        while stack:
            region = stack.pop()
            index[region.code] = region
            stack.extend(region.children)
        return index


_LEVEL_DIGITS = {"county": 6, "township": 9, "village": 12}


def check_region_tree(region: Region) -> list[str]:
    """Return problems with codes that do not nest (a township's code starts with its county's)."""
    problems: list[str] = []
    if len(region.code) != _LEVEL_DIGITS[region.level]:
        problems.append(
            f"region {region.code}: a {region.level} code has {_LEVEL_DIGITS[region.level]} digits"
        )
    for child in region.children:
        if not child.code.startswith(region.code):
            problems.append(f"region {child.code}: code does not start with its parent's {region.code}")
        problems.extend(check_region_tree(child))
    return problems
