"""Check a theme prints legibly, in colour and on a black-and-white printer.

Handouts are photocopied. Every pair of colours the stylesheet puts text on
must keep a WCAG contrast ratio of at least 4.5:1, which also keeps them
apart in grayscale; the timeline graphic tells its kinds apart by shape as
well as colour, so no information rests on colour alone.
"""

from __future__ import annotations

import functools
import shutil
import subprocess

from .theme import Theme

MIN_CONTRAST = 4.5
WHITE = "#ffffff"


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def check_theme(theme: Theme) -> list[str]:
    """Problems with the theme's colours, as sentences naming the tokens."""
    c = theme.colours
    pairs = [
        ("colours.text", c.text, "the page", WHITE),
        ("colours.text", c.text, "colours.accent_soft (shaded rows, quotes)", c.accent_soft),
        ("colours.text", c.text, "colours.callout (boxes)", c.callout),
        ("colours.muted", c.muted, "the page", WHITE),
        ("colours.accent", c.accent, "the page (headings)", WHITE),
        ("white table headers", WHITE, "colours.accent", c.accent),
        ("colours.marking", c.marking, "the page", WHITE),
        ("colours.callout_rule", c.callout_rule, "colours.callout (box titles)", c.callout),
    ]
    problems = []
    for fg_name, fg, bg_name, bg in pairs:
        ratio = contrast(fg, bg)
        if ratio < MIN_CONTRAST:
            problems.append(
                f"{fg_name} ({fg}) on {bg_name} ({bg}) has contrast {ratio:.1f}:1, below "
                f"{MIN_CONTRAST}:1; it will be hard to read, especially printed in grayscale."
            )
    return problems


#: Generic families fontconfig always resolves.
GENERIC = {"serif", "sans-serif", "monospace"}


@functools.cache
def installed_families() -> frozenset[str] | None:
    """Every font family fontconfig knows (case-folded), or None without fontconfig's tools."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        listed = subprocess.run([fc_list, ":", "family"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return frozenset(name.strip().casefold() for line in listed.splitlines() for name in line.split(","))


@functools.cache
def substitute(family: str) -> str:
    """The installed family fontconfig picks for a name (what the PDF then uses)."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return family
    try:
        found = subprocess.run(
            [fc_match, "-f", "%{family[0]}", family], capture_output=True, text=True, timeout=20
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return family
    return found or family


def check_fonts(theme: Theme) -> list[str]:
    """A theme font that is not installed, named with the font the PDF uses instead.

    The first family of each list is the one the theme was drawn with; when
    it is missing, WeasyPrint falls back without a word and the pages are set
    in something else, wider or narrower, and may run longer.
    """
    installed = installed_families()
    if installed is None:
        return []
    problems = []
    for role in ("body", "heading", "mono"):
        families: list[str] = getattr(theme.fonts, role)
        first = families[0]
        if first.casefold() in GENERIC or first.casefold() in installed:
            continue
        fallback = next((f for f in families[1:] if f.casefold() in installed), None)
        if fallback is None:
            generic = next((f for f in families[1:] if f.casefold() in GENERIC), first)
            fallback = substitute(generic)
        problems.append(
            f"fonts.{role}: '{first}' is not installed; the PDF uses '{fallback}' instead. "
            "Install it, or put an installed family first ('fc-list : family' lists them)."
        )
    return problems
