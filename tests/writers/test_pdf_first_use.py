"""What the fork server makes once for every worker's first layout (writers/pdf/first_use.py)."""

from __future__ import annotations

import pyphen
import pytest
from cffi import CDefError
from helpers import TEMPLATES
from weasyprint.text.ffi import ffi

from generator.config.theme import load_theme
from generator.writers import RenderedDocument
from generator.writers.pdf import first_use, fonts, write_pdf


def _parsed(cdecl: str):
    """The type cffi makes by parsing *cdecl* (what the sized-array cache must give back)."""
    with ffi._lock:
        return ffi._get_cached_btype(ffi._parser.parse_type(cdecl))


def test_a_sized_array_is_the_type_cffi_parses_without_parsing_it(monkeypatch):
    assert first_use.sized_arrays()
    parsed = ffi._parsed_types
    assert isinstance(parsed, first_use._SizedArrayTypes)
    monkeypatch.setattr(ffi._parser, "parse_type", _parsed_only_once(ffi._parser.parse_type))
    made = ffi.typeof("hb_codepoint_t[4099]")
    again = ffi.typeof("hb_codepoint_t[4101]")  # the item type is known: nothing parsed
    monkeypatch.undo()
    assert made is _parsed("hb_codepoint_t[4099]") and again is _parsed("hb_codepoint_t[4101]")
    array = ffi.new("hb_codepoint_t[3]", [7, 8, 9])
    assert list(array) == [7, 8, 9] and ffi.sizeof(array) == 3 * ffi.sizeof("hb_codepoint_t")
    with pytest.raises(CDefError):  # a name that is not a type is refused as before
        ffi.typeof("no_such_type_t[3]")
    assert ffi.typeof("PangoRectangle *") is _parsed("PangoRectangle *")  # other types: parsed as before


def _parsed_only_once(parse):
    calls: list[str] = []

    def counted(cdecl):
        calls.append(cdecl)
        assert calls.count(cdecl) == 1 and "[" not in cdecl, f"parsed again: {calls}"
        return parse(cdecl)

    return counted


def test_a_pdf_written_with_sized_arrays_made_is_the_bytes_of_one_parsed(tmp_path, monkeypatch):
    theme = load_theme([TEMPLATES / "theme.toml"])
    html = (
        "<!DOCTYPE html><html lang='en'><body><h1>Timeline of the meetings</h1>"
        "<p>Dates, places, “quotes”, ½ and ü, in two fonts: <code>code</code>.</p></body></html>"
    )
    doc = RenderedDocument(id="d", title="d", html=html, template="d.html.j2", theme=theme, base_dir=tmp_path)
    assert first_use.sized_arrays()
    _forget_arrays()
    fonts.forget()
    made = bytes(write_pdf(doc))
    # Without the cache: cffi's own dictionary, parsed for every array as before.
    monkeypatch.setattr(ffi, "_parsed_types", dict(ffi._parsed_types))
    monkeypatch.setattr(first_use, "sized_arrays", lambda: False)
    _forget_arrays()
    fonts.forget()
    parsed = bytes(write_pdf(doc))
    assert any(k.startswith("hb_codepoint_t[") for k in ffi._parsed_types), "no subset was made"
    assert made == parsed


def _forget_arrays() -> None:
    for key in [k for k in ffi._parsed_types if isinstance(k, str) and k.startswith("hb_codepoint_t[")]:
        del ffi._parsed_types[key]


def test_the_patterns_of_the_themes_language_are_loaded_once_for_every_layout():
    path = pyphen.LANGUAGES["en_GB"]
    pyphen.hdcache.pop(path, None)
    first_use.hyphenation_patterns("en-GB")
    assert path in pyphen.hdcache
    loaded = pyphen.hdcache[path]
    assert pyphen.Pyphen(lang="en_GB").hd is loaded  # what WeasyPrint asks for finds them
    before = dict(pyphen.hdcache)
    first_use.hyphenation_patterns("qz")  # no dictionary for it: nothing to load, no error
    assert pyphen.hdcache == before
