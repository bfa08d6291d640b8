"""Promise 1: no file outside the project, no network.

Each hostile input tries to make a build read a canary file outside the
project or call a local HTTP server. Every one must stop the build with a
message naming the template and the URL (or the file), write nothing, open
nothing outside the project and connect nowhere.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from helpers import EVENT, assert_ok, dump_yaml, minimal_event
from lxml import html as lxml_html
from trust_helpers import FACT_SHEET, PNG_1PX, STYLESHEET, Attack, closed_port

TEMPLATE = "documents/fact_sheet.html.j2"
PDF = ("-f", "pdf", "-d", "fact-sheet")
DOCX = ("-f", "docx", "-d", "fact-sheet")
HTML = ("-f", "html", "-d", "fact-sheet")


@dataclass(frozen=True)
class Hostile:
    """One bad input: how to plant it, and what the refusal must say."""

    plant: Callable[[Attack], None]
    exit_code: int
    #: Fragments the message must contain, given the attack (URLs hold its paths and port).
    says: Callable[[Attack], list[str]]
    args: tuple[str, ...] = PDF
    #: Another acceptable refusal (exit code, fragments): refusing an element
    #: outright is as good as refusing the URL it names.
    or_else: tuple[int, Callable[[Attack], list[str]]] | None = None

    def check(self, attack: Attack, result) -> None:
        if self.or_else and result.exit_code == self.or_else[0]:
            attack.refused(result, self.or_else[0], *self.or_else[1](attack))
        else:
            attack.refused(result, self.exit_code, *self.says(attack))


def _svg_nesting(url: str) -> str:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="20" height="20"><image href="{url}" width="20" height="20"/></svg>'
    )
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _refused(*fragments: Callable[[Attack], str]) -> Callable[[Attack], list[str]]:
    """The PDF writer's refusal: the template, the words, and the URL."""
    return lambda a: [TEMPLATE, "refusing to load", *(f(a) for f in fragments)]


def _canary_url(name: str) -> Callable[[Attack], str]:
    return lambda a: a.canary_url(name)


def _port(a: Attack) -> str:
    return f"127.0.0.1:{a.network.port}"


def _plant_event_svg(a: Attack) -> None:
    # A legitimate-looking graphic inside the event folder that pulls in a file outside.
    a.write(
        {
            f"content/{EVENT}/map.svg": (
                '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20">'
                '<image href="../../../outside/canary.svg" width="20" height="20"/></svg>'
            )
        }
    )
    a.fact_sheet('<img src="map.svg" alt="map">')


def _plant_symlinked_image(a: Attack) -> None:
    a.link(f"content/{EVENT}/photo.svg", a.canary("canary.svg"))
    a.fact_sheet('<img src="photo.svg" alt="photo">')


def _plant_symlinked_folder(a: Attack) -> None:
    a.link(f"content/{EVENT}/assets", a.outside)
    a.fact_sheet('<img src="assets/canary.svg" alt="x">')


def _plant_stylesheet_import(a: Attack) -> None:
    a.write(
        {
            STYLESHEET: f'@import url("{a.canary_url("canary.css")}");\n'
            '{% include "!builtin/css/theme.css.j2" %}\n'
        }
    )


def _plant_stylesheet_font(a: Attack) -> None:
    a.write(
        {
            STYLESHEET: '{% extends "!builtin/css/theme.css.j2" %}{% block extra %}'
            f'@font-face {{ font-family: Evil; src: url("{a.network.url("evil.woff")}"); }}\n'
            "body { font-family: Evil; }{% endblock %}\n"
        }
    )


