"""``briefkit serve``: the build outputs in a browser, reloaded as changes are rebuilt.

A small HTTP server (the standard library's, see docs/architecture.md)
shows the outputs in build/ while the watch (pipeline/watch.py) rebuilds
what each save affects; the browser hears of every file as it lands, over
server-sent events, and of every error, which it shows over the page.
"""

from .server import Preview, serve_project

__all__ = ["Preview", "serve_project"]
