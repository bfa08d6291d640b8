"""Theme tokens: the one place fonts, colours, sizes, paper and markings are set.

The PDF stylesheet and the DOCX styles are both derived from a ``Theme``, so
the two formats cannot drift apart.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    WrapValidator,
    field_validator,
)

from ..clean_text import decode_utf8, first_forbidden_in_line, shown
from ..errors import ConfigError, Problem
from .confine import outside_message, read_limited

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def _written_as(what: str) -> WrapValidator:
    """Refuse any value not of a token's kind by saying how that kind is written.

    Pydantic's own words ("String should match pattern '^#[0-9a-fA-F]{6}$'",
    "Input should be a valid list") tell a theme's author nothing to write;
    each kind carries its own message here, so no kind borrows another's.
    """

    def check(value, handler):
        try:
            return handler(value)
        except ValidationError:
            raise ValueError(f"expected {what}") from None

    return WrapValidator(check)


#: The units a theme length may use (see ``PT_PER_UNIT``).
LENGTH_UNITS = ("mm", "cm", "in", "pt", "px")
_LENGTH = re.compile(rf"^(\d+(?:\.\d+)?)({'|'.join(LENGTH_UNITS)})$")

Length = Annotated[
    str,
    Field(pattern=_LENGTH.pattern),
    _written_as(
        f"a length: a number and its unit ({', '.join(LENGTH_UNITS[:-1])} or {LENGTH_UNITS[-1]}), "
        'such as "9.5pt" or "20mm"'
    ),
]


def _at_most(limit: str):
    def check(value: str) -> str:
        if length_to_pt(value) > length_to_pt(limit):
            raise ValueError(f"{value} is more than {limit}, the most a page can hold sensibly")
        return value

    return AfterValidator(check)


#: Font sizes and margins are bounded so that a typo ("100mm" for "10mm")
#: fails with a message instead of a page that can hold no text.
FontSize = Annotated[Length, _at_most("96pt")]
Margin = Annotated[Length, _at_most("60mm")]
Colour = Annotated[
    str,
    Field(pattern=r"^#[0-9a-fA-F]{6}$"),
    _written_as('a colour written "#rrggbb": "#" and six hexadecimal digits, such as "#1d3557"'),
]
#: Font families as fontconfig names them, the first installed one winning; one name alone is a list of one.
FontList = Annotated[
    list[str],
    Field(min_length=1),
    _written_as('a font family, or a list of them in order of preference, such as ["DejaVu Serif", "serif"]'),
]

#: Paper sizes in millimetres (portrait).
PAPER_MM = {"A4": (210, 297), "A5": (148, 210), "letter": (215.9, 279.4), "legal": (215.9, 355.6)}


class _Tokens(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PageTokens(_Tokens):
    size: Literal["A4", "A5", "letter", "legal"] = "A4"
    orientation: Literal["portrait", "landscape"] = "portrait"
    margin_top: Margin = "24mm"
    margin_bottom: Margin = "22mm"
    margin_inner: Margin = "22mm"
    margin_outer: Margin = "20mm"

    @property
    def size_mm(self) -> tuple[float, float]:
        w, h = PAPER_MM[self.size]
        return (h, w) if self.orientation == "landscape" else (w, h)


class FontTokens(_Tokens):
    body: FontList
    heading: FontList
    mono: FontList

    @field_validator("body", "heading", "mono", mode="before")
    @classmethod
    def _one_or_many(cls, value):
        return [value] if isinstance(value, str) else value


class SizeTokens(_Tokens):
    body: FontSize
    small: FontSize
    title: FontSize
    h1: FontSize
    h2: FontSize
    h3: FontSize
    h4: FontSize
    line_height: Annotated[
        float,
        Field(gt=0.8, lt=3),
        _written_as(
            "the space from line to line as a multiple of the font size: a number without a unit, "
            "more than 0.8 and less than 3, such as 1.32"
        ),
    ]


class ColourTokens(_Tokens):
    text: Colour
    muted: Colour
    accent: Colour
    accent_soft: Colour
    rule: Colour
    callout: Colour
    callout_rule: Colour
    marking: Colour


LogoSize = Annotated[Length, _at_most("60mm")]


class MarkingTokens(_Tokens):
    classification: str = ""
    footer: str = ""
    #: An SVG, PNG or JPEG file, relative to the theme.toml that names it.
    logo: str = ""
    #: Height of the logo at the top of each document; a wide logo is scaled
    #: down (never stretched) to fit ``logo_width``.
    logo_height: LogoSize = "14mm"
    #: Widest the logo may be at the top of each document.
    logo_width: LogoSize = "60mm"
    #: Height and widest width of the logo in the running header of every page.
    logo_header_height: LogoSize = "7mm"
    logo_header_width: LogoSize = "35mm"
    #: Which side of the document's title block the logo sits on.
    logo_position: Literal["left", "right"] = "right"


def _dated_language(tag: str) -> str:
    """A language whose dates the documents can write (its calendar data, CLDR's through Babel)."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        raise ValueError(
            f"'{tag}' is no language briefkit knows how to write dates in; use a language tag such as "
            '"en", "fr", "ja" or "pt-BR"'
        ) from None
    return tag


