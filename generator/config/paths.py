"""Where briefkit finds its built-in theme, from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def builtin_templates() -> Path:
    """The built-in theme folder.

    An installed wheel carries it inside the package; a checkout (or an
    editable install) uses the repository's top-level ``templates/``.
    """
    shipped = _PACKAGE / "_builtin_templates"
    if shipped.is_dir():
        return shipped
    return _PACKAGE.parent / "templates"
