"""Fixtures for the extract tests: the shipped statement and its curated event, extracted once."""

from __future__ import annotations

from pathlib import Path

import pytest
from extract_helpers import CURATED_EVENT, SHIPPED_SPEECH

from generator.content.load import LoadedEvent, load_event
from generator.extract import ExtractResult, extract_file


@pytest.fixture(scope="session")
def shipped_speech(tmp_path_factory) -> Path:
    """The statement as published, with the web page's "Back to Index".

    A checkout without ../shared rebuilds it from the curated copy, which is
    the published text with that one navigation line taken out.
    """
    if SHIPPED_SPEECH.is_file():
        return SHIPPED_SPEECH
    published = tmp_path_factory.mktemp("published") / SHIPPED_SPEECH.name
    curated = (CURATED_EVENT / "speech.txt").read_text(encoding="utf-8")
    published.write_text(curated.rstrip("\n") + "\n\nBack to Index", encoding="utf-8")
    return published


@pytest.fixture(scope="session")
def shipped(shipped_speech: Path) -> ExtractResult:
    return extract_file(shipped_speech)


@pytest.fixture(scope="session")
def curated() -> LoadedEvent:
    return load_event(CURATED_EVENT)


@pytest.fixture
def rules_only(monkeypatch):
    """The header rules alone, without the learnt reader that fills what they leave empty (to compare the
    draft with and without it)."""
    import generator.extract.header_learnt as learnt

    monkeypatch.setattr(learnt, "load_models", lambda path=None: {})
