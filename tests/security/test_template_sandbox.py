"""Promise 2: templates run in Jinja2's immutable sandbox; content is always escaped.

Each known escape payload goes into an event's override of the fact sheet,
on line 3, and must end the build with exit 3 and a message naming that file
and line: never a traceback, never output, never a file read.
"""

from __future__ import annotations

import sys
import warnings

import jinja2
import pytest
from helpers import EVENT, REPO, assert_ok, assert_user_error, minimal_event
from lxml import html as lxml_html
from trust_helpers import FACT_SHEET, Attack

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

#: The override: the payload is on line 3.
OVERRIDE = """\
{{% extends "!builtin/documents/fact_sheet.html.j2" %}}
{{% block vision %}}
<p>{payload}</p>
{{% endblock %}}
"""
WHERE = "fact_sheet.html.j2:3"
REFUSED = "unsafe operation refused by the template sandbox"


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:3] if part.isdigit())


def test_jinja2_has_the_sandbox_fixes():
    """Jinja2 3.1.6 fixes CVE-2024-56201, CVE-2024-56326 and CVE-2025-27516."""
    assert _version(jinja2.__version__) >= (3, 1, 6)
    with (REPO / "pyproject.toml").open("rb") as fh:
        requires = tomllib.load(fh)["project"]["dependencies"]
    assert "jinja2>=3.1.6" in [r.replace(" ", "").lower() for r in requires]


#: Known ways out of a Jinja2 sandbox, each refused by ours.
ESCAPES = {
    "ssti-str-class-mro-subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "ssti-self-init-globals": "{{ self.__init__.__globals__ }}",
    "ssti-cycler-globals-os-popen": "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "ssti-joiner-globals": "{{ joiner.__init__.__globals__ }}",
    "ssti-namespace-globals": "{{ namespace.__init__.__globals__ }}",
    "ssti-lipsum-globals": "{{ lipsum.__globals__['os'] }}",
    "ssti-context-function-globals": "{{ source_title.__globals__ }}",
    "ssti-attr-filter-dunder": "{{ event|attr('__class__') }}",
    "ssti-subscript-dunder": "{{ event['__class__'] }}",
    "cve-2024-56326-stored-format-method": "{% set f = '{0.__class__.__init__.__globals__}'.format %}{{ f(event) }}",
    "cve-2025-27516-attr-filter-format": "{{ '{0.__class__.__init__.__globals__}'|attr('format')(event) }}",
    "str-format-map-dunder": "{{ '{x.__class__.__init__.__globals__}'.format_map({'x': event}) }}",
    "immutable-dict-update": "{{ labels.update({'key_facts': 'changed'}) }}",
    "immutable-dict-pop": "{{ labels.pop('key_facts') }}",
    "immutable-list-append": "{{ event.key_messages.append(event.summary) }}",
    "immutable-list-clear": "{{ timeline.clear() }}",
}


@pytest.mark.parametrize("payload", list(ESCAPES.values()), ids=list(ESCAPES))
def test_sandbox_escape_is_refused(attacked: Attack, payload):
    attacked.write({FACT_SHEET: OVERRIDE.format(payload=payload)})
    attacked.refused(attacked.build("-f", "html", "-d", "fact-sheet"), 3, WHERE, REFUSED)


def test_pydantic_models_cannot_read_files(attacked: Attack):
    """The content model reaches templates as pydantic objects; their deprecated
    ``parse_file`` must not open a file for a template (it reads JSON into a model)."""
    json = attacked.canary("canary.json")
    json.write_text(f'{{"text": "{attacked.token}"}}', encoding="utf-8")
    payload = f"{{{{ event.key_messages[0].parse_file('{json}').text }}}}"
    attacked.write({FACT_SHEET: OVERRIDE.format(payload=payload)})
    with warnings.catch_warnings():
        # Outside pytest the deprecation warning is only printed; here
        # ``filterwarnings = error`` would stop the call before it reads.
        warnings.simplefilter("ignore", DeprecationWarning)
        result = attacked.build("-f", "html", "-d", "fact-sheet")
    attacked.refused(result, 3, WHERE, REFUSED)


#: Template mistakes that Python, not Jinja2, reports; each must still be a
#: clean TemplateError naming the file and line, not a traceback.
RUNTIME_ERRORS = {
    "range-over-the-sandbox-limit": ("{% for i in range(200000) %}{% endfor %}", "range"),
    "recursive-macro": ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "recursion"),
    "format-index-out-of-range": ("{{ '{0} {1}'.format(event.summary) }}", "index"),
    "float-overflow": ("{{ 10.0 ** 400 }}", "range"),
    "integer-too-long-to-print": ("{{ 10 ** 5000 }}", "digits"),
    "safe-filter-is-removed": ("{{ event.summary|safe }}", "No filter named 'safe'"),
}


@pytest.mark.parametrize("payload,says", list(RUNTIME_ERRORS.values()), ids=list(RUNTIME_ERRORS))
def test_template_runtime_error_is_reported_cleanly(attacked: Attack, payload, says):
    attacked.write({FACT_SHEET: OVERRIDE.format(payload=payload)})
    output = attacked.refused(attacked.build("-f", "html", "-d", "fact-sheet"), 3, WHERE)
    assert says.lower() in output.lower()