class LocaleTokens(_Tokens):
    #: A language tag ("en", "fr", "pt-BR"); it names messages/<language>.toml.
    language: Annotated[
        str,
        Field(pattern=r"^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*$"),
        _written_as('a language tag, such as "en", "fr" or "pt-BR"'),
        AfterValidator(_dated_language),
    ] = "en"


def _font_name(value: str) -> str:
    if len(value) > 31 or re.search(r'[\x00-\x1f"<>&,;]', value):
        raise ValueError(
            f"{value!r} is not a font family name Word can store: at most 31 characters, "
            'one family (no commas), no quotes or markup, e.g. "Cambria"'
        )
    return value


#: A font family name as Word stores it in its font table.
FontName = Annotated[str, AfterValidator(_font_name)]


class DocxFontTokens(_Tokens):
    """The font Word should use, by kind of font, where the PDF's font is not installed.

    By kind, not by role: a theme with sans-serif body text (conference) must
    not get a serif substitute for it.
    """

    serif: FontName = ""
    sans: FontName = ""
    mono: FontName = ""


class DocxTokens(_Tokens):
    #: A .docx whose styles win over the theme's in DOCX output (like Pandoc's
    #: --reference-doc), relative to the theme.toml that names it.
    reference: str = ""
    #: The office that prepares the briefings (``Theme.office``): every output's author.
    office: Annotated[str, Field(max_length=255)] = ""
    fonts: DocxFontTokens = DocxFontTokens()


class Theme(_Tokens):
    page: PageTokens
    fonts: FontTokens
    sizes: SizeTokens
    colours: ColourTokens
    marking: MarkingTokens = MarkingTokens()
    locale: LocaleTokens = LocaleTokens()
    docx: DocxTokens = DocxTokens()
    #: The paper the theme was drawn for, when the command line asked for another (``refit_for_paper``).
    _drawn_for: str | None = PrivateAttr(default=None)

    @property
    def pages_per_drawn_page(self) -> float:
        """How many of this paper's pages one page of the paper the theme was drawn for fills: type is
        scaled with the square root of the width and the page with the width (A4 → A5: 1.42), so a page
        budget set for the theme's own paper holds this many times as many pages here."""
        if self._drawn_for is None or self._drawn_for not in PAPER_MM:
            return 1.0
        return PAPER_MM[self._drawn_for][0] / PAPER_MM[self.page.size][0]

    @property
    def office(self) -> str:
        """The office that prepares the briefings: the author of the HTML, the PDF and the DOCX.

        The one home of a document's author (``[docx] office``, where it was
        first the DOCX's alone): ``<meta name="author">`` in the HTML, which
        WeasyPrint writes as the PDF's author, and the DOCX's author, last
        editor and company. Never the speaker, who delivers the speech but
        does not write the briefing. Empty: no author is written.
        """
        return self.docx.office


