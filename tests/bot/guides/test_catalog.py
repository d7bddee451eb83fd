"""The catalog's content: complete, honest and specific."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.guides import Catalog, load_catalog
from bot.guides.models import SERVICE_IDS, Form, OfficeType
from tests.conftest import GUIDES


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(GUIDES)


def test_every_design_service_is_present(catalog: Catalog) -> None:
    assert set(SERVICE_IDS) <= set(catalog.services)


def test_every_guide_is_marked_sample_with_source_and_date(catalog: Catalog) -> None:
    for service in catalog.services.values():
        assert service.sample_data is True
        assert "confirm" in service.source.lower() or "确认" in service.source, service.id
        assert dt.date(2025, 1, 1) <= service.updated <= dt.date.today()


def test_every_service_has_chinese_and_english_names_and_aliases(catalog: Catalog) -> None:
    for service in catalog.services.values():
        assert service.names["zh-Hans"] and service.names["en"]
        assert len(service.aliases.get("zh-Hans", [])) >= 5, service.id
        assert len(service.aliases.get("en", [])) >= 3, service.id


def test_every_service_is_handled_by_some_sample_office(catalog: Catalog) -> None:
    handled = {sid for office in catalog.offices for sid in office.services}
    assert set(SERVICE_IDS) <= handled


def test_sample_county_has_the_required_offices(catalog: Catalog) -> None:
    county = catalog.regions[0]
    assert county.level == "county"
    assert len(county.children) >= 3
    assert all(township.children for township in county.children)
    types = {office.type for office in catalog.offices}
    assert {
        OfficeType.COUNTY_SERVICE_CENTER,
        OfficeType.SOCIAL_SECURITY_OFFICE,
        OfficeType.POLICE_HOUSEHOLD_WINDOW,
        OfficeType.TOWNSHIP_SERVICE_CENTER,
    } <= types
    for office in catalog.offices:
        assert office.phone.startswith("0000-"), "sample phones use the fictional 0000 area code"


def test_id_card_content_is_specific(catalog: Catalog) -> None:
    id_card = catalog.services["id_card"]
    names = " ".join(m.name["zh-Hans"] for m in id_card.materials)
    assert "户口簿" in names
    assert any(m.form is Form.ON_SITE for m in id_card.materials), "the photo is taken on site"
    amounts = {fee.amount_yuan for fee in id_card.fees}
    assert {20, 40} <= amounts
    reasons = {o.id for s in id_card.situations if s.id == "reason" for o in s.options}
    assert {"first", "expired", "lost"} <= reasons
    assert OfficeType.POLICE_HOUSEHOLD_WINDOW in id_card.where
    text = str(id_card.model_dump())
    assert "临时" in text  # a temporary ID card is available
    assert id_card.proxy.allowed != "yes"  # the applicant must come for photo and fingerprints


def test_pension_certify_offers_a_way_for_the_housebound(catalog: Catalog) -> None:
    service = catalog.services["pension_certify"]
    text = str(service.model_dump())
    assert "上门" in text
    assert service.proxy.agent_can_do or service.proxy.allowed != "no"
