"""Promise 1, asked of a browser: the HTML preview, opened in headless Chromium, calls nobody.

briefkit parses templates' HTML with libxml2; a browser parses the preview
with the HTML5 algorithm. Where they disagree (a ``<style>`` inside an SVG
is text to one and markup to the other), a check made with lxml proves
nothing. So each hostile preview here is opened from file:// in Chromium,
given a second, and the recording HTTP server must have seen no connection
and the tab must still show the file. A hostile template may instead be
refused; then the witnesses below show that Chromium would have followed
the same markup.
"""

from __future__ import annotations

import pytest
from helpers import EVENT, assert_ok, minimal_event
from trust_helpers import Attack

TEMPLATE = "documents/fact_sheet.html.j2"
HTML = ("-f", "html", "-d", "fact-sheet")


def _refresh(url: str) -> str:
    return f'<meta http-equiv="refresh" content="0;url={url}">'


#: Markup a hostile template writes, given the recording server's URL.
TEMPLATES = {
    "svg-style-meta-refresh": lambda url: f'<svg aria-label="x"><style>{_refresh(url)}</style></svg>',
    "svg-meta-refresh": lambda url: f'<svg aria-label="x">{_refresh(url)}</svg>',
    "svg-noscript-meta-refresh": lambda url: (
        f'<svg aria-label="x"><noscript>{_refresh(url)}</noscript></svg>'
    ),
    "svg-desc-meta-refresh": lambda url: f'<svg aria-label="x"><desc>{_refresh(url)}</desc></svg>',
    "svg-foreignobject-style-meta-refresh": lambda url: (
        f'<svg aria-label="x"><foreignObject><style>{_refresh(url)}</style></foreignObject></svg>'
    ),
    "svg-title-meta-refresh": lambda url: f'<svg aria-label="x"><title>{_refresh(url)}</title></svg>',
    "body-meta-refresh": _refresh,
    "svg-style-import": lambda url: f'<svg aria-label="x"><style>@import url("{url}");</style></svg>',
    "svg-image-href": lambda url: f'<svg aria-label="x"><image href="{url}" width="9" height="9"/></svg>',
    "svg-use-href": lambda url: f'<svg aria-label="x"><use href="{url}#a"/></svg>',
    "svg-feimage-href": lambda url: (
        f'<svg aria-label="x"><filter id="f"><feImage href="{url}"/></filter><rect filter="url(#f)" '
        'width="9" height="9"/></svg>'
    ),
    "svg-set-href-on-image": lambda url: (
        f'<svg aria-label="x"><image width="9" height="9"><set attributeName="href" to="{url}"/>'
        "</image></svg>"
    ),
    "noscript-meta-refresh": lambda url: f"<noscript>{_refresh(url)}</noscript>",
    "style-import-in-body": lambda url: f'<style>@import url("{url}");</style>',
    "img-srcset": lambda url: f'<img src="data:," srcset="{url} 2x" alt="x">',
    "img-src": lambda url: f'<img src="{url}" alt="x">',
    "style-background-url": lambda url: f'<p style="background: url({url})">x</p>',
}


#: The cases the fast loop keeps (one of each way out: a followed refresh, a fetched resource); each of the
#: others costs a second of Chromium and runs in the whole suite.
FAST = {"svg-style-meta-refresh", "img-src"}


def _cases(names: list[str]) -> list:
    return [pytest.param(name, marks=() if name in FAST else pytest.mark.slow) for name in names]


def _assert_preview_inert(attacked: Attack, browser) -> None:
    """Open the built preview in Chromium: no connection, and the tab stays on the file."""
    page = attacked.build_dir / EVENT / "fact-sheet.html"
    final = browser.open(page)
    assert attacked.network.connections == [], f"Chromium connected to the recording server ({final})"
    assert final == page.resolve().as_uri(), f"the preview navigated to {final}"


@pytest.mark.parametrize("name", _cases(list(TEMPLATES)))
def test_html_preview_in_chromium_cannot_call_home(attacked: Attack, browser, name):
    attacked.fact_sheet(TEMPLATES[name](attacked.network.url("leak")))
    result = attacked.build(*HTML)
    if result.exit_code == 0:
        _assert_preview_inert(attacked, browser)
        attacked.assert_nothing_leaked()
    else:
        attacked.refused(result, 3, TEMPLATE, "never allowed")


def test_content_in_the_timeline_graphic_cannot_call_home(attacked: Attack, browser):
    """Content printed inside the timeline's SVG is text in Chromium too."""
    payload = f"<style>{_refresh(attacked.network.url('leak'))}</style>"
    event = minimal_event()
    event["timeline"] = [
        {"date": "2005-09", "title": payload, "significance": payload, "kind": "summit", "place": payload}
    ]
    attacked.write({f"content/{EVENT}/event.yaml": event})
    assert_ok(attacked.build("-f", "html", "-d", "timeline"))
    page = attacked.build_dir / EVENT / "timeline.html"
    assert "<svg" in page.read_text(encoding="utf-8")
    final = browser.open(page)
    assert attacked.network.connections == [] and final == page.resolve().as_uri()
    attacked.assert_nothing_leaked()


#: The refused templates, as the preview would have written them: Chromium follows each.
WITNESSED = ["svg-style-meta-refresh", "svg-meta-refresh", "svg-noscript-meta-refresh"]


@pytest.mark.parametrize("name", _cases(WITNESSED))
def test_chromium_follows_what_the_vocabulary_refuses(attacked: Attack, browser, name):
    """The witness: the same markup in a page carrying the preview's policy does call
    home in Chromium, so the refusal is needed and the browser test can fail."""
    from generator.writers.html import POLICY

    page = attacked.tmp / "raw.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}"></head>'
        f"<body>{TEMPLATES[name](attacked.network.url('leak'))}</body></html>",
        encoding="utf-8",
    )
    final = browser.open(page)
    assert attacked.network.connections, "Chromium did not follow the refresh: the witness is broken"
    assert final == attacked.network.url("leak")
