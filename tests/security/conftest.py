"""Fixtures of the security suite: a project under attack, watched from outside."""

from __future__ import annotations

# Import the writers' libraries once here: each build forks its rendering
# workers from this process, and a warm parent saves every worker the import.
import docx  # noqa: F401
import weasyprint  # noqa: F401
from trust_helpers import attacked, network  # noqa: F401  (fixtures)
