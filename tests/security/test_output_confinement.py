"""Promise 4 (where outputs go): names are slugs that cannot leave build/,
two documents never share a file, and build/ cannot be redirected out of the project."""

from __future__ import annotations

import shutil

import pytest
from helpers import EVENT, assert_ok
from trust_helpers import Attack

HTML = ("-f", "html", "-d", "fact-sheet")


def _copy_event(a: Attack, to: str) -> None:
    shutil.copytree(a.event_dir, a.root / to)


CASES = {
    "build-folder-links-out-of-project": (
        lambda a: (a.outside.joinpath("build").mkdir(), a.link("build", a.outside / "build")),
        (),
        4,
        ["build", "outside the project"],
    ),
    "event-output-folder-links-out": (
        lambda a: (a.outside.joinpath("out").mkdir(), a.link(f"build/{EVENT}", a.outside / "out")),
        (),
        4,
        [f"build/{EVENT}", "is a link"],
    ),
    "event-folder-name-not-a-slug": (
        lambda a: _copy_event(a, "content/Briefing Pack (final)"),
        ("content/Briefing Pack (final)",),
        4,
        ["Briefing Pack (final)", "cannot name an output file"],
    ),
    "event-folder-name-with-dots": (
        lambda a: _copy_event(a, "content/.hidden..event"),
        ("content/.hidden..event",),
        4,
        [".hidden..event", "cannot name an output file"],
    ),
    "two-events-one-output-folder": (
        lambda a: _copy_event(a, f"drafts/{EVENT}"),
        (f"content/{EVENT}", f"drafts/{EVENT}"),
        4,
        [f"build/{EVENT}/", "Rename one of the folders"],
    ),
    "document-id-climbs-out": (
        lambda a: a.write(
            {
                f"content/{EVENT}/documents.toml": '[documents."../../../outside/x"]\ntitle = "X"\n'
                'template = "documents/fact_sheet.html.j2"\n'
            }
        ),
        (),
        2,
        ["documents.toml", "should match pattern"],
    ),
    "pack-id-climbs-out": (
        lambda a: a.write({f"content/{EVENT}/documents.toml": '[pack]\nid = "../../outside/pack"\n'}),
        (),
        2,
        ["documents.toml", "pack.id"],
    ),
    "event-output-folder-is-a-file": (
        lambda a: a.write({f"build/{EVENT}": "not a folder\n"}),
        (),
        4,
        [f"build/{EVENT}"],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_outputs_cannot_land_elsewhere(attacked: Attack, name):
    plant, events, code, says = CASES[name]
    plant(attacked)
    args = [*events, "-f", "html"] if events else list(HTML)
    attacked.refused(attacked.build(*args), code, *says)


def test_up_to_date_outputs_behind_a_link_out_of_the_project_are_refused(attacked: Attack):
    """The no-op check must not trust (or read) a manifest that build/ links to outside.

    A build whose outputs were moved out of the project and linked back would
    otherwise be reported as up to date instead of refused.
    """
    assert_ok(attacked.build(*HTML))
    shutil.move(attacked.build_dir, attacked.outside / "build")
    attacked.link("build", attacked.outside / "build")
    attacked.refused(attacked.build(*HTML), 4, "build", "outside the project")


def test_an_output_that_is_a_link_is_replaced_not_followed(attacked: Attack):
    """A link at build/<event>/<doc>.html is replaced by the output; its target is untouched."""
    target = attacked.canary("canary.txt")
    before = target.read_bytes()
    link = attacked.link(f"build/{EVENT}/fact-sheet.html", target)
    assert_ok(attacked.build(*HTML))
    assert target.read_bytes() == before
    assert not link.is_symlink() and link.read_bytes().startswith(b"<!DOCTYPE html>")
    attacked.assert_nothing_leaked()


def test_build_folder_linked_inside_the_project_is_used(attacked: Attack):
    """A build/ link that stays inside the project is fine (a common layout)."""
    (attacked.root / "out").mkdir()
    attacked.link("build", attacked.root / "out")
    assert_ok(attacked.build(*HTML))
    assert (attacked.root / "out" / EVENT / "fact-sheet.html").is_file()
    attacked.assert_nothing_leaked()
