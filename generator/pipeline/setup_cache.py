"""Event setups kept between the rebuilds of one watch, while their inputs are unchanged.

Reading and checking an event (its YAML, speech, data files, theme layers,
documents, message catalogues, fonts for its language) is most of what a
rebuild does before it templates anything, and a template save changes none
of it. The watch keeps each event's last setup under its manifest key
(``incremental.common_key``): a hash of the contents of every file the setup
reads, the list of template files and the build options, taken fresh at
every rebuild. Any change to one of them changes the key, and the event is
read again; nothing is trusted to a file's time.

Templates are not kept: each rebuild gets a new template environment over
the same search path, so an edited template, partial or stylesheet is read
as it is now (compiled code is still reused through the bytecode cache,
which is keyed by the source itself).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from ..config.event_setup import EventSetup, setup_event
from ..config.project import Project
from ..render.templates import TemplateSet


class SetupCache:
    """One event setup per folder, by the key its inputs had when it was read."""

    def __init__(self) -> None:
        self._kept: dict[Path, tuple[str, EventSetup]] = {}
        #: Setups read from the files, and setups taken from here (tests, the benchmark).
        self.reads = 0
        self.reuses = 0

    def setup(
        self,
        project: Project,
        folder: Path,
        overrides: dict | None,
        key: str,
        key_now: Callable[[], str],
    ) -> EventSetup:
        """The event's setup; ``key`` is its inputs' key taken before anything is read,
        ``key_now`` takes it again.

        A setup is kept only if the key is the same after reading as before:
        a file saved while it was read might be half in it, and a later save
        restoring the earlier content would otherwise find that setup under
        the earlier key.
        """
        where = Path(folder).resolve()
        kept = self._kept.get(where)
        if kept is not None and kept[0] == key:
            self.reuses += 1
            setup = kept[1]
            templates = TemplateSet(project.template_dirs(folder)[:-1], project.builtin)
            return dataclasses.replace(setup, templates=templates)
        self._kept.pop(where, None)
        self.reads += 1
        setup = setup_event(project, folder, overrides)
        if key_now() == key:
            self._kept[where] = (key, setup)
        return setup
