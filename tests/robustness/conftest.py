"""Fixtures of the robustness suite; it shares the security suite's hostile project."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# The two suites share one helper module (tests/security/trust_helpers.py).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "security"))

from trust_helpers import Attack, NetworkRecorder, attack  # noqa: E402

# Each build forks its rendering workers from this process; importing the
# writers' libraries here saves every worker the import.
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
    with NetworkRecorder() as server:
        yield server


@pytest.fixture
def attacked(tmp_path, network) -> Attack:
    """A minimal project, canary files outside it, and the read and network recorders."""
    return attack(tmp_path, network)