#: Points in a millimetre, and in the other units a theme length may use.
PT_PER_MM = 72 / 25.4
PT_PER_UNIT = {"mm": PT_PER_MM, "cm": 10 * PT_PER_MM, "in": 72.0, "pt": 1.0, "px": 0.75}


def length_to_pt(length: str) -> float:
    """Convert a theme length to points, the unit python-docx and WeasyPrint share."""
    m = _LENGTH.match(length)
    if not m:
        raise ValueError(f"not a length: {length!r}")
    value, unit = float(m[1]), m[2]
    return value * PT_PER_UNIT[unit]


#: TOML tables and arrays nested deeper than this are refused: the deepest
#: configuration briefkit reads needs three levels, and tomllib recurses.
MAX_TOML_DEPTH = 20


def _too_deep(path: Path, levels: str) -> ConfigError:
    return ConfigError(
        "The file is nested too deeply.",
        [
            Problem(
                path,
                None,
                None,
                f"tables or arrays are nested {levels} levels deep; briefkit's "
                f"configuration needs a few (the limit is {MAX_TOML_DEPTH}).",
            )
        ],
    )


def read_toml(path: Path, root: Path | None = None) -> dict:
    """Read a TOML file that must lie inside ``root`` (default: its own folder).

    Every key and string value must be one clean line (``clean_text``): these
    strings become font names in a stylesheet, markings in a page header,
    labels and titles in every output.
    """
    refused = outside_message(path, root or path.parent)
    if refused:
        raise ConfigError(refused)
    data = read_limited(path, MAX_CONFIG_BYTES, ConfigError)
    text = decode_utf8(
        data, path, ConfigError, "The file is not valid UTF-8.", "save it as UTF-8 and try again."
    )
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        raise ConfigError(
            "The file is not valid TOML.", [Problem(path, line, None, _toml_advice(shown(exc)))]
        ) from None
    except RecursionError:
        raise _too_deep(path, "thousands of") from None
    depth = nesting_depth(parsed)
    if depth > MAX_TOML_DEPTH:
        raise _too_deep(path, str(depth))
    problems = [
        Problem(
            path,
            _toml_line_in(text, loc),
            _dotted(loc),
            f"contains U+{ord(bad):04X}, a control or line-break character; "
            "configuration values are one line of plain text.",
        )
        for loc, bad in _unclean_strings(parsed, ())
    ]
    if problems:
        raise ConfigError("The file has characters no document can hold.", problems)
    return parsed


#: Configuration files are hand-written and small.
MAX_CONFIG_BYTES = 1024 * 1024


def nesting_depth(value) -> int:
    """How deeply dicts and lists nest in a parsed value (without recursing)."""
    deepest = 0
    todo = [(value, 0)]
    while todo:
        node, depth = todo.pop()
        if isinstance(node, dict):
            node = list(node.values())
        if isinstance(node, list):
            deepest = max(deepest, depth + 1)
            todo += [(item, depth + 1) for item in node]
    return deepest


def _unclean_strings(value, loc: tuple) -> list[tuple[tuple, str]]:
    """(key path, character) for every key or string that is not one clean line."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            bad = first_forbidden_in_line(key)
            if bad is not None:
                found.append(((*loc, key), bad))
            found += _unclean_strings(item, (*loc, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _unclean_strings(item, (*loc, i))
    elif isinstance(value, str):
        bad = first_forbidden_in_line(value)
        if bad is not None:
            found.append((loc, bad))
    return found


def _dotted(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else ("." if out else "") + shown(part)
    return out


#: What to do about the TOML mistakes people make by hand, by the words of tomllib's message.
_TOML_ADVICE = (
    ("Invalid value", 'a text value is written in quotes: key = "text", key = ["one", "two"]'),
    ("twice", "the table is written twice: put its keys under one [table] heading"),
    ("Expected '=' after a key", 'a key and its value are joined by "=": key = "value"'),
    ("Unclosed array", "a list opened with [ is not closed with ]"),
)


def _toml_advice(message: str) -> str:
    """tomllib's words for the problem, and what to do about it."""
    advice = next((text for words, text in _TOML_ADVICE if words in message), "")
    return f"{message}; {advice}." if advice else f"{message}."


