"""Read an iCalendar file (``.ics``) into plain rows, one per event.

Meetings live in calendars. Each VEVENT becomes a mapping of text values
(title, date, time, end, time zone, place, description), so templates and
the timeline import see the same shape a CSV row has. Times stay in the
zone the calendar gives them: an event at 09:30 Europe/Paris is printed as
09:30 with its zone, never converted to the reader's clock.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ..errors import ContentError, Problem
from .yaml_source import LineMap


def _when(prop: Any) -> tuple[str, str, str]:
    """(date, time, zone) of a DTSTART/DTEND property; time and zone empty for a whole day."""
    if prop is None:
        return "", "", ""
    value = prop.dt
    if isinstance(value, dt.datetime):
        zone = str(prop.params.get("TZID", "")) if hasattr(prop, "params") else ""
        if not zone and value.tzinfo is not None:
            zone = "UTC" if value.utcoffset() == dt.timedelta(0) else (value.tzname() or "")
        return value.date().isoformat(), value.strftime("%H:%M"), zone
    if isinstance(value, dt.date):
        return value.isoformat(), "", ""
    return str(value), "", ""


def _text(component: Any, key: str) -> str:
    value = component.get(key)
    return " ".join(str(value).split()) if value is not None else ""


def read_calendar(path: Path, text: str) -> tuple[list[dict[str, Any]], LineMap]:
    """Every VEVENT of the file, in the file's order, with the line each begins on."""
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(text)
    except (ValueError, KeyError, IndexError) as exc:
        raise ContentError(
            "",
            [
                Problem(
                    path,
                    None,
                    None,
                    f"not a valid iCalendar file ({exc}); export the calendar again as .ics.",
                )
            ],
        ) from None
    starts = [n for n, line in enumerate(text.splitlines(), 1) if line.strip().upper() == "BEGIN:VEVENT"]
    rows: list[dict[str, Any]] = []
    lines = LineMap({(): 1})
    problems: list[Problem] = []
    for i, component in enumerate(calendar.walk("VEVENT")):
        line = starts[i] if i < len(starts) else None
        try:
            date, time, zone = _when(component.get("DTSTART"))
            end_date, end_time, end_zone = _when(component.get("DTEND"))
        except (ValueError, TypeError) as exc:
            problems.append(Problem(path, line, None, f"the event's start or end cannot be read ({exc})."))
            continue
        if not date:
            problems.append(Problem(path, line, None, "the event has no DTSTART; every event needs a start."))
            continue
        if component.get("DTEND") is not None and not time and end_date:
            # A whole-day event ends the day after its last day (RFC 5545).
            last = dt.date.fromisoformat(end_date) - dt.timedelta(days=1)
            end_date = last.isoformat() if last.isoformat() != date else ""
        rows.append(
            {
                "title": _text(component, "SUMMARY"),
                "date": date,
                "time": time,
                "end_date": end_date if end_date != date else "",
                "end_time": end_time,
                "timezone": zone or end_zone,
                "place": _text(component, "LOCATION"),
                "description": _text(component, "DESCRIPTION"),
                "uid": _text(component, "UID"),
                "repeats": component.get("RRULE") is not None,
            }
        )
        lines[(len(rows) - 1,)] = line or 1
    if problems:
        raise ContentError("", problems)
    return rows, lines
