"""Fixtures for the extract tests: the shipped statement and its curated event, extracted once."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import CURATED_EVENT, SHIPPED_SPEECH

from generator.extract import ExtractResult, extract_file
from generator.load import LoadedEvent, load_event


@pytest.fixture(scope="session")
def shipped_speech() -> Path:
    """The statement as published (with "Back to Index"), else the curated event's copy."""
    if SHIPPED_SPEECH.is_file():
        return SHIPPED_SPEECH
    return CURATED_EVENT / "speech.txt"  # pragma: no cover - a checkout without ../shared


@pytest.fixture(scope="session")
def shipped(shipped_speech: Path) -> ExtractResult:
    return extract_file(shipped_speech)


@pytest.fixture(scope="session")
def curated() -> LoadedEvent:
    return load_event(CURATED_EVENT)
