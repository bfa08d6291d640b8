"""Files are read only where they are supposed to be.

Event folders and themes are shared and copied around; a symbolic link in
one of them must not make briefkit read (or hash, or embed) a file elsewhere
on the disk. Every content and configuration file is checked here before it
is opened: its real path must lie inside the folder that holds it.
"""

from __future__ import annotations

from pathlib import Path


def is_inside(path: Path, root: Path) -> bool:
    return Path(path).resolve().is_relative_to(Path(root).resolve())


def outside_message(path: Path, root: Path) -> str | None:
    """Why ``path`` may not be read, or None when it may."""
    if is_inside(path, root):
        return None
    return (f"{path} leads outside {root} (to {Path(path).resolve()}); briefkit reads only "
            "files inside the event folder and the theme. Copy the file in instead of linking it.")