def _line_from_message(message: str) -> int | None:
    m = re.search(r"line (\d+)", message)
    return int(m[1]) if m else None


def merge_tokens(base: dict, override: dict) -> dict:
    """Override tokens table by table, so a theme file can set just one value."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge_tokens(merged[key], value)
        else:
            merged[key] = value
    return merged


def refit_for_paper(data: dict, overrides: dict) -> dict:
    """Scale a design to the paper the command line asks for.

    A theme is drawn for its own paper. Printing it on another (``--paper
    a5`` for handouts) keeps the design by scaling the margins with the page
    width, and type with the square root of it, so A4 → A5 turns 9.5 pt body
    text into 8 pt rather than an unreadable 6.7 pt. Tokens the overrides set
    themselves are left as given.
    """
    wanted = overrides.get("page", {}).get("size")
    current = data.get("page", {}).get("size", "A4")
    if not wanted or wanted == current or wanted not in PAPER_MM or current not in PAPER_MM:
        return overrides
    ratio = PAPER_MM[wanted][0] / PAPER_MM[current][0]

    def scaled(value, factor):
        try:
            return f"{length_to_pt(value) * factor:.2f}pt"
        except (ValueError, TypeError):
            return value  # validation reports it

    refit = {
        "page": {k: scaled(v, ratio) for k, v in data.get("page", {}).items() if k.startswith("margin_")},
        "sizes": {k: scaled(v, ratio**0.5) for k, v in data.get("sizes", {}).items() if k != "line_height"},
    }
    return merge_tokens(refit, overrides)


def load_theme(files: list[Path], overrides: dict | None = None) -> Theme:
    """Read theme files, later files overriding earlier ones, and validate the result.

    ``overrides`` (tokens set on the command line, e.g. ``--paper``) win over
    every file.
    """
    data: dict = {}
    for path in files:
        data = merge_tokens(data, read_toml(path))
    drawn_for = data.get("page", {}).get("size", "A4")
    data = merge_tokens(data, refit_for_paper(data, overrides or {}))
    try:
        theme = Theme.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            field = ".".join(str(p) for p in err["loc"])
            source = file_defining(files, err["loc"]) or files[-1]
            message = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                message = _unknown_token(err["loc"])
            elif "input" in err and not isinstance(err["input"], (dict, list)):
                got = repr(err["input"])
                message = message if got in message else f"{message} (got {got})"
            problems.append(Problem(source, toml_line(source, err["loc"]), field, message))
        raise ConfigError("The theme is invalid.", problems) from None
    if theme.marking.logo:
        logo = _theme_file(files, ("marking", "logo"), theme.marking.logo, "assets/logo.svg")
        theme = theme.model_copy(update={"marking": theme.marking.model_copy(update={"logo": logo})})
    if theme.docx.reference:
        ref = _theme_file(files, ("docx", "reference"), theme.docx.reference, "reference.docx")
        theme = theme.model_copy(update={"docx": theme.docx.model_copy(update={"reference": ref})})
    if theme.page.size != drawn_for:
        theme._drawn_for = drawn_for
    return theme


def _unknown_token(loc: tuple) -> str:
    """Name what was meant: a table or token of the model, spelt differently."""
    import difflib

    model: type[BaseModel] = Theme
    for part in loc[:-1]:
        field = model.model_fields.get(str(part))
        annotation = field.annotation if field else None
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            break
        model = annotation
    known = list(model.model_fields)
    what = "table" if len(loc) == 1 else "theme token"
    close = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
    if not close and str(loc[-1]).lower().startswith("colo"):
        close = ["colours"] if "colours" in known else []
    if close:
        return f"unknown {what}; did you mean '{close[0]}'?"
    return f"unknown {what}; expected one of: {', '.join(known)} (templates/theme.toml has them all)"


def _theme_file(files: list[Path], loc: tuple[str, str], value: str, example: str) -> str:
    """Resolve a file token against the theme.toml that set it; it must stay inside that folder."""
    source = file_defining(files, loc)
    base = (source.parent if source else Path.cwd()).resolve()
    path = (base / value).resolve()
    if not path.is_relative_to(base) or not path.is_file():
        actual = _differs_in_case(base, value) if path.is_relative_to(base) else None
        if actual:
            why = (
                f"'{value}' differs only in capitals from '{actual}', which is there; file names are "
                f"case-sensitive (on the server, if not on your computer): write '{actual}'."
            )
        else:
            why = f"'{value}' is not a file inside {base}; put it next to theme.toml (e.g. {example})."
        raise ConfigError(
            "A file named in the theme cannot be used.",
            [Problem(source, _toml_line(source, loc) if source else None, ".".join(loc), why)],
        )
    return str(path)


def _differs_in_case(base: Path, value: str) -> str | None:
    """The file the path names but for capitals ('assets/Logo.SVG' → 'assets/logo.svg'), if one exists."""
    here, found = base, []
    for part in Path(value).parts:
        if part in (".", ""):
            continue
        if not here.is_dir():
            return None
        match = next((p for p in sorted(here.iterdir()) if p.name.casefold() == part.casefold()), None)
        if match is None:
            return None
        here = match
        found.append(match.name)
    return "/".join(found) if here.is_file() and "/".join(found) != Path(value).as_posix() else None


#: Logo files a theme may use, by suffix.
LOGO_TYPES = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
MAX_LOGO_BYTES = 1024 * 1024


def logo_data_uri(theme: Theme) -> str:
    """The logo as a data: URI, so previews and DOCX files carry it with them."""
    import base64

    if not theme.marking.logo:
        return ""
    path = Path(theme.marking.logo)
    kind = LOGO_TYPES.get(path.suffix.lower())
    if kind is None or path.stat().st_size > MAX_LOGO_BYTES:
        raise ConfigError(
            f"{path}: a logo must be an SVG, PNG or JPEG file of at most {MAX_LOGO_BYTES // 1024} KiB."
        )
    return f"data:{kind};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def _toml_line(path: Path, loc: tuple) -> int | None:
    if not path.is_file():
        return None
    return _toml_line_in(path.read_text(encoding="utf-8", errors="replace"), loc)


_HEADER = re.compile(r"^\[+\s*([^\]#]+?)\s*\]+")


def _toml_line_in(text: str, loc: tuple) -> int | None:
    """The line that sets a value: its key after its table header (plain TOML
    layout), else the table's header, else None."""
    keys = [str(p) for p in loc if not isinstance(p, int)]
    if not keys:
        return None
    table, key = ".".join(keys[:-1]), keys[-1]
    in_table, header_line = not table, None
    setter = re.compile(rf"""^["']?{re.escape(key)}["']?\s*=""")
    # Only "\n" ends a line in TOML (not U+2028 or a form feed, as splitlines has it).
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        header = _HEADER.match(stripped)
        if header:
            in_table = header[1].replace(" ", "") == table
            header_line = number if in_table else header_line
        elif in_table and setter.match(stripped):
            return number
    return header_line


def toml_line(path: Path | None, loc: tuple) -> int | None:
    """The line that sets a key (``("documents", "x", "template")``), or for a
    table alone (``("color",)``) the line of its header."""
    if path is None or not path.is_file():
        return None
    names = [str(p) for p in loc if not isinstance(p, int)]
    if len(names) == 1:
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").split("\n"), 1):
            header = _HEADER.match(line.strip())
            if header and header[1].replace(" ", "").split(".")[0] == names[0]:
                return number
        return None
    return _toml_line(path, loc)


def file_defining(files: list[Path], loc: tuple) -> Path | None:
    for path in reversed(files):
        node = read_toml(path)
        for part in loc:
            if isinstance(node, dict) and part in node:
                node = node[part]
            else:
                break
        else:
            return path
    return None
