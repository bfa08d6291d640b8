"""Template checks that read a template's source run in time linear in its size.

They run outside the template's time limit (locating an element, validate) or inside it but blamed
on the template (the nearest field), so a quadratic search was a hang with no message, or a wrong
one: the review of 2026-12-02 found 300 kB of '{#' took 2 min 20 s to locate one <form>, 2,000
missing includes 118 s to validate, and a 200 kB comment on a line with a misspelt field used the
whole time limit, "a loop in the template".
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from helpers import REPO

_SETUP = (
    "import pathlib, tempfile\n"
    "folder = pathlib.Path(tempfile.mkdtemp())\n"
    "def template(name, text):\n"
    "    path = folder / name\n"
    "    path.write_text(text, encoding='utf-8')\n"
    "    return path\n"
)

#: (name, code printing the result, what it prints). Each took a minute or more, or never ended.
LONG_RUNS = [
    # A comment opened and never closed, 150,000 times: each was searched for its end to the end of the file.
    (
        "an-element-after-many-open-comments",
        "from generator.render.vocabulary import TagFinder\n"
        "p = template('a.html.j2', '<form></form>{% raw %}' + '{#' * 150_000 + '{% endraw %}')\n"
        "print(TagFinder([p]).places('form') == [(p, 1)])",
        "True",
    ),
    # Each tag searched for through every file again, and each place's line counted from the start.
    (
        "many-elements-each-at-its-line",
        "from generator.render.vocabulary import TagFinder\n"
        "p = template('b.html.j2', ''.join(f'<x{i}>\\n' for i in range(50_000)) + '<u>\\n' * 100_000)\n"
        "f = TagFinder([p])\n"
        "print(sum(f.places(f'x{i}') == [(p, i + 1)] for i in range(50_000)), len(f.places('u')), f.places('u')[-1][1])",
        "50000 100000 150000",
    ),
    # validate read and parsed the whole including file again for each name it could not find.
    (
        "many-missing-includes",
        "from generator.render.templates import TemplateSet\n"
        "from helpers import TEMPLATES\n"
        "template('page.html.j2', ''.join(f'{{% include \"m{i}\" ignore missing %}}\\n' for i in range(2_000)))\n"
        "print(len(TemplateSet([folder], TEMPLATES).check(['page.html.j2'])))",
        "0",
    ),
    # The expression before '.zzz' was tried from every letter of a long word on the line.
    (
        "a-field-on-a-line-with-a-long-word",
        "from pydantic import BaseModel\n"
        "from generator.render.templates import no_such_field\n"
        "class Thing(BaseModel):\n"
        "    name: str\n"
        "p = template('c.html.j2', '{{ x[\"zzz\"] }}{# ' + 'a' * 200_000 + ' #}\\n{{ ' + 'a.' * 100_000 + 'zzz }}')\n"
        "t = Thing(name='n')\n"
        "print(no_such_field(t, 'zzz', (str(p), 1)))\n"
        "print(no_such_field(t, 'zzz', (str(p), 2)))",
        "the thing has no field 'zzz' (it has name)\nthe thing has no field 'zzz' (it has name)",
    ),
]


def test_template_checks_read_long_sources_in_linear_time():
    """One subprocess (the imports are most of its time) with a hard deadline, as the other suites
    that could hang do; it says which check it was in when the deadline came. Each takes well
    under a second now."""
    script = _SETUP + "\n".join(
        f"print({name!r}, flush=True)\n{code}\nprint(flush=True)" for name, code, _ in LONG_RUNS
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{REPO / 'tests'}"},
        )
    except subprocess.TimeoutExpired as exc:
        out = (exc.stdout or b"").decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        pytest.fail(f"still reading after 60 s, in {out.split()[-1] if out.split() else 'the imports'}")
    assert done.returncode == 0, done.stderr
    printed = [block.split("\n", 1) for block in done.stdout.strip().split("\n\n")]
    assert printed == [[name, result] for name, _, result in LONG_RUNS]
