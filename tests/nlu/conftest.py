"""NLU test data paths; the trained engine fixtures live in tests/conftest.py."""

from __future__ import annotations

from tests.conftest import NLU_DATA

DATA = NLU_DATA
