"""Fixtures for the DOCX writer tests: a fixed theme and a render-and-reopen helper."""

from __future__ import annotations

import io

import docx
import pytest
from docx_helpers import THEME_TOKENS, page

from generator.config.theme import Theme
from generator.writers.docx import render_docx


@pytest.fixture
def theme() -> Theme:
    return Theme.model_validate(THEME_TOKENS)


@pytest.fixture
def render_bytes(theme):
    """Render an HTML body (wrapped in a page) to .docx bytes."""

    def _render(body: str, *, head: str = "<title>Test</title>", **kwargs) -> bytes:
        kwargs.setdefault("template_name", "test.html.j2")
        return render_docx(page(body, head), theme, **kwargs)

    return _render


@pytest.fixture
def render(render_bytes):
    """Render an HTML body and open the result with python-docx."""

    def _render(body: str, **kwargs):
        return docx.Document(io.BytesIO(render_bytes(body, **kwargs)))

    return _render