#: Operations that would build a huge value in one C call (which neither the
#: time limit nor Python could interrupt: "x" * 10**10 really allocated 10 GB in
#: the build's own process). The sandbox refuses each before it allocates.
HUGE_VALUES = {
    "string-times-ten-to-the-eleven": '{{ "x" * 10**11 }}',
    "ten-to-the-eleven-times-a-list": "{{ (10**11 * [1])|length }}",
    "power-of-a-hundred-million-bits": "{{ (2 ** 100000000) % 7 }}",
    "squaring-a-big-number-in-a-loop": (
        "{% set ns = namespace(x=10**20000) %}{% for i in range(20) %}{% set ns.x = ns.x * ns.x %}"
        "{% endfor %}{{ ns.x % 7 }}"
    ),
    "str-ljust-ten-to-the-ten": '{{ "x".ljust(10**10)|length }}',
    "str-zfill-ten-to-the-ten": '{{ "1".zfill(10**10)|length }}',
    "center-filter-ten-to-the-ten": '{{ ("x"|center(10**10))|length }}',
    "indent-filter-ten-to-the-ten": "{{ ('a'|indent(10**10, first=true))|length }}",
    "percent-format-huge-width": '{{ ("%100000000d" % 1)|length }}',
    "percent-format-width-from-argument": '{{ ("%*d" % (10**10, 1))|length }}',
    "format-filter-huge-width": '{{ ("%*d"|format(10**10, 1))|length }}',
    "format-method-huge-width": '{{ "{:>100000000}".format(1)|length }}',
    "format-method-nested-width": '{{ "{:>{}}".format(1, 10**10)|length }}',
    "lipsum-ten-million-paragraphs": "{{ lipsum(10**7)|length }}",
}


@pytest.mark.parametrize("name", list(HUGE_VALUES))
def test_a_huge_value_is_refused_before_it_is_built(attacked: Attack, name):
    attacked.write({FACT_SHEET: OVERRIDE.format(payload=HUGE_VALUES[name])})
    output = attacked.refused(attacked.build("-f", "html", "-d", "fact-sheet"), 3, WHERE)
    assert "limited to" in output or "not allowed" in output, output


def test_ordinary_arithmetic_and_padding_still_work(attacked: Attack):
    """The control: the same operations at sizes a template uses are allowed."""
    attacked.write(
        {
            FACT_SHEET: OVERRIDE.format(
                payload=(
                    '<p id="t">{{ "ab" * 3 }}|{{ 2 ** 10 }}|{{ "7".zfill(3) }}|{{ "%5s" % "x" }}|'
                    '{{ "{:>4}".format(1) }}|{{ "x"|center(5) }}|{{ "%03d"|format(7) }}</p>'
                )
            )
        }
    )
    assert_ok(attacked.build("-f", "html", "-d", "fact-sheet"))
    page = (attacked.build_dir / "test-event" / "fact-sheet.html").read_text(encoding="utf-8")
    assert "ababab|1024|007|    x|   1|  x  |007" in page


# -- content is text, whatever the template does with it ----------------------

LIVE = '<b id="live">bold</b>'

#: Ways a template might try to print content as HTML. Each must print the
#: content escaped, or fail the build; none may produce <b id="live">.
UNESCAPES = {
    "autoescape-false-block": "{% autoescape false %}{{ event.summary }}{% endautoescape %}",
    "markup-translate-table": "{{ stylesheet.translate({123: event.summary}) }}",
    "markup-join": "{{ stylesheet.join([event.summary]) }}",
    "markup-format": "{{ stylesheet.format(event.summary) }}",
    "markup-replace": "{{ stylesheet.replace('{', event.summary) }}",
    "markup-concat": "{{ stylesheet ~ event.summary }}",
    "replace-filter-on-markup": "{{ stylesheet|replace('{', event.summary) }}",
    "join-filter-with-markup": "{{ [stylesheet, event.summary]|join }}",
    "format-filter": "{{ '%s'|format(event.summary) }}",
    "urlize-filter": "{{ event.summary|urlize }}",
    "set-block": "{% set s %}{{ event.summary }}{% endset %}{{ s }}",
    "xmlattr-filter": "<span{{ {'title': event.summary}|xmlattr }}>x</span>",
    "tojson-filter": "{{ event.summary|tojson }}",
    "unescape-markup": "{{ stylesheet.unescape() ~ event.summary }}",
    "string-filter": "{{ event.summary|string }}",
}


@pytest.mark.parametrize("payload", list(UNESCAPES.values()), ids=list(UNESCAPES))
def test_content_never_becomes_live_html(attacked: Attack, payload):
    event = minimal_event()
    event["summary"] = f"Summary {LIVE}"
    attacked.write({f"content/{EVENT}/event.yaml": event, FACT_SHEET: OVERRIDE.format(payload=payload)})
    result = attacked.build("-f", "html", "-d", "fact-sheet")
    if result.exit_code != 0:
        assert_user_error(result, 3)
        return
    tree = lxml_html.parse(str(attacked.build_dir / EVENT / "fact-sheet.html"))
    assert tree.xpath('//b[@id="live"]') == [], f"content became HTML through {payload!r}"