#: Hostile inputs for the PDF writer (WeasyPrint) and template loading, by name.
HOSTILE: dict[str, Hostile] = {
    # <img> and friends
    "img-file-url-outside": Hostile(
        lambda a: a.fact_sheet(f'<img src="{a.canary_url("canary.svg")}" alt="x">'),
        4,
        _refused(_canary_url("canary.svg")),
    ),
    "img-relative-dotdot-escape": Hostile(
        lambda a: a.fact_sheet('<img src="../../../outside/canary.svg" alt="x">'),
        4,
        _refused(lambda a: "outside/canary.svg"),
    ),
    "img-percent-encoded-dotdot": Hostile(
        lambda a: a.fact_sheet('<img src="%2e%2e/%2e%2e/%2e%2e/outside/canary.svg" alt="x">'),
        4,
        _refused(lambda a: "canary.svg"),
    ),
    "img-file-url-with-localhost-host": Hostile(
        lambda a: a.fact_sheet(f'<img src="file://localhost{a.canary("canary.svg")}" alt="x">'),
        4,
        _refused(lambda a: "canary.svg"),
    ),
    "img-symlink-out-of-event": Hostile(_plant_symlinked_image, 4, _refused(lambda a: "photo.svg")),
    "img-in-symlinked-folder": Hostile(_plant_symlinked_folder, 4, _refused(lambda a: "assets/canary.svg")),
    "img-http": Hostile(
        lambda a: a.fact_sheet(f'<img src="{a.network.url("x.png")}" alt="x">'), 4, _refused(_port)
    ),
    "img-https": Hostile(
        lambda a: a.fact_sheet(f'<img src="{a.network.url("x.png", "https")}" alt="x">'), 4, _refused(_port)
    ),
    "img-protocol-relative": Hostile(
        lambda a: a.fact_sheet(f'<img src="//127.0.0.1:{a.network.port}/x.png" alt="x">'), 4, _refused(_port)
    ),
    "img-data-svg-nesting-a-file": Hostile(
        lambda a: a.fact_sheet(f'<img src="{_svg_nesting(a.canary_url("canary.svg"))}" alt="x">'),
        4,
        _refused(_canary_url("canary.svg")),
    ),
    "img-event-svg-nesting-an-escape": Hostile(_plant_event_svg, 4, _refused(lambda a: "outside/canary.svg")),
    # '#' in a folder name: a checker that stops at the first '#' and an opener
    # that stops at the last read two different paths
    "img-hash-folder-dotdot": Hostile(
        lambda a: (
            a.write({f"content/{EVENT}/x#/keep.txt": "x\n"}),
            a.fact_sheet('<img src="x#/../../../../outside/canary.svg#z" alt="x">'),
        ),
        4,
        _refused(lambda a: "canary.svg"),
    ),
    "img-hash-folder-percent-encoded": Hostile(
        lambda a: (
            a.write({f"content/{EVENT}/x#/keep.txt": "x\n"}),
            a.fact_sheet('<img src="x%23/../../../../outside/canary.svg" alt="x">'),
        ),
        4,
        _refused(lambda a: "canary.svg"),
    ),
    "anchor-attachment-hash-folder": Hostile(
        lambda a: (
            a.write({f"content/{EVENT}/x#/keep.txt": "x\n"}),
            a.fact_sheet('<p><a rel="attachment" href="x#/../../../../outside/canary.txt#z">x</a></p>'),
        ),
        4,
        _refused(lambda a: "canary.txt"),
    ),
    "style-content-url-hash-folder": Hostile(
        lambda a: (
            a.write({f"content/{EVENT}/x#/keep.txt": "x\n"}),
            a.fact_sheet('<style>h1::after { content: url("x#/../../../../outside/canary.svg#z"); }</style>'),
        ),
        4,
        _refused(lambda a: "canary.svg"),
    ),
    "docx-img-hash-folder-dotdot": Hostile(
        lambda a: (
            a.write({f"content/{EVENT}/x#/keep.txt": "x\n"}),
            a.fact_sheet('<img src="x%23/../../../../outside/canary.png" alt="x">'),
        ),
        3,
        lambda a: [TEMPLATE],
        DOCX,
    ),
    # inline SVG
    "svg-image-href-file": Hostile(
        lambda a: a.fact_sheet(
            f'<svg viewBox="0 0 20 20" width="20" height="20" aria-label="x">'
            f'<image href="{a.canary_url("canary.svg")}" width="20" height="20"/></svg>'
        ),
        4,
        _refused(_canary_url("canary.svg")),
    ),
    "svg-image-xlink-href-http": Hostile(
        lambda a: a.fact_sheet(
            '<svg viewBox="0 0 20 20" width="20" height="20" aria-label="x" '
            'xmlns:xlink="http://www.w3.org/1999/xlink">'
            f'<image xlink:href="{a.network.url("x.png")}" width="20" height="20"/></svg>'
        ),
        4,
        _refused(_port),
    ),
    # CSS: <style> and style attributes in the template, and the stylesheet template
    "style-import-file": Hostile(
        lambda a: a.fact_sheet(f'<style>@import url("{a.canary_url("canary.css")}");</style>'),
        4,
        _refused(_canary_url("canary.css")),
    ),
    "style-import-relative-escape": Hostile(
        lambda a: a.fact_sheet('<style>@import "../../../outside/canary.css";</style>'),
        4,
        _refused(lambda a: "outside/canary.css"),
    ),
    "style-import-http": Hostile(
        lambda a: a.fact_sheet(f'<style>@import url("{a.network.url("x.css")}");</style>'), 4, _refused(_port)
    ),
    "style-font-face-file": Hostile(
        lambda a: a.fact_sheet(
            f'<style>@font-face {{ font-family: Evil; src: url("{a.canary_url("canary.woff")}"); }}'
            " p { font-family: Evil; }</style>"
        ),
        4,
        _refused(_canary_url("canary.woff")),
    ),
    "style-content-url": Hostile(
        lambda a: a.fact_sheet(
            f'<style>h1::after {{ content: url("{a.canary_url("canary.svg")}"); }}</style>'
        ),
        4,
        _refused(_canary_url("canary.svg")),
    ),
    "style-attribute-background-url": Hostile(
        lambda a: a.fact_sheet(f"<p style=\"background-image: url('{a.canary_url('canary.svg')}')\">x</p>"),
        4,
        _refused(_canary_url("canary.svg")),
    ),
    "stylesheet-template-import": Hostile(_plant_stylesheet_import, 4, _refused(_canary_url("canary.css"))),
    "stylesheet-template-font-face-http": Hostile(_plant_stylesheet_font, 4, _refused(_port)),
    # <link> and attachments
    "link-stylesheet-file": Hostile(
        lambda a: a.fact_sheet(f'<link rel="stylesheet" href="{a.canary_url("canary.css")}">'),
        4,
        _refused(_canary_url("canary.css")),
        or_else=(3, lambda a: [TEMPLATE, "<link>"]),
    ),
    "link-attachment-file": Hostile(
        lambda a: a.fact_sheet(f'<link rel="attachment" href="{a.canary_url("canary.txt")}">'),
        4,
        _refused(_canary_url("canary.txt")),
        or_else=(3, lambda a: [TEMPLATE, "<link>"]),
    ),
    "anchor-attachment-file": Hostile(
        lambda a: a.fact_sheet(f'<p><a rel="attachment" href="{a.canary_url("canary.txt")}">x</a></p>'),
        4,
        _refused(_canary_url("canary.txt")),
    ),
    # elements that embed other documents never reach a writer
    "object-data-file": Hostile(
        lambda a: a.fact_sheet(f'<object data="{a.canary_url("canary.svg")}"></object>'),
        3,
        lambda a: ["<object>", "never allowed"],
    ),
    "embed-src-http": Hostile(
        lambda a: a.fact_sheet(f'<embed src="{a.network.url("x.svg")}">'),
        3,
        lambda a: ["<embed>", "never allowed"],
    ),
    "iframe-in-svg": Hostile(
        lambda a: a.fact_sheet(
            f'<svg aria-label="x"><foreignObject><iframe src="{a.canary_url("canary.txt")}">'
            "</iframe></foreignObject></svg>"
        ),
        3,
        lambda a: ["<iframe>", "never allowed"],
    ),
    # the DOCX writer loads <img> itself, under the same rule
    "docx-img-file-url-outside": Hostile(
        lambda a: a.fact_sheet(f'<img src="{a.canary_url("canary.png")}" alt="x">'),
        3,
        lambda a: [TEMPLATE, "outside the folders"],
        DOCX,
    ),
    "docx-img-symlink-out-of-event": Hostile(
        lambda a: (
            a.link(f"content/{EVENT}/photo.png", a.canary("canary.png")),
            a.fact_sheet('<img src="photo.png" alt="x">'),
        ),
        3,
        lambda a: [TEMPLATE, "outside the folders"],
        DOCX,
    ),
    "docx-img-http": Hostile(
        lambda a: a.fact_sheet(f'<img src="{a.network.url("x.png")}" alt="x">'),
        3,
        lambda a: [TEMPLATE, "remote images are not fetched"],
        DOCX,
    ),
    # template loading: include, extends, links
    "template-symlink-out": Hostile(
        lambda a: a.link(FACT_SHEET, a.canary("canary.html.j2")),
        3,
        lambda a: [TEMPLATE, "outside that folder"],
        HTML,
    ),
    "template-folder-symlink-out": Hostile(
        lambda a: (
            a.link(f"content/{EVENT}/templates/partials", a.outside),
            a.fact_sheet('{% include "partials/canary.html.j2" %}'),
        ),
        3,
        lambda a: ["partials/canary.html.j2", "outside that folder"],
        HTML,
    ),
    "template-include-dotdot": Hostile(
        lambda a: a.fact_sheet('{% include "../../../../outside/canary.html.j2" %}'),
        3,
        lambda a: ["../../../../outside/canary.html.j2", "not found"],
        HTML,
    ),
    "template-include-absolute": Hostile(
        lambda a: a.fact_sheet(f'{{% include "{a.canary("canary.html.j2")}" %}}'),
        3,
        lambda a: ["canary.html.j2", "not found"],
        HTML,
    ),
    "template-extends-builtin-dotdot": Hostile(
        lambda a: a.write({FACT_SHEET: '{% extends "!builtin/../../outside/canary.html.j2" %}'}),
        3,
        lambda a: ["!builtin/../../outside/canary.html.j2", "not found"],
        HTML,
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_refused(attacked, name):
    hostile = HOSTILE[name]
    hostile.plant(attacked)
    hostile.check(attacked, attacked.build(*hostile.args))


def test_files_inside_the_event_folder_still_load(attacked):
    """The control: the same kinds of reference, pointing inside the event folder, build."""
    attacked.write(
        {
            f"content/{EVENT}/photo.png": PNG_1PX,
            f"content/{EVENT}/extra.css": "h1 { letter-spacing: 0.01em; }\n",
            f"content/{EVENT}/map.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20">'
            '<image href="photo.png" width="20" height="20"/></svg>',
        }
    )
    attacked.fact_sheet(
        '<style>@import "extra.css";</style><img src="photo.png" alt="a photo">'
        '<img src="map.svg" alt="a map"><p style="background-image: url(photo.png)">x</p>'
    )
    assert_ok(attacked.build("-f", "pdf", "-f", "docx", "-d", "fact-sheet"))
    attacked.assert_nothing_leaked()


def test_a_closed_port_is_refused_before_any_connection(attacked):
    """Even a URL nothing answers is refused by the fetcher, not by a failed connection."""
    url = f"http://127.0.0.1:{closed_port()}/x.png"
    attacked.fact_sheet(f'<img src="{url}" alt="x">')
    attacked.refused(attacked.build(*PDF), 4, TEMPLATE, f"refusing to load '{url}'")


# -- content and configuration files -------------------------------------------


def _event_with(**changes) -> dict:
    event = minimal_event()
    for dotted, value in changes.items():
        node = event
        *parents, last = dotted.split(".")
        for part in parents:
            node = node[part]
        node[last] = value
    return event


def _plant_event_yaml_link(a: Attack) -> None:
    # A valid event file outside the project, whose summary is the canary.
    a.write({f"content/{EVENT}/event.yaml": None})
    (a.outside / "event.yaml").write_text(dump_yaml(_event_with(summary=a.token)), encoding="utf-8")
    a.link(f"content/{EVENT}/event.yaml", a.outside / "event.yaml")


def _plant_theme_link(a: Attack) -> None:
    (a.outside / "theme.toml").write_text(f'[marking]\nclassification = "{a.token}"\n', encoding="utf-8")
    a.link(f"content/{EVENT}/theme.toml", a.outside / "theme.toml")


def _plant_documents_link(a: Attack) -> None:
    (a.outside / "documents.toml").write_text(
        f'[documents.fact-sheet]\ntitle = "{a.token}"\ntemplate = "documents/fact_sheet.html.j2"\n',
        encoding="utf-8",
    )
    a.link(f"content/{EVENT}/documents.toml", a.outside / "documents.toml")


def _plant_language_escape(a: Attack) -> None:
    # messages/<language>.toml with a language that climbs out of the project
    # to outside/canary.toml (whose key_facts label the fact sheet prints).
    a.write(
        {
            f"content/{EVENT}/messages/README": "labels\n",
            f"content/{EVENT}/theme.toml": '[locale]\nlanguage = "../../../../outside/canary"\n',
        }
    )


CONTENT: dict[str, Hostile] = {
    "speech-file-dotdot": Hostile(
        lambda a: a.write(
            {f"content/{EVENT}/event.yaml": _event_with(**{"speech.file": "../../../outside/canary.txt"})}
        ),
        2,
        lambda a: ["speech.file", "inside the event folder"],
        HTML,
    ),
    "speech-file-absolute": Hostile(
        lambda a: a.write(
            {f"content/{EVENT}/event.yaml": _event_with(**{"speech.file": str(a.canary("canary.txt"))})}
        ),
        2,
        lambda a: ["speech.file", "inside the event folder"],
        HTML,
    ),
    "speech-symlink-out": Hostile(
        lambda a: (
            a.write({f"content/{EVENT}/event.yaml": _event_with(**{"speech.file": "statement.txt"})}),
            a.link(f"content/{EVENT}/statement.txt", a.canary("canary.txt")),
        ),
        2,
        lambda a: ["speech.file", "inside the event folder"],
        HTML,
    ),
    "event-yaml-symlink-out": Hostile(_plant_event_yaml_link, 2, lambda a: ["event.yaml", "outside"], HTML),
    "theme-toml-symlink-out": Hostile(_plant_theme_link, 2, lambda a: ["theme.toml", "outside"], HTML),
    "documents-toml-symlink-out": Hostile(
        _plant_documents_link, 2, lambda a: ["documents.toml", "outside"], HTML
    ),
    "messages-symlink-out": Hostile(
        lambda a: a.link(f"content/{EVENT}/messages/en.toml", a.canary("canary.toml")),
        2,
        lambda a: ["en.toml", "outside"],
        HTML,
    ),
    "theme-language-climbs-out": Hostile(
        _plant_language_escape, 2, lambda a: ["language", "../../../../outside/canary"], HTML
    ),
    "theme-logo-dotdot": Hostile(
        lambda a: a.write(
            {f"content/{EVENT}/theme.toml": '[marking]\nlogo = "../../../outside/canary.svg"\n'}
        ),
        2,
        lambda a: ["marking.logo", "is not a file inside"],
        HTML,
    ),
    "theme-logo-symlink-out": Hostile(
        lambda a: (
            a.link(f"content/{EVENT}/logo.svg", a.canary("canary.svg")),
            a.write({f"content/{EVENT}/theme.toml": '[marking]\nlogo = "logo.svg"\n'}),
        ),
        2,
        lambda a: ["marking.logo", "is not a file inside"],
        HTML,
    ),
    "theme-docx-reference-absolute": Hostile(
        lambda a: a.write(
            {f"content/{EVENT}/theme.toml": f'[docx]\nreference = "{a.canary("canary.txt")}"\n'}
        ),
        2,
        lambda a: ["docx.reference", "is not a file inside"],
        DOCX,
    ),
}


@pytest.mark.parametrize("name", list(CONTENT))
def test_content_and_configuration_stay_inside(attacked, name):
    hostile = CONTENT[name]
    hostile.plant(attacked)
    hostile.check(attacked, attacked.build(*hostile.args))


# -- the HTML preview -----------------------------------------------------------

#: Elements a browser follows or resolves by itself when the preview is opened,
#: which the Content-Security-Policy does not cover.
SELF_FOLLOWING = (
    '//meta[translate(@http-equiv, "REFSH", "refsh")="refresh"]',
    '//link[contains(" dns-prefetch preconnect prefetch prerender preload ", concat(" ", @rel, " "))]',
)


@pytest.mark.parametrize(
    "element",
    [
        pytest.param('<meta http-equiv="refresh" content="0; url={url}">', id="meta-refresh"),
        pytest.param('<link rel="dns-prefetch" href="{url}">', id="link-dns-prefetch"),
        pytest.param('<link rel="preconnect" href="{url}">', id="link-preconnect"),
    ],
)
def test_html_preview_cannot_call_home(attacked, element):
    """The preview is inert: a hostile template is refused, or what it adds cannot reach out."""
    attacked.fact_sheet(element.format(url=attacked.network.url("leak")))
    result = attacked.build(*HTML)
    if result.exit_code == 0:
        tree = lxml_html.parse(str(attacked.build_dir / EVENT / "fact-sheet.html"))
        for query in SELF_FOLLOWING:
            found = [lxml_html.tostring(el, encoding="unicode") for el in tree.xpath(query)]
            assert found == [], f"the HTML preview would reach {attacked.network.url('leak')}: {found}"
    else:
        attacked.refused(result, 3, TEMPLATE)
    attacked.assert_nothing_leaked()


def test_html_preview_forbids_every_fetch(attacked):
    """The Content-Security-Policy comes first in <head> and allows only inline data.

    A policy a template adds cannot loosen it: browsers enforce every policy.
    """
    attacked.fact_sheet('<meta http-equiv="Content-Security-Policy" content="default-src *">')
    assert_ok(attacked.build(*HTML))
    tree = lxml_html.parse(str(attacked.build_dir / EVENT / "fact-sheet.html"))
    policies = tree.xpath('//meta[translate(@http-equiv, "CSP", "csp")="content-security-policy"]')
    head = tree.find("head")
    assert policies and policies[0].getparent() is head
    assert list(head).index(policies[0]) <= 1  # after <meta charset> at most
    assert policies[0].get("content").startswith("default-src 'none'")


def test_docx_pictures_cannot_reach_out_through_svg(attacked: Attack):
    """The DOCX writer draws SVG with librsvg given no base URL (or CairoSVG in its safe
    mode): nested references (to files outside, or the network) are never fetched."""
    attacked.write(
        {
            f"content/{EVENT}/map.svg": (
                '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20">'
                f'<style>@import url("{attacked.canary_url("canary.css")}");</style>'
                '<image href="../../../outside/canary.png" width="10" height="10"/>'
                f'<image href="{attacked.network.url("x.png")}" x="10" width="10" height="10"/></svg>'
            )
        }
    )
    attacked.fact_sheet(
        '<img src="map.svg" alt="map">'
        f'<svg viewBox="0 0 20 20" width="20" height="20" aria-label="x">'
        f'<image href="{attacked.canary_url("canary.png")}" width="20" height="20"/></svg>'
    )
    result = attacked.build(*DOCX)
    if result.exit_code != 0:
        attacked.refused(result, 3, TEMPLATE)
    attacked.assert_nothing_leaked()
