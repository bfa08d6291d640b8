"""Fixtures of the robustness suite; it shares the security suite's hostile project."""

from __future__ import annotations

import sys
from pathlib import Path

# The two suites share one helper module (tests/security/trust_helpers.py).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "security"))

# Each build forks its rendering workers from this process; importing the
# writers' libraries here saves every worker the import.
import docx  # noqa: F401
import weasyprint  # noqa: F401
from trust_helpers import attacked, network  # noqa: F401  (fixtures)
