"""One font configuration per process, shared by the PDFs it lays out.

Unless given one, WeasyPrint makes a new font configuration for every
document: it loads Fontconfig's configuration and caches again, and Pango
opens, measures and shapes every face afresh. A worker lays out several
documents with the same fonts, so it keeps one configuration and hands it to
each layout: every document after the process's first costs less (the five
documents of the example event 10–20 % less CPU in one process), and the
PDFs are the same bytes (tested).

A document whose stylesheets declare ``@font-face`` adds its fonts to the
configuration it is given; a later document of another theme could then
match them where a fresh configuration would not. So the configuration is
dropped after any layout that added a font, and the next document starts
from a fresh one, as it would without sharing.

The configuration is made in the process that uses it, when it first lays
out a PDF, and never inherited: a forked process makes its own (Fontconfig
and Pango state is not for sharing across a fork).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

#: The configuration by the id of the process that made it (one entry at most).
_kept: dict[int, Any] = {}


@functools.cache
def _configuration_class() -> type:
    from weasyprint.text.fonts import FontConfiguration

    class CountedFontConfiguration(FontConfiguration):
        """A configuration that knows whether a stylesheet added fonts to it."""

        added = False

        def add_font_face(self, rule_descriptors, url_fetcher):
            self.added = True
            return super().add_font_face(rule_descriptors, url_fetcher)

    return CountedFontConfiguration


@contextmanager
def font_configuration() -> Iterator[Any]:
    """This process's shared configuration, for one document's layout and writing."""
    config = _kept.get(os.getpid())
    if config is None:
        _kept.clear()  # one inherited from the process this one was forked from
        config = _kept[os.getpid()] = _configuration_class()()
    try:
        yield config
    except BaseException:
        _kept.clear()  # a layout that failed midway leaves nothing behind for the next
        raise
    if config.added:
        _kept.clear()


def forget() -> None:
    """Start the next layout from a fresh configuration (tests; a process that changes fonts)."""
    _kept.clear()
