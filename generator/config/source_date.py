"""``SOURCE_DATE_EPOCH``: the one place it is read (reproducible-builds.org).

When set, it fixes every date a build writes: the creation date printed in
documents and stored in PDF and DOCX properties, and the DOCX zip entries'
times. Read once here and checked before anything is built, so a bad value
is one clear error for every format, not a traceback from whichever writer
met it first (or, as before, silently ignored by one and fatal to another).
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone

from ..clean_text import shown
from ..errors import ConfigError

#: The last second a four-digit year can hold (9999-12-31T23:59:59Z).
LATEST = 253_402_300_799


def source_date_epoch() -> datetime | None:
    """The time ``SOURCE_DATE_EPOCH`` names (UTC), None when it is unset or empty.

    The specification asks for a whole number of seconds since 1970 and for
    a malformed value to stop the build: anything else, a negative number or
    a time past the year 9999 is refused.
    """
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not raw:
        return None
    if re.fullmatch(r"[0-9]{1,12}", raw) and int(raw) <= LATEST:
        return datetime.fromtimestamp(int(raw), tz=timezone.utc)
    raise ConfigError(
        f"SOURCE_DATE_EPOCH={shown(raw)!s} is not a time briefkit can use: give a whole number of "
        f"seconds since 1970-01-01 UTC, from 0 to {LATEST} (the end of the year 9999), for example "
        "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it."
    )
