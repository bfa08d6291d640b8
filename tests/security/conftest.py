"""Fixtures of the security suite: a project under attack, watched from outside."""

from __future__ import annotations

import pytest
from trust_helpers import Attack, NetworkRecorder, attack

# Import the writers' libraries once here: each build forks its rendering
# workers from this process, and a warm parent saves every worker the import.
import docx  # noqa: E402,F401
import weasyprint  # noqa: E402,F401


def pytest_configure(config):
    # Builds fork their workers while the recording HTTP server's thread runs;
    # Python 3.12+ warns about forking a threaded process. The child only
    # renders and never touches the server, so the warning does not apply.
    config.addinivalue_line(
        "filterwarnings", "ignore:This process .* is multi-threaded, use of fork:DeprecationWarning"
    )


@pytest.fixture
def network():
    """A local HTTP server that records every connection; hostile URLs point at it."""
    with NetworkRecorder() as server:
        yield server


@pytest.fixture
def attacked(tmp_path, network) -> Attack:
    """A minimal project, canary files outside it, and the read and network recorders."""
    return attack(tmp_path, network)
